import Foundation

/// Reads units.csv, the register of reporting units.
enum UnitRegisterFile {
    static let keys = ["id", "name", "kind", "aliases", "from", "until", "successor"]

    /// A register row with the place of its id cell, for later checks across rows.
    struct Entry: Sendable {
        let unit: Unit
        let row: Row
        let table: KeyedTable
    }

    /// Every well-formed unit, the names (id, name, aliases) of the rows refused, and a diagnostic
    /// for each problem of a single row.
    static func read(_ text: TextBytes, path: String) -> (entries: [Entry], refused: [String], diagnostics: [Diagnostic]) {
        let (table, headerDiagnostics) = KeyedTable.read(text, path: path, key: { keys.contains(NameKey.make($0)) ? NameKey.make($0) : nil }) {
            RegisterProblem.unknownColumn($0, accepted: keys)
        }
        guard let table else { return ([], [], headerDiagnostics) }
        var diagnostics = headerDiagnostics
        for key in ["id", "name", "kind"] where table.columns[key] == nil {
            diagnostics.append(Diagnostic(RegisterProblem.missingColumn(key), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        guard diagnostics.isEmpty else { return ([], [], diagnostics) }
        var entries: [Entry] = []
        var refused: [String] = []
        for row in table.body {
            func report(_ problem: RegisterProblem, _ key: String) { diagnostics.append(Diagnostic(problem, at: table.place(key, in: row))) }
            let id = table.text("id", in: row)
            let name = table.text("name", in: row)
            let kindText = table.text("kind", in: row)
            var valid = true
            if !Slug.isValid(id) {
                report(.invalidID(id, suggestion: Slug.suggest(for: id.isEmpty ? name : id)), "id")
                valid = false
            }
            if name.isEmpty { report(.missingName, "name"); valid = false }
            let kind = UnitKind(rawValue: NameKey.make(kindText))
            if kind == nil { report(.unknownKind(kindText), "kind"); valid = false }
            func day(_ key: String) -> Day? {
                let text = table.text(key, in: row)
                guard !text.isEmpty else { return nil }
                guard let day = Day(parsing: text) else { report(.invalidDate(key: key, found: text), key); valid = false; return nil }
                return day
            }
            let from = day("from")
            let until = day("until")
            if let from, let until, from > until { report(.fromAfterUntil(from: from, until: until), "until"); valid = false }
            let successor = table.text("successor", in: row)
            let aliases = table.text("aliases", in: row).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard valid, let kind else {
                refused += [id, name] + aliases
                continue
            }
            let unit = Unit(id: id, name: name, kind: kind, aliases: aliases, from: from, until: until, successor: successor.isEmpty ? nil : successor)
            entries.append(Entry(unit: unit, row: row, table: table))
        }
        return (entries, refused, diagnostics)
    }
}
