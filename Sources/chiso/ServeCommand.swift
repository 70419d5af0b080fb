import ArgumentParser
import ChiSo
import ChiSoServe
import Foundation

/// `chiso serve`: a preview that follows the content while the office writes it.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Xem thử trang trên máy: dựng vào .chiso/preview/ (không đụng đến public/), phục vụ tại 127.0.0.1 và dựng lại mỗi khi nội dung hay mẫu trang thay đổi.",
        discussion: """
            Các trang đang mở trong trình duyệt tự tải lại sau mỗi lần dựng (đoạn mã tải lại chỉ thêm vào trang \
            khi phục vụ, trang dựng bằng «chiso build» không có JavaScript). Lần dựng lại có lỗi thì lỗi hiện \
            ở cửa sổ lệnh và trên đầu trang, trang vẫn là bản dựng tốt trước đó. Ctrl-C để dừng (mã thoát 0); \
            cổng đang bị dùng: mã thoát 2.
            """
    )

    @OptionGroup var source: ContentOption

    @Option(name: .long, help: ArgumentHelp("Thư mục mẫu trang; không ghi thì tìm như «chiso build».", valueName: "thư-mục"))
    var templates: String?

    @Option(name: .long, help: "Cổng trên 127.0.0.1 (0: một cổng còn trống).")
    var port: UInt16 = 8000

    /// The preview folder, beside the content, never the output folder.
    static let preview = ".chiso/preview"

    func run() throws {
        let server: PreviewServer
        do {
            let theme = try ThemeLocation.resolve(given: templates)
            server = try PreviewServer(BuildRequest(content: source.content, templates: theme, output: Self.preview, built: try SourceDate.day()), port: port)
        } catch let error as ValidationError {
            throw error
        } catch {
            FileHandle.standardError.write("error: \(error)\n")
            throw ContentFailure(code: 2)
        }
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        // Blocked, the two signals reach only the dispatch sources (libdispatch reads them through a
        // signalfd on Linux); a shell's background job starts with SIGINT ignored, which this undoes.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let stops = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .global()) }
        for stop in stops {
            stop.setEventHandler { Task { await server.stop() } }
            stop.resume()
        }
        Task {
            do {
                try await server.run { line in FileHandle.standardOutput.write(line + "\n") }
            } catch {
                outcome.error = error
            }
            finished.signal()
        }
        // The sources must outlive the wait: an optimised build may release them after their last use.
        withExtendedLifetime(stops) { finished.wait() }
        if let error = outcome.error {
            FileHandle.standardError.write("error: \(error)\n")
            throw ContentFailure(code: 2)
        }
        FileHandle.standardOutput.write("chiso serve: đã dừng\n")
    }
}

/// How the server ended, handed from its task to the command.
private final class Outcome: @unchecked Sendable {
    var error: (any Error)?
}
