import Foundation
import Testing
@testable import ChiSo

@Suite("The site's pages")
struct SitePagesTests {
    /// The repository's own site-templates folder.
    static let templates = Fixture.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("site-templates").path

    static func theme() throws -> Theme {
        let (theme, diagnostics) = ThemeCheck.check(try ThemeFolder.read(at: templates))
        #expect(diagnostics.map(\.description) == [])
        return try #require(theme)
    }

    static func pages(_ content: TestContent) throws -> [String: String] {
        let report = try ReportBuilder.build(try #require(content.check().dataset))
        return Dictionary(uniqueKeysWithValues: SitePages.render(report, theme: try theme()).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// Hương Trà (seed 004's tables), then a second period with only the digitisation table.
    static var twoPeriods: TestContent {
        var content = Fixture.huongTra
        content.period("2020-06", start: "2020-03-19", end: "2020-06-18", kind: "custom", label: "19/3/2020 – 18/6/2020", files: [
            "so-hoa.tsv": Fixture.text("huong-tra-so-hoa.tsv")
        ])
        content.files["pages/gioi-thieu.md"] = Array("# Giới thiệu\n\nTrang **thử**.\n".utf8)
        content.files["periods/2020-03/notes.md"] = Array("Kỳ này toàn thị xã có **360** hồ sơ trễ hạn.\n".utf8)
        return content
    }

    @Test("One page of each kind matches its golden file", arguments: [
        "index.html", "periods/index.html", "units/index.html", "periods/2020-06/index.html", "units/huong-ho/index.html",
        "pages/gioi-thieu/index.html", "404.html",
    ])
    func golden(path: String) throws {
        let pages = try Self.pages(Self.twoPeriods)
        let page = try #require(pages[path])
        Golden.expect(page, matches: "pages/" + path.replacingOccurrences(of: "/", with: "__"))
    }

    @Test("Every page links relatively and only to pages that exist")
    func links() throws {
        let pages = try Self.pages(Self.twoPeriods)
        let report = try ReportBuilder.build(try #require(Self.twoPeriods.check().dataset))
        let dataFiles = Set(DataFiles.jobs(report, strings: try Self.theme().strings).map(\.path))
        let pattern = try Regex(#"(?:href|src)="([^"]*)""#)
        for (path, html) in pages where path.hasSuffix(".html") {
            for match in html.matches(of: pattern) {
                let link = String(match.output[1].substring ?? "")
                if link.hasPrefix("#") {
                    #expect(html.contains("id=\"\(link.dropFirst())\""), "\(path) links to \(link), which is not on the page")
                    continue
                }
                #expect(!link.hasPrefix("/") && !link.contains("://"), "\(path): \(link)")
                let target = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent().appendingPathComponent(link).standardized.path
                let relative = String(target.dropFirst("/site/".count)).split(separator: "#").first.map(String.init) ?? ""
                #expect(pages[relative] != nil || dataFiles.contains(relative), "\(path) links to \(link), which is not a page or data file")
            }
        }
    }

    @Test("Text from data files, site.toml and Markdown comes out as text")
    func escaping() throws {
        let hostile = "<script>alert(1)</script>"
        var content = TestContent(
            site: """
                title = "Kết quả <b>đậm</b> & \\"trích\\""
                authority = "UBND <img src=x onerror=alert(1)>"
                """,
            units: "id,name,kind,aliases,from,until,successor\nx,\(hostile),xa,,,,\ny,Xã Y'\"&,xa,,,,\n")
        content.period("2023-06", files: [
            "data.csv": "unit,received,resolved,resolved_on_time,resolved_late\n\(hostile),10,8,7,1\n\"Xã Y'\"\"&\",5,5,5,0\n",
            "notes.md": "Nhận xét <script>alert(2)</script> và <img src=x onerror=alert(3)> [liên kết](javascript:alert(4))\n",
            "late.csv": "code,unit,procedure,received,due,returned,reason,apology\n<i>H1</i>,x,Thủ tục <b>B</b>,2023-05-20,2023-05-25,2023-05-30,Lý do <script>,yes\n",
        ])
        content.files["pages/x.md"] = Array("# Trang <em>x</em>\n\n<iframe src=\"https://evil.example\"></iframe>\n".utf8)
        let pages = try Self.pages(content)
        #expect(pages.count > 8)
        for (path, html) in pages where path.hasSuffix(".html") {
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("<img"), "\(path)")
            #expect(!html.contains("<iframe"), "\(path)")
            #expect(!html.contains("javascript:"), "\(path)")
            #expect(!html.contains("<b>đậm") && !html.contains("<i>H1"), "\(path)")
        }
        let unit = try #require(pages["units/x/index.html"])
        #expect(unit.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(unit.contains("&lt;i&gt;H1&lt;/i&gt;"))
        #expect(unit.contains("Lý do &lt;script&gt;"))
        let period = try #require(pages["periods/2023-06/index.html"])
        #expect(period.contains("Xã Y&#39;&quot;&amp;"))
        #expect(period.contains("Kết quả &lt;b&gt;đậm&lt;/b&gt; &amp; &quot;trích&quot;"))
        #expect(period.contains("UBND &lt;img src=x onerror=alert(1)&gt;"))
        #expect(period.contains("<!-- raw HTML omitted -->"))
    }
}

@Suite("The theme folder")
struct ThemeCheckTests {
    static func files(_ changes: [String: String?]) throws -> ContentFiles {
        var files = try ThemeFolder.read(at: SitePagesTests.templates)
        files.root = "site-templates"
        for (name, text) in changes { files.files[name] = text.map { Array($0.utf8) } }
        return files
    }

    @Test(
        "A template or strings error names the file, line and column",
        arguments: [
            ("period.mustache", "<h1>{{title}}</h1>\n<p>{{#a}}x{{/b}}</p>\n",
             "site-templates/period.mustache:2:14: error: mẫu trang sai cú pháp Mustache: thẻ đóng {{/…}} không khớp tên thẻ mở (section close name incorrect)"),
            ("unit.mustache", "<p>\n  {{name</p>\n",
             "site-templates/unit.mustache:2:9: error: mẫu trang sai cú pháp Mustache: thẻ chưa đóng bằng }} (unfinished tag)"),
            ("strings.toml", "rank_of = 3\n", "site-templates/strings.toml:1:1: error: «rank_of» trong strings.toml phải là chữ trong dấu ngoặc kép"),
        ])
    func syntax(name: String, text: String, expected: String) throws {
        let (theme, diagnostics) = ThemeCheck.check(try Self.files([name: text]))
        #expect(theme == nil)
        #expect(diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.problem)" }.contains(expected))
    }

    @Test("A missing template or text is named")
    func missing() throws {
        let (theme, diagnostics) = ThemeCheck.check(try Self.files(["404.mustache": nil]))
        #expect(theme == nil)
        #expect(diagnostics.map(\.problem.description) == ["thiếu mẫu trang «404.mustache»"])
        let strings = try #require(String(bytes: try Self.files([:]).files["strings.toml"]!, encoding: .utf8))
        let (_, found) = ThemeCheck.check(try Self.files(["strings.toml": strings.replacingOccurrences(of: "rank_of ", with: "rank_off ")]))
        #expect(found.map(\.problem.description) == ["strings.toml thiếu chữ cho khóa «rank_of»"])
    }
}
