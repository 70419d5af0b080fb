import Foundation
import TOMLKit

/// Reads typed values out of one TOML table, collecting a diagnostic for each wrong one.
struct TOMLReader {
    let table: TOMLTable
    let places: TOMLPlaces
    /// The `[table]` or `[[table]]` this reader is in, and which occurrence.
    var section: String?
    var index = 0
    var diagnostics: [Diagnostic] = []

    /// Parses `text`; a syntax error is reported at the place the parser gives.
    static func parse(_ text: String, path: String) -> Result<TOMLReader, Diagnostic> {
        do {
            return .success(TOMLReader(table: try TOMLTable(string: text), places: TOMLPlaces(path: path, text: text)))
        } catch let error as TOMLParseError {
            let place = SourceLocation(file: path, line: max(error.source.begin.line, 1), column: max(error.source.begin.column, 1))
            return .failure(Diagnostic(FileProblem.tomlSyntax(error.description), at: place))
        } catch {
            return .failure(Diagnostic(FileProblem.tomlSyntax("\(error)"), at: SourceLocation(file: path, line: 1, column: 1)))
        }
    }

    func place(_ key: String?) -> SourceLocation { places.place(of: key, in: section, index: index) }

    mutating func report(_ problem: any Problem, at key: String?) {
        diagnostics.append(Diagnostic(problem, at: place(key)))
    }

    /// Reports every key not in `accepted`.
    /// A reader of the table at `key` (`[letter]`), with its places; nil when there is none, and
    /// a problem reported when `key` holds something else than a table.
    mutating func subtable(_ key: String) -> TOMLReader? {
        guard let value = table[key] else { return nil }
        guard let inner = value.table else {
            report(ConfigProblem.wrongType(key: key, expected: "bảng [" + key + "]"), at: key)
            return nil
        }
        return TOMLReader(table: inner, places: places, section: key)
    }

    mutating func rejectUnknownKeys(accepting accepted: [String]) {
        for key in table.keys.sorted() where !accepted.contains(key) {
            report(ConfigProblem.unknownKey(key, accepted: accepted), at: key)
        }
    }

    /// A string value; nil (and a diagnostic when required) when absent or not a string.
    mutating func string(_ key: String, required: Bool) -> String? {
        guard let value = table[key] else {
            if required { report(ConfigProblem.missingKey(key), at: nil) }
            return nil
        }
        guard let string = value.string else {
            report(ConfigProblem.wrongType(key: key, expected: "chuỗi chữ trong dấu ngoặc kép"), at: key)
            return nil
        }
        if required, string.trimmingCharacters(in: .whitespaces).isEmpty { report(ConfigProblem.missingKey(key), at: key) }
        return string.precomposedStringWithCanonicalMapping
    }

    /// A string that must be one of `choices`.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, required: Bool, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            report(ConfigProblem.invalidChoice(key: key, found: text, accepted: Choice.allCases.map(\.rawValue)), at: key)
            return nil
        }
        return choice
    }

    /// A date: a TOML local date, or a string `2023-06-14` or `14/06/2023`.
    mutating func day(_ key: String) -> Day? {
        guard let value = table[key] else {
            report(ConfigProblem.missingKey(key), at: nil)
            return nil
        }
        if let date = value.date, let day = Day(year: date.year, month: date.month, day: date.day) { return day }
        if let text = value.string, let day = Day(parsing: text) { return day }
        report(ConfigProblem.invalidDate(key: key, found: value.string ?? value.debugDescription), at: key)
        return nil
    }
}
