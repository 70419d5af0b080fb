import Foundation

/// Old- and new-style tone placement in Vietnamese: `hòa` and `hoà`, `thủy` and `thuỷ`, `Ủy` and `Uỷ`
/// are one spelling written two ways (typing software has a setting for it).
enum ToneMarks {
    /// The five tone marks as combining characters: grave, acute, hook above, tilde, dot below.
    private static let tones: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]

    /// For each toned vowel of `oa`, `oe`, `uy` written new style: the toned first vowel and the bare second.
    private static let moves: [Unicode.Scalar: (first: Unicode.Scalar, toned: Unicode.Scalar, bare: Unicode.Scalar)] = {
        var moves: [Unicode.Scalar: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar)] = [:]
        func composed(_ base: Unicode.Scalar, _ tone: Unicode.Scalar) -> Unicode.Scalar {
            String(String.UnicodeScalarView([base, tone])).precomposedStringWithCanonicalMapping.unicodeScalars.first!
        }
        for (first, second) in [("o", "a"), ("o", "e"), ("u", "y")] as [(Unicode.Scalar, Unicode.Scalar)] {
            for tone in tones { moves[composed(second, tone)] = (first, composed(first, tone), second) }
        }
        return moves
    }()

    /// The scalars with every such tone moved onto the first vowel (`hoà` → `hòa`): lowercase NFC in, out.
    static func placedOnFirstVowel(_ scalars: String.UnicodeScalarView) -> String.UnicodeScalarView {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in scalars {
            if scalar.value >= 0xC0, let previous, let move = moves[scalar], move.first == previous {
                result.removeLast()
                result.append(move.toned)
                result.append(move.bare)
            } else {
                result.append(scalar)
            }
            previous = scalar
        }
        return result
    }
}
