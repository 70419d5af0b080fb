/// The documented shape of `periods/<id>/data.json` (see docs/data-files.md); the test decodes
/// the written file into it.
public struct PeriodDataFile: Codable, Sendable, Equatable {
    public struct PeriodInfo: Codable, Sendable, Equatable {
        public let id: String
        public let label: String
        /// ISO dates.
        public let start: String
        public let end: String
        public let kind: String
    }

    public struct Total: Codable, Sendable, Equatable {
        /// Every indicator id; null where there is no value.
        public let values: [String: Double?]
        /// The indicators taken from the total row's reported rate rather than from counts.
        public let reported: [String]
    }

    public struct Rank: Codable, Sendable, Equatable {
        public let rank: Int
        /// How many units of the group are ranked on this indicator.
        public let of: Int
        /// How many units share the rank: 1 when the unit holds it alone.
        public let tied: Int
        /// `up`, `down`, `same`, `within_tie` (a change inside a shared place, not a move) or
        /// `new`, against the previous period of the same kind.
        public let movement: String
        /// Places moved, for `up` and `down`.
        public let by: Int?
    }

    public struct UnitEntry: Codable, Sendable, Equatable {
        public let id: String
        public let name: String
        public let kind: String
        /// The ranking group; null for a kind in no group.
        public let group: String?
        public let values: [String: Double?]
        /// Every ranked indicator id; null where the unit has no value (listed unranked).
        public let ranks: [String: Rank?]
        public let reported: [String]
    }

    public let period: PeriodInfo
    public let total: Total
    /// The units that reported in the period, in Vietnamese alphabetical order.
    public let units: [UnitEntry]
}
