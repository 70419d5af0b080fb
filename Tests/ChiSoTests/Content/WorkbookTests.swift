import Testing
@testable import ChiSo

@Suite("Excel workbooks read into typed cells")
struct WorkbookTests {
    static let strings = ["Đơn vị", "Tổng số"]
    /// Styles: 0 general, 1 built-in 9 (0%), 2 built-in 10 (0.00%), 3 custom 0.0%, 4 a quoted "%",
    /// 5 built-in 14 (date), 6 custom dd/mm/yyyy, 7 custom [Red]0.00, 8 custom 0 "ngày", 9 built-in 22.
    static let styles = TestWorkbook.styles(
        formats: [164: "0.0%", 165: "0.00\"%\"", 166: "dd/mm/yyyy", 167: "[Red]0.00", 168: "0 \"ngày\""],
        cellFormats: [0, 9, 10, 164, 165, 14, 166, 167, 168, 22])

    /// The one cell of a one-row sheet made of `cell`, with the shared strings and styles above.
    static func value(_ cell: String, date1904: Bool = false) throws -> SheetValue? {
        let workbook = TestWorkbook(rows: [cell], sharedStrings: strings, styles: styles, date1904: date1904)
        let sheet = try #require(try Workbook.read(workbook.bytes(), path: "t.xlsx").get().sheets.first)
        return sheet.cells.first.map(\.value)
    }

