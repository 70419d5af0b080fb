import Foundation
import Crypto

/// Digests of the files a build reads, grouped by what they feed: the site-wide files (site.toml,
/// units.csv, pages), and each period folder's data and its notes.md apart. A build compares them
/// with the last build's to know which output files can stay as they are.
public struct InputDigests: Sendable, Equatable {
    /// Every file outside `periods/<id>/` (for a theme folder: every file).
    public var site: String
    /// By period id: the digest of the folder's files other than notes.md.
    public var periodData: [String: String]
    /// By period id: the digest of notes.md (of nothing, when the period has none).
    public var periodNotes: [String: String]

    /// The digests of `files`.
    ///
    /// - Complexity: O(total bytes of the files).
    public init(_ files: ContentFiles) {
        var site = SHA256()
        var data: [String: SHA256] = [:]
        var notes: [String: SHA256] = [:]
        for path in files.files.keys.sorted() {
            let bytes = files.files[path]!
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "periods" else {
                InputDigests.feed(&site, path, bytes)
                continue
            }
            let id = String(parts[1])
            if parts[2] == "notes.md" {
                InputDigests.feed(&notes[id, default: SHA256()], path, bytes)
            } else {
                InputDigests.feed(&data[id, default: SHA256()], path, bytes)
            }
        }
        self.site = InputDigests.hex(site.finalize())
        periodData = data.mapValues { InputDigests.hex($0.finalize()) }
        periodNotes = notes.mapValues { InputDigests.hex($0.finalize()) }
    }

    /// Feeds a file's path and bytes, each preceded by its length, so no two lists of files feed the same bytes.
    static func feed(_ hasher: inout SHA256, _ path: String, _ bytes: [UInt8]) {
        let name = Array(path.utf8)
        hasher.update(data: withUnsafeBytes(of: UInt64(name.count).littleEndian, Array.init))
        hasher.update(data: name)
        hasher.update(data: withUnsafeBytes(of: UInt64(bytes.count).littleEndian, Array.init))
        hasher.update(data: bytes)
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { count < width ? String(repeating: "0", count: width - count) + self : self }
}

extension InputDigests {
    /// Who is building: the running executable's path, size, inode and change time. Any new
    /// build of chiso changes it, so a rebuild by another chiso makes every file again.
    public static var tool: String {
        let path = (Bundle.main.executablePath.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }) ?? CommandLine.arguments[0]
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown tool \(UInt64.random(in: 0...UInt64.max))" }
        return "\(path) \(info.st_size) \(info.st_ino) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }
}
