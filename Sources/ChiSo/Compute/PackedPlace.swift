/// A rank, how many units share it, the movement and the previous place in 16 bytes instead of
/// 40: a national build holds millions of them (10,000 units × 11 indicators × 60 periods, in
/// rankings and again in rank places).
struct PackedPlace: Hashable, Sendable {
    /// The rank; 0 for none.
    private let place: Int32
    /// 0 same, n up by n, −n down by n, `Int32.max` new, `Int32.min` none, `Int32.min + 1` within a tie.
    private let move: Int32
    /// The previous rank, negated when it was shared; 0 for none.
    private let from: Int32
    /// How many units share the rank (1 when the unit holds it alone).
    private let share: Int32

    init(rank: Int?, tied: Int = 1, movement: Movement?, previous: Place? = nil) {
        place = Int32(clamping: rank ?? 0)
        share = Int32(clamping: max(tied, 1))
        move =
            switch movement {
            case nil: .min
            case .new: .max
            case .withinTie: .min + 1
            case .same: 0
            case .up(let n): Int32(clamping: n)
            case .down(let n): -Int32(clamping: n)
            }
        from = previous.map { $0.isShared ? -Int32(clamping: $0.rank) : Int32(clamping: $0.rank) } ?? 0
    }

    var rank: Int? { place == 0 ? nil : Int(place) }

    /// How many units share the rank.
    var tied: Int { Int(share) }

    var movement: Movement? {
        switch move {
        case .min: nil
        case .max: .new
        case .min + 1: .withinTie
        case 0: .same
        case let n where n > 0: .up(Int(n))
        default: .down(Int(-move))
        }
    }

    /// The place in the previous period of the same kind.
    var previous: Place? { from == 0 ? nil : Place(rank: Int(abs(from)), isShared: from < 0) }

    /// The same place with its movement against `previous`.
    func moved(_ movement: Movement, from previous: Place?) -> PackedPlace {
        PackedPlace(rank: rank, tied: tied, movement: movement, previous: previous)
    }
}
