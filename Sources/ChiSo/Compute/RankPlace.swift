/// A unit's place in its group's ranking on one indicator and period: rank k of n, and the move.
public struct RankPlace: Hashable, Sendable {
    private let packed: PackedPlace
    private let count: Int32

    public var rank: Int { packed.rank ?? 0 }
    /// How many units are ranked: the n of "rank k of n".
    public var of: Int { Int(count) }
    public var movement: Movement? { packed.movement }
    /// How many units share the rank: 1 when the unit holds it alone.
    public var tied: Int { packed.tied }
    /// The rank as a reader takes it, shared or alone.
    public var place: Place { Place(rank: rank, isShared: tied > 1) }
    /// The place in the previous period of the same kind, nil when not ranked then.
    public var previous: Place? { packed.previous }

    public init(rank: Int, of: Int, tied: Int = 1, movement: Movement?, previous: Place? = nil) {
        self.init(packed: PackedPlace(rank: rank, tied: tied, movement: movement, previous: previous), of: of)
    }

    fileprivate init(packed: PackedPlace, of: Int) {
        self.packed = packed
        count = Int32(clamping: of)
    }

    /// No place: stored where a unit is not ranked, 20 bytes instead of an optional's 24.
    fileprivate static let none = RankPlace(packed: PackedPlace(rank: nil, movement: nil), of: 0)
    fileprivate var isRanked: Bool { packed.rank != nil }
}

/// Every ranked unit's place, by indicator and unit id (a unit is in one group at most).
public struct RankPlaces: Sendable {
    private static let width = Indicator.allCases.count
    private let index: UnitIndex
    /// By unit number, the unit's row in `places`; -1 when it is ranked on nothing.
    private let rows: [Int32]
    /// Row by row, a place per indicator in catalogue order; `RankPlace.none` where unranked.
    private let places: [RankPlace]

    /// The places of `rankings`.
    ///
    /// - Complexity: O(total entries).
    public init(_ rankings: [Ranking], index: UnitIndex) {
        var rows = [Int32](repeating: -1, count: index.units.count)
        var places: [RankPlace] = []
        for ranking in rankings {
            for slot in ranking.slots where slot.place.rank != nil {
                let number = ranking.members.numbers[Int(slot.member)]
                var row = Int(rows[number])
                if row < 0 {
                    row = places.count / RankPlaces.width
                    rows[number] = Int32(row)
                    places.append(contentsOf: repeatElement(.none, count: RankPlaces.width))
                }
                places[row * RankPlaces.width + ranking.indicator.index] = RankPlace(packed: slot.place, of: ranking.ranked)
            }
        }
        self.index = index
        self.rows = rows
        self.places = places
    }

    /// The place of `unitID` on `indicator`, nil when it is not ranked.
    ///
    /// - Complexity: O(1).
    public subscript(indicator: Indicator, unitID: String) -> RankPlace? { self[unitID][indicator] }

    /// Every place of `unitID`, looked up once for reading several indicators.
    ///
    /// - Complexity: O(1).
    public subscript(unitID: String) -> UnitPlaces {
        guard let number = index.number(of: unitID), rows[number] >= 0 else { return UnitPlaces(places: []) }
        let row = Int(rows[number])
        return UnitPlaces(places: places[(row * RankPlaces.width)..<((row + 1) * RankPlaces.width)])
    }
}

/// One unit's places in a period, by indicator.
public struct UnitPlaces: Sendable {
    fileprivate let places: ArraySlice<RankPlace>

    /// The place on `indicator`, nil when the unit is not ranked on it.
    public subscript(indicator: Indicator) -> RankPlace? {
        guard !places.isEmpty else { return nil }
        let place = places[places.startIndex + indicator.index]
        return place.isRanked ? place : nil
    }
}
