import Foundation

/// Finds where a key is written in a TOML file, for messages about its value.
///
/// TOMLKit reports places only for syntax errors; this looks the key up in the text.
struct TOMLPlaces: Sendable {
    let path: String
    let lines: [Substring]

    init(path: String, text: String) {
        self.path = path
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The place of `key` in the top level, in `[table]`, or in the `index`-th `[[table]]`.
    func place(of key: String?, in table: String? = nil, index: Int = 0) -> SourceLocation {
        var section: String?
        var occurrence = -1
        var sectionLine = 1
        for (number, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") {
                let name = trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t\r")).components(separatedBy: "#")[0]
                    .trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
                section = name
                if name == table {
                    occurrence += 1
                    if occurrence == index { sectionLine = number + 1 }
                }
                continue
            }
            guard section == table, table == nil || occurrence == index else { continue }
            guard let key else { continue }
            let bare = trimmed.hasPrefix("\"") ? String(trimmed.dropFirst()) : trimmed
            if bare.hasPrefix(key), let rest = bare.dropFirst(key.count).first, rest == " " || rest == "=" || rest == "\"" || rest == "\t" {
                let column = line.prefix { $0 == " " || $0 == "\t" }.count + 1
                return SourceLocation(file: path, line: number + 1, column: column)
            }
        }
        return SourceLocation(file: path, line: table == nil ? 1 : sectionLine, column: 1)
    }
}
