/// One line of a ranking table, made on demand from the ranking's compact storage.
public struct RankEntry: Hashable, Sendable {
    public let unitID: String
    public let value: IndicatorValue?
    private let packed: PackedPlace

    /// Nil for a unit without a value: listed after the ranked ones.
    public var rank: Int? { packed.rank }
    /// How many units share the rank: 1 when the unit holds it alone.
    public var tied: Int { packed.tied }
    /// Nil for an unranked unit.
    public var movement: Movement? { packed.movement }
    /// The place in the previous period of the same kind, nil when not ranked then.
    public var previous: Place? { packed.previous }

    public init(unitID: String, value: IndicatorValue?, rank: Int?, tied: Int = 1, movement: Movement?, previous: Place? = nil) {
        self.init(unitID: unitID, value: value, packed: PackedPlace(rank: rank, tied: tied, movement: movement, previous: previous))
    }

    init(unitID: String, value: IndicatorValue?, packed: PackedPlace) {
        self.unitID = unitID
        self.value = value
        self.packed = packed
    }
}

/// A ranking of one group's units on one indicator in one period (bảng xếp hạng).
///
/// A line is 20 bytes: the unit's position among the group's members and its packed rank and
/// movement. Ids and values stay with the members, which the group's rankings share.
public struct Ranking: Sendable {
    public let groupID: String
    public let indicator: Indicator
    /// How many units are ranked: the n of "rank k of n".
    public let ranked: Int
    let members: RankMembers
    let slots: [RankSlot]

    /// Ranked units by rank (ties by name), then the units without a value by name.
    public var entries: RankEntries { RankEntries(ranking: self) }

    /// The entry of `unitID`, if the unit is in this group.
    public func entry(for unitID: String) -> RankEntry? { entries.first { $0.unitID == unitID } }

    /// The same ranking with each rank's movement against `previous`, the ranking of the same
    /// group and indicator in the previous period of the same kind, under `Movement`'s rule for
    /// shared places. A unit `renamed` names (new id → old id) continues the old unit's place.
    ///
    /// A move is a change of order among the units ranked in both periods: a place gained only
    /// because units above left the ranking (merged, ended, without a value now), or lost only
    /// because units entered above it (new, or without a value before), is no move. The place
    /// shown as the previous one stays the one the previous period's page shows.
    ///
    /// - Complexity: O(n) for n members when the same units are ranked in both periods, else
    ///   O(n log n); O(n) expected with a dictionary when the members differ.
    public func moved(since previous: Ranking?, renamed: [String: String] = [:]) -> Ranking {
        let before = previous.map { members.ranks(in: $0, renamed: renamed) } ?? Array(repeating: nil, count: members.numbers.count)
        let both = slots.filter { $0.place.rank != nil && before[Int($0.member)] != nil }
        let changed = both.count < ranked || both.count < (previous?.ranked ?? 0)
        let ranksBefore = changed ? both.compactMap { before[Int($0.member)]?.rank }.sorted() : []
        let ranksNow = changed ? both.compactMap(\.place.rank).sorted() : []
        let slots = slots.map { slot in
            guard let rank = slot.place.rank else { return slot }
            let earlier = before[Int(slot.member)]
            let now = changed ? Self.place(rank, among: ranksNow) : (rank, slot.place.tied)
            let compared = changed ? earlier.map { Self.place($0.rank, among: ranksBefore) } : earlier
            let previous = earlier.map { Place(rank: $0.rank, isShared: $0.tied > 1) }
            return RankSlot(member: slot.member, place: slot.place.moved(Movement.between(compared, now), from: previous))
        }
        return Ranking(groupID: groupID, indicator: indicator, ranked: ranked, members: members, slots: slots)
    }

    /// The competition rank `rank` becomes among the sorted ranks `kept`, and how many of them share it.
    ///
    /// - Complexity: O(log n).
    private static func place(_ rank: Int, among kept: [Int]) -> (rank: Int, tied: Int) {
        let better = countBelow(rank, in: kept)
        return (better + 1, countBelow(rank + 1, in: kept) - better)
    }

    /// How many of the sorted `values` are below `bound`.
    private static func countBelow(_ bound: Int, in values: [Int]) -> Int {
        var (low, high) = (0, values.count)
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// A ranking's lines, in order.
public struct RankEntries: RandomAccessCollection, Equatable, Sendable {
    let ranking: Ranking

    public var startIndex: Int { 0 }
    public var endIndex: Int { ranking.slots.count }

    public subscript(position: Int) -> RankEntry {
        let slot = ranking.slots[position]
        let member = Int(slot.member)
        return RankEntry(unitID: ranking.members.id(member), value: ranking.members.values[member]?[ranking.indicator], packed: slot.place)
    }

    public static func == (a: RankEntries, b: RankEntries) -> Bool { a.elementsEqual(b) }
}

public enum Ranker {
    /// Ranks `members` on `indicator` (its direction from the catalogue): competition ranking by
    /// value, ties in name order, then the members without a value in name order. Every ranked
    /// unit is `.new` until `Ranking.moved(since:)` compares it with the previous period.
    ///
    /// - Complexity: O(n log n) for n members.
    static func rank(_ members: RankMembers, on indicator: Indicator, group: String) -> Ranking {
        let lowerIsBetter = indicator.better == .lower
        var valued: [Candidate] = []
        var unvalued: [Int32] = []
        valued.reserveCapacity(members.numbers.count)
        for member in members.numbers.indices {
            if let value = members.values[member]?[indicator]?.value {
                valued.append(Candidate(member: Int32(member), name: members.nameRank(member), value: value))
            } else {
                unvalued.append(Int32(member))
            }
        }
        // A ratio's Double orders it as the exact ratio does while both its integers are below 2^53:
        // converting them is exact and the division rounds monotonically. Equal Doubles are compared exactly.
        let approximate = valued.allSatisfy { $0.value.numerator < 1 << 53 && $0.value.denominator < 1 << 53 }
        valued.sort { a, b in
            if approximate, a.key != b.key { return lowerIsBetter ? a.key < b.key : a.key > b.key }
            if a.value < b.value { return lowerIsBetter }
            if b.value < a.value { return !lowerIsBetter }
            return a.name < b.name
        }
        unvalued.sort { members.nameRank(Int($0)) < members.nameRank(Int($1)) }
        var slots: [RankSlot] = []
        slots.reserveCapacity(members.numbers.count)
        var start = 0
        while start < valued.count {
            var end = start + 1
            while end < valued.count, valued[end].value == valued[start].value { end += 1 }
            for candidate in valued[start..<end] {
                slots.append(RankSlot(member: candidate.member, place: PackedPlace(rank: start + 1, tied: end - start, movement: .new)))
            }
            start = end
        }
        for member in unvalued { slots.append(RankSlot(member: member, place: PackedPlace(rank: nil, movement: nil))) }
        return Ranking(groupID: group, indicator: indicator, ranked: valued.count, members: members, slots: slots)
    }
}

/// A member with a value, as `Ranker` sorts it.
private struct Candidate {
    let member: Int32
    /// The member's place in name order, which orders equal values.
    let name: Int
    let value: Ratio
    /// `value` as a Double, compared first.
    let key: Double

    init(member: Int32, name: Int, value: Ratio) {
        self.member = member
        self.name = name
        self.value = value
        key = value.doubleValue
    }
}
