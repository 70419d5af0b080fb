/// Reads a period's period.toml; the folder name is the period's id.
enum PeriodFile {
    static let keys = ["label", "start", "end", "kind", "standing", "letter"]

    /// The period, or nil when a value is missing or wrong; every problem is reported.
    static func read(_ text: String, path: String, id: String) -> (Period?, [Diagnostic]) {
        var reader: TOMLReader
        switch TOMLReader.parse(text, path: path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let parsed): reader = parsed
        }
        reader.rejectUnknownKeys(accepting: keys)
        let label = reader.string("label", required: true)
        let start = reader.day("start")
        let end = reader.day("end")
        let kind = reader.choice("kind", required: true, as: PeriodKind.self)
        let standing = StandingTable.read(&reader)
        let letter = LetterTable.read(&reader)
        if let start, let end, start > end {
            reader.report(ConfigProblem.startAfterEnd(start: start, end: end), at: "start")
        }
        guard let label, let start, let end, let kind, reader.diagnostics.isEmpty else { return (nil, reader.diagnostics) }
        return (Period(id: id, label: label, start: start, end: end, kind: kind, standing: standing, letter: letter), [])
    }
}
