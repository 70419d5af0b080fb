/// A period's attention list (đơn vị cần lưu ý) as a table: a row per unit, in the order of its
/// most pressing reason (late dossiers first, then missed targets), with every reason it is listed for.
enum AttentionTable {
    /// A unit of the list and the positions of its reasons in the list.
    struct Row {
        let unitID: String
        let positions: ArraySlice<Int32>
    }

    /// The period's list by unit, each unit once, in the order of its first reason: positions
    /// into the list grouped by unit, 4 bytes an item, each row made when it is read.
    struct Rows: RandomAccessCollection {
        let items: AttentionItems
        /// Item positions, a row's together.
        let order: [Int32]
        /// Where each row starts in `order`, and `order.count` at the end.
        let starts: [Int32]

        var startIndex: Int { 0 }
        var endIndex: Int { starts.count - 1 }

        subscript(position: Int) -> Row {
            let positions = order[Int(starts[position])..<Int(starts[position + 1])]
            return Row(unitID: items.unitIDs[Int(items.slots[Int(positions.first!)].unit)], positions: positions)
        }
    }

    /// The period's list by unit.
    ///
    /// - Complexity: O(attention items).
    static func rows(_ period: PeriodReport) -> Rows {
        let items = period.attention
        var rowOf = [Int32](repeating: -1, count: items.unitIDs.count)
        var sizes: [Int32] = []
        for slot in items.slots where rowOf[Int(slot.unit)] < 0 {
            rowOf[Int(slot.unit)] = Int32(sizes.count)
            sizes.append(0)
        }
        for slot in items.slots { sizes[Int(rowOf[Int(slot.unit)])] += 1 }
        var starts: [Int32] = [0]
        starts.reserveCapacity(sizes.count + 1)
        for size in sizes { starts.append(starts.last! + size) }
        var next = Array(starts.dropLast())
        var order = [Int32](repeating: 0, count: items.slots.count)
        for (position, slot) in items.slots.enumerated() {
            let row = Int(rowOf[Int(slot.unit)])
            order[Int(next[row])] = Int32(position)
            next[row] += 1
        }
        return Rows(items: items, order: order, starts: starts)
    }

    /// The table of `rows` of the period `report`, each unit with its late dossiers and what it
    /// falls short on, or a sentence saying that no unit needs attention when there are none.
    static func html(_ rows: Slice<Rows>, period report: PeriodReport, root: String, model: SiteModel) -> String {
        let strings = model.strings
        guard !rows.isEmpty else { return "<p>" + HTML.escape(strings[.attentionNone]) + "</p>" }
        var html = "<table class=\"attention\">\n<caption>" + HTML.escape(strings[.attentionCaption, ["period": report.period.label]])
        html += "</caption>\n<thead><tr><th scope=\"col\">" + HTML.escape(strings[.colUnit]) + "</th><th scope=\"col\">"
        html += HTML.escape(strings.name(of: Indicator.overdue)) + "</th><th scope=\"col\">" + HTML.escape(strings[.colReason]) + "</th></tr></thead>\n<tbody>\n"
        let items = rows.base.items
        let texts = ReasonTexts(targets: items.targets, strings: strings)
        for row in rows {
            html += "<tr><th scope=\"row\">"
            model.appendUnitLink(row.unitID, root: root, to: &html)
            html += "</th><td class=\"count\">"
            let late = row.positions.first { items.slots[Int($0)].kind == .late }
            html += TableCell.number(report.values[row.unitID]?[.overdue], of: .overdue, strings)
            html += "</td><td>"
            var first = true
            for position in row.positions where position != late {
                if !first { html += "; " }
                first = false
                texts.append(items.slots[Int(position)], to: &html)
            }
            html += "</td></tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    /// The reasons' texts besides the late dossiers, each cut around its number once per table:
    /// `Hồ sơ trực tuyến 45,00 % < 70 %`.
    private struct ReasonTexts {
        /// By the target's position in the list's targets.
        let targets: [(text: SplitText, indicator: Indicator)]
        let apology: SplitText

        init(targets: [Target], strings: Strings) {
            self.targets = targets.map { target in
                let values: KeyValuePairs = [
                    "indicator": strings.shortName(of: target.indicator), "target": DisplayValue.threshold(target.threshold, of: target.indicator),
                ]
                let text = target.indicator.better == .lower ? TextKey.attentionTargetAbove : .attentionTarget
                return (SplitText(strings[text], at: "value", values), target.indicator)
            }
            apology = SplitText(strings[.attentionApology], at: "value")
        }

        func append(_ slot: AttentionSlot, to html: inout String) {
            switch slot.kind {
            case .late: break
            case .missedTarget:
                let target = targets[Int(slot.target)]
                target.text.append(HTML.escape(DisplayValue.text(slot.value, of: target.indicator)), to: &html)
            case .missingApologies: apology.append(HTML.escape(DisplayValue.text(slot.value, of: .apologyRate)), to: &html)
            }
        }
    }
}
