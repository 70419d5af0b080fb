import Foundation

/// The compute stage: from a validated dataset to the report every output is rendered from.
public enum ReportBuilder {
    /// Computes every indicator, total, ranking, target summary and attention list.
    ///
    /// Periods are computed in parallel, then each period's ranks are compared with those of
    /// the previous period of its kind, in order. A rate outside 0–100 or a negative count, which
    /// validation should have made impossible, stops the build: no wrong number is published.
    ///
    /// - Complexity: O(P × (U × I + G × I × n log n)) for P periods, U units, I indicators and
    ///   groups of n units.
    public static func build(_ dataset: Dataset) throws(ImpossibleValue) -> Report {
        var groupOf: [String: String] = [:]
        for unit in dataset.units {
            if let group = dataset.site.groups.first(where: { $0.kinds.contains(unit.kind) }) { groupOf[unit.id] = group.id }
        }
        let targets = Target.all(of: dataset.site)
        let lineage = Lineage(dataset.units)
        let unitsByID = Dictionary(dataset.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var computed = ParallelMap.map(dataset.periods) { data in
            period(data, dataset: dataset, targets: targets, lineage: lineage, unitsByID: unitsByID)
        }
        if let impossible = computed.lazy.compactMap(\.impossible).first { throw impossible }
        // Period after period, each period's rankings replaced once moved, so only one period's are
        // held twice at a time; within a period, the rankings are moved in parallel.
        for (index, before) in previousOfKind(computed.map(\.data.period.kind)).enumerated() {
            guard let before else { continue }
            let changes = UnitChanges.between(computed[before].data.period, computed[index].data.period, units: dataset.units, lineage: lineage)
            computed[index].changes = changes
            let renamed = Dictionary(
                (changes?.formed ?? []).filter { $0.parts.count == 1 }.map { ($0.unit, $0.parts[0]) }, uniquingKeysWith: { first, _ in first })
            let earlier = computed[before].rankings
            let current = computed[index].rankings
            computed[index].rankings = ParallelMap.map(Array(current.indices)) { position in
                current[position].moved(since: Self.ranking(current[position], in: earlier, near: position), renamed: renamed)
            }
        }
        let periods = ParallelMap.map(computed) { report in
            PeriodReport(
                data: report.data, days: report.days, values: report.values, total: report.total, rankings: report.rankings,
                targets: report.targets, attention: report.attention, combined: report.combined, changes: report.changes)
        }
        return Report(
            site: dataset.site, index: dataset.index, periods: periods, pages: dataset.pages, groupOf: groupOf,
            lineage: lineage)
    }

    /// A period's values and rankings before its ranks are compared with the previous period's.
    private struct Computed: Sendable {
        let data: PeriodData
        let days: Int
        let values: [String: IndicatorValues]
        let total: IndicatorValues
        var rankings: [Ranking]
        let targets: [TargetSummary]
        let attention: AttentionItems
        let combined: [String: CombinedValues]
        var changes: UnitChanges?
        let impossible: ImpossibleValue?
    }

    /// For each period, the index of the previous period of the same kind (periods are ordered by end date).
    private static func previousOfKind(_ kinds: [PeriodKind]) -> [Int?] {
        var lastOfKind: [PeriodKind: Int] = [:]
        return kinds.enumerated().map { index, kind in
            defer { lastOfKind[kind] = index }
            return lastOfKind[kind]
        }
    }

    /// The ranking of the same group and indicator as `ranking` in `rankings`: at `position`
    /// when both periods rank the same groups and indicators, else searched.
    private static func ranking(_ ranking: Ranking, in rankings: [Ranking], near position: Int) -> Ranking? {
        if position < rankings.count, rankings[position].groupID == ranking.groupID, rankings[position].indicator == ranking.indicator {
            return rankings[position]
        }
        return rankings.first { $0.indicator == ranking.indicator && $0.groupID == ranking.groupID }
    }

    private static func period(
        _ data: PeriodData, dataset: Dataset, targets: [Target], lineage: Lineage,
        unitsByID: [String: Unit]
    ) -> Computed {
        let days = PeriodDays.count(data.period, dataset.site.days)
        var values: [String: IndicatorValues] = [:]
        values.reserveCapacity(data.records.count)
        for (unitID, record) in data.records { values[unitID] = IndicatorCalculator.values(of: record, days: days) }
        let total = DistrictTotal.values(units: Array(data.records.values), total: data.total, days: days)
        var rankings: [Ranking] = []
        for group in dataset.site.groups {
            let numbers = dataset.units.indices.filter { group.kinds.contains(dataset.units[$0].kind) && dataset.units[$0].exists(during: data.period) }
            let members = RankMembers(numbers: numbers, index: dataset.index, values: numbers.map { values[dataset.units[$0].id] })
            for indicator in Indicator.allCases where indicator.better != nil {
                rankings.append(Ranker.rank(members, on: indicator, group: group.id))
            }
        }
        let summaries = targets.map { target in
            let withValue = values.values.compactMap { $0[target.indicator]?.value }
            return TargetSummary(target: target, meeting: withValue.count(where: target.isMet), withValue: withValue.count)
        }
        let attention = AttentionList.build(values: values, index: dataset.index, targets: targets)
        return Computed(
            data: data, days: days, values: values, total: total, rankings: rankings, targets: summaries, attention: attention,
            combined: combined(data, unitsByID: unitsByID, lineage: lineage, days: days),
            impossible: ImpossibleValue.first(in: data, values: values, total: total))
    }

    /// The values of each successor that did not yet exist in the period, combined from its
    /// predecessors that did.
    ///
    /// - Complexity: O(predecessors × fields).
    private static func combined(_ data: PeriodData, unitsByID byID: [String: Unit], lineage: Lineage, days: Int) -> [String: CombinedValues] {
        var combined: [String: CombinedValues] = [:]
        for (id, predecessors) in lineage.predecessors {
            guard let from = byID[id]?.from, data.period.end < from else { continue }
            let existing = predecessors.filter { byID[$0]?.exists(during: data.period) == true }
            let parts = existing.compactMap { part in data.records[part].map { (id: part, record: $0) } }
            let missing = existing.filter { data.records[$0] == nil }
            combined[id] = CombinedValues.combine(parts, missing: missing, days: days)
        }
        return combined
    }
}
