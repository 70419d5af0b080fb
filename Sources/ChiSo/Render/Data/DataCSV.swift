/// Renders `periods/<id>/data.csv` and `units/<id>/data.csv`, each starting with the byte order mark.
enum DataCSV {
    static let ranked = Indicator.allCases.filter { $0.better != nil }

    static var indicatorHeader: [String] { Indicator.allCases.map(\.rawValue) + ranked.map { "rank_\($0.rawValue)" } }

    /// One row per unit that reported (Vietnamese name order), then the total row.
    ///
    /// - Complexity: O(units × indicators).
    static func period(_ period: PeriodReport, in report: Report) -> [UInt8] {
        let units = PeriodJSON.reportedUnits(period, report)
        var text = DataBytes(capacity: 1024 + (units.count + 1) * 400)
        text.raw(CSVText.byteOrderMark)
        text.raw(CSVText.row(["unit", "name", "kind", "group"] + indicatorHeader))
        for unit in units {
            text.raw(unit.id)
            text.raw(",")
            text.raw(CSVText.text(unit.name))
            text.raw(",")
            text.raw(unit.kind.rawValue)
            text.raw(",")
            text.raw(report.groupOf[unit.id] ?? "")
            cells(period.values[unit.id] ?? IndicatorValues(), places: period.places[unit.id], into: &text)
        }
        text.raw(",Tổng cộng,,")
        cells(period.total, places: nil, into: &text)
        return text.bytes
    }

    /// One row per period of the unit's span, ordered by end date, `basis` `reported`; before it,
    /// one per period its predecessors' figures are combined for, `basis` `predecessors`, unranked;
    /// empty cells where it has no value.
    ///
    /// - Complexity: O(periods × indicators).
    static func unit(_ unit: Unit, in report: Report) -> [UInt8] {
        var text = DataBytes(capacity: 1024 + report.periods.count * 400)
        text.raw(CSVText.byteOrderMark)
        text.raw(CSVText.row(["period", "label", "start", "end", "kind", "basis"] + indicatorHeader))
        for period in report.periods {
            let combined = period.combined[unit.id]
            guard unit.exists(during: period.period) || combined != nil else { continue }
            let info = period.period
            text.raw(info.id)
            text.raw(",")
            text.raw(CSVText.text(info.label))
            text.raw(",\(info.start),\(info.end),")
            text.raw(info.kind.rawValue)
            text.raw(combined == nil ? ",reported" : ",predecessors")
            cells(period.values[unit.id] ?? combined?.values ?? IndicatorValues(), places: period.places[unit.id], into: &text)
        }
        return text.bytes
    }

    /// `,value,…,rank,…` and the line end: every indicator's value, then every ranked one's rank.
    private static func cells(_ values: IndicatorValues, places: UnitPlaces?, into text: inout DataBytes) {
        for indicator in Indicator.allCases {
            text.byte(UInt8(ascii: ","))
            if let value = values[indicator] { text.number(value.value) }
        }
        for indicator in ranked {
            text.byte(UInt8(ascii: ","))
            if let place = places?[indicator] { text.integer(place.rank) }
        }
        text.byte(UInt8(ascii: "\n"))
    }
}
