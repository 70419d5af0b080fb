/// A ranking table: rank, movement, value, target mark and a sparkline of recent values per unit.
enum RankingTable {
    /// The table of `ranking` in the period at `index`; `label` names the group.
    static func html(_ ranking: Ranking, label: String, period index: Int, root: String, model: SiteModel) -> String {
        let strings = model.strings
        let indicator = ranking.indicator
        let target = model.target(indicator)
        let recent = model.timeline.recent(upTo: index, count: model.sparklineLength, in: model.report)
        let caption = strings[.rankingCaption, ["indicator": strings.name(of: indicator), "group": label]]
        let (met, missed) = target.map { _ in (mark(true, strings), mark(false, strings)) } ?? ("", "")
        var html = "<table class=\"ranking\" id=\"\(anchor(ranking))\">\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr>"
        var headers: [TextKey] = [.colRank, .colUnit, .colValue, .colChange]
        if target != nil { headers.append(.colTarget) }
        headers.append(.colTrend)
        for header in headers { html += "<th scope=\"col\">\(HTML.escape(strings[header]))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        html.reserveCapacity(html.utf8.count + ranking.entries.count * 480)
        let rank = SplitText(strings[.rankShort], at: "rank", ["of": String(ranking.ranked)])
        let unranked = HTML.escape(strings[.unranked])
        let subject = strings.shortName(of: indicator)
        let scale = ChartScale.of(indicator)
        let places = model.placeText
        for entry in ranking.entries {
            html += "<tr><td>"
            if let place = entry.rank {
                rank.append(HTML.escape(places.rank(Place(rank: place, isShared: entry.tied > 1))), to: &html)
            } else {
                html += unranked
            }
            html += "</td><th scope=\"row\">"
            let unit = model.appendUnitLink(entry.unitID, root: root, to: &html)
            html += "</th><td>"
            html += TableCell.value(entry.value, of: indicator, strings)
            html += "</td><td>"
            if let move = entry.movement, let place = entry.rank {
                html += places.movementHTML(move, to: Place(rank: place, isShared: entry.tied > 1), from: entry.previous)
            }
            html += "</td>"
            if let target {
                html += "<td>"
                if let value = entry.value { html += target.isMet(by: value.value) ? met : missed }
                html += "</td>"
            }
            let values = unit.map { model.series(indicator, at: $0, over: recent).map { $0?.value } } ?? recent.map { _ in nil }
            let title = TrendSentence.sentence(subject: subject, values: values, scale: scale, words: model.words)
            html += "<td class=\"spark\">"
            html += Sparkline.svg(title: title, values: values, scale: scale, words: model.words)
            html += "</td></tr>\n"
        }
        html += "</tbody>\n</table>"
        return html
    }

    /// The fragment id of a ranking table on its period page.
    static func anchor(_ ranking: Ranking) -> String {
        "xh-\(ranking.groupID)-\(ranking.indicator.rawValue.replacingOccurrences(of: "_", with: "-"))"
    }

    /// `Đạt` or `Chưa đạt`, styled.
    static func mark(_ target: Target, _ value: Ratio, _ strings: Strings) -> String { mark(target.isMet(by: value), strings) }

    private static func mark(_ isMet: Bool, _ strings: Strings) -> String {
        isMet
            ? "<span class=\"met\">\(HTML.escape(strings[.targetMet]))</span>"
            : "<span class=\"missed\">\(HTML.escape(strings[.targetMissed]))</span>"
    }
}
