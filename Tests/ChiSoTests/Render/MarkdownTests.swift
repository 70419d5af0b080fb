import Testing
@testable import ChiSo

@Suite("Markdown through libcmark")
struct MarkdownTests {
    @Test("CommonMark becomes HTML; raw HTML and unsafe links are dropped")
    func safe() {
        #expect(Markdown.html("# Kỳ 6/2023\n\n**98,8 %** đúng hạn") == "<h1>Kỳ 6/2023</h1>\n<p><strong>98,8 %</strong> đúng hạn</p>\n")
        #expect(Markdown.html("<script>alert(1)</script>\n\nchữ") == "<!-- raw HTML omitted -->\n<p>chữ</p>\n")
        #expect(Markdown.html("[x](javascript:alert(1))") == "<p><a href=\"\">x</a></p>\n")
        #expect(Markdown.html("a <b>b</b> & c") == "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --> &amp; c</p>\n")
    }

    @Test("Notes' headings move under the page's own, keeping their order")
    func headings() {
        #expect(Markdown.html("## Nhận xét\n\n### Chi tiết\n\n`<h2>`", headingsFrom: 3) == "<h3>Nhận xét</h3>\n<h4>Chi tiết</h4>\n<p><code>&lt;h2&gt;</code></p>\n")
        #expect(Markdown.html("# A\n\n## B", headingsFrom: 3) == "<h3>A</h3>\n<h4>B</h4>\n")
        #expect(Markdown.html("#### A\n\n##### B", headingsFrom: 3) == "<h3>A</h3>\n<h4>B</h4>\n")
        #expect(Markdown.html("không có tiêu đề", headingsFrom: 3) == "<p>không có tiêu đề</p>\n")
    }
}
