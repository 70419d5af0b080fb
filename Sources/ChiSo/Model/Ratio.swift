/// An exact non-negative ratio of two integers; rates are kept exact and rounded only for display.
public struct Ratio: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    /// A ratio; `denominator` must be positive.
    public init(_ numerator: Int, over denominator: Int) {
        precondition(denominator > 0, "a ratio needs a positive denominator")
        self.numerator = numerator
        self.denominator = denominator
    }

    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    /// Compares exactly by cross-multiplying in double width: 1/3 equals 2/6.
    public static func < (a: Ratio, b: Ratio) -> Bool {
        let left = a.numerator.multipliedFullWidth(by: b.denominator)
        let right = b.numerator.multipliedFullWidth(by: a.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }

    public static func == (a: Ratio, b: Ratio) -> Bool { !(a < b) && !(b < a) }

    public func hash(into hasher: inout Hasher) {
        let divisor = Ratio.gcd(numerator, denominator)
        hasher.combine(numerator / divisor)
        hasher.combine(denominator / divisor)
    }

    public var description: String { "\(numerator)/\(denominator)" }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? Swift.max(Swift.abs(a), 1) : gcd(b, a % b) }
}
