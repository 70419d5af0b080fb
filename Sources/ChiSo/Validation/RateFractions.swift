/// Rates written as fractions: a column of percentages that Excel saved without its percent
/// format holds `0,4886` for 48,86 %. Read as written, every unit would show under 1 %.
enum RateFractions {
    /// An error at the first cell of each rate column whose values are all between 0 and 1, with
    /// at least one above 0 written with more than two decimals (a rate under 1 % is written
    /// `0,49`, a fraction `0,4886`).
    ///
    /// - Complexity: O(rows) per rate column.
    static func check(_ file: DatasetFile) -> [Diagnostic] {
        let one = Ratio(1, over: 1)
        return file.header.columns.compactMap { column in
            guard case .rate(let rate) = column.meaning else { return nil }
            let rows = [file.rows[...], file.totals.map(\.row)[...]].joined()
            let values = rows.compactMap { row in row.record.rates[rate].map { (row, $0) } }
            guard values.allSatisfy({ !(one < $0.1) }), values.contains(where: { $0.1.numerator > 0 }),
                let (row, value) = values.first(where: { $0.1.denominator > 100 && $0.1.numerator > 0 })
            else { return nil }
            let cell = file.table.cell(column.index, of: row.row)!
            let problem = TableProblem.rateAsFraction(text: file.table.text(cell), label: column.label, percent: percent(value))
            return Diagnostic(problem, at: file.table.location(of: cell, in: row.row))
        }
    }

    /// The fraction as the percentage it stands for, two decimals: 0,4886 → `48,86`.
    private static func percent(_ value: Ratio) -> String {
        let hundredths = (value.numerator * 10_000 + value.denominator / 2) / value.denominator
        let tail = hundredths % 100
        return "\(hundredths / 100)," + (tail < 10 ? "0" : "") + "\(tail)"
    }
}
