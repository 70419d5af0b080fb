/// A ranking table: rank, movement, value, target mark and a sparkline of recent values per unit.
enum RankingTable {
    /// The table of `ranking` in the period at `index`, or of its entries `rows`; `label` names the group.
    static func html(_ ranking: Ranking, label: String, period index: Int, root: String, model: SiteModel, rows: Range<Int>? = nil) -> String {
        let strings = model.strings
        let indicator = ranking.indicator
        let target = model.target(indicator)
        let recent = model.timeline.recent(upTo: index, count: model.sparklineLength, in: model.report)
        let caption = strings[.rankingCaption, ["indicator": strings.name(of: indicator), "group": label]]
        var html = "<table class=\"ranking\" id=\"" + anchor(ranking) + "\">\n<caption>" + HTML.escape(caption) + "</caption>\n<thead><tr>"
        var headers: [TextKey] = [.colRank, .colUnit, .colValue, .colChange]
        if target != nil { headers.append(.colTarget) }
        headers.append(.colTrend)
        for header in headers { html += "<th scope=\"col\">" + HTML.escape(strings[header]) + "</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for entry in ranking.entries[rows ?? ranking.entries.indices] {
            html += "<tr><td>" + (entry.rank.map { strings[.rankShort, ["rank": String($0), "of": String(ranking.ranked)]] } ?? HTML.escape(strings[.unranked])) + "</td>"
            html += "<th scope=\"row\">" + HTML.link(root + SitePaths.unit(entry.unitID), model.name(entry.unitID)) + "</th>"
            html += "<td>" + TableCell.value(entry.value, of: indicator, strings) + "</td>"
            html += "<td>" + (entry.movement.map { movement($0, strings) } ?? "") + "</td>"
            if let target { html += "<td>" + (entry.value.map { mark(target, $0.value, strings) } ?? "") + "</td>" }
            let values = model.series(indicator, of: entry.unitID, over: recent).map { $0?.value }
            let subject = strings[.sparklineSubject, ["indicator": strings.name(of: indicator), "unit": model.name(entry.unitID)]]
            let title = TrendSentence.sentence(subject: subject, values: values, scale: ChartScale.of(indicator), words: model.words)
            html += "<td class=\"spark\">" + Sparkline.svg(title: title, values: values, scale: ChartScale.of(indicator), words: model.words) + "</td></tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    /// The fragment id of a ranking table on its period page.
    static func anchor(_ ranking: Ranking) -> String { "xh-" + ranking.groupID + "-" + ranking.indicator.rawValue.replacingOccurrences(of: "_", with: "-") }

    /// `▲ 2` with «lên 2 bậc» for screen readers.
    static func movement(_ movement: Movement, _ strings: Strings) -> String {
        let (shown, said, style): (String, String, String) =
            switch movement {
            case .up(let n): (strings[.movementUp, ["n": String(n)]], strings[.movementUpLabel, ["n": String(n)]], "up")
            case .down(let n): (strings[.movementDown, ["n": String(n)]], strings[.movementDownLabel, ["n": String(n)]], "down")
            case .same: (strings[.movementSame], strings[.movementSameLabel], "same")
            case .new: (strings[.movementNew], strings[.movementNewLabel], "new")
            }
        return "<span class=\"move " + style + "\" aria-hidden=\"true\">" + HTML.escape(shown) + "</span><span class=\"vh\">" + HTML.escape(said) + "</span>"
    }

    /// `Đạt` or `Chưa đạt`, styled.
    static func mark(_ target: Target, _ value: Ratio, _ strings: Strings) -> String {
        target.isMet(by: value)
            ? "<span class=\"met\">" + HTML.escape(strings[.targetMet]) + "</span>"
            : "<span class=\"missed\">" + HTML.escape(strings[.targetMissed]) + "</span>"
    }
}
