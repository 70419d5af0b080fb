/// Who moved most in a group (đơn vị thay đổi thứ hạng nhiều nhất): the largest real moves up
/// and down on the key indicators, each with where it came from.
enum MoversTable {
    /// How many moves up and how many down a group lists.
    static let count = 3

    /// The table of `group`'s largest moves in the period at `index`; empty when nobody moved.
    ///
    /// - Complexity: O(e log e) for e entries of the group's key rankings.
    static func html(_ group: RankingGroup, period index: Int, root: String, model: SiteModel) -> String {
        let strings = model.strings
        let rankings = model.report.periods[index].rankings.filter { $0.groupID == group.id }
        let moves = RankMoves.largest(in: rankings, on: KeyMatrixTable.indicators, count: count)
        guard !moves.up.isEmpty || !moves.down.isEmpty else { return "" }
        var html = "<table class=\"movers\">\n<caption>" + HTML.escape(strings[.moversCaption, ["group": group.label]])
        html += "</caption>\n<thead><tr>"
        for header: TextKey in [.colUnit, .colIndicator, .colRank, .colChange] { html += "<th scope=\"col\">" + HTML.escape(strings[header]) + "</th>" }
        html += "</tr></thead>\n"
        let placeText = PlaceText(strings: strings)
        for (moves, heading) in [(moves.up, TextKey.moversUp), (moves.down, .moversDown)] where !moves.isEmpty {
            html += "<tbody>\n<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"4\">" + HTML.escape(strings[heading]) + "</th></tr>\n"
            for move in moves {
                html += "<tr><th scope=\"row\">"
                model.appendUnitLink(move.unitID, root: root, to: &html)
                html += "</th><td>" + HTML.escape(strings.name(of: move.indicator)) + "</td><td>"
                html += HTML.escape(move.previous.map { placeText.rank($0) + " → " } ?? "") + HTML.escape(placeText.rank(move.now)) + "</td><td>"
                let words = placeText.movement(move.movement, to: move.now, from: nil)
                html += "<span class=\"move " + words.style + "\">" + HTML.escape(words.shown ?? "") + "</span></td></tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>"
    }
}
