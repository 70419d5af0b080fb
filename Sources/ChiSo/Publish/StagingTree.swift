import Foundation

/// The new output being assembled beside the old one: unchanged files are hard links to the old
/// ones, so a rebuild with nothing changed rewrites no file.
struct StagingTree {
    let root: URL
    let previous: URL
    /// Relative paths staged so far.
    private(set) var placed: Set<String> = []
    private var folders: Set<String> = [""]

    init(root: URL, previous: URL) {
        self.root = root
        self.previous = previous
    }

    /// Creates the staging folder and every folder the files at `paths` go in, once each.
    mutating func prepare(_ paths: [String]) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        for path in paths {
            placed.insert(path)
            try folder(of: path)
        }
    }

    /// Stages a prepared file with `bytes`; true when they were already in the previous output and
    /// the old file was linked. Safe to call from several threads for different paths.
    func place(_ path: String, _ bytes: [UInt8]) throws -> Bool {
        let old = previous.appendingPathComponent(path)
        let destination = root.appendingPathComponent(path)
        if StagingTree.holds(old, bytes), link(old.path, destination.path) == 0 { return true }
        try StagingTree.write(bytes, to: destination.path)
        return false
    }

    /// Writes a new file with plain `open` and `write`: `Data.write` here also syncs every file
    /// to the disk, which made a build wait on the device file by file. The swap that publishes
    /// the tree is what must be atomic, not each file's trip to the disk.
    private static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublishError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
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

    /// Stages the previous output's file at `path` as it is, without reading it.
    func keep(_ path: String) throws {
        try FileManager.default.linkItem(at: previous.appendingPathComponent(path), to: root.appendingPathComponent(path))
    }

    /// Links the file or folder at `relative` in the previous output over as it is, if it exists.
    mutating func carry(_ relative: String) throws {
        let manager = FileManager.default
        let source = previous.appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: source.path, isDirectory: &isFolder) else { return }
        let paths = isFolder.boolValue ? StagingTree.files(under: source).sorted().map { relative + "/" + $0 } : [relative]
        for path in paths {
            try folder(of: path)
            try manager.linkItem(at: previous.appendingPathComponent(path), to: root.appendingPathComponent(path))
            placed.insert(path)
        }
    }

    /// Every regular file under `folder`, as paths relative to it; hidden files included.
    static func files(under folder: URL) -> Set<String> {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        let base = folder.standardizedFileURL.path + "/"
        var found: Set<String> = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            found.insert(String(url.standardizedFileURL.path.dropFirst(base.count)))
        }
        return found
    }

    /// True when the file at `url` has exactly `bytes`.
    private static func holds(_ url: URL, _ bytes: [UInt8]) -> Bool {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size == bytes.count,
            let data = try? Data(contentsOf: url)
        else { return false }
        return data.elementsEqual(bytes)
    }

    private mutating func folder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let parent = String(path[..<slash])
        guard !folders.contains(parent) else { return }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(parent), withIntermediateDirectories: true)
        folders.insert(parent)
    }
}
