/// Numbers written into SVG: compact coordinates (text is escaped by `HTML.escape`).
enum SVGText {
    /// A coordinate with at most 1 decimal, by integer arithmetic: `12`, `12.5`, `-0.5`.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = String(tenths / 10)
        let fraction = (tenths % 10).magnitude
        let sign = tenths < 0 && tenths > -10 ? "-" : ""
        return fraction == 0 ? sign + whole : sign + whole + "." + String(fraction)
    }
}
