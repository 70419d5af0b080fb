/// The units of one group in one period, as its rankings share them: ids, values and places
/// in Vietnamese name order, each at the member's position.
struct RankMembers: Sendable {
    let ids: [String]
    let values: [IndicatorValues?]
    let nameOrder: [Int]

    /// Each member's rank in `ranking` and how many units shared it (nil when unranked or
    /// absent there), or the rank of the unit it was renamed from (`renamed`: new id → old id):
    /// by position when both periods have the same members, else through the ranking's ids.
    ///
    /// - Complexity: O(n) for n members, expected.
    func ranks(in ranking: Ranking, renamed: [String: String] = [:]) -> [(rank: Int, tied: Int)?] {
        var ranks = [(rank: Int, tied: Int)?](repeating: nil, count: ids.count)
        if ranking.members.ids == ids, renamed.isEmpty {
            for slot in ranking.slots { ranks[Int(slot.member)] = slot.place.rank.map { ($0, slot.place.tied) } }
            return ranks
        }
        var before: [String: (rank: Int, tied: Int)] = [:]
        before.reserveCapacity(ranking.ranked)
        for slot in ranking.slots {
            if let rank = slot.place.rank { before[ranking.members.ids[Int(slot.member)]] = (rank, slot.place.tied) }
        }
        for (member, id) in ids.enumerated() { ranks[member] = before[id] ?? renamed[id].flatMap { before[$0] } }
        return ranks
    }
}

/// One line of a ranking in 20 bytes: the member's position and its packed place.
struct RankSlot: Hashable, Sendable {
    let member: Int32
    let place: PackedPlace
}
