import Foundation
import Testing
@testable import ChiSo

/// A temporary folder with chiso installed under `prefix/` by `make install-files`, as
/// `make install` does with the release build.
private func installed() throws -> (root: URL, chiso: String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-install-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root.appendingPathComponent("work"), withIntermediateDirectories: true)
    let make = try runProgram(
        "/usr/bin/make", ["-s", "-C", repositoryRoot.path, "install-files", "PREFIX=\(root.path)/prefix", "BIN=\(repositoryRoot.path)/.build/debug/chiso"],
        in: repositoryRoot)
    #expect(make.status == 0, "\(make.errors)")
    return (root, root.appendingPathComponent("prefix/bin/chiso").path)
}

@Suite("Installed chiso, used from any folder")
struct InstallTests {
    @Test("Installed into a prefix, chiso init makes a folder that check and build accept without --templates", arguments: AuthorityLevel.allCases)
    func initCheckBuild(_ level: AuthorityLevel) throws {
        let (root, chiso) = try installed()
        defer { try? FileManager.default.removeItem(at: root) }
        let work = root.appendingPathComponent("work")
        #expect(FileManager.default.fileExists(atPath: root.path + "/prefix/share/chiso/site-templates/unit.mustache"))
        let made = try runProgram(chiso, ["init", "trang", "--level", level.rawValue], in: work)
        #expect(made.status == 0 && made.output.hasPrefix("đã tạo trang/content/. Tiếp theo:\n"), "\(made.errors)")
        let site = work.appendingPathComponent("trang")
        let check = try runProgram(chiso, ["check"], in: site)
        #expect(check.status == 0 && check.output == "no errors, no warnings in 6 files checked\n")
        let build = try runProgram(chiso, ["build"], in: site)
        #expect(build.status == 0 && build.errors.isEmpty, "\(build.errors)")
        let home = try String(contentsOf: site.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(home.contains(StarterSample.of(level).authority))
        let pages = FileManager.default.subpaths(atPath: site.path + "/public")!.filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 12)
        for page in pages {
            let text = try String(contentsOf: site.appendingPathComponent("public/" + page), encoding: .utf8)
            #expect(!text.contains("<script"), "\(page)")
        }
    }

    @Test("chiso init --theme copies the installed theme, which the build then takes from ./site-templates")
    func theme() throws {
        let (root, chiso) = try installed()
        defer { try? FileManager.default.removeItem(at: root) }
        let work = root.appendingPathComponent("work")
        #expect(try runProgram(chiso, ["init", "trang", "--theme"], in: work).status == 0)
        let templates = work.appendingPathComponent("trang/site-templates")
        let original = try ThemeFolder.read(at: repositoryRoot.appendingPathComponent("site-templates").path).files
        #expect(try ThemeFolder.read(at: templates.path).files == original)
        try "{{<layout}}{{$main}}<h1>Đã sửa giao diện</h1>{{/main}}{{/layout}}".write(
            to: templates.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        #expect(try runProgram(chiso, ["build"], in: work.appendingPathComponent("trang")).status == 0)
        #expect(try String(contentsOf: work.appendingPathComponent("trang/public/index.html"), encoding: .utf8).contains("<h1>Đã sửa giao diện</h1>"))
    }

    @Test("chiso init refuses a folder that holds anything, or a file, and writes nothing", arguments: ["folder", "file"])
    func refuses(_ what: String) throws {
        let (root, chiso) = try installed()
        defer { try? FileManager.default.removeItem(at: root) }
        let work = root.appendingPathComponent("work")
        let target = work.appendingPathComponent("trang")
        if what == "folder" {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try "của văn phòng".write(to: target.appendingPathComponent("ghi-chu.txt"), atomically: true, encoding: .utf8)
        } else {
            try "của văn phòng".write(to: target, atomically: true, encoding: .utf8)
        }
        let made = try runProgram(chiso, ["init", "trang"], in: work)
        #expect(made.status == 2 && made.output.isEmpty)
        #expect(made.errors.hasPrefix("error: trang: ") && made.errors.contains(what == "folder" ? "không ghi đè" : "chọn tên thư mục khác"))
        if what == "folder" { #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["ghi-chu.txt"]) }
    }

    @Test("Without a theme anywhere, chiso build names the places it looked in and exits 2")
    func noTheme() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-notheme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let chiso = repositoryRoot.path + "/.build/debug/chiso"
        #expect(try runProgram(chiso, ["init", "trang"], in: root).status == 0)
        let build = try runProgram(chiso, ["build"], in: root.appendingPathComponent("trang"))
        #expect(build.status == 2 && build.output.isEmpty)
        #expect(build.errors.hasPrefix("error: không tìm thấy thư mục mẫu trang: đã tìm «site-templates», «"))
        #expect(!FileManager.default.fileExists(atPath: root.path + "/trang/public"))
    }

    @Test("The theme is looked for in the working folder, then under share/chiso beside the program's bin/")
    func candidates() {
        #expect(ThemeLocation.candidates(executable: "/opt/chiso/bin/chiso") == ["site-templates", "/opt/chiso/share/chiso/site-templates"])
        #expect(ThemeLocation.candidates(executable: nil) == ["site-templates"])
        #expect((try? ThemeLocation.resolve(given: "khac", executable: nil)) == "khac")
    }

    @Test("Every starter folder is clean for the check, with its units and one period", arguments: AuthorityLevel.allCases)
    func starter(_ level: AuthorityLevel) throws {
        let files = StarterContent.files(for: level).mapValues { Array($0.utf8) }
        let result = Check.run(ContentFiles(root: "content", files: files))
        #expect(result.diagnostics.isEmpty, "\(result.report)")
        let dataset = try #require(result.dataset)
        #expect(dataset.site.level == level)
        #expect(dataset.units.count == StarterSample.of(level).units.count)
        #expect(dataset.periods.map(\.period.id) == [level == .huyen ? "2025-06" : "2025-11"])
        #expect(dataset.periods[0].records.count == dataset.units.count)
    }
}
