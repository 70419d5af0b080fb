/// A unit's ledger of late dossiers, period by period, newest first: how many dossiers the unit
/// listed in a period's late.csv against how many it reported overdue, so a list that explains
/// part of them never reads as complete.
struct LateLedger {
    /// One period of the ledger.
    struct Period {
        /// The period's label: `Tháng 01/2025`.
        let label: String
        /// The dossiers the unit listed in the period's late.csv: every row, those returned on time
        /// but closed late on the system included, as the system counts them overdue too.
        var listed: Int { rows.count }
        /// The unit's overdue dossiers as its figures for the period give them; nil when they do not.
        let reported: Int?
        /// The unit's rows of the period's late.csv, in file order.
        let rows: [LateDossier]
    }

    /// The periods with rows, and the periods of `kind` in which the unit reported overdue
    /// dossiers and listed none; newest first.
    let periods: [Period]

    /// The ledger of `unitID` from its rows (`model.lateByUnit`) and its reported overdue counts;
    /// `kind` is the kind of period the unit's page charts, nil when it reported in none.
    init(unitID: String, kind: PeriodKind?, model: SiteModel) {
        var rows: [Int: [LateDossier]] = [:]
        for (period, dossier) in model.lateByUnit[unitID] ?? [] { rows[period, default: []].append(dossier) }
        periods = model.report.periods.indices.reversed().compactMap { index in
            let period = model.report.periods[index]
            let overdue = period.values[unitID]?[.overdue].map { $0.value.numerator / $0.value.denominator }
            let listed = rows[index] ?? []
            guard !listed.isEmpty || (period.period.kind == kind && (overdue ?? 0) > 0) else { return nil }
            return Period(label: period.period.label, reported: overdue, rows: listed)
        }
    }
}

extension LateLedger.Period {
    /// The period and how much of it the unit explained: `Tháng 01/2025 — đã giải trình 9/86`,
    /// `… — chưa có giải trình 0/22`, or `… — đã giải trình 9 hồ sơ` when no overdue count was reported.
    func coverage(_ strings: Strings) -> String {
        let listed = DisplayNumber.count(self.listed)
        guard let reported else { return strings[.lateListed, ["period": label, "listed": listed]] }
        let key: TextKey = self.listed == 0 ? .lateUnexplained : .lateExplained
        return strings[key, ["period": label, "listed": listed, "reported": DisplayNumber.count(reported)]]
    }
}
