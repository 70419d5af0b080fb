/// A ranking group (nhóm xếp hạng): units are ranked only against units of their group.
public struct RankingGroup: Hashable, Sendable {
    public var id: String
    public var label: String
    public var kinds: [UnitKind]

    public init(id: String, label: String, kinds: [UnitKind]) {
        self.id = id
        self.label = label
        self.kinds = kinds
    }
}

/// How intake per day is divided: by calendar days or by working days (Monday to Friday).
public enum DayCount: String, Sendable, CaseIterable {
    case calendar
    case working
}

/// The site's identity and rules, from site.toml.
public struct Site: Sendable, Equatable {
    public var title: String
    /// The authority shown in the page header (`Ủy ban nhân dân huyện …`).
    public var authority: String
    /// Used only for canonical links and the sitemap.
    public var baseURL: String?
    public var days: DayCount
    /// The authority's level: the words for the whole and the default groups.
    public var level: AuthorityLevel
    /// Thresholds in percent (or counts, for count indicators) by indicator id.
    public var targets: [String: Ratio]
    public var groups: [RankingGroup]

    public init(
        title: String, authority: String, baseURL: String? = nil, days: DayCount = .calendar, level: AuthorityLevel = .huyen,
        targets: [String: Ratio] = [:], groups: [RankingGroup]? = nil
    ) {
        self.title = title
        self.authority = authority
        self.baseURL = baseURL
        self.days = days
        self.level = level
        self.targets = targets
        self.groups = groups ?? level.defaultGroups
    }
}
