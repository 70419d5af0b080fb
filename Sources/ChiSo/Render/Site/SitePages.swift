/// The render stage for pages: every HTML page of the site and the theme's assets.
public enum SitePages {
    /// Every page of `edition`, rendered in parallel, plus the theme's assets; in path order. The
    /// current site also gets the archives page when there are archives.
    ///
    /// - Complexity: O(P × U × I) over periods, units and indicators.
    public static func render(
        _ report: Report, theme: Theme, edition: SiteEdition = SiteEdition(), progress: (@Sendable (BuildProgress) -> Void)? = nil
    ) -> [OutputFile] {
        let model = SiteModel(report: report, strings: theme.strings, edition: edition)
        let counter = PageCounter(total: report.periods.count + report.units.count, handler: progress)
        var files = [IndexPage.render(model, theme: theme), PeriodsPage.render(model, theme: theme), UnitsPage.render(model, theme: theme)]
        if edition.archived == nil, !edition.archives.isEmpty { files.append(ArchivesPage.render(model, theme: theme)) }
        files.append(TextPages.notFound(model, theme: theme))
        files += report.pages.map { TextPages.render($0, model: model, theme: theme) }
        files += ParallelMap.map(Array(report.periods.indices)) { index in
            defer { counter.tick() }
            return PeriodPage.render(index, model: model, theme: theme)
        }
        files += ParallelMap.map(report.units) { unit in
            defer { counter.tick() }
            return UnitPage.render(unit, model: model, theme: theme)
        }
        return (files + theme.assets).sorted { $0.path < $1.path }
    }
}
