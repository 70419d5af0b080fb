import Foundation
import Testing
@testable import ChiSo

/// The files of a small archive: Vietnamese names, a space, a hidden file, an empty file, nesting.
private let sample: [OutputFile] = [
    OutputFile(path: "periods/2024-06/index.html", text: "<p>Tháng 6/2024: 98,5 % đúng hạn</p>\n"),
    OutputFile(path: "index.html", text: "<h1>Kết quả giải quyết thủ tục hành chính</h1>\n"),
    OutputFile(path: "đơn-vị/xã Hải Phú.html", text: "Xã Hải Phú\n"),
    OutputFile(path: ".nojekyll", bytes: []),
    OutputFile(path: "periods/2024-06/data.csv", bytes: Array(repeating: UInt8(ascii: "7"), count: 20_000)),
]

private let day = Day(year: 2024, month: 7, day: 1)!

/// A new empty folder under the temporary directory; removed by the caller.
private func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-archive-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

private func write(_ files: [OutputFile], to folder: URL) throws {
    for file in files {
        let url = folder.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(file.bytes).write(to: url)
    }
}

/// An output folder holding `archive/2024-06/` (the sample and its manifest) and `archive/2024-06.zip`.
private func outputFolder() throws -> URL {
    let output = try temporaryFolder()
    let files = sample + [OutputFile(path: Manifest.fileName, text: Manifest.text(sample))]
    try write(files, to: output.appendingPathComponent("archive/2024-06"))
    try write([OutputFile(path: "archive/2024-06.zip", bytes: try ArchiveZip.bytes(files, folder: "2024-06", date: day))], to: output)
    return output
}

/// Runs `executable` in `folder`; its exit status and standard output.
private func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

private func flipByte(of path: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(path)
    var bytes = try Data(contentsOf: url)
    bytes[bytes.count / 2] ^= 0x01
    try bytes.write(to: url)
}

@Suite("Archives: manifest, zip and verify")
struct ArchiveTests {
    @Test("The manifest has the format of sha256sum, and sha256sum -c accepts it")
    func manifestFormat() throws {
        #expect(Manifest.digest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Manifest.digest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let odd = OutputFile(path: "ghi chú\\cũ.txt", text: "gạch chéo ngược\n")
        let files = sample + [odd]
        let text = Manifest.text(files)
        let sorted = [
            ".nojekyll", odd.path, "index.html", "periods/2024-06/data.csv", "periods/2024-06/index.html", "đơn-vị/xã Hải Phú.html",
        ]
        let lines = sorted.map { path in
            let digest = Manifest.digest(files.first { $0.path == path }!.bytes)
            return path == odd.path ? "\\" + digest + "  ghi chú\\\\cũ.txt\n" : digest + "  " + path + "\n"
        }
        #expect(text == lines.joined())
        #expect(Manifest.text(files.reversed()) == text)

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(files + [OutputFile(path: Manifest.fileName, text: text)], to: folder)
        #expect(try run("/usr/bin/sha256sum", sorted, in: folder).output == text, "what sha256sum itself writes")
        let check = try run("/usr/bin/sha256sum", ["-c", Manifest.fileName], in: folder)
        #expect(check.status == 0)
        #expect(check.output == sorted.map { $0 + ": OK\n" }.joined())
        try flipByte(of: "đơn-vị/xã Hải Phú.html", in: folder)
        let tampered = try run("/usr/bin/sha256sum", ["-c", Manifest.fileName], in: folder)
        #expect(tampered.status == 1)
        #expect(tampered.output.contains("đơn-vị/xã Hải Phú.html: FAILED\n"))
    }

    @Test("parse reads back what text wrote")
    func roundTrip() {
        let files = sample + [OutputFile(path: "a\\b\nc", text: "x")]
        let expected = Dictionary(uniqueKeysWithValues: files.map { ($0.path, Manifest.digest($0.bytes)) })
        #expect(Manifest.parse(Manifest.text(files)) == expected)
        #expect(Manifest.parse("") == [:])
    }

