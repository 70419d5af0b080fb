import Testing
@testable import ChiSo

private let oneUnit = "id,name,kind,aliases,from,until,successor\ntu-phap,Phòng Tư pháp,phong,,,,\n"

private func check(site: String = TestContent.site, periodToml: String? = nil) -> CheckResult {
    var content = TestContent(site: site, units: oneUnit)
    content.period("2023-06", files: ["data.csv": "unit,overdue\nPhòng Tư pháp,1\n"])
    if let periodToml { content.files["periods/2023-06/period.toml"] = Array(periodToml.utf8) }
    return content.check()
}

@Suite("site.toml and period.toml")
struct ConfigTests {
    @Test("A full site.toml is read: targets, groups, days")
    func fullSite() throws {
        let site = """
            title     = "Kết quả giải quyết thủ tục hành chính"
            authority = "Ủy ban nhân dân huyện Minh Hòa"
            base_url  = "https://example.gov.vn/tthc/"
            days      = "working"

            [targets]
            online_rate = 70
            online_payment_rate = 30.5

            [[groups]]
            id    = "tat-ca"
            label = "Tất cả đơn vị"
            kinds = ["xa", "phuong", "thi-tran", "phong", "co-quan"]
            """
        let result = check(site: site)
        #expect(result.lines == [])
        let parsed = try #require(result.dataset?.site)
        #expect(parsed.days == .working)
        #expect(parsed.baseURL == "https://example.gov.vn/tthc/")
        #expect(parsed.targets == ["online_rate": Ratio(70, over: 1), "online_payment_rate": Ratio(305, over: 10)])
        #expect(parsed.groups == [RankingGroup(id: "tat-ca", label: "Tất cả đơn vị", kinds: [.xa, .phuong, .thiTran, .phong, .coQuan])])
    }

    @Test("Without [[groups]] the two default groups rank communes and departments apart")
    func defaultGroups() throws {
        #expect(try #require(check().dataset).site.groups.map(\.id) == ["cap-xa", "cap-huyen"])
    }

    @Test("site.toml problems", arguments: [
        ("title = \"T\"\nauthority = \"A\"\ntheme = \"xanh\"\n",
         "content/site.toml:3:1: error: khóa «theme» không rõ nghĩa; các khóa được chấp nhận: title, authority, base_url, days, level, targets, groups"),
        ("title = \"T\"\n", "content/site.toml:1:1: error: thiếu khóa «authority»"),
        ("title = 5\nauthority = \"A\"\n", "content/site.toml:1:1: error: «title» cần chuỗi chữ trong dấu ngoặc kép"),
        ("title = \"T\"\nauthority = \"A\"\ndays = \"lịch\"\n",
         "content/site.toml:3:1: error: «days» = «lịch» không hợp lệ; chọn một trong: calendar, working"),
        ("title = \"T\"\nauthority = \"A\"\n[targets]\nonline_rate = 170\n",
         "content/site.toml:4:1: error: chỉ tiêu «online_rate» = 170 phải từ 0 đến 100 (phần trăm)"),
        ("title = \"T\"\nauthority = \"A\"\n[targets]\ntruc_tuyen = 70\n",
         "content/site.toml:4:1: error: khóa «truc_tuyen» không rõ nghĩa; các khóa được chấp nhận: on_time_rate, progress_rate, overdue, overdue_rate, online_rate, digitization_rate, full_digitization_rate, result_digitization_rate, online_payment_rate, e_receipt_rate, apology_rate, intake_per_day"),
        ("title = \"T\nauthority = \"A\"\n", "content/site.toml:1:11: error: cú pháp TOML sai: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited"),
    ])
    func siteProblems(site: String, expected: String) {
        #expect(check(site: site).lines == [expected])
    }

    @Test("A kind in two groups is an error; a kind in none is a warning when some unit has it")
    func groupKinds() {
        let site = TestContent.site + """

            [[groups]]
            id = "a"
            label = "A"
            kinds = ["xa", "phuong"]

            [[groups]]
            id = "b"
            label = "B"
            kinds = ["phuong", "phong", "co-quan"]
            """
        #expect(check(site: site).lines == ["content/site.toml:11:1: error: loại đơn vị «phuong» đã thuộc nhóm «a»"])
        let valid = site.replacingOccurrences(of: "[\"phuong\", \"phong\"", with: "[\"phong\"")
        #expect(check(site: valid).lines == [], "no unit is a thị trấn")
        var content = TestContent(site: valid, units: oneUnit + "ho-xa,Thị trấn Hồ Xá,thi-tran,,,,\n")
        content.period("2023-06", files: ["data.csv": "unit,overdue\nPhòng Tư pháp,1\n"])
        #expect(content.check().lines == [
            "content/site.toml:3:1: warning: loại đơn vị «thi-tran» không thuộc nhóm xếp hạng nào: các đơn vị này sẽ không được xếp hạng"
        ])
    }

    @Test("period.toml problems", arguments: [
        ("label = \"T6\"\nstart = 2023-05-15\nend = 2023-06-14\n", "content/periods/2023-06/period.toml:1:1: error: thiếu khóa «kind»"),
        ("label = \"T6\"\nstart = 2023-06-15\nend = 2023-06-14\nkind = \"month\"\n",
         "content/periods/2023-06/period.toml:2:1: error: ngày bắt đầu 2023-06-15 sau ngày kết thúc 2023-06-14"),
        ("label = \"T6\"\nstart = \"15/05/2023\"\nend = \"31/06/2023\"\nkind = \"month\"\n",
         "content/periods/2023-06/period.toml:3:1: error: «end» cần một ngày, gặp «31/06/2023»"),
        ("label = \"T6\"\nstart = 2023-05-15\nend = 2023-06-14\nkind = \"tháng\"\n",
         "content/periods/2023-06/period.toml:4:1: error: «kind» = «tháng» không hợp lệ; chọn một trong: month, quarter, half-year, year, custom"),
    ])
    func periodProblems(toml: String, expected: String) {
        #expect(check(periodToml: toml).lines == [expected])
    }

    @Test("Dates as TOML dates or as strings in either order")
    func periodDates() throws {
        let result = check(periodToml: "label = \"T6\"\nstart = \"15/5/2023\"\nend = \"2023-06-14\"\nkind = \"month\"\n")
        let period = try #require(result.dataset?.periods.first?.period)
        #expect(period.start == Day(year: 2023, month: 5, day: 15))
        #expect(period.end == Day(year: 2023, month: 6, day: 14))
    }
}
