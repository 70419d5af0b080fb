/// Checks a period's late.csv against the register and the period's counts.
enum LedgerCheck {
    /// The ledger as domain values, and a diagnostic for each row that is wrong.
    ///
    /// - Complexity: O(rows).
    static func check(_ entries: [LateLedgerFile.Entry], directory: UnitDirectory, records: [Int: Record]) -> ([LateDossier], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var dossiers: [LateDossier] = []
        var codes: [String: Int] = [:]
        var listed: [Int: (returned: Int, pending: Int)] = [:]
        for entry in entries {
            func report(_ problem: any Problem, _ key: String) { diagnostics.append(Diagnostic(problem, at: entry.table.place(key, in: entry.row))) }
            guard let unit = directory.find(entry.unitName) else {
                if directory.isRefused(entry.unitName) { continue }
                report(DataProblem.unknownUnit(name: entry.unitName, suggestion: directory.suggestion(for: entry.unitName)), "unit")
                continue
            }
            if let firstLine = codes[entry.code] {
                report(LedgerProblem.duplicateCode(entry.code, firstLine: firstLine), "code")
                continue
            }
            codes[entry.code] = entry.row.line
            if entry.due < entry.received { report(LedgerProblem.dueBeforeReceived, "due"); continue }
            if let returned = entry.returned, returned < entry.received { report(LedgerProblem.returnedBeforeReceived, "returned"); continue }
            if let returned = entry.returned, returned <= entry.due, (entry.closed ?? returned) <= entry.due {
                report(LedgerProblem.notLate, entry.closed == nil ? "returned" : "closed")
                continue
            }
            var count = listed[unit] ?? (0, 0)
            if entry.returned == nil { count.pending += 1 } else { count.returned += 1 }
            listed[unit] = count
            let record = records[unit] ?? Record()
            let name = directory.units[unit].name
            let limits: [(Field, Int, Bool)] = [
                (.resolvedLate, count.returned, entry.returned != nil), (.pendingOverdue, count.pending, entry.returned == nil),
                (.overdue, count.returned + count.pending, true),
            ]
            if let (field, number, _) = limits.first(where: { limit in limit.2 && record[limit.0].map { limit.1 > $0 } == true }) {
                report(LedgerProblem.moreThanReported(unit: name, listed: number, reported: record[field]!, field: field), "unit")
                continue
            }
            dossiers.append(LateDossier(
                code: entry.code, unitID: directory.units[unit].id, procedure: entry.procedure, received: entry.received, due: entry.due,
                returned: entry.returned, closed: entry.closed, reason: entry.reason, apology: entry.apology))
        }
        return (dossiers, diagnostics)
    }
}
