/// Bold and italic tags that tables copied from a web page carry (`<b>Toàn huyện</b>`, seed 002).
///
/// Only these formatting tags are removed from dataset cells; any other markup stays text and
/// never reaches a page as markup.
enum MarkupText {
    static let tags = ["<b>", "</b>", "<strong>", "</strong>", "<i>", "</i>", "<em>", "</em>", "<u>", "</u>"].map { Array($0.utf8) }

    /// The bytes with the formatting tags at either end removed.
    static func strippingFormatting(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard bytes.contains(UInt8(ascii: "<")) else { return bytes }
        var result = bytes
        var changed = true
        while changed {
            changed = false
            while let first = result.first, first == 0x20 { result = result.dropFirst() }
            while let last = result.last, last == 0x20 { result = result.dropLast() }
            for tag in tags {
                if result.starts(with: tag, by: caseless) { result = result.dropFirst(tag.count); changed = true }
                if result.count >= tag.count, result.suffix(tag.count).elementsEqual(tag, by: caseless) {
                    result = result.dropLast(tag.count)
                    changed = true
                }
            }
        }
        return result
    }

    /// The text with the formatting tags at either end removed.
    static func strippingFormatting(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        return String(decoding: strippingFormatting(Array(text.utf8)[...]), as: UTF8.self)
    }

    private static func caseless(_ a: UInt8, _ b: UInt8) -> Bool {
        (a >= 0x41 && a <= 0x5A ? a + 0x20 : a) == b
    }
}
