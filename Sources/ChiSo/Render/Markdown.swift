import CCmark

/// CommonMark to HTML through libcmark, in its safe mode: raw HTML is dropped and links with
/// unsafe schemes (`javascript:`, `vbscript:`, `file:`, most `data:`) are removed.
public enum Markdown {
    /// The HTML of `text`; typographic quotes and dashes are not applied.
    public static func html(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let rendered = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(bytes.count, 1)) {
                cmark_markdown_to_html($0, bytes.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let rendered else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return String(cString: rendered)
    }

    /// The HTML of `text` with its headings moved so the highest becomes `<h{level}>` and the
    /// others keep their distance below it, for Markdown set under a heading of the page.
    public static func html(_ text: String, headingsFrom level: Int) -> String {
        var result = html(text)
        guard let highest = (1...6).first(where: { result.contains("<h\($0)>") }), highest != level else { return result }
        let levels = highest < level ? Array((highest...6).reversed()) : Array(highest...6)
        for old in levels where result.contains("<h\(old)>") {
            let new = min(max(old + level - highest, 1), 6)
            result = result.replacingOccurrences(of: "<h\(old)>", with: "<h\(new)>").replacingOccurrences(of: "</h\(old)>", with: "</h\(new)>")
        }
        return result
    }
}
