import Crypto

/// For each output file, the digest of everything it is made from: a rebuild makes again only
/// the files whose digest differs from the last build's. A digest covers more than the file
/// shows, never less:
/// - every file: chiso itself, the theme, site.toml, units.csv, the extra pages, the archives listed;
/// - a period's files (`periods/<id>/…`): the data of that period and of every period before it;
///   its pages also the next period of its kind's id, label and dates (the pager), and its report
///   (`index.html`), the one page that shows notes.md, that notes.md;
/// - a unit's files (`units/<id>/…`) and the other pages: every period's data and the build day;
/// - archive files: none; they are made only when a period is archived.
struct OutputKeys {
    /// By period id, the key of its data files.
    private let periods: [String: String]
    /// By period id, the key of its pages: the data files' and the next period of its kind.
    private let pages: [String: String]
    /// By period id, the key of its report: its pages' and its notes.md.
    private let reports: [String: String]
    private let site: String

    /// - Complexity: O(P) digests of a few hundred bytes.
    init(content: InputDigests, theme: InputDigests, tool: String, dataset: Dataset, edition: SiteEdition) {
        let archives = edition.archives.map { $0.id + "\u{1F}" + $0.label }.joined(separator: "\u{1E}")
        let common = OutputKeys.digest(["keys 1", tool, theme.site, content.site, archives, edition.archived?.id ?? ""])
        let built = edition.built.map { "\($0)" } ?? ""
        var chain = common
        var periods: [String: String] = [:]
        var pages: [String: String] = [:]
        var reports: [String: String] = [:]
        for (index, data) in dataset.periods.enumerated() {
            let id = data.period.id
            chain = OutputKeys.digest([chain, id, content.periodData[id] ?? ""])
            let kind = data.period.kind
            let next = dataset.periods[(index + 1)...].first { $0.period.kind == kind }.map { OutputKeys.describe($0.period) } ?? ""
            periods[id] = chain
            pages[id] = OutputKeys.digest([chain, next])
            reports[id] = OutputKeys.digest([pages[id]!, content.periodNotes[id] ?? ""])
        }
        self.periods = periods
        self.pages = pages
        self.reports = reports
        site = OutputKeys.digest([chain, built])
    }

    /// The digest of everything a build reads, before it is checked: equal for two builds only
    /// when neither chiso, the theme, the content, the archives present nor the build day differ.
    static func inputs(content: InputDigests, theme: InputDigests, tool: String, archives: [String], built: Day?) -> String {
        let periods = content.periodData.keys.sorted().map { id in id + " " + content.periodData[id]! + " " + (content.periodNotes[id] ?? "") }
        let notesAlone = content.periodNotes.keys.filter { content.periodData[$0] == nil }.sorted().map { $0 + " " + content.periodNotes[$0]! }
        return digest(["inputs 1", tool, theme.site, content.site, archives.joined(separator: "/"), built.map { "\($0)" } ?? ""] + periods + ["notes"] + notesAlone)
    }

    /// The digest for the file at `path`; nil for archive files, which are always made.
    func key(for path: String) -> String? {
        switch OutputLayout.scope(of: path) {
        case .period(let id) where path == OutputLayout.periodReport(id): reports[id] ?? site
        case .period(let id) where path.hasSuffix(".html"): pages[id] ?? site
        case .period(let id): periods[id] ?? site
        case .unit, .site: site
        case .archive: nil
        }
    }

    private static func describe(_ period: Period) -> String {
        [period.id, period.label, "\(period.start)", "\(period.end)", period.kind.rawValue].joined(separator: "\u{1F}")
    }

    /// The SHA-256 of the parts, each preceded by its length.
    private static func digest(_ parts: [String]) -> String {
        var hasher = SHA256()
        for part in parts {
            InputDigests.feed(&hasher, part, [])
        }
        return InputDigests.hex(hasher.finalize())
    }
}
