import Testing
@testable import ChiSo

@Suite("What chiso check prints")
struct DiagnosticReportTests {
    @Test("Each diagnostic with its fix, in file order, then the summary")
    func report() {
        var content = TestContent(units: "id,name,kind\ntu-phap,Phòng Tư pháp,phong\n")
        content.period("2023-06", files: [
            "b.csv": "unit,received_online,received_direct,Tỷ lệ trực tuyến\nPhòng Tư pháp,1,3,50\n",
            "a.csv": "unit,overdue\nPhòng Tư Pháp,x\n",
        ])
        content.files["periods/2023-06/ghi-chu.txt"] = Array("…".utf8)
        #expect(content.check().report == """
            content/periods/2023-06/a.csv:2:15: error: cột «overdue» cần số nguyên (số hồ sơ), gặp «x»
                sửa: ghi số nguyên như 1234 hoặc 1.234; để trống (hoặc ghi -) khi không có số liệu
            content/periods/2023-06/b.csv:2:1: warning: Phòng Tư pháp: online_rate ghi 50,00 % nhưng tính từ số hồ sơ được 25,00 %; dùng số tính từ số hồ sơ
                sửa: kiểm tra lại tỷ lệ; nếu số hồ sơ đúng, có thể xóa cột tỷ lệ
            content/periods/2023-06/ghi-chu.txt:1:1: warning: tệp «ghi-chu.txt» không được dùng
                sửa: xóa tệp hoặc chuyển nó ra khỏi thư mục content/
            1 error, 2 warnings in 3 files

            """)
    }

    @Test("Text from a cell prints on one line, without control characters, cut when long")
    func hostileText() {
        var content = TestContent(units: "id,name,kind\ntu-phap,Phòng Tư pháp,phong\n")
        let name = "\u{1B}[31mXã\u{202E} Lạ\r\n" + String(repeating: "x", count: 10_000)
        content.period("2023-06", files: ["data.csv": "unit,overdue\n\"\(name)\",1\n"])
        let report = content.check().report
        #expect(report.split(separator: "\n").count == 3, "the diagnostic, its fix, the summary")
        #expect(!report.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x0D })
        #expect(report.hasPrefix("content/periods/2023-06/data.csv:2:1: error: đơn vị «[31mXã Lạ " + String(repeating: "x", count: 72) + "…» không có trong units.csv\n"))
    }

    @Test("Summary lines", arguments: [
        (0, 0, "no errors, no warnings in 6 files checked"),
        (3, 1, "3 errors, 1 warning in 1 file"),
        (1, 2, "1 error, 2 warnings in 1 file"),
    ])
    func summary(errors: Int, warnings: Int, expected: String) {
        let place = SourceLocation(file: "content/units.csv", line: 1, column: 1)
        let diagnostics = Array(repeating: Diagnostic(FileProblem.noDataset, at: place), count: errors)
            + Array(repeating: Diagnostic(FileProblem.ignoredFile(name: "x"), at: place), count: warnings)
        #expect(DiagnosticReport.summary(diagnostics, filesChecked: 6) == expected)
    }
}
