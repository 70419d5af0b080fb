/// Interface texts with `{name}` placeholders, filled in one pass.
enum Placeholders {
    /// `template` with each `{name}` whose name is in `values` replaced by its value; other
    /// braces are kept as they are. The values are a few pairs, searched in order: no hashing.
    ///
    /// - Complexity: O(template length × values + output length).
    static func fill(_ template: String, _ values: KeyValuePairs<String, String>) -> String {
        guard !values.isEmpty else { return template }
        var template = template
        return template.withUTF8 { bytes in
            guard let first = bytes.firstIndex(of: UInt8(ascii: "{")) else { return String(decoding: bytes, as: UTF8.self) }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 64)
            var copied = 0
            var open: Int? = first
            while let start = open {
                guard let close = bytes[start...].firstIndex(of: UInt8(ascii: "}")) else { break }
                let name = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<close])
                if let value = values.first(where: { $0.key.utf8.elementsEqual(name) })?.value {
                    result.append(contentsOf: bytes[copied..<start])
                    result.append(contentsOf: value.utf8)
                    copied = close + 1
                }
                open = bytes[(start + 1)...].firstIndex(of: UInt8(ascii: "{"))
            }
            result.append(contentsOf: bytes[copied...])
            return String(decoding: result, as: UTF8.self)
        }
    }
}
