/// Numbers the Vietnamese way: `.` groups thousands, `,` marks decimals (`4.595`, `84,44`).
public enum DisplayNumber {
    /// The no-break space between a number and its `%`, so `84,4 %` never wraps.
    public static let percentSpace = "\u{00A0}"

    /// `84,44`, `4.595`, `-0,80`; `signed` adds `+` to a positive value (for changes).
    public static func text(_ value: Rounded, signed: Bool = false) -> String {
        let magnitude = value.scaled.magnitude
        let power = UInt(Rounded.power(value.digits))
        var text = grouped(magnitude / power)
        if value.digits > 0 {
            let fraction = String(magnitude % power)
            text += "," + String(repeating: "0", count: value.digits - fraction.count) + fraction
        }
        if value.scaled < 0 { return "−" + text }
        return signed && value.scaled > 0 ? "+" + text : text
    }

    /// A ratio rounded to `digits` decimals.
    public static func text(_ value: Ratio, digits: Int) -> String { text(Rounded(value, digits: digits)) }

    /// A whole count: `4.595`.
    public static func count(_ value: Int) -> String {
        value < 0 ? "−" + grouped(value.magnitude) : grouped(value.magnitude)
    }

    /// A percentage: `84,44 %` (`digits` decimals).
    public static func percent(_ value: Ratio, digits: Int = 2) -> String { text(value, digits: digits) + percentSpace + "%" }

    private static func grouped(_ value: UInt) -> String {
        let digits = Array(String(value))
        var text = ""
        text.reserveCapacity(digits.count + digits.count / 3)
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { text.append(".") }
            text.append(digit)
        }
        return text
    }
}
