/// `periods/<id>/index.html`: the period's report: narrative, summary table, rankings.
enum PeriodPage {
    static func render(_ index: Int, model: SiteModel, theme: Theme) -> OutputFile {
        let period = model.report.periods[index]
        let path = SitePaths.period(period.period.id)
        let root = SitePaths.root(of: path)
        let strings = model.strings
        var context = model.layout.context(path: path, title: period.period.label, section: .navPeriods)
        context["period"] = [
            "label": period.period.label,
            "kind": strings.name(of: period.period.kind),
            "dates": strings[.periodDates, ["start": DisplayDate.text(period.period.start), "end": DisplayDate.text(period.period.end)]],
        ]
        context["notes"] = period.data.notes.map { Markdown.html($0, headingsFrom: 3) }
        context["figures"] = TemplateList.of(Headlines.figures(of: nil, period: index, model: model))
        context["standing"] = StandingList.context(index, model: model)
        context["targets"] = TemplateList.of(targets(period, model: model))
        let summary = SummaryPages.context(period, root: root, model: model)
        context["summary"] = summary.table
        context["summary_pages"] = TemplateList.of(summary.links)
        context["has_reported"] = period.values.values.contains { values in SummaryColumns.rates.contains { values[$0]?.source == .reported } }
        let rankings = rankings(index, root: root, model: model)
        context["rankings"] = TemplateList.of(rankings.items)
        context["unranked"] = rankings.unranked.isEmpty ? nil : strings[.rankingsMissing, ["indicators": rankings.unranked.joined(separator: ", ")]]
        context["attention"] = AttentionPages.context(period, root: root, model: model)
        let target = { (other: Int) in Pager.Target(path: SitePaths.period(model.report.periods[other].period.id), label: model.report.periods[other].period.label) }
        context["pager"] = Pager.context(
            label: strings[.pagerPeriods], previous: model.timeline.previous(of: index, in: model.report).map(target),
            next: model.timeline.next(of: index, in: model.report).map(target), root: root, strings: strings, kind: (.previousPeriod, .nextPeriod))
        return OutputFile(path: path, text: theme.render(.period, context))
    }

    /// The rankings part: a table per indicator for a small group, a link to the table of
    /// places for a large one; and the indicators no unit could be ranked on.
    static func rankings(_ index: Int, root: String, model: SiteModel) -> (items: [[String: Any]], unranked: [String]) {
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
                let pages = RankingPages.pages(ranked, group: group.id, period: period.period.id)
                items.append(pages.link(title: RankingPages.title(group: group.label, strings), period: period.period.id, strings: strings))
                continue
            }
            for ranking in ranked {
                let title = strings[.rankingCaption, ["indicator": strings.name(of: ranking.indicator), "group": group.label]]
                items.append(["title": title, "table": RankingTable.html(ranking, label: group.label, period: index, root: root, model: model)])
            }
        }
        return (items, unranked)
    }

    /// For each target: its indicator and threshold, and how many units meet it.
    static func targets(_ period: PeriodReport, model: SiteModel) -> [[String: Any]] {
        let strings = model.strings
        return period.targets.map { summary in
            [
                "label": strings.name(of: summary.target.indicator),
                "target": strings[.targetValue, ["value": DisplayValue.threshold(summary.target.threshold, of: summary.target.indicator)]],
                "count": strings[.targetCount, ["meeting": String(summary.meeting), "of": String(summary.withValue)]],
            ]
        }
    }
}
