/// What the text of a row's cells says about the row: a section's number, the row of column
/// numbers under an official form's header, a bulleted detail line.
enum RowText {
    /// `I. Cấp huyện`, `II) Cấp xã`, `B. Khối xã`: a section heading written in one cell, its
    /// number closed by a point or a parenthesis (so `A Lưới` is not one).
    static func isSectionHeading(_ text: String) -> Bool {
        guard let mark = text.firstIndex(where: { $0 == "." || $0 == ")" }) else { return false }
        return isSectionNumber(String(text[..<mark])) && text[text.index(after: mark)...].contains(where: \.isLetter)
    }

    /// `I`, `II`, `IV`, `A`, `B.`: how official reports number their sections.
    static func isSectionNumber(_ text: String) -> Bool {
        let bare = text.hasSuffix(".") ? String(text.dropLast()) : text
        return !bare.isEmpty && (bare.allSatisfy { "IVXLC".contains($0) } || (bare.count == 1 && bare.first!.isUppercase && bare.first!.isASCII))
    }

    static func keys(_ texts: [String]) -> [String] {
        var keys = texts.map(LabelKey.make)
        while keys.last?.isEmpty == true { keys.removeLast() }
        return keys
    }

    /// `2`, `(2)`, `(3)=(4)+(5)`: the row of column numbers printed under an official form's header.
    static func isColumnNumbering(_ text: String) -> Bool {
        text.isEmpty || (text.first.map { $0 == "(" || $0.isASCIIDigit } == true
            && text.allSatisfy { $0.isASCIIDigit || "()=+-*/ ".contains($0) } && text.contains(where: \.isASCIIDigit))
    }

    /// `- Lĩnh vực hộ tịch`, `+ Hộ tịch`, `• Chứng thực`: a detail line under the row above.
    static func isSubItem(_ name: String) -> Bool { withoutBullet(name) != nil }

    /// The name without its bullet, nil when it has none.
    static func withoutBullet(_ name: String) -> String? {
        guard let first = name.first, "-–+•*".contains(first) else { return nil }
        let rest = name.dropFirst().drop { $0 == " " }
        return rest.first?.isLetter == true ? String(rest) : nil
    }
}
