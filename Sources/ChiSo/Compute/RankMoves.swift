/// One unit's change of place on one indicator: from where, to where, by how much.
public struct RankMove: Hashable, Sendable {
    public let unitID: String
    public let indicator: Indicator
    public let movement: Movement
    public let previous: Place?
    public let now: Place
}

/// Who moved most (thay đổi thứ hạng nhiều nhất): the largest real moves of a group's units.
public enum RankMoves {
    /// The `count` largest moves up and the `count` largest moves down in `rankings` (one
    /// group's, one period's) on `indicators`: by places moved, then indicator order, then the
    /// unit's name. Moves inside a shared place are not moves and never listed.
    ///
    /// - Complexity: O(e log e) for e entries of those rankings.
    public static func largest(in rankings: [Ranking], on indicators: [Indicator], count: Int) -> (up: [RankMove], down: [RankMove]) {
        var found: [(move: RankMove, order: Int, name: Int)] = []
        for ranking in rankings {
            guard let order = indicators.firstIndex(of: ranking.indicator) else { continue }
            for slot in ranking.slots {
                guard let rank = slot.place.rank, let movement = slot.place.movement, movement.places != 0 else { continue }
                let member = Int(slot.member)
                let move = RankMove(
                    unitID: ranking.members.id(member), indicator: ranking.indicator, movement: movement, previous: slot.place.previous,
                    now: Place(rank: rank, isShared: slot.place.tied > 1))
                found.append((move, order, ranking.members.nameRank(member)))
            }
        }
        found.sort { a, b in
            let (x, y) = (abs(a.move.movement.places), abs(b.move.movement.places))
            if x != y { return x > y }
            if a.order != b.order { return a.order < b.order }
            return a.name < b.name
        }
        let up = found.lazy.filter { $0.move.movement.places > 0 }.prefix(count).map(\.move)
        let down = found.lazy.filter { $0.move.movement.places < 0 }.prefix(count).map(\.move)
        return (Array(up), Array(down))
    }
}
