import Foundation
import Testing
@testable import ChiSo

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `chiso serve --port 0` running in a new folder made from the province starter, and the address it printed.
private final class Served: @unchecked Sendable {
    let root: URL
    let process = Process()
    private let output = Pipe()
    private let lock = NSLock()
    private var printed = ""
    private(set) var address = ""

    init(port: String = "0") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-serve-\(UUID().uuidString)")
        let files = StarterContent.files(for: .tinh).reduce(into: [String: [UInt8]]()) { $0["content/" + $1.key] = Array($1.value.utf8) }
        try NewFolder.write(files, to: root.path)
        process.executableURL = ProcessInfo.processInfo.environment["CHISO_BINARY"].map { URL(fileURLWithPath: $0) }
            ?? repositoryRoot.appendingPathComponent(".build/debug/chiso")
        process.arguments = ["serve", "--port", port, "--templates", repositoryRoot.appendingPathComponent("site-templates").path]
        process.currentDirectoryURL = root
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.withLock { self.printed += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var text: String { lock.withLock { printed } }

    /// Waits until the terminal has shown `line` `count` times, up to `seconds`.
    func waitFor(_ line: String, count: Int = 1, seconds: Double = 60) async throws -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if text.components(separatedBy: line).count > count { return true }
            if !process.isRunning { break }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        return text.components(separatedBy: line).count > count
    }

    /// Waits for the address line and the first build.
    func started() async throws {
        #expect(try await waitFor("/ (Ctrl-C để dừng)"), "\(text)")
        let start = try #require(text.range(of: "http://127.0.0.1:"))
        address = "http://127.0.0.1:" + text[start.upperBound...].prefix { $0.isNumber }
        #expect(try await waitFor("đã dựng: ghi"), "\(text)")
    }

    func get(_ path: String) async throws -> (status: Int, body: String, type: String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: address + path)!)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, String(decoding: data, as: UTF8.self), http.value(forHTTPHeaderField: "Content-Type") ?? "")
    }

    /// Sends SIGINT and gives the server 10 s to stop; one that does not is killed and gives -1.
    func interrupt() -> Int32 {
        process.interrupt()
        let end = Date().addingTimeInterval(10)
        while process.isRunning, Date() < end { Thread.sleep(forTimeInterval: 0.02) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return -1
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: root)
    }
}

/// A WebSocket to the server's reload path, opened by hand: the bytes it reads, up to a second at a time.
private struct ReloadSocket {
    let descriptor: Int32

    init(port: UInt16) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let handshake = "GET /__chiso/reload HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        _ = Array(handshake.utf8).withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
    }

    func read() -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
    }

    func close() { _ = Glibc.close(descriptor) }
}

/// Run by `make test` after the other suites, alone (`CHISO_SERVE_TESTS=1 swift test --filter
/// ServeTests`): they time a live rebuild, which the other suites would slow by taking every core.
/// CI runs them again on the release binary (`CHISO_BINARY`), whose optimised lifetimes differ.
@Suite("chiso serve, run as a program", .serialized, .enabled(if: ProcessInfo.processInfo.environment["CHISO_SERVE_TESTS"] == "1"))
struct ServeTests {
    @Test("Serves the preview, shows a notes.md edit within 2 s, and stops with status 0 on SIGINT")
    func serveAndReload() async throws {
        let served = try Served()
        try await served.started()
        let home = try await served.get("/")
        #expect(home.status == 200 && home.type == "text/html; charset=utf-8")
        #expect(home.body.contains("<title>Kết quả giải quyết thủ tục hành chính · Kết quả giải quyết thủ tục hành chính</title>"))
        #expect(home.body.contains("new WebSocket(") && home.body.contains("/__chiso/reload"), "the reload script, in served pages only")
        let page = "/periods/2025-11/index.html"
        #expect(try await served.get(page).status == 200)
        #expect(try await served.get("/assets/style.css").type == "text/css; charset=utf-8")
        #expect(try await served.get("/khong-co.html").status == 404)
        let socket = try ReloadSocket(port: UInt16(served.address.split(separator: ":").last!)!)
        defer { socket.close() }
        #expect(socket.read().hasPrefix("HTTP/1.1 101 Switching Protocols\r\n"))
        let line = "Một câu mới viết lúc xem thử."
        let notes = served.root.appendingPathComponent("content/periods/2025-11/notes.md")
        try (try String(contentsOf: notes, encoding: .utf8) + "\n" + line + "\n").write(to: notes, atomically: true, encoding: .utf8)
        let edited = Date()
        var seen = false
        while !seen, Date().timeIntervalSince(edited) < 2 {
            seen = try await served.get(page).body.contains(line)
            if !seen { try await Task.sleep(nanoseconds: 50_000_000) }
        }
        #expect(seen, "the edit is served within 2 s")
        #expect(socket.read().hasSuffix("reload"), "open pages are told to reload")
        let preview = served.root.appendingPathComponent(".chiso/preview").path
        for file in FileManager.default.subpaths(atPath: preview)! where file.hasSuffix(".html") {
            #expect(!(try String(contentsOfFile: preview + "/" + file, encoding: .utf8)).contains("<script"), "\(file): the built pages have no script")
        }
        #expect(!FileManager.default.fileExists(atPath: served.root.appendingPathComponent("public").path), "public/ is never written")
        #expect(served.interrupt() == 0)
        #expect(served.text.hasSuffix("chiso serve: đã dừng\n"))
    }

    @Test("A failed rebuild is shown in the terminal and over the last good page, until it is fixed")
    func failedRebuild() async throws {
        let served = try Served()
        try await served.started()
        let data = served.root.appendingPathComponent("content/periods/2025-11/data.csv")
        let good = try String(contentsOf: data, encoding: .utf8)
        try good.replacingOccurrences(of: "Sở Tư pháp,158,", with: "Sở Tư pháp,ba,").write(to: data, atomically: true, encoding: .utf8)
        #expect(try await served.waitFor("content/periods/2025-11/data.csv:2:"), "\(served.text)")
        let broken = try await served.get("/")
        #expect(broken.status == 200 && broken.body.contains("role=\"alert\"") && broken.body.contains("data.csv:2:"))
        #expect(broken.body.contains("<h1"), "the last good page is still there under the report")
        try good.write(to: data, atomically: true, encoding: .utf8)
        #expect(try await served.waitFor("đã dựng:", count: 2), "\(served.text)")
        #expect(try await !served.get("/").body.contains("role=\"alert\""))
        #expect(served.interrupt() == 0)
    }

    @Test("A port in use is a clear error with status 2")
    func portInUse() async throws {
        let first = try Served()
        try await first.started()
        let port = String(first.address.split(separator: ":").last!)
        let second = try Served(port: port)
        #expect(try await second.waitFor("error: cổng", seconds: 30), "\(second.text)")
        second.process.waitUntilExit()
        #expect(second.process.terminationStatus == 2)
        #expect(second.text.contains("error: cổng \(port) đang được một chương trình khác dùng; chọn cổng khác"))
        #expect(first.interrupt() == 0)
    }
}
