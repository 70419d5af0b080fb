/// What each column of a header holds: its label read under its groups (group › label).
enum HeaderColumns {
    /// The columns read, every column with a label, and the problems of the labels.
    struct Mapped {
        let columns: [DatasetHeader.Column]
        let labeled: Set<Int>
        /// How many columns the header spans.
        let width: Int
        let diagnostics: [Diagnostic]
    }

    /// A group over a column: its text and the header cell it stands in.
    struct Group: Hashable {
        let text: String
        let row: Int
        let column: Int
    }

    /// Maps the header rows; `unitRow` is the position among them of the row naming the unit column.
    static func map(_ rows: [Row], of table: Table, unit: Int, unitRow: Int, _ catalogue: LabelCatalogue) -> Mapped {
        let grid = withoutRepeats(rows.map(table.texts))
        let width = grid.map(\.count).max() ?? 0
        var columns: [DatasetHeader.Column] = []
        var labeled: Set<Int> = []
        var diagnostics: [Diagnostic] = []
        var intakeTotals: [(index: Int, group: Group, label: String)] = []
        var groupsOf: [Int: [Group]] = [:]
        var places: [Int: SourceLocation] = [:]
        for index in 0..<width where index != unit {
            guard let (groups, label, row) = path(of: index, in: grid) else { continue }
            labeled.insert(index)
            groupsOf[index] = groups
            let shown = (groups.map(\.text) + [label]).joined(separator: " › ")
            let place = table.location(of: table.cell(index, of: rows[row])!, in: rows[row])
            places[index] = place
            func report(_ problem: TableProblem) { diagnostics.append(Diagnostic(problem, at: place)) }
            switch catalogue.meaning(of: label, under: groups.map(\.text), atTop: row <= unitRow) {
            case .found(.unit): report(.secondUnitColumn(label: shown))
            case .found(let meaning): columns.append(DatasetHeader.Column(index: index, meaning: meaning, label: shown))
            case .intakeTotal(let group): intakeTotals.append((index, groups[group], shown))
            case .unknownGroup(let group): report(.unknownGroup(group: group, label: shown))
            case .notInGroup(let group): report(.notInGroup(group: group, label: shown))
            case .needsGroup: report(.needsGroup(label: shown))
            case .ambiguousIntake: report(.ambiguousIntake(label: shown))
            case .unknown: report(.unknownColumn(label: shown, suggestion: catalogue.suggestion(for: label)))
            }
        }
        for total in intakeTotals {
            let siblings = columns.filter { groupsOf[$0.index]?.contains(total.group) == true }.map(\.meaning)
            if siblings.contains(.count(.carriedOver)) {
                columns.append(DatasetHeader.Column(index: total.index, meaning: .count(.total), label: total.label))
            } else if siblings.contains(where: { [.count(.receivedOnline), .count(.receivedDirect), .count(.receivedPostal)].contains($0) }) {
                columns.append(DatasetHeader.Column(index: total.index, meaning: .count(.received), label: total.label))
            } else {
                diagnostics.append(Diagnostic(TableProblem.ambiguousIntake(label: total.label), at: places[total.index]!))
            }
        }
        columns.sort { $0.index < $1.index }
        return Mapped(columns: deduplicated(columns, places, &diagnostics), labeled: labeled, width: width, diagnostics: diagnostics)
    }

    /// Columns with one meaning twice: the second is an error and left out (ordinals and
    /// unread columns may repeat).
    private static func deduplicated(
        _ columns: [DatasetHeader.Column], _ places: [Int: SourceLocation], _ diagnostics: inout [Diagnostic]
    ) -> [DatasetHeader.Column] {
        var seen: [ColumnMeaning: DatasetHeader.Column] = [:]
        return columns.filter { column in
            guard column.meaning != .ordinal, column.meaning != .derived, column.meaning != .remark else { return true }
            guard let first = seen[column.meaning] else {
                seen[column.meaning] = column
                return true
            }
            let problem = TableProblem.duplicateColumn(label: column.label, first: first.label, meaning: column.meaning)
            diagnostics.append(Diagnostic(problem, at: places[column.index]!))
            return false
        }
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
    private static func path(of index: Int, in grid: [[String]]) -> (groups: [Group], label: String, row: Int)? {
        func cell(_ row: Int, _ column: Int) -> String { grid[row].indices.contains(column) ? grid[row][column] : "" }
        guard let labelRow = grid.indices.last(where: { !cell($0, index).isEmpty }) else { return nil }
        var groups: [Group] = []
        for row in 0..<labelRow {
            var column = index
            while column >= 0, cell(row, column).isEmpty { column -= 1 }
            let headsGroup = column >= 0 && (row + 1..<grid.count).contains { !cell($0, column).isEmpty }
            if column >= 0, headsGroup { groups.append(Group(text: cell(row, column), row: row, column: column)) }
        }
        return (groups, cell(labelRow, index), labelRow)
    }
}
