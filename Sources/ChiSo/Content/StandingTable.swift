import Foundation
import TOMLKit

/// Reads period.toml's `[standing]` table: the authority's place among its peers per indicator.
enum StandingTable {
    /// The standing, or nil when the table is absent or names no indicator; every problem is reported.
    static func read(_ reader: inout TOMLReader) -> Standing? {
        guard var inner = reader.subtable("standing") else { return nil }
        let table = inner.table
        let accepted = Indicator.allCases.map(\.rawValue)
        for key in table.keys.sorted() where key != "peers" && Indicator(rawValue: key) == nil {
            let suggestion = Similarity.closest(to: key, among: ["peers"] + accepted)
            inner.report(StandingProblem.unknownIndicator(key, suggestion: suggestion, accepted: accepted), at: key)
        }
        let peers = inner.string("peers", required: false)
        let blank = peers.map { $0.trimmingCharacters(in: .whitespaces).isEmpty } ?? (table["peers"] == nil)
        if blank, table.keys.contains(where: { $0 != "peers" }) {
            inner.report(StandingProblem.missingPeers, at: table["peers"] == nil ? nil : "peers")
        }
        var places: [StandingPlace] = []
        for indicator in Indicator.allCases {
            guard let entry = table[indicator.rawValue] else { continue }
            if let place = place(indicator, entry, &inner) { places.append(place) }
        }
        reader.diagnostics += inner.diagnostics
        guard let peers, !blank, !places.isEmpty else { return nil }
        return Standing(peers: peers, places: places)
    }

    /// One entry `{ rank = 5, of = 10, note = "…" }`, or nil when it is wrong.
    private static func place(_ indicator: Indicator, _ value: any TOMLValueConvertible, _ reader: inout TOMLReader) -> StandingPlace? {
        let key = indicator.rawValue
        guard let entry = value.table else {
            reader.report(ConfigProblem.wrongType(key: key, expected: "một bảng như { rank = 5, of = 10 }"), at: key)
            return nil
        }
        let at = reader.place(key)
        var diagnostics: [Diagnostic] = []
        func report(_ problem: any Problem, _ part: String?) {
            diagnostics.append(Diagnostic(problem, at: part.map { reader.places.place(of: $0, inlineAt: at) } ?? at))
        }
        func whole(_ part: String) -> Int? {
            guard let number = entry[part] else {
                report(StandingProblem.missingPart(indicator: key, part: part), nil)
                return nil
            }
            guard let whole = number.int else {
                report(StandingProblem.notWhole(indicator: key, part: part, found: number.string ?? number.debugDescription), part)
                return nil
            }
            if whole < 1 { report(StandingProblem.belowOne(indicator: key, part: part, value: whole), part) }
            return whole
        }
        for part in entry.keys.sorted() where !StandingProblem.parts.contains(part) {
            report(StandingProblem.unknownPart(indicator: key, part: part), part)
        }
        let rank = whole("rank")
        let of = whole("of")
        var note: String?
        if let text = entry["note"] {
            if let string = text.string {
                let trimmed = string.trimmingCharacters(in: .whitespaces)
                note = trimmed.isEmpty ? nil : trimmed.precomposedStringWithCanonicalMapping
            } else {
                report(ConfigProblem.wrongType(key: key + ".note", expected: "chuỗi chữ trong dấu ngoặc kép"), "note")
            }
        }
        if let rank, let of, rank >= 1, of >= 1, rank > of {
            report(StandingProblem.rankAboveCount(indicator: key, rank: rank, of: of), "rank")
        }
        reader.diagnostics += diagnostics
        guard let rank, let of, diagnostics.isEmpty else { return nil }
        return StandingPlace(indicator: indicator, rank: rank, of: of, note: note)
    }
}
