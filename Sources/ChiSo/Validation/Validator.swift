import Foundation

/// The validate stage: from parsed content to a dataset every later stage can trust.
public enum Validator {
    /// The dataset when the content has no error, every diagnostic found (parsing's included),
    /// and the ids of the periods that are clean: read and checked with nothing to report. A
    /// period whose data files `kept` holds (`PeriodSource.kept`) takes its values from there,
    /// and the units their name order when `kept` has it.
    ///
    /// - Complexity: O(rows × columns) over the datasets read; periods are checked in parallel.
    public static func validate(_ content: Content, kept: KeptChecks = KeptChecks()) -> (Dataset?, [Diagnostic], clean: Set<String>) {
        var diagnostics = content.diagnostics
        let (directory, registerDiagnostics) = UnitDirectory.build(content.units, refused: content.refusedUnitNames)
        diagnostics += registerDiagnostics
        if let site = content.site { diagnostics += ungrouped(directory.units, site, at: content.groupsPlace) }
        diagnostics += overlaps(content.periods)
        let checked = ParallelMap.map(content.periods) { source -> (PeriodData?, [Diagnostic]) in
            if source.kept, let values = kept.periods[source.id] { return (source.period.map { reuse(values, of: $0, notes: source.notes) }, []) }
            return check(source, directory: directory)
        }
        diagnostics += checked.flatMap(\.1)
        let clean = Set(zip(content.periods, checked).filter { $0.0.clean && $0.1.1.isEmpty }.map(\.0.id))
        guard let site = content.site, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics, clean) }
        let periods = checked.compactMap(\.0).sorted { ($0.period.end, $0.period.id) < ($1.period.end, $1.period.id) }
        return (Dataset(site: site, units: directory.units, periods: periods, pages: content.pages, nameOrder: kept.nameOrder), diagnostics, clean)
    }

    /// A warning for each kind that some unit has and no ranking group takes: those units are not ranked.
    static func ungrouped(_ units: [Unit], _ site: Site, at place: SourceLocation) -> [Diagnostic] {
        let used = Set(units.map(\.kind))
        let grouped = Set(site.groups.flatMap(\.kinds))
        return UnitKind.allCases.filter { used.contains($0) && !grouped.contains($0) }
            .map { Diagnostic(ConfigProblem.kindWithoutGroup($0.rawValue), at: place) }
    }

    /// Two periods of one kind that share a day: reported on the later one.
    static func overlaps(_ sources: [PeriodSource]) -> [Diagnostic] {
        let periods = sources.compactMap { source in source.period.map { (source, $0) } }.sorted { ($0.1.start, $0.1.id) < ($1.1.start, $1.1.id) }
        var diagnostics: [Diagnostic] = []
        var latest: [PeriodKind: Period] = [:]
        for (source, period) in periods {
            if let previous = latest[period.kind], previous.overlaps(period) {
                diagnostics.append(Diagnostic(ConfigProblem.overlappingPeriods(other: previous.id, kind: period.kind.rawValue), at: source.startPlace))
            }
            if latest[period.kind].map({ $0.end < period.end }) ?? true { latest[period.kind] = period }
        }
        return diagnostics
    }

    private static func reuse(_ values: CheckedValues, of period: Period, notes: String?) -> PeriodData {
        PeriodData(period: period, records: values.records, total: values.total, late: values.late, notes: notes)
    }

    private static func check(_ source: PeriodSource, directory: UnitDirectory) -> (PeriodData?, [Diagnostic]) {
        var merge = PeriodMerge(directory: directory, period: source.period)
        merge.merge(source.datasets)
        var diagnostics = merge.diagnostics + source.datasets.flatMap(RateFractions.check)
        if let period = source.period { diagnostics += source.datasets.compactMap { HeadingPeriod.check($0, period: period) } }
        var records: [String: Record] = [:]
        records.reserveCapacity(merge.records.count)
        for (unit, var record) in merge.records {
            let name = directory.units[unit].name
            let sources = merge.sources(of: unit)
            diagnostics += completed(&record, owner: name, sources: sources, in: source.datasets)
            diagnostics += disagreements(record, owner: name, sources: sources, in: source.datasets)
            records[directory.units[unit].id] = record
        }
        var total = merge.total
        if total != nil {
            let failures = completed(&total!, owner: PeriodMerge.totalOwner, sources: merge.totalSources, in: source.datasets)
            if !merge.totalMismatched { diagnostics += failures }
            diagnostics += disagreements(total!, owner: PeriodMerge.totalOwner, sources: merge.totalSources, in: source.datasets)
        }
        let (late, ledgerDiagnostics) = LedgerCheck.check(source.late, directory: directory, records: merge.records)
        diagnostics += ledgerDiagnostics
        guard let period = source.period else { return (nil, diagnostics) }
        return (PeriodData(period: period, records: records, total: total, late: late, notes: source.notes), diagnostics)
    }

    /// Derives what the identities determine; each identity that fails is reported at the cell of
    /// the field it names, in the row that gives it.
    private static func completed(_ record: inout Record, owner: String, sources: [(file: Int, row: Row)], in datasets: [DatasetFile]) -> [Diagnostic] {
        Identities.complete(&record).map { failure in
            let given = sources.first { datasets[$0.file].header.columns.contains { $0.meaning == .count(failure.field) } }
            let place = given.map { datasets[$0.file].location(of: failure.field, in: $0.row) } ?? datasets[sources[0].file].location(of: nil, in: sources[0].row)
            let problem = failure.missing.isEmpty
                ? DataProblem.identityFails(identity: failure.identity, unit: owner, detail: failure.detail)
                : DataProblem.partsExceedWhole(identity: failure.identity, unit: owner, detail: failure.detail, missing: failure.missing)
            return Diagnostic(problem, at: place)
        }
    }

    /// Rates that disagree with their counts, each reported at the row that gives the rate.
    private static func disagreements(_ record: Record, owner: String, sources: [(file: Int, row: Row)], in datasets: [DatasetFile]) -> [Diagnostic] {
        RateAgreement.disagreements(in: record).map { rate, reported, computed in
            let problem = DataProblem.rateDisagrees(rate: rate, unit: owner, reported: percent(reported), computed: percent(computed))
            let (file, row) = sources.first { datasets[$0.file].header.columns.contains { $0.meaning == .rate(rate) } } ?? sources[0]
            return Diagnostic(problem, at: datasets[file].unitLocation(in: row))
        }
    }

    private static func percent(_ ratio: Ratio) -> String {
        String(format: "%.2f", ratio.doubleValue).replacingOccurrences(of: ".", with: ",")
    }
}
