import Testing
@testable import ChiSo

private let units = "id,name,kind,aliases,from,until,successor\ntu-phap,Phòng Tư pháp,phong,,,,\nvinh-o,Xã Vĩnh Ô,xa,,,,\n"
private let counts = "unit,resolved_on_time,resolved_late,pending_on_time,pending_overdue\nPhòng Tư pháp,10,2,3,1\nXã Vĩnh Ô,5,0,1,0\n"
private let header = "code,unit,procedure,received,due,returned,closed,reason,apology\n"

private func check(_ ledger: String) -> CheckResult {
    var content = TestContent(units: units)
    content.period("2023-06", files: ["data.csv": counts, "late.csv": ledger])
    return content.check()
}

@Suite("late.csv, the ledger of late dossiers")
struct LedgerTests {
    @Test("Rows are read: pending, late, and returned on time but closed late on the system")
    func reads() throws {
        let ledger = header + """
            H1,Phòng Tư pháp,Chứng thực bản sao,02/06/2023,05/06/2023,08/06/2023,,"Thiếu hồ sơ, phải bổ sung",có
            H2,Phòng Tư pháp,Đăng ký khai sinh,01/06/2023,03/06/2023,03/06/2023,07/06/2023,Trả đúng hạn nhưng kết thúc muộn trên hệ thống,không
            H3,Phòng Tư pháp,Đăng ký kết hôn,2023-06-01,2023-06-05,,,Đang xác minh,có

            """
        let result = check(ledger)
        #expect(result.lines == [])
        let late = try #require(result.dataset?.periods.first?.late)
        #expect(late.map(\.code) == ["H1", "H2", "H3"])
        #expect(late.map(\.closedLateOnly) == [false, true, false])
        #expect(late[0].reason == "Thiếu hồ sơ, phải bổ sung")
        #expect(late[2].returned == nil)
        #expect(late.map(\.apology) == [true, false, true])
    }

    @Test("A column that may carry personal data refuses the file")
    func personalData() {
        let result = check("code,unit,Họ tên người nộp,Số điện thoại,received,due,returned\nH1,Phòng Tư pháp,Nguyễn Văn A,0912345678,01/06/2023,03/06/2023,\n")
        #expect(result.lines == [
            "content/periods/2023-06/late.csv:1:11: error: cột «Họ tên người nộp» không được phép trong late.csv (có thể chứa thông tin cá nhân); chỉ chấp nhận: code, unit, procedure, received, due, returned, closed, reason, apology",
            "content/periods/2023-06/late.csv:1:28: error: cột «Số điện thoại» không được phép trong late.csv (có thể chứa thông tin cá nhân); chỉ chấp nhận: code, unit, procedure, received, due, returned, closed, reason, apology",
        ])
        #expect(result.dataset == nil)
    }

    @Test("Ledger row problems", arguments: [
        ("H1,Xã Vĩnh Ô,Thủ tục,01/06/2023,03/06/2023,05/06/2023,,Lý do,có\n",
         "content/periods/2023-06/late.csv:2:4: error: Xã Vĩnh Ô kê 1 hồ sơ nhưng số liệu của kỳ chỉ báo 0 (resolved_late)"),
        ("H1,Phòng Tư pháp,Thủ tục,01/06/2023,03/06/2023,03/06/2023,,Lý do,có\n",
         "content/periods/2023-06/late.csv:2:48: error: hồ sơ được trả và kết thúc đúng hạn, không phải hồ sơ trễ hạn"),
        ("H1,Phòng Tư pháp,Thủ tục,05/06/2023,03/06/2023,,,Lý do,có\n", "content/periods/2023-06/late.csv:2:37: error: hạn trả trước ngày tiếp nhận"),
        ("H1,Phòng Tư pháp,Thủ tục,01/06/2023,31/02/2023,,,Lý do,có\n", "content/periods/2023-06/late.csv:2:37: error: «due» cần một ngày, gặp «31/02/2023»"),
        ("H1,Phòng Tư pháp,Thủ tục,01/06/2023,03/06/2023,,,Lý do,rồi\n", "content/periods/2023-06/late.csv:2:56: error: «apology» cần «có» hoặc «không», gặp «rồi»"),
        ("H1,Phong Tu phap,Thủ tục,01/06/2023,03/06/2023,,,Lý do,có\n",
         "content/periods/2023-06/late.csv:2:4: error: đơn vị «Phong Tu phap» không có trong units.csv (có phải «Phòng Tư pháp»?)"),
        ("H1,Phòng Tư pháp,Thủ tục,01/06/2023,03/06/2023,,,Lý do,có\nH1,Phòng Tư pháp,Thủ tục,01/06/2023,03/06/2023,,,Lý do,có\n",
         "content/periods/2023-06/late.csv:3:1: error: mã hồ sơ «H1» đã có ở dòng 2"),
        ("H1,Phòng Tư pháp,Thủ tục,01/06/2023,03/06/2023,,,Lý do,có\nH2,Phòng Tư pháp,Thủ tục,01/06/2023,03/06/2023,,,Lý do,có\n",
         "content/periods/2023-06/late.csv:3:4: error: Phòng Tư pháp kê 2 hồ sơ nhưng số liệu của kỳ chỉ báo 1 (pending_overdue)"),
    ])
    func problems(rows: String, expected: String) {
        #expect(check(header + rows).lines == [expected])
    }
}

@Suite("late.xlsx, the ledger as a workbook")
struct WorkbookLedgerTests {
    static func cell(_ ref: String, _ text: String) -> String { #"<c r="\#(ref)" t="inlineStr"><is><t>\#(text)</t></is></c>"# }

    @Test("Dates typed as Excel dates are read as days; any other column is refused at its cell")
    func reads() throws {
        let header = ["code", "unit", "procedure", "received", "due", "returned", "reason", "apology"].enumerated()
            .map { Self.cell(String(UnicodeScalar(UInt8(65 + $0.offset))) + "1", $0.element) }.joined()
        // 45078 is 2023-06-01, 45082 2023-06-05, 45085 2023-06-08, in a date format (numFmtId 14).
        let row = Self.cell("A2", "H1") + Self.cell("B2", "Phòng Tư pháp") + Self.cell("C2", "Chứng thực bản sao")
            + #"<c r="D2" s="1"><v>45078</v></c><c r="E2" s="1"><v>45082</v></c><c r="F2" s="1"><v>45085</v></c>"#
            + Self.cell("G2", "Thiếu hồ sơ") + Self.cell("H2", "có")
        let styles = TestWorkbook.styles(cellFormats: [0, 14])
        var content = TestContent(units: units)
        content.period("2023-06", files: ["data.csv": counts])
        content.files["periods/2023-06/late.xlsx"] = try TestWorkbook(rows: [header, row], styles: styles).bytes()
        let result = content.check()
        #expect(result.lines == [])
        let late = try #require(result.dataset?.periods.first?.late.first)
        #expect(late.received == Day(year: 2023, month: 6, day: 1) && late.due == Day(year: 2023, month: 6, day: 5))
        #expect(late.returned == Day(year: 2023, month: 6, day: 8) && late.apology)

        content.files["periods/2023-06/late.xlsx"] = try TestWorkbook(rows: [header + Self.cell("I1", "Số điện thoại"), row]).bytes()
        #expect(content.check().lines == [
            "content/periods/2023-06/late.xlsx › Sheet1!I1: error: cột «Số điện thoại» không được phép trong late.csv (có thể chứa thông tin cá nhân); chỉ chấp nhận: code, unit, procedure, received, due, returned, closed, reason, apology"
        ])
    }
}
