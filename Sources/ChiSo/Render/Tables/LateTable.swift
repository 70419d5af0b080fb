/// The tables of a unit's late dossiers, from its ledger: a row group per period, newest first,
/// each under a heading; a column empty in every row of a table is left out of it.
enum LateTable {
    /// A column after the dossier's code: its header, whether it holds running text (kept wide
    /// enough to read), and a dossier's cell as HTML, "" when empty.
    private typealias Column = (header: TextKey, isText: Bool, cell: (LateDossier) -> String)

    /// The dossiers resolved late or still overdue, each period under its coverage
    /// (`Tháng 01/2025 — đã giải trình 9/86`); a period that listed none is a heading alone. With no
    /// such dossier in any period, the coverages as a list. Nil when the ledger has no period.
    static func overdue(_ ledger: LateLedger, strings: Strings) -> String? {
        guard !ledger.periods.isEmpty else { return nil }
        let groups = ledger.periods.map { period in
            let closedLate = period.rows.count { $0.closedLateOnly }
            var heading = HTML.escape(period.coverage(strings))
            if closedLate > 0 {
                let note = strings[.lateClosedLatePart, ["n": DisplayNumber.count(closedLate)]]
                heading += "<span class=\"note\">\(HTML.escape(note))</span>"
            }
            return (heading: heading, rows: period.rows.filter { !$0.closedLateOnly })
        }
        guard groups.contains(where: { !$0.rows.isEmpty }) else {
            var list = "<ul class=\"late-coverage\">\n"
            for group in groups { list += "<li>\(group.heading)</li>\n" }
            list += "</ul>"
            return list
        }
        return table(groups, caption: strings[.lateCaption], strings: strings)
    }

    /// The dossiers returned on time but closed late on the system, each period under its label;
    /// nil when there are none.
    static func closedLate(_ ledger: LateLedger, strings: Strings) -> String? {
        let groups = ledger.periods.map { (heading: HTML.escape($0.label), rows: $0.rows.filter(\.closedLateOnly)) }.filter { !$0.rows.isEmpty }
        return groups.isEmpty ? nil : table(groups, caption: strings[.closedLateCaption], strings: strings)
    }

    /// A table of `groups`, each a heading (HTML) over its dossiers, without the columns every row leaves empty.
    private static func table(_ groups: [(heading: String, rows: [LateDossier])], caption: String, strings: Strings) -> String {
        let rows = groups.flatMap(\.rows)
        let shown = columns(strings).filter { column in rows.contains { !column.cell($0).isEmpty } }
        let span = String(shown.count + 1)
        var html = "<table class=\"late\">\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr>"
        html += "<th scope=\"col\">\(HTML.escape(strings[.lateCode]))</th>"
        for column in shown { html += "<th scope=\"col\">\(HTML.escape(strings[column.header]))</th>" }
        html += "</tr></thead>\n"
        for group in groups {
            html += "<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"\(span)\">\(group.heading)</th></tr>\n"
            for dossier in group.rows {
                html += "<tr><th scope=\"row\">\(HTML.escape(dossier.code))</th>"
                for column in shown {
                    html += column.isText ? "<td class=\"text\">" : "<td>"
                    html += "\(column.cell(dossier))</td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table>"
        return html
    }

    /// Every column after the code, in the order of late.csv.
    private static func columns(_ strings: Strings) -> [Column] {
        [
            (.lateProcedure, true, { HTML.escape($0.procedure) }),
            (.lateReceived, false, { DisplayDate.text($0.received) }),
            (.lateDue, false, { DisplayDate.text($0.due) }),
            (.lateReturned, false, { $0.returned.map(DisplayDate.text) ?? HTML.escape(strings[.latePending]) }),
            (.lateClosed, false, { $0.closed.map(DisplayDate.text) ?? "" }),
            (.lateReason, true, { HTML.escape($0.reason) }),
            (.lateApology, false, { HTML.escape($0.apology ? strings[.yesAnswer] : strings[.noAnswer]) }),
        ]
    }
}
