/// One period, computed: every unit's indicators, the district's, rankings, targets, attention.
public struct PeriodReport: Sendable {
    public let data: PeriodData
    /// The divisor of intake per day.
    public let days: Int
    /// Indicators by unit id, for the units that reported.
    public let values: [String: IndicatorValues]
    public let total: IndicatorValues
    /// One ranking per group and ranked indicator, in group then catalogue order.
    public let rankings: [Ranking]
    /// Each ranked unit's place, for look-ups by unit.
    public let places: RankPlaces
    public let targets: [TargetSummary]
    public let attention: AttentionItems
    /// For each successor that did not exist yet, its predecessors' figures combined; never ranked.
    public let combined: [String: CombinedValues]
    /// How the units changed since the previous period of the kind, when they did.
    public let changes: UnitChanges?

    public var period: Period { data.period }

    public init(
        data: PeriodData, days: Int, values: [String: IndicatorValues], total: IndicatorValues, rankings: [Ranking],
        targets: [TargetSummary], attention: AttentionItems, combined: [String: CombinedValues] = [:],
        changes: UnitChanges? = nil
    ) {
        self.data = data
        self.days = days
        self.values = values
        self.total = total
        self.rankings = rankings
        places = RankPlaces(rankings, index: attention.index)
        self.targets = targets
        self.attention = attention
        self.combined = combined
        self.changes = changes
    }

    /// The ranking of `indicator` in `group`.
    public func ranking(_ indicator: Indicator, in group: String) -> Ranking? {
        rankings.first { $0.indicator == indicator && $0.groupID == group }
    }
}

/// A point of a trend: a period and the value then, nil for a gap.
public struct TrendPoint: Sendable, Equatable {
    public let periodID: String
    public let value: IndicatorValue?
}

/// Everything the site shows, computed once from the dataset (the compute stage's result).
public struct Report: Sendable {
    public let site: Site
    /// The register's units, numbered; its order of names is the order of every list of units.
    public let index: UnitIndex
    /// Units in register order.
    public var units: [Unit] { index.units }
    /// Periods ordered by end date.
    public let periods: [PeriodReport]
    public let pages: [ExtraPage]
    /// The ranking group of each unit id, if its kind is in one.
    public let groupOf: [String: String]
    /// Which units each unit took over.
    public let lineage: Lineage

    /// The series of `indicator` over the periods of `kind`, for a unit (nil: the district).
    ///
    /// - Complexity: O(periods).
    public func trend(_ indicator: Indicator, of unitID: String?, kind: PeriodKind) -> [TrendPoint] {
        periods.filter { $0.period.kind == kind }.map { report in
            TrendPoint(periodID: report.period.id, value: unitID.map { report.values[$0]?[indicator] } ?? report.total[indicator])
        }
    }
}
