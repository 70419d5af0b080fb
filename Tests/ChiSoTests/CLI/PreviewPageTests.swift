import Testing
import ChiSoServe

@Suite("What chiso serve adds to the pages it serves")
struct PreviewPageTests {
    @Test("A served page gets the reload script before </body>, and a failed rebuild's report, escaped, at the top of the body")
    func served() {
        let page = "<!DOCTYPE html><html><body class=\"x\"><h1>T</h1></body></html>"
        let good = PreviewPage.served(page, failure: nil)
        #expect(good.hasPrefix("<!DOCTYPE html><html><body class=\"x\"><h1>T</h1><script>") && good.hasSuffix("</script></body></html>"))
        #expect(!good.contains("role=\"alert\""))
        let failed = PreviewPage.served(page, failure: "data.csv:2:3: error: «<b>»")
        let body = failed.components(separatedBy: "<body class=\"x\">")[1]
        #expect(body.hasPrefix("\n<div role=\"alert\""))
        #expect(body.contains("bản dựng tốt trước đó") && body.contains("data.csv:2:3: error: «&lt;b&gt;»") && !body.contains("<b>"))
    }

    @Test("Before any good build, the page says the first build is under way, or shows why it failed")
    func unbuilt() {
        let building = PreviewPage.unbuilt(failure: nil)
        #expect(building.contains("đang dựng trang lần đầu") && !building.contains("role=\"alert\"") && building.contains("new WebSocket("))
        let failed = PreviewPage.unbuilt(failure: "units.csv:4:1: error")
        #expect(failed.contains("chưa dựng được trang") && failed.contains("units.csv:4:1: error") && !failed.contains("bản dựng tốt trước đó"))
    }

    @Test("Content types by extension", arguments: [
        ("index.html", "text/html; charset=utf-8"), ("assets/style.css", "text/css; charset=utf-8"), ("data.CSV", "text/csv; charset=utf-8"),
        ("tong-hop.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ("MANIFEST.sha256", "text/plain; charset=utf-8"),
        ("khong-ro", "application/octet-stream"),
    ])
    func contentType(_ path: String, _ type: String) {
        #expect(PreviewPage.contentType(of: path) == type)
    }
}
