/// Reads period.toml's `[letter]` table: the cover letter a printed period report is attached to.
enum LetterTable {
    static let keys = ["number", "date"]

    /// The letter, or nil when the table is absent or gives neither number nor date; every problem is reported.
    static func read(_ reader: inout TOMLReader) -> Letter? {
        guard var inner = reader.subtable("letter") else { return nil }
        inner.rejectUnknownKeys(accepting: keys)
        let number = inner.string("number", required: false)?.trimmingCharacters(in: .whitespaces)
        let date = inner.table["date"] == nil ? nil : inner.day("date")
        reader.diagnostics += inner.diagnostics
        let letter = Letter(number: number?.isEmpty == false ? number : nil, date: date)
        return letter.number == nil && letter.date == nil ? nil : letter
    }
}
