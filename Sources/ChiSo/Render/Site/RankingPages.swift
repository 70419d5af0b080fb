/// The rankings of a large group: instead of a table per indicator on the period page, one
/// table of every indicator's places (`RankGridTable`) on pages of its own.
enum RankingPages {
    /// True when the group ranked by `rankings` has its places on pages of its own.
    static func isSplit(_ rankings: [Ranking]) -> Bool { rankings.first.map { TablePages.isSplit($0.entries.count) } ?? false }

    /// `periods/2024-06/xep-hang/cap-xa.html`, then `…-2.html`, … for `group`'s places.
    static func pages(_ rankings: [Ranking], group: String, period id: String) -> TablePages {
        TablePages(stem: OutputLayout.periodFolder(id) + "xep-hang/" + group, rows: rankings.first?.entries.count ?? 0)
    }

    /// The title of a group's table of places, on its pages and in the period page's link.
    static func title(group label: String, _ strings: Strings) -> String { strings[.gridTitle, ["group": label]] }

    /// A job per page of every large group's places in the period at `index`.
    static func jobs(period index: Int, model: SiteModel, theme: Theme) -> [OutputJob] {
        let period = model.report.periods[index]
        return model.report.site.groups.flatMap { group -> [OutputJob] in
            let rankings = RankGridTable.rankings(of: group.id, in: period)
            guard isSplit(rankings) else { return [] }
            return pages(rankings, group: group.id, period: period.period.id).jobs(
                title: title(group: group.label, model.strings), period: period.period, model: model, theme: theme,
                note: model.strings[.gridNote]
            ) { rows, root in
                RankGridTable.html(rankings, label: group.label, period: index, root: root, model: model, rows: rows)
            }
        }
    }
}
