import ArgumentParser
import ChiSo
import Foundation

/// `chiso build`: check the content, then write the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Kiểm tra nội dung rồi sinh trang vào thư mục đầu ra.",
        discussion: "Khi nội dung có lỗi, không ghi gì và thư mục đầu ra giữ nguyên. Mã thoát như «chiso check»."
    )

    @OptionGroup var source: ContentOption

    @Option(name: .long, help: "Thư mục mẫu trang (Mustache, strings.toml, assets/).")
    var templates = "site-templates"

    @Option(name: .long, help: "Thư mục đầu ra.")
    var output = "public"

    func run() throws {
        let outcome: Build.Outcome
        do {
            outcome = try Build.run(content: source.content, templates: templates, output: output)
        } catch let error as ContentFolderError {
            FileHandle.standardError.write("error: \(error)\n")
            throw ContentFailure(code: 2)
        } catch {
            FileHandle.standardError.write("error: \(error)\n")
            throw ContentFailure(code: 1)
        }
        print(outcome.check.report, terminator: "")
        if outcome.check.hasErrors {
            FileHandle.standardError.write("chưa ghi gì: \(output)/ vẫn giữ nguyên như trước\n")
            throw ContentFailure(code: 1)
        }
        print("wrote \(outcome.written) files to \(output)/")
    }
}
