import ChiSo
import FlyingFox
import FlyingSocks
import Foundation

/// Why `chiso serve` could not serve.
public enum ServeError: Error, CustomStringConvertible {
    case portInUse(UInt16)
    case cannotListen(UInt16, String)

    public var description: String {
        switch self {
        case .portInUse(let port): "cổng \(port) đang được một chương trình khác dùng; chọn cổng khác, ví dụ: chiso serve --port \(port == 8000 ? 8001 : 8000)"
        case .cannotListen(let port, let reason): "không mở được cổng \(port) trên 127.0.0.1 (\(reason)); chọn cổng khác bằng --port"
        }
    }
}

/// `chiso serve`: builds the site into a preview folder, never the output, serves it on
/// 127.0.0.1, builds again whenever a file of the content or the theme changes (only what
/// changed, as `chiso build` does) and reloads the pages open in a browser.
public final class PreviewServer: Sendable {
    private let request: BuildRequest
    private let port: UInt16
    private let watched: [String]
    private let server: HTTPServer
    private let state = PreviewState()

    /// A server for `request` (its `output` is the preview folder) on 127.0.0.1:`port`; 0 takes a free port.
    public init(_ request: BuildRequest, port: UInt16) throws(ServeError) {
        self.request = request
        self.port = port
        watched = [request.content, request.templates]
        do {
            server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        } catch {
            throw .cannotListen(port, "\(error)")
        }
    }

    /// Listens, builds, then serves and rebuilds until `stop()`; `say` gets each line for the terminal.
    public func run(say: @escaping @Sendable (String) -> Void) async throws(ServeError) {
        let files = PreviewFiles(root: URL(fileURLWithPath: request.output).standardizedFileURL.path, state: state)
        let state = state
        await server.appendRoute(HTTPRoute(method: .GET, path: PreviewPage.reloadPath), to: .webSocket(ReloadSocket(state: state)))
        await server.appendRoute("GET *") { request in await files.respond(to: request) }
        let failed = Failure()
        let running = Task { [server] in
            do { try await server.run() } catch { await failed.set(error) }
        }
        while !(await server.isListening) {
            if let error = await failed.error {
                if case SocketError.failed(_, let code, _) = error, code == EADDRINUSE { throw .portInUse(port) }
                throw .cannotListen(port, "\(error)")
            }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        if case .ip4(_, let actual)? = await server.listeningAddress { say("chiso serve: http://127.0.0.1:\(actual)/ (Ctrl-C để dừng)") }
        let watcher = Task { await watch(say: say) }
        _ = await running.result
        watcher.cancel()
    }

    /// Closes the server; `run` then returns.
    public func stop() async { await server.stop(timeout: 1) }

    /// Builds now, then again after each change of a watched file, one build at a time.
    private func watch(say: @escaping @Sendable (String) -> Void) async {
        var seen = FolderSnapshot(watched)
        await build(say: say)
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 200_000_000)
            let now = FolderSnapshot(watched)
            guard now != seen else { continue }
            seen = now
            await build(say: say)
        }
    }

    private func build(say: @escaping @Sendable (String) -> Void) async {
        let request = request
        let failure: String? = await withCheckedContinuation { done in
            DispatchQueue.global().async {
                do {
                    let outcome = try Build.run(request)
                    if outcome.check.hasErrors { return done.resume(returning: outcome.check.errorReport) }
                    let summary = outcome.summary
                    say(outcome.unchanged ? "đã dựng: không tệp nào thay đổi" : "đã dựng: ghi \(summary.written) tệp, giữ \(summary.kept)")
                    done.resume(returning: nil)
                } catch {
                    done.resume(returning: "error: \(error)\n")
                }
            }
        }
        if let failure { say(failure + "chiso serve: trang xem thử vẫn là bản dựng tốt trước đó; sửa lỗi rồi lưu tệp để dựng lại.") }
        await state.finished(failure: failure)
    }
}

/// The error the server stopped with, if any.
private actor Failure {
    private(set) var error: (any Error)?
    func set(_ error: any Error) { self.error = error }
}

/// The WebSocket of an open page: a message each time a build ends, so the page reloads.
struct ReloadSocket: WSMessageHandler {
    let state: PreviewState

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let builds = await state.subscribe()
        return AsyncStream { continuation in
            let task = Task {
                for await _ in builds { continuation.yield(.text("reload")) }
                continuation.finish()
            }
            let reader = Task {
                for await _ in client {}
                task.cancel()
                continuation.finish()
            }
            continuation.onTermination = { _ in
                task.cancel()
                reader.cancel()
            }
        }
    }
}
