/// Checks on a part's bytes before any XML parser sees them. Excel writes every part as UTF-8,
/// never writes a DTD and gives no element more than about 30 attributes, so a part that does
/// otherwise is refused unread.
enum XMLGuard {
    /// The most attributes (namespace declarations included) one tag may carry. libxml2 2.9 checks
    /// each attribute against all the earlier ones of its tag, so a tag of a million attributes
    /// would take hours; 64 take microseconds.
    static let attributeLimit = 64

    /// The problem with `bytes` as the part `part`, or nil when they may be parsed:
    /// - they must be UTF-8 with no zero byte (an optional byte-order mark aside). This rules out
    ///   UTF-16, UCS-4 and EBCDIC, which libxml2 would detect on its own and which the scan below
    ///   could not see into, and names that are not UTF-8, which FoundationXML on Linux traps on;
    /// - an XML declaration may only name UTF-8;
    /// - no `<!DOCTYPE` or `<!ENTITY` may appear, in any case: no entity is ever expanded or fetched;
    /// - no tag may have more than `attributeLimit` attributes.
    ///
    /// - Complexity: O(`bytes.count`).
    static func problem(in bytes: [UInt8], part: String) -> WorkbookProblem? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let bad = body.firstIndex(of: 0) ?? TextBytes.firstInvalidByte(body) {
            return .notUTF8(part: part, line: body[..<bad].count { $0 == 0x0A } + 1)
        }
        if let encoding = declaredEncoding(body.prefix(200)), !["utf-8", "utf8"].contains(encoding.lowercased()) {
            return .foreignEncoding(part: part, encoding: encoding)
        }
        return body.withUnsafeBufferPointer { scan($0, part: part) }
    }

    /// One pass over the markup: a `<!DOCTYPE` or `<!ENTITY` anywhere (quotes or not: `<` has no
    /// place in a value), or a tag with too many `=` outside its quoted values.
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, part: String) -> WorkbookProblem? {
        let words = ["DOCTYPE", "ENTITY"].map { Array($0.utf8) }
        var line = 1
        var inTag = false
        var quote: UInt8?
        var attributes = 0
        for index in buffer.indices {
            let byte = buffer[index]
            if byte == 0x0A { line += 1 }
            if byte == UInt8(ascii: "<") {
                let next = buffer[min(buffer.count, index + 1)..<min(buffer.count, index + 9)]
                if next.first == UInt8(ascii: "!"), words.contains(where: { next.dropFirst().map { $0 & 0xDF }.starts(with: $0) }) {
                    return .doctype(part: part)
                }
                if quote == nil { (inTag, attributes) = (true, 0) }
            } else if let open = quote {
                if byte == open { quote = nil }
            } else if inTag {
                switch byte {
                case UInt8(ascii: ">"): inTag = false
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > attributeLimit { return .excessiveMarkup(part: part, line: line) }
                default: break
                }
            }
        }
        return nil
    }

    /// The `encoding="…"` of an XML declaration at the start of `head`.
    private static func declaredEncoding(_ head: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: head, as: UTF8.self)
        guard text.drop(while: { $0.isWhitespace }).hasPrefix("<?xml"), let declarationEnd = text.firstRange(of: "?>"),
            let key = text[..<declarationEnd.lowerBound].firstRange(of: "encoding")
        else { return nil }
        let value = text[key.upperBound..<declarationEnd.lowerBound].drop { $0 == "=" || $0 == " " || $0 == "\"" || $0 == "'" }
        return String(value.prefix { $0 != "\"" && $0 != "'" && $0 != " " })
    }
}
