import Foundation
import Testing
@testable import ChiSo

@Suite("data.json and data.csv")
struct DataFilesTests {
    static func files(_ content: TestContent) throws -> [String: String] {
        let report = try ReportBuilder.build(try #require(content.check().dataset))
        return Dictionary(uniqueKeysWithValues: DataFiles.render(report, strings: try SitePagesTests.theme().strings).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test("Hương Trà's data.json decodes into the documented type, with full-precision values and ranks")
    func huongTraJSON() throws {
        let text = try #require(try Self.files(Fixture.huongTra)["periods/2020-03/data.json"])
        let file = try JSONDecoder().decode(PeriodDataFile.self, from: Data(text.utf8))
        #expect(file.period == .init(id: "2020-03", label: "16/12/2019 – 18/3/2020", start: "2019-12-16", end: "2020-03-18", kind: "custom"))
        #expect(file.total.values["on_time_rate"] == 418_400.0 / 4484.0)
        #expect(file.total.values["overdue"] == 360)
        #expect(file.total.values["online_rate"] == .some(nil))
        #expect(file.total.values.count == Indicator.allCases.count)
        #expect(file.total.reported == ["digitization_rate"])
        #expect(file.units.count == 15)
        let hoHo = try #require(file.units.first { $0.id == "huong-ho" })
        #expect(hoHo.name == "Phường Hương Hồ")
        #expect(hoHo.group == "cap-xa")
        #expect(hoHo.values["on_time_rate"] == 18_800.0 / 205.0)
        #expect(hoHo.ranks["on_time_rate"] == .some(.init(rank: 11, of: 15, tied: 1, movement: "new", by: nil)))
        #expect(hoHo.ranks["overdue"] == .some(.init(rank: 13, of: 15, tied: 1, movement: "new", by: nil)))
        #expect(hoHo.ranks["online_rate"] == .some(nil))
        #expect(hoHo.ranks["intake_per_day"] == nil)
        #expect(hoHo.reported == ["digitization_rate"])
        #expect(file.units.map(\.name).prefix(3) == ["Phường Hương An", "Phường Hương Chũ", "Phường Hương Hồ"])
    }

    @Test("The period's data.csv: the byte order mark, a row per unit, then the total row")
    func periodCSV() throws {
        let text = try #require(try Self.files(Fixture.huongTra)["periods/2020-03/data.csv"])
        #expect(Array(text.utf8.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "u")])
        let lines = text.dropFirst().split(separator: "\n")
        #expect(lines.count == 17)
        #expect(lines[0].hasPrefix("unit,name,kind,group,on_time_rate,progress_rate,overdue,"))
        #expect(lines[0].hasSuffix(",rank_apology_rate"))
        #expect(lines[3] == "huong-ho,Phường Hương Hồ,phuong,cap-xa,91.70731707317073,86.03603603603604,31,13.963963963963964,,88.29,,,,,,,11,12,13,12,,7,,,,,")
        #expect(lines[16].hasPrefix(",Tổng cộng,,,93.30954504906333,"))
    }

    @Test("A unit's data.csv: the byte order mark, a row per period of its span, blanks where no value")
    func unitCSV() throws {
        var content = TestContent(units: "id,name,kind,aliases,from,until,successor\na,\"=HYPERLINK(\"\"x\"\"), Xã A\",xa,,,2023-06-30,\n")
        content.period("2023-06", files: ["data.csv": "unit,received_online,received_direct\nA,1,3\n"])
        content.period("2023-07", start: "2023-06-15", end: "2023-07-14", label: "Tháng 7, 2023", files: ["data.csv": "unit,received_online\n"])
        content.period("2023-08", start: "2023-07-15", end: "2023-08-14", files: ["data.csv": "unit,received_online\n"])
        content.files["units.csv"] = Array("id,name,kind,aliases,from,until,successor\na,\"=HYPERLINK(\"\"x\"\"), Xã A\",xa,A,,2023-06-30,\n".utf8)
        let files = try Self.files(content)
        let text = try #require(files["units/a/data.csv"])
        #expect(Array(text.utf8.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "p")])
        let lines = text.dropFirst().split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("period,label,start,end,kind,basis,"))
        #expect(lines[1].hasPrefix("2023-06,Tháng 6/2023,2023-05-15,2023-06-14,month,reported,,,,,25,"))
        #expect(lines[2].hasPrefix("2023-07,\"Tháng 7, 2023\",2023-06-15,2023-07-14,month,reported,,,,,,"))
        #expect(try #require(files["periods/2023-06/data.csv"]).contains("\n" + #"a,"'=HYPERLINK(""x""), Xã A",xa,cap-xa"#))
        #expect(try #require(files["periods/2023-06/data.json"]).contains(#""name":"=HYPERLINK(\"x\"), Xã A""#))
    }

    @Test("Hostile text stays text in JSON: quotes, backslashes, control characters and markup escaped")
    func escaping() {
        var json = DataBytes()
        json.jsonString("<script>\"a\\b\"\u{1}</script>")
        #expect(json.text == #""\u003cscript\u003e\"a\\b\"\u0001\u003c/script\u003e""#)
    }

    @Test(
        "A CSV text cell is quoted by its bytes and kept from running as a formula",
        arguments: [
            ("Xã A", "Xã A"),
            ("a,b", "\"a,b\""),
            ("a\"b", "\"a\"\"b\""),
            ("a\r\nb", "\"a\r\nb\""),
            ("a\rb", "\"a\rb\""),
            ("=1+2", "'=1+2"),
            ("-5", "'-5"),
            ("@x,y", "\"'@x,y\""),
            ("", ""),
        ])
    func csvCell(value: String, written: String) {
        #expect(CSVText.text(value) == written)
    }

    @Test(
        "Numbers in data files: whole numbers digit by digit, others at full precision",
        arguments: [
            (Ratio(0, over: 5), "0"), (Ratio(360, over: 1), "360"), (Ratio(720, over: 2), "360"), (Ratio(1, over: 2), "0.5"),
            (Ratio(2, over: 3), "0.6666666666666666"), (Ratio(23, over: 160), "0.14375"), (Ratio(418_400, over: 4484), "93.30954504906333"),
            (Ratio(Int.max, over: 1), "9223372036854775807"), (Ratio(-12, over: 1), "-12"), (Ratio(10, over: 1), "10"),
        ])
    func dataNumber(value: Ratio, written: String) {
        var bytes = DataBytes()
        bytes.number(value)
        #expect(bytes.text == written)
    }
}
