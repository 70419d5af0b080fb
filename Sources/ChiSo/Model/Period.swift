/// The kind of a reporting period (kỳ báo cáo); trends compare periods of one kind.
public enum PeriodKind: String, CaseIterable, Sendable, Codable {
    case month
    case quarter
    case halfYear = "half-year"
    case year
    case custom
}

/// A reporting period: its folder name is its id.
public struct Period: Hashable, Sendable {
    public var id: String
    /// `6 tháng đầu năm 2023`.
    public var label: String
    public var start: Day
    public var end: Day
    public var kind: PeriodKind
    /// The authority's place among its peers, when period.toml gives one.
    public var standing: Standing?
    /// The cover letter the printed report is attached to, when period.toml gives one.
    public var letter: Letter?

    public init(id: String, label: String, start: Day, end: Day, kind: PeriodKind, standing: Standing? = nil, letter: Letter? = nil) {
        self.id = id
        self.label = label
        self.start = start
        self.end = end
        self.kind = kind
        self.standing = standing
        self.letter = letter
    }

    /// True when the two periods share at least one day.
    public func overlaps(_ other: Period) -> Bool { start <= other.end && other.start <= end }
}
