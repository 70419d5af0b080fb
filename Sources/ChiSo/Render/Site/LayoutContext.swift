/// What the base layout shows on every page: identity, navigation, footer. Made once per build;
/// `@unchecked Sendable` because the strings tree is a `[String: Any]` never changed after `init`.
struct LayoutContext: @unchecked Sendable {
    let report: Report
    let strings: Strings
    let edition: SiteEdition
    /// The strings as the templates read them (`{{t.indicator.on_time_rate}}`).
    private let tree: [String: Any]
    /// The build stamp, from the content alone (or `SOURCE_DATE_EPOCH`): the last day the data
    /// covers and the day of the build.
    private let stamp: String

    init(report: Report, strings: Strings, edition: SiteEdition) {
        self.report = report
        self.strings = strings
        self.edition = edition
        tree = strings.tree
        stamp = LayoutContext.stamp(report, strings, edition)
    }

    /// The layout's keys for the page at `path`, titled `title`, with `section` marked current in the navigation.
    func context(path: String, title: String, section: TextKey?) -> [String: Any] {
        let root = SitePaths.root(of: path)
        var sections = [(TextKey.navHome, SitePaths.home), (.navPeriods, SitePaths.periods), (.navUnits, SitePaths.units), (.navMethods, SitePaths.methods)]
        if !edition.archives.isEmpty { sections.append((.navArchives, SitePaths.archives)) }
        let nav: [[String: Any]] = sections.map { key, target in ["label": strings[key], "href": root + target, "current": key == section] }
        var context: [String: Any] = [
            "root": root,
            "page_title": title,
            "site": ["title": report.site.title, "authority": report.site.authority],
            "t": tree,
            "nav": nav,
            "stamp": stamp(path),
            "pages": report.pages.map { page in ["title": TextPages.title(of: page), "href": root + SitePaths.page(page.id)] },
        ]
        if let period = edition.archived {
            context["archive_banner"] = [
                "text": strings[.archiveBanner, ["period": period.label]],
                "href": current(root: root),
                "link": strings[.archiveCurrentLink],
            ]
        } else if let base = report.site.baseURL, path != SitePaths.notFound {
            context["canonical"] = (base.hasSuffix("/") ? base : base + "/") + (path == SitePaths.home ? "" : path)
        }
        return context
    }

    /// The stamp of the page at `path`: a page of one period gives that period's last day, so
    /// its annex dates its own figures and a later period leaves it as it was; any other page
    /// gives the latest period's and the build's.
    private func stamp(_ path: String) -> String {
        guard case .period(let id) = OutputLayout.scope(of: path), let period = report.periods.first(where: { $0.period.id == id })?.period else { return stamp }
        return strings[.stampPeriod, ["date": DisplayDate.text(period.end), "period": period.label]]
    }

    private static func stamp(_ report: Report, _ strings: Strings, _ edition: SiteEdition) -> String {
        guard let latest = report.periods.max(by: { ($0.period.end, $0.period.id) < ($1.period.end, $1.period.id) }) else { return "" }
        let built = edition.built ?? latest.period.end
        return strings[.stamp, ["date": DisplayDate.text(latest.period.end), "period": latest.period.label, "built": DisplayDate.text(built)]]
    }

    /// The current site's home page, from an archived page: the site's address when site.toml
    /// gives one (so an unpacked zip still finds it), else two folders up from the archive's root.
    private func current(root: String) -> String {
        if let base = report.site.baseURL { return base.hasSuffix("/") ? base : base + "/" }
        return root + "../../" + SitePaths.home
    }
}
