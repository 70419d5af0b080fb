import Testing
@testable import ChiSo

/// The seeds' tables, computed: the numbers leadership ranks units by.
@Suite("Indicators and rankings on the seeds' numbers")
struct SeedComputeTests {
    static func report(_ content: TestContent) throws -> Report {
        try ReportBuilder.build(try #require(content.check().dataset))
    }

    @Test("Hương Trà: district on-time rate 4184 / 4484 and 360 overdue, from the summed counts")
    func huongTraDistrict() throws {
        let period = try #require(try Self.report(Fixture.huongTra).periods.first)
        #expect(period.total[.onTimeRate] == IndicatorValue(Ratio(418_400, over: 4484)))
        #expect(period.total[.overdue] == IndicatorValue(Ratio(360, over: 1)))
        #expect(period.total[.overdueRate] == IndicatorValue(Ratio(36_000, over: 4595)))
        #expect(period.total[.digitizationRate] == IndicatorValue(Ratio(713, over: 10), source: .reported))
        #expect(period.total[.onlineRate] == nil)
    }

    @Test("Hương Trà: the 15 wards and communes ranked on on-time rate")
    func huongTraOnTime() throws {
        let ranking = try #require(try Self.report(Fixture.huongTra).periods.first?.ranking(.onTimeRate, in: "cap-xa"))
        #expect(ranking.entries.map(\.unitID) == [
            "huong-tho", "tu-ha", "binh-thanh", "huong-vinh", "huong-phong", "huong-xuan", "binh-tien", "huong-van-2",
            "huong-toan", "huong-chu", "huong-ho", "huong-binh", "huong-van", "huong-an", "hai-duong",
        ])
        #expect(ranking.entries.map(\.rank) == Array(1...15))
        #expect(ranking.ranked == 15)
        #expect(ranking.entry(for: "huong-ho")?.value == IndicatorValue(Ratio(18_800, over: 205)))
    }

    @Test("Hương Trà: ranked on overdue, lower is better, with the table's ties (18, 18 and 21, 21)")
    func huongTraOverdue() throws {
        let ranking = try #require(try Self.report(Fixture.huongTra).periods.first?.ranking(.overdue, in: "cap-xa"))
        let ranks = Dictionary(uniqueKeysWithValues: ranking.entries.map { ($0.unitID, $0.rank!) })
        #expect(ranks == [
            "binh-thanh": 1, "binh-tien": 2, "huong-tho": 3, "huong-van-2": 4, "huong-binh": 5, "huong-toan": 6, "huong-vinh": 7,
            "tu-ha": 8, "huong-phong": 8, "huong-chu": 10, "huong-xuan": 10, "huong-van": 12, "huong-ho": 13, "huong-an": 14, "hai-duong": 15,
        ])
        #expect(ranking.entries[7...8].map(\.unitID) == ["tu-ha", "huong-phong"], "ties by name: Phường Tứ Hạ, then Xã Hương Phong")
    }

    @Test("Vĩnh Linh: ranks on the online rate among the 18 communes and towns")
    func vinhLinhOnline() throws {
        let ranking = try #require(try Self.report(Fixture.vinhLinh).periods.first?.ranking(.onlineRate, in: "cap-xa"))
        #expect(ranking.entries.map(\.unitID) == [
            "ho-xa", "vinh-thai", "vinh-giang", "ben-quan", "vinh-tu", "vinh-chap", "vinh-lam", "kim-thach", "cua-tung",
            "hien-thanh", "vinh-hoa", "trung-nam", "vinh-son", "vinh-long", "vinh-thuy", "vinh-khe", "vinh-ha", "vinh-o",
        ])
        #expect(ranking.ranked == 18)
        #expect(ranking.entries.allSatisfy { $0.value?.source == .reported })
    }

    @Test("Vĩnh Linh: online payment, where only four units have a value: k of 4, the rest unranked")
    func vinhLinhPayment() throws {
        let period = try #require(try Self.report(Fixture.vinhLinh).periods.first)
        let ranking = try #require(period.ranking(.onlinePaymentRate, in: "cap-xa"))
        #expect(ranking.ranked == 4)
        #expect(ranking.entries.prefix(4).map(\.unitID) == ["ho-xa", "vinh-hoa", "ben-quan", "trung-nam"])
        #expect(ranking.entries.prefix(4).map(\.rank) == [1, 2, 3, 4])
        #expect(ranking.entries.dropFirst(4).allSatisfy { $0.rank == nil && $0.value == nil && $0.movement == nil })
        #expect(ranking.entries.count == 18)
        #expect(period.total[.onlinePaymentRate] == IndicatorValue(Ratio(75, over: 10), source: .reported))
        #expect(period.total[.overdue] == IndicatorValue(Ratio(28, over: 1)))
    }
}
