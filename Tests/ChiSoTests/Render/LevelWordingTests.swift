import Testing
@testable import ChiSo

@Suite("The authority's level: the words for the whole and the default groups")
struct LevelWordingTests {
    @Test("Each level speaks of its whole", arguments: [
        (AuthorityLevel.tinh, "Toàn tỉnh", "toàn tỉnh đạt 3/4 chỉ tiêu", "Văn phòng UBND tỉnh tổng hợp."),
        (.huyen, "Toàn huyện", "toàn huyện đạt 3/4 chỉ tiêu", "Văn phòng HĐND và UBND huyện tổng hợp."),
        (.xa, "Toàn xã", "toàn xã đạt 3/4 chỉ tiêu", "Văn phòng HĐND và UBND xã tổng hợp."),
    ])
    func wording(level: AuthorityLevel, whole: String, verdict: String, source: String) throws {
        let strings = try SitePagesTests.theme().strings.speaking(for: level)
        #expect(strings[.district] == whole)
        #expect(strings[.verdictTargets, ["met": "3", "of": "4"]] == verdict)
        #expect(strings[.source].hasSuffix(source))
        #expect(!strings.texts.values.contains { $0.contains("{whole}") || $0.contains("{Whole}") || $0.contains("{level}") || $0.contains("{office}") })
    }

    @Test("Without [[groups]], the level's groups", arguments: [
        ("tinh", ["cap-xa": [UnitKind.xa, .phuong, .dacKhu, .thiTran], "cap-tinh": [.so, .phong, .coQuan]]),
        ("huyen", ["cap-xa": [.xa, .phuong, .thiTran], "cap-huyen": [.phong, .coQuan]]),
        ("xa", ["don-vi": UnitKind.allCases]),
    ])
    func defaultGroups(level: String, groups: [String: [UnitKind]]) throws {
        var content = TestContent(site: TestContent.site + "\nlevel = \"\(level)\"\n", units: "id,name,kind\na,Xã A,xa\n")
        content.period("2025-07", files: ["data.csv": "unit,overdue\nXã A,1\n"])
        let site = try #require(content.check().dataset?.site)
        #expect(Dictionary(uniqueKeysWithValues: site.groups.map { ($0.id, $0.kinds) }) == groups)
    }

    @Test("A province's pages never say «huyện» of themselves, and no placeholder is left")
    func provincePages() throws {
        var content = TestContent(
            site: """
                title = "Kết quả giải quyết thủ tục hành chính"
                authority = "Ủy ban nhân dân tỉnh Thử Nghiệm"
                level = "tinh"

                [targets]
                online_rate = 70
                """,
            units: "id,name,kind\nan,Xã An,xa\nbien,Đặc khu Biển,dac-khu\ntu-phap,Sở Tư pháp,so\n")
        content.period("2025-07", start: "2025-07-01", end: "2025-07-31", label: "Tháng 7/2025", files: [
            "data.csv": "unit,received_online,received_direct,resolved_on_time,resolved_late\nXã An,7,3,9,1\nĐặc khu Biển,2,8,10,0\nSở Tư pháp,40,10,50,0\n"
        ])
        let pages = try SitePagesTests.pages(content)
        for (path, page) in pages where path.hasSuffix(".html") {
            #expect(!page.contains("huyện"), "\(path)")
            #expect(!page.contains("{whole}") && !page.contains("{Whole}") && !page.contains("{level}") && !page.contains("{office}"), "\(path)")
        }
        #expect(pages["index.html"]?.contains("Toàn tỉnh") == true)
        #expect(pages["units/bien/index.html"]?.contains("Đặc khu") == true)
    }
}
