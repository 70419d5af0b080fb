import Foundation
import Testing
@testable import ChiSo

private let units = """
    id,name,kind,aliases,from,until,successor
    an,Xã An,xa,,,,
    ang,Xã Ăng,xa,,,,
    dong,Xã Đông,xa,,,,
    dao,Xã Dao,xa,,,,
    moi,Xã Mới,xa,,2023-06-15,,
    tu-phap,Phòng Tư pháp,phong,,,,
    """

private let site = TestContent.site + """

    [targets]
    online_rate = 70
    overdue = 2
    """

/// Two monthly periods; `rows` per period as `unit,received_online,received_direct,resolved_on_time,resolved_late,
/// pending_on_time,pending_overdue,apologies`. Withdrawn dossiers are not reported (an empty column), so the dossiers
/// received need not all be resolved or pending.
private func report(_ june: String, _ july: String) throws -> Report {
    var content = TestContent(site: site, units: units)
    let header = "unit,received_online,received_direct,resolved_on_time,resolved_late,pending_on_time,pending_overdue,apologies,withdrawn\n"
    content.period("2023-06", start: "2023-05-15", end: "2023-06-14", files: ["data.csv": header + june])
    content.period("2023-07", start: "2023-06-15", end: "2023-07-14", label: "Tháng 7/2023", files: ["data.csv": header + july])
    let result = content.check()
    #expect(result.lines == [])
    return try ReportBuilder.build(try #require(result.dataset))
}

@Suite("Rankings over time, targets, attention, trends")
struct ComputeTests {
    @Test("Movement against the previous period of the same kind: up, down, same, new")
    func movement() throws {
        let report = try report(
            "Xã An,9,1,10,0,0,0,0\nXã Ăng,5,5,10,0,0,0,0\nXã Đông,1,9,10,0,0,0,0\n",
            "Xã An,5,5,10,0,0,0,0\nXã Ăng,9,1,10,0,0,0,0\nXã Đông,1,9,10,0,0,0,0\nXã Dao,7,3,10,0,0,0,0\nXã Mới,8,2,10,0,0,0,0\n")
        let july = try #require(report.periods.last?.ranking(.onlineRate, in: "cap-xa"))
        let moves = Dictionary(uniqueKeysWithValues: july.entries.map { ($0.unitID, $0.movement) })
        // Among the units ranked both times, Xã Ăng passed Xã An; Dao and Mới, ranked first now, passed no one.
        #expect(moves == ["ang": .up(1), "moi": .new, "dao": .new, "an": .down(1), "dong": .same])
        let june = try #require(report.periods.first?.ranking(.onlineRate, in: "cap-xa"))
        #expect(june.entries.map(\.unitID) == ["an", "ang", "dong", "dao"])
        #expect(june.entries.last?.rank == nil)
        #expect(june.entries.prefix(3).allSatisfy { $0.movement == .new })
    }

    @Test("A unit that does not exist yet is neither ranked nor listed; in its trend it is a gap")
    func spans() throws {
        let report = try report("Xã An,1,1,1,0,0,0,0\n", "Xã An,1,1,1,0,0,0,0\nXã Mới,1,3,1,0,0,0,0\n")
        #expect(report.periods[0].ranking(.onlineRate, in: "cap-xa")?.entry(for: "moi") == nil)
        #expect(report.periods[1].ranking(.onlineRate, in: "cap-xa")?.entry(for: "an")?.movement == .same)
        #expect(report.trend(.onlineRate, of: "moi", kind: .month) == [
            TrendPoint(periodID: "2023-06", value: nil), TrendPoint(periodID: "2023-07", value: IndicatorValue(Ratio(100, over: 4))),
        ])
        #expect(report.trend(.onlineRate, of: nil, kind: .month).map(\.value) == [
            IndicatorValue(Ratio(100, over: 2)), IndicatorValue(Ratio(200, over: 6)),
        ])
        #expect(report.trend(.onlineRate, of: "an", kind: .halfYear) == [])
    }

    @Test("Ties share a rank and the next rank skips (1, 2, 2, 4); 1/3 and 2/6 are tied")
    func ties() throws {
        let report = try report("Xã An,1,2,1,0,0,0,0\nXã Ăng,2,4,1,0,0,0,0\nXã Đông,9,1,1,0,0,0,0\nXã Dao,0,5,1,0,0,0,0\n", "")
        let ranking = try #require(report.periods.first?.ranking(.onlineRate, in: "cap-xa"))
        #expect(ranking.entries.map(\.unitID) == ["dong", "an", "ang", "dao"])
        #expect(ranking.entries.map(\.rank) == [1, 2, 2, 4])
    }

    @Test("Names sort the Vietnamese way: A, Ă, D, Đ")
    func collation() {
        let index = UnitIndex([
            Unit(id: "dong", name: "Xã Đông", kind: .xa), Unit(id: "ang", name: "Xã Ăng", kind: .xa),
            Unit(id: "dao", name: "Xã Dao", kind: .xa), Unit(id: "an", name: "Xã An", kind: .xa),
        ])
        #expect(index.unitsInNameOrder.map(\.id) == ["an", "ang", "dao", "dong"])
        #expect(index.nameRanks == [3, 1, 2, 0], "by number (register order): Đông, Ăng, Dao, An")
        #expect(index.number(of: "dao") == 2 && index.nameRank(of: "dao") == 2 && index.number(of: "khong-co") == nil)
    }

    @Test("A register sorted in shares on several cores is in the order of one sort", arguments: [1, 130, 1000])
    func collationInShares(count: Int) {
        var random = SeededGenerator(seed: UInt64(count))
        let words = ["An", "Ăng", "Âu", "Bình", "Dao", "Đông", "Êm", "Ơn", "Ưng", "Yên", "Hòa", "Hoà", "Thủy", "Thuỷ", "Ân"]
        let units = (0..<count).map { number in
            let name = "Xã " + (0..<3).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            return Unit(id: "u\(number)", name: name, kind: .xa)
        }
        let vietnamese = Locale(identifier: "vi")
        let once = units.indices.sorted { a, b in
            let order = units[a].name.compare(units[b].name, options: [], range: nil, locale: vietnamese)
            return order == .orderedSame ? units[a].id < units[b].id : order == .orderedAscending
        }
        let index = UnitIndex(units)
        #expect(index.inNameOrder == once)
        #expect(index.inNameOrder.enumerated().allSatisfy { place, number in index.nameRanks[number] == place })
    }

    @Test("Targets: how many units meet each, and the attention list ordered by shortfall")
    func targetsAndAttention() throws {
        let report = try report(
            "Xã An,8,2,5,3,0,1,4\nXã Ăng,5,5,5,1,0,0,1\nXã Đông,6,4,5,0,0,0,0\nPhòng Tư pháp,1,9,5,0,2,0,0\n", "")
        let june = try #require(report.periods.first)
        #expect(june.targets.map { "\($0.target.indicator.rawValue) \($0.meeting)/\($0.withValue)" } == ["overdue 3/4", "online_rate 1/4"])
        #expect(june.attention.map(\.unitID) == ["an", "ang", "tu-phap", "ang", "dong", "an"])
        let online = Target(indicator: .onlineRate, threshold: Ratio(70, over: 1))
        #expect(june.attention.map(\.reason) == [
            .late(4), .late(1),
            .missedTarget(online, value: Ratio(100, over: 10)), .missedTarget(online, value: Ratio(500, over: 10)),
            .missedTarget(online, value: Ratio(600, over: 10)),
            .missedTarget(Target(indicator: .overdue, threshold: Ratio(2, over: 1)), value: Ratio(4, over: 1)),
        ])
        let units = june.attention.byUnit
        #expect(units.map(\.unitID) == ["an", "ang", "tu-phap", "dong"], "a unit once, in the order of its first reason")
        #expect(units.map { $0.reasons } == [[june.attention[0], june.attention[5]], [june.attention[1], june.attention[3]], [june.attention[2]], [june.attention[4]]])
    }

    @Test("Intake per day divides by calendar or working days")
    func days() throws {
        let period = Period(id: "p", label: "p", start: Day(year: 2026, month: 11, day: 2)!, end: Day(year: 2026, month: 11, day: 15)!, kind: .custom)
        #expect(PeriodDays.count(period, .calendar) == 14)
        #expect(PeriodDays.count(period, .working) == 10)
        var record = Record()
        record[.received] = 21
        #expect(IndicatorCalculator.value(.intakePerDay, of: record, days: 10) == IndicatorValue(Ratio(21, over: 10)))
        #expect(IndicatorCalculator.value(.intakePerDay, of: record, days: 0) == nil)
    }

    @Test("No value where the denominator is 0 or a term is missing, never 0")
    func noValue() {
        var record = Record()
        record[.receivedOnline] = 0
        record[.received] = 0
        record[.resolvedOnTime] = 3
        #expect(IndicatorCalculator.value(.onlineRate, of: record, days: 30) == nil)
        #expect(IndicatorCalculator.value(.onTimeRate, of: record, days: 30) == nil)
        record.rates[.onTimeRate] = Ratio(95, over: 1)
        #expect(IndicatorCalculator.value(.onTimeRate, of: record, days: 30) == IndicatorValue(Ratio(95, over: 1), source: .reported))
        record[.resolved] = 4
        #expect(IndicatorCalculator.value(.onTimeRate, of: record, days: 30) == IndicatorValue(Ratio(300, over: 4)))
    }

    @Test("A rate over 100 or a negative count that slipped past validation stops the build, naming period, unit and indicator")
    func impossibleValues() throws {
        let period = Period(id: "2023-06", label: "Tháng 6/2023", start: Day(year: 2023, month: 5, day: 15)!, end: Day(year: 2023, month: 6, day: 14)!, kind: .month)
        var over = Record()
        over[.received] = 50
        over[.receivedOnline] = 60
        var negative = Record()
        negative[.resolvedOnTime] = -2
        let units = [Unit(id: "an", name: "Xã An", kind: .xa), Unit(id: "ang", name: "Xã Ăng", kind: .xa)]
        func build(_ records: [String: Record]) -> ImpossibleValue? {
            let dataset = Dataset(site: Site(title: "t", authority: "a"), units: units, periods: [PeriodData(period: period, records: records)], pages: [])
            do {
                _ = try ReportBuilder.build(dataset)
                return nil
            } catch {
                return error
            }
        }
        #expect(build(["an": over]) == ImpossibleValue(period: "2023-06", unit: "an", key: "online_rate", value: "120.0"))
        #expect(build(["ang": over, "an": negative]) == ImpossibleValue(period: "2023-06", unit: "an", key: "resolved_on_time", value: "-2"))
        #expect(build(["an": Record()]) == nil)
        #expect("\(ImpossibleValue(period: "2023-06", unit: nil, key: "overdue", value: "-1"))".hasPrefix("kỳ «2023-06», dòng tổng: overdue = -1 là số không thể có"))
    }
}
