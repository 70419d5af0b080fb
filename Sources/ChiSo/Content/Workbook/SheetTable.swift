/// A workbook's sheet laid out as a `Table`, so that every rule CSV follows applies to it: one
/// row per sheet row that holds something, one cell per column from A, places `Sheet1!C12`.
///
/// Values become the text a reader of the sheet sees, written so the table's number rules read
/// them as typed and never guess: whole numbers as digits (`1234`), fractions with a decimal
/// comma (`98,53`, never `1.234`, which a count would read as 1234), a percent cell already
/// scaled (`76,9`), dates as `2024-06-14`, error cells as their code (`#DIV/0!`: no data, with a
/// warning). A group label merged over several columns is written into each of them.
enum SheetTable {
    /// The table of `sheet` of the workbook at `path`, and a problem for every formula Excel
    /// never computed.
    ///
    /// - Complexity: O(cells + merged cells).
    static func make(_ sheet: Sheet, path: String) -> (Table, [Diagnostic]) {
        let file = path + " › " + sheet.name
        var diagnostics: [Diagnostic] = []
        // Horizontal merges by their top row: the label of the first column fills the others.
        var merges: [Int: [CellRange]] = [:]
        for merge in sheet.merges where merge.lastColumn > merge.firstColumn { merges[merge.firstRow, default: []].append(merge) }
        let cells = sheet.cells.isSorted ? sheet.cells : sheet.cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cells.count * 8)
        var rows: [Row] = []
        var tableCells: [Cell] = []
        tableCells.reserveCapacity(cells.count * 2)
        var texts: [String?] = []
        var start = 0
        while start < cells.count {
            let number = cells[start].row
            var end = start
            texts.removeAll(keepingCapacity: true)
            while end < cells.count, cells[end].row == number {
                let cell = cells[end]
                end += 1
                guard let text = text(cell.value) else {
                    let place = SourceLocation(file: file, line: cell.row, column: cell.column, isCell: true)
                    diagnostics.append(Diagnostic(SheetProblem.uncachedFormula, at: place))
                    continue
                }
                guard !text.isEmpty else { continue }
                if texts.count < cell.column { texts.append(contentsOf: repeatElement(nil, count: cell.column - texts.count)) }
                texts[cell.column - 1] = text
            }
            for merge in merges[number] ?? [] {
                guard merge.firstColumn <= texts.count, let label = texts[merge.firstColumn - 1] else { continue }
                if texts.count < merge.lastColumn { texts.append(contentsOf: repeatElement(nil, count: merge.lastColumn - texts.count)) }
                for column in merge.firstColumn..<merge.lastColumn where texts[column] == nil { texts[column] = label }
            }
            start = end
            guard !texts.isEmpty else { continue }
            let first = tableCells.count
            let rowStart = bytes.count
            for text in texts {
                let cellStart = bytes.count
                if let text { bytes.append(contentsOf: text.utf8) }
                tableCells.append(Cell(start: Int32(clamping: cellStart), end: Int32(clamping: bytes.count), escaped: false))
                bytes.append(0x1F)
            }
            rows.append(Row(lineNumber: Int32(clamping: number), startOffset: Int32(clamping: rowStart), firstCell: Int32(first), count: Int32(texts.count)))
        }
        return (Table(path: file, bytes: bytes, rows: rows, cells: tableCells, isSheet: true), diagnostics)
    }

    /// The text a cell shows, nil for a formula without a value.
    static func text(_ value: SheetValue) -> String? {
        switch value {
        case .text(let text): text
        case .number(let digits): withDecimalComma(digits)
        case .date(let day): day.description
        case .bool(let value): value ? "TRUE" : "FALSE"
        case .error(let code): code
        case .uncachedFormula: nil
        }
    }

    /// `digits` with a decimal comma (`98,53` for `98.53`); a whole number as it is, uncopied.
    ///
    /// - Complexity: O(length of `digits`).
    private static func withDecimalComma(_ digits: String) -> String {
        let point = UInt8(ascii: ".")
        guard digits.utf8.withContiguousStorageIfAvailable({ $0.contains(point) }) ?? digits.utf8.contains(point) else { return digits }
        return String(decoding: digits.utf8.map { $0 == point ? UInt8(ascii: ",") : $0 }, as: UTF8.self)
    }
}

extension [SheetCell] {
    /// True when the cells are in row-major order, as a sheet part lists them.
    fileprivate var isSorted: Bool {
        indices.dropFirst().allSatisfy { (self[$0 - 1].row, self[$0 - 1].column) < (self[$0].row, self[$0].column) }
    }
}