    @Test(
        "Strings: shared, inline, rich-text runs joined",
        arguments: [
            (#"<c r="A1" t="s"><v>0</v></c>"#, SheetValue.text("Đơn vị")),
            (#"<c r="A1" t="s"><v>1</v></c>"#, .text("Tổng số")),
            (#"<c r="A1" t="inlineStr"><is><t>Hồ sơ quá hạn</t></is></c>"#, .text("Hồ sơ quá hạn")),
            (
                #"<c r="A1" t="inlineStr"><is><r><t xml:space="preserve">Hồ sơ </t></r><r><rPr><b/></rPr><t>quá hạn</t></r></is></c>"#,
                .text("Hồ sơ quá hạn")
            ),
            (#"<c r="A1" t="inlineStr"><is><t>A &amp; B &lt; C</t></is></c>"#, .text("A & B < C")),
        ])
    func strings(cell: String, expected: SheetValue) throws {
        #expect(try Self.value(cell) == expected)
    }

    @Test("A rich shared string: runs joined, phonetic guides left out")
    func richSharedString() throws {
        var workbook = TestWorkbook(rows: [#"<c r="A1" t="s"><v>0</v></c>"#])
        workbook.parts["xl/sharedStrings.xml"] = Array(
            (TestWorkbook.header + "<sst xmlns=\"\(TestWorkbook.main)\"><si><r><t>Trả </t></r>"
                + "<r><rPr><i/></rPr><t>đúng hạn</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si></sst>").utf8)
        let sheet = try #require(try Workbook.read(workbook.bytes(), path: "t.xlsx").get().sheets.first)
        #expect(sheet.cells == [SheetCell(row: 1, column: 1, value: .text("Trả đúng hạn"))])
    }

    @Test(
        "Numbers as typed, exact on their digits",
        arguments: [
            ("1234", "1234"), ("98.53", "98.53"), ("1.5E-2", "0.015"), ("-0.5", "-0.5"), ("12.0", "12"), ("1E+3", "1000"),
            ("4.0999999999999996", "4.1"), ("0.30000000000000004", "0.3"), ("-0.0000001", "0"), ("0.0000005", "0.000001"),
            ("9.9999999999999995E-7", "0.000001"), ("1.2345678901234E+19", "12345678901234000000"), ("0", "0"), ("-0", "0"),
        ])
    func numbers(written: String, expected: String) throws {
        #expect(try Self.value("<c r=\"A1\"><v>\(written)</v></c>") == .number(expected))
    }

    @Test(
        "A percentage format multiplies by 100 on the digits",
        arguments: [
            (1, "0.769", "76.9"), (2, "0.98530000000000006", "98.53"), (3, "0.5", "50"), (1, "1", "100"), (1, "1.5E-3", "0.15"),
            (4, "0.769", "0.769"), (0, "0.769", "0.769"), (7, "0.769", "0.769"),
        ])
    func percent(style: Int, written: String, expected: String) throws {
        #expect(try Self.value("<c r=\"A1\" s=\"\(style)\"><v>\(written)</v></c>") == .number(expected))
    }

    @Test(
        "Date serials in the 1900 system (with its 29 February 1900) and the 1904 system",
        arguments: [
            (5, "45292", false, "2024-01-01"), (6, "45292", false, "2024-01-01"), (9, "45292.75", false, "2024-01-01"),
            (5, "1", false, "1900-01-01"), (5, "59", false, "1900-02-28"), (5, "61", false, "1900-03-01"),
            (5, "43830", true, "2024-01-01"), (5, "45292", true, "2028-01-02"), (5, "0", true, "1904-01-01"),
        ])
    func dates(style: Int, serial: String, date1904: Bool, expected: String) throws {
        let cell = "<c r=\"A1\" s=\"\(style)\"><v>\(serial)</v></c>"
        #expect(try Self.value(cell, date1904: date1904) == .date(try #require(Day(parsing: expected))))
    }

    @Test("Formats that are no dates: letters in brackets or quotes", arguments: [7, 8])
    func notDates(style: Int) throws {
        #expect(try Self.value("<c r=\"A1\" s=\"\(style)\"><v>45292</v></c>") == .number("45292"))
    }

    @Test(
        "Formulas: the cached value, or none cached",
        arguments: [
            (#"<c r="A1"><f>SUM(B1:B2)</f><v>3</v></c>"#, SheetValue?.some(.number("3"))),
            (#"<c r="A1" t="str"><f>B1&amp;"x"</f><v>ax</v></c>"#, .text("ax")),
            (#"<c r="A1" t="str"><f>B1</f><v></v></c>"#, .text("")),
            (#"<c r="A1"><f>1+1</f></c>"#, .uncachedFormula),
            (#"<c r="A1"><f t="shared" si="0"/></c>"#, .uncachedFormula),
            (#"<c r="A1" t="str"><f>B1</f></c>"#, .uncachedFormula),
            (#"<c r="A1" s="1"/>"#, nil),
            (#"<c r="A1"><v></v></c>"#, nil),
        ])
    func formulas(cell: String, expected: SheetValue?) throws {
        #expect(try Self.value(cell) == expected)
    }

    @Test(
        "Error and boolean cells",
        arguments: [
            (#"<c r="A1" t="e"><v>#DIV/0!</v></c>"#, SheetValue.error("#DIV/0!")),
            (#"<c r="A1" t="e"><f>VLOOKUP(1,B:C,2,0)</f><v>#N/A</v></c>"#, .error("#N/A")),
            (#"<c r="A1" t="e"><v>#VALUE!</v></c>"#, .error("#VALUE!")),
            (#"<c r="A1" t="e"><v>#REF!</v></c>"#, .error("#REF!")),
            (#"<c r="A1" t="e"><v>#NAME?</v></c>"#, .error("#NAME?")),
            (#"<c r="A1" t="e"><v>#NUM!</v></c>"#, .error("#NUM!")),
            (#"<c r="A1" t="e"><v>#NULL!</v></c>"#, .error("#NULL!")),
            (#"<c r="A1" t="b"><v>1</v></c>"#, .bool(true)),
            (#"<c r="A1" t="b"><v>0</v></c>"#, .bool(false)),
        ])
    func errorsAndBooleans(cell: String, expected: SheetValue) throws {
        #expect(try Self.value(cell) == expected)
    }

    @Test("Positions: a cell without r takes the next column, a row without r the next row, order is row-major")
    func positions() throws {
        var workbook = TestWorkbook(rows: [])
        workbook.parts["xl/worksheets/sheet1.xml"] = Array(
            (TestWorkbook.header + "<x:worksheet xmlns:x=\"\(TestWorkbook.main)\">"
                + "<x:dimension ref=\"A1:XFD1048576\"/><x:sheetData><x:row r=\"3\"><x:c r=\"C3\"><x:v>2</x:v></x:c>"
                + "<x:c><x:v>3</x:v></x:c></x:row><x:row><x:c><x:v>4</x:v></x:c></x:row>"
                + "<x:row r=\"2\"><x:c r=\"B2\"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>").utf8)
        let sheet = try #require(try Workbook.read(workbook.bytes(), path: "t.xlsx").get().sheets.first)
        #expect(sheet.cells.map { Workbook.reference(row: $0.row, column: $0.column) } == ["B2", "C3", "D3", "A4"])
        #expect(sheet.cells.map(\.value) == ["1", "2", "3", "4"].map(SheetValue.number))
    }

    @Test("Merged ranges, as written and in order")
    func merges() throws {
        let sheet = TestWorkbook.Sheet(name: "Biểu 06", rows: [#"<c r="A1" t="s"><v>1</v></c>"#], merges: ["A1:C1", "D3:D2", "E5"])
        let workbook = TestWorkbook(sheets: [sheet], sharedStrings: Self.strings)
        let read = try #require(try Workbook.read(workbook.bytes(), path: "t.xlsx").get().sheets.first)
        #expect(
            read.merges == [
                CellRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 3),
                CellRange(firstRow: 2, firstColumn: 4, lastRow: 3, lastColumn: 4),
                CellRange(firstRow: 5, firstColumn: 5, lastRow: 5, lastColumn: 5),
            ])
    }

    @Test("Sheets in workbook order, hidden ones flagged")
    func hiddenSheet() throws {
        let workbook = TestWorkbook(sheets: [
            TestWorkbook.Sheet(name: "Số liệu", rows: ["<c r=\"A1\"><v>1</v></c>"]),
            TestWorkbook.Sheet(name: "Tra cứu", rows: ["<c r=\"A1\"><v>2</v></c>"], isHidden: true),
            TestWorkbook.Sheet(name: "Trống", rows: []),
        ])
        let sheets = try Workbook.read(workbook.bytes(), path: "t.xlsx").get().sheets
        #expect(sheets.map(\.name) == ["Số liệu", "Tra cứu", "Trống"])
        #expect(sheets.map(\.isHidden) == [false, true, false])
        #expect(sheets.map(\.cells.count) == [1, 1, 0])
    }

    @Test("A sheet part of more than 10 MB on one line reads to its end")
    func longLine() throws {
        var workbook = TestWorkbook(rows: [])
        let padding = String(repeating: " ", count: 11 << 20)
        workbook.parts["xl/worksheets/sheet1.xml"] = Array(
            "<worksheet><sheetData>\(padding)<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>".utf8)
        let sheet = try #require(try Workbook.read(workbook.bytes(), path: "t.xlsx").get().sheets.first)
        #expect(sheet.cells == [SheetCell(row: 1, column: 1, value: .number("1"))])
    }

    @Test("A zip written the ZIP64 way reads")
    func zip64() throws {
        let content = Array("<workbook/>".utf8)
        #expect(try WorkbookPackage(TestWorkbook.zip64("xl/workbook.xml", content)).part("xl/workbook.xml") == content)
    }

    @Test(
        "References in A1 notation",
        arguments: [
            (1, 1, "A1"), (12, 3, "C12"), (1, 26, "Z1"), (1, 27, "AA1"), (1, 702, "ZZ1"), (1, 703, "AAA1"),
            (1_048_576, 16_384, "XFD1048576"),
        ])
    func references(row: Int, column: Int, expected: String) {
        #expect(Workbook.reference(row: row, column: column) == expected)
        #expect(CellReference.parse(expected).map { [$0.row, $0.column] } == [row, column])
    }
}
