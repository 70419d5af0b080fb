import Foundation
import Testing
import ZIPFoundation
@testable import ChiSo

@Suite("The period's summary workbook")
struct SummaryWorkbookTests {
    /// Every data file of Hương Trà's period 2020-03, by path.
    static func files() throws -> [String: [UInt8]] {
        let report = try ReportBuilder.build(try #require(Fixture.huongTra.check().dataset))
        let files = DataFiles.render(report, strings: try SitePagesTests.theme().strings)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
    }

    /// The parts of a workbook, by path, in the zip's order.
    static func parts(_ zip: [UInt8]) throws -> [(path: String, text: String, date: Date?)] {
        let archive = try Archive(data: Data(zip), accessMode: .read)
        return try archive.map { entry in
            var bytes: [UInt8] = []
            _ = try archive.extract(entry) { bytes += $0 }
            return (entry.path, String(decoding: bytes, as: UTF8.self), entry.fileAttributes[.modificationDate] as? Date)
        }
    }

    static func part(_ path: String, of parts: [(path: String, text: String, date: Date?)]) throws -> String {
        try #require(parts.first { $0.path == path }).text
    }

    @Test("Hương Trà's workbook: the caption, merged headings, count, rate and rank cells, no data left empty, the total row")
    func huongTra() throws {
        let parts = try Self.parts(try #require(try Self.files()["periods/2020-03/tong-hop-2020-03.xlsx"]))
        let sheet = try Self.part("xl/worksheets/sheet1.xml", of: parts)
        let text = { (cell: String, style: Int, value: String) in
            "<c r=\"\(cell)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(value)</t></is></c>"
        }
        #expect(sheet.contains(text("A1", 1, "Tổng hợp kết quả giải quyết thủ tục hành chính, 16/12/2019 – 18/3/2020")))
        #expect(sheet.contains(text("G3", 3, "Đã giải quyết") + "<c r=\"H3\" s=\"3\"/><c r=\"I3\" s=\"3\"/><c r=\"J3\" s=\"3\"/>"))
        #expect(sheet.contains(text("S3", 3, "Hạng")))
        #expect(sheet.contains(text("A5", 4, "UBND các xã, phường, thị trấn")))
        for range in ["A1:W1", "A3:A4", "B3:B4", "G3:J3", "N3:R3", "S3:W3", "A5:W5"] {
            #expect(sheet.contains("<mergeCell ref=\"\(range)\"/>"))
        }
        // Phường Hương Hồ, third of the group: resolved, on-time rate and its rank 11 of 15, the reported
        // digitisation rate, the online rate it has no data for.
        #expect(sheet.contains("<c r=\"A8\" s=\"6\"><v>3</v></c>" + text("B8", 5, "Phường Hương Hồ")))
        #expect(sheet.contains("<c r=\"G8\" s=\"7\"><v>205</v></c>"))
        #expect(sheet.contains("<c r=\"N8\" s=\"8\"><v>91.70731707317073</v></c><c r=\"O8\" s=\"8\"/>"))
        #expect(sheet.contains("<c r=\"P8\" s=\"9\"><v>88.29</v></c>"))
        #expect(sheet.contains("<c r=\"S8\" s=\"10\"><v>11</v></c>"))
        #expect(sheet.contains("<c r=\"U10\" s=\"11\"><v>1</v></c>"), "Hương Vân shares rank 1 on digitisation: 1=")
        #expect(sheet.contains(text("B21", 12, "Toàn huyện") + "<c r=\"C21\" s=\"13\"/>"))
        #expect(sheet.contains("<c r=\"G21\" s=\"13\"><v>4484</v></c>"))
        #expect(sheet.contains("<c r=\"N21\" s=\"14\"><v>93.30954504906333</v></c><c r=\"O21\" s=\"14\"/>"))
        #expect(sheet.contains("<c r=\"P21\" s=\"15\"><v>71.3</v></c>"), "the district's reported digitisation rate, marked *")
        #expect(sheet.contains(text("A22", 2, "* Tỷ lệ do đơn vị báo cáo trong biểu, không tính được từ số liệu chi tiết.")))
        #expect(!sheet.contains("<v></v>"))
    }

    @Test("The styles: counts #,##0, rates 0.00 (reported ones marked *), ranks 0 (shared ones 1=), headings and total bold")
    func styles() throws {
        let parts = try Self.parts(try #require(try Self.files()["periods/2020-03/tong-hop-2020-03.xlsx"]))
        let styles = try Self.part("xl/styles.xml", of: parts)
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"0.00&quot;*&quot;\"/>"))
        #expect(styles.contains("<numFmt numFmtId=\"165\" formatCode=\"0&quot;=&quot;\"/>"))
        let cellXfs = try #require(styles.split(separator: "<cellXfs").last).split(separator: "<xf ").dropFirst().map(String.init)
        #expect(cellXfs.count == CellStyle.allCases.count)
        let format = { (style: CellStyle) in cellXfs[style.rawValue].hasPrefix("numFmtId=\"\(style.format)\"") }
        #expect(CellStyle.allCases.allSatisfy(format))
        #expect(cellXfs[7].hasPrefix("numFmtId=\"3\" fontId=\"0\""), "a unit's count: #,##0")
        #expect(cellXfs[8].hasPrefix("numFmtId=\"2\" fontId=\"0\""), "a unit's rate: 0.00")
        #expect(cellXfs[10].hasPrefix("numFmtId=\"1\" fontId=\"0\""), "a rank: 0")
        #expect(cellXfs[13].hasPrefix("numFmtId=\"3\" fontId=\"1\""), "the total's count, bold")
        #expect(cellXfs[14].hasPrefix("numFmtId=\"2\" fontId=\"1\""), "the total's rate, bold")
        #expect(styles.contains("<fonts count=\"4\"><font><sz val=\"11\"/>") && styles.contains("<font><b/><sz val=\"11\"/>"))
    }

    @Test("The package: parts in a fixed order, dated the period's end, no user name; two renders are byte-identical")
    func package() throws {
        let first = try Self.files()
        let zip = try #require(first["periods/2020-03/tong-hop-2020-03.xlsx"])
        #expect(try Self.files()["periods/2020-03/tong-hop-2020-03.xlsx"] == zip)
        let parts = try Self.parts(zip)
        #expect(parts.map(\.path) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/styles.xml", "xl/worksheets/sheet1.xml",
        ])
        let end = Date(timeIntervalSince1970: 1_584_489_600)
        #expect(parts.allSatisfy { $0.date == end }, "2020-03-18 00:00 UTC")
        let core = try Self.part("docProps/core.xml", of: parts)
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2020-03-18T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2020-03-18T00:00:00Z</dcterms:modified>"))
        #expect(!core.contains("creator") && !core.contains("lastModifiedBy"))
        let workbook = try Self.part("xl/workbook.xml", of: parts)
        #expect(workbook.contains("<sheet name=\"Tổng hợp\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(workbook.contains("&apos;Tổng hợp&apos;!$3:$4</definedName>"))
        let csv = try #require(first["periods/2020-03/data.csv"])
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF], "data.csv starts with the UTF-8 byte order mark")
    }

    @Test("The period page links to its workbook")
    func link() throws {
        let page = try #require(try SitePagesTests.pages(Fixture.huongTra)["periods/2020-03/index.html"])
        #expect(page.contains("<a href=\"tong-hop-2020-03.xlsx\">tong-hop-2020-03.xlsx</a> bảng tổng hợp, mở bằng Excel;"))
    }

    @Test(
        "Text in a sheet: markup characters and quotes escaped, characters XML 1.0 forbids dropped",
        arguments: [
            ("Xã A", "Xã A"), ("a & b", "a &amp; b"), ("<b>\"x\"</b>", "&lt;b&gt;&quot;x&quot;&lt;/b&gt;"), ("Xã Y'", "Xã Y&apos;"),
            ("a\u{1}b\u{B}c\u{1F}", "abc"), ("tab\there\nline", "tab\there\nline"), ("\u{FFFE}x\u{FFFF}", "x"), ("😀", "😀"),
        ])
    func escaping(text: String, written: String) {
        #expect(WorkbookXML.escaped(text) == written)
    }

    @Test("Column letters", arguments: [(0, "A"), (22, "W"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
    func columns(index: Int, letters: String) {
        #expect(WorkbookXML.column(index) == letters)
    }

    @Test(
        "A sheet name Excel accepts",
        arguments: [
            ("Tổng hợp", "Tổng hợp"), ("a/b:c[d]*?\\", "abcd"), ("", "Sheet1"), ("'Kỳ 1'", "Kỳ 1"), ("''", "Sheet1"),
            (String(repeating: "x", count: 40), String(repeating: "x", count: 31)),
        ])
    func sheetName(name: String, kept: String) {
        #expect(WorkbookXML.sheetName(name) == kept)
    }
}
