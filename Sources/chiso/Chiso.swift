import ArgumentParser
import ChiSo
import Foundation

/// `chiso`: the district's TTHC statistics as a static website.
struct Chiso: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chiso",
        abstract: "Sinh trang thống kê giải quyết thủ tục hành chính từ thư mục nội dung.",
        subcommands: [InitCommand.self, CheckCommand.self, BuildCommand.self, ServeCommand.self, ArchiveCommand.self, VerifyCommand.self]
    )
}

/// The content folder option every command reads.
struct ContentOption: ParsableArguments {
    @Option(name: .long, help: "Thư mục nội dung.")
    var content = "content"
}

/// A failure already reported to the user; carries the exit code.
struct ContentFailure: Error {
    let code: Int32
}

extension FileHandle {
    func write(_ text: String) { write(Data(text.utf8)) }
}
