/// The units of one group in one period, as its rankings share them: each member's unit number
/// in the register's index and its values, at the member's position.
struct RankMembers: Sendable {
    let numbers: [Int]
    let index: UnitIndex
    let values: [IndicatorValues?]

    /// The id of the unit at `member`.
    func id(_ member: Int) -> String { index.units[numbers[member]].id }

    /// The place in name order of the unit at `member`.
    func nameRank(_ member: Int) -> Int { index.nameRanks[numbers[member]] }

    /// Each member's rank in `ranking` and how many units shared it (nil when unranked or
    /// absent there), or the rank of the unit it was renamed from (`renamed`: new id → old id):
    /// by position when both periods have the same members, else through the unit numbers.
    ///
    /// - Complexity: O(n) for n members, plus O(U) for the register's U units when the members differ.
    func ranks(in ranking: Ranking, renamed: [String: String] = [:]) -> [(rank: Int, tied: Int)?] {
        var ranks = [(rank: Int, tied: Int)?](repeating: nil, count: numbers.count)
        if ranking.members.numbers == numbers, renamed.isEmpty {
            for slot in ranking.slots { ranks[Int(slot.member)] = slot.place.rank.map { ($0, slot.place.tied) } }
            return ranks
        }
        var before = [(rank: Int, tied: Int)?](repeating: nil, count: index.units.count)
        for slot in ranking.slots {
            if let rank = slot.place.rank { before[ranking.members.numbers[Int(slot.member)]] = (rank, slot.place.tied) }
        }
        for (member, number) in numbers.enumerated() {
            ranks[member] = before[number] ?? renamed[index.units[number].id].flatMap(index.number(of:)).flatMap { before[$0] }
        }
        return ranks
    }
}

/// One line of a ranking in 20 bytes: the member's position and its packed place.
struct RankSlot: Hashable, Sendable {
    let member: Int32
    let place: PackedPlace
}
