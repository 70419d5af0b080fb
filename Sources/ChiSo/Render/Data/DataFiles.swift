/// The machine-readable outputs of the contract: data.json and data.csv per period, data.csv per unit.
public enum DataFiles {
    /// Every data file of the site, in path order.
    ///
    /// - Complexity: O(P × U × I) over periods, units and indicators, rendered in parallel.
    public static func render(_ report: Report) -> [OutputFile] {
        let periods = ParallelMap.map(report.periods) { period in
            [
                OutputFile(path: "periods/\(period.period.id)/data.json", text: PeriodJSON.render(period, in: report)),
                OutputFile(path: "periods/\(period.period.id)/data.csv", text: DataCSV.period(period, in: report)),
            ]
        }
        let units = ParallelMap.map(report.units) { unit in
            OutputFile(path: "units/\(unit.id)/data.csv", text: DataCSV.unit(unit, in: report))
        }
        return (periods.flatMap { $0 } + units).sorted { $0.path < $1.path }
    }
}
