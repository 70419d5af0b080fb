import Foundation

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
    ///   could not see into, and names that are not UTF-8, which the handlers read as bytes;
    /// - an XML declaration may only name UTF-8;
    /// - no `<!DOCTYPE` or `<!ENTITY` may appear, in any case: no entity is ever expanded or fetched;
    /// - no tag may have more than `attributeLimit` attributes.
    ///
    /// - Complexity: O(`bytes.count`).
    static func problem(in bytes: [UInt8], part: String) -> WorkbookProblem? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let zero = body.withUnsafeBufferPointer { next(0, in: $0, from: 0) }
        if zero != nil || !isUTF8(body) {
            return .notUTF8(part: part, line: line(of: zero ?? TextBytes.firstInvalidByte(body) ?? 0, in: body))
        }
        if let encoding = declaredEncoding(body.prefix(200)), !["utf-8", "utf8"].contains(encoding.lowercased()) {
            return .foreignEncoding(part: part, encoding: encoding)
        }
        switch body.withUnsafeBufferPointer(scan) {
        case nil: return nil
        case .declaration: return .doctype(part: part)
        case .attributes(let offset): return .excessiveMarkup(part: part, line: line(of: offset, in: body))
        }
    }

    /// What `scan` finds.
    private enum Finding {
        /// `<!DOCTYPE` or `<!ENTITY`.
        case declaration
        /// A tag with too many attributes, at this offset.
        case attributes(Int)
    }

    /// Whether `bytes` are well-formed UTF-8: the standard library's validator, where it has one,
    /// is much faster than `TextBytes` in a debug build.
    private static func isUTF8(_ bytes: [UInt8]) -> Bool {
        if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) { return String(validating: bytes, as: UTF8.self) != nil }
        return TextBytes.firstInvalidByte(bytes) == nil
    }

    /// One pass over the markup: a `<!DOCTYPE` or `<!ENTITY` anywhere (quotes or not: `<` has no
    /// place in a value), or a tag with too many `=` outside its quoted values. Text between tags is
    /// skipped with `memchr`.
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> Finding? {
        let words = ["DOCTYPE", "ENTITY"].map { Array($0.utf8) }
        var inTag = false
        var quote: UInt8?
        var attributes = 0
        var index = 0
        while index < buffer.count {
            if !inTag, quote == nil {
                guard let open = next(UInt8(ascii: "<"), in: buffer, from: index) else { return nil }
                index = open
            }
            let byte = buffer[index]
            if byte == UInt8(ascii: "<") {
                let next = buffer[(index + 1)..<min(buffer.count, index + 9)]
                if next.first == UInt8(ascii: "!"), words.contains(where: { next.dropFirst().map { $0 & 0xDF }.starts(with: $0) }) {
                    return .declaration
                }
                if quote == nil { (inTag, attributes) = (true, 0) }
            } else if let open = quote {
                if byte == open { quote = nil }
            } else {
                switch byte {
                case UInt8(ascii: ">"): inTag = false
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > attributeLimit { return .attributes(index) }
                default: break
                }
            }
            index += 1
        }
        return nil
    }

    /// The offset of the first `byte` at or after `start`.
    private static func next(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = buffer.baseAddress, start < buffer.count, let found = memchr(base + start, Int32(byte), buffer.count - start)
        else {
            return nil
        }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// The 1-based line of the byte at `offset`.
    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].count { $0 == 0x0A } + 1
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
