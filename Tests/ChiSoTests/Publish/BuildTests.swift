import Foundation
import Testing
@testable import ChiSo

/// A temporary folder with a copy of the demo content; removed by the caller.
private func demo() throws -> (root: URL, content: String, output: String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-build-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: URL(fileURLWithPath: DemoContentTests.root), to: root.appendingPathComponent("content"))
    return (root, root.appendingPathComponent("content").path, root.appendingPathComponent("public").path)
}

/// Every regular file under `folder` with its bytes.
private func files(_ folder: String) -> [String: Data] {
    let paths = FileManager.default.subpaths(atPath: folder) ?? []
    var found: [String: Data] = [:]
    for path in paths {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
            found[path] = FileManager.default.contents(atPath: folder + "/" + path)
        }
    }
    return found
}

/// Each file's inode: a file linked over keeps its inode, a file written anew gets another.
private func inodes(_ folder: String) -> [String: Int] {
    files(folder).keys.reduce(into: [:]) { result, path in
        result[path] = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + path))?[.systemFileNumber] as? Int
    }
}

private func build(_ demo: (root: URL, content: String, output: String), output: String? = nil, archive: BuildRequest.Archive? = nil) throws -> Build.Outcome {
    try Build.run(BuildRequest(content: demo.content, templates: SitePagesTests.templates, output: output ?? demo.output, archive: archive))
}

@Suite("Building and publishing the demo site", .serialized)
struct BuildTests {
    @Test("Two builds of the same content into different folders are byte-identical; a rebuild rewrites nothing")
    func reproducible() throws {
        let site = try demo()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try build(site)
        #expect(first.summary == PublishSummary(written: 151, kept: 0, removed: 0))
        let elsewhere = site.root.appendingPathComponent("deeper/elsewhere").path
        _ = try build(site, output: elsewhere)
        #expect(files(site.output) == files(elsewhere))
        let before = inodes(site.output)
        let again = try build(site)
        #expect(again.unchanged && again.summary == PublishSummary(written: 0, kept: 151, removed: 0, reused: 151))
        #expect(inodes(site.output) == before)
    }

