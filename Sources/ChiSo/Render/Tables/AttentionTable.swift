/// A period's attention list (đơn vị cần lưu ý) as a table: a row per unit, in the order of its
/// most pressing reason (late dossiers first, then missed targets), with every reason it is listed for.
enum AttentionTable {
    /// The table of `rows` of the period `report`, each unit with its late dossiers and what it
    /// falls short on, or a sentence saying that no unit needs attention when there are none.
    static func html(_ rows: Slice<AttentionUnits>, period report: PeriodReport, root: String, model: SiteModel) -> String {
        let strings = model.strings
        guard !rows.isEmpty else { return "<p>\(HTML.escape(strings[.attentionNone]))</p>" }
        var html = "<table class=\"attention\">\n<caption>\(HTML.escape(strings[.attentionCaption, ["period": report.period.label]]))"
        html += "</caption>\n<thead><tr><th scope=\"col\">\(HTML.escape(strings[.colUnit]))</th><th scope=\"col\">"
        html += "\(HTML.escape(strings.name(of: Indicator.overdue)))</th><th scope=\"col\">"
        html += "\(HTML.escape(strings[.colReason]))</th></tr></thead>\n<tbody>\n"
        let texts = ReasonTexts(targets: report.attention.targets, strings: strings)
        for row in rows {
            html += "<tr><th scope=\"row\">"
            model.appendUnitLink(row.unitID, root: root, to: &html)
            html += "</th><td class=\"count\">"
            html += TableCell.number(report.values[row.unitID]?[.overdue], of: .overdue, strings)
            html += "</td><td>"
            var first = true
            for item in row.reasons {
                if case .late = item.reason { continue }
                if !first { html += "; " }
                first = false
                texts.append(item.reason, to: &html)
            }
            html += "</td></tr>\n"
        }
        html += "</tbody>\n</table>"
        return html
    }

    /// The reasons' texts besides the late dossiers, each cut around its number once per table:
    /// `Hồ sơ trực tuyến 45,00 % < 70 %`.
    private struct ReasonTexts {
        /// By target: every target an item of the list can miss (`AttentionItems.targets`).
        let targets: [Target: SplitText]
        let apology: SplitText

        init(targets: [Target], strings: Strings) {
            self.targets = Dictionary(targets.map { target in
                let values: KeyValuePairs = [
                    "indicator": strings.shortName(of: target.indicator), "target": DisplayValue.threshold(target.threshold, of: target.indicator),
                ]
                let text = target.indicator.better == .lower ? TextKey.attentionTargetAbove : .attentionTarget
                return (target, SplitText(strings[text], at: "value", values))
            }, uniquingKeysWith: { first, _ in first })
            apology = SplitText(strings[.attentionApology], at: "value")
        }

        func append(_ reason: AttentionReason, to html: inout String) {
            switch reason {
            case .late: break
            case .missedTarget(let target, let value):
                targets[target]!.append(HTML.escape(DisplayValue.text(value, of: target.indicator)), to: &html)
            case .missingApologies(let rate): apology.append(HTML.escape(DisplayValue.text(rate, of: .apologyRate)), to: &html)
            }
        }
    }
}
