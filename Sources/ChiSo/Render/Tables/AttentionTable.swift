/// A period's attention list (đơn vị cần lưu ý) as a table: a row per unit, in the order of its
/// most pressing reason (late dossiers first, then missed targets), with every reason it is listed for.
enum AttentionTable {
    /// A unit of the list and every reason it is listed for.
    struct Row {
        let unitID: String
        let reasons: [AttentionReason]
    }

    /// The period's list by unit, each unit once, in the order of its first reason.
    ///
    /// - Complexity: O(attention items).
    static func rows(_ period: PeriodReport) -> [Row] {
        var units: [String] = []
        var reasons: [String: [AttentionReason]] = [:]
        for item in period.attention {
            if reasons[item.unitID] == nil { units.append(item.unitID) }
            reasons[item.unitID, default: []].append(item.reason)
        }
        return units.map { Row(unitID: $0, reasons: reasons[$0]!) }
    }

    /// The table of `rows`, or a sentence saying that no unit needs attention when there are none.
    static func html(_ rows: ArraySlice<Row>, period: Period, root: String, model: SiteModel) -> String {
        let strings = model.strings
        guard !rows.isEmpty else { return "<p>" + HTML.escape(strings[.attentionNone]) + "</p>" }
        var html = "<table class=\"attention\">\n<caption>" + HTML.escape(strings[.attentionCaption, ["period": period.label]])
        html += "</caption>\n<thead><tr><th scope=\"col\">" + HTML.escape(strings[.colUnit]) + "</th><th scope=\"col\">"
        html += HTML.escape(strings[.colReason]) + "</th></tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr><th scope=\"row\">" + HTML.link(root + SitePaths.unit(row.unitID), model.name(row.unitID)) + "</th><td>"
            html += row.reasons.map { HTML.escape(reason($0, strings)) }.joined(separator: "<br>") + "</td></tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    /// `12 hồ sơ trễ hạn`, `Tỷ lệ nộp trực tuyến 45,00 %, chưa đạt chỉ tiêu 70,00 %`.
    static func reason(_ reason: AttentionReason, _ strings: Strings) -> String {
        switch reason {
        case .late(let count): strings[.attentionLate, ["n": DisplayNumber.count(count)]]
        case .missedTarget(let target, let value):
            strings[.attentionTarget, [
                "indicator": strings.name(of: target.indicator),
                "value": DisplayValue.text(value, of: target.indicator),
                "target": DisplayValue.threshold(target.threshold, of: target.indicator),
            ]]
        case .missingApologies(let rate): strings[.attentionApology, ["value": DisplayValue.text(rate, of: .apologyRate)]]
        }
    }
}
