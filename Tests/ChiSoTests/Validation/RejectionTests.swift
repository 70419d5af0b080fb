import Testing
@testable import ChiSo

private let units = """
    id,name,kind,aliases,from,until,successor
    huong-van,Phường Hương Vân,phuong,,,,
    huong-van-2,Phường Hương Văn,phuong,,,,
    binh-tien,Xã Bình Tiến,xa,,,2023-03-31,huong-van
    tu-phap,Phòng Tư pháp,phong,,,,
    """

private func period(_ files: [String: String], units: String = units) -> TestContent {
    var content = TestContent(units: units)
    content.period("2023-06", files: files)
    return content
}

@Suite("Every rejection names the file, line, column and says what to do")
struct RejectionTests {
    @Test("An unknown unit, with the closest registered name compared without diacritics")
    func unknownUnit() throws {
        let result = period(["data.csv": "unit,received_online\nUBND phuong Huong Van,1\nPhòng Tài chính,2\n"]).check()
        #expect(result.lines == [
            "content/periods/2023-06/data.csv:2:1: error: đơn vị «UBND phuong Huong Van» không có trong units.csv (có phải «Phường Hương Vân»?)",
            "content/periods/2023-06/data.csv:3:1: error: đơn vị «Phòng Tài chính» không có trong units.csv",
        ])
        #expect(result.errors[0].problem.fix.contains("aliases"))
    }

    @Test("Every mistake of a file is reported once: a bad column does not hide the rows, an unknown unit does not break the total")
    func everyErrorOnce() {
        let text = "unit,overdue,Số điện thoại\nPhòng Tư pháp,2,\nPhong Tu phap 2,3,\nTổng cộng,5,\n"
        let lines = period(["data.csv": text]).check().lines
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("content/periods/2023-06/data.csv:1:14: error: cột «Số điện thoại» không rõ nghĩa"))
        #expect(lines[1] == "content/periods/2023-06/data.csv:3:1: error: đơn vị «Phong Tu phap 2» không có trong units.csv (có phải «Phòng Tư pháp»?)")
    }

    @Test("A unit given twice in one file")
    func duplicateRow() {
        #expect(period(["data.csv": "unit,received_online\nPhòng Tư pháp,1\nphòng tư pháp,1\n"]).check().lines == [
            "content/periods/2023-06/data.csv:3:1: error: Phòng Tư pháp đã có một dòng ở dòng 2 của tệp này"
        ])
    }

    @Test("Two files that give one unit's field two values name both places")
    func conflictAcrossFiles() {
        let result = period([
            "a.csv": "unit,received_online,received_direct\nPhòng Tư pháp,10,5\n",
            "b.csv": "unit,digitized,received_online\nPhòng Tư pháp,3,11\n",
        ]).check()
        #expect(result.lines == [
            "content/periods/2023-06/b.csv:2:17: error: Phòng Tư pháp: «received_online» = 11 ở đây nhưng = 10 ở content/periods/2023-06/a.csv:2:15"
        ])
    }

    @Test("An identity between counts that fails", arguments: [
        ("unit,resolved,resolved_on_time,resolved_late\nPhòng Tư pháp,10,8,3\n",
         "content/periods/2023-06/data.csv:2:15: error: Phòng Tư pháp: không khớp resolved = resolved_on_time + resolved_late (10 ≠ 8 + 3 = 11)"),
        ("unit,total,resolved,pending\nPhòng Tư pháp,20,15,4\n",
         "content/periods/2023-06/data.csv:2:15: error: Phòng Tư pháp: không khớp total = resolved + pending (20 ≠ 15 + 4 = 19)"),
        ("unit,received_online,received_direct,received\nPhòng Tư pháp,5,5,11\n",
         "content/periods/2023-06/data.csv:2:19: error: Phòng Tư pháp: không khớp received = received_online + received_direct (11 ≠ 5 + 5 = 10)"),
        ("unit,received_online,received_direct,digitized\nPhòng Tư pháp,5,5,11\n",
         "content/periods/2023-06/data.csv:2:19: error: Phòng Tư pháp: không khớp digitized ≤ received (11 > 10)"),
        ("unit,payable,paid_online\nPhòng Tư pháp,3,4\n",
         "content/periods/2023-06/data.csv:2:17: error: Phòng Tư pháp: không khớp paid_online ≤ payable (4 > 3)"),
        ("unit,resolved,resolved_late\nPhòng Tư pháp,10,12\n",
         "content/periods/2023-06/data.csv:2:18: error: Phòng Tư pháp: không khớp resolved_late ≤ resolved (12 > 10): phần lớn hơn tổng, nên resolved_on_time (không có số liệu) sẽ âm"),
        ("unit,Đang giải quyết,Đang giải quyết quá hạn\nPhòng Tư pháp,3,5\n",
         "content/periods/2023-06/data.csv:2:17: error: Phòng Tư pháp: không khớp pending_overdue ≤ pending (5 > 3): phần lớn hơn tổng, nên pending_on_time (không có số liệu) sẽ âm"),
        ("unit,received,received_online\nPhòng Tư pháp,50,60\n",
         "content/periods/2023-06/data.csv:2:18: error: Phòng Tư pháp: không khớp received_online ≤ received (60 > 50): phần lớn hơn tổng, nên received_direct (không có số liệu) sẽ âm"),
        ("unit,resolved,resolved_early,resolved_late\nPhòng Tư pháp,10,6,7\n",
         "content/periods/2023-06/data.csv:2:20: error: Phòng Tư pháp: không khớp resolved_early + resolved_late ≤ resolved (6 + 7 = 13 > 10): phần lớn hơn tổng, nên resolved_on_time (không có số liệu) sẽ âm"),
        ("unit,overdue,resolved,pending\nPhòng Tư pháp,30,10,5\n",
         "content/periods/2023-06/data.csv:2:15: error: Phòng Tư pháp: không khớp overdue ≤ resolved + pending (30 > 10 + 5 = 15)"),
    ])
    func identity(text: String, expected: String) {
        #expect(period(["data.csv": text]).check().lines == [expected])
    }

    @Test("A count derived from an identity, never from a blank")
    func derivation() throws {
        let result = period(["data.csv": "unit,total,resolved,pending_on_time,pending_overdue,received_postal\nPhòng Tư pháp,20,15,3,2,\n"]).check()
        #expect(result.lines == [])
        let record = try #require(result.dataset?.record("tu-phap", in: "2023-06"))
        #expect(record[.pending] == 5)
        #expect(record.derived == [.pending])
        #expect(record[.receivedPostal] == nil)
        #expect(record.blanks == [.receivedPostal])
    }

    @Test("A unit reported after it merged into another")
    func outsideSpan() {
        #expect(period(["data.csv": "unit,received_online\nXã Bình Tiến,1\n"]).check().lines == [
            "content/periods/2023-06/data.csv:2:1: error: Xã Bình Tiến chỉ báo cáo đến 2023-03-31, nhưng có số liệu trong kỳ này"
        ])
    }

    @Test("A reported rate that disagrees with its counts is a warning, and the build goes on")
    func rateDisagrees() {
        let result = period(["data.csv": "unit,received_online,received_direct,Tỷ lệ hồ sơ trực tuyến\nPhòng Tư pháp,1,2,40\n"]).check()
        #expect(result.lines == [
            "content/periods/2023-06/data.csv:2:1: warning: Phòng Tư pháp: online_rate ghi 40,00 % nhưng tính từ số hồ sơ được 33,33 %; dùng số tính từ số hồ sơ"
        ])
        #expect(result.dataset != nil)
    }

    @Test("A total larger than the sum when some units are blank is a warning")
    func partialTotal() {
        let result = period(["data.csv": "unit,overdue\nPhòng Tư pháp,3\nPhường Hương Vân,\nTổng cộng,5\n"]).check()
        #expect(result.lines == [
            "content/periods/2023-06/data.csv:4:11: warning: dòng tổng ghi overdue = 5, tổng các đơn vị có số liệu là 3 (1 đơn vị để trống)"
        ])
    }

    @Test("Two periods of one kind that overlap; periods of different kinds may")
    func overlappingPeriods() {
        var content = TestContent(units: units)
        content.period("2023-06", start: "2023-05-15", end: "2023-06-14", files: ["data.csv": "unit,overdue\nPhòng Tư pháp,1\n"])
        content.period("2023-07", start: "2023-06-10", end: "2023-07-14", files: ["data.csv": "unit,overdue\nPhòng Tư pháp,1\n"])
        content.period("2023-h1", start: "2022-12-15", end: "2023-06-14", kind: "half-year", files: ["data.csv": "unit,overdue\nPhòng Tư pháp,1\n"])
        #expect(content.check().lines == [
            "content/periods/2023-07/period.toml:2:1: error: kỳ này trùng thời gian với kỳ «2023-06» cùng loại «month»"
        ])
    }

    @Test("Ids that are not [a-z0-9][a-z0-9-]*: a unit, a period folder, a group")
    func invalidIDs() {
        var content = TestContent(
            site: TestContent.site + "\n[[groups]]\nid = \"Cấp xã\"\nlabel = \"Xã\"\nkinds = [\"xa\", \"phuong\", \"thi-tran\", \"phong\", \"co-quan\"]\n",
            units: "id,name,kind,aliases,from,until,successor\nTu_Phap,Phòng Tư pháp,phong,,,,\n")
        content.period("Thang 6", files: ["data.csv": "unit,overdue\n"])
        let result = content.check()
        #expect(result.lines == [
            "content/periods/Thang 6/:1:1: error: mã kỳ «Thang 6» không hợp lệ: chỉ gồm chữ thường không dấu, số và dấu gạch ngang, bắt đầu bằng chữ hoặc số",
            "content/site.toml:4:1: error: mã nhóm «Cấp xã» không hợp lệ: chỉ gồm chữ thường không dấu, số và dấu gạch ngang, bắt đầu bằng chữ hoặc số",
            "content/units.csv:2:1: error: mã đơn vị «Tu_Phap» không hợp lệ: chỉ gồm chữ thường không dấu, số và dấu gạch ngang, bắt đầu bằng chữ hoặc số",
        ])
        #expect(result.errors.sorted { $0.location < $1.location }.map(\.problem.fix) == ["đổi thành «thang-6»", "đổi thành «cap-xa»", "đổi thành «tu-phap»"])
    }
}
