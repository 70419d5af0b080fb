import Foundation

/// Writes CSV (RFC 4180, LF line ends) that spreadsheets open safely.
enum CSVText {
    /// A text cell: quoted when it holds a separator, quote or line break; a leading `=`, `+`, `-`
    /// or `@` gets a `'` so a spreadsheet never runs it as a formula.
    static func text(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { cell = "'" + cell }
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A row of cells already written.
    static func row(_ cells: [String]) -> String { cells.joined(separator: ",") + "\n" }
}

