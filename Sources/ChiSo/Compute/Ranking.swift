/// How a unit's rank changed against the previous period of the same kind.
public enum Movement: Hashable, Sendable {
    /// Up by so many places.
    case up(Int)
    /// Down by so many places.
    case down(Int)
    case same
    /// Not ranked in the previous period (or no previous period).
    case new
}

/// One line of a ranking table.
public struct RankEntry: Hashable, Sendable {
    public let unitID: String
    public let value: IndicatorValue?
    private let packed: PackedPlace

    /// Nil for a unit without a value: listed after the ranked ones.
    public var rank: Int? { packed.rank }
    /// Nil for an unranked unit.
    public var movement: Movement? { packed.movement }

    public init(unitID: String, value: IndicatorValue?, rank: Int?, movement: Movement?) {
        self.unitID = unitID
        self.value = value
        packed = PackedPlace(rank: rank, movement: movement)
    }
}

/// A ranking of one group's units on one indicator in one period (bảng xếp hạng).
public struct Ranking: Sendable {
    public let groupID: String
    public let indicator: Indicator
    /// Ranked units by rank (ties by name), then the units without a value by name.
    public let entries: [RankEntry]
    /// How many units are ranked: the n of "rank k of n".
    public let ranked: Int

    /// The entry of `unitID`, if the unit is in this group.
    public func entry(for unitID: String) -> RankEntry? { entries.first { $0.unitID == unitID } }

    /// The same ranking with each entry's movement against `previous` (last period's ranking of
    /// the same group and indicator, nil when there is none).
    public func moved(since previous: Ranking?) -> Ranking {
        let before = Dictionary(uniqueKeysWithValues: (previous?.entries ?? []).compactMap { entry in entry.rank.map { (entry.unitID, $0) } })
        let entries = entries.map { entry in
            RankEntry(unitID: entry.unitID, value: entry.value, rank: entry.rank, movement: entry.rank.map { Ranker.movement($0, before[entry.unitID]) })
        }
        return Ranking(groupID: groupID, indicator: indicator, entries: entries, ranked: ranked)
    }
}

/// Competition ranking (1, 2, 2, 4) on exact values.
public enum Ranker {
    /// A candidate: its id, its place in Vietnamese name order (for ties), its value.
    public struct Candidate: Sendable {
        public let unitID: String
        public let nameOrder: Int
        public let value: IndicatorValue?

        public init(unitID: String, nameOrder: Int, value: IndicatorValue?) {
            self.unitID = unitID
            self.nameOrder = nameOrder
            self.value = value
        }
    }

    /// Ranks `candidates` on `indicator` (its direction from the catalogue); every ranked unit is
    /// `.new` until `Ranking.moved(since:)` compares it with the previous period.
    ///
    /// - Complexity: O(n log n) in the number of candidates.
    public static func rank(_ candidates: [Candidate], on indicator: Indicator, group: String) -> Ranking {
        let lowerIsBetter = indicator.better == .lower
        let valued = candidates.filter { $0.value != nil }.sorted { a, b in
            let (x, y) = (a.value!.value, b.value!.value)
            if x != y { return lowerIsBetter ? x < y : x > y }
            return a.nameOrder < b.nameOrder
        }
        var entries: [RankEntry] = []
        entries.reserveCapacity(candidates.count)
        var rank = 0
        for (position, candidate) in valued.enumerated() {
            if position == 0 || candidate.value!.value != valued[position - 1].value!.value { rank = position + 1 }
            entries.append(RankEntry(unitID: candidate.unitID, value: candidate.value, rank: rank, movement: .new))
        }
        for candidate in candidates.filter({ $0.value == nil }).sorted(by: { $0.nameOrder < $1.nameOrder }) {
            entries.append(RankEntry(unitID: candidate.unitID, value: nil, rank: nil, movement: nil))
        }
        return Ranking(groupID: group, indicator: indicator, entries: entries, ranked: valued.count)
    }

    static func movement(_ rank: Int, _ previous: Int?) -> Movement {
        guard let previous else { return .new }
        return previous > rank ? .up(previous - rank) : previous < rank ? .down(rank - previous) : .same
    }
}
