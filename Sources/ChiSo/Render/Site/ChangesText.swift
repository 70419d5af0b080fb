/// What a period's report says when units merged, began or ended since the previous period of its
/// kind: one sentence ("Từ 01/07/2025: 9 đơn vị cũ hợp nhất thành 4 đơn vị mới; 3 đơn vị thôi báo
/// cáo") and a line per new unit naming, with links, the old units it took over.
enum ChangesText {
    /// The template context `changes` of the period at `index` seen from a page at `root`: `summary`
    /// and `items` (markup), or nil when its units did not change.
    static func context(period index: Int, root: String, model: SiteModel) -> [String: Any]? {
        guard let changes = model.report.periods[index].changes else { return nil }
        let strings = model.strings
        let merges = changes.formed.filter { $0.parts.count > 1 }
        let renames = changes.formed.filter { $0.parts.count == 1 }
        var parts: [String] = []
        if !merges.isEmpty {
            let old = merges.reduce(0) { $0 + $1.parts.count }
            parts.append(strings[.changesMerged, ["old": String(old), "new": String(merges.count)]])
        }
        if !renames.isEmpty { parts.append(strings[.changesRenamed, ["n": String(renames.count)]]) }
        if !changes.absorbed.isEmpty {
            parts.append(strings[.changesAbsorbed, ["n": String(changes.absorbed.reduce(0) { $0 + $1.parts.count })]])
        }
        if !changes.started.isEmpty { parts.append(strings[.changesStarted, ["n": String(changes.started.count)]]) }
        if !changes.ended.isEmpty { parts.append(strings[.changesEnded, ["n": String(changes.ended.count)]]) }
        let lead = changes.since.map { strings[.changesSince, ["date": DisplayDate.text($0)]] } ?? strings[.changesThisPeriod]
        let items = (changes.formed + changes.absorbed).enumerated().map { index, formation in
            let key: TextKey =
                index >= changes.formed.count ? .changesAbsorbedItem : formation.parts.count > 1 ? .changesMergedItem : .changesRenamedItem
            return SplitText.markup(
                strings.texts[key.rawValue] ?? key.rawValue,
                ["unit": links([formation.unit], root: root, model: model), "parts": links(formation.parts, root: root, model: model)])
        }
        return ["summary": lead + ": " + parts.joined(separator: "; ") + ".", "items": items]
    }

    /// The units' names as links to their pages, separated by commas.
    static func links(_ unitIDs: [String], root: String, model: SiteModel) -> String {
        var html = ""
        for (index, id) in unitIDs.enumerated() {
            if index > 0 { html += ", " }
            model.appendUnitLink(id, root: root, to: &html)
        }
        return html
    }
}
