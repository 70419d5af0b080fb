/// The header of a dataset: where it is, which column names the unit, what each column holds.
///
/// A title above the table is skipped; one to three header rows are read as group › label;
/// the separator is the first of tab, semicolon and comma that yields a unit column.
struct DatasetHeader: Sendable {
    /// A column that holds a value, with the label shown in messages.
    struct Column: Sendable {
        let index: Int
        let meaning: ColumnMeaning
        let label: String
    }

    let table: Table
    /// The header rows, topmost first (one to three).
    let rows: [Row]
    let unitColumn: Int
    let columns: [Column]
    /// The data rows: every row after the header.
    let body: ArraySlice<Row>

    /// The place of a row's unit cell.
    func unitLocation(in row: Row) -> SourceLocation {
        table.cell(unitColumn, of: row).map { table.location(of: $0, in: row) } ?? table.location(of: row)
    }

    static let maxHeaderRows = 3
    /// How many rows the header is looked for in: an official report carries ten to fourteen
    /// heading lines (motto, authority, title, period, unit of measure) above its table.
    static let searchDepth = 30

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
    /// continue it below, three rows at most.
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
        let grid = withoutRepeats(headerRows.map(table.texts))
        var columns: [Column] = []
        var diagnostics: [Diagnostic] = []
        var seen: [ColumnMeaning: Column] = [:]
        for index in 0..<(grid.map(\.count).max() ?? 0) where index != unit {
            guard let (groups, label, row) = path(of: index, in: grid) else { continue }
            let shown = (groups + [label]).joined(separator: " › ")
            let place = table.location(of: table.cell(index, of: headerRows[row])!, in: headerRows[row])
            switch catalogue.meaning(of: label, under: groups, atTop: row <= unitRow - start) {
            case .found(.unit):
                diagnostics.append(Diagnostic(TableProblem.secondUnitColumn(label: shown), at: place))
            case .found(let meaning):
                let column = Column(index: index, meaning: meaning, label: shown)
                if meaning != .ordinal, meaning != .derived, let first = seen[meaning] {
                    diagnostics.append(Diagnostic(TableProblem.duplicateColumn(label: shown, first: first.label, meaning: meaning), at: place))
                } else {
                    seen[meaning] = column
                    columns.append(column)
                }
            case .unknownGroup(let group):
                diagnostics.append(Diagnostic(TableProblem.unknownGroup(group: group, label: shown), at: place))
            case .notInGroup(let group):
                diagnostics.append(Diagnostic(TableProblem.notInGroup(group: group, label: shown), at: place))
            case .needsGroup:
                diagnostics.append(Diagnostic(TableProblem.needsGroup(label: shown), at: place))
            case .unknown:
                let problem = TableProblem.unknownColumn(label: shown, suggestion: catalogue.suggestion(for: label))
                diagnostics.append(Diagnostic(problem, at: place))
            }
        }
        return (DatasetHeader(table: table, rows: headerRows, unitColumn: unit, columns: columns, body: table.rows[end...]), diagnostics)
    }

    /// A row above the one naming the unit column that holds its column groups: nothing over the
    /// unit column or left of it (where a title sits) but an ordinal label, words only, and
    /// either a group chiso knows or several labels.
    private static func isGroupRow(_ texts: [String], unit: Int, _ catalogue: LabelCatalogue) -> Bool {
        let filled = texts.indices.filter { !texts[$0].isEmpty }
        let groups = filled.filter { $0 > unit }
        guard !groups.isEmpty, filled.allSatisfy({ $0 > unit || catalogue.plain[LabelKey.make(texts[$0])] == .ordinal }),
            groups.allSatisfy({ texts[$0].contains(where: \.isLetter) })
        else { return false }
        return groups.count > 1 || catalogue.groups[LabelKey.make(texts[groups[0]])] != nil
    }

    /// A row under the header that continues it: no unit, and words rather than numbers; a cell
    /// repeating the one above it (a merged cell exported into each row) counts as empty.
    private static func isSubheader(_ texts: [String], above: [String], unit: Int) -> Bool {
        let filled = texts.indices.filter { !texts[$0].isEmpty && !(above.indices.contains($0) && above[$0] == texts[$0]) }
        return !filled.isEmpty && !filled.contains(unit) && filled.allSatisfy { texts[$0].contains(where: \.isLetter) }
    }

    /// The header's texts with each cell that repeats the one above it emptied.
    private static func withoutRepeats(_ grid: [[String]]) -> [[String]] {
        var result = grid
        for row in grid.indices.dropFirst() {
            for column in grid[row].indices where !grid[row][column].isEmpty && grid[row - 1].indices.contains(column)
                && grid[row - 1][column] == grid[row][column]
            {
                result[row][column] = ""
            }
        }
        return result
    }

    /// The groups and label of a column: the lowest filled header cell is its label; above it, a
    /// filled cell, or the nearest filled cell to its left that heads a group, is a group.
    private static func path(of index: Int, in grid: [[String]]) -> (groups: [String], label: String, row: Int)? {
        func cell(_ row: Int, _ column: Int) -> String { grid[row].indices.contains(column) ? grid[row][column] : "" }
        guard let labelRow = grid.indices.last(where: { !cell($0, index).isEmpty }) else { return nil }
        var groups: [String] = []
        for row in 0..<labelRow {
            var column = index
            while column >= 0, cell(row, column).isEmpty { column -= 1 }
            let headsGroup = column >= 0 && (row + 1..<grid.count).contains { !cell($0, column).isEmpty }
            if column >= 0, headsGroup { groups.append(cell(row, column)) }
        }
        return (groups, cell(labelRow, index), labelRow)
    }
}
