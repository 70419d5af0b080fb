/// Numbers written into SVG: compact coordinates (text is escaped by `HTML.escape`).
enum SVGText {
    /// A coordinate with at most 1 decimal, by integer arithmetic: `12`, `12.5`, `-0.5`.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var end = buffer.count
            func put(_ byte: UInt8) {
                end -= 1
                buffer[end] = byte
            }
            var rest = tenths.magnitude
            if rest % 10 != 0 {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                put(UInt8(ascii: "."))
            }
            rest /= 10
            repeat {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            if tenths < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
        }
    }
}
