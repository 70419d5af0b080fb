import Testing
@testable import ChiSo

@Suite("The site's charts")
struct SiteChartsTests {
    static var twoMonths: TestContent {
        var content = TestContent(units: "id,name,kind,aliases,from,until,successor\nx,Xã X,xa,,,,\n")
        let data = "unit,received,resolved,resolved_on_time,resolved_late\nXã X,10,8,7,1\n"
        content.period("2023-05", start: "2023-04-15", end: "2023-05-14", label: "Tháng 05/2023", files: ["data.csv": data])
        content.period("2023-06", label: "Tháng 06/2023", files: ["data.csv": data])
        return content
    }

    @Test("Axes name periods as the site does, a month without «Tháng»; the tables keep the whole label")
    func periodLabels() throws {
        let pages = try SitePagesTests.pages(Self.twoMonths)
        let unit = try #require(pages["units/x/index.html"])
        #expect(unit.contains(">05/2023</text>") && unit.contains(">06/2023</text>"))
        #expect(!unit.contains("Tháng 06/2023</text>") && !unit.contains("14/06/2023</text>"))
        #expect(unit.contains(">Tháng 06/2023</a></th>"))
    }

    @Test("The overview charts each of the district's rates on its own axis, with its numbers in a table")
    func overview() throws {
        let index = try #require(try SitePagesTests.pages(Self.twoMonths)["index.html"])
        #expect(index.contains("<div class=\"charts\">\n<figure class=\"chart\">"))
        #expect(index.components(separatedBy: "<figure class=\"chart\">").count == 2)
        #expect(index.contains("aria-labelledby=\"c-on_time_rate-title c-on_time_rate-desc\""))
        #expect(index.contains("<th scope=\"row\">Tháng 06/2023</th><td>87,50\u{A0}%</td>"))
    }
}
