import Testing
@testable import ChiSo

@Suite("Long tables on pages of their own")
struct TablePagesTests {
    /// A district of `count` communes reporting one month: commune k resolves 100 dossiers,
    /// 90 + k mod 7 of them on time, so its on-time rate is (90 + k mod 7) %.
    /// With `online`, each also received one dossier online.
    static func district(_ count: Int, site: String = TestContent.site, online: Bool = false) -> TestContent {
        let units = (1...count).map { "x\($0),Xã Số \($0),xa,,,," }.joined(separator: "\n")
        var content = TestContent(site: site, units: "id,name,kind,aliases,from,until,successor\n" + units + "\n")
        let rows = (1...count).map { "Xã Số \($0),\(100 + $0),\(90 + $0 % 7),\(10 - $0 % 7)" + (online ? ",1" : "") }.joined(separator: "\n")
        let header = "unit,received,resolved_on_time,resolved_late" + (online ? ",received_online" : "")
        content.period("2024-06", files: ["data.csv": header + "\n" + rows + "\n"])
        return content
    }

    /// Rows of a table: its `<th scope="row">` cells.
    static func rows(_ html: String) -> Int { html.components(separatedBy: "<th scope=\"row\">").count - 1 }

    @Test("A group of more than 100 units gets one table of every indicator's places on a page of its own")
    func grid() throws {
        let pages = try SitePagesTests.pages(Self.district(120))
        let period = try #require(pages["periods/2024-06/index.html"])
        #expect(period.contains("<a href=\"xep-hang/cap-xa.html\">Thứ hạng các chỉ tiêu: UBND các xã, phường, thị trấn</a> <span class=\"note\">(120 đơn vị, 1 trang)</span>"))
        #expect(!period.contains("<table class=\"ranking\"") && !period.contains("<table class=\"grid\""))
        let grid = try #require(pages["periods/2024-06/xep-hang/cap-xa.html"])
        #expect(Self.rows(grid) == 120)
        #expect(grid.contains("<th scope=\"col\">Hạng trong 120</th>"))
        // 17 communes (k mod 7 = 6) share rank 1 at 96 %; Xã Số 1 (91 %) has the 85 with 92–96 % above it.
        #expect(grid.contains("<tr><th scope=\"row\"><a href=\"../../../units/x6/index.html\">Xã Số 6</a></th><td>96,00</td><td>1=</td>"))
        #expect(grid.contains("<a href=\"../../../units/x1/index.html\">Xã Số 1</a></th><td>91,00</td><td>86=</td>"))
        #expect(grid.contains("href=\"../../../periods/2024-06/index.html\">Về báo cáo kỳ Tháng 6/2023</a></p>"))
        #expect(pages.keys.filter { $0.contains("/xep-hang/") }.sorted() == ["periods/2024-06/xep-hang/cap-xa.html", "periods/2024-06/xep-hang/index.html"])
        let rankings = try #require(pages["periods/2024-06/xep-hang/index.html"])
        #expect(rankings.contains("<a href=\"../../../periods/2024-06/xep-hang/cap-xa.html\">Thứ hạng các chỉ tiêu: UBND các xã, phường, thị trấn</a>"))
    }

    @Test("The table of places shows each real move since the previous period, and none inside a shared place")
    func movement() throws {
        var content = Self.district(120)
        let rows = (1...120).map { "Xã Số \($0),\(100 + $0),\($0 == 1 ? 100 : 90 + $0 % 7),\($0 == 1 ? 0 : 10 - $0 % 7)" }.joined(separator: "\n")
        content.period("2024-07", start: "2023-06-15", end: "2023-07-14", label: "Tháng 7/2023", files: [
            "data.csv": "unit,received,resolved_on_time,resolved_late\n" + rows + "\n"
        ])
        let grid = try #require(try SitePagesTests.pages(content)["periods/2024-07/xep-hang/cap-xa.html"])
        // Xã Số 1 leaves the 13 communes sharing 86= for rank 1 alone; the others shift inside their shared places.
        #expect(grid.contains("Xã Số 1</a></th><td>100,00</td><td>1 <span class=\"move up\" aria-hidden=\"true\">(▲85 86= → 1)</span><span class=\"vh\">lên 85 bậc (86= → 1)</span></td>"))
        #expect(grid.contains("Xã Số 6</a></th><td>96,00</td><td>2=</td>"))
        #expect(grid.contains("Xã Số 2</a></th><td>92,00</td><td>70=</td>"))
        #expect(grid.contains("Xã Số 3</a></th><td>93,00</td><td>53=</td>"))
    }

    @Test("A large group's summary rows and a long attention list leave the period page, numbered on")
    func summaryAndAttention() throws {
        let pages = try SitePagesTests.pages(Self.district(120, site: TestContent.site + "\n[targets]\nonline_rate = 70\n", online: true))
        let period = try #require(pages["periods/2024-06/index.html"])
        #expect(period.contains("<a href=\"tong-hop/cap-xa.html\">Bảng tổng hợp: UBND các xã, phường, thị trấn</a>"))
        #expect(Self.rows(period.components(separatedBy: "<table class=\"summary\"")[1].components(separatedBy: "</table>")[0]) == 1)
        let summary = try #require(pages["periods/2024-06/tong-hop/cap-xa.html"])
        #expect(Self.rows(summary) == 121)
        #expect(summary.contains("<tr><td>120</td><th scope=\"row\">"))
        let attention = period.components(separatedBy: "<table class=\"attention\"")[1].components(separatedBy: "</table>")[0]
        #expect(Self.rows(attention) == AttentionPages.onPage)
        #expect(period.contains("<a href=\"../../periods/2024-06/luu-y.html\">Còn 112 đơn vị nữa: xem danh sách đầy đủ</a>"))
        #expect(Self.rows(try #require(pages["periods/2024-06/luu-y.html"])) == 120)
        #expect(try #require(pages["index.html"]).contains("<a href=\"periods/2024-06/luu-y.html\">Còn 112 đơn vị nữa"))
    }

    @Test("A table longer than a page continues on numbered pages", arguments: [
        (1, 1, 0..<1), (100, 1, 0..<100), (1000, 1, 0..<1000), (1001, 2, 1000..<1001), (2001, 3, 2000..<2001),
    ])
    func paging(rows: Int, count: Int, last: Range<Int>) {
        let pages = TablePages(stem: "periods/2024-06/xep-hang/cap-xa", rows: rows)
        #expect(pages.count == count)
        #expect(pages.rows(page: count) == last)
        #expect(pages.path(page: 1) == "periods/2024-06/xep-hang/cap-xa.html")
        #expect(pages.path(page: 3) == "periods/2024-06/xep-hang/cap-xa-3.html")
        #expect(TablePages.isSplit(rows) == (rows > 100))
    }
}
