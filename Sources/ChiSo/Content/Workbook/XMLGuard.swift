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
    ///   could not see into, and bytes libxml2 would only call malformed, without saying why;
    /// - an XML declaration may only name UTF-8;
    /// - no `<!DOCTYPE` or `<!ENTITY` may appear, in any case: no entity is ever expanded or fetched;
    /// - no tag may have more than `attributeLimit` attributes.
    ///
    /// - Complexity: O(`bytes.count`).
    static func problem(in bytes: [UInt8], part: String) -> WorkbookProblem? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let zero = body.withUnsafeBufferPointer { next(0, in: $0, from: 0) }
        if zero != nil || !TextBytes.isUTF8(body) {
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

    /// The bytes `scan` stops at inside a tag, as bits of a mask: `"`, `'`, `<`, `=`, `>`.
    private static let markup: UInt64 = [0x22, 0x27, 0x3C, 0x3D, 0x3E].reduce(0) { $0 | 1 << $1 }

    /// One pass over the markup: a `<!DOCTYPE` or `<!ENTITY` anywhere (quotes or not: `<` has no
    /// place in a value), or a tag with too many `=` outside its quoted values. Text between tags is
    /// skipped with `memchr`, a quoted value byte by byte up to its closing quote; elsewhere in a
    /// tag, a byte that is none of `markup` costs one test.
    ///
    /// - Complexity: O(`buffer.count`).
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> Finding? {
        let markup = Self.markup
        var index = 0
        while index < buffer.count {
            if buffer[index] != UInt8(ascii: "<") {
                guard let open = next(UInt8(ascii: "<"), in: buffer, from: index) else { return nil }
                index = open
            }
            if opensDeclaration(buffer, after: index) { return .declaration }
            index += 1
            var attributes = 0
            tag: while index < buffer.count {
                let byte = buffer[index]
                index += 1
                guard byte < 64, markup &>> byte & 1 == 1 else { continue }
                switch byte {
                case UInt8(ascii: ">"): break tag
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > attributeLimit { return .attributes(index - 1) }
                case UInt8(ascii: "<"):
                    if opensDeclaration(buffer, after: index - 1) { return .declaration }
                    attributes = 0
                default:
                    while index < buffer.count, buffer[index] != byte {
                        if buffer[index] == UInt8(ascii: "<"), opensDeclaration(buffer, after: index) { return .declaration }
                        index += 1
                    }
                    index += 1
                }
            }
        }
        return nil
    }

    /// Whether the `<` at `offset` opens `<!DOCTYPE` or `<!ENTITY`, in any case.
    private static func opensDeclaration(_ buffer: UnsafeBufferPointer<UInt8>, after offset: Int) -> Bool {
        guard offset + 1 < buffer.count, buffer[offset + 1] == UInt8(ascii: "!") else { return false }
        let word = buffer[(offset + 2)..<min(buffer.count, offset + 9)].map { $0 & 0xDF }
        return word.starts(with: "DOCTYPE".utf8) || word.starts(with: "ENTITY".utf8)
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
