import Foundation
import Testing
@testable import ChiSo

/// A record with every shape a count, a rate and the field sets take.
private func shapedRecord(_ seed: Int) -> Record {
    var record = Record()
    record[.received] = seed
    record[.carriedOver] = 0
    record[.resolved] = Int.max
    record[.pending] = -seed - 1
    record.rates[.onlineRate] = Ratio(seed, over: 7)
    record.rates[.onTimeRate] = Ratio(-3, over: Int.max)
    record.blanks = [.payable, .paidOnline]
    record.derived = [.total]
    return record
}

private let shapes: [CheckedValues] = [
    CheckedValues(records: [:], total: nil, late: []),
    CheckedValues(records: ["xa-a": Record()], total: Record(), late: []),
    CheckedValues(records: ["xa-a": shapedRecord(1), "phường-đông": shapedRecord(123_456_789)], total: shapedRecord(2), late: [
        LateDossier(
            code: "000.00.12.H56-250101-0001", unitID: "xa-a", procedure: "Đăng ký khai sinh «lưu động»", received: Day(year: 2025, month: 1, day: 2)!,
            due: Day(year: 2025, month: 1, day: 9)!, returned: nil, closed: Day(year: 2025, month: 2, day: 28)!, reason: "", apology: true),
        LateDossier(
            code: "2", unitID: "phường-đông", procedure: "", received: Day(year: 1, month: 12, day: 31)!, due: Day(year: 9999, month: 1, day: 1)!,
            returned: Day(year: 2024, month: 2, day: 29)!, closed: nil, reason: "Hệ thống lỗi\nngày <b>3</b>", apology: false),
    ]),
]

@Suite("Periods kept checked between builds")
struct CheckedPeriodsTests {
    /// The demo content as read, with each period's key as a build gives it.
    static func demo(adding extra: [String: String] = [:]) throws -> (files: ContentFiles, keys: [String: String]) {
        var files = try ContentFolder.read(at: DemoContentTests.root)
        for (path, text) in extra { files.files[path] = Array(text.utf8) }
        let digests = InputDigests(files)
        return (files, digests.periodData.mapValues { CheckedPeriods.key(tool: "chiso", site: digests.site, data: $0) })
    }

    static func store(_ values: [String: CheckedValues]) -> CheckedPeriods {
        var store = CheckedPeriods()
        store.names = ("n", [2, 0, 1])
        for (id, values) in values {
            store.entries[id] = CheckedPeriods.Entry(key: "k-" + id, values: values, chunk: CheckedValues.chunk(id: id, key: "k-" + id, values: values))
        }
        return store
    }

    @Test("Values of every shape read back as they were", arguments: shapes.indices)
    func shapesReadBack(_ index: Int) {
        let decoded = CheckedPeriods(decoding: Array(Self.store(["2025-01": shapes[index]]).encoded.joined()))
        #expect(decoded.entries["2025-01"]?.values == shapes[index])
        #expect(decoded.entries["2025-01"]?.key == "k-2025-01")
        #expect(decoded.names?.key == "n" && decoded.names?.order == [2, 0, 1])
    }

    @Test("Every period of the demo is clean and reads back with the values its check gave")
    func demoReadsBack() throws {
        let (files, keys) = try Self.demo()
        let (result, clean) = Check.run(files, keeping: KeptChecks())
        let dataset = try #require(result.dataset)
        #expect(clean == Set(dataset.periods.map(\.period.id)) && clean.count == 15)
        let decoded = CheckedPeriods(decoding: Array(CheckedPeriods.keeping(clean, keys: keys, names: "n", from: CheckedPeriods(), dataset: dataset).encoded.joined()))
        for data in dataset.periods {
            #expect(decoded.entries[data.period.id]?.values == CheckedValues(records: data.records, total: data.total, late: data.late))
        }
        let kept = decoded.kept(matching: keys, names: "n")
        #expect(kept.periods.count == 15 && kept.nameOrder == dataset.index.inNameOrder && dataset.index.inNameOrder.count == dataset.units.count)
        let changed = decoded.kept(matching: keys.mapValues { $0 + "x" }, names: "n2")
        #expect(changed.periods.isEmpty && changed.nameOrder == nil, "files changed since: nothing is taken")
    }

    /// Damage done to a store of three periods, and the periods that still read.
    static let damages: [(String, @Sendable (inout [UInt8]) -> Void, Set<String>)] = [
        ("another version's header", { $0[20] = UInt8(ascii: "9") }, []),
        ("a payload byte of the second period", { bytes in bytes[bytes.count / 2] ^= 1 }, ["a", "c"]),
        ("the last byte cut", { $0.removeLast() }, ["a", "b"]),
        ("a length past the end", { $0[CheckedPeriods.header.count + 7] = 0x7F }, []),
        ("the name order's digest", { $0[CheckedPeriods.header.count + 8] ^= 1 }, ["a", "b", "c"]),
        ("nothing but the header", { $0.removeSubrange(CheckedPeriods.header.count...) }, []),
    ]

    @Test("Damaged bytes lose the periods they touch, never give other values", arguments: damages.indices)
    func damaged(_ index: Int) {
        let (_, damage, intact) = Self.damages[index]
        let values = shapes[2]
        var bytes = Array(Self.store(["a": values, "b": values, "c": values]).encoded.joined())
        damage(&bytes)
        let decoded = CheckedPeriods(decoding: bytes)
        #expect(Set(decoded.entries.keys) == intact, "\(Self.damages[index].0)")
        #expect(decoded.names.map { $0.order == [2, 0, 1] } ?? true)
        #expect(decoded.entries.values.allSatisfy { $0.values == values })
    }

    @Test("A known name order is taken when it numbers every unit once, else the names are sorted", arguments: [[2, 0, 1], [0, 0, 1], [0, 1], [0, 1, 3]])
    func nameOrder(_ known: [Int]) {
        let units = ["Xã Đông", "Xã Dương", "Xã Ân"].enumerated().map { Unit(id: "u\($0)", name: $1, kind: .xa) }
        let sorted = UnitIndex(units).inNameOrder
        #expect(sorted == [2, 1, 0], "Ân, Dương, Đông: Đ after D")
        #expect(UnitIndex(units, nameOrder: known).inNameOrder == (known == [2, 0, 1] ? known : sorted))
    }

    @Test("A kept period's data files are not read again; a period with a warning is not kept")
    func keptAndNot() throws {
        let (files, keys) = try Self.demo(adding: ["periods/2024-02/ghi-chu.txt": "x", "periods/2024-01/data.csv": "không phải bảng"])
        let kept = KeptChecks(periods: ["2024-01": shapes[2]], nameOrder: nil)
        let (result, clean) = Check.run(files, keeping: kept)
        #expect(!result.hasErrors && result.diagnostics.map(\.severity) == [.warning])
        let january = try #require(result.dataset?.periods.first { $0.period.id == "2024-01" })
        #expect(january.records == shapes[2].records && january.total == shapes[2].total && january.late == shapes[2].late)
        #expect(january.period.label == "Tháng 01/2024")
        #expect(!clean.contains("2024-02") && clean.contains("2024-01") && clean.count == 14)
        #expect(keys.count == 15)
    }
}
