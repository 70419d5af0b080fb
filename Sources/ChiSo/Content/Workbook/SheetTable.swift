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
        var grid: [Int: [Int: String]] = [:]
        var diagnostics: [Diagnostic] = []
        for cell in sheet.cells {
            guard let text = text(cell.value) else {
                let place = SourceLocation(file: file, line: cell.row, column: cell.column, isCell: true)
                diagnostics.append(Diagnostic(SheetProblem.uncachedFormula, at: place))
                continue
            }
            if !text.isEmpty { grid[cell.row, default: [:]][cell.column] = text }
        }
        for merge in sheet.merges where merge.lastColumn > merge.firstColumn {
            guard let label = grid[merge.firstRow]?[merge.firstColumn] else { continue }
            for column in merge.firstColumn + 1...merge.lastColumn where grid[merge.firstRow]?[column] == nil {
                grid[merge.firstRow, default: [:]][column] = label
            }
        }
        var bytes: [UInt8] = []
        var rows: [Row] = []
        var cells: [Cell] = []
        for number in grid.keys.sorted() {
            let values = grid[number]!
            let width = values.keys.max()!
            let first = cells.count
            let start = bytes.count
            for column in 1...width {
                let cellStart = bytes.count
                bytes += Array((values[column] ?? "").utf8)
                cells.append(Cell(start: Int32(clamping: cellStart), end: Int32(clamping: bytes.count), escaped: false))
                bytes.append(0x1F)
            }
            rows.append(Row(lineNumber: Int32(clamping: number), startOffset: Int32(clamping: start), firstCell: Int32(first), count: Int32(width)))
        }
        return (Table(path: file, bytes: bytes, rows: rows, cells: cells, isSheet: true), diagnostics)
    }

    /// The text a cell shows, nil for a formula without a value.
    static func text(_ value: SheetValue) -> String? {
        switch value {
        case .text(let text): text
        case .number(let digits): digits.contains(".") ? digits.replacingOccurrences(of: ".", with: ",") : digits
        case .date(let day): day.description
        case .bool(let value): value ? "TRUE" : "FALSE"
        case .error(let code): code
        case .uncachedFormula: nil
        }
    }
}
