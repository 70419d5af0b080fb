/// A unit's history: one row per period of a kind, its indicators and ranks.
enum HistoryTable {
    /// The indicators the history shows, in catalogue order.
    static let indicators: [Indicator] = Indicator.allCases
    /// The id of the unit page's section that holds the table, where the charts send readers.
    static let anchor = "lich-su"

    /// The table for `unitID` over the periods `indices`, newest first; ranks as `3/15`. A period
    /// before the unit existed shows its predecessors' combined figures and names them.
    static func html(_ unitID: String, over indices: [Int], root: String, model: SiteModel) -> String {
        let strings = model.strings
        let shown = indicators.filter { indicator in
            !model.series(indicator, of: unitID, over: indices).allSatisfy { $0 == nil }
                || !model.combinedSeries(indicator, of: unitID, over: indices).allSatisfy { $0 == nil }
        }
        let caption = strings[.historyCaption, ["unit": model.name(unitID)]]
        var html = Markup(capacity: 1024 + indices.count * (64 + shown.count * 48))
        html += "<table class=\"history\">\n<caption>\(text: caption)</caption>\n<thead><tr>"
        html += "<th scope=\"col\">\(text: strings[.colPeriod])</th>"
        for indicator in shown { html += "<th scope=\"col\">\(text: strings.name(of: indicator))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        let unit = model.report.index.number(of: unitID)
        let partsText = SplitText(
            strings[model.unitsByID[unitID].flatMap { Succession.renamedFrom($0, model: model) } == nil ? .combinedFrom : .renamedRow], at: "units")
        let placeText = model.placeText
        let noData = TableCell.noData(strings)
        let periods = model.report.periods
        for index in indices.reversed() {
            let combined = periods[index].combined[unitID]
            let values = unit.flatMap { model.values(period: index, unit: $0) } ?? combined?.values
            let places = periods[index].places[unitID]
            html += combined != nil ? "<tr class=\"combined\"><th scope=\"row\">" : "<tr><th scope=\"row\">"
            let period = periods[index].period
            html += "<a href=\"\(text: root + SitePaths.period(period.id))\">\(text: period.label)</a>"
            if let combined { html.append(raw: parts(of: combined, text: partsText, root: root, model: model)) }
            html += "</th>"
            for indicator in shown {
                html += "<td>"
                html.append(raw: values?[indicator].map { TableCell.number($0, of: indicator, strings) } ?? noData)
                if let place = places[indicator] {
                    html += "<small>"
                    placeText.appendRankOf(place, to: &html)
                    html += "</small>"
                }
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>"
        return html.string
    }

    /// `<small>ghép từ Xã A, Xã B; thiếu số liệu của Xã C</small>` (`text` says "ghép từ" or "tên cũ"), with links.
    private static func parts(of combined: CombinedValues, text: SplitText, root: String, model: SiteModel) -> String {
        let strings = model.strings
        var html = "<small>\(text.with(ChangesText.links(combined.parts, root: root, model: model)))"
        if !combined.missing.isEmpty {
            let missing = ChangesText.links(combined.missing, root: root, model: model)
            html += "; \(SplitText(strings[.combinedMissing], at: "units").with(missing))"
        }
        html += "</small>"
        return html
    }
}
