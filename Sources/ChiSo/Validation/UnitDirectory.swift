/// Finds the unit a data file means, by id, name or alias (NFC, case folded, spaces collapsed).
struct UnitDirectory: Sendable {
    let units: [Unit]
    /// Positions by spelling exactly as registered (most data rows use one), then by `NameKey`.
    private let exact: [String: Int]
    private let index: [String: Int]
    private let spellings: [String]

    /// The directory and a diagnostic for each id or name used twice.
    static func build(_ entries: [UnitRegisterFile.Entry]) -> (UnitDirectory, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var units: [Unit] = []
        var index: [String: Int] = [:]
        var exact: [String: Int] = [:]
        var idLines: [String: Int] = [:]
        for entry in entries {
            let unit = entry.unit
            if let firstLine = idLines[unit.id] {
                diagnostics.append(Diagnostic(RegisterProblem.duplicateID(unit.id, firstLine: firstLine), at: entry.table.place("id", in: entry.row)))
                continue
            }
            idLines[unit.id] = entry.row.line
            let position = units.count
            units.append(unit)
            for (name, column) in [(unit.id, "id"), (unit.name, "name")] + unit.aliases.map({ ($0, "aliases") }) {
                let key = NameKey.make(name)
                if let other = index[key], other != position {
                    let problem = RegisterProblem.nameClash(name: name, other: units[other].id)
                    diagnostics.append(Diagnostic(problem, at: entry.table.place(column, in: entry.row)))
                } else {
                    index[key] = position
                    exact[name] = position
                }
            }
        }
        let ids = Set(units.map(\.id))
        for entry in entries {
            guard let successor = entry.unit.successor else { continue }
            let place = entry.table.place("successor", in: entry.row)
            if successor == entry.unit.id {
                diagnostics.append(Diagnostic(RegisterProblem.selfSuccessor, at: place))
            } else if !ids.contains(successor) {
                diagnostics.append(Diagnostic(RegisterProblem.unknownSuccessor(successor), at: place))
            } else if entry.unit.until == nil {
                diagnostics.append(Diagnostic(RegisterProblem.successorWithoutUntil, at: place))
            }
        }
        let spellings = units.flatMap { [$0.name] + $0.aliases }
        return (UnitDirectory(units: units, exact: exact, index: index, spellings: spellings), diagnostics)
    }

    /// The position in `units` of the unit named `name`, if any.
    func find(_ name: String) -> Int? { exact[name] ?? index[NameKey.make(name)] }

    /// The registered name nearest to `name` without diacritics and the `UBND` prefix, if near.
    func suggestion(for name: String) -> String? {
        let bare = UnitDirectory.withoutPrefix(name)
        return Similarity.closest(to: bare, among: spellings.map(UnitDirectory.withoutPrefix)).flatMap { match in
            spellings.first { UnitDirectory.withoutPrefix($0) == match }
        }
    }

    private static func withoutPrefix(_ name: String) -> String {
        let key = NameKey.make(name)
        for prefix in ["ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân "] where key.hasPrefix(prefix) { return String(key.dropFirst(prefix.count)) }
        return key
    }
}
