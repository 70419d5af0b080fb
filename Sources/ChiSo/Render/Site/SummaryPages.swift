/// A period's summary table where it is shown: small groups and the district's total on the
/// period page, each large group on pages of its own.
enum SummaryPages {
    /// `periods/2024-06/tong-hop/cap-xa.html`, then `…-2.html`, ….
    static func pages(_ group: UnitGroup, period id: String) -> TablePages {
        TablePages(stem: OutputLayout.periodFolder(id) + "tong-hop/" + group.id, rows: group.units.count)
    }

    /// The period's units by group.
    static func groups(_ period: PeriodReport, model: SiteModel) -> [UnitGroup] {
        SummaryTable.grouped(model.units(of: period), report: model.report, strings: model.strings)
    }

    /// The title of a large group's summary pages, and of the period page's link to them.
    static func title(_ group: UnitGroup, _ strings: Strings) -> String { strings[.summaryGroupTitle, ["group": group.label]] }

    /// The period page's part: the table of the small groups with the total row, and a link per large group.
    static func context(_ period: PeriodReport, root: String, model: SiteModel) -> (table: String, links: [[String: Any]]) {
        let groups = groups(period, model: model)
        let inline = groups.filter { !TablePages.isSplit($0.units.count) }
        let links = groups.filter { TablePages.isSplit($0.units.count) }.map { group in
            pages(group, period: period.period.id).link(title: title(group, model.strings), period: period.period.id, strings: model.strings)
        }
        return (SummaryTable.html(period, groups: inline, root: root, strings: model.strings), links)
    }

    /// A job per page of every large group's summary in the period at `index`.
    static func jobs(period index: Int, model: SiteModel, theme: Theme) -> [OutputJob] {
        let period = model.report.periods[index]
        return groups(period, model: model).filter { TablePages.isSplit($0.units.count) }.flatMap { group in
            pages(group, period: period.period.id).jobs(title: title(group, model.strings), period: period.period, model: model, theme: theme) { rows, root in
                let part = UnitGroup(id: group.id, label: group.label, units: Array(group.units[rows]))
                return SummaryTable.html(period, groups: [part], first: rows.lowerBound + 1, root: root, strings: model.strings)
            }
        }
    }
}
