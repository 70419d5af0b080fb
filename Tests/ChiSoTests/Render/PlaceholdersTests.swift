import Testing
@testable import ChiSo

@Suite("Placeholders in interface texts")
struct PlaceholdersTests {
    @Test(
        "Each known {name} is replaced once, in one pass; the rest is kept; a text prepared once and filled row by row gives the same",
        arguments: [
            ("thứ {rank}/{of}", ["rank": "3", "of": "15"], "thứ 3/15"),
            ("{a}{a} {b}", ["a": "x", "b": "{a}"], "xx {a}"),
            ("{không có} {rank}", ["rank": "1"], "{không có} 1"),
            ("mở { chưa đóng", ["x": "y"], "mở { chưa đóng"),
            ("{x", ["x": "y"], "{x"),
            ("Kỳ «{period}»", ["period": "Tháng 06/2024"], "Kỳ «Tháng 06/2024»"),
            ("không có chỗ nào", ["x": "y"], "không có chỗ nào"),
            ("{{n}}", ["n": "5"], "{5}"),
            ("{from} → {to}", ["from": "1=", "to": "16"], "1= → 16"),
            ("mở { chưa đóng {rank}", ["rank": "2"], "mở { chưa đóng 2"),
            ("▲{n}", ["n": "12"], "▲12"),
            ("<b>{n}</b> & {x}", ["n": "<i>", "x": "\"q\""], "<b><i></b> & \"q\""),
        ] as [(String, KeyValuePairs<String, String>, String)])
    func fill(template: String, values: KeyValuePairs<String, String>, expected: String) {
        #expect(Placeholders.fill(template, values) == expected)
        #expect(PreparedText(template, names: values.map(\.key)).fill(values) == expected)
        var markup = Markup(capacity: 0)
        PreparedText(template, names: values.map(\.key)).append(values, to: &markup)
        #expect(markup.string == HTML.escape(expected))
    }

    @Test("A place prepared but given no value keeps its name, in a String and in markup alike")
    func unfilled() {
        let text = PreparedText("<{rank}> của {of}", names: ["rank", "of"])
        #expect(text.fill(["rank": "2"]) == "<2> của {of}")
        var markup = Markup(capacity: 0)
        text.append(["rank": "2"], to: &markup)
        #expect(markup.string == "&lt;2&gt; của {of}")
    }

    @Test(
        "A text cut at a placeholder, for a part written row by row: in each of its places, the rest as it is",
        arguments: [
            ("{rank}/{of}", "rank", "7/{of}"),
            ("thứ {rank}", "rank", "thứ 7"),
            ("hạng {rank} của {rank}", "rank", "hạng 7 của 7"),
            ("hạng", "rank", "hạng"),
        ])
    func split(template: String, name: String, expected: String) {
        #expect(SplitText(template, at: name).with("7") == expected)
    }

    @Test(
        "A text with one changing part: the other placeholders filled, the pieces escaped once, the part in each of its places",
        arguments: [
            ("{n} hồ sơ trễ hạn", "n", "12", "12 hồ sơ trễ hạn"),
            ("{indicator} {value}, chưa đạt chỉ tiêu {target}", "value", "45,00 %", "A &lt;b&gt; 45,00 %, chưa đạt chỉ tiêu 70 %"),
            ("{value} rồi {value}", "value", "7", "7 rồi 7"),
            ("không có số", "value", "7", "không có số"),
            ("{target} đơn vị, thứ {value}", "value", "3", "70 % đơn vị, thứ 3"),
        ])
    func filled(template: String, name: String, part: String, expected: String) {
        let text = SplitText(template, at: name, ["indicator": "A <b>", "target": "70 %"])
        var html = ""
        text.append(part, to: &html)
        #expect(html == expected)
    }
}
