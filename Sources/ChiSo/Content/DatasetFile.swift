/// A row of a dataset that names a unit or is the total row, with its values read.
public struct DatasetRow: Sendable {
    /// The unit cell as written (formatting tags removed).
    public let name: String
    public let row: Row
    public let record: Record
    /// The ordinal is a section number (`I`, `II`, `A`): the row may head a section of the
    /// official report (`Cấp huyện`) and hold its subtotals rather than a unit's values.
    public let mayHeadSection: Bool
    /// No number, `-` or error value in its cells: a unit with nothing to report, a section
    /// heading, or a line of text.
    public let textOnly: Bool
    /// A text-only row after the last row with numbers: a line under the table (source, notes,
    /// signatures, place and date) unless it names a unit.
    public let afterTable: Bool
    /// The problems of its cells when the row is after the table: reported only if it names a unit,
    /// since a footer's words under the value columns are no mistake.
    let deferred: [Diagnostic]
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
        let lastData = header.body.lastIndex { hasData($0, header) }
        var rows: [DatasetRow] = []
        var total: DatasetRow?
        var diagnostics: [Diagnostic] = []
        rows.reserveCapacity(header.body.count)
        for index in header.body.indices {
            let row = header.body[index]
            let unitCell = table.cell(header.unitColumn, of: row)
            var name = unitCell.map { MarkupText.strippingFormatting(table.text($0)) } ?? ""
            let numbering = !name.isEmpty && isColumnNumbering(name)
            if name.isEmpty || numbering || catalogue.unitLabels.contains(LabelKey.make(name)) {
                let texts = table.texts(row)
                if headerKeys.contains(keys(texts)) || numbering && texts.allSatisfy(isColumnNumbering) { continue }
            }
            if name.isEmpty {
                let lead = leadingText(of: row, header)
                if let lead, catalogue.totalRowLabels.contains(LabelKey.fromNameKey(NameKey.make(lead))) {
                    name = lead
                } else if !hasData(row, header) || lead.map(isSectionHeading) == true {
                    continue
                } else {
                    diagnostics.append(Diagnostic(TableProblem.missingUnit, at: header.unitLocation(in: row)))
                    continue
                }
            }
            var found: [Diagnostic] = []
            for index in width..<max(width, Int(row.count)) where !table.text(table.cell(index, of: row)!).isEmpty {
                found.append(Diagnostic(TableProblem.cellOutsideHeader, at: table.location(of: table.cell(index, of: row)!, in: row)))
            }
            let (record, data) = values(of: row, header, &found)
            let afterTable = lastData.map { index > $0 } ?? false
            if !afterTable { diagnostics += found }
            let read = DatasetRow(
                name: name, row: row, record: record, mayHeadSection: isSectionNumber(ordinal(of: row, header)), textOnly: !data,
                afterTable: afterTable, deferred: afterTable ? found : [])
            guard catalogue.totalRowLabels.contains(LabelKey.fromNameKey(NameKey.make(name))) else {
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

    /// The first text left of the unit column: where a cell merged over STT and Đơn vị puts its label.
    private static func leadingText(of row: Row, _ header: DatasetHeader) -> String? {
        (0..<header.unitColumn).lazy.compactMap { header.table.cell($0, of: row).map(header.table.text) }.first { !$0.isEmpty }
            .map(MarkupText.strippingFormatting)
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
            case .unit, .ordinal, .derived:
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

    /// `I. Cấp huyện`, `II) Cấp xã`, `B. Khối xã`: a section heading written in one cell, its
    /// number closed by a point or a parenthesis (so `A Lưới` is not one).
    private static func isSectionHeading(_ text: String) -> Bool {
        guard let mark = text.firstIndex(where: { $0 == "." || $0 == ")" }) else { return false }
        return isSectionNumber(String(text[..<mark])) && text[text.index(after: mark)...].contains(where: \.isLetter)
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
