/// Numbers as Excel writes them in `<v>` (`1234`, `98.53`, `1.5E-2`), rewritten as plain decimals on
/// their digits, never through a binary double.
enum DecimalText {
    /// The most decimals kept; Excel's doubles carry about 15 significant digits, so `4.0999999999999996`
    /// reads as `4.1`.
    static let decimals = 6
    /// The largest power of ten a double reaches (1.8E+308); a larger number is not one Excel wrote.
    static let maxDigitsBeforePoint = 309

    /// `text` times 10^`shift`, rounded half away from zero to `decimals` decimals, with no exponent,
    /// no leading or trailing zeros and `.` before the decimals (`"0.015"`, `"-0.5"`, `"1000"`); nil
    /// when `text` is not a decimal number with an optional exponent.
    ///
    /// - Complexity: O(length of `text` + the number's digits).
    static func normalised(_ text: some StringProtocol, shift: Int = 0) -> String? {
        if shift == 0, text.utf8.withContiguousStorageIfAvailable({ isPlainWhole($0) }) ?? isPlainWhole(text.utf8) { return String(text) }
        guard let parts = split(Array(text.utf8)) else { return nil }
        let significant = parts.digits.drop { $0 == 0 }
        let point = significant.count + parts.exponent + shift
        guard point <= maxDigitsBeforePoint else { return nil }
        guard point >= -decimals, !significant.isEmpty else { return "0" }
        var whole = Array(significant.prefix(max(point, 0)))
        whole += repeatElement(0, count: max(0, point - significant.count))
        var fraction = [UInt8](repeating: 0, count: max(0, -point)) + significant.dropFirst(max(point, 0))
        if fraction.count > decimals {
            let roundsUp = fraction[decimals] >= 5
            fraction.removeSubrange(decimals...)
            if roundsUp { carry(into: &whole, &fraction) }
        }
        while fraction.last == 0 { fraction.removeLast() }
        if whole.isEmpty && fraction.isEmpty { return "0" }
        let digits = (whole.isEmpty ? "0" : string(whole)) + (fraction.isEmpty ? "" : "." + string(fraction))
        return parts.negative ? "-" + digits : digits
    }

    /// Whether `bytes` are already normalised as a whole number: `0`, or digits not starting with 0,
    /// after an optional `-` (the common case, returned as it is).
    private static func isPlainWhole(_ bytes: some Collection<UInt8>) -> Bool {
        let digits = bytes.first == UInt8(ascii: "-") ? bytes.dropFirst() : bytes[...]
        guard let first = digits.first, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        return first != 0x30 || (digits.count == 1 && bytes.count == 1)
    }

    /// Sign, significant digits (point removed) and the power of ten that the last digit stands for.
    private static func split(_ bytes: [UInt8]) -> (negative: Bool, digits: [UInt8], exponent: Int)? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative || bytes.first == UInt8(ascii: "+") { index = 1 }
        var digits: [UInt8] = []
        var decimalsSeen = 0
        var sawPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if let digit = digit(byte) {
                digits.append(digit)
                if sawPoint { decimalsSeen += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard !digits.isEmpty else { return nil }
        var exponent = 0
        if index < bytes.count {
            guard bytes[index] | 0x20 == UInt8(ascii: "e"), let value = exponentValue(bytes[(index + 1)...]) else { return nil }
            exponent = value
        }
        return (negative, digits, exponent - decimalsSeen)
    }

    /// The exponent after `E`: an optional sign and one to four digits.
    private static func exponentValue(_ bytes: ArraySlice<UInt8>) -> Int? {
        let sign = bytes.first == UInt8(ascii: "-") ? -1 : 1
        let digits = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes
        guard (1...4).contains(digits.count) else { return nil }
        var value = 0
        for byte in digits {
            guard let digit = digit(byte) else { return nil }
            value = value * 10 + Int(digit)
        }
        return sign * value
    }

    /// Adds one unit of the last place, carrying into the whole part and growing it if needed.
    private static func carry(into whole: inout [UInt8], _ fraction: inout [UInt8]) {
        for index in fraction.indices.reversed() {
            if fraction[index] < 9 {
                fraction[index] += 1
                return
            }
            fraction[index] = 0
        }
        for index in whole.indices.reversed() {
            if whole[index] < 9 {
                whole[index] += 1
                return
            }
            whole[index] = 0
        }
        whole.insert(1, at: 0)
    }

    private static func digit(_ byte: UInt8) -> UInt8? {
        (0x30...0x39).contains(byte) ? byte - 0x30 : nil
    }

    private static func string(_ digits: [UInt8]) -> String {
        String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
    }
}
