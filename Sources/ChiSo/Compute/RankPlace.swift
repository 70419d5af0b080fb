/// A unit's place in its group's ranking on one indicator and period: rank k of n, and the move.
public struct RankPlace: Hashable, Sendable {
    public let rank: Int
    /// How many units are ranked: the n of "rank k of n".
    public let of: Int
    public let movement: Movement?
}

/// Every ranked unit's place, by indicator and unit id (a unit is in one group at most).
public struct RankPlaces: Sendable {
    private let places: [[String: RankPlace]]

    /// The places of `rankings`.
    ///
    /// - Complexity: O(total entries).
    public init(_ rankings: [Ranking]) {
        var places = Array(repeating: [String: RankPlace](), count: Indicator.allCases.count)
        for ranking in rankings {
            for entry in ranking.entries {
                guard let rank = entry.rank else { continue }
                places[ranking.indicator.index][entry.unitID] = RankPlace(rank: rank, of: ranking.ranked, movement: entry.movement)
            }
        }
        self.places = places
    }

    /// The place of `unitID` on `indicator`, nil when it is not ranked.
    ///
    /// - Complexity: O(1).
    public subscript(indicator: Indicator, unitID: String) -> RankPlace? { places[indicator.index][unitID] }
}
