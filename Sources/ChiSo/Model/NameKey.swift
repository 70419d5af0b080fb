import Foundation

/// How names and labels are compared: Unicode NFC, case folded, white space collapsed.
///
/// Diacritics are kept: `Hương Vân` and `Hương Văn` are different keys.
public enum NameKey {
    /// The comparison key of `text`.
    public static func make(_ text: some StringProtocol) -> String {
        let nfc = text.utf8.allSatisfy { $0 < 0x80 } ? String(text) : String(text).precomposedStringWithCanonicalMapping
        var key = ""
        key.reserveCapacity(nfc.utf8.count)
        var pendingSpace = false
        for character in nfc.lowercased() {
            if character.isWhitespace || character == "\u{200B}" || character == "\u{FEFF}" {
                pendingSpace = !key.isEmpty
            } else {
                if pendingSpace { key.append(" ") }
                pendingSpace = false
                key.append(character)
            }
        }
        return key
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
