/// An archive already published, or about to be, as the archives page lists it.
public struct ArchiveEntry: Sendable, Equatable {
    /// The period id: the archive's folder name.
    public var id: String
    /// The period's label, or the id when the period is no longer in the content.
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// Which rendering of the site this is: the current site, or the frozen edition of one period.
public struct SiteEdition: Sendable {
    /// The day of the build stamp: `SOURCE_DATE_EPOCH`'s, or else the latest period's end.
    public var built: Day?
    /// The archives the current site lists (empty for an archived edition).
    public var archives: [ArchiveEntry]
    /// Set for an archived edition: the period it was published for.
    public var archived: Period?

    public init(built: Day? = nil, archives: [ArchiveEntry] = [], archived: Period? = nil) {
        self.built = built
        self.archives = archives
        self.archived = archived
    }
}
