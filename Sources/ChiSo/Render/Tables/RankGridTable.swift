/// A group's places on every indicator in one period (bảng thứ hạng tổng hợp): a row per unit
/// in the order of the first ranked indicator, a value and a rank with its movement per
/// indicator. A large group gets this one table instead of a table per indicator: the same
/// places in a quarter of the bytes.
enum RankGridTable {
    /// The group's rankings the table shows: those with a ranked unit, in catalogue order.
    static func rankings(of group: String, in period: PeriodReport) -> [Ranking] {
        period.rankings.filter { $0.groupID == group && $0.ranked > 0 }
    }

    /// The table of `rankings` (one group's, first one sets the order) in the period at `index`,
    /// rows `rows` of the first ranking's entries; `label` names the group.
    ///
    /// - Complexity: O(rows × rankings).
    static func html(_ rankings: [Ranking], label: String, period index: Int, root: String, model: SiteModel, rows: Range<Int>) -> String {
        guard let order = rankings.first else { return "" }
        let strings = model.strings
        let period = model.report.periods[index]
        let caption = strings[.gridCaption, ["group": label, "period": period.period.label, "indicator": strings.name(of: order.indicator)]]
        var html = Markup(capacity: 512 + rows.count * (120 + rankings.count * 120))
        html += "<table class=\"grid\">\n<caption>\(text: caption)</caption>\n<thead><tr><th scope=\"col\" rowspan=\"2\">"
        html += "\(text: strings[.colUnit])</th>"
        for ranking in rankings {
            html += "<th scope=\"colgroup\" colspan=\"2\">\(text: strings.name(of: ranking.indicator))</th>"
        }
        html += "</tr>\n<tr>"
        let value = strings[.colValue]
        for ranking in rankings {
            html += "<th scope=\"col\">\(text: value)</th><th scope=\"col\">\(text: strings[.gridRankHeader, ["of": DisplayNumber.count(ranking.ranked)]])</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        let placeText = model.placeText
        for entry in order.entries[rows] {
            html += "<tr><th scope=\"row\">"
            let unit = model.appendUnitLink(entry.unitID, root: root, to: &html)
            html += "</th>"
            let values = unit.flatMap { model.values(period: index, unit: $0) }
            let places = period.places[entry.unitID]
            for ranking in rankings {
                html += "<td>\(raw: TableCell.number(values?[ranking.indicator], of: ranking.indicator, strings))</td><td>"
                if let place = places[ranking.indicator] {
                    html.append(text: placeText.rank(place.place))
                    placeText.appendCellMove(place, compact: false, to: &html)
                }
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>"
        return html.string
    }
}
