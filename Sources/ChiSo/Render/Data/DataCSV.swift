/// Renders `periods/<id>/data.csv` and `units/<id>/data.csv`.
enum DataCSV {
    static let ranked = Indicator.allCases.filter { $0.better != nil }

    static var indicatorHeader: [String] { Indicator.allCases.map(\.rawValue) + ranked.map { "rank_\($0.rawValue)" } }

    /// One row per unit that reported (Vietnamese name order), then the total row.
    ///
    /// - Complexity: O(units × indicators).
    static func period(_ period: PeriodReport, in report: Report) -> String {
        var text = CSVText.row(["unit", "name", "kind", "group"] + indicatorHeader)
        for unit in PeriodJSON.reportedUnits(period, report) {
            let identity = [unit.id, CSVText.text(unit.name), unit.kind.rawValue, report.groupOf[unit.id] ?? ""]
            text += CSVText.row(identity + cells(period.values[unit.id] ?? IndicatorValues(), places: period.places, unitID: unit.id))
        }
        text += CSVText.row(["", "Tổng cộng", "", ""] + cells(period.total, places: nil, unitID: ""))
        return text
    }

    /// One row per period of the unit's span, ordered by end date; empty cells where it has no value.
    ///
    /// - Complexity: O(periods × indicators).
    static func unit(_ unit: Unit, in report: Report) -> String {
        var text = CSVText.row(["period", "label", "start", "end", "kind"] + indicatorHeader)
        for period in report.periods where unit.exists(during: period.period) {
            let info = period.period
            let identity = [info.id, CSVText.text(info.label), "\(info.start)", "\(info.end)", info.kind.rawValue]
            text += CSVText.row(identity + cells(period.values[unit.id] ?? IndicatorValues(), places: period.places, unitID: unit.id))
        }
        return text
    }

    private static func cells(_ values: IndicatorValues, places: RankPlaces?, unitID: String) -> [String] {
        let unitPlaces = places?[unitID]
        return Indicator.allCases.map { values[$0].map { DataNumber.text($0.value) } ?? "" }
            + ranked.map { unitPlaces?[$0].map { String($0.rank) } ?? "" }
    }
}
