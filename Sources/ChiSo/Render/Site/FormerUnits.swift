/// The units that had ended before a period (đơn vị cũ): merged into another, renamed or gone,
/// listed apart from the table of the period's units, each with its last day and its successor.
enum FormerUnits {
    /// The units of `units` whose `until` falls before the period at `index` starts.
    static func of(_ units: [Unit], before index: Int, model: SiteModel) -> [Unit] {
        let start = model.report.periods[index].period.start
        return units.filter { $0.until.map { $0 < start } ?? false }
    }

    /// One line of markup per unit: "Xã An Lạc: đến 30/06/2025, đã sáp nhập vào Xã Minh An", with links.
    static func items(_ units: [Unit], root: String, model: SiteModel) -> [String] {
        let strings = model.strings
        return units.map { unit in
            var html = ""
            model.appendUnitLink(unit.id, root: root, to: &html)
            if let until = unit.until { html += HTML.escape(strings[.formerUntil, ["date": DisplayDate.text(until)]]) }
            if let successor = unit.successor.flatMap({ model.unitsByID[$0] }) {
                let key: TextKey =
                    switch Succession.of(unit, into: successor, model: model) {
                    case .absorbed: .formerMergedInto
                    case .merged: .formerMergedWith
                    case .renamed: .formerRenamedTo
                    }
                html += SplitText(strings[key], at: "unit").with(ChangesText.links([successor.id], root: root, model: model))
            }
            return html
        }
    }
}
