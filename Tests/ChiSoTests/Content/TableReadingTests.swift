import Testing
@testable import ChiSo

/// One period with one dataset, over a two-unit register.
private func content(_ text: String, name: String = "data.csv", units: String = defaultUnits) -> TestContent {
    var content = TestContent(units: units)
    content.period("2023-06", files: [name: text])
    return content
}

private let defaultUnits = """
    id,name,kind,aliases,from,until,successor
    huong-van,Phường Hương Vân,phuong,,,,
    huong-van-2,Phường Hương Văn,phuong,P. Hương Văn,,,
    tu-phap,Phòng Tư pháp,phong,,,,
    """

@Suite("Reading tables as real exports write them")
struct TableReadingTests {
    @Test("The separator is detected from the header", arguments: [
        ("data.csv", "unit,received_online,received_direct\nPhường Hương Vân,10,20\n"),
        ("data.csv", "unit;received_online;received_direct\nPhường Hương Vân;10;20\n"),
        ("data.csv", "unit\treceived_online\treceived_direct\nPhường Hương Vân\t10\t20\n"),
        ("data.tsv", "unit\treceived_online\treceived_direct\nPhường Hương Vân\t10\t20\n"),
        ("data.csv", "STT;Cơ quan, đơn vị, địa phương;Trực tuyến;Trực tiếp\n1;Phường Hương Vân;10;20\n"),
        ("data.csv", "STT,\"Cơ quan, đơn vị, địa phương\",Trực tuyến,Trực tiếp\n1,Phường Hương Vân,10,20\n"),
    ])
    func separators(name: String, text: String) throws {
        let result = content(text, name: name).check()
        #expect(result.lines == [])
        let record = try #require(result.dataset?.record("huong-van", in: "2023-06"))
        #expect(record[.receivedOnline] == 10)
        #expect(record[.receivedDirect] == 20)
        #expect(record[.received] == 30)
    }

    @Test("A byte-order mark, CRLF line ends, quotes, blank lines and a title are all accepted")
    func excelExport() throws {
        let text = "\u{FEFF}BẢNG THỐNG KÊ\r\n\r\n\"unit\",\"received_online\",\"withdrawn\"\r\n\"Phường \"\"Hương\"\" Vân\",\"1.234\",\"-\"\r\n\r\nPhòng Tư pháp,7,\r\n"
        let units = defaultUnits.replacingOccurrences(of: "phuong,,,,\nhuong-van-2", with: "phuong,\"Phường \"\"Hương\"\" Vân\",,,\nhuong-van-2")
        let result = content(text, units: units).check()
        #expect(result.lines == [])
        let record = try #require(result.dataset?.record("huong-van", in: "2023-06"))
        #expect(record[.receivedOnline] == 1234)
        #expect(record.blanks == [.withdrawn])
        #expect(result.dataset?.record("tu-phap", in: "2023-06")?[.receivedOnline] == 7)
    }

    @Test("Names match after NFC, case folding and collapsing spaces, but never without diacritics")
    func nameMatching() throws {
        let nfd = "Phường Hương Vân".decomposedStringWithCanonicalMapping
        let text = "unit,received_online\n\(nfd),1\nPHƯỜNG  HƯƠNG   VĂN,2\n"
        let result = content(text).check()
        #expect(result.lines == [])
        #expect(result.dataset?.record("huong-van", in: "2023-06")?[.receivedOnline] == 1)
        #expect(result.dataset?.record("huong-van-2", in: "2023-06")?[.receivedOnline] == 2)
    }

    @Test("Labels as people type them: trailing marks, new-style tones, group headings alone, a total row with a colon")
    func labelVariants() throws {
        let text = "Đơn vị:,Tỷ lệ số hoá (%):,Số lượng hồ sơ đã giải quyết,Trả đúng hạn,Trả quá hạn\nPhòng Tư pháp,50,10,8,2\nTổng cộng:,,10,8,2\n"
        let result = content(text).check()
        #expect(result.lines == [])
        let record = try #require(result.dataset?.record("tu-phap", in: "2023-06"))
        #expect(record.rates[.digitizationRate] == Ratio(50, over: 1))
        #expect(record[.resolved] == 10)
        #expect(result.dataset?.periods.first?.total?[.resolved] == 10)
    }

