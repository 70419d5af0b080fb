/// A value rounded for display: an integer count of 10^-digits, rounded half away from zero,
/// decided exactly from the integers of a `Ratio` (45/160 → 28,13; 23/160 → 14,38).
public struct Rounded: Hashable, Sendable, Comparable {
    /// The value times 10^digits, rounded.
    public let scaled: Int
    public let digits: Int

    /// `value` rounded to `digits` decimals (0 to 6).
    public init(_ value: Ratio, digits: Int) {
        let power = Rounded.power(digits)
        let product = value.numerator.multipliedFullWidth(by: power)
        let (quotient, remainder) = value.denominator.dividingFullWidth(product)
        // A remainder of at least half the denominator rounds up: away from zero for a positive value.
        let roundsUp = remainder.magnitude * 2 >= value.denominator.magnitude
        scaled = roundsUp ? quotient + 1 : quotient
        self.digits = digits
    }

    /// An already scaled value, such as the difference of two rounded values.
    public init(scaled: Int, digits: Int) {
        self.scaled = scaled
        self.digits = digits
    }

    /// The difference `self − other`, both with the same digits: the change a reader can check
    /// from the two numbers shown.
    public func minus(_ other: Rounded) -> Rounded {
        precondition(digits == other.digits, "rounded values of different precision")
        return Rounded(scaled: scaled - other.scaled, digits: digits)
    }

    public static func < (a: Rounded, b: Rounded) -> Bool { a.scaled * power(b.digits) < b.scaled * power(a.digits) }

    static func power(_ digits: Int) -> Int {
        precondition((0...6).contains(digits), "0 to 6 decimals")
        var result = 1
        for _ in 0..<digits { result *= 10 }
        return result
    }
}
