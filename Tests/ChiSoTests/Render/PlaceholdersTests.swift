import Testing
@testable import ChiSo

@Suite("Placeholders in interface texts")
struct PlaceholdersTests {
    @Test(
        "Each known {name} is replaced once, in one pass; the rest is kept",
        arguments: [
            ("thứ {rank}/{of}", ["rank": "3", "of": "15"], "thứ 3/15"),
            ("{a}{a} {b}", ["a": "x", "b": "{a}"], "xx {a}"),
            ("{không có} {rank}", ["rank": "1"], "{không có} 1"),
            ("mở { chưa đóng", ["x": "y"], "mở { chưa đóng"),
            ("{x", ["x": "y"], "{x"),
            ("Kỳ «{period}»", ["period": "Tháng 06/2024"], "Kỳ «Tháng 06/2024»"),
            ("không có chỗ nào", ["x": "y"], "không có chỗ nào"),
        ] as [(String, KeyValuePairs<String, String>, String)])
    func fill(template: String, values: KeyValuePairs<String, String>, expected: String) {
        #expect(Placeholders.fill(template, values) == expected)
    }

    @Test(
        "A template cut around one placeholder, for values written row by row",
        arguments: [
            ("{rank}/{of}", "rank", ("", "/{of}")),
            ("thứ {rank}", "rank", ("thứ ", "")),
            ("hạng {rank} của {rank}", "rank", ("hạng ", " của {rank}")),
        ])
    func split(template: String, name: String, expected: (String, String)) {
        let parts = Placeholders.split(template, at: name)
        #expect(parts?.before == expected.0 && parts?.after == expected.1)
    }

    @Test("No cut when the placeholder is missing")
    func splitMissing() {
        #expect(Placeholders.split("hạng", at: "rank") == nil)
    }

    @Test(
        "A text with one changing number: the other placeholders filled, the parts escaped once, the number in each of its places",
        arguments: [
            ("{n} hồ sơ trễ hạn", "12", "12 hồ sơ trễ hạn"),
            ("{indicator} {value}, chưa đạt chỉ tiêu {target}", "45,00 %", "A &lt;b&gt; 45,00 %, chưa đạt chỉ tiêu 70 %"),
            ("{value} rồi {value}", "7", "7 rồi 7"),
            ("không có số", "7", "không có số"),
        ])
    func numbered(template: String, number: String, expected: String) {
        let name = template.contains("{n}") ? "n" : "value"
        let text = NumberedText(template, number: name, ["indicator": "A <b>", "target": "70 %"])
        var html = ""
        text.append(number, to: &html)
        #expect(html == expected)
    }
}
