/// What every page is rendered from: the report, the interface texts and lookups made once.
struct SiteModel: Sendable {
    let report: Report
    let strings: Strings
    /// The words charts write, from the strings' `[chart]` table.
    let words: ChartWords
    /// Ranks and movements as the site writes them, their texts prepared once for every page.
    let placeText: PlaceText
    let timeline: Timeline
    let unitsByID: [String: Unit]
    /// Units in Vietnamese alphabetical order of names.
    let unitsInOrder: [Unit]
    /// The period the overview shows: the one that ends last (ties: the last id).
    let latest: Int?
    /// The number of recent periods a sparkline shows.
    let sparklineLength = 6
    /// Per period, each unit's values by position (nil: not reported), read without hashing.
    private let grid: [[IndicatorValues?]]
    /// Per position, `units/<id>/index.html">name</a>`: the end of a link to the unit's page.
    let linkTails: [String]
    /// Each unit's late dossiers with the index of their period, in period then file order.
    let lateByUnit: [String: [(period: Int, dossier: LateDossier)]]

    /// Which rendering this is: the current site or an archived edition.
    let edition: SiteEdition
    /// By kind, the category axis of all its periods: what most charts of the site run over.
    private let axes: [PeriodKind: CategoryAxis]

    /// The model of `report`'s pages; `strings` are the theme's, spoken at the site's level.
    init(report: Report, strings themeStrings: Strings, edition: SiteEdition) {
        let strings = themeStrings.speaking(for: report.site.level)
        self.edition = edition
        self.report = report
        self.strings = strings
        words = strings.chartWords
        placeText = PlaceText(strings: strings)
        unitsByID = Dictionary(uniqueKeysWithValues: report.units.map { ($0.id, $0) })
        unitsInOrder = report.index.unitsInNameOrder
        latest = report.periods.indices.last
        layout = LayoutContext(report: report, strings: strings, edition: edition)
        grid = report.periods.map { period in report.units.map { period.values[$0.id] } }
        var late: [String: [(period: Int, dossier: LateDossier)]] = [:]
        for (index, period) in report.periods.enumerated() {
            for dossier in period.data.late { late[dossier.unitID, default: []].append((index, dossier)) }
        }
        lateByUnit = late
        let timeline = Timeline(report)
        self.timeline = timeline
        axes = PeriodKind.allCases.reduce(into: [:]) { axes, kind in
            let indices = timeline.periods(of: kind)
            if !indices.isEmpty { axes[kind] = CategoryAxis(SiteCharts.labels(indices, report: report, strings: strings)) }
        }
        linkTails = report.units.map { "\(HTML.escape(SitePaths.unit($0.id)))\">\(HTML.escape($0.name))</a>" }
    }

    /// The category axis over the periods at `indices`: made once per kind for all its periods.
    func axis(_ indices: [Int]) -> CategoryAxis {
        if let first = indices.first, let axis = axes[report.periods[first].period.kind], timeline.periods(of: report.periods[first].period.kind) == indices {
            return axis
        }
        return CategoryAxis(SiteCharts.labels(indices, report: report, strings: strings))
    }

    /// What the base layout shows on every page.
    let layout: LayoutContext

    /// Appends a link to the unit's page from a page at `root`, or its id as text for a unit
    /// not in the register; returns the unit's number in the report's index.
    @discardableResult
    func appendUnitLink(_ unitID: String, root: String, to html: inout String) -> Int? {
        guard let unit = report.index.number(of: unitID) else {
            html += HTML.escape(unitID)
            return nil
        }
        html += "<a href=\""
        html += root
        html += linkTails[unit]
        return unit
    }

    /// The same link, appended to markup being written.
    @discardableResult
    func appendUnitLink(_ unitID: String, root: String, to html: inout Markup) -> Int? {
        guard let unit = report.index.number(of: unitID) else {
            html.append(text: unitID)
            return nil
        }
        html += "<a href=\"\(raw: root)\(raw: linkTails[unit])"
        return unit
    }

    /// The name of a unit id.
    func name(_ unitID: String) -> String { unitsByID[unitID]?.name ?? unitID }

    /// The target of `indicator`, if site.toml sets one.
    func target(_ indicator: Indicator) -> Target? {
        report.site.targets[indicator.rawValue].map { Target(indicator: indicator, threshold: $0) }
    }

    /// `indicator`'s values for a unit (nil: the district) over the periods `indices`.
    func series(_ indicator: Indicator, of unitID: String?, over indices: [Int]) -> [IndicatorValue?] {
        guard let unitID else { return indices.map { report.periods[$0].total[indicator] } }
        guard let unit = report.index.number(of: unitID) else { return indices.map { _ in nil } }
        return series(indicator, at: unit, over: indices)
    }

    /// The values of the unit at `unit` in `report.units` in the period at `period`; nil when it did not report.
    func values(period: Int, unit: Int) -> IndicatorValues? { grid[period][unit] }

    /// `indicator`'s values for the unit at `unit` in `report.units` over the periods `indices`.
    func series(_ indicator: Indicator, at unit: Int, over indices: [Int]) -> [IndicatorValue?] {
        indices.map { grid[$0][unit]?[indicator] }
    }

    /// `indicator`'s values for a unit over the periods `indices` where they are combined from its
    /// predecessors (before it existed); nil elsewhere.
    func combinedSeries(_ indicator: Indicator, of unitID: String, over indices: [Int]) -> [IndicatorValue?] {
        indices.map { report.periods[$0].combined[unitID]?.values[indicator] }
    }

    /// The units a period's tables list: those that reported and those that existed then.
    func units(of period: PeriodReport) -> [Unit] { SummaryTable.listed(unitsInOrder, in: period) }
}
