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
    @Test("The new site replaces the old one; the archives named are carried over; the staging tree keeps only links to files published")
    func replaces() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let first = try OutputFolder.publish(
            [OutputFile(path: "old.txt", text: "old"), OutputFile(path: "archive/2023-06/index.html", text: "frozen"),
             OutputFile(path: "archive/2023-06.zip", text: "zip"), OutputFile(path: "keep.txt", text: "same")].map(OutputJob.init), to: output.path)
        #expect(first == PublishSummary(written: 4, kept: 0, removed: 0))
        let second = try OutputFolder.publish(
            [OutputFile(path: "periods/a/data.json", text: "{}"), OutputFile(path: "keep.txt", text: "same")].map(OutputJob.init), to: output.path,
            carrying: ["2023-06"])
        #expect(second == PublishSummary(written: 1, kept: 1, removed: 1))
        #expect(tree(output).mapValues { String(decoding: $0, as: UTF8.self) } == [
            "periods/a/data.json": "{}", "keep.txt": "same", "archive/2023-06/index.html": "frozen", "archive/2023-06.zip": "zip",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".public.staging", "public"])
        let staging = root.appendingPathComponent(".public.staging")
        let kept = tree(staging)
        #expect(kept.keys.sorted() == ["archive/2023-06.zip", "archive/2023-06/index.html", "keep.txt"])
        let inode = { (url: URL, path: String) in (try? FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(path).path))?[.systemFileNumber] as? Int }
        #expect(kept.keys.allSatisfy { inode(staging, $0) != nil && inode(staging, $0) == inode(output, $0) }, "the same files, not copies")
    }

    @Test("An output that cannot be written is an error, and nothing is left behind")
    func unwritable() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try "x".write(to: root.appendingPathComponent("file"), atomically: true, encoding: .utf8)
        #expect(throws: PublishError.self) {
            try OutputFolder.publish([OutputJob(OutputFile(path: "a.txt", text: "a"))], to: root.appendingPathComponent("file/public").path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["file"])
    }
}
