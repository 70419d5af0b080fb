/// One dataset file of a period, read: its header, its unit rows and its total row.
public struct DatasetFile: Sendable {
    let header: DatasetHeader
    public let rows: [DatasetRow]
    /// The rows labelled as totals, in file order: the district's total and section subtotals.
    public let totals: [TotalRow]

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

    static func read(_ header: DatasetHeader) -> (DatasetFile?, [Diagnostic]) {
        let table = header.table
        let catalogue = LabelCatalogue.shared
        let headerKeys = Set(header.rows.map { RowText.keys(table.texts($0)) })
        let lastData = header.body.lastIndex { hasData($0, header) }
        var rows: [DatasetRow] = []
        var totals: [TotalRow] = []
        var diagnostics: [Diagnostic] = []
        rows.reserveCapacity(header.body.count)
        for index in header.body.indices {
            let row = header.body[index]
            let unitCell = table.cell(header.unitColumn, of: row)
            var name = unitCell.map { MarkupText.strippingFormatting(table.text($0)) } ?? ""
            var key = LabelKey.make(name)
            var mark = catalogue.marks[key] ?? []
            let numbering = !name.isEmpty && RowText.isColumnNumbering(name)
            if name.isEmpty || numbering || mark.contains(.label) {
                let texts = table.texts(row)
                if headerKeys.contains(RowText.keys(texts)) || numbering && texts.allSatisfy(RowText.isColumnNumbering) { continue }
                if texts.contains(where: { catalogue.unitLabels.contains(LabelKey.make($0)) }), texts.count(where: { catalogue.isLabel($0) }) >= 2 {
                    let problem = TableProblem.secondTable(header: texts.filter { !$0.isEmpty }.joined(separator: ", "))
                    diagnostics.append(Diagnostic(problem, at: table.location(of: row)))
                    break
                }
            }
            if name.isEmpty {
                let lead = leadingText(of: row, header)
                if let lead, catalogue.isTotal(lead) {
                    name = lead
                    key = LabelKey.make(lead)
                    mark = .total
                } else if !hasData(row, header) || lead.map(RowText.isSectionHeading) == true {
                    continue
                } else {
                    diagnostics.append(Diagnostic(TableProblem.missingUnit, at: header.unitLocation(in: row)))
                    continue
                }
            }
            var found: [Diagnostic] = []
            for index in header.unlabeled + (Int(row.count) > header.width ? Array(header.width..<Int(row.count)) : []) {
                guard let cell = table.cell(index, of: row), !table.text(cell).isEmpty else { continue }
                found.append(Diagnostic(TableProblem.cellOutsideHeader, at: table.location(of: cell, in: row)))
            }
            let (record, data) = values(of: row, header, &found)
            let afterTable = lastData.map { index > $0 } ?? false
            if !afterTable { diagnostics += found }
            let read = DatasetRow(
                name: name, row: row, record: record, mayHeadSection: RowText.isSectionNumber(ordinal(of: row, header)), textOnly: !data,
                afterTable: afterTable, isSubItem: RowText.isSubItem(name), deferred: afterTable ? found : [])
            if mark.contains(.total) || key.last == ")" && catalogue.isTotal(key: key) {
                totals.append(TotalRow(row: read, position: rows.count))
            } else {
                rows.append(read)
            }
        }
        return (DatasetFile(header: header, rows: rows, totals: totals), diagnostics)
    }

    /// True when a cell right of the unit column, or in a value column, holds a number, a `-` or
    /// an error value: the row is part of the table, not a line of text.
    private static func hasData(_ row: Row, _ header: DatasetHeader) -> Bool {
        let table = header.table
        return table.cells(of: row).indices.contains { position in
            let index = position - Int(row.firstCell)
            guard index > header.unitColumn || header.columns.contains(where: { $0.index == index && $0.meaning != .ordinal }) else { return false }
            return NumberText.isData(table.content(table.cell(index, of: row)!))
        }
    }

    /// The row's values, and whether any cell held a number, `-` or an error value.
    private static func values(of row: Row, _ header: DatasetHeader, _ diagnostics: inout [Diagnostic]) -> (Record, Bool) {
        let table = header.table
        var record = Record()
        var data = false
        for column in header.columns {
            let cell = table.cell(column.index, of: row)
            let bytes = cell.map(table.content) ?? []
            func report(_ problem: TableProblem) {
                let place = cell.map { table.location(of: $0, in: row) } ?? table.location(of: row)
                diagnostics.append(Diagnostic(problem, at: place))
            }
            switch column.meaning {
            case .count(let field):
                let parsed = NumberText.count(bytes)
                data = data || parsed.isData || parsed == .blank && NumberText.isDash(bytes)
                switch parsed {
                case .blank: record.blanks.insert(field)
                case .value(let value) where value < 0: report(.negativeCount(value: value, label: column.label))
                case .value(let value): record[field] = value
                case .tooLarge: report(.countTooLarge(text: text(cell, table), label: column.label))
                case .spreadsheetError:
                    record.blanks.insert(field)
                    report(.spreadsheetError(text: text(cell, table), label: column.label))
                case .invalid: report(.notACount(text: text(cell, table), label: column.label))
                }
            case .rate(let rate):
                let parsed = NumberText.rate(bytes)
                data = data || parsed.isData || parsed == .blank && NumberText.isDash(bytes)
                switch parsed {
                case .blank: break
                case .value(let value) where value < Ratio(0, over: 1) || value > Ratio(100, over: 1):
                    report(.rateOutOfRange(text: text(cell, table), label: column.label))
                case .value(let value): record.rates[rate] = value
                case .tooLarge: report(.rateOutOfRange(text: text(cell, table), label: column.label))
                case .spreadsheetError: report(.spreadsheetError(text: text(cell, table), label: column.label))
                case .invalid: report(.notARate(text: text(cell, table), label: column.label))
                }
            case .unit, .ordinal, .derived, .remark:
                break
            }
        }
        return (record, data)
    }

    private static func text(_ cell: Cell?, _ table: Table) -> String { cell.map(table.text) ?? "" }

    private static func ordinal(of row: Row, _ header: DatasetHeader) -> String {
        guard let column = header.columns.first(where: { $0.meaning == .ordinal }) else { return "" }
        return text(header.table.cell(column.index, of: row), header.table)
    }

    /// The first text left of the unit column: where a cell merged over STT and Đơn vị puts its label.
    private static func leadingText(of row: Row, _ header: DatasetHeader) -> String? {
        (0..<header.unitColumn).lazy.compactMap { header.table.cell($0, of: row).map(header.table.text) }.first { !$0.isEmpty }
            .map(MarkupText.strippingFormatting)
    }
}
