import ArgumentParser
import ChiSo
import Foundation

extension AuthorityLevel: ExpressibleByArgument {}

/// `chiso init`: a new folder to start from, which `check` and `build` accept as it is.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Tạo một thư mục mới để bắt đầu: content/ với site.toml, units.csv, một kỳ mẫu, notes.md và trang giới thiệu.",
        discussion: "Thư mục phải chưa có hoặc đang rỗng: chiso init không ghi đè. Thoát với mã 2 khi không tạo được."
    )

    @Argument(help: "Thư mục sẽ tạo.")
    var folder: String

    @Option(name: .long, help: "Cấp chính quyền: tinh, huyen (đến 30/6/2025) hoặc xa.")
    var level: AuthorityLevel = .tinh

    @Flag(name: .long, help: "Chép cả mẫu trang mặc định vào site-templates/ để sửa giao diện.")
    var theme = false

    func run() throws {
        var files: [String: [UInt8]] = [:]
        for (path, text) in StarterContent.files(for: level) { files["content/" + path] = Array(text.utf8) }
        do {
            if theme {
                let location = try ThemeLocation.resolve(given: nil)
                for (path, bytes) in try ThemeFolder.read(at: location).files { files[ThemeLocation.folderName + "/" + path] = bytes }
            }
            try NewFolder.write(files, to: folder)
        } catch {
            FileHandle.standardError.write("error: \(error)\n")
            throw ContentFailure(code: 2)
        }
        print("đã tạo \(folder)/content/\(theme ? " và \(folder)/\(ThemeLocation.folderName)/" : ""). Tiếp theo:")
        print("  cd \(folder)")
        print("  chiso check      # kiểm tra nội dung")
        print("  chiso build      # dựng trang vào public/")
    }
}
