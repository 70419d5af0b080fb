/// The data files of the site: data.json, data.csv and the summary workbook per period, data.csv per unit.
public enum DataFiles {
    /// A job per data file of the site, in path order; `strings` are the theme's, for the workbooks' headings.
    ///
    /// - Complexity: O(P + U) to plan; each file then costs O(its rows × indicators).
    public static func jobs(_ report: Report, strings themeStrings: Strings) -> [OutputJob] {
        let strings = themeStrings.speaking(for: report.site.level)
        let inOrder = report.index.unitsInNameOrder
        let periods = report.periods.flatMap { period in
            let folder = OutputLayout.periodFolder(period.period.id)
            return [
                OutputJob(path: folder + "data.json") { PeriodJSON.render(period, in: report) },
                OutputJob(path: folder + "data.csv") { DataCSV.period(period, in: report) },
                OutputJob(path: folder + SummaryWorkbook.fileName(period.period.id)) {
                    SummaryWorkbook.render(period, units: SummaryTable.listed(inOrder, in: period), report: report, strings: strings)
                },
            ]
        }
        let units = report.units.map { unit in OutputJob(path: OutputLayout.unitFolder(unit.id) + "data.csv") { DataCSV.unit(unit, in: report) } }
        return (periods + units).sorted { $0.path < $1.path }
    }

    /// Every data file, made now on every core, in path order.
    public static func render(_ report: Report, strings: Strings) -> [OutputFile] {
        ParallelMap.map(jobs(report, strings: strings)) { $0.file }
    }
}
