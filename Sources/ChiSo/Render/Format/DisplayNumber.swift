/// Numbers the Vietnamese way: `.` groups thousands, `,` marks decimals (`4.595`, `84,44`).
public enum DisplayNumber {
    /// The no-break space between a number and its `%`, so `84,4 %` never wraps.
    public static let percentSpace = "\u{00A0}"

    /// `84,44`, `4.595`, `-0,80`; `signed` adds `+` to a positive value (for changes).
    public static func text(_ value: Rounded, signed: Bool = false) -> String {
        write(value.scaled.magnitude, digits: value.digits, sign: value.scaled < 0 ? .minus : signed && value.scaled > 0 ? .plus : .none)
    }

    /// A ratio rounded to `digits` decimals.
    public static func text(_ value: Ratio, digits: Int) -> String { text(Rounded(value, digits: digits)) }

    /// A whole count: `4.595`.
    public static func count(_ value: Int) -> String { write(value.magnitude, digits: 0, sign: value < 0 ? .minus : .none) }

    /// A percentage: `84,44 %` (`digits` decimals).
    public static func percent(_ value: Ratio, digits: Int = 2) -> String { "\(text(value, digits: digits))\(percentSpace)%" }

    private enum Sign { case none, plus, minus }

    /// `magnitude` / 10^`digits` written right to left into one small buffer: no intermediate strings.
    private static func write(_ magnitude: UInt, digits: Int, sign: Sign) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var end = buffer.count
            func put(_ byte: UInt8) {
                end -= 1
                buffer[end] = byte
            }
            var rest = magnitude
            for _ in 0..<digits {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            }
            if digits > 0 { put(UInt8(ascii: ",")) }
            var written = 0
            repeat {
                if written > 0, written % 3 == 0 { put(UInt8(ascii: ".")) }
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
                written += 1
            } while rest > 0
            switch sign {
            case .none: break
            case .plus: put(UInt8(ascii: "+"))
            case .minus:  // − U+2212
                put(0x92)
                put(0x88)
                put(0xE2)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
        }
    }
}
