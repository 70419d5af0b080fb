/// The columns of a period's summary table, like the seeds' tables.
enum SummaryColumns {
    /// Count columns under their group heading (the group's own field is the «Tổng» column).
    static let groups: [(Field, [Field])] = [
        (.received, [.receivedOnline, .receivedDirect, .receivedPostal]),
        (.resolved, [.resolvedEarly, .resolvedOnTime, .resolvedLate]),
        (.pending, [.pendingOnTime, .pendingOverdue]),
    ]
    static var fields: [Field] { groups.flatMap { [$0.0] + $0.1 } }
    /// The rates shown after the counts.
    static let rates: [Indicator] = [.onTimeRate, .onlineRate, .digitizationRate, .fullDigitizationRate, .onlinePaymentRate]
}

/// A period's units under a group's label (đơn vị theo khối): the group's id (`khac`, or a
/// longer id no group has, for units of no group), its label and its units.
struct UnitGroup {
    let id: String
    let label: String
    let units: [Unit]
}

/// A period's summary table: units by group, the district's total row, counts and rates.
enum SummaryTable {
    /// The table's HTML for `groups`, numbering the rows from `first`; units keep the given order.
    static func html(_ period: PeriodReport, groups: [UnitGroup], first: Int = 1, root: String, strings: Strings) -> String {
        let width = 2 + SummaryColumns.fields.count + SummaryColumns.rates.count
        let caption = strings[.summaryCaption, ["period": period.period.label]]
        var html = "<table class=\"summary\">\n<caption>\(HTML.escape(caption))</caption>\n<thead>\n<tr>"
        html += "<th scope=\"col\" rowspan=\"2\">\(HTML.escape(strings[.colNo]))</th>"
        html += "<th scope=\"col\" rowspan=\"2\">\(HTML.escape(strings[.colUnit]))</th>"
        for (field, parts) in SummaryColumns.groups {
            html += "<th scope=\"colgroup\" colspan=\"\(parts.count + 1)\">\(HTML.escape(strings.name(of: field)))</th>"
        }
        html += "<th scope=\"colgroup\" colspan=\"\(SummaryColumns.rates.count)\">\(HTML.escape(strings[.colRates]))</th></tr>\n<tr>"
        for (_, parts) in SummaryColumns.groups {
            html += "<th scope=\"col\">\(HTML.escape(strings[.colTotal]))</th>"
            for field in parts { html += "<th scope=\"col\">\(HTML.escape(strings.name(of: field)))</th>" }
        }
        for rate in SummaryColumns.rates { html += "<th scope=\"col\">\(HTML.escape(strings.shortName(of: rate)))</th>" }
        html += "</tr>\n</thead>\n"
        var number = first - 1
        for group in groups where !group.units.isEmpty {
            html += "<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"\(width)\">\(HTML.escape(group.label))</th></tr>\n"
            for unit in group.units {
                number += 1
                html += "<tr><td>\(number)</td><th scope=\"row\">\(HTML.link(root + SitePaths.unit(unit.id), unit.name))</th>"
                appendCells(period.data.records[unit.id], values: period.values[unit.id], strings: strings, to: &html)
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "<tfoot>\n<tr class=\"total\"><td></td><th scope=\"row\">\(HTML.escape(strings[.district]))</th>"
        appendCells(period.data.total, values: period.total, strings: strings, counts: districtCounts(period), to: &html)
        html += "</tr>\n</tfoot>\n</table>"
        return html
    }

    /// The units a period's tables list, in the given order: those that reported and those that existed then.
    ///
    /// - Complexity: O(units).
    static func listed(_ units: [Unit], in period: PeriodReport) -> [Unit] {
        units.filter { period.values[$0.id] != nil || $0.exists(during: period.period) }
    }

    /// Units under their group, in the given order; units of no group come last. Empty groups are left out.
    ///
    /// - Complexity: O(groups + units).
    static func grouped(_ units: [Unit], report: Report, strings: Strings) -> [UnitGroup] {
        var byGroup: [String: [Unit]] = [:]
        var ungrouped: [Unit] = []
        for unit in units {
            if let group = report.groupOf[unit.id] { byGroup[group, default: []].append(unit) } else { ungrouped.append(unit) }
        }
        var result = report.site.groups.map { group in UnitGroup(id: group.id, label: group.label, units: byGroup[group.id] ?? []) }
        var other = "khac"
        while report.site.groups.contains(where: { $0.id == other }) { other += "-khac" }
        result.append(UnitGroup(id: other, label: strings[.otherUnits], units: ungrouped))
        return result.filter { !$0.units.isEmpty }
    }

    /// Appends a row's count and rate cells.
    private static func appendCells(
        _ record: Record?, values: IndicatorValues?, strings: Strings, counts: [Field: Int] = [:], to html: inout String
    ) {
        for field in SummaryColumns.fields { html += "<td>\(TableCell.count(record?[field] ?? counts[field], strings))</td>" }
        for rate in SummaryColumns.rates { html += "<td>\(TableCell.number(values?[rate], of: rate, strings))</td>" }
    }

    /// The district's counts where the total row lacks them: the sum over the units that give
    /// them, as `DistrictTotal` counts.
    static func districtCounts(_ period: PeriodReport) -> [Field: Int] {
        var sums: [Field: Int] = [:]
        for field in SummaryColumns.fields where period.data.total?[field] == nil {
            let known = period.data.records.values.compactMap { $0[field] }
            if !known.isEmpty { sums[field] = known.reduce(0, +) }
        }
        return sums
    }
}
