/// How the units changed from the previous period of a kind to this one (sáp nhập, thành lập,
/// giải thể): new units formed from old ones, old units gone without a successor, new units from
/// nothing. Read from the register's `from`, `until` and `successor`, not from who reported.
public struct UnitChanges: Sendable, Equatable {
    /// A new unit and the old units of the previous period it took over (one: a rename).
    public struct Formation: Sendable, Equatable {
        public let unit: String
        public let parts: [String]
    }

    /// The first day of the new units, when there are any.
    public let since: Day?
    /// New units formed from old ones, in register order.
    public let formed: [Formation]
    /// Old units gone without a successor among the new ones.
    public let ended: [String]
    /// New units with no predecessor in the previous period.
    public let started: [String]

    /// The old units the new ones were formed from.
    public var mergedCount: Int { formed.reduce(0) { $0 + $1.parts.count } }

    /// The changes from `previous` to `current`, or nil when the same units existed in both.
    ///
    /// - Complexity: O(U × P) for U units with P predecessors each.
    static func between(_ previous: Period, _ current: Period, units: [Unit], lineage: Lineage) -> UnitChanges? {
        let before = Set(units.filter { $0.exists(during: previous) }.map(\.id))
        let now = units.filter { $0.exists(during: current) }
        let newcomers = now.filter { !before.contains($0.id) }
        let stayed = Set(now.map(\.id))
        let gone = units.filter { before.contains($0.id) && !stayed.contains($0.id) }
        guard !newcomers.isEmpty || !gone.isEmpty else { return nil }
        var formed: [Formation] = []
        var started: [String] = []
        var absorbed: Set<String> = []
        for unit in newcomers {
            let parts = (lineage.predecessors[unit.id] ?? []).filter { before.contains($0) && !stayed.contains($0) }
            if parts.isEmpty {
                started.append(unit.id)
            } else {
                formed.append(Formation(unit: unit.id, parts: parts))
                absorbed.formUnion(parts)
            }
        }
        return UnitChanges(
            since: newcomers.compactMap(\.from).min(), formed: formed, ended: gone.map(\.id).filter { !absorbed.contains($0) }, started: started)
    }
}
