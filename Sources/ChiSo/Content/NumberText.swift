/// Reads the numbers of a dataset cell from its bytes: counts with thousand groups, rates with a
/// decimal comma or point, and the marks of "no data".
enum NumberText {
    enum Parsed<Value: Equatable & Sendable>: Equatable, Sendable {
        /// Empty, `-`, `–` or `—`: no data, never 0.
        case blank
        case value(Value)
        /// Digits well written, but too many for a count (over `maxCount`) or a percentage.
        case tooLarge
        /// An error value of Excel or LibreOffice (`#DIV/0!`, `#N/A`, `Err:502`): no data.
        case spreadsheetError
        case invalid

        /// True for what only a table row holds: a value, a number too large, an error value.
        var isData: Bool {
            switch self {
            case .value, .tooLarge, .spreadsheetError: true
            case .blank, .invalid: false
            }
        }
    }

    /// The largest count read: a trillion dossiers, so that sums over a million rows cannot overflow.
    static let maxCount = 999_999_999_999

    /// A whole number: `1234`, `1.234`, `1 234` (groups of three only), or a leading `-`.
    static func count(_ raw: ArraySlice<UInt8>) -> Parsed<Int> {
        guard let bytes = trimmed(raw) else { return .blank }
        if isSpreadsheetError(bytes) { return .spreadsheetError }
        var digits = bytes
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        var value = 0
        var group = 0
        var separators = 0
        for byte in digits {
            if isDigit(byte) {
                value = value > maxCount ? value : value * 10 + Int(byte - 0x30)
                group += 1
            } else if byte == UInt8(ascii: ".") || byte == 0x20 {
                guard group >= 1, separators == 0 ? group <= 3 : group == 3 else { return .invalid }
                separators += 1
                group = 0
            } else {
                return .invalid
            }
        }
        guard group >= 1, separators == 0 || group == 3 else { return .invalid }
        guard value <= maxCount else { return .tooLarge }
        return .value(negative ? -value : value)
    }

    /// A percentage: `98,8`, `98.8`, `98,8 %`, kept exact as a ratio over a power of ten.
    static func rate(_ raw: ArraySlice<UInt8>) -> Parsed<Ratio> {
        guard var bytes = trimmed(raw) else { return .blank }
        if isSpreadsheetError(bytes) { return .spreadsheetError }
        if bytes.last == UInt8(ascii: "%") {
            bytes = bytes.dropLast()
            while bytes.last == 0x20 { bytes = bytes.dropLast() }
        }
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        var numerator = 0
        var denominator = 1
        var integerDigits = 0
        var inFraction = false
        for byte in bytes {
            if isDigit(byte) {
                if inFraction { denominator *= 10 } else { integerDigits += 1 }
                guard denominator <= 1_000_000_000 else { return .invalid }
                if integerDigits <= 6 { numerator = numerator * 10 + Int(byte - 0x30) }
            } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")) && !inFraction && integerDigits > 0 {
                inFraction = true
            } else {
                return .invalid
            }
        }
        guard integerDigits > 0, !(inFraction && denominator == 1) else { return .invalid }
        guard integerDigits <= 6 else { return .tooLarge }
        return .value(Ratio(negative ? -numerator : numerator, over: denominator))
    }

    /// The cell without surrounding spaces and bold/italic tags; nil when it means "no data".
    static func trimmed(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var bytes = normalisingSpaces(MarkupText.strippingFormatting(raw))
        while bytes.first == 0x20 { bytes = bytes.dropFirst() }
        while bytes.last == 0x20 { bytes = bytes.dropLast() }
        if bytes.isEmpty || dashes.contains(where: { bytes.elementsEqual($0) }) { return nil }
        return bytes
    }

    /// True for a cell that says "no data" with a dash rather than by being empty.
    static func isDash(_ raw: ArraySlice<UInt8>) -> Bool {
        trimmed(raw) == nil && raw.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    /// True for a cell only a table row holds: a number, a dash, an error value.
    static func isData(_ raw: ArraySlice<UInt8>) -> Bool {
        isDash(raw) || count(raw).isData || rate(raw).isData
    }

    /// `#DIV/0!`, `#N/A`, `#VALUE!`… as Excel writes them into a CSV, and LibreOffice's `Err:502`.
    static func isSpreadsheetError(_ bytes: ArraySlice<UInt8>) -> Bool {
        switch bytes.first {
        case UInt8(ascii: "#"): return spreadsheetErrors.contains { bytes.elementsEqual($0.utf8) }
        case UInt8(ascii: "E"): return bytes.count > 4 && bytes.starts(with: "Err:".utf8) && bytes.dropFirst(4).allSatisfy(isDigit)
        default: return false
        }
    }

    private static let spreadsheetErrors = [
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!",
        "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!",
    ]

    /// `-`, `–` and `—`: "no data".
    private static let dashes: [[UInt8]] = [[0x2D], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94]]

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Tabs, line breaks, no-break, narrow and thin spaces (Excel's thousand groups) become 0x20.
    private static func normalisingSpaces(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard bytes.contains(where: { $0 >= 0x80 || $0 < 0x20 }) else { return bytes }
        var result: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                result.append(0x20)
                index += 1
            } else if byte == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] == 0xA0 {
                result.append(0x20)
                index += 2
            } else if byte == 0xE2, index + 2 < bytes.endIndex, bytes[index + 1] == 0x80, [0xAF, 0x89].contains(bytes[index + 2]) {
                result.append(0x20)
                index += 3
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result[...]
    }
}
