import Testing
@testable import ChiSo

/// Seed 004's Hương Trà table as the period before the 2025 reform, with an illustrative merger (not
/// the real one): Xã Bình Tiến, Xã Bình Thành and Xã Hương Bình into Xã Bình Điền, and Phường
/// Hương Hồ renamed Phường Kim Trà; then a quarter after it.
enum MergedHuongTra {
    static let merged: [String: String] = [
        "binh-tien": "binh-dien", "binh-thanh": "binh-dien", "huong-binh": "binh-dien", "huong-ho": "kim-tra",
    ]

    static var content: TestContent {
        var content = Fixture.huongTra
        var lines = Fixture.text("huong-tra-units.csv").split(separator: "\n").map(String.init)
        for (index, line) in lines.enumerated() {
            let id = String(line.prefix { $0 != "," })
            if let successor = merged[id] { lines[index] = String(line.dropLast(3)) + ",,2025-06-30," + successor }
        }
        lines += ["binh-dien,Xã Bình Điền,xa,,2025-07-01,,", "kim-tra,Phường Kim Trà,phuong,,2025-07-01,,"]
        content.files["units.csv"] = Array((lines.joined(separator: "\n") + "\n").utf8)
        content.period("2025-q3", start: "2025-07-01", end: "2025-09-30", kind: "custom", label: "Quý III/2025", files: [
            "data.csv": """
                unit,resolved_on_time,resolved_late,pending_on_time,pending_overdue
                Xã Bình Điền,300,10,5,1
                Phường Kim Trà,200,2,3,0
                Phường Tứ Hạ,700,40,4,3

                """
        ])
        return content
    }

    static func report() throws -> Report {
        let result = content.check()
        #expect(result.errors.map(\.description) == [])
        return try ReportBuilder.build(try #require(result.dataset))
    }
}

@Suite("Merged units: lineage, combined history, changes, ranks across the reform")
struct MergeTests {
    @Test("N → 1: the new commune's period before it existed sums its three parts' counts, from the seed's rows")
    func threeIntoOne() throws {
        let report = try MergedHuongTra.report()
        let before = try #require(report.periods.first)
        let combined = try #require(before.combined["binh-dien"])
        #expect(combined.parts == ["binh-tien", "binh-thanh", "huong-binh"])
        #expect(combined.missing == [])
        // Seed 004: on time 132 + 91 + 96 of resolved 137 + 93 + 108; late 5 + 2 + 12, overdue pending 0 + 1 + 0.
        #expect(combined.values[.onTimeRate] == IndicatorValue(Ratio(31_900, over: 338)))
        #expect(combined.values[.overdue] == IndicatorValue(Ratio(20, over: 1)))
        #expect(before.values["binh-dien"] == nil)
        #expect(before.ranking(.onTimeRate, in: "cap-xa")?.entry(for: "binh-dien") == nil)
        #expect(report.lineage.predecessors["binh-dien"] == ["binh-tien", "binh-thanh", "huong-binh"])
    }

    @Test("1 → 1: a renamed ward's earlier period is its predecessor's, value for value, but for a rate the seed gives without its counts")
    func rename() throws {
        let report = try MergedHuongTra.report()
        let before = try #require(report.periods.first)
        let own = try #require(before.values["huong-ho"])
        let combined = try #require(before.combined["kim-tra"])
        #expect(combined.parts == ["huong-ho"])
        for indicator in [Indicator.onTimeRate, .overdue, .overdueRate] {
            #expect(combined.values[indicator] == own[indicator])
        }
        // Seed 004's digitisation table gives 88,29 % beside counts it is not computed from here.
        #expect(own[.digitizationRate] == IndicatorValue(Ratio(8_829, over: 100), source: .reported))
        #expect(combined.values[.digitizationRate] == nil)
    }

    @Test("Ranks k/n on both sides of the reform: n counts the units with a value; a new unit is new, a renamed one keeps its place")
    func ranksAcrossTheReform() throws {
        let report = try MergedHuongTra.report()
        let before = try #require(report.periods.first?.ranking(.onTimeRate, in: "cap-xa"))
        let after = try #require(report.periods.last?.ranking(.onTimeRate, in: "cap-xa"))
        #expect(before.ranked == 15)
        #expect(after.ranked == 3)
        #expect(after.entries.compactMap { $0.rank == nil ? nil : $0.unitID } == ["kim-tra", "binh-dien", "tu-ha"])
        #expect(after.entry(for: "binh-dien")?.movement == .new)
        // Phường Hương Hồ, renamed, was behind Tứ Hạ among the two units ranked both times; now first.
        #expect(after.entry(for: "kim-tra")?.movement == .up(1))
        #expect(after.entry(for: "kim-tra")?.previous == Place(rank: 11, isShared: false))
        #expect(after.entry(for: "binh-tien") == nil)
        // Tứ Hạ, second of 15, is passed by Kim Trà; the new Bình Điền, ranked above it, passed no one.
        #expect(before.entry(for: "tu-ha")?.rank == 2)
        #expect(after.entry(for: "tu-ha")?.movement == .down(1))
    }

