import Foundation

/// What a folder holds, to tell when anything in it changed: each file's size and change time.
public struct FolderSnapshot: Equatable, Sendable {
    private var files: [String: [Int]] = [:]

    /// The files under each of `folders` (a missing folder holds nothing).
    ///
    /// - Complexity: O(files), one `lstat` each.
    public init(_ folders: [String]) {
        let manager = FileManager.default
        for folder in folders {
            guard let walker = manager.enumerator(atPath: folder) else { continue }
            while let name = walker.nextObject() as? String {
                var info = stat()
                let path = folder + "/" + name
                guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
                files[path] = [Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec, info.st_ctim.tv_sec, info.st_ctim.tv_nsec]
            }
        }
    }
}
