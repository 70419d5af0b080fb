/// One period's validated data: a record per unit that reported, the total row, the ledger, the notes.
public struct PeriodData: Sendable {
    public var period: Period
    /// Records by unit id.
    public var records: [String: Record]
    /// The reported total row, merged over the period's files; nil when no file has one.
    public var total: Record?
    public var late: [LateDossier]
    /// The period's notes.md (CommonMark), if any.
    public var notes: String?

    public init(period: Period, records: [String: Record] = [:], total: Record? = nil, late: [LateDossier] = [], notes: String? = nil) {
        self.period = period
        self.records = records
        self.total = total
        self.late = late
        self.notes = notes
    }
}

/// An extra page from content/pages (CommonMark; its first heading is the title).
public struct ExtraPage: Sendable, Equatable {
    public var id: String
    public var markdown: String
}

/// The whole validated content: what the compute stage works from.
public struct Dataset: Sendable {
    public var site: Site
    /// The register's units, numbered.
    public let index: UnitIndex
    /// Units in register order.
    public var units: [Unit] { index.units }
    /// Periods ordered by end date, then id.
    public var periods: [PeriodData]
    public var pages: [ExtraPage]

    /// The dataset of `units`, numbered by `UnitIndex` (with `nameOrder`, when an earlier sort of these units is known).
    public init(site: Site, units: [Unit], periods: [PeriodData], pages: [ExtraPage], nameOrder: [Int]? = nil) {
        self.site = site
        index = UnitIndex(units, nameOrder: nameOrder)
        self.periods = periods
        self.pages = pages
    }
}
