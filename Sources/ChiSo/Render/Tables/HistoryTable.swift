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
        var html = "<table class=\"history\">\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr>"
        html += "<th scope=\"col\">\(HTML.escape(strings[.colPeriod]))</th>"
        for indicator in shown { html += "<th scope=\"col\">\(HTML.escape(strings.name(of: indicator)))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        let unit = model.report.index.number(of: unitID)
        let partsText = SplitText(
            strings[model.unitsByID[unitID].flatMap { Succession.renamedFrom($0, model: model) } == nil ? .combinedFrom : .renamedRow], at: "units")
        // One cut text per group size: the rank changes from row to row, the size from period to period.
        var rankTexts: [Int: SplitText] = [:]
        let placeText = PlaceText(strings: strings)
        html.reserveCapacity(html.utf8.count + indices.count * (40 + shown.count * 60))
        for index in indices.reversed() {
            let period = model.report.periods[index]
            let combined = period.combined[unitID]
            let values = unit.flatMap { model.values(period: index, unit: $0) } ?? combined?.values
            let places = period.places[unitID]
            html += combined != nil ? "<tr class=\"combined\"><th scope=\"row\">" : "<tr><th scope=\"row\">"
            html += HTML.link(root + SitePaths.period(period.period.id), period.period.label)
            if let combined { html += parts(of: combined, text: partsText, root: root, model: model) }
            html += "</th>"
            for indicator in shown {
                html += "<td>"
                html += TableCell.number(values?[indicator], of: indicator, strings)
                if let place = places[indicator] {
                    html += "<small>"
                    if rankTexts[place.of] == nil { rankTexts[place.of] = SplitText(strings[.rankOf], at: "rank", ["of": String(place.of)]) }
                    rankTexts[place.of]!.append(HTML.escape(placeText.rank(place.place)), to: &html)
                    html += "</small>"
                }
                html += "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>"
        return html
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
