/// A reporting unit (đơn vị): a commune, ward, town, department or agency of the district.
public struct Unit: Hashable, Sendable {
    /// Stable slug used in URLs (`huong-toan`).
    public var id: String
    /// Official name as displayed (`Xã Hương Toàn`).
    public var name: String
    public var kind: UnitKind
    /// Other spellings met in data files.
    public var aliases: [String]
    /// The unit reports only from this day on.
    public var from: Day?
    /// The unit reports only until this day (a merger or a rename).
    public var until: Day?
    /// The id of the unit that took it over.
    public var successor: String?

    public init(
        id: String, name: String, kind: UnitKind, aliases: [String] = [],
        from: Day? = nil, until: Day? = nil, successor: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.from = from
        self.until = until
        self.successor = successor
    }

    /// True when the unit's span of existence overlaps the period.
    public func exists(during period: Period) -> Bool {
        (from.map { $0 <= period.end } ?? true) && (until.map { $0 >= period.start } ?? true)
    }
}
