import Foundation

/// Writes CSV (RFC 4180, LF line ends) that spreadsheets open safely.
enum CSVText {
    /// The UTF-8 byte order mark (EF BB BF) every CSV file starts with: without it Excel reads the
    /// file in the machine's code page and shows «XÃ£» for «Xã».
    static let byteOrderMark: StaticString = "\u{FEFF}"

    /// A text cell: quoted when it holds a separator, quote or line break; a leading `=`, `+`, `-`
    /// or `@` gets a `'` so a spreadsheet never runs it as a formula.
    static func text(_ value: String) -> String {
        let guarded = value.utf8.first.map { "=+-@".utf8.contains($0) } == true
        // Bytes, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        let quoted = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        let cell = guarded ? "'" + value : value
        guard quoted else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A row of cells already written.
    static func row(_ cells: [String]) -> String { cells.joined(separator: ",") + "\n" }
}

