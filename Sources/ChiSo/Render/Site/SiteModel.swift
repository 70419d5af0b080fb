/// What every page is rendered from: the report, the interface texts and lookups made once.
struct SiteModel: Sendable {
    let report: Report
    let strings: Strings
    /// The words charts write, from the strings' `[chart]` table.
    let words: ChartWords
    let timeline: Timeline
    let unitsByID: [String: Unit]
    /// Units in Vietnamese alphabetical order of names.
    let unitsInOrder: [Unit]
    /// The period the overview shows: the one that ends last (ties: the last id).
    let latest: Int?
    /// The number of recent periods a sparkline shows.
    let sparklineLength = 6

    /// Which rendering this is: the current site or an archived edition.
    let edition: SiteEdition

    init(report: Report, strings: Strings, edition: SiteEdition) {
        self.edition = edition
        self.report = report
        self.strings = strings
        words = strings.chartWords
        timeline = Timeline(report)
        unitsByID = Dictionary(uniqueKeysWithValues: report.units.map { ($0.id, $0) })
        unitsInOrder = report.units.sorted { report.nameOrder[$0.id]! < report.nameOrder[$1.id]! }
        latest = report.periods.indices.last
    }

    var layout: LayoutContext { LayoutContext(report: report, strings: strings, edition: edition) }

    /// The name of a unit id.
    func name(_ unitID: String) -> String { unitsByID[unitID]?.name ?? unitID }

    /// The target of `indicator`, if site.toml sets one.
    func target(_ indicator: Indicator) -> Target? {
        report.site.targets[indicator.rawValue].map { Target(indicator: indicator, threshold: $0) }
    }

    /// `indicator`'s values for a unit (nil: the district) over the periods `indices`.
    func series(_ indicator: Indicator, of unitID: String?, over indices: [Int]) -> [IndicatorValue?] {
        indices.map { index in
            let period = report.periods[index]
            return unitID.map { period.values[$0]?[indicator] } ?? period.total[indicator]
        }
    }

    /// The units a period's tables list: those that reported and those that existed then.
    func units(of period: PeriodReport) -> [Unit] {
        unitsInOrder.filter { period.values[$0.id] != nil || $0.exists(during: period.period) }
    }
}
