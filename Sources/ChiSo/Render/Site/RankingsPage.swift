/// `periods/<id>/xep-hang/index.html`: a period's ranking on every indicator, one table each,
/// off the period page's main path; a large group's places are linked on pages of their own.
enum RankingsPage {
    static func path(_ period: String) -> String { OutputLayout.periodFolder(period) + "xep-hang/index.html" }

    static func render(_ index: Int, model: SiteModel, theme: Theme) -> OutputFile {
        let period = model.report.periods[index]
        let path = path(period.period.id)
        let root = SitePaths.root(of: path)
        let strings = model.strings
        let title = strings[.rankingsTitle, ["period": period.period.label]]
        var context = model.layout.context(path: path, title: title, section: .navPeriods)
        context["heading"] = ["title": title, "period": period.period.label, "period_href": root + SitePaths.period(period.period.id)]
        let rankings = items(index, root: root, model: model)
        context["rankings"] = TemplateList.of(rankings.items)
        context["unranked"] = rankings.unranked.isEmpty ? nil : strings[.rankingsMissing, ["indicators": rankings.unranked.joined(separator: ", ")]]
        return OutputFile(path: path, text: theme.render(.rankings, context))
    }

    /// A table per indicator for a small group, a link to the table of places for a large one;
    /// and the indicators no unit could be ranked on.
    static func items(_ index: Int, root: String, model: SiteModel) -> (items: [[String: Any]], unranked: [String]) {
        let period = model.report.periods[index]
        let strings = model.strings
        var items: [[String: Any]] = []
        var unranked: [String] = []
        for group in model.report.site.groups {
            for ranking in period.rankings where ranking.groupID == group.id && ranking.ranked == 0 {
                if !unranked.contains(strings.name(of: ranking.indicator)) { unranked.append(strings.name(of: ranking.indicator)) }
            }
            let ranked = RankGridTable.rankings(of: group.id, in: period)
            if RankingPages.isSplit(ranked) {
                var link = RankingPages.pages(ranked, group: group.id, period: period.period.id)
                    .link(title: RankingPages.title(group: group.label, strings), period: period.period.id, strings: strings)
                link["href"] = root + OutputLayout.periodFolder(period.period.id) + (link["href"] as? String ?? "")
                items.append(link)
                continue
            }
            for ranking in ranked {
                let title = strings[.rankingCaption, ["indicator": strings.name(of: ranking.indicator), "group": group.label]]
                items.append(["title": title, "table": RankingTable.html(ranking, label: group.label, period: index, root: root, model: model)])
            }
        }
        return (items, unranked)
    }
}
