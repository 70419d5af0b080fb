/// The units of one group in one period, as its rankings share them: ids, values and places
/// in Vietnamese name order, each at the member's position.
struct RankMembers: Sendable {
    let ids: [String]
    let values: [IndicatorValues?]
    let nameOrder: [Int]

    /// Each member's rank in `ranking` (nil when unranked or absent there): by position when
    /// both periods have the same members, else through the ranking's ids.
    ///
    /// - Complexity: O(n) for n members, expected.
    func ranks(in ranking: Ranking) -> [Int?] {
        var ranks = [Int?](repeating: nil, count: ids.count)
        if ranking.members.ids == ids {
            for slot in ranking.slots { ranks[Int(slot.member)] = slot.place.rank }
            return ranks
        }
        var before: [String: Int] = [:]
        before.reserveCapacity(ranking.ranked)
        for slot in ranking.slots {
            if let rank = slot.place.rank { before[ranking.members.ids[Int(slot.member)]] = rank }
        }
        for (member, id) in ids.enumerated() { ranks[member] = before[id] }
        return ranks
    }
}

/// One line of a ranking in 12 bytes: the member's position and its packed rank and movement.
struct RankSlot: Hashable, Sendable {
    let member: Int32
    let place: PackedPlace
}
