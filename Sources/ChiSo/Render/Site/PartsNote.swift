/// A note where a period's figure is not the sum of the shorter periods inside it: a half-year
/// or a year is reported on its own, so its late dossiers need not add up to its months'.
enum PartsNote {
    /// The note for the period at `index`, or nil when it has no shorter periods inside it or
    /// its late dossiers equal theirs.
    ///
    /// - Complexity: O(periods).
    static func text(_ index: Int, model: SiteModel) -> String? {
        let period = model.report.periods[index].period
        guard period.kind != .month, let own = count(model.report.periods[index].total[.overdue]) else { return nil }
        let parts = model.report.periods.filter { part in
            part.period.kind == .month && part.period.start >= period.start && part.period.end <= period.end
        }
        let counts = parts.compactMap { count($0.total[.overdue]) }
        guard !parts.isEmpty, counts.count == parts.count else { return nil }
        let sum = counts.reduce(0, +)
        guard sum != own else { return nil }
        return model.strings[.partsNote, [
            "period": period.label, "n": String(parts.count), "own": DisplayNumber.count(own), "sum": DisplayNumber.count(sum),
        ]]
    }

    private static func count(_ value: IndicatorValue?) -> Int? { value.map { $0.value.numerator / $0.value.denominator } }
}