    @Test(
        "parse rejects a line not in the format",
        arguments: [
            "\(String(repeating: "a", count: 64))  index.html",
            "\(String(repeating: "a", count: 64)) index.html\n",
            "\(String(repeating: "a", count: 64)) *index.html\n",
            "\(String(repeating: "A", count: 64))  index.html\n",
            "\(String(repeating: "a", count: 63))  index.html\n",
            "\(String(repeating: "a", count: 64))  \n",
            "\\\(String(repeating: "a", count: 64))  a\\tb\n",
            "\(String(repeating: "a", count: 64))  x\n\(String(repeating: "b", count: 64))  x\n",
            "\(String(repeating: "a", count: 64))  x\n\n",
        ])
    func malformed(text: String) {
        #expect(Manifest.parse(text) == nil)
    }

    @Test("The zip holds the same files under the folder, byte for byte, and is the same every time")
    func zip() throws {
        let zip = try ArchiveZip.bytes(sample, folder: "2024-06", date: day)
        #expect(try ArchiveZip.bytes(sample.reversed(), folder: "2024-06", date: day) == zip)
        #expect(try ArchiveZip.bytes(sample, folder: "2024-06", date: Day(year: 2024, month: 7, day: 2)!) != zip)
        #expect(zip.count < 20_000, "deflate-compressed")
        #expect(try ArchiveZip.files(in: zip) == sample.sorted(by: Manifest.inPathOrder))
        #expect(throws: (any Error).self) { try ArchiveZip.files(in: Array(zip.prefix(zip.count / 2))) }

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") else { return }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(zip).write(to: folder.appendingPathComponent("2024-06.zip"))
        let listing = try run("/usr/bin/unzip", ["-l", "2024-06.zip"], in: folder)
        #expect(listing.status == 0)
        #expect(listing.output.contains("2024-07-01 00:00   2024-06/periods/2024-06/index.html\n"))
        #expect(listing.output.contains(" 5 files\n"))
        #expect(try run("/usr/bin/unzip", ["-tq", "2024-06.zip"], in: folder).status == 0)
    }

    @Test("An untouched archive is intact")
    func intact() throws {
        let output = try outputFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let findings = ArchiveVerifier.verify(output: output.path)
        #expect(findings == [ArchiveFinding(id: "2024-06", fileCount: 5)])
        #expect(findings.map(\.description) == ["archive/2024-06: nguyên vẹn (5 tệp)"])
    }

