import Testing
@testable import ChiSo

@Suite("Markup written as bytes")
struct MarkupTests {
    @Test("Text is escaped, in a String and in Markup alike: the five characters and nothing else", arguments: [
        ("", ""), ("Xã Hòa Bình", "Xã Hòa Bình"), ("a & b", "a &amp; b"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#39;single&#39;"), ("&&<<>>", "&amp;&amp;&lt;&lt;&gt;&gt;"),
        ("Đặc khu Phú Quốc ≥ 95 %", "Đặc khu Phú Quốc ≥ 95 %"), ("tổ hợp: Hoa\u{300} <dấu rời>", "tổ hợp: Hoa\u{300} &lt;dấu rời&gt;"),
        ("😀 <b>", "😀 &lt;b&gt;"), ("&amp; đã là tham chiếu", "&amp;amp; đã là tham chiếu"),
    ])
    func escape(_ text: String, _ expected: String) {
        #expect(HTML.escape(text) == expected)
        var markup = Markup(capacity: 0)
        markup.append(text: text)
        #expect(markup.string == expected)
        var piece = Markup(capacity: 0)
        piece += "<p title=\"\(text: text)\">\(text: text)</p>"
        #expect(piece.string == "<p title=\"\(expected)\">\(expected)</p>")
    }

    @Test("Numbers have at most one decimal, rounded half away from zero, and no minus sign on zero", arguments: [
        (0.0, "0"), (-0.04, "0"), (-0.05, "-0.1"), (-0.5, "-0.5"), (9.95, "10"), (12.25, "12.3"), (99.96, "100"), (100.0, "100"),
        (1234.5, "1234.5"), (1_000_000.0, "1000000"), (0.05, "0.1"), (-12.0, "-12"),
    ])
    func number(_ value: Double, _ expected: String) {
        var markup = Markup(capacity: 0)
        markup += "\(value)"
        #expect(markup.string == expected)
        #expect(SVGText.number(value) == expected)
    }

    @Test("Chiso's own markup goes in as it is; plain literals and joined buffers keep their order")
    func raw() {
        var inner = Markup(capacity: 0)
        inner += "M1,2L3,4"
        var markup = Markup(capacity: 0)
        markup += "<path d=\""
        markup += inner
        markup += "\" stroke=\"\(raw: "#0072B2")\"\(raw: " stroke-dasharray=\"7 4\"")/>"
        markup.append(raw: "<g>")
        markup.append(number: 2.5)
        #expect(markup.string == "<path d=\"M1,2L3,4\" stroke=\"#0072B2\" stroke-dasharray=\"7 4\"/><g>2.5")
    }
}
