/// A period's attention list where it is shown: the most pressing units on the page, and the
/// whole list on pages of its own when it is longer than that.
enum AttentionPages {
    /// How many units the period page and the overview list; the rest are a link away, so the
    /// answer stays on the first screens of a phone.
    static let onPage = 8

    /// `periods/2024-06/luu-y.html`, then `…-2.html`, ….
    static func pages(_ rows: AttentionUnits, period id: String) -> TablePages {
        TablePages(stem: OutputLayout.periodFolder(id) + "luu-y", rows: rows.count)
    }

    /// The list's context on the page at `root`: the table of its first units and, when there
    /// are more, a link to the full list and the full table for print.
    static func context(_ period: PeriodReport, root: String, model: SiteModel) -> [String: Any] {
        let rows = period.attention.byUnit
        var context: [String: Any] = [
            "table": AttentionTable.html(rows.prefix(onPage), period: period, root: root, model: model)
        ]
        if rows.count > onPage {
            context["full"] = AttentionTable.html(rows[...], period: period, root: root, model: model)
            context["more"] = [
                "text": model.strings[.attentionMore, ["n": DisplayNumber.count(rows.count - onPage)]],
                "href": root + pages(rows, period: period.period.id).path(page: 1),
            ]
        }
        return context
    }

    /// A job per page of the period's full list, when it does not fit on the period page.
    static func jobs(period index: Int, model: SiteModel, theme: Theme) -> [OutputJob] {
        let period = model.report.periods[index]
        let rows = period.attention.byUnit
        guard rows.count > onPage else { return [] }
        let title = model.strings[.attentionCaption, ["period": period.period.label]]
        return pages(rows, period: period.period.id).jobs(title: title, period: period.period, model: model, theme: theme) { range, root in
            AttentionTable.html(rows[range], period: period, root: root, model: model)
        }
    }
}