    @Test("A place gained only because units above left the ranking is no move")
    func leaversLiftNobody() throws {
        var content = TestContent(units: """
            id,name,kind,aliases,from,until,successor
            x,Xã X,xa,,,,
            y,Xã Y,xa,,,2025-06-30,
            w,Xã W,xa,,,,
            v,Xã V,xa,,,,

            """)
        let header = "unit,received_online,received_direct\n"
        content.period("2025-06", start: "2025-06-01", end: "2025-06-30", label: "Tháng 6/2025", files: [
            "data.csv": header + "Xã Y,10,0\nXã X,8,2\nXã W,5,5\nXã V,1,9\n"
        ])
        content.period("2025-07", start: "2025-07-01", end: "2025-07-31", label: "Tháng 7/2025", files: [
            "data.csv": header + "Xã X,7,3\nXã W,6,4\nXã V,9,1\n"
        ])
        let report = try ReportBuilder.build(try #require(content.check().dataset))
        let july = try #require(report.periods.last?.ranking(.onlineRate, in: "cap-xa"))
        let moves = Dictionary(uniqueKeysWithValues: july.entries.map { ($0.unitID, $0.movement) })
        #expect(moves == ["v": .up(2), "x": .down(1), "w": .down(1)])
        #expect(july.entry(for: "x")?.previous == Place(rank: 2, isShared: false))
    }

    @Test("The first period after the reform knows what changed: one merger of three, one rename, from 01/07/2025")
    func changes() throws {
        let report = try MergedHuongTra.report()
        #expect(report.periods.first?.changes == nil)
        let changes = try #require(report.periods.last?.changes)
        #expect(changes.since == Day(year: 2025, month: 7, day: 1))
        #expect(changes.formed == [
            UnitChanges.Formation(unit: "binh-dien", parts: ["binh-tien", "binh-thanh", "huong-binh"]),
            UnitChanges.Formation(unit: "kim-tra", parts: ["huong-ho"]),
        ])
        #expect(changes.absorbed == [])
        #expect(changes.ended == [])
        #expect(changes.started == [])
    }

    @Test("A → B → C: each earlier period combines the predecessor that existed then; a part that did not report is named")
    func chain() throws {
        var content = TestContent(units: """
            id,name,kind,aliases,from,until,successor
            a,Xã A,xa,,,2025-05-31,b
            b,Xã B,xa,,2025-06-01,2025-06-30,c
            z,Xã Z,xa,,,2025-06-30,c
            c,Xã C,xa,,2025-07-01,,
            p,Phòng Tư pháp,phong,,,2025-06-30,

            """)
        let header = "unit,resolved_on_time,resolved_late\n"
        content.period("2025-05", start: "2025-05-01", end: "2025-05-31", label: "Tháng 5/2025", files: ["data.csv": header + "Xã A,9,1\nXã Z,5,5\nPhòng Tư pháp,1,0\n"])
        content.period("2025-06", start: "2025-06-01", end: "2025-06-30", label: "Tháng 6/2025", files: ["data.csv": header + "Xã B,3,1\nPhòng Tư pháp,1,0\n"])
        content.period("2025-07", start: "2025-07-01", end: "2025-07-31", label: "Tháng 7/2025", files: ["data.csv": header + "Xã C,7,3\n"])
        let result = content.check()
        #expect(result.errors.map(\.description) == [])
        let report = try ReportBuilder.build(try #require(result.dataset))
        #expect(report.lineage.predecessors == ["b": ["a"], "c": ["a", "b", "z"]])
        #expect(report.lineage.direct == ["b": ["a"], "c": ["b", "z"]])
        let may = report.periods[0].combined["c"]
        #expect(may?.parts == ["a", "z"])
        #expect(may?.values[.onTimeRate] == IndicatorValue(Ratio(1_400, over: 20)))
        #expect(report.periods[0].combined["b"]?.parts == ["a"])
        let june = report.periods[1].combined["c"]
        #expect(june?.parts == ["b"])
        #expect(june?.missing == ["z"])
        #expect(june?.values[.onTimeRate] == IndicatorValue(Ratio(300, over: 4)))
        #expect(report.periods[2].combined.isEmpty)
        let july = try #require(report.periods[2].changes)
        #expect(july.formed == [UnitChanges.Formation(unit: "c", parts: ["b", "z"])])
        #expect(july.ended == ["p"])
        #expect(report.periods[1].changes?.formed == [UnitChanges.Formation(unit: "b", parts: ["a"])])
    }

    @Test("A rate a part reported without its counts is not combined; counts one part lacks are not summed")
    func reportedRatesStayApart() {
        var counted = Record()
        counted[.receivedOnline] = 30
        counted[.received] = 40
        counted[.overdue] = 2
        var ratesOnly = Record()
        ratesOnly.rates[.onlineRate] = Ratio(80, over: 1)
        ratesOnly[.overdue] = 3
        let combined = CombinedValues.combine([("a", counted), ("b", ratesOnly)], missing: [], days: 30)
        #expect(combined?.values[.onlineRate] == nil)
        #expect(combined?.values[.overdue] == IndicatorValue(Ratio(5, over: 1)))
        #expect(combined?.values[.intakePerDay] == nil)
        #expect(CombinedValues.combine([], missing: ["a"], days: 30) == nil)
    }
}
