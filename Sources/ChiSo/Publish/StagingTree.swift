import Foundation

/// The new output being assembled beside the old one: files whose bytes are already in the old
/// output are hard links to them, not copies.
///
/// The tree exists only while a build stages it; once swapped in, the old output in its place
/// is removed. A tree an interrupted build left is taken over: what it holds that is still the
/// same file (the same inode) as in the output stays, the rest is written, linked or removed.
/// A file in it is never written through: a path is unlinked before it is written or linked.
struct StagingTree {
    let root: URL
    let previous: URL
    /// Relative paths staged so far.
    private(set) var placed: Set<String> = []
    /// The folders the staged files need, "" for the root.
    private var folders: Set<String> = [""]
    /// What the tree held when the build began: each file's inode (nil: not a regular file) and the folders.
    private var found: [String: FileStamp?] = [:]
    private var foundFolders: Set<String> = []

    init(root: URL, previous: URL) {
        self.root = root
        self.previous = previous
    }

    /// Takes over the tree a previous build left (or makes an empty one; a link or a file in its
    /// place is removed, never followed) and creates every folder the files at `paths` go in that it lacks.
    mutating func prepare(_ paths: [String]) throws {
        let manager = FileManager.default
        var info = stat()
        if lstat(root.path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { try manager.removeItem(at: root) }
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        (found, foundFolders) = FileStamp.tree(root.path)
        for path in paths {
            placed.insert(path)
            try folder(of: path)
        }
    }

    /// Stages the previous output's file at `path` as it is, without reading it.
    func keep(_ path: String) throws {
        let source = previous.path + "/" + path
        if let staged = found[path], let staged, staged.inode == FileStamp(path: source)?.inode { return }
        let destination = try clear(path)
        guard link(source, destination) == 0 else { throw PublishError(path: destination, reason: String(cString: strerror(errno))) }
    }

    /// Stages a prepared file with `bytes`; true when they were already in the previous output and
    /// the old file was linked. Safe to call from several threads for different paths.
    func place(_ path: String, _ bytes: [UInt8]) throws -> Bool {
        if OutputBytes.holds(previous.appendingPathComponent(path), bytes) {
            try keep(path)
            return true
        }
        try OutputBytes.write(bytes, to: try clear(path))
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
            try keep(path)
            placed.insert(path)
        }
    }

    /// Removes what the tree held that this build did not stage: files (a folder made since where
    /// one stood is left), then folders no file needs.
    func sweep() throws {
        for (path, _) in found where !placed.contains(path) {
            unlink(root.path + "/" + path)
        }
        for folder in foundFolders.subtracting(folders).sorted(by: { $0.count > $1.count }) {
            var info = stat()
            if lstat(root.path + "/" + folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                try FileManager.default.removeItem(atPath: root.path + "/" + folder)
            }
        }
    }

    /// The absolute path of `path` in the tree, with whatever was there removed.
    private func clear(_ path: String) throws -> String {
        let destination = root.path + "/" + path
        if found[path] != nil || foundFolders.contains(path) { try StagingTree.remove(destination) }
        return destination
    }

    /// Removes the file, link or folder at `path`.
    private static func remove(_ path: String) throws {
        if unlink(path) == 0 || errno == ENOENT { return }
        try FileManager.default.removeItem(atPath: path)
    }

    /// Every regular file under `folder`, as paths relative to it; hidden files included.
    static func files(under folder: URL) -> Set<String> {
        Set(FileStamp.tree(folder.path).files.compactMap { $0.value == nil ? nil : $0.key })
    }

    /// Notes the folder of `path` and its parents as needed, and creates those the tree lacks,
    /// removing a file that stands where one of them goes.
    private mutating func folder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        var folder = String(path[..<slash])
        guard !folders.contains(folder) else { return }
        var missing = false
        while true {
            guard folders.insert(folder).inserted else { break }
            if !foundFolders.contains(folder) {
                missing = true
                if found[folder] != nil { try StagingTree.remove(root.path + "/" + folder) }
            }
            guard let slash = folder.lastIndex(of: "/") else { break }
            folder = String(folder[..<slash])
        }
        if missing {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(String(path[..<slash])), withIntermediateDirectories: true)
        }
    }
}
