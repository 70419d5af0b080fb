/// The machine-readable outputs of the contract: data.json and data.csv per period, data.csv per unit.
public enum DataFiles {
    /// A job per data file of the site, in path order.
    ///
    /// - Complexity: O(P + U) to plan; each file then costs O(its rows × indicators).
    public static func jobs(_ report: Report) -> [OutputJob] {
        let periods = report.periods.flatMap { period in
            [
                OutputJob(path: "periods/\(period.period.id)/data.json") { PeriodJSON.render(period, in: report) },
                OutputJob(path: "periods/\(period.period.id)/data.csv") { DataCSV.period(period, in: report) },
            ]
        }
        let units = report.units.map { unit in OutputJob(path: "units/\(unit.id)/data.csv") { DataCSV.unit(unit, in: report) } }
        return (periods + units).sorted { $0.path < $1.path }
    }

    /// Every data file, made now on every core, in path order.
    public static func render(_ report: Report) -> [OutputFile] { ParallelMap.map(jobs(report)) { $0.file } }
}