    @Test("A broken data file or a broken template after a good build leaves the output byte-identical")
    func failedBuilds() throws {
        let site = try demo()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try build(site, archive: BuildRequest.Archive(periodID: nil, replace: false))
        let before = files(site.output)
        let broken = site.root.appendingPathComponent("content/periods/2024-06/hong.csv")
        try "unit,overdue\nXã Không Có,1\n".write(to: broken, atomically: true, encoding: .utf8)
        let badData = try build(site)
        #expect(badData.check.hasErrors && badData.summary.written == 0)
        #expect(files(site.output) == before)
        try FileManager.default.removeItem(at: broken)
        let theme = site.root.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: SitePagesTests.templates), to: theme)
        try "{{<layout}}{{$main}}{{#period}}{{/main}}{{/layout}}".write(to: theme.appendingPathComponent("period.mustache"), atomically: true, encoding: .utf8)
        let badTemplate = try Build.run(BuildRequest(content: site.content, templates: theme.path, output: site.output))
        #expect(badTemplate.check.diagnostics.map { "\($0.location)" } == [theme.path + "/period.mustache:1:35"])
        #expect(files(site.output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == [".public.chiso-build", ".public.chiso-checked", "content", "public", "theme"])
    }

    @Test("An archive is complete, verifies, survives later builds untouched, and is not replaced without asking")
    func archive() throws {
        let site = try demo()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let outcome = try build(site, archive: BuildRequest.Archive(periodID: "2024-06", replace: false))
        #expect(outcome.archived == "2024-06")
        let all = files(site.output)
        let archived = all.filter { $0.key.hasPrefix("archive/2024-06/") }
        #expect(archived.keys.contains("archive/2024-06/index.html") && archived.keys.contains("archive/2024-06/MANIFEST.sha256"))
        #expect(!archived.keys.contains("archive/2024-06/periods/2024-07/index.html"), "the archive holds the periods up to its own")
        let page = String(decoding: try #require(archived["archive/2024-06/periods/2024-06/index.html"]), as: UTF8.self)
        #expect(page.contains("class=\"archive-banner\"") && page.contains("href=\"../../../../index.html\""))
        let zipped = try ArchiveZip.files(in: Array(try #require(all["archive/2024-06.zip"])))
        #expect(Dictionary(uniqueKeysWithValues: zipped.map { ("archive/2024-06/" + $0.path, Data($0.bytes)) }) == archived)
        let listing = String(decoding: try #require(all["archive/index.html"]), as: UTF8.self)
        #expect(listing.contains("href=\"2024-06/index.html\">Tháng 06/2024</a>"))
        #expect(ArchiveVerifier.verify(output: site.output).allSatisfy { $0.isIntact })

        let before = inodes(site.output).filter { $0.key.hasPrefix("archive/2024-06") }
        try "\nThêm một dòng nhận xét.\n".write(to: site.root.appendingPathComponent("content/periods/2024-06/notes.md"), atomically: false, encoding: .utf8)
        let later = try build(site)
        #expect(later.summary.written > 0)
        #expect(inodes(site.output).filter { $0.key.hasPrefix("archive/2024-06") } == before)
        #expect(files(site.output).filter { $0.key.hasPrefix("archive/2024-06") } == all.filter { $0.key.hasPrefix("archive/2024-06") })

        #expect(throws: ArchiveRefusal.exists(id: "2024-06")) { try build(site, archive: BuildRequest.Archive(periodID: "2024-06", replace: false)) }
        #expect(throws: ArchiveRefusal.self) { try build(site, archive: BuildRequest.Archive(periodID: "2030-01", replace: false)) }
        let replaced = try build(site, archive: BuildRequest.Archive(periodID: "2024-06", replace: true))
        #expect(replaced.archived == "2024-06")
        #expect(ArchiveVerifier.verify(output: site.output).allSatisfy { $0.isIntact })
    }

    @Test("A zip whose archive folder was deleted by hand survives a build untouched, is not listed, and verify names it")
    func loneZip() throws {
        let site = try demo()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try build(site, archive: BuildRequest.Archive(periodID: "2024-06", replace: false))
        let zip = URL(fileURLWithPath: site.output).appendingPathComponent("archive/2024-06.zip")
        let bytes = try Data(contentsOf: zip)
        try FileManager.default.removeItem(at: URL(fileURLWithPath: site.output).appendingPathComponent("archive/2024-06"))
        #expect(ArchiveFolder.ids(in: site.output) == [])
        #expect(ArchiveFolder.present(in: site.output) == ["2024-06"])
        _ = try build(site)
        #expect(try Data(contentsOf: zip) == bytes)
        #expect(files(site.output)["archive/index.html"] == nil, "no archive with its folder is left to list")
        #expect(ArchiveVerifier.verify(output: site.output).map(\.id) == ["2024-06"])
        #expect(ArchiveVerifier.verify(output: site.output).first?.manifestBroken == true)
    }

    @Test("sha256sum accepts an archive's manifest; one changed byte makes verify name that file")
    func tamper() throws {
        let site = try demo()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try build(site, archive: BuildRequest.Archive(periodID: nil, replace: false))
        let folder = site.output + "/archive/2025-01"
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        check.arguments = ["--check", "--quiet", "MANIFEST.sha256"]
        check.currentDirectoryURL = URL(fileURLWithPath: folder)
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
        let page = folder + "/units/phu-xuan/index.html"
        var bytes = try #require(FileManager.default.contents(atPath: page))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: page))
        let findings = ArchiveVerifier.verify(output: site.output)
        #expect(findings.map(\.id) == ["2025-01"])
        #expect(findings.first?.changed == ["units/phu-xuan/index.html"])
        #expect(findings.first?.added == [] && findings.first?.missing == [])
    }

    @Test("SOURCE_DATE_EPOCH's day is the build stamp; without it, the latest period's end")
    func stamp() throws {
        let site = try demo()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try build(site)
        #expect(String(decoding: try #require(files(site.output)["index.html"]), as: UTF8.self).contains("bản dựng ngày 14/01/2025"))
        let day = try #require(Day(unixTime: 1_738_368_000))
        _ = try Build.run(BuildRequest(content: site.content, templates: SitePagesTests.templates, output: site.output, built: day))
        #expect(String(decoding: try #require(files(site.output)["index.html"]), as: UTF8.self).contains("bản dựng ngày 01/02/2025"))
    }
}
