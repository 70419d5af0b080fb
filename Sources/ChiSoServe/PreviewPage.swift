import ChiSo

/// What `chiso serve` adds to the pages it serves, and only to them: the built site stays
/// free of JavaScript. A served HTML page gets a small script that reloads it when a rebuild
/// finishes, and, while the last rebuild failed, the build's report over the last good page.
public enum PreviewPage {
    /// The path of the WebSocket that tells open pages to reload.
    public static let reloadPath = "/__chiso/reload"

    /// The script that reloads the page when the server says so.
    static let script = """
        <script>(function(){var s=new WebSocket((location.protocol==="https:"?"wss://":"ws://")+location.host+"\(reloadPath)");\
        s.onmessage=function(){location.reload()};})();</script>
        """

    /// `html` with the reload script before `</body>` and, when `failure` is given, the report
    /// of the failed build at the top of the body.
    public static func served(_ html: String, failure: String?) -> String {
        var page = html
        if let failure, let body = page.range(of: "<body"), let end = page[body.upperBound...].firstIndex(of: ">") {
            page.insert(contentsOf: banner("chiso serve: lần dựng lại gần nhất có lỗi, trang dưới đây là bản dựng tốt trước đó.", failure), at: page.index(after: end))
        }
        if let close = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: script, at: close.lowerBound)
        } else {
            page += script
        }
        return page
    }

    /// The page for every path before a build has succeeded: the report of the failed one, or
    /// that the first build is under way, and the script to reload once a build ends.
    public static func unbuilt(failure: String?) -> String {
        let note = failure.map { banner("chiso serve: chưa dựng được trang.", $0) } ?? "<p>chiso serve: đang dựng trang lần đầu…</p>\n"
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\"><title>chiso serve</title></head>\n<body>"
            + note + script + "</body>\n</html>\n"
    }

    private static func banner(_ heading: String, _ failure: String) -> String {
        "\n<div role=\"alert\" style=\"margin:0;padding:1em;background:#fff0f0;color:#600;border-bottom:3px solid #c00;font:15px/1.5 sans-serif;"
            + "white-space:pre-wrap\"><strong>\(heading)</strong>\n" + HTML.escape(failure) + "</div>\n"
    }

    /// The content type of a served file, by its extension.
    public static func contentType(of path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return types[ext] ?? "application/octet-stream"
    }

    private static let types = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "svg": "image/svg+xml",
        "csv": "text/csv; charset=utf-8", "json": "application/json", "txt": "text/plain; charset=utf-8",
        "sha256": "text/plain; charset=utf-8", "xml": "application/xml", "png": "image/png", "jpg": "image/jpeg",
        "jpeg": "image/jpeg", "gif": "image/gif", "ico": "image/x-icon", "woff2": "font/woff2", "woff": "font/woff",
        "zip": "application/zip", "pdf": "application/pdf",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]
}
