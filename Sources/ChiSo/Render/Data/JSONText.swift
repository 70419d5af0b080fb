/// Writes JSON by hand into the file's bytes: keys in a fixed order, numbers as `DataBytes` writes them.
struct JSONText {
    private(set) var output: DataBytes

    init(capacity: Int = 0) { output = DataBytes(capacity: capacity) }

    var bytes: [UInt8] { output.bytes }
    var text: String { output.text }

    mutating func raw(_ fragment: StaticString) { output.raw(fragment) }
    mutating func raw(_ fragment: String) { output.raw(fragment) }
    mutating func integer(_ value: Int) { output.integer(value) }

    /// A string literal: quotes, backslashes and control characters escaped, and `<`, `>`, `&` as
    /// `\u003c`… so the file can be inlined in a page.
    mutating func string(_ value: String) {
        output.byte(UInt8(ascii: "\""))
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }) {
            output.raw(value)
            output.byte(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.raw("\\\"")
            case UInt8(ascii: "\\"): output.raw("\\\\")
            case UInt8(ascii: "\n"): output.raw("\\n")
            case UInt8(ascii: "\r"): output.raw("\\r")
            case UInt8(ascii: "\t"): output.raw("\\t")
            case _ where byte < 0x20 || byte == 0x3C || byte == 0x3E || byte == 0x26:
                let hex = String(byte, radix: 16)
                output.raw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.byte(byte)
            }
        }
        output.byte(UInt8(ascii: "\""))
    }

    mutating func number(_ value: Ratio?) {
        if let value { output.number(value) } else { output.raw("null") }
    }
}
