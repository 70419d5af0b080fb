import ArgumentParser
import ChiSo
import Foundation

/// `chiso check`: report every problem in the content folder.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra thư mục nội dung và báo mọi lỗi (tệp:dòng:cột).",
        discussion: "Thoát với mã 0 khi không có lỗi (có thể có cảnh báo), 1 khi có lỗi, 2 khi sai cú pháp lệnh hoặc không có thư mục."
    )

    @OptionGroup var source: ContentOption

    func run() throws {
        let result: CheckResult
        do {
            result = try Check.run(content: source.content)
        } catch {
            FileHandle.standardError.write("error: \(error)\n")
            throw ContentFailure(code: 2)
        }
        print(result.report, terminator: "")
        if result.hasErrors { throw ContentFailure(code: 1) }
    }
}
