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

/// One line of a ranking table, made on demand from the ranking's compact storage.
public struct RankEntry: Hashable, Sendable {
    public let unitID: String
    public let value: IndicatorValue?
    private let packed: PackedPlace

    /// Nil for a unit without a value: listed after the ranked ones.
    public var rank: Int? { packed.rank }
    /// Nil for an unranked unit.
    public var movement: Movement? { packed.movement }

    public init(unitID: String, value: IndicatorValue?, rank: Int?, movement: Movement?) {
        self.init(unitID: unitID, value: value, packed: PackedPlace(rank: rank, movement: movement))
    }

    init(unitID: String, value: IndicatorValue?, packed: PackedPlace) {
        self.unitID = unitID
        self.value = value
        self.packed = packed
    }
}

/// A ranking of one group's units on one indicator in one period (bảng xếp hạng).
///
/// A line is 12 bytes: the unit's position among the group's members and its packed rank and
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
    /// group and indicator in the previous period of the same kind.
    ///
    /// - Complexity: O(n) for n members; when the members differ from the previous period's,
    ///   O(n) expected with a dictionary of the previous ranks.
    public func moved(since previous: Ranking?) -> Ranking {
        let before = previous.map { members.ranks(in: $0) } ?? Array(repeating: nil, count: members.ids.count)
        let slots = slots.map { slot in
            RankSlot(member: slot.member, place: PackedPlace(rank: slot.place.rank, movement: slot.place.rank.map { Ranker.movement($0, before[Int(slot.member)]) }))
        }
        return Ranking(groupID: groupID, indicator: indicator, ranked: ranked, members: members, slots: slots)
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
        return RankEntry(unitID: ranking.members.ids[member], value: ranking.members.values[member]?[ranking.indicator], packed: slot.place)
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
        var valued: [(member: Int32, value: Ratio)] = []
        var unvalued: [Int32] = []
        valued.reserveCapacity(members.ids.count)
        for member in members.ids.indices {
            if let value = members.values[member]?[indicator]?.value { valued.append((Int32(member), value)) } else { unvalued.append(Int32(member)) }
        }
        valued.sort { a, b in
            if a.value != b.value { return lowerIsBetter ? a.value < b.value : a.value > b.value }
            return members.nameOrder[Int(a.member)] < members.nameOrder[Int(b.member)]
        }
        unvalued.sort { members.nameOrder[Int($0)] < members.nameOrder[Int($1)] }
        var slots: [RankSlot] = []
        slots.reserveCapacity(members.ids.count)
        var rank = 0
        for (position, candidate) in valued.enumerated() {
            if position == 0 || candidate.value != valued[position - 1].value { rank = position + 1 }
            slots.append(RankSlot(member: candidate.member, place: PackedPlace(rank: rank, movement: .new)))
        }
        for member in unvalued { slots.append(RankSlot(member: member, place: PackedPlace(rank: nil, movement: nil))) }
        return Ranking(groupID: group, indicator: indicator, ranked: valued.count, members: members, slots: slots)
    }

    static func movement(_ rank: Int, _ previous: Int?) -> Movement {
        guard let previous else { return .new }
        return previous > rank ? .up(previous - rank) : previous < rank ? .down(rank - previous) : .same
    }
}
