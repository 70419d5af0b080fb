/// Renders `periods/<id>/data.json` (shape: `PeriodDataFile`).
enum PeriodJSON {
    /// `"on_time_rate":`, … for every indicator, in catalogue order: keys written without escaping each time.
    private static let valueKeys = Indicator.allCases.map { "\"" + $0.rawValue + "\":" }
    /// The same for the ranked indicators.
    private static let rankKeys = DataCSV.ranked.map { "\"" + $0.rawValue + "\":" }

    /// One unit per line, no spaces between tokens: at 10,000 units the file is a tenth smaller.
    ///
    /// - Complexity: O(units × indicators + rankings × units) for the period.
    static func render(_ period: PeriodReport, in report: Report) -> [UInt8] {
        let units = reportedUnits(period, report)
        var json = DataBytes(capacity: 1024 + units.count * 1300)
        let info = period.period
        json.raw("{\"period\":{\"id\":")
        json.jsonString(info.id)
        json.raw(",\"label\":")
        json.jsonString(info.label)
        json.raw(",\"start\":\"\(info.start)\",\"end\":\"\(info.end)\",\"kind\":\"\(info.kind.rawValue)\"},\n\"total\":{")
        fields(period.total, into: &json)
        json.raw("},\n\"units\":[")
        for (position, unit) in units.enumerated() {
            json.raw(position == 0 ? "\n{\"id\":" : ",\n{\"id\":")
            json.jsonString(unit.id)
            json.raw(",\"name\":")
            json.jsonString(unit.name)
            json.raw(",\"kind\":\"")
            json.raw(unit.kind.rawValue)
            json.raw("\",\"group\":")
            if let group = report.groupOf[unit.id] { json.jsonString(group) } else { json.raw("null") }
            json.raw(",")
            fields(period.values[unit.id] ?? IndicatorValues(), into: &json)
            json.raw(",\"ranks\":{")
            let places = period.places[unit.id]
            for (position, indicator) in DataCSV.ranked.enumerated() {
                if position > 0 { json.raw(",") }
                json.raw(rankKeys[position])
                guard let place = places[indicator] else {
                    json.raw("null")
                    continue
                }
                json.raw("{\"rank\":")
                json.integer(place.rank)
                json.raw(",\"of\":")
                json.integer(place.of)
                json.raw(",\"tied\":")
                json.integer(place.tied)
                switch place.movement {
                case .up(let by):
                    json.raw(",\"movement\":\"up\",\"by\":")
                    json.integer(by)
                case .down(let by):
                    json.raw(",\"movement\":\"down\",\"by\":")
                    json.integer(by)
                case .same: json.raw(",\"movement\":\"same\",\"by\":null")
                case .withinTie: json.raw(",\"movement\":\"within_tie\",\"by\":null")
                case .new, nil: json.raw(",\"movement\":\"new\",\"by\":null")
                }
                json.raw("}")
            }
            json.raw("}}")
        }
        json.raw("\n]}\n")
        return json.bytes
    }

    /// `"values":{…},"reported":[…]`: every indicator (null for no value), and those taken
    /// from a reported rate.
    private static func fields(_ values: IndicatorValues, into json: inout DataBytes) {
        json.raw("\"values\":{")
        for (position, indicator) in Indicator.allCases.enumerated() {
            if position > 0 { json.raw(",") }
            json.raw(valueKeys[position])
            json.jsonNumber(values[indicator]?.value)
        }
        json.raw("},\"reported\":[")
        var first = true
        for indicator in Indicator.allCases where values[indicator]?.source == .reported {
            json.raw(first ? "\"" : ",\"")
            json.raw(indicator.rawValue)
            json.raw("\"")
            first = false
        }
        json.raw("]")
    }

    /// The units with a record in the period, in Vietnamese name order.
    static func reportedUnits(_ period: PeriodReport, _ report: Report) -> [Unit] {
        report.index.unitsInNameOrder.filter { period.values[$0.id] != nil }
    }
}
