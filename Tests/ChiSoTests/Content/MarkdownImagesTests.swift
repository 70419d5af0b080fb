import Testing

@testable import ChiSo

@Suite("Images in notes.md and the extra pages: a page loads nothing from elsewhere")
struct MarkdownImagesTests {
    private static let units = "id,name,kind\ntu-phap,Phòng Tư pháp,phong\n"
    private static let remote = "nằm trên máy chủ khác, mà trang của chiso không tải gì từ máy khác"
    private static let unpublished = "không được đăng kèm trang (chiso chỉ đăng các trang và tệp số liệu), nên trang sẽ hiện ảnh hỏng"

    @Test("An image on another host or from a file is refused where it is written; one in the text, a link or code is not", arguments: [
        ("# Ghi chú\n\nChữ ![biểu đồ](http://may-khac.vn/a.png) và chữ.\n", ["3:5: error: ảnh «http://may-khac.vn/a.png» \(remote)"]),
        ("Dòng một.\n\n![a][hinh]\n\n[hinh]: https://may-khac.vn/b.gif\n", ["3:1: error: ảnh «https://may-khac.vn/b.gif» \(remote)"]),
        ("![a](//may-khac.vn/c.png)\n", ["1:1: error: ảnh «//may-khac.vn/c.png» \(remote)"]),
        ("Xem ![bảng](bieu-do.png)\n", ["1:5: error: ảnh «bieu-do.png» \(unpublished)"]),
        ("Xem ![bảng](<C:/Tai lieu/a.png>) và ![b](file:///C:/b.png)\n", ["1:5: error: ảnh «C:/Tai lieu/a.png» \(unpublished)", "1:37: error: ảnh «file:///C:/b.png» \(unpublished)"]),
        ("![a](data:image/png;base64,iVBORw0KGgo=)\n", []),
        ("![a](data:text/html;base64,PGI+)\n", ["1:1: error: ảnh «data:text/html;base64,PGI+» \(unpublished)"]),
        ("[trang ngoài](https://may-khac.vn/) và `![a](http://may-khac.vn/x.png)`\n\n    ![b](http://may-khac.vn/y.png)\n", []),
        ("Hai ảnh: ![a](a.png) ![b](https://may-khac.vn/b.png)\n", ["1:10: error: ảnh «a.png» \(unpublished)", "1:22: error: ảnh «https://may-khac.vn/b.png» \(remote)"]),
    ])
    func notes(_ markdown: String, expected: [String]) {
        var content = TestContent(units: Self.units)
        content.period("2023-06", files: ["data.csv": "unit,overdue\nPhòng Tư pháp,1\n", "notes.md": markdown])
        #expect(content.check().lines == expected.map { "content/periods/2023-06/notes.md:" + $0 })
    }

    @Test("An extra page's image is refused at its place in the page")
    func page() {
        var content = TestContent(units: Self.units)
        content.period("2023-06", files: ["data.csv": "unit,overdue\nPhòng Tư pháp,1\n"])
        content.files["pages/gioi-thieu.md"] = Array("# Giới thiệu\n\n![Trụ sở](https://may-khac.vn/tru-so.jpg)\n".utf8)
        #expect(content.check().lines == ["content/pages/gioi-thieu.md:3:1: error: ảnh «https://may-khac.vn/tru-so.jpg» \(Self.remote)"])
    }
}
