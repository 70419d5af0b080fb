/// A row of a dataset that names a unit or is the total row, with its values read.
public struct DatasetRow: Sendable {
    /// The unit cell as written (formatting tags removed).
    public let name: String
    public let row: Row
    public let record: Record
    /// The ordinal is a section number (`I`, `II`, `A`): the row may head a section of the
    /// official report (`Cấp huyện`) and hold its subtotals rather than a unit's values.
    public let mayHeadSection: Bool
}

/// One dataset file of a period, read: its header, its unit rows and its total row.
public struct DatasetFile: Sendable {
    let header: DatasetHeader
    public let rows: [DatasetRow]
    public let total: DatasetRow?

    var table: Table { header.table }

    /// The place of the cell that holds `field` (or the row start) in a row of this file.
    func location(of field: Field?, in row: Row) -> SourceLocation {
        guard let field, let column = header.columns.first(where: { $0.meaning == .count(field) }),
            let cell = table.cell(column.index, of: row)
        else { return table.location(of: row) }
        return table.location(of: cell, in: row)
    }

    /// The place of a row's unit cell.
    func unitLocation(in row: Row) -> SourceLocation { header.unitLocation(in: row) }

    /// Reads a dataset; bad cells are reported and left out, so every problem is found in one pass.
    static func read(_ text: TextBytes, path: String) -> (DatasetFile?, [Diagnostic]) {
        let (header, headerDiagnostics) = DatasetHeader.read(text, path: path)
        guard let header else { return (nil, headerDiagnostics) }
        let (file, diagnostics) = read(header)
        return (file, headerDiagnostics + diagnostics)
    }

    private static func read(_ header: DatasetHeader) -> (DatasetFile?, [Diagnostic]) {
        let table = header.table
        let catalogue = LabelCatalogue.shared
        let headerKeys = Set(header.rows.map { keys(table.texts($0)) })
        let width = Int(header.rows.map(\.count).max() ?? 0)
        var rows: [DatasetRow] = []
        var total: DatasetRow?
        var diagnostics: [Diagnostic] = []
        rows.reserveCapacity(header.body.count)
        for row in header.body {
            let unitCell = table.cell(header.unitColumn, of: row)
            let name = unitCell.map { MarkupText.strippingFormatting(table.text($0)) } ?? ""
            let key = NameKey.make(name)
            let numbering = !name.isEmpty && isColumnNumbering(name)
            if name.isEmpty || numbering || catalogue.unitLabels.contains(LabelKey.fromNameKey(key)) {
                let texts = table.texts(row)
                if headerKeys.contains(keys(texts)) || numbering && texts.allSatisfy(isColumnNumbering) { continue }
                if name.isEmpty {
                    diagnostics.append(Diagnostic(TableProblem.missingUnit, at: header.unitLocation(in: row)))
                    continue
                }
            }
            for index in width..<max(width, Int(row.count)) where !table.text(table.cell(index, of: row)!).isEmpty {
                diagnostics.append(Diagnostic(TableProblem.cellOutsideHeader, at: table.location(of: table.cell(index, of: row)!, in: row)))
            }
            let record = values(of: row, header, &diagnostics)
            let read = DatasetRow(name: name, row: row, record: record, mayHeadSection: isSectionNumber(ordinal(of: row, header)))
            guard catalogue.totalRowLabels.contains(LabelKey.fromNameKey(key)) else {
                rows.append(read)
                continue
            }
            if let first = total {
                diagnostics.append(Diagnostic(TableProblem.secondTotalRow(firstLine: first.row.line), at: header.unitLocation(in: row)))
            } else {
                total = read
            }
        }
        return (DatasetFile(header: header, rows: rows, total: total), diagnostics)
    }

    private static func values(of row: Row, _ header: DatasetHeader, _ diagnostics: inout [Diagnostic]) -> Record {
        let table = header.table
        var record = Record()
        for column in header.columns {
            let cell = table.cell(column.index, of: row)
            let bytes = cell.map(table.content) ?? []
            func report(_ problem: TableProblem) {
                let place = cell.map { table.location(of: $0, in: row) } ?? table.location(of: row)
                diagnostics.append(Diagnostic(problem, at: place))
            }
            switch column.meaning {
            case .count(let field):
                switch NumberText.count(bytes) {
                case .blank: record.blanks.insert(field)
                case .value(let value) where value < 0: report(.negativeCount(value: value, label: column.label))
                case .value(let value): record[field] = value
                case .invalid: report(.notACount(text: text(cell, table), label: column.label))
                }
            case .rate(let rate):
                switch NumberText.rate(bytes) {
                case .blank: break
                case .value(let value) where value < Ratio(0, over: 1) || value > Ratio(100, over: 1):
                    report(.rateOutOfRange(text: text(cell, table), label: column.label))
                case .value(let value): record.rates[rate] = value
                case .invalid: report(.notARate(text: text(cell, table), label: column.label))
                }
            case .unit, .ordinal, .derived:
                break
            }
        }
        return record
    }

    private static func text(_ cell: Cell?, _ table: Table) -> String { cell.map(table.text) ?? "" }

    private static func ordinal(of row: Row, _ header: DatasetHeader) -> String {
        guard let column = header.columns.first(where: { $0.meaning == .ordinal }) else { return "" }
        return text(header.table.cell(column.index, of: row), header.table)
    }

    /// `I`, `II`, `IV`, `A`, `B.`: how official reports number their sections.
    private static func isSectionNumber(_ text: String) -> Bool {
        let bare = text.hasSuffix(".") ? String(text.dropLast()) : text
        return !bare.isEmpty && (bare.allSatisfy { "IVXLC".contains($0) } || (bare.count == 1 && bare.first!.isUppercase && bare.first!.isASCII))
    }

    private static func keys(_ texts: [String]) -> [String] {
        var keys = texts.map(LabelKey.make)
        while keys.last?.isEmpty == true { keys.removeLast() }
        return keys
    }

    /// `2`, `(2)`, `(3)=(4)+(5)`: the row of column numbers printed under an official form's header.
    private static func isColumnNumbering(_ text: String) -> Bool {
        text.isEmpty || (text.first.map { $0 == "(" || $0.isASCIIDigit } == true
            && text.allSatisfy { $0.isASCIIDigit || "()=+-*/ ".contains($0) } && text.contains(where: \.isASCIIDigit))
    }
}
