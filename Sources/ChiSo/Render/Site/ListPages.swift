/// `periods/index.html`: every period, by kind, newest first.
enum PeriodsPage {
    static func render(_ model: SiteModel, theme: Theme) -> OutputFile {
        let path = SitePaths.periods
        var context = model.layout.context(path: path, title: model.strings[.navPeriods], section: .navPeriods)
        context["list_heading"] = "h2"
        context["period_kinds"] = kinds(model, root: SitePaths.root(of: path))
        return OutputFile(path: path, text: theme.render(.periods, context))
    }

    /// The periods under their kind's name, newest first, with the district's on-time rate.
    static func kinds(_ model: SiteModel, root: String) -> [[String: Any]] {
        let strings = model.strings
        return PeriodKind.allCases.compactMap { kind -> [String: Any]? in
            let indices = model.timeline.periods(of: kind)
            guard !indices.isEmpty else { return nil }
            let periods: [[String: Any]] = indices.reversed().map { index in
                let period = model.report.periods[index]
                return [
                    "label": period.period.label,
                    "href": root + SitePaths.period(period.period.id),
                    "dates": strings[.periodDates, ["start": DisplayDate.text(period.period.start), "end": DisplayDate.text(period.period.end)]],
                    "on_time": period.total[.onTimeRate].map { DisplayValue.text($0.value, of: .onTimeRate) } ?? strings[.noData],
                ]
            }
            return ["kind": strings.name(of: kind), "periods": periods]
        }
    }
}

/// `units/index.html`: every unit by ranking group, in Vietnamese alphabetical order, with its
/// figures in the latest period that has them, and below them the units that had ended before it;
/// only the names when there is no period.
enum UnitsPage {
    static func render(_ model: SiteModel, theme: Theme) -> OutputFile {
        let path = SitePaths.units
        let root = SitePaths.root(of: path)
        var context = model.layout.context(path: path, title: model.strings[.navUnits], section: .navUnits)
        context["methods_href"] = root + SitePaths.methods
        if let latest = figuresPeriod(model) {
            let former = FormerUnits.of(model.unitsInOrder, before: latest, model: model)
            let ended = Set(former.map(\.id))
            let current = model.unitsInOrder.filter { !ended.contains($0.id) }
            let groups = SummaryTable.grouped(current, report: model.report, strings: model.strings)
            context["former"] = former.isEmpty ? nil : ["items": FormerUnits.items(former, root: root, model: model)]
            context["table"] = UnitListTable.html(groups, period: latest, root: root, model: model)
            let values = model.report.periods[latest].values
            context["has_reported"] = model.unitsInOrder.contains { unit in
                UnitListTable.indicators.contains { values[unit.id]?[$0]?.source == .reported }
            }
        } else {
            context["list_heading"] = "h2"
            context["groups"] = groups(model, root: root)
        }
        return OutputFile(path: path, text: theme.render(.units, context))
    }

    /// The latest period in which some unit has one of the table's figures (a later period holding
    /// only digitisation rates would leave every cell empty), else the latest period.
    static func figuresPeriod(_ model: SiteModel) -> Int? {
        model.report.periods.indices.last { index in
            model.report.periods[index].values.values.contains { values in UnitListTable.indicators.contains { values[$0] != nil } }
        } ?? model.latest
    }

    /// The units under their group's label, each with its kind: the overview's list.
    static func groups(_ model: SiteModel, root: String) -> [[String: Any]] {
        SummaryTable.grouped(model.unitsInOrder, report: model.report, strings: model.strings).map { group in
            [
                "label": group.label,
                "units": group.units.map { unit in
                    ["name": unit.name, "href": root + SitePaths.unit(unit.id), "kind": model.strings.name(of: unit.kind), "former": unit.successor != nil]
                },
            ]
        }
    }
}
