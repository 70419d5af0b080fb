/// `periods/<id>/index.html`: the period's report in the reader's order: headline figures, the
/// verdict, the units that need attention and who moved, the commentary, the key indicators by
/// group, the official form's summary table. It prints as the annex (phụ lục) of a letter.
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
        context["annex"] = AnnexHeading.context(period.period, model: model)
        context["body_class"] = "annex"
        context["verdict"] = VerdictText.sentence(index, model: model)
        context["parts_note"] = PartsNote.text(index, model: model)
        context["changes"] = ChangesText.context(period: index, root: root, model: model)
        context["notes"] = period.data.notes.map { Markdown.html($0, headingsFrom: 3) }
        context["figures"] = Headlines.list(of: nil, period: index, model: model)
        context["standing"] = StandingList.context(index, model: model)
        context["attention"] = AttentionPages.context(period, root: root, model: model)
        context["movers"] = TemplateList.of(model.report.site.groups.compactMap { group -> [String: Any]? in
            let list = MoversList.html(group, period: index, root: root, model: model)
            return list.isEmpty ? nil : ["label": group.label, "list": list]
        })
        context["matrices"] = TemplateList.of(matrices(index, root: root, model: model))
        context["rankings_href"] = "xep-hang/index.html"
        let summary = SummaryPages.context(period, root: root, model: model)
        context["summary"] = summary.table
        context["summary_pages"] = TemplateList.of(summary.links)
        context["workbook_href"] = SummaryWorkbook.fileName(period.period.id)
        context["has_reported"] = period.values.values.contains { values in SummaryColumns.rates.contains { values[$0]?.source == .reported } }
        let target = { (other: Int) in Pager.Target(path: SitePaths.period(model.report.periods[other].period.id), label: model.report.periods[other].period.label) }
        context["pager"] = Pager.context(
            label: strings[.pagerPeriods], previous: model.timeline.previous(of: index, in: model.report).map(target),
            next: model.timeline.next(of: index, in: model.report).map(target), root: root, strings: strings, kind: (.previousPeriod, .nextPeriod))
        return OutputFile(path: path, text: theme.render(.period, context))
    }

    /// Per group of the period, the matrix of its key indicators, or for a group too large for
    /// the page a link to its table of places.
    static func matrices(_ index: Int, root: String, model: SiteModel) -> [[String: Any]] {
        let period = model.report.periods[index]
        return SummaryPages.groups(period, model: model).compactMap { group -> [String: Any]? in
            guard TablePages.isSplit(group.units.count) else {
                let table = KeyMatrixTable.html(group, period: index, root: root, model: model)
                return table.isEmpty ? nil : ["id": "chi-tieu-" + group.id, "label": group.label, "table": table]
            }
            let rankings = RankGridTable.rankings(of: group.id, in: period)
            guard !rankings.isEmpty else { return nil }
            return ["label": group.label, "link": RankingPages.pages(rankings, group: group.id, period: period.period.id)
                .link(title: RankingPages.title(group: group.label, model.strings), period: period.period.id, strings: model.strings)]
        }
    }

    /// For each target: its indicator and threshold, and how many units meet it; a target no
    /// unit has a value for says so instead of «0/0».
    static func targets(_ period: PeriodReport, model: SiteModel) -> [[String: Any]] {
        let strings = model.strings
        return period.targets.map { summary in
            [
                "label": strings.name(of: summary.target.indicator),
                "target": strings[.targetValue, ["value": DisplayValue.threshold(summary.target.threshold, of: summary.target.indicator)]],
                "count": summary.withValue == 0
                    ? strings[.targetNoUnits] : strings[.targetCount, ["meeting": String(summary.meeting), "of": String(summary.withValue)]],
            ]
        }
    }
}