    @Test("Verify names the file changed, added or missing, and a missing zip")
    func tampering() throws {
        let output = try outputFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let folder = output.appendingPathComponent("archive/2024-06")
        try flipByte(of: "periods/2024-06/index.html", in: folder)
        let changed = ArchiveFinding(id: "2024-06", fileCount: 5, changed: ["periods/2024-06/index.html"])
        #expect(ArchiveVerifier.verify(output: output.path) == [changed])

        try write([OutputFile(path: "periods/2024-06/.ghi-chu", text: "sửa sau")], to: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("đơn-vị/xã Hải Phú.html"))
        try FileManager.default.removeItem(at: output.appendingPathComponent("archive/2024-06.zip"))
        let finding = ArchiveFinding(
            id: "2024-06", fileCount: 5, added: ["periods/2024-06/.ghi-chu"], missing: ["đơn-vị/xã Hải Phú.html"],
            changed: ["periods/2024-06/index.html"], zipProblems: ["thiếu tệp zip (zip missing)"])
        #expect(ArchiveVerifier.verify(output: output.path) == [finding])
        #expect(
            finding.description == """
                archive/2024-06/periods/2024-06/index.html: đã bị sửa (changed)
                archive/2024-06/đơn-vị/xã Hải Phú.html: bị mất (missing)
                archive/2024-06/periods/2024-06/.ghi-chu: thêm vào sau khi lưu trữ (added)
                archive/2024-06.zip: thiếu tệp zip (zip missing)
                """)
    }

    @Test("A link is reported, never followed, even to identical bytes; a name in another Unicode form is another file")
    func links() throws {
        let output = try outputFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let manager = FileManager.default
        let folder = output.appendingPathComponent("archive/2024-06")
        let outside = output.appendingPathComponent("elsewhere")
        try manager.copyItem(at: folder.appendingPathComponent("periods"), to: outside)
        try manager.removeItem(at: folder.appendingPathComponent("periods"))
        try manager.createSymbolicLink(at: folder.appendingPathComponent("periods"), withDestinationURL: outside)
        try manager.removeItem(at: folder.appendingPathComponent("index.html"))
        let samePage = outside.appendingPathComponent("2024-06/index.html")
        try manager.createSymbolicLink(at: folder.appendingPathComponent("index.html"), withDestinationURL: samePage)
        let nfc = folder.appendingPathComponent("đơn-vị/xã Hải Phú.html")
        let decomposed = "xã Hải Phú.html".decomposedStringWithCanonicalMapping
        try manager.moveItem(at: nfc, to: folder.appendingPathComponent("đơn-vị").appendingPathComponent(decomposed))
        let finding = try #require(ArchiveVerifier.verify(output: output.path).first)
        #expect(finding.added.map { Array($0.utf8) } == [Array("periods".utf8), Array("đơn-vị/".utf8) + Array(decomposed.utf8)])
        #expect(finding.missing == ["periods/2024-06/data.csv", "periods/2024-06/index.html", "đơn-vị/xã Hải Phú.html"])
        #expect(finding.changed == ["index.html"])
        #expect(finding.zipProblems.isEmpty)
    }

    @Test("A broken manifest, a zip that disagrees, an orphan zip, and no archive folder at all")
    func brokenPieces() throws {
        let output = try outputFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(ArchiveVerifier.verify(output: output.appendingPathComponent("archive/2024-06").path) == [])

        var altered = sample
        altered[1] = OutputFile(path: "index.html", text: "khác")
        altered.append(OutputFile(path: "thừa.txt", text: "thêm"))
        let zip = try ArchiveZip.bytes(altered, folder: "2024-06", date: day)
        try write([OutputFile(path: "archive/2024-06.zip", bytes: zip), OutputFile(path: "archive/2025-01.zip", bytes: zip)], to: output)
        #expect(
            ArchiveVerifier.verify(output: output.path) == [
                ArchiveFinding(
                    id: "2024-06", fileCount: 5,
                    zipProblems: [
                        "«index.html» trong zip khác với bản đã lưu trữ (changed in zip)",
                        "«thừa.txt» có trong zip nhưng không có trong MANIFEST.sha256 (extra in zip)",
                        "thiếu «MANIFEST.sha256» trong zip (missing from zip)",
                    ]),
                ArchiveFinding(id: "2025-01", manifestBroken: true),
            ])

        try write(
            [
                OutputFile(path: "archive/2024-06/MANIFEST.sha256", text: "không phải danh sách\n"),
                OutputFile(path: "archive/2024-06.zip", text: "không phải zip"),
            ],
            to: output)
        let broken = try #require(ArchiveVerifier.verify(output: output.path).first)
        #expect(broken.manifestBroken && broken.fileCount == 0 && broken.changed.isEmpty)
        #expect(broken.zipProblems.count == 1 && broken.zipProblems[0].hasPrefix("không đọc được tệp zip: "))
        let lines = broken.description.split(separator: "\n")
        #expect(lines.first?.hasPrefix("archive/2024-06/MANIFEST.sha256: bị mất hoặc sai định dạng sha256sum") == true)
        #expect(lines.last?.hasPrefix("archive/2024-06.zip: không đọc được tệp zip: ") == true)
    }

    @Test("chiso verify, run as a program: exit 0 when intact, 1 naming the file when not, 2 without the folder")
    func command() throws {
        let output = try outputFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/chiso").path
        let intact = try run(binary, ["verify", "--output", output.path], in: output)
        #expect(intact.status == 0)
        #expect(intact.output == "archive/2024-06: nguyên vẹn (5 tệp)\n1 archive checked, 0 with problems\n")

        try flipByte(of: "archive/2024-06/periods/2024-06/data.csv", in: output)
        let tampered = try run(binary, ["verify", "--output", output.path], in: output)
        #expect(tampered.status == 1)
        #expect(tampered.output == "archive/2024-06/periods/2024-06/data.csv: đã bị sửa (changed)\n1 archive checked, 1 with problems\n")

        try FileManager.default.removeItem(at: output.appendingPathComponent("archive"))
        let none = try run(binary, ["verify", "--output", output.path], in: output)
        #expect(none.status == 0 && none.output == "no archives in \(output.path)/archive/\n")
        #expect(try run(binary, ["verify", "--output", "khong-co"], in: output).status == 2)
        #expect(try run(binary, ["verify", "--outptu", output.path], in: output).status == 2)
    }
}
