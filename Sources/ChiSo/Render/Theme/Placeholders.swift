/// Interface texts with `{name}` placeholders, filled in one pass.
enum Placeholders {
    /// `template` with each `{name}` whose name is in `values` replaced by its value; other
    /// braces are kept as they are.
    ///
    /// - Complexity: O(template length + output length).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty else { return template }
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        result.reserveCapacity(bytes.count + 32)
        var position = bytes.startIndex
        var copied = bytes.startIndex
        while let open = bytes[position...].firstIndex(of: UInt8(ascii: "{")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            let name = String(template[bytes.index(after: open)..<close])
            if let value = values[name] {
                result += template[copied..<open]
                result += value
                copied = bytes.index(after: close)
            }
            position = bytes.index(after: open)
        }
        result += template[copied...]
        return result
    }
}
