import Testing
@testable import ChiSo

@Suite("Merged units on the pages and in the data files")
struct MergePagesTests {
    @Test("A merged commune's page: formed from its parts, the combined period named and drawn apart, never ranked")
    func successorPage() throws {
        let page = try #require(try SitePagesTests.pages(MergedHuongTra.content)["units/binh-dien/index.html"])
        #expect(page.contains(
            #"Hợp nhất từ <a href="../../units/binh-tien/index.html">Xã Bình Tiến</a>, <a href="../../units/binh-thanh/index.html">Xã Bình Thành</a>, <a href="../../units/huong-binh/index.html">Xã Hương Bình</a>."#
        ))
        #expect(page.contains(#"<tr class="combined"><th scope="row"><a href="../../periods/2020-03/index.html">16/12/2019 – 18/3/2020</a><small>ghép từ "#))
        #expect(page.contains("Các đơn vị cũ cộng lại (trước 01/07/2025)"))
        #expect(page.contains(#"stroke-dasharray="3 3" stroke-opacity="0.6""#))
        #expect(page.contains("Trước ngày 01/07/2025 đơn vị chưa thành lập"))
        // 319 of 338 on time, as the seed's three rows sum.
        #expect(page.contains("94,38"))
    }

    @Test("Intake bars of combined periods are drawn pale, in paths of their own, and named in the legend")
    func paleBars() {
        let svg = StackedBarChart.svg(
            id: "c", title: "t", categories: ["05/2025", "07/2025"], segments: [ChartSeries(name: "Trực tuyến", values: [Ratio(5, over: 1), Ratio(6, over: 1)])],
            scale: .count, words: ChartSample.words, pale: [true, false], paleName: "Các đơn vị cũ cộng lại (trước 01/07/2025)")
        let paths = svg.components(separatedBy: "<path fill=\"").dropFirst().map { $0.prefix { $0 != "\n" } }
        #expect(paths.count == 2)
        #expect(paths[0].hasPrefix(##"#0072B2" stroke="#ffffff""##) && paths[0].components(separatedBy: "M").count == 2)
        #expect(paths[1].hasPrefix(##"#0072B2" fill-opacity="0.4" stroke="#ffffff""##) && paths[1].components(separatedBy: "M").count == 2)
        #expect(svg.contains(##"fill="#0072B2" fill-opacity="0.4"/><text"##) && svg.contains("Các đơn vị cũ cộng lại"))
        let plain = StackedBarChart.svg(
            id: "c", title: "t", categories: ["05/2025"], segments: [ChartSeries(name: "Trực tuyến", values: [Ratio(5, over: 1)])], scale: .count,
            words: ChartSample.words, paleName: "Các đơn vị cũ cộng lại (trước 01/07/2025)")
        #expect(!plain.contains("fill-opacity") && !plain.contains("cộng lại"))
    }

    @Test("An old unit's page says it merged with others into the new one, or was renamed; the renamed unit's page says what it was")
    func predecessorPages() throws {
        let pages = try SitePagesTests.pages(MergedHuongTra.content)
        let old = try #require(pages["units/huong-binh/index.html"])
        #expect(old.contains("Báo cáo đến ngày 30/06/2025."))
        #expect(old.contains(
            #"Từ 01/07/2025, đơn vị hợp nhất với <a href="../../units/binh-tien/index.html">Xã Bình Tiến</a>, "#
                + #"<a href="../../units/binh-thanh/index.html">Xã Bình Thành</a> thành <a href="../../units/binh-dien/index.html">Xã Bình Điền</a>."#))
        let renamed = try #require(pages["units/huong-ho/index.html"])
        #expect(renamed.contains(#"Từ 01/07/2025, đơn vị đổi tên thành <a href="../../units/kim-tra/index.html">Phường Kim Trà</a>."#))
        let new = try #require(pages["units/kim-tra/index.html"])
        #expect(new.contains(#"Trước đây là <a href="../../units/huong-ho/index.html">Phường Hương Hồ</a>."#))
        #expect(new.contains("Phường Hương Hồ (tên cũ, trước 01/07/2025)"))
        #expect(new.contains(#"<small>tên cũ: <a href="../../units/huong-ho/index.html">Phường Hương Hồ</a></small>"#))
        #expect(new.contains("Trước ngày 01/07/2025 đơn vị mang tên Phường Hương Hồ"))
        #expect(!new.contains("ghép từ"))
    }

    @Test("The list of units shows the units of the latest period; the old ones are listed apart with their end and successor")
    func unitsPage() throws {
        let page = try #require(try SitePagesTests.pages(MergedHuongTra.content)["units/index.html"])
        let (table, former) = try #require(page.split(separator: "<h2 id=\"don-vi-cu\">").map(String.init).pairs)
        #expect(table.contains("Xã Bình Điền") && !table.contains("Xã Bình Tiến"))
        #expect(former.contains(
            #"<li><a href="../units/huong-binh/index.html">Xã Hương Bình</a>: báo cáo đến ngày 30/06/2025, đã hợp nhất thành <a href="../units/binh-dien/index.html">Xã Bình Điền</a></li>"#
        ))
        #expect(!former.contains("Phường Tứ Hạ"))
    }

    @Test("The first period after the reform says what changed, with links; the one before says nothing")
    func periodNotice() throws {
        let pages = try SitePagesTests.pages(MergedHuongTra.content)
        let after = try #require(pages["periods/2025-q3/index.html"])
        #expect(after.contains("<p>Từ 01/07/2025: 3 đơn vị cũ hợp nhất thành 1 đơn vị mới; 1 đơn vị đổi tên.</p>"))
        #expect(after.contains(#"<li><a href="../../units/kim-tra/index.html">Phường Kim Trà</a>: trước đây là <a href="../../units/huong-ho/index.html">Phường Hương Hồ</a></li>"#))
        #expect(pages["periods/2020-03/index.html"]?.contains(#"class="changes""#) == false)
        #expect(pages["index.html"]?.contains("3 đơn vị cũ hợp nhất thành 1 đơn vị mới") == true)
    }

    @Test("units/<id>/data.csv marks combined rows `predecessors`, unranked, and its own rows `reported`")
    func basisColumn() throws {
        let report = try MergedHuongTra.report()
        let csv = String(decoding: DataCSV.unit(try #require(report.units.first { $0.id == "binh-dien" }), in: report), as: UTF8.self)
        let rows = csv.dropFirst().split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = rows[0]
        let basis = try #require(header.firstIndex(of: "basis"))
        let onTime = try #require(header.firstIndex(of: "on_time_rate"))
        let rank = try #require(header.firstIndex(of: "rank_on_time_rate"))
        #expect(rows.dropFirst().map { String($0[0]) + " " + $0[basis] } == ["2020-03 predecessors", "2025-q3 reported"])
        #expect(rows[1][onTime] == "94.37869822485207")
        #expect(rows[1][rank] == "")
        #expect(rows[2][rank] == "2")
    }
}

extension Array {
    /// The two elements of a two-element array.
    fileprivate var pairs: (Element, Element)? { count == 2 ? (self[0], self[1]) : nil }
}