    @Test("Not UTF-8 (Excel's Windows-1258 CSV): the line of the first bad byte, and the fix")
    func notUTF8() {
        var content = content("unit,received_online\nPhòng Tư pháp,1\n")
        content.files["periods/2023-06/data.csv"] = Array("unit,received_online\nPh".utf8) + [0xF2] + Array("ng,1\n".utf8)
        let result = content.check()
        #expect(result.lines == ["content/periods/2023-06/data.csv:2:3: error: tệp không phải UTF-8 (byte 0xF2 không hợp lệ); có lẽ tệp được lưu theo bảng mã Windows-1258"])
        #expect(result.diagnostics.first?.problem.fix.contains("CSV UTF-8") == true)
    }

    @Test("UTF-16 (Excel's Unicode Text) is named as such")
    func utf16() {
        var content = content("unit,received_online\n")
        content.files["periods/2023-06/data.csv"] = [0xFF, 0xFE] + Array("unit".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(content.check().lines == [
            "content/periods/2023-06/data.csv:1:1: error: tệp được lưu theo bảng mã UTF-16 («Unicode Text» của Excel), không phải UTF-8"
        ])
    }

    @Test("Section rows of an official report (I. Cấp huyện, II. Cấp xã) hold subtotals and are passed over")
    func sections() throws {
        let text = "STT,Đơn vị,Trực tuyến\nI,Cấp huyện,7\n1,Phòng Tư pháp,7\nII,Cấp xã,3\n1,Phường Hương Vân,3\nB.,Phường Hương Văn,4\nIII,Cấp tỉnh,1\n"
        let result = content(text).check()
        #expect(result.lines == [])
        #expect(result.dataset?.record("tu-phap", in: "2023-06")?[.receivedOnline] == 7)
        #expect(result.dataset?.record("huong-van-2", in: "2023-06")?[.receivedOnline] == 4)
        #expect(result.dataset?.periods.first?.records.count == 3)
        let unnumbered = content("STT,Đơn vị,Trực tuyến\n,Cấp huyện,7\n").check()
        #expect(unnumbered.lines == ["content/periods/2023-06/data.csv:2:2: error: đơn vị «Cấp huyện» không có trong units.csv"])
    }

    @Test("An unclosed quote is reported where it opens")
    func unclosedQuote() {
        let result = content("unit,received_online\n\"Phòng Tư pháp,1\nPhường Hương Vân,2\n").check()
        #expect(result.lines == ["content/periods/2023-06/data.csv:2:1: error: dấu ngoặc kép mở ở đây không được đóng đến hết tệp"])
    }

    @Test("No header with a unit column in the first lines")
    func noHeader() {
        let result = content("ten,received_online\nPhòng Tư pháp,1\n").check()
        #expect(result.lines.count == 1)
        #expect(result.lines[0].hasPrefix("content/periods/2023-06/data.csv:1:1: error: không tìm thấy dòng tiêu đề có cột tên đơn vị"))
    }

    @Test("An unknown column suggests the closest; the accepted names are listed once after every error")
    func unknownColumn() throws {
        var twoFiles = content("unit,Tra dung thoi han,Số điện thoại\nPhòng Tư pháp,1,0900\n")
        twoFiles.files["periods/2023-06/b.csv"] = Array("unit,Mã số thuế\nPhòng Tư pháp,\n".utf8)
        let result = twoFiles.check()
        #expect(result.lines == [
            "content/periods/2023-06/b.csv:1:6: error: cột «Mã số thuế» không rõ nghĩa",
            "content/periods/2023-06/data.csv:1:6: error: cột «Tra dung thoi han» không rõ nghĩa (có phải «Trả đúng thời hạn»?)",
            "content/periods/2023-06/data.csv:1:24: error: cột «Số điện thoại» không rõ nghĩa",
        ])
        #expect(result.errors[1].problem.fix == "đổi tiêu đề cột thành «Trả đúng thời hạn», hoặc xóa cột này")
        let listed = result.report.split(separator: "\n").filter { $0.hasPrefix("Các cột được chấp nhận") }
        #expect(listed.count == 1)
        #expect(listed.first?.contains("unit (Đơn vị), STT, carried_over (Từ kỳ trước)") == true)
    }

    @Test("Under an unknown group no label is read: the group may change what its columns count")
    func unknownGroup() {
        let text = "STT;Đơn vị;Hồ sơ lạ;\n;;Tổng số;Trực tuyến\n1;Phòng Tư pháp;3;2\n"
        #expect(content(text).check().lines == [
            "content/periods/2023-06/data.csv:2:3: error: cột «Hồ sơ lạ › Tổng số»: nhóm «Hồ sơ lạ» không rõ nghĩa, nên không biết «Hồ sơ lạ › Tổng số» thuộc hồ sơ nào",
            "content/periods/2023-06/data.csv:2:11: error: cột «Hồ sơ lạ › Trực tuyến»: nhóm «Hồ sơ lạ» không rõ nghĩa, nên không biết «Hồ sơ lạ › Trực tuyến» thuộc hồ sơ nào",
        ])
    }

    @Test("Two columns with one meaning")
    func duplicateColumn() {
        #expect(content("unit,Trực tuyến,received_online\nPhòng Tư pháp,1,1\n").check().lines == [
            "content/periods/2023-06/data.csv:1:17: error: cột «received_online» trùng nghĩa với cột «Trực tuyến» (received_online)"
        ])
    }

    @Test("Cell values: not a count, negative, not a rate, rate over 100, no unit, outside the header")
    func badCells() {
        let text = "unit;received_online;Tỷ lệ số hóa\nPhòng Tư pháp;12,5;101;7\nPhường Hương Vân;-3;9x\n;4;5\n"
        #expect(content(text).check().lines == [
            "content/periods/2023-06/data.csv:2:15: error: cột «received_online» cần số nguyên (số hồ sơ), gặp «12,5»",
            "content/periods/2023-06/data.csv:2:20: error: cột «Tỷ lệ số hóa»: tỷ lệ phải từ 0 đến 100, gặp «101»",
            "content/periods/2023-06/data.csv:2:24: error: ô có số liệu nằm ngoài các cột có tiêu đề",
            "content/periods/2023-06/data.csv:3:18: error: cột «received_online»: số hồ sơ không thể âm, gặp -3",
            "content/periods/2023-06/data.csv:3:21: error: cột «Tỷ lệ số hóa» cần tỷ lệ phần trăm như 98,8, gặp «9x»",
            "content/periods/2023-06/data.csv:4:1: error: dòng có số liệu nhưng không có tên đơn vị",
        ])
    }

    @Test("The official form's three-row header and its row of column numbers")
    func officialForm() throws {
        let text = """
            STT;Đơn vị;Số hồ sơ nhận giải quyết;;;;;Kết quả giải quyết;;;;;;
            ;;Tổng số;Trong đó;;;;Số hồ sơ đã giải quyết;;;;Số lượng hồ sơ đang giải quyết;;
            ;;;Số kỳ trước chuyển qua;Số mới tiếp nhận;Trực tuyến;Trực tiếp, dịch vụ bưu chính;Tổng số;Trả trước hạn;Trả đúng thời hạn;Trả quá hạn;Tổng số;Trong hạn;Quá hạn
            (1);(2);(3);(4);(5);(6);(7);(8);(9);(10);(11);(12);(13);(14)
            1;Phòng Tư pháp;120;20;100;60;40;110;50;55;5;10;8;2
            ;Tổng cộng;120;20;100;60;40;110;50;55;5;10;8;2

            """
        let result = content(text).check()
        #expect(result.lines == [])
        let record = try #require(result.dataset?.record("tu-phap", in: "2023-06"))
        let expected: [Field: Int] = [
            .total: 120, .carriedOver: 20, .received: 100, .receivedOnline: 60, .receivedDirect: 40, .resolved: 110,
            .resolvedEarly: 50, .resolvedOnTime: 55, .resolvedLate: 5, .pending: 10, .pendingOnTime: 8, .pendingOverdue: 2, .overdue: 7,
        ]
        for (field, value) in expected { #expect(record[field] == value, "\(field)") }
    }
}

