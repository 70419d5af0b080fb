import Foundation
import Testing
@testable import ChiSo

/// A whole, one of its parts, and the fields that must be absent so the other parts cannot be
/// known (directly or through another identity).
private struct Split: Sendable {
    let whole: Field
    let part: Field
    let absent: [Field]
}

private let splits = [
    Split(whole: .received, part: .receivedOnline, absent: [.receivedDirect]),
    Split(whole: .received, part: .receivedDirect, absent: [.receivedOnline]),
    Split(whole: .total, part: .carriedOver, absent: [.received]),
    Split(whole: .total, part: .received, absent: [.carriedOver]),
    Split(whole: .total, part: .resolved, absent: [.pending]),
    Split(whole: .resolved, part: .resolvedLate, absent: [.resolvedOnTime]),
    Split(whole: .resolved, part: .resolvedOnTime, absent: [.resolvedLate]),
    Split(whole: .pending, part: .pendingOverdue, absent: [.pendingOnTime]),
    Split(whole: .pending, part: .pendingOnTime, absent: [.pendingOverdue]),
    Split(whole: .overdue, part: .resolvedLate, absent: [.pendingOverdue]),
    Split(whole: .overdue, part: .pendingOverdue, absent: [.resolvedLate]),
]

private let register = """
    id,name,kind,aliases,from,until,successor
    hai-phu,Xã Hải Phú,xa,,,,
    hai-thuong,Xã Hải Thượng,xa,,,,
    dong-luong,Phường Đông Lương,phuong,,,,
    ho-xa,Thị trấn Hồ Xá,thi-tran,,,,
    tu-phap,Phòng Tư pháp,phong,,,,
    van-hoa,Phòng Văn hóa và Thông tin,phong,,,,

    """

/// A consistent record of every count, as the one-stop system reports it.
private func record(_ generator: inout SeededGenerator) -> [Field: Int] {
    var values: [Field: Int] = [:]
    values[.carriedOver] = Int.random(in: 0...30, using: &generator)
    values[.receivedOnline] = Int.random(in: 0...400, using: &generator)
    values[.receivedDirect] = Int.random(in: 0...400, using: &generator)
    values[.received] = values[.receivedOnline]! + values[.receivedDirect]!
    let total = values[.carriedOver]! + values[.received]!
    values[.total] = total
    let pending = Int.random(in: 0...total, using: &generator)
    values[.pending] = pending
    values[.pendingOverdue] = Int.random(in: 0...pending, using: &generator)
    values[.pendingOnTime] = pending - values[.pendingOverdue]!
    values[.resolved] = total - pending
    values[.resolvedLate] = Int.random(in: 0...values[.resolved]!, using: &generator)
    values[.resolvedOnTime] = values[.resolved]! - values[.resolvedLate]!
    values[.overdue] = values[.resolvedLate]! + values[.pendingOverdue]!
    values[.payable] = Int.random(in: 0...values[.received]!, using: &generator)
    values[.paidOnline] = Int.random(in: 0...values[.payable]!, using: &generator)
    return values
}

/// A valid table of a few units with the split's whole and part and some unrelated columns;
/// one unit's part pushed above its whole. Returns the text and the place of that cell.
private func table(seed: UInt64) -> (text: String, split: Split, line: Int, column: Int) {
    var generator = SeededGenerator(seed: seed)
    let split = splits[Int.random(in: 0..<splits.count, using: &generator)]
    let names = ["Xã Hải Phú", "Xã Hải Thượng", "Phường Đông Lương", "Thị trấn Hồ Xá", "Phòng Tư pháp", "Phòng Văn hóa và Thông tin"]
        .shuffled(using: &generator).prefix(Int.random(in: 2...6, using: &generator))
    let extras = [Field.payable, .paidOnline].filter { _ in Bool.random(using: &generator) }
    let fields = ([split.whole, split.part] + extras).shuffled(using: &generator)
    let separator = [",", ";", "\t"].randomElement(using: &generator)!
    let pushed = Int.random(in: 0..<names.count, using: &generator)
    var lines = [(["Đơn vị"] + fields.map(\.rawValue)).joined(separator: separator)]
    var place = (line: 0, column: 0)
    for (index, name) in names.enumerated() {
        var values = record(&generator)
        if index == pushed { values[split.part] = values[split.whole]! + Int.random(in: 1...20, using: &generator) }
        let cells = [name] + fields.map { "\(values[$0]!)" }
        if index == pushed {
            let before = cells.prefix(1 + fields.firstIndex(of: split.part)!)
            place = (lines.count + 1, before.map(\.count).reduce(0, +) + before.count * separator.count + 1)
        }
        lines.append(cells.joined(separator: separator))
    }
    return (lines.joined(separator: "\n") + "\n", split, place.line, place.column)
}

@Suite("A part pushed above its whole, the other part absent")
struct PartExceedsWholeTests {
    @Test("check fails at the part's cell, and only in its row", arguments: 0..<200)
    func check(seed: UInt64) {
        let (text, split, line, column) = table(seed: seed)
        var content = TestContent(units: register)
        content.period("2024-06", start: "2024-05-15", end: "2024-06-14", files: ["data.csv": text])
        let result = content.check()
        #expect(result.dataset == nil)
        #expect(result.errors.contains { $0.location == SourceLocation(file: "content/periods/2024-06/data.csv", line: line, column: column) },
                "\(split.part.rawValue) > \(split.whole.rawValue) in\n\(text)\n\(result.lines)")
        #expect(result.errors.allSatisfy { $0.location.line == line }, "\(result.lines)")
        #expect(result.diagnostics.allSatisfy { $0.severity == .error }, "\(result.lines)")
    }

    @Test("build writes nothing: the output folder stays as it was", arguments: 0..<4)
    func build(seed: UInt64) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-part-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var content = TestContent(units: register)
        content.period("2024-06", start: "2024-05-15", end: "2024-06-14", files: ["data.csv": table(seed: seed).text])
        for (path, bytes) in content.files {
            let url = root.appendingPathComponent("content/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let output = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("trang cũ".utf8).write(to: output.appendingPathComponent("index.html"))
        let outcome = try Build.run(BuildRequest(
            content: root.appendingPathComponent("content").path, templates: SitePagesTests.templates, output: output.path))
        #expect(outcome.check.hasErrors)
        #expect(outcome.summary == PublishSummary(written: 0, kept: 0, removed: 0))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["index.html"])
        #expect(FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path) == Data("trang cũ".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["content", "public"])
    }
}
