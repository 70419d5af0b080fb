import Foundation
import Testing
@testable import ChiSo

/// A working folder with the example province's content (its latest period set aside in
/// `spare/`, to be added back by an edit) and a copy of the theme.
private struct Workspace {
    let root: URL
    var content: String { root.appendingPathComponent("content").path }
    var theme: String { root.appendingPathComponent("theme").path }
    var output: String { root.appendingPathComponent("site/public").path }
    var spare: String { root.appendingPathComponent("spare").path }
    static let latest = "2025-08"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-incremental-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("site"), withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root.appendingPathComponent("spare").path, withIntermediateDirectories: true)
        try manager.copyItem(atPath: IncrementalBuildTests.example, toPath: content)
        try manager.copyItem(atPath: SitePagesTests.templates, toPath: theme)
        try manager.moveItem(atPath: content + "/periods/" + Workspace.latest, toPath: spare + "/" + Workspace.latest)
    }

    func build(into output: String? = nil, full: Bool = false) throws -> Build.Outcome {
        try Build.run(BuildRequest(content: content, templates: theme, output: output ?? self.output, full: full))
    }

    /// A clean build of the same content into a folder of its own, for comparison.
    func clean() throws -> [String: Data] {
        let output = root.appendingPathComponent("clean-\(UUID().uuidString)/public").path
        let outcome = try build(into: output)
        #expect(outcome.summary.reused == 0)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: output).deletingLastPathComponent().path) }
        return files(output)
    }

    func files(_ folder: String) -> [String: Data] {
        var found: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder) ?? [] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                found[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return found
    }

    func edit(_ relative: String, _ change: (String) -> String) throws {
        let path = content + "/" + relative
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        try change(text).write(toFile: path, atomically: true, encoding: .utf8)
    }

    var periods: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: content + "/periods")) ?? []).sorted() }
}

/// One edit of the kinds the office makes between builds.
private enum Edit: CaseIterable {
    case notes, cell, template, strings, period, removeUnit, brokenCell

    /// Makes the edit; false when it no longer applies (the unit is already gone).
    func apply(to space: Workspace, using random: inout SeededGenerator) throws -> Bool {
        let manager = FileManager.default
        switch self {
        case .notes:
            let period = space.periods.randomElement(using: &random)!
            try space.edit("periods/\(period)/notes.md") { $0 + "\nGhi chú thêm \(random.next() % 1000).\n" }
        case .cell:
            let period = space.periods.randomElement(using: &random)!
            try space.edit("periods/\(period)/data.csv") { text in
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let header = lines[0].split(separator: ",").map(String.init)
                let paid = header.firstIndex(of: "paid_online")!, payable = header.firstIndex(of: "payable")!
                let row = Int.random(in: 1..<(lines.count - 1), using: &random)
                var cells = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let value = Int(cells[paid]) ?? 0
                cells[paid] = String(value > 0 ? value - 1 : min(value + 1, Int(cells[payable]) ?? 0))
                lines[row] = cells.joined(separator: ",")
                return lines.joined(separator: "\n")
            }
        case .template:
            let name = ["unit.mustache", "period.mustache", "layout.mustache", "index.mustache"].randomElement(using: &random)!
            let path = space.theme + "/" + name
            try (String(contentsOfFile: path, encoding: .utf8) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        case .strings:
            let path = space.theme + "/strings.toml"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let key = ["nav_units", "stamp_period", "indicator.on_time_rate"].randomElement(using: &random)!.split(separator: ".").last!
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix(key + " ") && line.hasSuffix("\"") ? String(line.dropLast()) + "·\"" : String(line)
            }
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        case .period:
            let inContent = space.content + "/periods/" + Workspace.latest, spared = space.spare + "/" + Workspace.latest
            if manager.fileExists(atPath: spared) {
                try manager.moveItem(atPath: spared, toPath: inContent)
            } else {
                try manager.moveItem(atPath: inContent, toPath: spared)
            }
        case .removeUnit:
            let name = "Sở Xây dựng"
            let register = try String(contentsOfFile: space.content + "/units.csv", encoding: .utf8)
            guard register.contains(name) else { return false }
            for file in ["units.csv"] + space.periods.flatMap({ ["periods/\($0)/data.csv", "periods/\($0)/late.csv"] })
            where manager.fileExists(atPath: space.content + "/" + file) {
                try space.edit(file) { $0.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(name) }.joined(separator: "\n") }
            }
        case .brokenCell:
            return false
        }
        return true
    }
}

