import Testing
@testable import ChiSo

/// A workbook in a period folder under the rules of every table, with places an Excel user finds.
@Suite("Workbooks as datasets")
struct WorkbookDatasetTests {
    static let units = """
        id,name,kind,aliases,from,until,successor
        an,Xã An,xa,,,,
        binh,Xã Bình,xa,,,,
        """

    /// A check of one period whose only dataset is `workbook`.
    static func lines(_ workbook: TestWorkbook) throws -> [String] {
        var content = TestContent(units: units)
        content.period("2023-06", files: [:])
        content.files["periods/2023-06/bao-cao.xlsx"] = try workbook.bytes()
        return content.check().lines
    }

    static let header = #"<c r="A1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>Đã giải quyết</t></is></c><c r="C1" t="inlineStr"><is><t>Tỷ lệ % HS online</t></is></c>"#

    static func row(_ n: Int, _ unit: String, _ cells: String) -> String {
        #"<c r="A\#(n)" t="inlineStr"><is><t>\#(unit)</t></is></c>"# + cells
    }

    static let place = "content/periods/2023-06/bao-cao.xlsx › Sheet1!"

    @Test("Each rule of a sheet, with the place and the message a user sees", arguments: [
        // A formula Excel never computed: an error at its cell, never a silent blank.
        ([header, row(2, "Xã An", #"<c r="B2"><f>SUM(B3:B4)</f></c>"#)],
         [place + "B2: error: ô có công thức nhưng Excel chưa tính và lưu giá trị của nó"]),
        // An error cell: no data, with a warning at its cell.
        ([header, row(2, "Xã An", #"<c r="B2"><v>4</v></c><c r="C2" t="e"><v>#DIV/0!</v></c>"#)],
         [place + "C2: warning: cột «Tỷ lệ % HS online»: ô ghi lỗi của Excel «#DIV/0!», đọc là không có số liệu"]),
        // A number is read as typed: 1.234 in a count column is not 1234.
        ([header, row(2, "Xã An", #"<c r="B2"><v>1.234</v></c>"#)],
         [place + "B2: error: cột «Đã giải quyết» cần số nguyên (số hồ sơ), gặp «1,234»"]),
        // An unknown unit, at its cell.
        ([header, row(2, "Xã Ăn", #"<c r="B2"><v>4</v></c>"#)],
         [place + "A2: error: đơn vị «Xã Ăn» không có trong units.csv (có phải «Xã An»?)"]),
    ] as [([String], [String])])
    func rules(rows: [String], expected: [String]) throws {
        let lines = try Self.lines(TestWorkbook(rows: rows))
        #expect(lines == expected)
    }

    @Test("A cover page is skipped with a warning naming it, a hidden sheet is not read, and numbers come through as typed")
    func sheets() throws {
        var content = TestContent(units: Self.units)
        content.period("2023-06", files: [:])
        let data = TestWorkbook.Sheet(name: "Số liệu", rows: [Self.header, Self.row(2, "Xã An", #"<c r="B2"><v>12</v></c><c r="C2"><v>76.9</v></c>"#)])
        let cover = TestWorkbook.Sheet(name: "Bìa", rows: [#"<c r="A1" t="inlineStr"><is><t>BÁO CÁO THÁNG 6</t></is></c>"#])
        var hidden = TestWorkbook.Sheet(name: "Nháp", rows: [Self.header, Self.row(2, "Xã Không Có", #"<c r="B2"><v>1</v></c>"#)])
        hidden.isHidden = true
        content.files["periods/2023-06/bao-cao.xlsx"] = try TestWorkbook(sheets: [cover, data, hidden]).bytes()
        let result = content.check()
        #expect(result.lines == [
            "content/periods/2023-06/bao-cao.xlsx › Bìa!A1: warning: trang «Bìa» không có bảng số liệu (không thấy cột tên đơn vị), bỏ qua trang này"
        ])
        let record = try #require(result.dataset?.record("an", in: "2023-06"))
        #expect(record[.resolved] == 12)
        #expect(record.rates[.onlineRate] == Ratio(769, over: 10))
    }

    @Test("An .xls, an .ods or an encrypted workbook is refused with the fix: save as .xlsx")
    func formats() throws {
        var content = TestContent(units: Self.units)
        content.period("2023-06", files: [:])
        content.files["periods/2023-06/cu.xls"] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        let lines = content.check().lines
        #expect(lines.count == 1 && lines[0].hasPrefix("content/periods/2023-06/cu.xls:1:1: error: tệp là bảng tính Excel 97–2003 (.xls)"))
    }
}
