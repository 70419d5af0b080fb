import Testing
@testable import ChiSo

@Suite("Ranking tables of large groups")
struct RankingPagesTests {
    /// A district of `count` communes reporting one month.
    static func district(_ count: Int) -> TestContent {
        let units = (1...count).map { "x\($0),Xã Số \($0),xa,,,," }.joined(separator: "\n")
        var content = TestContent(units: "id,name,kind,aliases,from,until,successor\n" + units + "\n")
        let rows = (1...count).map { "Xã Số \($0),\(100 + $0),\(90 + $0 % 7),\(10 - $0 % 7)" }.joined(separator: "\n")
        content.period("2024-06", files: ["data.csv": "unit,received,resolved_on_time,resolved_late\n" + rows + "\n"])
        return content
    }

    @Test("A group of more than 100 units gets its ranking tables on pages of their own, every row kept")
    func split() throws {
        let pages = try SitePagesTests.pages(Self.district(120))
        let period = try #require(pages["periods/2024-06/index.html"])
        #expect(period.contains("<a href=\"xep-hang/cap-xa-on-time-rate.html\">Tỷ lệ đúng hạn: UBND các xã, phường, thị trấn</a>"))
        #expect(!period.contains("<table class=\"ranking\""))
        let ranking = try #require(pages["periods/2024-06/xep-hang/cap-xa-on-time-rate.html"])
        #expect(ranking.components(separatedBy: "<th scope=\"row\">").count - 1 == 120)
        #expect(ranking.contains("href=\"../../../units/x1/index.html\""))
        #expect(ranking.contains("href=\"../../../periods/2024-06/index.html\">Về báo cáo kỳ Tháng 6/2023</a>"))
        #expect(pages.keys.filter { $0.contains("/xep-hang/") } == ["periods/2024-06/xep-hang/cap-xa-on-time-rate.html"])
    }

    @Test("A table longer than a page continues on numbered pages")
    func paging() {
        let entries = (1...2001).map { RankEntry(unitID: "u\($0)", value: nil, rank: nil, movement: nil) }
        let ranking = Ranking(groupID: "cap-xa", indicator: .onTimeRate, entries: entries, ranked: 0)
        #expect(RankingPages.isSplit(ranking))
        #expect(RankingPages.pageCount(ranking) == 3)
        #expect(RankingPages.path(ranking, period: "2024-06", page: 1) == "periods/2024-06/xep-hang/cap-xa-on-time-rate.html")
        #expect(RankingPages.path(ranking, period: "2024-06", page: 3) == "periods/2024-06/xep-hang/cap-xa-on-time-rate-3.html")
        let small = Ranking(groupID: "cap-huyen", indicator: .overdue, entries: Array(entries.prefix(100)), ranked: 0)
        #expect(!RankingPages.isSplit(small) && RankingPages.pageCount(small) == 1)
    }
}
