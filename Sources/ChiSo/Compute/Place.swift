/// A rank as a reader takes it: the number and whether other units share it (đồng hạng), which
/// the site writes `1=`.
public struct Place: Hashable, Sendable {
    public let rank: Int
    /// True when other units have the same value and so the same rank.
    public let isShared: Bool

    public init(rank: Int, isShared: Bool) {
        self.rank = rank
        self.isShared = isShared
    }
}

/// How a unit's rank changed against the previous period of the same kind.
///
/// A shared place covers every position its units hold: `1=` shared by 15 units is places 1 to
/// 15, in an order the values do not decide. A move counts only the places a unit surely passed,
/// the gap between the two spans; when the spans overlap the unit moved inside a tie, which is
/// no move at all.
public enum Movement: Hashable, Sendable {
    /// Up by so many places.
    case up(Int)
    /// Down by so many places.
    case down(Int)
    /// The same rank, shared or alone as before.
    case same
    /// The rank changed, but only inside a shared place (`3 → 1=`, `1= → 1`): not a move.
    case withinTie
    /// Not ranked in the previous period (or no previous period).
    case new

    /// The move from `before` (nil: not ranked then) to `now`, each a rank and how many units
    /// share it.
    ///
    /// - Complexity: O(1).
    public static func between(_ before: (rank: Int, tied: Int)?, _ now: (rank: Int, tied: Int)) -> Movement {
        guard let before else { return .new }
        if before.rank == now.rank, (before.tied > 1) == (now.tied > 1) { return .same }
        let nowLast = now.rank + now.tied - 1
        let beforeLast = before.rank + before.tied - 1
        if before.rank > nowLast { return .up(before.rank - nowLast) }
        if now.rank > beforeLast { return .down(now.rank - beforeLast) }
        return .withinTie
    }

    /// Places moved, up positive, down negative; 0 for no move.
    public var places: Int {
        switch self {
        case .up(let n): n
        case .down(let n): -n
        case .same, .withinTie, .new: 0
        }
    }
}
