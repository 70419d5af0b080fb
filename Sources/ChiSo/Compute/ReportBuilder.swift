import Foundation

/// The compute stage: from a validated dataset to the report every output is rendered from.
public enum ReportBuilder {
    /// Computes every indicator, total, ranking, target summary and attention list.
    ///
    /// - Complexity: O(P × (U × I + G × I × n log n)) for P periods, U units, I indicators and
    ///   groups of n units; periods are computed in parallel.
    public static func build(_ dataset: Dataset) -> Report {
        let nameOrder = order(dataset.units)
        var groupOf: [String: String] = [:]
        for unit in dataset.units {
            if let group = dataset.site.groups.first(where: { $0.kinds.contains(unit.kind) }) { groupOf[unit.id] = group.id }
        }
        let targets = Target.all(of: dataset.site)
        let computed = ParallelMap.map(dataset.periods) { data in
            period(data, dataset: dataset, nameOrder: nameOrder, targets: targets)
        }
        var previous: [PeriodKind: PeriodReport] = [:]
        var periods: [PeriodReport] = []
        for report in computed {
            let before = previous[report.period.kind]
            let rankings = report.rankings.map { $0.moved(since: before?.ranking($0.indicator, in: $0.groupID)) }
            let moved = PeriodReport(
                data: report.data, days: report.days, values: report.values, total: report.total, rankings: rankings,
                targets: report.targets, attention: report.attention)
            periods.append(moved)
            previous[report.period.kind] = moved
        }
        return Report(site: dataset.site, units: dataset.units, periods: periods, pages: dataset.pages, groupOf: groupOf, nameOrder: nameOrder)
    }

    private static func period(_ data: PeriodData, dataset: Dataset, nameOrder: [String: Int], targets: [Target]) -> PeriodReport {
        let days = PeriodDays.count(data.period, dataset.site.days)
        var values: [String: IndicatorValues] = [:]
        values.reserveCapacity(data.records.count)
        for (unitID, record) in data.records { values[unitID] = IndicatorCalculator.values(of: record, days: days) }
        let total = DistrictTotal.values(units: Array(data.records.values), total: data.total, days: days)
        var rankings: [Ranking] = []
        for group in dataset.site.groups {
            let members = dataset.units.filter { group.kinds.contains($0.kind) && $0.exists(during: data.period) }
            for indicator in Indicator.allCases where indicator.better != nil {
                let candidates = members.map { Ranker.Candidate(unitID: $0.id, nameOrder: nameOrder[$0.id]!, value: values[$0.id]?[indicator]) }
                rankings.append(Ranker.rank(candidates, on: indicator, group: group.id))
            }
        }
        let summaries = targets.map { target in
            let withValue = values.values.compactMap { $0[target.indicator]?.value }
            return TargetSummary(target: target, meeting: withValue.count(where: target.isMet), withValue: withValue.count)
        }
        let attention = AttentionList.build(values: values, targets: targets, nameOrder: nameOrder)
        return PeriodReport(data: data, days: days, values: values, total: total, rankings: rankings, targets: summaries, attention: attention)
    }

    /// Each unit id's place when names are sorted the Vietnamese way (Ă after A, Đ after D).
    static func order(_ units: [Unit]) -> [String: Int] {
        let vietnamese = Locale(identifier: "vi")
        let sorted = units.sorted { a, b in
            switch a.name.compare(b.name, options: [], range: nil, locale: vietnamese) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: a.id < b.id
            }
        }
        return Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.id, $0) })
    }
}
