import Testing
@testable import ChiSo

/// The seeds' tables as the workbooks an office downloads (`Fixtures/workbooks/make-workbooks.py`):
/// they must give exactly what their pasted versions give.
@Suite("The seeds' tables as Excel workbooks")
struct WorkbookSeedTests {
    static func workbook(_ pasted: TestContent, period: String, replacing names: [String], with workbook: String) -> TestContent {
        var content = pasted
        for name in names { content.files["periods/\(period)/\(name)"] = nil }
        content.files["periods/\(period)/bao-cao.xlsx"] = Fixture.bytes("workbooks/" + workbook)
        return content
    }

    static func report(_ content: TestContent) throws -> (Report, CheckResult) {
        let result = content.check()
        return (try ReportBuilder.build(try #require(result.dataset, "\(result.lines)")), result)
    }

    @Test("Seed 004 (Hương Trà): a merged two-row header, a title row, typed numbers, SUM formulas with cached values, a percent-formatted rate on a second sheet, a cover page and a hidden sheet")
    func huongTra() throws {
        let (pasted, _) = try Self.report(Fixture.huongTra)
        let (workbook, result) = try Self.report(
            Self.workbook(Fixture.huongTra, period: "2020-03", replacing: ["giai-quyet.tsv", "so-hoa.tsv"], with: "huong-tra.xlsx"))
        #expect(result.lines.contains("content/periods/2020-03/bao-cao.xlsx › Bìa!A1: warning: trang «Bìa» không có bảng số liệu (không thấy cột tên đơn vị), bỏ qua trang này"))
        #expect(result.errors.isEmpty, "\(result.lines)")
        Self.expectSame(pasted, workbook)
        let tuHa = try #require(workbook.periods[0].data.records["tu-ha"])
        #expect(tuHa[.resolved] == 745 && tuHa[.resolvedLate] == 15 && tuHa[.digitized] == 749)
    }

    @Test("Seed 002 (Vĩnh Linh): a title row, rates as percent-formatted fractions, blanks, the bold total row, the header repeated at a page break")
    func vinhLinh() throws {
        let (pasted, _) = try Self.report(Fixture.vinhLinh)
        let (workbook, result) = try Self.report(Self.workbook(Fixture.vinhLinh, period: "2023-h1", replacing: ["ty-le.tsv"], with: "vinh-linh.xlsx"))
        #expect(result.errors.isEmpty, "\(result.lines)")
        Self.expectSame(pasted, workbook)
        #expect(workbook.periods[0].total[.onlineRate]?.value == Ratio(769, over: 10))
    }

    /// Every unit's values and every rank of the two reports are equal.
    static func expectSame(_ a: Report, _ b: Report) {
        #expect(a.periods.count == b.periods.count)
        for (x, y) in zip(a.periods, b.periods) {
            #expect(x.values == y.values)
            #expect(x.total == y.total)
            for (r, s) in zip(x.rankings, y.rankings) {
                #expect(r.entries.map { [$0.unitID, String(describing: $0.rank), String($0.tied)] } == s.entries.map { [$0.unitID, String(describing: $0.rank), String($0.tied)] })
            }
        }
    }
}
