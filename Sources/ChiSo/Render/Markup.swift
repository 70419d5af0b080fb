/// HTML or SVG markup being written, as UTF-8 bytes.
///
/// Charts and tables are the bulk of a unit page, and built as a `String` from interpolated
/// pieces they spent most of their time making, checking and copying small strings. Here every
/// piece goes straight into one byte array: `svg += "<line x1=\"\(x)\" stroke=\"\(raw: color)\"/>"` writes
/// the literal parts as they are, a `Double` as `SVGText.number` does, text given as
/// `\(text: name)` escaped by `HTML.escape`, and markup chiso made itself as `\(raw: …)`.
/// A plain `String` cannot be interpolated, so no text reaches the markup unescaped by accident.
struct Markup {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The markup written so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    static func += (buffer: inout Markup, piece: MarkupPiece) {
        switch piece.storage {
        case .literal(let literal): buffer.append(raw: literal)
        case .bytes(let bytes): buffer.bytes.append(contentsOf: bytes)
        }
    }

    static func += (buffer: inout Markup, other: Markup) { buffer.bytes.append(contentsOf: other.bytes) }

    /// Appends `text` escaped for element content and quoted attributes.
    mutating func append(text: String) { HTML.escape(text, into: &bytes) }

    /// Appends markup as it is: only what chiso made (colours, ids, numbers, escaped text).
    mutating func append(raw markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a literal as it is (a closing tag chosen at run time).
    mutating func append(raw literal: StaticString) { literal.withUTF8Buffer { bytes.append(contentsOf: $0) } }

    /// Appends `value` as `SVGText.number` writes it: at most 1 decimal, by integer arithmetic.
    mutating func append(number value: Double) { SVGText.write(value, into: &bytes) }
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

    init(stringInterpolation: Interpolation) { storage = .bytes(stringInterpolation.markup.bytes) }

    struct Interpolation: StringInterpolationProtocol {
        var markup: Markup

        init(literalCapacity: Int, interpolationCount: Int) { markup = Markup(capacity: literalCapacity + interpolationCount * 8) }

        mutating func appendLiteral(_ literal: StaticString) { markup.append(raw: literal) }

        mutating func appendInterpolation(_ value: Double) { markup.append(number: value) }

        mutating func appendInterpolation(text: String) { markup.append(text: text) }

        mutating func appendInterpolation(raw markup: String) { self.markup.append(raw: markup) }
    }
}
