/// `index.html`: the latest period at a glance, and links to every period and unit.
enum IndexPage {
    /// The district's rates charted on the overview, each on its own chart.
    static let mainRates: [Indicator] = [.onTimeRate, .onlineRate, .fullDigitizationRate, .onlinePaymentRate]

    static func render(_ model: SiteModel, theme: Theme) -> OutputFile {
        let path = SitePaths.home
        let strings = model.strings
        var context = model.layout.context(path: path, title: model.report.site.title, section: .navHome)
        if let index = model.latest {
            let period = model.report.periods[index]
            let kindPeriods = model.timeline.periods(of: period.period.kind)
            context["latest"] = [
                "heading": strings[.latestHeading, ["period": period.period.label]],
                "dates": strings[.periodDates, ["start": DisplayDate.text(period.period.start), "end": DisplayDate.text(period.period.end)]],
                "href": SitePaths.period(period.period.id),
                "label": period.period.label,
                "verdict": VerdictText.sentence(index, model: model),
            ]
            context["figures"] = Headlines.list(of: nil, period: index, model: model)
            context["changes"] = ChangesText.context(period: index, root: "", model: model)
            context["standing"] = StandingList.context(index, model: model)
            context["targets"] = TemplateList.of(PeriodPage.targets(period, model: model))
            context["attention"] = AttentionPages.context(period, root: "", model: model)
            let charts = mainRates.filter { !model.series($0, of: nil, over: kindPeriods).allSatisfy { $0 == nil } }
            if !charts.isEmpty {
                context["chart"] = "<div class=\"charts\">\n" + charts.map { SiteCharts.district($0, over: kindPeriods, model: model) }.joined(separator: "\n") + "\n</div>"
            }
        }
        context["list_heading"] = "h3"
        context["period_kinds"] = PeriodsPage.kinds(model, root: "")
        context["groups"] = UnitsPage.groups(model, root: "")
        return OutputFile(path: path, text: theme.render(.index, context))
    }
}
