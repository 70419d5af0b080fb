import Testing
@testable import ChiSo

private func check(units: String) -> CheckResult {
    var content = TestContent(units: units)
    content.period("2023-06", files: ["data.csv": "unit,overdue\n"])
    return content.check()
}

@Suite("units.csv, the register")
struct RegisterTests {
    @Test("Register problems", arguments: [
        ("id,name,kind,ma_so\n", "content/units.csv:1:14: error: cột «ma_so» không rõ nghĩa; các cột của units.csv: id, name, kind, aliases, from, until, successor"),
        ("id,name\n", "content/units.csv:1:1: error: units.csv thiếu cột «kind»"),
        ("id,name,kind\na,Xã A,xa\na,Xã B,xa\n", "content/units.csv:3:1: error: mã đơn vị «a» đã dùng ở dòng 2"),
        ("id,name,kind\na,,xa\n", "content/units.csv:2:3: error: đơn vị không có tên"),
        ("id,name,kind\na,Xã A,huyen\n", "content/units.csv:2:8: error: loại đơn vị «huyen» không hợp lệ; chọn một trong: xa, phuong, dac-khu, thi-tran, so, phong, co-quan"),
        ("id,name,kind,aliases\na,Xã A,xa,\nb,Xã B,xa,xã a\n", "content/units.csv:3:11: error: tên «xã a» đã dùng cho đơn vị «a»"),
        ("id,name,kind,from\na,Xã A,xa,1/13/2023\n", "content/units.csv:2:11: error: «from» cần một ngày, gặp «1/13/2023»"),
        ("id,name,kind,from,until\na,Xã A,xa,2023-07-01,2023-06-30\n", "content/units.csv:2:22: error: ngày bắt đầu 2023-07-01 sau ngày kết thúc 2023-06-30"),
        ("id,name,kind,until,successor\na,Xã A,xa,2023-06-30,z\n", "content/units.csv:2:22: error: đơn vị kế thừa «z» không có trong units.csv"),
        ("id,name,kind,until,successor\na,Xã A,xa,2023-06-30,a\n", "content/units.csv:2:22: error: đơn vị không thể kế thừa chính nó"),
        ("id,name,kind,until,successor\na,Xã A,xa,,b\nb,Xã B,xa,,\n", "content/units.csv:2:12: warning: đơn vị có đơn vị kế thừa nhưng không có ngày kết thúc «until»"),
        (
            "id,name,kind,until,successor\nb,Xã B,xa,2023-06-30,a\na,Xã A,xa,2023-06-30,b\n",
            "content/units.csv:3:22: error: các đơn vị kế thừa nhau thành vòng tròn: a → b → a"
        ),
        (
            "id,name,kind,until,successor\nc,Xã C,xa,2023-06-30,a\na,Xã A,xa,2023-06-30,b\nb,Xã B,xa,2023-06-30,c\nd,Xã D,xa,2023-06-30,a\n",
            "content/units.csv:3:22: error: các đơn vị kế thừa nhau thành vòng tròn: a → b → c → a"
        ),
    ])
    func problems(units: String, expected: String) {
        #expect(check(units: units).lines == [expected])
    }

    @Test("A unit that reports outside its span is an error at its row of the data file", arguments: [
        ("a,Xã A,xa,,2023-07-01,,", "content/periods/2023-06/data.csv:2:1: error: Xã A chỉ báo cáo từ 2023-07-01, nhưng có số liệu trong kỳ này"),
        ("a,Xã A,xa,,,2023-05-01,", "content/periods/2023-06/data.csv:2:1: error: Xã A chỉ báo cáo đến 2023-05-01, nhưng có số liệu trong kỳ này"),
    ])
    func outsideSpan(unit: String, expected: String) {
        var content = TestContent(units: "id,name,kind,aliases,from,until,successor\n" + unit + "\n")
        content.period("2023-06", files: ["data.csv": "unit,overdue\nXã A,1\n"])
        #expect(content.check().lines == [expected])
    }

    @Test("The kinds of both eras are accepted", arguments: UnitKind.allCases)
    func kinds(kind: UnitKind) {
        #expect(check(units: "id,name,kind\na,Đơn vị A,\(kind.rawValue)\n").errors.map(\.description) == [])
    }

    @Test("Aliases, a merger and a successor are read")
    func merger() throws {
        let dataset = try #require(check(units: "id,name,kind,aliases,from,until,successor\na,Xã A,xa,UBND xã A|A,,2023-06-30,b\nb,Xã B,xa,,2023-07-01,,\n").dataset)
        #expect(dataset.units == [
            Unit(id: "a", name: "Xã A", kind: .xa, aliases: ["UBND xã A", "A"], until: Day(year: 2023, month: 6, day: 30), successor: "b"),
            Unit(id: "b", name: "Xã B", kind: .xa, from: Day(year: 2023, month: 7, day: 1)),
        ])
    }
}
