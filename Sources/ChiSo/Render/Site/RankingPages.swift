/// Ranking tables too long for the period page: a page (or several) of their own, so every page
/// stays light enough for a phone while no row is dropped.
enum RankingPages {
    /// A group with more units than this has its ranking tables on pages of their own.
    static let inlineLimit = 100
    /// The most rows one ranking page holds; a longer table continues on the next page.
    static let rowsPerPage = 1000

    /// True when `ranking`'s table goes on pages of its own.
    static func isSplit(_ ranking: Ranking) -> Bool { ranking.entries.count > inlineLimit }

    /// How many pages `ranking`'s table takes.
    static func pageCount(_ ranking: Ranking) -> Int { max(1, (ranking.entries.count + rowsPerPage - 1) / rowsPerPage) }

    /// `periods/2024-06/xep-hang/cap-xa-on-time-rate.html`, then `…-2.html` for the second page.
    static func path(_ ranking: Ranking, period id: String, page: Int) -> String {
        "periods/" + id + "/xep-hang/" + RankingTable.anchor(ranking).dropFirst("xh-".count) + (page > 1 ? "-" + String(page) : "") + ".html"
    }

    /// A job per page of every split ranking table of the period at `index`.
    static func jobs(period index: Int, model: SiteModel, theme: Theme) -> [OutputJob] {
        let period = model.report.periods[index]
        return period.rankings.filter { isSplit($0) && $0.ranked > 0 }.flatMap { ranking in
            (1...pageCount(ranking)).map { page in
                OutputJob(path: path(ranking, period: period.period.id, page: page)) {
                    render(ranking, page: page, period: index, model: model, theme: theme).bytes
                }
            }
        }
    }

    /// One page of a split ranking table, with links to its other pages and back to the period.
    static func render(_ ranking: Ranking, page: Int, period index: Int, model: SiteModel, theme: Theme) -> OutputFile {
        let period = model.report.periods[index].period
        let path = path(ranking, period: period.id, page: page)
        let root = SitePaths.root(of: path)
        let strings = model.strings
        let label = model.report.site.groups.first { $0.id == ranking.groupID }?.label ?? ranking.groupID
        let title = strings[.rankingCaption, ["indicator": strings.name(of: ranking.indicator), "group": label]]
        let count = pageCount(ranking)
        var context = model.layout.context(path: path, title: title + " · " + period.label, section: .navPeriods)
        context["ranking"] = [
            "title": title,
            "period": period.label,
            "period_href": root + SitePaths.period(period.id),
            "part": count > 1 ? strings[.rankingPart, ["page": String(page), "of": String(count)]] : "",
        ]
        let rows = (page - 1) * rowsPerPage..<min(page * rowsPerPage, ranking.entries.count)
        context["table"] = RankingTable.html(ranking, label: label, period: index, root: root, model: model, rows: rows)
        let target = { (other: Int) in Pager.Target(path: RankingPages.path(ranking, period: period.id, page: other), label: strings[.rankingPage, ["page": String(other)]]) }
        context["pager"] = Pager.context(
            label: strings[.pagerRanking], previous: page > 1 ? target(page - 1) : nil, next: page < count ? target(page + 1) : nil, root: root,
            strings: strings, kind: (.previousPage, .nextPage))
        return OutputFile(path: path, text: theme.render(.ranking, context))
    }
}
