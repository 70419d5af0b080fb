import Foundation
import Testing

/// Runs the built `chiso` binary, as a user would.
private func chiso(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, errors: String) {
    try runProgram(repositoryRoot.appendingPathComponent(".build/debug/chiso").path, arguments, in: folder)
}

/// A temporary content folder with one period whose dataset is `data`.
private func folder(data: String) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-cli-\(UUID().uuidString)")
    let period = root.appendingPathComponent("content/periods/2023-06")
    try FileManager.default.createDirectory(at: period, withIntermediateDirectories: true)
    try "title = \"T\"\nauthority = \"A\"\n".write(to: root.appendingPathComponent("content/site.toml"), atomically: true, encoding: .utf8)
    try "id,name,kind\ntu-phap,Phòng Tư pháp,phong\n".write(to: root.appendingPathComponent("content/units.csv"), atomically: true, encoding: .utf8)
    try "label = \"T6\"\nstart = 2023-05-15\nend = 2023-06-14\nkind = \"month\"\n"
        .write(to: period.appendingPathComponent("period.toml"), atomically: true, encoding: .utf8)
    try data.write(to: period.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
    return root
}

@Suite("chiso check, run as a program")
struct CheckCommandTests {
    @Test("No problem: exit 0 and the summary")
    func clean() throws {
        let root = try folder(data: "unit,overdue\nPhòng Tư pháp,1\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try chiso(["check"], in: root)
        #expect(run.status == 0)
        #expect(run.output == "no errors, no warnings in 4 files checked\n")
    }

    @Test("Warnings only: exit 0")
    func warnings() throws {
        let root = try folder(data: "unit,received_online,received_direct,online_rate\nPhòng Tư pháp,1,1,60\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try chiso(["check", "--content", "content"], in: root)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("content/periods/2023-06/data.csv:2:1: warning: "))
        #expect(run.output.hasSuffix("0 errors, 1 warning in 1 file\n"))
    }

    @Test("Errors: exit 1, every one reported with its place and fix")
    func errors() throws {
        let root = try folder(data: "unit,overdue\nPhòng Tư pháp,x\nPhòng Tài chính,1\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try chiso(["check"], in: root)
        #expect(run.status == 1)
        #expect(run.output.components(separatedBy: "\n").filter { $0.contains(": error: ") } == [
            "content/periods/2023-06/data.csv:2:15: error: cột «overdue» cần số nguyên (số hồ sơ), gặp «x»",
            "content/periods/2023-06/data.csv:3:1: error: đơn vị «Phòng Tài chính» không có trong units.csv",
        ])
        #expect(run.output.hasSuffix("2 errors, 0 warnings in 1 file\n"))
    }

    @Test("A missing folder or a bad command: exit 2", arguments: [["check", "--content", "nowhere"], ["check", "--colour"], ["publish"]])
    func usage(arguments: [String]) throws {
        let root = try folder(data: "unit,overdue\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try chiso(arguments, in: root)
        #expect(run.status == 2)
        #expect(!run.errors.isEmpty)
        #expect(run.output.isEmpty)
    }
}

@Suite("chiso build, run as a program")
struct BuildCommandTests {
    /// The repository's theme folder.
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("site-templates").path

    @Test("A good build writes the pages and data files and says how many")
    func writes() throws {
        let root = try folder(data: "unit,received_online,received_direct\nPhòng Tư pháp,3,1\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try chiso(["build", "--templates", Self.templates], in: root)
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("wrote 13 files, kept 0 (0 not made again), removed 0 in public/\n"))
        #expect(run.errors.isEmpty, "no progress when standard error is not a terminal")
        let page = try String(contentsOf: root.appendingPathComponent("public/units/tu-phap/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>Phòng Tư pháp</h1>"))
        let csv = try String(contentsOf: root.appendingPathComponent("public/periods/2023-06/data.csv"), encoding: .utf8)
        #expect(csv.contains("\ntu-phap,Phòng Tư pháp,phong,cap-huyen,,,,,75,"))
    }

    @Test("A build with errors exits 1 and writes nothing")
    func refuses() throws {
        let root = try folder(data: "unit,overdue\nPhòng Tư pháp,x\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try chiso(["build", "--templates", Self.templates, "--output", "site"], in: root)
        #expect(run.status == 1)
        #expect(run.errors.contains("site/ vẫn giữ nguyên"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test("chiso archive freezes a period, refuses to do it twice, and --quiet prints nothing")
    func archive() throws {
        let root = try folder(data: "unit,received_online,received_direct\nPhòng Tư pháp,3,1\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try chiso(["archive", "2023-06", "--templates", Self.templates], in: root)
        #expect(first.status == 0)
        #expect(first.output.hasSuffix("archived 2023-06 in public/archive/2023-06/ and public/archive/2023-06.zip\n"))
        let again = try chiso(["archive", "2023-06", "--templates", Self.templates], in: root)
        #expect(again.status == 1)
        #expect(again.errors.contains("kỳ «2023-06» đã có bản lưu trữ"))
        let quiet = try chiso(["build", "--quiet", "--templates", Self.templates], in: root)
        #expect(quiet.status == 0 && quiet.output.isEmpty && quiet.errors.isEmpty)
        let verbose = try chiso(["build", "--verbose", "--full", "--templates", Self.templates], in: root)
        #expect(verbose.errors.contains("chiso: render (14)\nchiso: publish\n"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/archive/2023-06/MANIFEST.sha256").path))
    }

    @Test("A missing templates folder exits 2 and names it")
    func noTemplates() throws {
        let root = try folder(data: "unit,received_online\nPhòng Tư pháp,3\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try chiso(["build", "--templates", "giao-dien"], in: root)
        #expect(run.status == 2)
        #expect(run.errors == "error: giao-dien: không có thư mục mẫu trang này (templates folder not found)\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }
}
