/// `units/<id>/index.html`: a unit's figures, trends, ranks, history and late dossiers.
enum UnitPage {
    /// The indicators of the rank-history chart.
    static let rankedOnChart: [Indicator] = [.onTimeRate, .onlineRate, .fullDigitizationRate, .onlinePaymentRate]

    static func render(_ unit: Unit, model: SiteModel, theme: Theme) -> OutputFile {
        let path = SitePaths.unit(unit.id)
        let root = SitePaths.root(of: path)
        let strings = model.strings
        var context = model.layout.context(path: path, title: unit.name, section: .navUnits)
        var about = [strings.name(of: unit.kind)]
        if let groupID = model.report.groupOf[unit.id], let group = model.report.site.groups.first(where: { $0.id == groupID }) {
            about.append(group.label)
        }
        context["unit"] = ["name": unit.name, "about": about.joined(separator: " · ")]
        var notes: [String] = []
        if let from = unit.from { notes.append(HTML.escape(strings[.reportsFrom, ["date": DisplayDate.text(from)]])) }
        if let until = unit.until { notes.append(HTML.escape(strings[.reportsUntil, ["date": DisplayDate.text(until)]])) }
        let predecessors = (model.report.lineage.direct[unit.id] ?? []).compactMap { model.unitsByID[$0] }
        if !predecessors.isEmpty {
            let key: TextKey =
                !Succession.isNew(unit, after: predecessors) ? .absorbedUnits : predecessors.count > 1 ? .formedFrom : .renamedFrom
            notes.append(SplitText(strings[key], at: "units").with(ChangesText.links(predecessors.map(\.id), root: root, model: model)))
        }
        if let successor = unit.successor.flatMap({ model.unitsByID[$0] }) {
            notes.append(Succession.note(unit, into: successor, root: root, model: model))
        }
        context["notes"] = notes
        let latest = model.report.periods.indices.last { model.report.periods[$0].values[unit.id] != nil }
        if let latest {
            let period = model.report.periods[latest]
            let indices = model.timeline.periods(of: period.period.kind).filter { $0 <= latest || model.report.periods[$0].values[unit.id] != nil }
            context["latest"] = ["label": period.period.label, "href": root + SitePaths.period(period.period.id)]
            context["figures"] = Headlines.list(of: unit.id, period: latest, model: model)
            context["charts"] = SiteCharts.rates.filter { indicator in
                !model.series(indicator, of: unit.id, over: indices).allSatisfy { $0 == nil }
                    || !model.combinedSeries(indicator, of: unit.id, over: indices).allSatisfy { $0 == nil }
            }.map { SiteCharts.trend($0, of: unit.id, over: indices, model: model) }
            if let from = unit.from, indices.contains(where: { model.report.periods[$0].combined[unit.id] != nil }) {
                let date = DisplayDate.text(from)
                context["combined_note"] = Succession.renamedFrom(unit, model: model).map { strings[.renamedNote, ["date": date, "unit": $0.name]] }
                    ?? strings[.combinedNote, ["date": date]]
            }
            context["intake"] = SiteCharts.intake(of: unit.id, over: indices, model: model)
            context["ranks"] = SiteCharts.ranks(of: unit.id, rankedOnChart, over: indices, model: model)
            context["history"] = HistoryTable.html(unit.id, over: indices, root: root, model: model)
            context["has_reported"] = indices.contains { index in
                Indicator.allCases.contains { model.report.periods[index].values[unit.id]?[$0]?.source == .reported }
            }
        }
        let ledger = LateLedger(unitID: unit.id, kind: latest.map { model.report.periods[$0].period.kind }, model: model)
        context["late"] = LateTable.overdue(ledger, strings: strings)
        context["closed_late"] = LateTable.closedLate(ledger, strings: strings)
        let position = model.report.index.nameRank(of: unit.id)!
        let target = { (other: Unit) in Pager.Target(path: SitePaths.unit(other.id), label: other.name) }
        context["pager"] = Pager.context(
            label: strings[.pagerUnits], previous: position > 0 ? target(model.unitsInOrder[position - 1]) : nil,
            next: position + 1 < model.unitsInOrder.count ? target(model.unitsInOrder[position + 1]) : nil, root: root, strings: strings,
            kind: (.previousUnit, .nextUnit))
        return OutputFile(path: path, text: theme.render(.unit, context))
    }
}
