import Testing
@testable import ChiSo

@Suite("The ledger of late dossiers on a unit's page")
struct LateLedgerTests {
    static let units = "id,name,kind,aliases,from,until,successor\ndat-dai,Chi nhánh Văn phòng Đăng ký đất đai,co-quan,,,,\n"
    static let header = "unit,received,resolved,resolved_on_time,resolved_late,pending,pending_on_time,pending_overdue\n"
    static let lateHeader = "code,unit,procedure,received,due,returned,closed,reason,apology\n"

    /// Nine dossiers returned late in April, `extra` rows after them.
    static func april(_ extra: String = "") -> String {
        lateHeader + (1...9).map { "H\($0),Chi nhánh Văn phòng Đăng ký đất đai,Tách thửa đất,01/04/2023,05/04/2023,10/04/2023,,Chờ đo đạc,có\n" }.joined()
            + extra
    }

    /// April: 86 overdue, `ledger` listed; May: 22 overdue, none listed; June: none overdue, none listed.
    static func content(april ledger: String) -> TestContent {
        var content = TestContent(units: units)
        content.period("2023-04", start: "2023-03-15", end: "2023-04-14", label: "Tháng 04/2023", files: [
            "data.csv": header + "Chi nhánh Văn phòng Đăng ký đất đai,200,180,100,80,20,14,6\n", "late.csv": ledger,
        ])
        content.period("2023-05", start: "2023-04-15", end: "2023-05-14", label: "Tháng 05/2023", files: [
            "data.csv": header + "Chi nhánh Văn phòng Đăng ký đất đai,140,130,110,20,10,8,2\n"
        ])
        content.period("2023-06", label: "Tháng 06/2023", files: ["data.csv": header + "Chi nhánh Văn phòng Đăng ký đất đai,85,80,80,0,5,5,0\n"])
        return content
    }

    static func model(_ content: TestContent) throws -> SiteModel {
        let report = try ReportBuilder.build(try #require(content.check().dataset))
        return SiteModel(report: report, strings: try SitePagesTests.theme().strings, edition: SiteEdition())
    }

    @Test("Newest first; listed against reported; a period with overdue dossiers and none listed kept; 0 of 0 left out")
    func coverage() throws {
        let model = try Self.model(Self.content(april: Self.april()))
        let ledger = LateLedger(unitID: "dat-dai", kind: .month, model: model)
        #expect(ledger.periods.map(\.label) == ["Tháng 05/2023", "Tháng 04/2023"])
        #expect(ledger.periods.map(\.listed) == [0, 9])
        #expect(ledger.periods.map(\.reported) == [22, 86])
        #expect(ledger.periods.map { $0.coverage(model.strings) } == ["Tháng 05/2023 — chưa có giải trình 0/22", "Tháng 04/2023 — đã giải trình 9/86"])
        #expect(LateLedger(unitID: "dat-dai", kind: .quarter, model: model).periods.map(\.label) == ["Tháng 04/2023"])
    }

    @Test("The page: one row group per period, newest first, without a column every row leaves empty")
    func page() throws {
        let pages = try SitePagesTests.pages(Self.content(april: Self.april()))
        let page = try #require(pages["units/dat-dai/index.html"])
        let groups = page.components(separatedBy: "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"7\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(groups == ["Tháng 05/2023 — chưa có giải trình 0/22", "Tháng 04/2023 — đã giải trình 9/86"])
        #expect(page.contains("<th scope=\"col\">Thủ tục</th>"))
        #expect(!page.contains("Kết thúc trên hệ thống"))
        #expect(page.components(separatedBy: "<td class=\"text\">Chờ đo đạc</td>").count == 10)
        #expect(!page.contains("id=\"ket-thuc-muon\""))
    }

    @Test("A dossier returned on time but closed late counts as listed and sits in its own table, with the closing date")
    func closedLate() throws {
        let row = "H10,Chi nhánh Văn phòng Đăng ký đất đai,Tách thửa đất,01/04/2023,05/04/2023,05/04/2023,07/04/2023,,không\n"
        let page = try #require(try SitePagesTests.pages(Self.content(april: Self.april(row)))["units/dat-dai/index.html"])
        #expect(page.contains(">Tháng 04/2023 — đã giải trình 10/86<span class=\"note\">Trong đó 1 hồ sơ trả đúng hạn"))
        let closed = try #require(page.components(separatedBy: "id=\"ket-thuc-muon\"").last)
        #expect(closed.contains("<th scope=\"col\">Kết thúc trên hệ thống</th>"))
        #expect(closed.contains("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"7\">Tháng 04/2023</th></tr>"))
        #expect(!closed.contains("<th scope=\"col\">Lý do</th>"))
        #expect(closed.contains("<tr><th scope=\"row\">H10</th><td class=\"text\">Tách thửa đất</td><td>01/04/2023</td><td>05/04/2023</td><td>05/04/2023</td><td>07/04/2023</td><td>Không</td></tr>"))
    }

    @Test("With no dossier listed in any period, the periods are a list")
    func nothingListed() throws {
        let page = try #require(try SitePagesTests.pages(Self.content(april: Self.lateHeader))["units/dat-dai/index.html"])
        #expect(page.contains("<ul class=\"late-coverage\">\n<li>Tháng 05/2023 — chưa có giải trình 0/22</li>\n<li>Tháng 04/2023 — chưa có giải trình 0/86</li>\n</ul>"))
        #expect(!page.contains("<table class=\"late\">"))
    }
}
