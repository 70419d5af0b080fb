/// A unit's place in its group's ranking on one indicator and period: rank k of n, and the move.
public struct RankPlace: Hashable, Sendable {
    private let packed: PackedPlace
    private let count: Int32

    public var rank: Int { packed.rank ?? 0 }
    /// How many units are ranked: the n of "rank k of n".
    public var of: Int { Int(count) }
    public var movement: Movement? { packed.movement }

    public init(rank: Int, of: Int, movement: Movement?) {
        packed = PackedPlace(rank: rank, movement: movement)
        count = Int32(clamping: of)
    }
}

/// Every ranked unit's place, by indicator and unit id (a unit is in one group at most).
public struct RankPlaces: Sendable {
    private static let width = Indicator.allCases.count
    /// Each ranked unit's row in `places`.
    private let rows: [String: Int]
    /// Row by row, a place per indicator in catalogue order.
    private let places: [RankPlace?]

    /// The places of `rankings`.
    ///
    /// - Complexity: O(total entries).
    public init(_ rankings: [Ranking]) {
        var rows: [String: Int] = [:]
        var places: [RankPlace?] = []
        for ranking in rankings {
            for entry in ranking.entries {
                guard let rank = entry.rank else { continue }
                let row: Int
                if let existing = rows[entry.unitID] {
                    row = existing
                } else {
                    row = rows.count
                    rows[entry.unitID] = row
                    places.append(contentsOf: repeatElement(nil, count: RankPlaces.width))
                }
                places[row * RankPlaces.width + ranking.indicator.index] = RankPlace(rank: rank, of: ranking.ranked, movement: entry.movement)
            }
        }
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
        guard let row = rows[unitID] else { return UnitPlaces(places: []) }
        return UnitPlaces(places: places[(row * RankPlaces.width)..<((row + 1) * RankPlaces.width)])
    }
}

/// One unit's places in a period, by indicator.
public struct UnitPlaces: Sendable {
    fileprivate let places: ArraySlice<RankPlace?>

    /// The place on `indicator`, nil when the unit is not ranked on it.
    public subscript(indicator: Indicator) -> RankPlace? {
        places.isEmpty ? nil : places[places.startIndex + indicator.index]
    }
}
