/// The rule for ids of units, periods and groups: they become URL path segments.
public enum Slug {
    /// True when `text` matches `[a-z0-9][a-z0-9-]*`.
    public static func isValid(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first, isLowerAlnum(first) else { return false }
        return text.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// A valid id made from any text: `Xã Hương Toàn` → `xa-huong-toan`.
    public static func suggest(for text: String) -> String {
        var slug = ""
        for scalar in NameKey.foldingDiacritics(text).unicodeScalars {
            if scalar.isASCII, isLowerAlnum(UInt8(scalar.value)) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "id" : slug
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
