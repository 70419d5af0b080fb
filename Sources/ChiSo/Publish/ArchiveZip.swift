import Foundation
import ZIPFoundation

/// Why a zip could not be made or read as an archive's zip.
public struct ArchiveZipError: Error, CustomStringConvertible, Equatable {
    /// What is wrong, in the user's words.
    public let reason: String

    /// The sentence for the user.
    public var description: String { "tệp zip lưu trữ: \(reason)" }
}

/// The zip of an archive: the same files as the folder, deterministic.
public enum ArchiveZip {
    /// A zip whose entries are `folder + "/" + file.path` for each file, sorted by the UTF-8 bytes
    /// of the path, deflate-compressed, every entry dated `date` at 00:00 UTC with permissions 0644,
    /// so the same files give the same bytes. Throws if ZIPFoundation fails.
    ///
    /// - Complexity: O(total bytes of `files`).
    public static func bytes(_ files: [OutputFile], folder: String, date: Day) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let midnight = Date(timeIntervalSince1970: TimeInterval(date.ordinal - unixEpoch.ordinal) * 86_400)
        for file in files.sorted(by: Manifest.inPathOrder) {
            let data = Data(file.bytes)
            try archive.addEntry(
                with: folder + "/" + file.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: midnight,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ArchiveZipError(reason: "ZIPFoundation không trả lại nội dung zip") }
        return Array(data)
    }

    /// The files of a zip made by `bytes`, in the zip's order, with the `folder/` prefix removed.
    /// Throws when the zip does not read (a wrong checksum included), holds anything but files,
    /// or its entries are not all in one folder.
    public static func files(in zip: [UInt8]) throws -> [OutputFile] {
        let archive = try Archive(data: Data(zip), accessMode: .read)
        var folder: Substring?
        var files: [OutputFile] = []
        for entry in archive {
            let path = entry.path
            guard entry.type == .file else { throw ArchiveZipError(reason: "«\(path)» không phải một tệp") }
            guard let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")), folder == nil || folder == path[..<slash] else {
                throw ArchiveZipError(reason: "«\(path)» không nằm trong thư mục chung của bản lưu trữ")
            }
            folder = path[..<slash]
            var bytes: [UInt8] = []
            _ = try archive.extract(entry) { bytes += $0 }
            files.append(OutputFile(path: String(path[path.utf8.index(after: slash)...]), bytes: bytes))
        }
        return files
    }

    private static let unixEpoch = Day(year: 1970, month: 1, day: 1)!
}
