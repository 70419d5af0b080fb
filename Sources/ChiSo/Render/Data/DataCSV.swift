/// Renders `periods/<id>/data.csv` and `units/<id>/data.csv`.
enum DataCSV {
    static let ranked = Indicator.allCases.filter { $0.better != nil }

    static var indicatorHeader: [String] { Indicator.allCases.map(\.rawValue) + ranked.map { "rank_\($0.rawValue)" } }

    /// One row per unit that reported (Vietnamese name order), then the total row.
    ///
    /// - Complexity: O(units × indicators).
    static func period(_ period: PeriodReport, in report: Report) -> String {
        let units = PeriodJSON.reportedUnits(period, report)
        var text = CSVText.row(["unit", "name", "kind", "group"] + indicatorHeader)
        text.reserveCapacity(text.utf8.count + (units.count + 1) * 320)
        for unit in units {
            text += unit.id
            text += ","
            text += CSVText.text(unit.name)
            text += ","
            text += unit.kind.rawValue
            text += ","
            text += report.groupOf[unit.id] ?? ""
            cells(period.values[unit.id] ?? IndicatorValues(), places: period.places[unit.id], into: &text)
        }
        text += ",Tổng cộng,,"
        cells(period.total, places: nil, into: &text)
        return text
    }

    /// One row per period of the unit's span, ordered by end date; empty cells where it has no value.
    ///
    /// - Complexity: O(periods × indicators).
    static func unit(_ unit: Unit, in report: Report) -> String {
        var text = CSVText.row(["period", "label", "start", "end", "kind"] + indicatorHeader)
        text.reserveCapacity(text.utf8.count + report.periods.count * 320)
        for period in report.periods where unit.exists(during: period.period) {
            let info = period.period
            text += info.id
            text += ","
            text += CSVText.text(info.label)
            text += ",\(info.start),\(info.end),"
            text += info.kind.rawValue
            cells(period.values[unit.id] ?? IndicatorValues(), places: period.places[unit.id], into: &text)
        }
        return text
    }

    /// `,value,…,rank,…` and the line end: every indicator's value, then every ranked one's rank.
    private static func cells(_ values: IndicatorValues, places: UnitPlaces?, into text: inout String) {
        for indicator in Indicator.allCases {
            text += ","
            if let value = values[indicator] { text += DataNumber.text(value.value) }
        }
        for indicator in ranked {
            text += ","
            if let place = places?[indicator] { text += String(place.rank) }
        }
        text += "\n"
    }
}
