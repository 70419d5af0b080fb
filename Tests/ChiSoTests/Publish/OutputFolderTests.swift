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
    @Test("The new site replaces the old one; the archives named are carried over; no staging tree is left beside it")
    func replaces() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let first = try OutputFolder.publish(
            [OutputFile(path: "old.txt", text: "old"), OutputFile(path: "archive/2023-06/index.html", text: "frozen"),
             OutputFile(path: "archive/2023-06.zip", text: "zip"), OutputFile(path: "keep.txt", text: "same")].map(OutputJob.init), to: output.path)
        #expect(first == PublishSummary(written: 4, kept: 0, removed: 0))
        let inode = { (path: String) in (try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path))?[.systemFileNumber] as? Int }
        let before = inode("keep.txt")
        let second = try OutputFolder.publish(
            [OutputFile(path: "periods/a/data.json", text: "{}"), OutputFile(path: "keep.txt", text: "same")].map(OutputJob.init), to: output.path,
            carrying: ["2023-06"])
        #expect(second == PublishSummary(written: 1, kept: 1, removed: 1))
        #expect(tree(output).mapValues { String(decoding: $0, as: UTF8.self) } == [
            "periods/a/data.json": "{}", "keep.txt": "same", "archive/2023-06/index.html": "frozen", "archive/2023-06.zip": "zip",
        ])
        #expect(before != nil && inode("keep.txt") == before, "the same file, linked over, not a copy")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test("With the last build's keys, only the files whose keys changed are made, in place; files no longer made go, and the folders they leave empty")
    func inPlace() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let job = { (path: String, text: String, key: String) in
            var job = OutputJob(OutputFile(path: path, text: text))
            job.key = key
            return job
        }
        _ = try OutputFolder.publish(
            [job("index.html", "một", "1"), job("units/a/index.html", "a", "1"), job("units/b/index.html", "b", "1"), job("same.txt", "x", "1"),
             OutputJob(OutputFile(path: "archive/2023-06.zip", text: "zip"))], to: output.path)
        let inode = { (path: String) in (try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path))?[.systemFileNumber] as? Int }
        let untouched = inode("units/a/index.html")
        let keys = ["index.html": "1", "units/a/index.html": "1", "units/b/index.html": "1", "same.txt": "1"]
        let unmade = OutputJob(path: "units/a/index.html") { Issue.record("a job whose key is unchanged was made"); return [] }
        var kept = unmade
        kept.key = "1"
        let (summary, replaced) = try OutputFolder.update(
            [job("index.html", "hai", "2"), kept, job("periods/2025-07/index.html", "mới", "2"), job("same.txt", "x", "2")],
            to: output.path, carrying: ["2023-06"], reusing: keys)
        #expect(summary == PublishSummary(written: 2, kept: 2, removed: 1, reused: 1))
        #expect(replaced?.sorted() == ["index.html", "periods/2025-07/index.html"])
        #expect(tree(output).mapValues { String(decoding: $0, as: UTF8.self) } == [
            "index.html": "hai", "units/a/index.html": "a", "periods/2025-07/index.html": "mới", "same.txt": "x", "archive/2023-06.zip": "zip",
        ])
        #expect(inode("units/a/index.html") == untouched)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("units/b").path), "the emptied folder went")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test("A new file that cannot go in place (a file stands where its folder goes) leaves the output as it was and the tree is staged whole")
    func inPlaceFallsBack() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        var first = OutputJob(OutputFile(path: "units", text: "a file"))
        first.key = "1"
        _ = try OutputFolder.publish([first], to: output.path)
        var second = OutputJob(OutputFile(path: "units/a/index.html", text: "a"))
        second.key = "1"
        let (summary, replaced) = try OutputFolder.update([second], to: output.path, reusing: ["units": "1"])
        #expect(replaced == nil && summary == PublishSummary(written: 1, kept: 0, removed: 1))
        #expect(tree(output).mapValues { String(decoding: $0, as: UTF8.self) } == ["units/a/index.html": "a"])
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
