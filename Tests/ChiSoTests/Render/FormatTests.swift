import Testing
@testable import ChiSo

@Suite("Vietnamese number and date display")
struct FormatTests {
    @Test(
        "Rounding is half away from zero, decided from the integers",
        arguments: [
            (Ratio(4500, over: 160), 2, "28,13"),
            (Ratio(2300, over: 160), 2, "14,38"),
            (Ratio(418_400, over: 4484), 2, "93,31"),
            (Ratio(100, over: 3), 2, "33,33"),
            (Ratio(200, over: 3), 1, "66,7"),
            (Ratio(5, over: 2), 0, "3"),
            (Ratio(0, over: 7), 2, "0,00"),
            (Ratio(100, over: 1), 1, "100,0"),
            (Ratio(1_234_567, over: 1), 0, "1.234.567"),
            (Ratio(123_456_789, over: 100), 2, "1.234.567,89"),
            (Ratio(999_999_999_999 * 100, over: 1), 0, "99.999.999.999.900"),
        ])
    func rounding(value: Ratio, digits: Int, shown: String) {
        #expect(DisplayNumber.text(value, digits: digits) == shown)
    }

    @Test("Changes are the difference of the values as shown, with a sign")
    func changes() {
        let before = DisplayValue.rounded(Ratio(912, over: 10), of: .onTimeRate)
        let after = DisplayValue.rounded(Ratio(2300, over: 160), of: .onTimeRate)
        #expect(DisplayNumber.text(after.minus(before), signed: true) == "−76,82")
        #expect(DisplayNumber.text(before.minus(after), signed: true) == "+76,82")
        #expect(DisplayNumber.text(before.minus(before), signed: true) == "0,00")
        #expect(DisplayValue.change(Rounded(scaled: 380, digits: 2), of: .onlineRate, points: "điểm %") == "+3,80\u{00A0}điểm %")
        #expect(DisplayValue.change(Rounded(scaled: -12, digits: 0), of: .overdue, points: "điểm %") == "−12")
    }

    @Test("Values carry their unit: percent with a no-break space, counts grouped")
    func values() {
        #expect(DisplayValue.text(Ratio(8444, over: 100), of: .onTimeRate) == "84,44\u{00A0}%")
        #expect(DisplayValue.text(Ratio(4595, over: 1), of: .overdue) == "4.595")
        #expect(DisplayValue.text(Ratio(4595, over: 92), of: .intakePerDay) == "49,95")
        #expect(DisplayNumber.percent(Ratio(844, over: 10), digits: 1) == "84,4\u{00A0}%")
        #expect(DisplayNumber.count(-1200) == "−1.200")
        #expect(DisplayValue.threshold(Ratio(70, over: 1), of: .onlineRate) == "70\u{00A0}%")
        #expect(DisplayValue.threshold(Ratio(925, over: 10), of: .onlineRate) == "92,5\u{00A0}%")
        #expect(DisplayValue.threshold(Ratio(3, over: 1), of: .overdue) == "3")
    }

    @Test("Dates are dd/mm/yyyy")
    func dates() throws {
        #expect(DisplayDate.text(try #require(Day(year: 2023, month: 6, day: 5))) == "05/06/2023")
        #expect(DisplayDate.text(try #require(Day(parsing: "14/12/2022"))) == "14/12/2022")
    }
}
