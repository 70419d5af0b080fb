import Testing
@testable import ChiSo

@Suite("Model values")
struct ModelTests {
    @Test("Days from ISO and Vietnamese order; impossible dates refused", arguments: [
        ("2023-06-14", Day(year: 2023, month: 6, day: 14)),
        ("14/06/2023", Day(year: 2023, month: 6, day: 14)),
        ("5/6/2023", Day(year: 2023, month: 6, day: 5)),
        ("29/02/2024", Day(year: 2024, month: 2, day: 29)),
        ("29/02/2023", nil),
        ("2023-6-14", nil),
        ("14.06.2023", nil),
        ("", nil),
    ])
    func day(text: String, expected: Day?) {
        #expect(Day(parsing: text) == expected)
    }

    @Test("Counting days and weekdays")
    func dayArithmetic() throws {
        let start = try #require(Day(year: 2022, month: 12, day: 15))
        let end = try #require(Day(year: 2023, month: 6, day: 14))
        #expect(start.daysThrough(end) == 182)
        #expect(Day(year: 2026, month: 11, day: 21)?.isoWeekday == 6)
    }

    @Test("Slugs: the rule and a suggestion", arguments: [
        ("huong-toan", true), ("2023-06", true), ("a", true), ("-a", false), ("Huong", false), ("hương", false), ("a_b", false), ("", false),
    ])
    func slug(text: String, valid: Bool) {
        #expect(Slug.isValid(text) == valid)
    }

    @Test("Slug suggestions drop diacritics, đ included")
    func slugSuggestion() {
        #expect(Slug.suggest(for: "Xã Hương Toàn") == "xa-huong-toan")
        #expect(Slug.suggest(for: "Đông Đô") == "dong-do")
    }

    @Test("Ratios compare exactly: 1/3 and 2/6 are tied; 14.375 is not 14.37499…")
    func ratios() {
        #expect(Ratio(1, over: 3) == Ratio(2, over: 6))
        #expect(Set([Ratio(1, over: 3), Ratio(2, over: 6)]).count == 1)
        #expect(Ratio(2300, over: 160) == Ratio(14375, over: 1000))
        #expect(Ratio(1, over: 3) < Ratio(333_333_334, over: 1_000_000_000))
    }

    @Test("Old and new tone placement give one key", arguments: [
        ("Xã Minh Hoà", "Xã Minh Hòa"), ("Tỷ lệ số hoá", "Tỷ lệ số hóa"), ("Phòng Thuỷ lợi", "Phòng Thủy lợi"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"), ("khoẻ", "khỏe"), ("HOÀ", "hòa"),
    ])
    func tonePlacement(newStyle: String, oldStyle: String) {
        #expect(NameKey.make(newStyle) == NameKey.make(oldStyle))
    }

    @Test("Names compare with diacritics; the suggestion key drops them")
    func nameKeys() {
        #expect(NameKey.make("  Phường\u{00A0}Hương   Vân ") == "phường hương vân")
        #expect(NameKey.make("Hương Vân") != NameKey.make("Hương Văn"))
        #expect(NameKey.foldingDiacritics("Xã Đông Hòa") == "xa dong hoa")
    }
}

@Suite("Storage of counts")
struct RecordStorageTests {
    @Test("Each field's index is its position in allCases")
    func fieldIndexes() {
        #expect(Field.allCases.map(\.index) == Array(0..<Field.allCases.count))
    }

    @Test("A record tells a value, a zero and no value apart")
    func record() {
        var record = Record()
        record[.overdue] = 0
        record[.received] = 12
        #expect(record[.overdue] == 0)
        #expect(record[.received] == 12)
        #expect(record[.total] == nil)
        record[.received] = nil
        #expect(record[.received] == nil)
    }
}

@Suite("The indicator catalogue")
struct IndicatorTests {
    @Test("Every percentage has a formula; a count and intake per day have none")
    func formulas() {
        for indicator in Indicator.allCases {
            #expect((indicator.formula != nil) == indicator.isPercentage, "\(indicator)")
        }
        #expect(Indicator.reportable.allSatisfy { $0.isPercentage })
    }

    @Test("Direction: late dossiers are better low, intake per day is not ranked")
    func directions() {
        #expect(Indicator.overdue.better == .lower)
        #expect(Indicator.overdueRate.better == .lower)
        #expect(Indicator.intakePerDay.better == nil)
        #expect(Indicator.allCases.filter { $0.better == .higher }.count == 9)
    }
}
