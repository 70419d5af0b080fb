/// What the base layout shows on every page: identity, navigation, footer.
struct LayoutContext {
    let report: Report
    let strings: Strings

    /// The layout's keys for the page at `path`, titled `title`, with `section` marked current in the navigation.
    func context(path: String, title: String, section: TextKey?) -> [String: Any] {
        let root = SitePaths.root(of: path)
        let nav: [[String: Any]] = [(TextKey.navHome, SitePaths.home), (.navPeriods, SitePaths.periods), (.navUnits, SitePaths.units)].map { key, target in
            ["label": strings[key], "href": root + target, "current": key == section]
        }
        var context: [String: Any] = [
            "root": root,
            "page_title": title,
            "site": ["title": report.site.title, "authority": report.site.authority],
            "t": strings.tree,
            "nav": nav,
            "stamp": stamp,
            "pages": report.pages.map { page in ["title": TextPages.title(of: page), "href": root + SitePaths.page(page.id)] },
        ]
        if let base = report.site.baseURL, path != SitePaths.notFound {
            context["canonical"] = (base.hasSuffix("/") ? base : base + "/") + (path == SitePaths.home ? "" : path)
        }
        return context
    }

    /// The build stamp, from the content alone: the last day the data covers.
    private var stamp: String {
        guard let latest = report.periods.max(by: { ($0.period.end, $0.period.id) < ($1.period.end, $1.period.id) }) else { return "" }
        return strings[.stamp, ["date": DisplayDate.text(latest.period.end), "period": latest.period.label]]
    }
}
