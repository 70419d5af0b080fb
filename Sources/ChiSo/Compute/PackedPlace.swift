/// A rank and its movement in 8 bytes instead of 25: a national build holds millions of them
/// (10,000 units × 11 indicators × 60 periods, in rankings and again in rank places).
struct PackedPlace: Hashable, Sendable {
    /// The rank; 0 for none.
    private let place: Int32
    /// 0 same, n up by n, −n down by n, `Int32.max` new, `Int32.min` none.
    private let move: Int32

    init(rank: Int?, movement: Movement?) {
        place = Int32(clamping: rank ?? 0)
        move =
            switch movement {
            case nil: .min
            case .new: .max
            case .same: 0
            case .up(let n): Int32(clamping: n)
            case .down(let n): -Int32(clamping: n)
            }
    }

    var rank: Int? { place == 0 ? nil : Int(place) }

    var movement: Movement? {
        switch move {
        case .min: nil
        case .max: .new
        case 0: .same
        case let n where n > 0: .up(Int(n))
        default: .down(Int(-move))
        }
    }
}
