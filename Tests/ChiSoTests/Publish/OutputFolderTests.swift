import Foundation
import Testing
@testable import ChiSo

private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-publish-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Every file under `folder` with its bytes.
private func tree(_ folder: URL) -> [String: Data] {
    let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
    return Dictionary(uniqueKeysWithValues: paths.compactMap { path in
        (try? Data(contentsOf: folder.appendingPathComponent(path))).map { (path, $0) }
    })
}

@Suite("Publishing the output folder")
struct OutputFolderTests {
    @Test("The new site replaces the old one; archive/ is carried over; no staging folder is left")
    func replaces() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try OutputFolder.publish([OutputFile(path: "old.txt", text: "old"), OutputFile(path: "archive/2023-06/index.html", text: "frozen")], to: output.path)
        try OutputFolder.publish([OutputFile(path: "periods/a/data.json", text: "{}")], to: output.path)
        #expect(tree(output).mapValues { String(decoding: $0, as: UTF8.self) } == [
            "periods/a/data.json": "{}", "archive/2023-06/index.html": "frozen",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test("A build with a broken data file leaves the previous output byte-identical")
    func failedBuild() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: DemoContentTests.root), to: content)
        let output = root.appendingPathComponent("public").path
        let first = try Build.run(content: content.path, templates: SitePagesTests.templates, output: output)
        #expect(first.written == 105)
        let before = tree(URL(fileURLWithPath: output))
        try "unit,overdue\nXã Không Có,1\n".write(to: content.appendingPathComponent("periods/2024-06/hong.csv"), atomically: true, encoding: .utf8)
        let second = try Build.run(content: content.path, templates: SitePagesTests.templates, output: output)
        #expect(second.check.hasErrors)
        #expect(second.written == 0)
        #expect(tree(URL(fileURLWithPath: output)) == before)
    }

    @Test("An output that cannot be written is an error, and nothing is left behind")
    func unwritable() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try "x".write(to: root.appendingPathComponent("file"), atomically: true, encoding: .utf8)
        #expect(throws: PublishError.self) {
            try OutputFolder.publish([OutputFile(path: "a.txt", text: "a")], to: root.appendingPathComponent("file/public").path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["file"])
    }
}
