/// The dates a report's heading states (`Số liệu từ ngày 15/4/2024 đến ngày 14/5/2024`) against the
/// period its folder is for: last month's file copied into this month's folder is caught here.
enum HeadingPeriod {
    /// An error at the heading line whose dates are not the period's, if any.
    ///
    /// - Complexity: O(heading cells).
    static func check(_ file: DatasetFile, period: Period) -> Diagnostic? {
        let table = file.table
        for row in file.header.heading {
            for cell in table.cells(of: row) {
                let text = NameKey.make(table.text(cell))
                guard let match = text.firstMatch(of: range) else { continue }
                guard let start = Day(parsing: match.output.1), let end = Day(parsing: match.output.2) else { continue }
                if start == period.start && end == period.end { return nil }
                let problem = DataProblem.headingPeriod(start: start, end: end, period: period)
                return Diagnostic(problem, at: table.location(of: cell, in: row))
            }
        }
        return nil
    }

    /// `từ ngày 15/4/2024 đến ngày 14/5/2024`, `từ 15/04/2024 - 14/05/2024` (lower case, as keys are).
    nonisolated(unsafe) private static let range = #/từ\s+(?:ngày\s+)?(\d{1,2}/\d{1,2}/\d{4})\s*(?:đến|-|–)\s*(?:ngày\s+)?(\d{1,2}/\d{1,2}/\d{4})/#
}