@Suite("Rebuilding only what changed", .serialized)
struct IncrementalBuildTests {
    static let example = URL(fileURLWithPath: SitePagesTests.templates).deletingLastPathComponent()
        .appendingPathComponent("examples/tinh-minh-hoa/content").path

    @Test("After each of a random sequence of edits, a rebuild gives the bytes of a clean build", arguments: [UInt64(1), 2, 3])
    func randomEdits(seed: UInt64) throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.root) }
        var random = SeededGenerator(seed: seed)
        _ = try space.build()
        var made: [Edit] = []
        for _ in 0..<20 where made.count < 8 {
            let edit = Edit.allCases.randomElement(using: &random)!
            if edit == .brokenCell {
                let before = space.files(space.output)
                let period = space.periods.last!
                let saved = try String(contentsOfFile: space.content + "/periods/\(period)/data.csv", encoding: .utf8)
                try space.edit("periods/\(period)/data.csv") { $0.replacingOccurrences(of: ",0\n", with: ",không\n") }
                #expect(try space.build().check.hasErrors)
                #expect(space.files(space.output) == before)
                try saved.write(toFile: space.content + "/periods/\(period)/data.csv", atomically: true, encoding: .utf8)
            } else if try !edit.apply(to: space, using: &random) {
                continue
            }
            made.append(edit)
            let outcome = try space.build()
            #expect(!outcome.check.hasErrors, "after \(made)")
            if edit == .notes { #expect(outcome.summary.reused > outcome.summary.kept / 2, "after \(made): the record was trusted") }
            let (built, clean) = (space.files(space.output), try space.clean())
            let differing = Set(built.keys).union(clean.keys).filter { built[$0] != clean[$0] }.sorted().map { path in
                built[path] == nil ? path + " (not read in the build)" : clean[path] == nil ? path + " (not read in the clean build)" : path
            }
            #expect(differing.isEmpty, "after \(made): \(differing.prefix(5)) differ from a clean build")
        }
        #expect(made.count == 8)
    }

    @Test("A rebuild with nothing changed makes and writes nothing; one notes.md edit makes that period's report again")
    func unchangedAndNotes() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.root) }
        let first = try space.build()
        let count = first.summary.written
        let again = try space.build()
        #expect(again.unchanged && again.summary == PublishSummary(written: 0, kept: count, removed: 0, reused: count))
        try space.edit("periods/2025-07/notes.md") { $0 + "\nMột câu mới.\n" }
        let notes = try space.build()
        #expect(!notes.unchanged && notes.summary.written == 1 && notes.summary.removed == 0)
        #expect(notes.summary.reused == count - 1, "only the report of 2025-07 is made again, the one page that shows its notes")
    }

    @Test("A missing or corrupt record, an output changed by hand, or --full means every file is made again", arguments: ["missing", "corrupt", "hand", "full"])
    func distrust(_ how: String) throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.root) }
        let count = try space.build().summary.written
        let record = BuildRecord.location(of: space.output).path
        #expect(FileManager.default.fileExists(atPath: record))
        #expect(!space.files(space.output).keys.contains { $0.contains("chiso-build") })
        switch how {
        case "missing": try FileManager.default.removeItem(atPath: record)
        case "corrupt": try "chiso build record 1\ninputs x\nreport ???\n".write(toFile: record, atomically: true, encoding: .utf8)
        case "hand": try "sửa tay".write(toFile: space.output + "/units/so-tu-phap/index.html", atomically: false, encoding: .utf8)
        default: break
        }
        let outcome = try space.build(full: how == "full")
        #expect(!outcome.unchanged && outcome.summary.reused == 0)
        #expect(outcome.summary.written == (how == "hand" ? 1 : 0) && outcome.summary.kept == count - outcome.summary.written)
        #expect(space.files(space.output) == (try space.clean()))
    }

    @Test("A damaged store of checked periods is not taken: the periods are read again")
    func damagedStore() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.root) }
        _ = try space.build()
        let store = CheckedPeriodsFile.location(of: space.output).path
        var bytes = try #require(FileManager.default.contents(atPath: store))
        #expect(CheckedPeriods(decoding: [UInt8](bytes)).entries.count == space.periods.count)
        bytes[bytes.count - 1] ^= 1
        try bytes.write(to: URL(fileURLWithPath: store))
        try space.edit("periods/2025-06/notes.md") { $0 + "\nMột câu.\n" }
        #expect(try !space.build().check.hasErrors)
        #expect(space.files(space.output) == (try space.clean()))
        #expect(CheckedPeriods(decoding: [UInt8](try #require(FileManager.default.contents(atPath: store)))).entries.count == space.periods.count)
    }

    @Test("A rebuild changes the output in place and leaves no staging tree; one an interrupted build left is taken over whatever was done to it")
    func leftoverStagingTree() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.root) }
        _ = try space.build()
        try space.edit("periods/2025-06/notes.md") { $0 + "\nLần hai.\n" }
        try space.edit("periods/2025-07/notes.md") { $0 + "\nLần hai.\n" }
        let manager = FileManager.default
        let unit = space.output + "/units/so-tu-phap/index.html"
        let inode = { (try? manager.attributesOfItem(atPath: unit))?[.systemFileNumber] as? Int }
        let before = inode()
        #expect(try space.build().summary.written == 2)
        #expect(before != nil && inode() == before, "an unchanged page is the same file")
        let staging = space.root.appendingPathComponent("site/.public.staging").path
        #expect(try manager.contentsOfDirectory(atPath: space.root.appendingPathComponent("site").path).sorted()
            == [".public.chiso-build", ".public.chiso-checked", "public"])
        try manager.copyItem(atPath: space.output, toPath: staging)
        try manager.removeItem(atPath: staging + "/index.html")
        try manager.createDirectory(atPath: staging + "/index.html/x", withIntermediateDirectories: true)
        try manager.removeItem(atPath: staging + "/units/so-tu-phap")
        try "không phải thư mục".write(toFile: staging + "/units/so-tu-phap", atomically: false, encoding: .utf8)
        try "thừa".write(toFile: staging + "/units/thua.html", atomically: false, encoding: .utf8)
        try manager.removeItem(atPath: staging + "/periods/2025-06/index.html")
        try manager.createSymbolicLink(atPath: staging + "/periods/2025-06/index.html", withDestinationPath: "/etc/hostname")
        try manager.createDirectory(atPath: staging + "/thu-muc-thua/con", withIntermediateDirectories: true)
        try space.edit("periods/2025-06/notes.md") { $0 + "\nLần ba.\n" }
        let outcome = try space.build(full: true)
        #expect(!outcome.check.hasErrors)
        #expect(space.files(space.output) == (try space.clean()))
        #expect(!manager.fileExists(atPath: space.output + "/thu-muc-thua") && !manager.fileExists(atPath: space.output + "/units/thua.html"))
        #expect(!manager.fileExists(atPath: staging))
    }

    @Test("With a quarter between two months, adding the next month makes the month before it again (its pager)")
    func periodsOfTwoKinds() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.root) }
        let manager = FileManager.default
        let july = space.content + "/periods/2025-07", aside = space.root.appendingPathComponent("july").path
        try manager.moveItem(atPath: july, toPath: aside)
        let quarter = space.content + "/periods/quy-2-2025"
        try manager.createDirectory(atPath: quarter, withIntermediateDirectories: true)
        try manager.copyItem(atPath: space.content + "/periods/2025-06/data.csv", toPath: quarter + "/data.csv")
        try "label = \"Quý 2/2025\"\nstart = 2025-04-01\nend   = 2025-06-30\nkind  = \"quarter\"\n"
            .write(toFile: quarter + "/period.toml", atomically: true, encoding: .utf8)
        #expect(try !space.build().check.hasErrors)
        try manager.moveItem(atPath: aside, toPath: july)
        let outcome = try space.build()
        #expect(!outcome.check.hasErrors && outcome.summary.reused > 0)
        #expect(space.files(space.output) == (try space.clean()))
    }

    @Test("A link in place of the staging tree is removed, never followed")
    func stagingLink() throws {
        let space = try Workspace()
        defer { try? FileManager.default.removeItem(at: space.root) }
        _ = try space.build()
        let elsewhere = space.root.appendingPathComponent("elsewhere").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: elsewhere + "/units", withIntermediateDirectories: true)
        try "không được xóa".write(toFile: elsewhere + "/units/giu-lai.txt", atomically: false, encoding: .utf8)
        try manager.createSymbolicLink(atPath: space.root.appendingPathComponent("site/.public.staging").path, withDestinationPath: elsewhere)
        try space.edit("periods/2025-06/notes.md") { $0 + "\nMột câu.\n" }
        _ = try space.build(full: true)
        #expect(try String(contentsOfFile: elsewhere + "/units/giu-lai.txt", encoding: .utf8) == "không được xóa")
        #expect(try manager.contentsOfDirectory(atPath: elsewhere).sorted() == ["units"])
        #expect(space.files(space.output) == (try space.clean()))
    }
}
