import Foundation

/// How names and labels are compared: Unicode NFC, case folded, white space collapsed.
///
/// Diacritics are kept: `Hương Vân` and `Hương Văn` are different keys. Where a tone mark
/// stands in `oa`, `oe`, `uy` (`hoá`/`hóa`, `thuỷ`/`thủy`) is a keyboard setting, not a letter,
/// so both placements give one key. `Ð` (U+00D0, left by old font converters) and its look-alikes
/// are the letter `Đ` they show.
public enum NameKey {
    /// The comparison key of `text`.
    ///
    /// Works on Unicode scalars; text made only of Latin letters and Vietnamese precomposed
    /// letters (below U+0300 or in U+1E00–U+1EFF) is NFC already and skips Foundation's mapping.
    public static func make(_ text: some StringProtocol) -> String {
        let string = String(text)
        let nfc = string.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }
            ? string : string.precomposedStringWithCanonicalMapping
        var key = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in nfc.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace { key.append(" ") }
            pendingSpace = false
            if scalar.value == 0xD0 || scalar.value == 0xF0 || scalar.value == 0x189 {
                key.append("đ")
            } else if scalar.isASCII {
                let value = scalar.value
                key.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if scalar.properties.changesWhenLowercased {
                key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                key.append(scalar)
            }
        }
        return String(ToneMarks.placedOnFirstVowel(key))
    }

    /// White space of any kind, and the zero-width space and byte-order mark that exports leave.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// The key without diacritics (`đ` becomes `d`): only for suggesting a likely intended name.
    public static func foldingDiacritics(_ text: String) -> String {
        make(text).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !(0x0300...0x036F).contains($0.value) }
            .reduce(into: "") { result, scalar in
                switch scalar {
                case "đ": result.append("d")
                case "Đ": result.append("d")
                default: result.unicodeScalars.append(scalar)
                }
            }
    }
}
