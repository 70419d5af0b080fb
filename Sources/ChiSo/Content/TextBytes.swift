/// The bytes of a text file, checked to be UTF-8, with any byte-order mark removed.
public struct TextBytes: Sendable {
    public let bytes: [UInt8]

    /// Checks `raw` as UTF-8; on failure reports the line of the first bad byte.
    public static func decode(_ raw: [UInt8], path: String) -> Result<TextBytes, Diagnostic> {
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            return .failure(Diagnostic(FileProblem.utf16, at: SourceLocation(file: path, line: 1, column: 1)))
        }
        let body = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw
        if let bad = firstInvalidByte(body) {
            let line = body[..<bad].count { $0 == 0x0A } + 1
            let lineStart = body[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = String(decoding: body[lineStart..<bad], as: UTF8.self).count + 1
            return .failure(Diagnostic(FileProblem.notUTF8(byte: body[bad]), at: SourceLocation(file: path, line: line, column: column)))
        }
        return .success(TextBytes(bytes: body))
    }

    /// The whole text as a String.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            guard (low...high).contains(bytes[i + 1]) else { return i }
            for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return i }
            i += length
        }
        return nil
    }

    /// Whether `bytes` are well-formed UTF-8, checked in place: runs of ASCII are skipped eight
    /// bytes at a time and what lies between goes to the standard library's validator (`UTF8Span`),
    /// or to `firstInvalidByte` where there is none.
    ///
    /// - Complexity: O(`bytes.count`).
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        guard #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) else { return firstInvalidByte(bytes) == nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while let stretch = nonASCII(in: buffer, from: start) {
                guard (try? UTF8Span(validating: UnsafeBufferPointer(rebasing: buffer[stretch]).span)) != nil else { return false }
                start = stretch.upperBound
            }
            return true
        }
    }

    /// The next stretch of `buffer` at or after `start` that is not ASCII: from the first eight
    /// bytes (counted from `start`) holding a byte past 0x7F to the next eight holding none, or to
    /// the end. Both ends fall between characters, since no byte of a longer sequence is ASCII.
    private static func nonASCII(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        guard let base = buffer.baseAddress, start < buffer.count else { return nil }
        let raw = UnsafeRawPointer(base)
        let isASCII = { (offset: Int) in
            offset + 8 <= buffer.count && raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        }
        var lower = start
        while isASCII(lower) { lower += 8 }
        guard lower < buffer.count else { return nil }
        var upper = lower + 8
        while upper < buffer.count, !isASCII(upper) { upper += 8 }
        return lower..<min(upper, buffer.count)
    }
}
