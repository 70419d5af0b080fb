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
}
