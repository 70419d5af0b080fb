/// The header of a dataset: where it is, which column names the unit, what each column holds.
///
/// A title above the table is skipped; one to four header rows are read as group › label
/// (`HeaderColumns`); the separator is the first of tab, semicolon and comma that yields a unit
/// column.
struct DatasetHeader: Sendable {
    /// A column that holds a value, with the label shown in messages.
    struct Column: Sendable {
        let index: Int
        let meaning: ColumnMeaning
        let label: String
    }

    let table: Table
    /// The header rows, topmost first (one to four).
    let rows: [Row]
    let unitColumn: Int
    let columns: [Column]
    /// The columns right of the unit column with no label in the header, then every column past
    /// the header's last: a value there is an error.
    let unlabeled: [Int]
    /// How many columns the header spans.
    let width: Int
    /// The rows above the header (titles, the period, the unit of measure), topmost first.
    let heading: ArraySlice<Row>
    /// The data rows: every row after the header.
    let body: ArraySlice<Row>

    /// The place of a row's unit cell.
    func unitLocation(in row: Row) -> SourceLocation {
        table.cell(unitColumn, of: row).map { table.location(of: $0, in: row) } ?? table.location(of: row)
    }

    /// The official form Biểu số 06/VPCP/KSTT has four: `Số hồ sơ nhận giải quyết` › `Trong đó` ›
    /// `Số mới tiếp nhận` › `Trực tuyến`.
    static let maxHeaderRows = 4
    /// How many rows the header is looked for in: an official report carries ten to fourteen
    /// heading lines (motto, authority, title, period, unit of measure) above its table.
    static let searchDepth = 30

    /// Finds the header of a sheet's table, or says why there is none (nil and no diagnostic:
    /// the sheet has no table at all).
    static func read(sheet table: Table) -> (DatasetHeader?, [Diagnostic]) {
        let catalogue = LabelCatalogue.shared
        guard let unitRow = table.rows.prefix(searchDepth).firstIndex(where: { unitColumn(in: table.texts($0), catalogue) != nil }) else {
            return (nil, [])
        }
        return mapped(table, unitRow: unitRow, catalogue)
    }

    /// Finds the header of `text`, or says why there is none; columns it cannot read are
    /// reported and left out, so the rows are still checked.
    static func read(_ text: TextBytes, path: String) -> (DatasetHeader?, [Diagnostic]) {
        let catalogue = LabelCatalogue.shared
        let candidates: [UInt8] = path.lowercased().hasSuffix(".tsv") ? [0x09] : [0x09, 0x3B, 0x2C]
        var nearest: (line: Int, score: Int)?
        for delimiter in candidates {
            let prefix = TableParser.parse(text, path: path, delimiter: delimiter, limit: searchDepth).table
            guard let unitRow = prefix.rows.firstIndex(where: { unitColumn(in: prefix.texts($0), catalogue) != nil }) else {
                for row in prefix.rows {
                    let score = prefix.texts(row).count { catalogue.isLabel($0) }
                    if score > (nearest?.score ?? 1) { nearest = (row.line, score) }
                }
                continue
            }
            let (table, error) = TableParser.parse(text, path: path, delimiter: delimiter)
            if let error { return (nil, [error]) }
            return mapped(table, unitRow: unitRow, catalogue)
        }
        if text.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return (nil, [Diagnostic(FileProblem.empty, at: SourceLocation(file: path, line: 1, column: 1))])
        }
        let place = SourceLocation(file: path, line: nearest?.line ?? 1, column: 1)
        return (nil, [Diagnostic(TableProblem.noHeader(accepted: Labels.unit, nearest: nearest?.line), at: place)])
    }

    private static func unitColumn(in texts: [String], _ catalogue: LabelCatalogue) -> Int? {
        texts.firstIndex { catalogue.unitLabels.contains(LabelKey.make($0)) }
    }

    /// The header around the row that names the unit column: group rows above it and rows that
    /// continue it below, `maxHeaderRows` at most.
    private static func mapped(_ table: Table, unitRow: Int, _ catalogue: LabelCatalogue) -> (DatasetHeader?, [Diagnostic]) {
        let unit = unitColumn(in: table.texts(table.rows[unitRow]), catalogue)!
        var start = unitRow
        while start > 0, unitRow - start + 1 < maxHeaderRows, isGroupRow(table.texts(table.rows[start - 1]), unit: unit, catalogue) {
            start -= 1
        }
        var end = unitRow + 1
        while end < table.rows.count, end - start < maxHeaderRows,
            isSubheader(table.texts(table.rows[end]), above: table.texts(table.rows[end - 1]), unit: unit)
        {
            end += 1
        }
        let headerRows = Array(table.rows[start..<end])
        let mapped = HeaderColumns.map(headerRows, of: table, unit: unit, unitRow: unitRow - start, catalogue)
        let header = DatasetHeader(
            table: table, rows: headerRows, unitColumn: unit, columns: mapped.columns,
            unlabeled: (unit + 1..<mapped.width).filter { !mapped.labeled.contains($0) }, width: mapped.width, heading: table.rows[..<start],
            body: table.rows[end...])
        return (header, mapped.diagnostics)
    }

    /// A row above the one naming the unit column that holds its column groups: nothing over the
    /// unit column or left of it (where a title sits) but an ordinal label, words only, and a
    /// group or a label chiso knows among them (a title line, `Đơn vị tính: hồ sơ`, has none).
    private static func isGroupRow(_ texts: [String], unit: Int, _ catalogue: LabelCatalogue) -> Bool {
        let filled = texts.indices.filter { !texts[$0].isEmpty }
        let groups = filled.filter { $0 > unit }
        guard !groups.isEmpty, filled.allSatisfy({ $0 > unit || catalogue.plain[LabelKey.make(texts[$0])] == .ordinal }),
            groups.allSatisfy({ texts[$0].contains(where: \.isLetter) })
        else { return false }
        return groups.contains { catalogue.isLabel(texts[$0]) }
    }

    /// A row under the header that continues it: no unit, and words rather than numbers; a cell
    /// repeating the one above it (a merged cell exported into each row) counts as empty.
    private static func isSubheader(_ texts: [String], above: [String], unit: Int) -> Bool {
        let filled = texts.indices.filter { !texts[$0].isEmpty && !(above.indices.contains($0) && above[$0] == texts[$0]) }
        return !filled.isEmpty && !filled.contains(unit) && filled.allSatisfy { texts[$0].contains(where: \.isLetter) }
    }
}
