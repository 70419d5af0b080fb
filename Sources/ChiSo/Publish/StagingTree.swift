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

    func create() throws { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }

    /// Stages `file`; true when its bytes were already in the previous output and it was linked.
    mutating func place(_ file: OutputFile) throws -> Bool {
        let destination = root.appendingPathComponent(file.path)
        try folder(of: file.path)
        placed.insert(file.path)
        let old = previous.appendingPathComponent(file.path)
        if StagingTree.holds(old, file.bytes), link(old.path, destination.path) == 0 { return true }
        try Data(file.bytes).write(to: destination)
        return false
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
