import Testing
@testable import ChiSo

@Suite("The list of units")
struct UnitsPageTests {
    /// Two communes whose names differ by one mark, a merged commune, and a department outside
    /// the one group; two targets, which Xã Hòa Vân has no value for.
    static var content: TestContent {
        var content = TestContent(
            site: TestContent.site + """

                [targets]
                online_rate       = 70
                digitization_rate = 90

                [[groups]]
                id    = "cap-xa"
                label = "UBND các xã"
                kinds = ["xa"]
                """,
            units: """
                id,name,kind,aliases,from,until,successor
                tu-phap,Phòng Tư pháp,phong,,,,
                hoa-van,Xã Hòa Văn,xa,,,,
                hoa-van-2,Xã Hòa Vân,xa,,,,
                hoa-cu,Xã Hòa Cũ,xa,,,2023-01-01,hoa-van

                """)
        content.period("2023-06", label: "Tháng 6/2023", files: [
            "data.csv": """
                unit,received,received_online,digitized,resolved_on_time,resolved_late,pending_overdue
                Xã Hòa Văn,1200,900,1000,2400,1230,4
                Xã Hòa Vân,,,,50,0,0
                Phòng Tư pháp,10,10,10,10,0,0

                """
        ])
        return content
    }

    static func page() throws -> String {
        try #require(try SitePagesTests.pages(Self.content)["units/index.html"])
    }

    @Test("A unit's row gives its late dossiers, rates, targets met and on-time rank in the latest period")
    func row() throws {
        let page = try Self.page()
        // 1230 + 4 late; 2400 of 3630 on time; 900 of 1200 online; online met, digitisation (83,33 %) not.
        #expect(page.contains(
            "<tr><th scope=\"row\"><a href=\"../units/hoa-van/index.html\">Xã Hòa Văn</a></th><td>Xã</td>"
                + "<td>1.234</td><td>66,12\u{A0}%</td><td>75,00\u{A0}%</td><td>1/2</td><td>2/2</td></tr>"))
        #expect(page.contains("<caption><span class=\"pin\">Số liệu kỳ <a href=\"../periods/2023-06/index.html\">Tháng 6/2023</a></span></caption>"))
        #expect(page.contains("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"cac-don-vi\" tabindex=\"0\">"))
        #expect(page.contains("<th scope=\"col\">Đơn vị</th><th scope=\"col\">Loại</th><th scope=\"col\">Hồ sơ trễ hạn</th>"))
    }

    @Test("A unit with a value for no target shows «—», never 0/0; a unit merged before the period is listed below, with its successor")
    func noTargets() throws {
        let page = try Self.page()
        let noData = TableCell.noData(try SitePagesTests.theme().strings)
        #expect(page.contains(
            "<a href=\"../units/hoa-van-2/index.html\">Xã Hòa Vân</a></th><td>Xã</td><td>0</td><td>100,00\u{A0}%</td><td>" + noData
                + "</td><td>" + noData + "</td><td>1/2</td></tr>"))
        #expect(!page.contains("0/0"))
        #expect(page.contains(
            "<li><a href=\"../units/hoa-cu/index.html\">Xã Hòa Cũ</a>: báo cáo đến ngày 01/01/2023, đã sáp nhập vào "
                + "<a href=\"../units/hoa-van/index.html\">Xã Hòa Văn</a></li>"))
    }

    @Test("Units come by group, then those of no group, each in Vietnamese name order")
    func grouped() throws {
        let page = try Self.page()
        let order = ["UBND các xã</span></th>", "Xã Hòa Văn</a>", "Xã Hòa Vân</a>", "Đơn vị khác</span></th>", "Phòng Tư pháp</a>"]
        let positions = try order.map { text in try #require(page.range(of: text), "\(text)").lowerBound }
        #expect(positions == positions.sorted())
        #expect(page.contains("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"7\"><span class=\"pin\">Đơn vị khác</span></th></tr>"))
        // A unit of no group is not ranked.
        let noData = TableCell.noData(try SitePagesTests.theme().strings)
        #expect(page.contains(
            "Phòng Tư pháp</a></th><td>Phòng chuyên môn</td><td>0</td><td>100,00\u{A0}%</td><td>100,00\u{A0}%</td><td>2/2</td><td>" + noData + "</td></tr>"))
    }
}
