import Foundation

/// A file of the output and its bytes: written new, or compared with what a build made. Both
/// ways of publishing (`StagingTree`, `InPlaceUpdate`) write and compare files so.
enum OutputBytes {
    /// Writes a new file with plain `open` and `write`: `Data.write` here also syncs every file
    /// to the disk, which made a build wait on the device file by file. What must be atomic is the
    /// step that publishes (the swap of the tree, or the rename of each file), not each file's trip
    /// to the disk. `O_EXCL`: never through a link to a published file.
    static func write(_ bytes: [UInt8], to path: String) throws { try write([bytes], to: path) }

    /// Writes a new file of `pieces` one after the other, as `write(_:to:)` does.
    static func write(_ pieces: [[UInt8]], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublishError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        for bytes in pieces {
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { buffer in
                    Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw PublishError(path: path, reason: String(cString: strerror(errno)))
                }
                written += count
            }
        }
    }

    /// True when the file at `url` is a regular file with exactly `bytes`; only a file of the
    /// same size is read.
    static func holds(_ url: URL, _ bytes: [UInt8]) -> Bool {
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == bytes.count,
            let data = try? Data(contentsOf: url), data.count == bytes.count
        else { return false }
        guard !bytes.isEmpty else { return true }
        return data.withUnsafeBytes { stored in bytes.withUnsafeBytes { made in memcmp(stored.baseAddress!, made.baseAddress!, made.count) == 0 } }
    }
}
