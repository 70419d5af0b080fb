/// A group's units × the key indicators in one period, the shape of seed 002's table: per
/// cell the value, a mark where it misses its target, and the rank k/n with a real move.
enum KeyMatrixTable {
    /// The indicators the period report leads with, the directives' concerns in catalogue order.
    static let indicators: [Indicator] = [.onTimeRate, .overdue, .onlineRate, .fullDigitizationRate, .onlinePaymentRate, .eReceiptRate, .apologyRate]

    /// The key indicators at least one of `units` has a value for in the period at `index`; for a
    /// period with none of them (a table of digitisation rates only), every ranked indicator
    /// that has a value.
    static func shown(_ units: [Unit], period index: Int, model: SiteModel) -> [Indicator] {
        let values = units.compactMap { model.report.index.number(of: $0.id).flatMap { model.values(period: index, unit: $0) } }
        let key = indicators.filter { indicator in values.contains { $0[indicator] != nil } }
        guard key.isEmpty else { return key }
        return Indicator.allCases.filter { indicator in indicator.better != nil && values.contains { $0[indicator] != nil } }
    }

    /// The table of `group` in the period at `index`, its units in name order.
    ///
    /// - Complexity: O(units × indicators).
    static func html(_ group: UnitGroup, period index: Int, root: String, model: SiteModel) -> String {
        let strings = model.strings
        let period = model.report.periods[index]
        let columns = shown(group.units, period: index, model: model)
        guard !columns.isEmpty else { return "" }
        let caption = strings[.matrixCaption, ["group": group.label, "period": period.period.label]]
        var html = Markup(capacity: 512 + group.units.count * (120 + columns.count * 160))
        html += "<table class=\"matrix\">\n<caption>\(text: caption)</caption>\n<thead><tr><th scope=\"col\">"
        html += "\(text: strings[.colUnit])</th>"
        let unitValues = group.units.map { unit in model.report.index.number(of: unit.id).flatMap { model.values(period: index, unit: $0) } }
        for indicator in columns {
            html += "<th scope=\"col\">\(text: strings.name(of: indicator))"
            if let target = model.target(indicator) {
                let values = unitValues.compactMap { $0?[indicator]?.value }
                var text = strings[.targetValue, ["value": DisplayValue.threshold(target.threshold, of: indicator)]]
                if !values.isEmpty {
                    let meeting = String(values.count { target.isMet(by: $0) })
                    text += ": \(strings[.targetCount, ["meeting": meeting, "of": String(values.count)]])"
                }
                html += "<small>\(text: text)</small>"
            }
            html += "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        let placeText = model.placeText
        let missed = strings[.missedMark], missedSaid = strings[.targetMissed]
        for unit in group.units {
            html += "<tr><th scope=\"row\">"
            let position = model.appendUnitLink(unit.id, root: root, to: &html)
            html += "</th>"
            let values = position.flatMap { model.values(period: index, unit: $0) }
            let places = period.places[unit.id]
            for indicator in columns {
                html += "<td>\(raw: TableCell.number(values?[indicator], of: indicator, strings))"
                if let value = values?[indicator]?.value, let target = model.target(indicator), !target.isMet(by: value) {
                    html += " <span class=\"missed\" aria-hidden=\"true\">\(text: missed)</span><span class=\"vh\">\(text: missedSaid)</span>"
                }
                if let place = places[indicator] {
                    html += "<small>\(text: placeText.rankShort(place))"
                    placeText.appendCellMove(place, compact: true, to: &html)
                    html += "</small>"
                }
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>"
        return html.string
    }
}
