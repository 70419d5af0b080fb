/// Values in data files: plain numbers with a decimal point at full precision, nothing for no data.
enum DataNumber {
    /// `93.30954504906333`, `360` for a whole value.
    static func text(_ value: Ratio) -> String {
        if value.numerator % value.denominator == 0 { return String(value.numerator / value.denominator) }
        return String(value.doubleValue)
    }
}
