/// HTML or SVG markup being written, as UTF-8 bytes.
///
/// Charts and tables are the bulk of a unit page, and built as a `String` from interpolated
/// pieces they spent most of their time making, checking and copying small strings. Here every
/// piece goes straight into one byte array: `svg += "<line x1=\"\(x)\" stroke=\"\(raw: color)\"/>"` writes
/// the literal parts as they are, a `Double` as `SVGText.number` does, text given as
/// `\(text: name)` escaped as `HTML.escape` does, and markup chiso made itself as `\(raw: …)`.
/// A plain `String` cannot be interpolated, so no text reaches the markup unescaped by accident.
struct Markup {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The markup written so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    static func += (buffer: inout Markup, piece: MarkupPiece) {
        switch piece.storage {
        case .literal(let literal): literal.withUTF8Buffer { buffer.bytes.append(contentsOf: $0) }
        case .bytes(let bytes): buffer.bytes.append(contentsOf: bytes)
        }
    }

    static func += (buffer: inout Markup, other: Markup) { buffer.bytes.append(contentsOf: other.bytes) }

    /// Appends `text` escaped for element content and quoted attributes.
    mutating func append(text: String) { Self.escape(text, into: &bytes) }

    /// Appends markup as it is: only what chiso made (colours, ids, numbers, escaped text).
    mutating func append(raw markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `value` as `SVGText.number` writes it: at most 1 decimal, by integer arithmetic.
    mutating func append(number value: Double) { SVGText.write(value, into: &bytes) }

    /// `&`, `<`, `>`, `"` and `'` as their references, byte for byte as `HTML.escape` does: in
    /// UTF-8 no byte of a longer character is one of them. The runs between them are copied whole.
    static func escape(_ text: String, into bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            for index in source.indices {
                let reference: StaticString
                switch source[index] {
                case UInt8(ascii: "&"): reference = "&amp;"
                case UInt8(ascii: "<"): reference = "&lt;"
                case UInt8(ascii: ">"): reference = "&gt;"
                case UInt8(ascii: "\""): reference = "&quot;"
                case UInt8(ascii: "'"): reference = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                reference.withUTF8Buffer { bytes.append(contentsOf: $0) }
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
    }
}

/// One piece of markup for `Markup`: a literal, or an interpolated literal whose values say
/// how they are written (see `Markup`).
struct MarkupPiece: ExpressibleByStringInterpolation {
    enum Storage {
        case literal(StaticString)
        case bytes([UInt8])
    }

    let storage: Storage

    init(stringLiteral value: StaticString) { storage = .literal(value) }

    init(stringInterpolation: Interpolation) { storage = .bytes(stringInterpolation.bytes) }

    struct Interpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) { bytes.reserveCapacity(literalCapacity + interpolationCount * 8) }

        mutating func appendLiteral(_ literal: StaticString) { literal.withUTF8Buffer { bytes.append(contentsOf: $0) } }

        mutating func appendInterpolation(_ value: Double) { SVGText.write(value, into: &bytes) }

        mutating func appendInterpolation(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

        mutating func appendInterpolation(text: String) { Markup.escape(text, into: &bytes) }

        mutating func appendInterpolation(raw markup: String) {
            var markup = markup
            markup.withUTF8 { bytes.append(contentsOf: $0) }
        }
    }
}
