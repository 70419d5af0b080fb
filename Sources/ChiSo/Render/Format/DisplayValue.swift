/// An indicator's value as shown on a page: rates as `84,44 %`, late dossiers as a count,
/// intake per day with two decimals.
public enum DisplayValue {
    /// The decimals shown for `indicator`.
    public static func digits(_ indicator: Indicator) -> Int {
        indicator == .overdue ? 0 : 2
    }

    /// The rounded value of `indicator`, the number a reader sees.
    public static func rounded(_ value: Ratio, of indicator: Indicator) -> Rounded { Rounded(value, digits: digits(indicator)) }

    /// `84,44 %`, `360`, `12,35`.
    public static func text(_ value: Ratio, of indicator: Indicator) -> String {
        let number = DisplayNumber.text(rounded(value, of: indicator))
        return indicator.isPercentage ? "\(number)\(DisplayNumber.percentSpace)%" : number
    }

    /// A threshold as written in site.toml: `70 %`, `92,5 %`, without trailing zeros.
    public static func threshold(_ value: Ratio, of indicator: Indicator) -> String {
        var digits = 0
        while digits < 2, Rounded(value, digits: digits).scaled * Rounded.power(2 - digits) != Rounded(value, digits: 2).scaled { digits += 1 }
        let number = DisplayNumber.text(Rounded(value, digits: digits))
        return indicator.isPercentage ? "\(number)\(DisplayNumber.percentSpace)%" : number
    }

    /// A change as shown: `+3,80 điểm %` for a rate, `−12` for a count; without its sign
    /// where an arrow says the direction.
    public static func change(_ delta: Rounded, of indicator: Indicator, points: String, signed: Bool = true) -> String {
        let number = DisplayNumber.text(delta, signed: signed)
        return indicator.isPercentage ? "\(number)\(DisplayNumber.percentSpace)\(points)" : number
    }
}
