/// How the units changed from the previous period of a kind to this one (sáp nhập, thành lập,
/// giải thể): new units formed from old ones, old units merged into units that go on, old units
/// gone without a successor, new units from nothing. Read from the register's `from`, `until` and
/// `successor`, not from who reported.
public struct UnitChanges: Sendable, Equatable {
    /// A unit and the old units of the previous period it took over (for a new unit, one is a rename).
    public struct Formation: Sendable, Equatable {
        public let unit: String
        public let parts: [String]
    }

    /// The first day of the new units, when there are any.
    public let since: Day?
    /// New units formed from old ones, in register order.
    public let formed: [Formation]
    /// Units of both periods that took over old units, in register order.
    public let absorbed: [Formation]
    /// Old units gone without a successor among the new ones.
    public let ended: [String]
    /// New units with no predecessor in the previous period.
    public let started: [String]

    /// The changes from `previous` to `current`, or nil when the same units existed in both.
    ///
    /// - Complexity: O(U) for U units when the same units existed in both, else O(U × P) for P predecessors each.
    static func between(_ previous: Period, _ current: Period, units: [Unit], lineage: Lineage) -> UnitChanges? {
        guard units.contains(where: { $0.exists(during: previous) != $0.exists(during: current) }) else { return nil }
        let before = Set(units.filter { $0.exists(during: previous) }.map(\.id))
        let now = units.filter { $0.exists(during: current) }
        let newcomers = now.filter { !before.contains($0.id) }
        let stayed = Set(now.map(\.id))
        let gone = units.filter { before.contains($0.id) && !stayed.contains($0.id) }
        let goneIDs = Set(gone.map(\.id))
        let takenOver = { (unit: Unit) in (lineage.predecessors[unit.id] ?? []).filter(goneIDs.contains) }
        let formed = newcomers.map { Formation(unit: $0.id, parts: takenOver($0)) }.filter { !$0.parts.isEmpty }
        let absorbed = now.filter { before.contains($0.id) }.map { Formation(unit: $0.id, parts: takenOver($0)) }.filter { !$0.parts.isEmpty }
        let merged = Set((formed + absorbed).flatMap(\.parts))
        return UnitChanges(
            since: newcomers.compactMap(\.from).min(), formed: formed, absorbed: absorbed,
            ended: gone.map(\.id).filter { !merged.contains($0) },
            started: newcomers.filter { takenOver($0).isEmpty }.map(\.id))
    }
}
