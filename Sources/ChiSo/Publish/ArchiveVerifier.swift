import Foundation

/// What verify found in one archive.
public struct ArchiveFinding: Sendable, Equatable, CustomStringConvertible {
    /// The archive's period id: the name of its folder under `archive/`.
    public var id: String
    /// How many files the manifest lists.
    public var fileCount = 0
    /// Files in the folder but not in the manifest, sorted by their UTF-8 bytes.
    public var added: [String] = []
    /// Files in the manifest but not in the folder, sorted.
    public var missing: [String] = []
    /// Files whose digest differs from the manifest's, or that are no longer regular files, sorted.
    public var changed: [String] = []
    /// What is wrong with `archive/<id>.zip`: missing, unreadable, or a file differing from, missing
    /// from or extra to the archive as its manifest lists it.
    public var zipProblems: [String] = []
    /// True when MANIFEST.sha256 (or the folder holding it) is missing or not in the `sha256sum` format:
    /// then the files cannot be checked.
    public var manifestBroken = false

    /// True when nothing was found.
    public var isIntact: Bool {
        added.isEmpty && missing.isEmpty && changed.isEmpty && zipProblems.isEmpty && !manifestBroken
    }

    /// A line saying the archive is intact, or one line per problem naming the file.
    public var description: String {
        let folder = OutputLayout.archiveFolder(id)
        guard !isIntact else { return "\(folder): nguyên vẹn (\(fileCount) tệp)" }
        var lines: [String] = []
        if manifestBroken {
            lines.append("\(folder)/\(Manifest.fileName): bị mất hoặc sai định dạng sha256sum, không kiểm được các tệp (manifest broken)")
        }
        lines += changed.map { "\(folder)/\($0): đã bị sửa (changed)" }
        lines += missing.map { "\(folder)/\($0): bị mất (missing)" }
        lines += added.map { "\(folder)/\($0): thêm vào sau khi lưu trữ (added)" }
        lines += zipProblems.map { "\(folder).zip: \($0)" }
        return lines.joined(separator: "\n")
    }
}

/// Checks the archives of an output folder against their manifests and zips.
public enum ArchiveVerifier {
    /// Every archive under `output`/archive/, sorted by id; empty when there is no archive folder.
    /// An archive is a subfolder (or a link in place of one) or an `<id>.zip`. Links inside an archive
    /// are reported, never followed; every file counts, hidden ones too, except the manifest itself.
    ///
    /// - Complexity: O(total bytes of the archives): every file and zip is read and hashed.
    public static func verify(output: String) -> [ArchiveFinding] {
        let archives = output + "/" + OutputLayout.archives
        return ArchiveFolder.present(in: output).map { check($0, in: archives) }
    }

    /// A manifest's entries keyed by the UTF-8 bytes of the path: names that differ only in Unicode
    /// normalisation are different files on disk and for `sha256sum`.
    private typealias Listing = [[UInt8]: (path: String, digest: String)]

    private static func check(_ id: String, in archives: String) -> ArchiveFinding {
        let folder = archives + "/" + id
        let zip = contents(of: folder + ".zip")
        guard kind(of: folder) == .typeDirectory, let manifest = contents(of: folder + "/" + Manifest.fileName),
            let text = utf8(manifest), let entries = Manifest.parse(text)
        else {
            return ArchiveFinding(id: id, zipProblems: problems(inZip: zip, listed: nil), manifestBroken: true)
        }
        var listed = Listing(uniqueKeysWithValues: entries.map { (Array($0.key.utf8), (path: $0.key, digest: $0.value)) })
        var finding = ArchiveFinding(id: id, fileCount: entries.count)
        var seen: Set<[UInt8]> = []
        for (path, regular) in files(under: folder) where path != Manifest.fileName {
            let key = Array(path.utf8)
            seen.insert(key)
            guard let entry = listed[key] else {
                finding.added.append(path)
                continue
            }
            if !regular || contents(of: folder + "/" + path).map(Manifest.digest) != entry.digest { finding.changed.append(path) }
        }
        finding.missing = listed.filter { !seen.contains($0.key) }.map(\.value.path)
        finding.added.sort(by: inByteOrder)
        finding.missing.sort(by: inByteOrder)
        finding.changed.sort(by: inByteOrder)
        listed[Array(Manifest.fileName.utf8)] = (Manifest.fileName, Manifest.digest(manifest))
        finding.zipProblems = problems(inZip: zip, listed: listed)
        return finding
    }

    /// What is wrong with the zip: missing, unreadable, or (when the archive's listing is known,
    /// the manifest included) a file differing from it.
    private static func problems(inZip zip: [UInt8]?, listed: Listing?) -> [String] {
        guard let zip else { return ["thiếu tệp zip (zip missing)"] }
        let files: [OutputFile]
        do {
            files = try ArchiveZip.files(in: zip)
        } catch {
            return ["không đọc được tệp zip: \((error as? ArchiveZipError)?.reason ?? "\(error)") (zip unreadable)"]
        }
        guard let listed else { return [] }
        var problems: [String] = []
        var seen: Set<[UInt8]> = []
        for file in files {
            let key = Array(file.path.utf8)
            if !seen.insert(key).inserted {
                problems.append("«\(file.path)» có hơn một lần trong zip (duplicate in zip)")
            } else if let entry = listed[key], Manifest.digest(file.bytes) != entry.digest {
                problems.append("«\(file.path)» trong zip khác với bản đã lưu trữ (changed in zip)")
            } else if listed[key] == nil {
                problems.append("«\(file.path)» có trong zip nhưng không có trong \(Manifest.fileName) (extra in zip)")
            }
        }
        let absent = listed.filter { !seen.contains($0.key) }.map(\.value.path).sorted(by: inByteOrder)
        return problems + absent.map { "thiếu «\($0)» trong zip (missing from zip)" }
    }

    /// Every entry under `folder` that is not a folder, relative to it, and whether it is a regular
    /// file; links are listed as entries, not followed.
    private static func files(under folder: String, prefix: String = "") -> [(path: String, regular: Bool)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.flatMap { name -> [(path: String, regular: Bool)] in
            let type = kind(of: folder + "/" + name)
            if type == .typeDirectory { return files(under: folder + "/" + name, prefix: prefix + name + "/") }
            return [(prefix + name, type == .typeRegular)]
        }
    }

    /// The type of the item at `path` itself, not of what a link points to; nil when there is none.
    private static func kind(of path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    /// The bytes of the regular file at `path`; nil when it is missing, unreadable or not a regular file.
    private static func contents(of path: String) -> [UInt8]? {
        guard kind(of: path) == .typeRegular, let data = FileManager.default.contents(atPath: path) else { return nil }
        return Array(data)
    }

    private static func utf8(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.utf8.elementsEqual(bytes) ? text : nil
    }

    private static func inByteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}
