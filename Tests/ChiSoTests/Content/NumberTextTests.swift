import Testing
@testable import ChiSo

@Suite("Numbers in cells")
struct NumberTextTests {
    @Test("Counts: thousand groups of three, blanks, and what is refused", arguments: [
        ("1234", NumberText.Parsed<Int>.value(1234)),
        ("1.234", .value(1234)),
        ("1 234", .value(1234)),
        ("1\u{00A0}234", .value(1234)),
        ("1\u{202F}234", .value(1234)),
        ("12.345.678", .value(12_345_678)),
        (" 42 ", .value(42)),
        ("<b>28</b>", .value(28)),
        ("0", .value(0)),
        ("-5", .value(-5)),
        ("", .blank),
        ("-", .blank),
        ("—", .blank),
        ("–", .blank),
        ("1.23", .invalid),
        ("12.3456", .invalid),
        ("1,234", .invalid),
        ("12,5", .invalid),
        ("abc", .invalid),
        ("1 23", .invalid),
        (".123", .invalid),
        ("99999999999999999999", .tooLarge),
        ("999.999.999.999", .value(999_999_999_999)),
        ("1.000.000.000.000", .tooLarge),
        ("1000000000000", .tooLarge),
        ("1.000.000.000.00", .invalid),
        ("#DIV/0!", .spreadsheetError),
        (" #N/A ", .spreadsheetError),
        ("#VALUE!", .spreadsheetError),
        ("Err:502", .spreadsheetError),
        ("#N/", .invalid),
        ("Err:", .invalid),
    ])
    func count(text: String, expected: NumberText.Parsed<Int>) {
        #expect(NumberText.count(Array(text.utf8)[...]) == expected)
    }

    @Test("Rates: decimal comma or point, a % sign, exact values", arguments: [
        ("98,8", NumberText.Parsed<Ratio>.value(Ratio(988, over: 10))),
        ("98.8", .value(Ratio(988, over: 10))),
        ("98,8 %", .value(Ratio(988, over: 10))),
        ("98,8%", .value(Ratio(988, over: 10))),
        ("100", .value(Ratio(100, over: 1))),
        ("0,1", .value(Ratio(1, over: 10))),
        ("84,44", .value(Ratio(8444, over: 100))),
        ("<b>7,5</b>", .value(Ratio(75, over: 10))),
        ("", .blank),
        ("-", .blank),
        ("—", .blank),
        ("98,", .invalid),
        (",5", .invalid),
        ("9,8,1", .invalid),
        ("cao", .invalid),
        ("1000000", .tooLarge),
        ("99999999999999999999,5", .tooLarge),
        ("#DIV/0!", .spreadsheetError),
        ("#REF!", .spreadsheetError),
        ("0,0000000001", .invalid),
    ])
    func rate(text: String, expected: NumberText.Parsed<Ratio>) {
        #expect(NumberText.rate(Array(text.utf8)[...]) == expected)
    }
}
