/// Numbers written into SVG: compact coordinates (text is escaped by `HTML.escape`).
enum SVGText {
    /// A coordinate with at most 1 decimal, by integer arithmetic: `12`, `12.5`, `-0.5`.
    static func number(_ value: Double) -> String {
        var bytes: [UInt8] = []
        write(value, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `number(value)` to `bytes` without making a String.
    static func write(_ value: Double, into bytes: inout [UInt8]) {
        let tenths = Int((value * 10).rounded())
        if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
        let whole = tenths.magnitude / 10
        var scale: UInt = 1
        while scale <= whole / 10 { scale *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(whole / scale % 10))
            scale /= 10
        } while scale > 0
        let tenth = tenths.magnitude % 10
        if tenth != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(tenth))
        }
    }
}
