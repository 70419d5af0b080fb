import CCmark

/// The images of a Markdown text that a page could not show from itself. CommonMark images load
/// their source when the page is read: one on another host breaks the rule that pages load
/// nothing from elsewhere, and one from a file shows broken, as chiso publishes no files beside
/// the pages. An image written into the text (`data:image/png;base64,…`) is kept.
enum MarkdownImages {
    /// An error at each image of `markdown` (read from `file`) whose source is not in the text.
    ///
    /// - Complexity: O(length of `markdown`).
    static func problems(in markdown: String, file: String) -> [Diagnostic] {
        guard markdown.contains("![") else { return [] }
        guard let document = markdown.withCString({ cmark_parse_document($0, markdown.utf8.count, CMARK_OPT_DEFAULT) }) else { return [] }
        defer { cmark_node_free(document) }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var diagnostics: [Diagnostic] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            guard event != CMARK_EVENT_DONE else { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_IMAGE else { continue }
            let source = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            guard !source.lowercased().hasPrefix("data:image/") else { continue }
            let line = Int(cmark_node_get_start_line(node))
            let place = SourceLocation(file: file, line: max(line, 1), column: column(Int(cmark_node_get_start_column(node)), in: lines, line: line))
            let problem = isRemote(source) ? MarkdownProblem.remoteImage(source: source) : .unpublishedImage(source: source)
            diagnostics.append(Diagnostic(problem, at: place))
        }
        return diagnostics
    }

    /// True for a source on the web: `http://`, `https://`, `ftp://` or `//host/…`.
    private static func isRemote(_ source: String) -> Bool {
        let lower = source.lowercased()
        return ["//", "http://", "https://", "ftp://"].contains(where: lower.hasPrefix)
    }

    /// The column in characters of cmark's column in bytes (both from 1) on `line` (from 1).
    private static func column(_ byteColumn: Int, in lines: [Substring], line: Int) -> Int {
        guard line >= 1, line <= lines.count, byteColumn > 1 else { return 1 }
        let text = lines[line - 1].utf8
        let end = text.index(text.startIndex, offsetBy: min(byteColumn - 1, text.count))
        return String(decoding: text[..<end], as: UTF8.self).count + 1
    }
}
