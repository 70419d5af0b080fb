/// The list of units as a table of their figures in one period (danh sách đơn vị): per group,
/// each unit's kind, late dossiers, on-time and online rates, targets met and on-time rank, so a
/// reader finds a unit's figures, and tells two similar names apart, without opening its page.
enum UnitListTable {
    /// The indicators shown as values, in column order.
    static let indicators: [Indicator] = [.overdue, .onTimeRate, .onlineRate]
    /// The indicator the rank column ranks on.
    static let ranked: Indicator = .onTimeRate

    /// The table of `groups` in the period at `index`, from the page at `root`; the caption
    /// names the period and links to its report. The caption and the groups' labels are pinned
    /// (`pin`) so they stay in view when the table scrolls sideways on a phone.
    ///
    /// - Complexity: O(units × (indicators + targets)).
    static func html(_ groups: [UnitGroup], period index: Int, root: String, model: SiteModel) -> String {
        let strings = model.strings
        let period = model.report.periods[index]
        let targets = Target.all(of: model.report.site)
        let periodLink = HTML.link(root + SitePaths.period(period.period.id), period.period.label)
        let caption = SplitText(strings[.unitsCaption], at: "period").with(periodLink)
        let headers =
            [strings[.colUnit], strings[.colKind]] + indicators.map(strings.name(of:)) + [strings[.colTargetsMet], strings[.colOnTimeRank]]
        var html = "<table class=\"unit-list\">\n<caption><span class=\"pin\">\(caption)</span></caption>\n<thead><tr>"
        for header in headers { html += "<th scope=\"col\">\(HTML.escape(header))</th>" }
        html += "</tr></thead>\n"
        let former = " <span class=\"former\">(\(HTML.escape(strings[.formerUnit])))</span>"
        let placeText = model.placeText
        for group in groups {
            html += "<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"\(headers.count)\"><span class=\"pin\">"
            html += "\(HTML.escape(group.label))</span></th></tr>\n"
            for unit in group.units {
                let values = period.values[unit.id]
                html += "<tr><th scope=\"row\">\(HTML.link(root + SitePaths.unit(unit.id), unit.name))"
                if unit.successor != nil { html += former }
                html += "</th><td>\(HTML.escape(strings.name(of: unit.kind)))</td>"
                for indicator in indicators { html += "<td>\(TableCell.value(values?[indicator], of: indicator, strings))</td>" }
                html += "<td>\(targetsMet(values, targets, strings))</td><td>"
                html += period.places[ranked, unit.id].map { HTML.escape(placeText.rankShort($0)) } ?? TableCell.noData(strings)
                html += "</td></tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table>"
        return html
    }

    /// `3/4`: how many of `targets` the unit meets, of those it has a value for; the no-data
    /// mark when it has a value for none.
    private static func targetsMet(_ values: IndicatorValues?, _ targets: [Target], _ strings: Strings) -> String {
        let judged = targets.compactMap { target in values?[target.indicator].map { target.isMet(by: $0.value) } }
        guard !judged.isEmpty else { return TableCell.noData(strings) }
        let met = judged.filter { $0 }.count
        return HTML.escape(strings[.targetsMet, ["met": DisplayNumber.count(met), "of": DisplayNumber.count(judged.count)]])
    }
}
