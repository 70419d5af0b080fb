import Foundation

/// What the file system says of a file without reading it: its inode, size and change time.
/// A file written, replaced, renamed over or touched by hand after a build has another stamp
/// (the change time is set by the kernel, and no tool can set it back).
struct FileStamp: Equatable, Sendable {
    var inode: UInt64
    var size: Int64
    var changed: Int64

    /// The stamp of the regular file at `path`; nil when there is none there.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }

    init(inode: UInt64, size: Int64, changed: Int64) {
        self.inode = inode
        self.size = size
        self.changed = changed
    }

    /// Every entry under `folder` that is not a folder, by path relative to it: the stamp of a
    /// regular file, nil for anything else (a link, a socket). Archives (`archive/<id>` and
    /// `archive/<id>.zip`) are left out: builds carry them over and `verify` checks them.
    ///
    /// - Complexity: O(entries under `folder`), one `lstat` each.
    static func scan(_ folder: String) -> [String: FileStamp?] {
        tree(folder, archives: false).files
    }

    /// Every entry under `folder`: the files as `scan` gives them, and the folders (the root
    /// not included); archives too unless `archives` is false.
    static func tree(_ folder: String, archives: Bool = true) -> (files: [String: FileStamp?], folders: Set<String>) {
        var found: [String: FileStamp?] = [:]
        var folders: Set<String> = []
        var pending = [""]
        while let relative = pending.popLast() {
            guard let directory = opendir(folder + "/" + relative) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name != ".", name != ".." else { continue }
                let path = relative + name
                guard archives || OutputLayout.scope(of: path) != .archive else { continue }
                let type = entry.pointee.d_type
                if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && isFolder(folder + "/" + path)) {
                    folders.insert(path)
                    pending.append(path + "/")
                } else {
                    found[path] = FileStamp(path: folder + "/" + path)
                }
            }
        }
        return (found, folders)
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
