/// The facts of a period's one-line verdict (đánh giá chung): the whole's targets met, its late
/// dossiers and their change, and the unit that holds most of them.
public struct Verdict: Hashable, Sendable {
    /// How many of site.toml's targets the whole meets, of those it has a value for.
    public let targetsMet: Int
    public let targetsWithValue: Int
    /// The whole's late dossiers (hồ sơ trễ hạn); nil when the period has no such count.
    public let overdue: Int?
    /// The change against the previous period of the same kind; nil without one.
    public let overdueChange: Int?
    /// The unit with most late dossiers (ties: first in name order); nil when none has any.
    public let mostOverdue: UnitCount?

    /// A unit and a count of its dossiers.
    public struct UnitCount: Hashable, Sendable {
        public let unitID: String
        public let count: Int
    }

    /// True when the unit with most late dossiers holds at least half of them.
    public var isConcentrated: Bool {
        guard let overdue, let mostOverdue, overdue > 0 else { return false }
        return mostOverdue.count * 2 >= overdue
    }

    /// The verdict of `period` against `previous`, the previous period of the same kind;
    /// The order of names in `index` breaks ties between units.
    ///
    /// - Complexity: O(units + targets).
    public static func of(_ period: PeriodReport, previous: PeriodReport?, targets: [Target], index: UnitIndex) -> Verdict {
        var met = 0
        var withValue = 0
        for target in targets {
            guard let value = period.total[target.indicator]?.value else { continue }
            withValue += 1
            if target.isMet(by: value) { met += 1 }
        }
        let overdue = count(period.total[.overdue])
        let before = previous.flatMap { count($0.total[.overdue]) }
        var most: UnitCount?
        for (unitID, values) in period.values {
            guard let late = count(values[.overdue]), late > 0 else { continue }
            if let current = most, current.count > late || (current.count == late && (index.nameRank(of: current.unitID) ?? 0) < (index.nameRank(of: unitID) ?? 0)) {
                continue
            }
            most = UnitCount(unitID: unitID, count: late)
        }
        return Verdict(
            targetsMet: met, targetsWithValue: withValue, overdue: overdue, overdueChange: overdue.flatMap { now in before.map { now - $0 } },
            mostOverdue: most)
    }

    private static func count(_ value: IndicatorValue?) -> Int? { value.map { $0.value.numerator / $0.value.denominator } }
}
