import ArgumentParser
import ChiSo
import Foundation

/// `chiso verify`: check every archive of the output folder against its manifest and zip.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Kiểm tra mọi bản lưu trữ trong archive/ theo MANIFEST.sha256 và tệp zip của nó.",
        discussion: """
            Nêu từng tệp bị sửa, bị mất hoặc thêm vào sau khi lưu trữ. Thoát với mã 0 khi mọi bản lưu trữ nguyên vẹn, \
            1 khi có vấn đề, 2 khi sai cú pháp lệnh hoặc không có thư mục đầu ra.
            """
    )

    @Option(name: .long, help: "Thư mục đầu ra.")
    var output = "public"

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue else {
            FileHandle.standardError.write("error: \(output): không có thư mục đầu ra này (output folder not found)\n")
            throw ContentFailure(code: 2)
        }
        let findings = ArchiveVerifier.verify(output: output)
        guard !findings.isEmpty else {
            print("no archives in \(output)/archive/")
            return
        }
        for finding in findings { print(finding) }
        let broken = findings.filter { !$0.isIntact }.count
        print("\(findings.count) archive\(findings.count == 1 ? "" : "s") checked, \(broken) with problems")
        if broken > 0 { throw ContentFailure(code: 1) }
    }
}
