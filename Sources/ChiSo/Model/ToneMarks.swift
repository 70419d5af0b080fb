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
    /// Text with nothing to move, as most is, is returned as it is.
    static func placedOnFirstVowel(_ scalars: String.UnicodeScalarView) -> String.UnicodeScalarView {
        var previous: Unicode.Scalar = " "
        var firstMove: String.UnicodeScalarView.Index?
        for index in scalars.indices {
            let scalar = scalars[index]
            if movable(scalar, after: previous) {
                firstMove = index
                break
            }
            previous = scalar
        }
        guard let firstMove else { return scalars }
        var result = String.UnicodeScalarView(scalars[..<firstMove])
        for scalar in scalars[firstMove...] {
            if movable(scalar, after: previous), let move = moves[scalar] {
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

    /// True when `scalar` is a toned `a`, `e` or `y` after the `o` or `u` that takes its tone.
    private static func movable(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
        (previous == "o" || previous == "u") && scalar.value >= 0xC0 && moves[scalar]?.first == previous
    }
}
