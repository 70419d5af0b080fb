/// The render stage for pages: every HTML page of the site and the theme's assets.
public enum SitePages {
    /// Every page, rendered in parallel, plus the theme's assets; in path order.
    ///
    /// - Complexity: O(P × U × I) over periods, units and indicators.
    public static func render(_ report: Report, theme: Theme) -> [OutputFile] {
        let model = SiteModel(report: report, strings: theme.strings)
        var files = [IndexPage.render(model, theme: theme), PeriodsPage.render(model, theme: theme), UnitsPage.render(model, theme: theme)]
        files.append(TextPages.notFound(model, theme: theme))
        files += report.pages.map { TextPages.render($0, model: model, theme: theme) }
        files += ParallelMap.map(Array(report.periods.indices)) { PeriodPage.render($0, model: model, theme: theme) }
        files += ParallelMap.map(report.units) { UnitPage.render($0, model: model, theme: theme) }
        return (files + theme.assets).sorted { $0.path < $1.path }
    }
}
