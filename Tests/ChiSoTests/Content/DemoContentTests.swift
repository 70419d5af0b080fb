import Foundation
import Testing
@testable import ChiSo

/// The demo district in `content/`, as `make site` reads it.
@Suite("The demo content")
struct DemoContentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content").path

    @Test("chiso check finds nothing to report")
    func clean() throws {
        let result = try Check.run(content: DemoContentTests.root)
        #expect(result.lines == [])
        let dataset = try #require(result.dataset)
        #expect(dataset.units.count == 27)
        #expect(Set(dataset.units.map(\.kind)) == [.xa, .phuong, .thiTran, .phong, .coQuan])
        #expect(dataset.periods.count { $0.period.kind == .month } == 13)
        #expect(dataset.periods.count { $0.period.kind == .halfYear } == 2)
        #expect(dataset.site.title.contains("minh họa"))
    }

    @Test("The official form of 2024-06 is read by group › label, with its dot thousands")
    func officialForm() throws {
        let dataset = try #require(try Check.run(content: DemoContentTests.root).dataset)
        let branch = try #require(dataset.record("van-phong-dang-ky-dat-dai", in: "2024-06"))
        #expect(branch[.total] == 1224)
        #expect(branch[.carriedOver] == 350)
        #expect(branch[.receivedOnline] == 427)
        #expect(branch[.receivedDirect] == 447)
        #expect(branch[.resolved] == 950)
        #expect(branch[.resolvedEarly] == 105)
        #expect(branch[.resolvedLate] == 45)
        #expect(branch[.pendingOverdue] == 25)
        #expect(branch[.received] == 874)
        #expect(branch[.digitized] != nil)
    }

    @Test("The merged commune reports until its merger; the rates-only half-year keeps its district row")
    func mergerAndRates() throws {
        let dataset = try #require(try Check.run(content: DemoContentTests.root).dataset)
        let reported = dataset.periods.filter { $0.records["dong-phuc"] != nil }.map(\.period.id)
        #expect(reported.last == "2024-07")
        let merged = try #require(dataset.units.first { $0.id == "dong-phuc" })
        #expect(merged.successor == "dong-tien")
        let h2 = try #require(dataset.periods.first { $0.period.id == "2024-h2" })
        #expect(h2.total?.rates[.onlineRate] == Ratio(7565, over: 100))
        #expect(h2.total?[.overdue] == 618)
    }
}
