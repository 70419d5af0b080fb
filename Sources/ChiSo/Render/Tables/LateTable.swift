/// A unit's late dossiers from late.csv, with the unit's explanations.
enum LateTable {
    /// The table of `dossiers` (each with its period's label), captioned `caption`.
    static func html(_ dossiers: [(String, LateDossier)], caption: String, strings: Strings) -> String {
        let headers: [TextKey] = [.colPeriod, .lateCode, .lateProcedure, .lateReceived, .lateDue, .lateReturned, .lateClosed, .lateReason, .lateApology]
        var html = "<table class=\"late\">\n<caption>" + HTML.escape(caption) + "</caption>\n<thead><tr>"
        for header in headers { html += "<th scope=\"col\">" + HTML.escape(strings[header]) + "</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for (period, dossier) in dossiers {
            html += "<tr><td>" + HTML.escape(period) + "</td><th scope=\"row\">" + HTML.escape(dossier.code) + "</th>"
            html += "<td>" + HTML.escape(dossier.procedure) + "</td><td>" + DisplayDate.text(dossier.received) + "</td>"
            html += "<td>" + DisplayDate.text(dossier.due) + "</td>"
            html += "<td>" + (dossier.returned.map(DisplayDate.text) ?? HTML.escape(strings[.latePending])) + "</td>"
            html += "<td>" + (dossier.closed.map(DisplayDate.text) ?? "") + "</td>"
            html += "<td>" + HTML.escape(dossier.reason) + "</td>"
            html += "<td>" + HTML.escape(dossier.apology ? strings[.yesAnswer] : strings[.noAnswer]) + "</td></tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}
