/// The attributes of one element as libxml2's SAX2 parser gives them, read in place: five pointers
/// for each (local name, prefix, namespace, first byte of the value, byte past its end), valid only
/// while the element's start is being handled. Values come with references already replaced.
struct XMLAttributes {
    /// The first field of the first attribute; nil when there are none.
    let fields: UnsafePointer<UnsafePointer<UInt8>?>?
    /// How many attributes.
    let count: Int

    /// The value of the attribute `local` written without a prefix (`r`, not `x:r`).
    ///
    /// - Complexity: O(`count`).
    subscript(_ local: StaticString) -> XMLValue? { first(local) { $0 == nil } }

    /// The value of the first attribute `local` written with a prefix, whatever it is (`r:id` for `id`).
    ///
    /// - Complexity: O(`count`).
    func prefixed(_ local: StaticString) -> XMLValue? { first(local) { $0 != nil } }

    /// The value of the first attribute named `local` whose prefix passes `prefix`.
    private func first(_ local: StaticString, prefix: (UnsafePointer<UInt8>?) -> Bool) -> XMLValue? {
        guard let fields else { return nil }
        for index in 0..<count {
            let field = fields + 5 * index
            guard let name = field[0], XMLName(start: name) == local, prefix(field[1]),
                let start = field[3], let end = field[4]
            else { continue }
            return XMLValue(bytes: UnsafeBufferPointer(start: start, count: start.distance(to: end)))
        }
        return nil
    }
}

/// One attribute's value, UTF-8 bytes borrowed from the parser.
struct XMLValue {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Whether the value is `literal`, byte for byte, in a `switch` (`case "inlineStr":`).
    ///
    /// - Complexity: O(length of `literal`).
    static func ~= (literal: StaticString, value: XMLValue) -> Bool {
        literal.withUTF8Buffer { value.bytes.elementsEqual($0) }
    }

    /// The value as a `String` (a short one is stored inline, without allocation).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The value read as `Int(_:)` reads a string: an optional sign and decimal digits, nil for
    /// anything else or a number past `Int`'s range.
    ///
    /// - Complexity: O(`bytes.count`).
    var integer: Int? {
        let negative = bytes.first == UInt8(ascii: "-")
        let digits = negative || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { return nil }
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(negative ? -Int(byte - 0x30) : Int(byte - 0x30))
            guard !overflowTimes, !overflowSum else { return nil }
            value = sum
        }
        return value
    }
}
