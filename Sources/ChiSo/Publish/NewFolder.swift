import Foundation

/// Why a new folder was not written; nothing of it was left behind.
public struct NewFolderError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let reason: String

    public var description: String { "\(path): \(reason)" }
}

/// Writes a folder of new files (`chiso init`), never over anything: a folder that exists must be empty.
public enum NewFolder {
    /// Writes `files` (by relative path) under `root`, making the folders they need. Refused
    /// when `root` holds anything; when a write fails, what was written is removed.
    public static func write(_ files: [String: [UInt8]], to root: String) throws(NewFolderError) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let existed = manager.fileExists(atPath: root, isDirectory: &isFolder)
        if existed {
            guard isFolder.boolValue else { throw NewFolderError(path: root, reason: "đã có một tệp tên này; chọn tên thư mục khác") }
            guard ((try? manager.contentsOfDirectory(atPath: root)) ?? ["?"]).isEmpty else {
                throw NewFolderError(path: root, reason: "thư mục đã có nội dung; chiso init chỉ ghi vào thư mục mới hoặc rỗng, không ghi đè")
            }
        }
        let base = URL(fileURLWithPath: root)
        do {
            for path in files.keys.sorted() {
                let file = base.appendingPathComponent(path)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(files[path]!).write(to: file, options: .withoutOverwriting)
            }
        } catch {
            if existed {
                for name in (try? manager.contentsOfDirectory(atPath: root)) ?? [] { try? manager.removeItem(at: base.appendingPathComponent(name)) }
            } else {
                try? manager.removeItem(at: base)
            }
            throw NewFolderError(path: root, reason: "không ghi được (\(error.localizedDescription)); không để lại tệp nào")
        }
    }
}
