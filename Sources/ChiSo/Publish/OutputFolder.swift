import Foundation

/// Why the site could not be written; the output folder is as it was.
public struct PublishError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "\(path): không ghi được (\(reason)); thư mục đầu ra vẫn giữ nguyên như trước" }
}

/// The publish stage: writes the site beside the output folder, then swaps it in.
public enum OutputFolder {
    /// Writes `files` into a staging folder next to `output`, carries `archive/` over from the
    /// current output, then replaces the output with it. On any failure the staging folder is
    /// removed and the output is left exactly as it was.
    public static func publish(_ files: [OutputFile], to output: String) throws(PublishError) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).staging")
        let retired = parent.appendingPathComponent(".\(name).old")
        do {
            try? manager.removeItem(at: staging)
            try? manager.removeItem(at: retired)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            let archive = target.appendingPathComponent("archive")
            if manager.fileExists(atPath: archive.path) {
                try manager.copyItem(at: archive, to: staging.appendingPathComponent("archive"))
            }
            if manager.fileExists(atPath: target.path) { try manager.moveItem(at: target, to: retired) }
            do {
                try manager.moveItem(at: staging, to: target)
            } catch {
                if manager.fileExists(atPath: retired.path) { try? manager.moveItem(at: retired, to: target) }
                throw error
            }
            try? manager.removeItem(at: retired)
        } catch {
            try? manager.removeItem(at: staging)
            throw PublishError(path: output, reason: error.localizedDescription)
        }
    }
}
