import Testing
@testable import ChiSo

private let oneUnit = "id,name,kind,aliases,from,until,successor\ntu-phap,Phòng Tư pháp,phong,,,,\n"
private let periodHead = "label = \"T6\"\nstart = 2023-05-15\nend = 2023-06-14\nkind = \"month\"\n"
private let file = "content/periods/2023-06/period.toml"
private let indicatorIDs = Indicator.allCases.map(\.rawValue).joined(separator: ", ")

/// Checks a content folder whose one period has `periodHead` followed by `tables` as its period.toml.
private func check(_ tables: String) -> CheckResult {
    var content = TestContent(units: oneUnit)
    content.period("2023-06", files: ["data.csv": "unit,overdue\nPhòng Tư pháp,1\n"])
    content.files["periods/2023-06/period.toml"] = Array((periodHead + tables).utf8)
    return content.check()
}

@Suite("period.toml's [standing] and [letter]")
struct StandingConfigTests {
    @Test("[standing] and [letter] problems: place, sentence and fix", arguments: [
        ("[standing]\npeers = \"huyện, thị\"\nonline_rates = { rank = 5, of = 10 }\n",
         "7:1: error: khóa «online_rates» trong [standing] không phải «peers» hay mã chỉ số; các mã chỉ số được chấp nhận: \(indicatorIDs)\n"
            + "    sửa: có lẽ là «online_rate»: sửa tên khóa cho đúng"),
        ("[standing]\npeers = \"huyện, thị\"\ntruc_tuyen = { rank = 5, of = 10 }\n",
         "7:1: error: khóa «truc_tuyen» trong [standing] không phải «peers» hay mã chỉ số; các mã chỉ số được chấp nhận: \(indicatorIDs)\n"
            + "    sửa: ghi một mã chỉ số trong danh sách, hoặc xóa dòng này"),
        ("[standing]\npeers = \"huyện, thị\"\nonline_rate = { rank = 12, of = 10 }\n",
         "7:17: error: «online_rate»: thứ 12 trong 10 đơn vị là không thể, vì «rank» lớn hơn «of»\n"
            + "    sửa: sửa «rank» hoặc «of» theo báo cáo của cấp trên: «rank» từ 1 đến «of»"),
        ("[standing]\npeers = \"huyện, thị\"\nonline_rate = { rank = 0, of = 10 }\n",
         "7:17: error: «online_rate»: «rank» = 0 phải từ 1 trở lên\n    sửa: thứ hạng bắt đầu từ 1 (đứng đầu): ghi lại theo báo cáo của cấp trên"),
        ("[standing]\npeers = \"huyện, thị\"\nonline_rate = { rank = 1, of = 0 }\n",
         "7:27: error: «online_rate»: «of» = 0 phải từ 1 trở lên\n    sửa: thứ hạng bắt đầu từ 1 (đứng đầu): ghi lại theo báo cáo của cấp trên"),
        ("[standing]\npeers = \"huyện, thị\"\noverdue = { rank = \"5\", of = 10 }\n",
         "7:13: error: «overdue»: «rank» cần một số nguyên, gặp «5»\n    sửa: ghi «rank» là số nguyên, không có dấu ngoặc kép, ví dụ «rank = 5»"),
        ("[standing]\npeers = \"huyện, thị\"\noverdue = { rank = 5, of = 10.5 }\n",
         "7:23: error: «overdue»: «of» cần một số nguyên, gặp «10.5»\n    sửa: ghi «of» là số nguyên, không có dấu ngoặc kép, ví dụ «of = 10»"),
        ("[standing]\npeers = \"huyện, thị\"\nonline_rate = { rank = 5 }\n",
         "7:1: error: «online_rate» thiếu «of»: cần cả thứ hạng (rank) và số đơn vị được xếp hạng (of)\n"
            + "    sửa: ghi «online_rate = { rank = 5, of = 10 }» theo báo cáo của cấp trên"),
        ("[standing]\npeers = \"huyện, thị\"\nonline_rate = { rank = 5, of = 10, ghi_chu = \"x\" }\n",
         "7:36: error: trong «online_rate», khóa «ghi_chu» không rõ nghĩa; các khóa được chấp nhận: rank, of, note\n"
            + "    sửa: sửa tên khóa cho đúng, hoặc xóa «ghi_chu = …» khỏi cặp ngoặc { }"),
        ("[standing]\npeers = \"huyện, thị\"\nonline_rate = { rank = 5, of = 10, note = 3 }\n",
         "7:36: error: «online_rate.note» cần chuỗi chữ trong dấu ngoặc kép\n    sửa: ghi «online_rate.note» dưới dạng chuỗi chữ trong dấu ngoặc kép"),
        ("[standing]\nonline_rate = { rank = 5, of = 10 }\n",
         "5:1: error: bảng [standing] thiếu «peers»: không rõ thứ hạng được xếp trong số những đơn vị nào\n"
            + "    sửa: thêm dòng «peers = \"huyện, thị\"» dưới [standing]: những đơn vị cùng được xếp hạng, như báo cáo của cấp trên ghi"),
        ("[standing]\npeers = 10\nonline_rate = { rank = 5, of = 10 }\n",
         "6:1: error: «peers» cần chuỗi chữ trong dấu ngoặc kép\n    sửa: ghi «peers» dưới dạng chuỗi chữ trong dấu ngoặc kép"),
        ("[standing]\npeers = \"huyện, thị\"\nonline_rate = 5\n",
         "7:1: error: «online_rate» cần một bảng như { rank = 5, of = 10 }\n    sửa: ghi «online_rate» dưới dạng một bảng như { rank = 5, of = 10 }"),
        ("standing = \"thứ 5/10\"\n", "5:1: error: «standing» cần bảng [standing]\n    sửa: ghi «standing» dưới dạng bảng [standing]"),
        ("[letter]\nso = \"125/UBND-VP\"\n",
         "6:1: error: khóa «so» không rõ nghĩa; các khóa được chấp nhận: number, date\n    sửa: sửa tên khóa cho đúng, hoặc xóa dòng này"),
        ("[letter]\nnumber = 125\n", "6:1: error: «number» cần chuỗi chữ trong dấu ngoặc kép\n    sửa: ghi «number» dưới dạng chuỗi chữ trong dấu ngoặc kép"),
        ("[letter]\ndate = \"20/13/2025\"\n", "6:1: error: «date» cần một ngày, gặp «20/13/2025»\n    sửa: ghi ngày dạng 2023-06-14 (hoặc \"14/06/2023\")"),
        ("letter = \"125/UBND-VP\"\n", "5:1: error: «letter» cần bảng [letter]\n    sửa: ghi «letter» dưới dạng bảng [letter]"),
    ])
    func problems(tables: String, expected: String) {
        let result = check(tables)
        #expect(result.diagnostics.map(\.description) == ["\(file):\(expected)"])
        #expect(result.dataset == nil)
    }

