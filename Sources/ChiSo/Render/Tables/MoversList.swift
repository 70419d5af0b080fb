/// Who moved most in a group (đơn vị thay đổi thứ hạng nhiều nhất): the largest real moves up
/// and down on the key indicators, each with where it came from, one line each.
enum MoversList {
    /// How many moves up and how many down a group lists.
    static let count = 2

    /// The list of `group`'s largest moves in the period at `index`; empty when nobody moved.
    ///
    /// - Complexity: O(e log e) for e entries of the group's key rankings.
    static func html(_ group: RankingGroup, period index: Int, root: String, model: SiteModel) -> String {
        let strings = model.strings
        let rankings = model.report.periods[index].rankings.filter { $0.groupID == group.id }
        let moves = RankMoves.largest(in: rankings, on: KeyMatrixTable.indicators, count: count)
        guard !moves.up.isEmpty || !moves.down.isEmpty else { return "" }
        let placeText = model.placeText
        var html = "<ul class=\"movers\">\n"
        for move in moves.up + moves.down {
            let words = placeText.movement(move.movement, to: move.now, from: nil)
            html += "<li><span class=\"move \(words.style)\" aria-hidden=\"true\">\(HTML.escape(words.shown ?? ""))</span> "
            html += "<span class=\"vh\">\(HTML.escape(words.said)): </span>"
            model.appendUnitLink(move.unitID, root: root, to: &html)
            let path = move.previous.map { strings[.movementPath, ["from": placeText.rank($0), "to": placeText.rank(move.now)]] } ?? placeText.rank(move.now)
            html += " · \(HTML.escape(strings.shortName(of: move.indicator))) \(HTML.escape(path))</li>\n"
        }
        html += "</ul>"
        return html
    }
}