@Suite("Files that are not tables at all")
struct BrokenFileTests {
    @Test("An empty dataset, an empty register, no periods")
    func empty() {
        var content = TestContent(units: "")
        content.period("2023-06", files: ["data.csv": "\n\n"])
        #expect(content.check().lines == [
            "content/periods/2023-06/data.csv:1:1: error: tệp trống",
            "content/units.csv:1:1: error: tệp trống",
        ])
        #expect(TestContent(units: defaultUnits).check().lines == [
            "content/periods/:1:1: error: chưa có kỳ báo cáo nào: thư mục periods/ trống hoặc không có"
        ])
    }

    @Test("Missing site.toml and units.csv, a missing period.toml, a period without data, a workbook cut short")
    func missing() {
        var content = TestContent(units: defaultUnits)
        content.files = [:]
        content.files["periods/2023-06/bang.xlsx"] = [0x50, 0x4B, 0x03, 0x04]
        #expect(content.check().lines == [
            "content/periods/2023-06/bang.xlsx:1:1: error: tệp .xlsx bị hỏng hoặc không trọn vẹn: không tìm thấy mục lục ở cuối tệp zip (tệp bị cắt cụt?)",
            "content/periods/2023-06/period.toml:1:1: error: thiếu tệp period.toml",
            "content/site.toml:1:1: error: thiếu tệp site.toml",
            "content/units.csv:1:1: error: thiếu tệp units.csv",
        ])
    }

    @Test("An extra page takes its title from its first heading; without one, a warning")
    func pages() {
        var content = TestContent(units: defaultUnits)
        content.period("2023-06", files: ["data.csv": "unit,overdue\nPhòng Tư pháp,1\n"])
        content.files["pages/gioi-thieu.md"] = Array("# Giới thiệu\n\nNội dung.\n".utf8)
        content.files["pages/ghi-chu.md"] = Array("Không có tiêu đề.\n".utf8)
        let result = content.check()
        #expect(result.lines == [
            "content/pages/ghi-chu.md:1:1: warning: trang không có tiêu đề: tiêu đề trang là dòng tiêu đề đầu tiên (dòng bắt đầu bằng #)"
        ])
        #expect(result.dataset?.pages.map(\.id) == ["ghi-chu", "gioi-thieu"])
    }

    @Test("Binary noise where a table should be is refused, not a crash")
    func noise() {
        var content = TestContent(units: defaultUnits)
        content.period("2023-06", files: [:])
        var generator = SeededGenerator(seed: 7)
        content.files["periods/2023-06/data.csv"] = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let result = content.check()
        #expect(result.hasErrors)
        #expect(result.errors.allSatisfy { $0.location.file == "content/periods/2023-06/data.csv" })
    }

    @Test("Any text: every diagnostic points inside its file", arguments: 0..<200)
    func fuzz(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let pieces = ["unit", "Đơn vị", "Tổng số", "Quá hạn", "Phòng Tư pháp", "Tổng cộng", "1.234", "98,8", "-", "—", "<b>", "x",
                      ",", ",", ";", "\t", "\"", "\"\"", "\n", "\n", "\r\n", " ", "\u{00A0}", "12", "0", "Hồ sơ đã giải quyết"]
        let text = (0..<Int.random(in: 1...120, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        var content = TestContent(units: defaultUnits)
        content.period("2023-06", files: ["data.csv": text])
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.count
        let result = content.check()
        for diagnostic in result.diagnostics where diagnostic.location.file.hasSuffix("data.csv") {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lines, "\(diagnostic)")
            #expect(diagnostic.location.column >= 1, "\(diagnostic)")
        }
    }
}
