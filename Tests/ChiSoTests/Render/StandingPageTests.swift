import Testing
@testable import ChiSo

@Suite("The standing on the period page and the overview")
struct StandingPageTests {
    static var content: TestContent {
        var content = TestContent(units: "id,name,kind,aliases,from,until,successor\ntu-phap,Phòng Tư pháp,phong,,,,\n")
        content.period("2023-06", files: [
            "data.csv": "unit,received,received_online,resolved,resolved_on_time,resolved_late\nPhòng Tư pháp,10,4,8,7,1\n"
        ])
        content.files["periods/2023-06/period.toml"]! += Array("""
            [standing]
            peers       = "huyện, thị"
            online_rate = { rank = 5, of = 10 }
            overdue     = { rank = 6, of = 10, note = "<b>tạm tính</b>" }
            """.utf8)
        return content
    }

    @Test("The period page and the overview show each place, the authority's value and the note as text")
    func shown() throws {
        let pages = try SitePagesTests.pages(Self.content)
        for path in ["periods/2023-06/index.html", "index.html"] {
            let html = try #require(pages[path])
            #expect(html.contains("Vị trí của Ủy ban nhân dân huyện Thử Nghiệm so với các huyện, thị"), "\(path)")
            #expect(html.contains("<strong>thứ 5/10 huyện, thị</strong>"), "\(path)")
            #expect(html.contains("<strong>thứ 6/10 huyện, thị</strong>"), "\(path)")
            #expect(html.contains(" 40,00\u{00A0}%: <strong>"), "\(path)")
            #expect(html.contains("&lt;b&gt;tạm tính&lt;/b&gt;") && !html.contains("<b>tạm"), "\(path)")
        }
        let period = try #require(pages["periods/2023-06/index.html"])
        let figures = try #require(period.range(of: "id=\"so-lieu-chinh\""))
        let standing = try #require(period.range(of: "id=\"vi-tri\""))
        #expect(figures.upperBound < standing.lowerBound, "the standing follows the headline figures")
    }

    @Test("A period without [standing] shows no such section")
    func absent() throws {
        var content = Self.content
        content.period("2023-06", files: [:])
        let pages = try SitePagesTests.pages(content)
        #expect(!(try #require(pages["periods/2023-06/index.html"])).contains("vi-tri"))
    }
}
