/// The render stage for pages: every HTML page of the site and the theme's assets.
public enum SitePages {
    /// A job per page of `edition`, plus the theme's assets, in path order. The current site also
    /// gets the archives page when there are archives.
    ///
    /// - Complexity: O(P + U) to plan; each page then costs O(its own periods × indicators).
    public static func jobs(_ report: Report, theme: Theme, edition: SiteEdition = SiteEdition()) -> [OutputJob] {
        let model = SiteModel(report: report, strings: theme.strings, edition: edition)
        var jobs = [
            OutputJob(path: SitePaths.home) { IndexPage.render(model, theme: theme).bytes },
            OutputJob(path: SitePaths.periods) { PeriodsPage.render(model, theme: theme).bytes },
            OutputJob(path: SitePaths.units) { UnitsPage.render(model, theme: theme).bytes },
            OutputJob(path: SitePaths.methods) { MethodsPage.render(model, theme: theme).bytes },
            OutputJob(path: SitePaths.notFound) { TextPages.notFound(model, theme: theme).bytes },
        ]
        if edition.archived == nil, !edition.archives.isEmpty {
            jobs.append(OutputJob(path: SitePaths.archives) { ArchivesPage.render(model, theme: theme).bytes })
        }
        jobs += report.pages.map { page in OutputJob(path: SitePaths.page(page.id)) { TextPages.render(page, model: model, theme: theme).bytes } }
        jobs += report.periods.indices.map { index in
            OutputJob(path: SitePaths.period(report.periods[index].period.id)) { PeriodPage.render(index, model: model, theme: theme).bytes }
        }
        jobs += report.periods.indices.flatMap { index in
            [OutputJob(path: RankingsPage.path(report.periods[index].period.id)) { RankingsPage.render(index, model: model, theme: theme).bytes }]
                + SummaryPages.jobs(period: index, model: model, theme: theme) + RankingPages.jobs(period: index, model: model, theme: theme)
                + AttentionPages.jobs(period: index, model: model, theme: theme)
        }
        jobs += report.units.map { unit in OutputJob(path: SitePaths.unit(unit.id)) { UnitPage.render(unit, model: model, theme: theme).bytes } }
        return (jobs + theme.assets.map(OutputJob.init)).sorted { $0.path < $1.path }
    }

    /// Every page and asset, made now on every core, in path order.
    public static func render(_ report: Report, theme: Theme, edition: SiteEdition = SiteEdition()) -> [OutputFile] {
        ParallelMap.map(jobs(report, theme: theme, edition: edition)) { $0.file }
    }
}
