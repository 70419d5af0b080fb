/// A table too long for the period page it belongs to, on pages of its own of at most
/// `rowsPerPage` rows, so every page stays light enough for a phone while no row is dropped.
struct TablePages {
    /// A table with more rows than this leaves the period page for pages of its own.
    static let inlineLimit = 100
    /// The most rows one page holds; a longer table continues on the next page.
    static let rowsPerPage = 1000

    /// The first page's path without `.html` (`periods/2024-06/xep-hang/cap-xa`); later pages
    /// add `-2`, `-3`, ….
    let stem: String
    /// How many rows the whole table has.
    let rows: Int

    /// True when a table of `rows` rows goes on pages of its own.
    static func isSplit(_ rows: Int) -> Bool { rows > inlineLimit }

    /// How many pages the table takes.
    var count: Int { max(1, (rows + Self.rowsPerPage - 1) / Self.rowsPerPage) }

    /// The path of page `page`, counted from 1.
    func path(page: Int) -> String { stem + (page > 1 ? "-" + String(page) : "") + ".html" }

    /// The rows page `page` shows.
    func rows(page: Int) -> Range<Int> { (page - 1) * Self.rowsPerPage..<min(page * Self.rowsPerPage, rows) }

    /// The period page's link to the first page: the path relative to the period's folder, and
    /// the table's size in units and pages.
    func link(title: String, period id: String, strings: Strings) -> [String: Any] {
        [
            "title": title,
            "href": String(path(page: 1).dropFirst(OutputLayout.periodFolder(id).count)),
            "size": strings[.tableSize, ["units": DisplayNumber.count(rows), "pages": String(count)]],
        ]
    }

    /// A job per page; `table` makes the HTML of a page's rows, given the page's root prefix.
    func jobs(
        title: String, period: Period, model: SiteModel, theme: Theme, note: String? = nil,
        table: @escaping @Sendable (_ rows: Range<Int>, _ root: String) -> String
    ) -> [OutputJob] {
        (1...count).map { page in
            OutputJob(path: path(page: page)) {
                render(page: page, title: title, period: period, model: model, theme: theme, note: note, table: table).bytes
            }
        }
    }

    /// Page `page`, with links to the other pages and back to the period.
    func render(
        page: Int, title: String, period: Period, model: SiteModel, theme: Theme, note: String?,
        table: (_ rows: Range<Int>, _ root: String) -> String
    ) -> OutputFile {
        let path = path(page: page)
        let root = SitePaths.root(of: path)
        let strings = model.strings
        var context = model.layout.context(path: path, title: title + " · " + period.label, section: .navPeriods)
        var heading: [String: Any] = ["title": title, "period": period.label, "period_href": root + SitePaths.period(period.id)]
        if count > 1 { heading["part"] = strings[.tablePart, ["page": String(page), "of": String(count)]] }
        if let note { heading["note"] = note }
        context["table_page"] = heading
        context["table"] = table(rows(page: page), root)
        let target = { (other: Int) in Pager.Target(path: self.path(page: other), label: strings[.tablePage, ["page": String(other)]]) }
        context["pager"] = Pager.context(
            label: strings[.pagerTable], previous: page > 1 ? target(page - 1) : nil, next: page < count ? target(page + 1) : nil, root: root,
            strings: strings, kind: (.previousPage, .nextPage))
        return OutputFile(path: path, text: theme.render(.table, context))
    }
}
