import Testing
@testable import ChiSo

@Suite("The page «Cách tính»")
struct MethodsPageTests {
    @Test("Every indicator of the catalogue is there with its definition, counts, direction and target")
    func everyIndicator() throws {
        var content = TestContent(site: TestContent.site + "\n[targets]\nonline_rate = 70\n", units: "id,name,kind\nx,Xã X,xa\n")
        content.period("2023-06", files: ["data.csv": "unit,received,received_online\nXã X,10,5\n"])
        let pages = try SitePagesTests.pages(content)
        let page = try #require(pages["cach-tinh/index.html"])
        let strings = try SitePagesTests.theme().strings
        for indicator in Indicator.allCases {
            let id = indicator.rawValue.replacingOccurrences(of: "_", with: "-")
            let start = try #require(page.range(of: "<h3 id=\"\(id)\">" + HTML.escape(strings.name(of: indicator)) + "</h3>"), "\(indicator)")
            let entry = String(page[start.upperBound...]).components(separatedBy: "</dl>")[0]
            #expect(entry.contains(HTML.escape(strings.method(of: indicator))), "\(indicator)")
            let (numerator, denominator) = MethodsPage.counts(of: indicator)
            for field in numerator + denominator {
                #expect(strings.texts["field." + field.rawValue] != nil, "\(field) has no name")
                #expect(entry.contains(HTML.escape(strings.name(of: field))), "\(indicator): \(field)")
            }
            let direction = indicator.better.map { $0 == .higher ? "cao hơn là tốt hơn" : "thấp hơn là tốt hơn" } ?? "không xếp hạng"
            #expect(entry.contains("<dd>" + direction + "</dd>"), "\(indicator)")
            #expect(entry.contains("<dt>Chỉ tiêu</dt>") == (indicator == .onlineRate), "\(indicator)")
        }
        #expect(page.contains("<dd>Tử số: Mới tiếp nhận › Trực tuyến</dd>\n<dd>Mẫu số: Mới tiếp nhận</dd>"))
        #expect(page.contains("<dd>Tử số: Đã giải quyết › Trước hạn + Đã giải quyết › Đúng hạn</dd>"))
        #expect(page.contains("<dt>Chỉ tiêu</dt>\n<dd>70\u{A0}%</dd>"))
        #expect(page.contains("(1, 2, 2, 4)"))
        #expect(try #require(pages["index.html"]).contains("<li><a href=\"cach-tinh/index.html\">Cách tính</a></li>"))
        #expect(page.contains("<li><a href=\"../cach-tinh/index.html\" aria-current=\"page\">Cách tính</a></li>"))
    }
}
