/// What a cell's number format says about its number: a date serial, a fraction shown as a
/// percentage, or a number as it is.
enum NumberFormat: Sendable, Equatable {
    case plain
    case percent
    case date

    /// The built-in formats that Excel does not write out: 9 (`0%`) and 10 (`0.00%`) are percentages,
    /// 14–22 and 45–47 dates and times.
    init(builtIn id: Int) {
        switch id {
        case 9, 10: self = .percent
        case 14...22, 45...47: self = .date
        default: self = .plain
        }
    }

    /// A custom format code (`dd/mm/yyyy`, `0.0%`, `#,##0 "đ"`): a date when it holds `d`, `m` or `y`,
    /// a percentage when it holds `%`, either outside quotes and brackets and not escaped by `\`, `_`
    /// or `*`.
    init(code: String) {
        var format = NumberFormat.plain
        var quoted = false
        var bracketed = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\"" where !bracketed: quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case _ where quoted || bracketed: continue
            case "\\", "_", "*": escaped = true
            case "d", "m", "y": format = .date
            case "%" where format == .plain: format = .percent
            default: continue
            }
        }
        self = format
    }
}
