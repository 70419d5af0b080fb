/// JSON written by hand into a data file's bytes: keys in a fixed order, numbers as `number` writes them.
extension DataBytes {
    /// A string literal: quotes, backslashes and control characters escaped, and `<`, `>`, `&` as
    /// `\u003c`… so the file can be inlined in a page.
    mutating func jsonString(_ value: String) {
        byte(UInt8(ascii: "\""))
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }) {
            raw(value)
            byte(UInt8(ascii: "\""))
            return
        }
        for code in value.utf8 {
            switch code {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\n"): raw("\\n")
            case UInt8(ascii: "\r"): raw("\\r")
            case UInt8(ascii: "\t"): raw("\\t")
            case _ where code < 0x20 || code == 0x3C || code == 0x3E || code == 0x26:
                let hex = String(code, radix: 16)
                raw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: byte(code)
            }
        }
        byte(UInt8(ascii: "\""))
    }

    /// A value, or `null` for no value.
    mutating func jsonNumber(_ value: Ratio?) {
        if let value { number(value) } else { raw("null") }
    }
}
