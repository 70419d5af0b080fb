import Foundation

/// Finds the unit a data file means, by id, name or alias (NFC, case folded, spaces collapsed).
struct UnitDirectory: Sendable {
    let units: [Unit]
    /// Positions by spelling exactly as registered (most data rows use one), then by `NameKey`.
    private let exact: [String: Int]
    private let index: [String: Int]
    private let spellings: [String]
    /// The names of the register's refused rows, by `NameKey`.
    private let refused: Set<String>
    /// The spellings prepared for suggestions, made when the first unknown name asks.
    private let nearby = NearbySpellings()

    /// The directory and a diagnostic for each id or name used twice.
    static func build(_ entries: [UnitRegisterFile.Entry], refused: [String]) -> (UnitDirectory, [Diagnostic]) {
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
        let successors = Dictionary(units.map { ($0.id, $0.successor) }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            guard let successor = entry.unit.successor else { continue }
            let place = entry.table.place("successor", in: entry.row)
            if successor == entry.unit.id {
                diagnostics.append(Diagnostic(RegisterProblem.selfSuccessor, at: place))
            } else if !ids.contains(successor) {
                diagnostics.append(Diagnostic(RegisterProblem.unknownSuccessor(successor), at: place))
            } else if let cycle = cycle(from: entry.unit.id, successors: successors), cycle.first == cycle.min() {
                diagnostics.append(Diagnostic(RegisterProblem.successorCycle(cycle), at: place))
            } else if entry.unit.until == nil {
                diagnostics.append(Diagnostic(RegisterProblem.successorWithoutUntil, at: place))
            }
        }
        let spellings = units.flatMap { [$0.name] + $0.aliases }
        let refusedKeys = Set(refused.filter { !$0.isEmpty }.map(NameKey.make))
        return (UnitDirectory(units: units, exact: exact, index: index, spellings: spellings, refused: refusedKeys), diagnostics)
    }

    /// The loop of successors through `id`, from `id` round to it again (`a → b → a`), or nil when
    /// its chain of successors ends. Reported once per loop, at the unit of the smallest id.
    ///
    /// - Complexity: O(length of the chain).
    private static func cycle(from id: String, successors: [String: String?]) -> [String]? {
        var chain = [id]
        var seen: Set = [id]
        while let next = successors[chain[chain.count - 1]] ?? nil {
            if next == id { return chain + [id] }
            guard seen.insert(next).inserted else { return nil }
            chain.append(next)
        }
        return nil
    }

    /// The position in `units` of the unit named `name`, if any.
    func find(_ name: String) -> Int? { exact[name] ?? index[NameKey.make(name)] }

    /// True when `name` is a unit whose units.csv row was refused: that row's error is the one to fix.
    func isRefused(_ name: String) -> Bool { refused.contains(NameKey.make(name)) }

    /// The registered name nearest to `name` without diacritics, the `UBND` prefix and the short
    /// forms of a commune's kind (`TT.`, `P.`, `X.`), if near.
    ///
    /// - Complexity: O(name length) expected when the name is a spelling but for diacritics or a
    ///   prefix, else O(spellings × name length²) at most; the spellings are prepared on the first call.
    func suggestion(for name: String) -> String? {
        let candidates = nearby.candidates { Similarity.Candidates(spellings, key: UnitDirectory.plain) }
        return Similarity.closest(to: UnitDirectory.plain(name), among: candidates)
    }

    /// The prefixes dropped or spelled out when suggesting a name.
    private static let prefixes = [
        ("ubnd ", ""), ("ủy ban nhân dân ", ""), ("uỷ ban nhân dân ", ""), ("tt. ", "thị trấn "), ("tt.", "thị trấn "),
        ("tt ", "thị trấn "), ("p. ", "phường "), ("p.", "phường "), ("x. ", "xã "), ("x.", "xã "),
    ]

    private static func plain(_ name: String) -> String {
        var key = NameKey.make(name)
        for (prefix, full) in prefixes where key.hasPrefix(prefix) { key = full + key.dropFirst(prefix.count) }
        return key
    }
}

/// A directory's spellings as `Similarity.Candidates`, made once by whichever check first meets
/// an unknown name (the periods are checked in parallel), never when every name is known.
private final class NearbySpellings: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Similarity.Candidates?

    func candidates(_ make: () -> Similarity.Candidates) -> Similarity.Candidates {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let candidates = make()
        made = candidates
        return candidates
    }
}
