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
        ])
    func fill(template: String, values: [String: String], expected: String) {
        #expect(Placeholders.fill(template, values) == expected)
    }
}