    @Test("A full [standing] and [letter] are read exactly, the places in catalogue order")
    func accepted() throws {
        let result = check("""
            [standing]
            e_receipt_rate         = { rank = 9, of = 9, note = "không đánh giá huyện Cồn Cỏ" }
            peers                  = "huyện, thị"
            online_rate            = { rank = 5, of = 10 }
            overdue                = { rank = 6, of = 10 }   # { rank = 1 } in a comment is passed over

            [letter]
            number = "125/UBND-VP"
            date   = 2025-01-20
            """)
        #expect(result.lines == [])
        let period = try #require(result.dataset?.periods.first?.period)
        #expect(period.standing == Standing(peers: "huyện, thị", places: [
            StandingPlace(indicator: .overdue, rank: 6, of: 10),
            StandingPlace(indicator: .onlineRate, rank: 5, of: 10),
            StandingPlace(indicator: .eReceiptRate, rank: 9, of: 9, note: "không đánh giá huyện Cồn Cỏ"),
        ]))
        #expect(period.letter == Letter(number: "125/UBND-VP", date: Day(year: 2025, month: 1, day: 20)))
    }

    @Test("Without the tables, or with a letter giving only its number, nothing else is needed")
    func optional() throws {
        let bare = try #require(check("").dataset?.periods.first?.period)
        #expect(bare.standing == nil && bare.letter == nil)
        let numbered = try #require(check("[letter]\nnumber = \"125/UBND-VP\"\n").dataset?.periods.first?.period)
        #expect(numbered.letter == Letter(number: "125/UBND-VP"))
    }
}
