import Foundation

/// The files of a content folder, read into memory: the only place the load stage touches the disk.
public struct ContentFiles: Sendable {
    /// The folder as the user named it (`content`), used to print paths.
    public var root: String
    /// File bytes by path relative to the root (`periods/2023-06/data.csv`).
    public var files: [String: [UInt8]]

    public init(root: String, files: [String: [UInt8]]) {
        self.root = root
        self.files = files
    }

    /// The path to print for a relative path: `content/periods/2023-06/data.csv`.
    public func display(_ relative: String) -> String {
        root.isEmpty || root == "." ? relative : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    }
}

/// Why a content folder could not be read at all.
public struct ContentFolderError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}

/// Reads a content folder from disk.
public enum ContentFolder {
    /// Reads site.toml, units.csv, every file of each `periods/<id>/` folder and `pages/*.md`.
    /// Hidden files and Office lock files (`~$…`) are passed over.
    public static func read(at root: String) throws(ContentFolderError) -> ContentFiles {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw ContentFolderError(path: root, reason: "không có thư mục nội dung này (folder not found)")
        }
        let base = URL(fileURLWithPath: root)
        var files: [String: [UInt8]] = [:]
        func load(_ relative: String) throws(ContentFolderError) {
            do {
                files[relative] = Array(try Data(contentsOf: base.appendingPathComponent(relative)))
            } catch {
                throw ContentFolderError(path: (root as NSString).appendingPathComponent(relative), reason: "không đọc được tệp (\(error.localizedDescription))")
            }
        }
        func entries(_ relative: String, folders: Bool) -> [String] {
            let names = (try? manager.contentsOfDirectory(atPath: base.appendingPathComponent(relative).path)) ?? []
            return names.sorted().filter { name in
                guard !name.hasPrefix("."), !name.hasPrefix("~$") else { return false }
                // A name gone since the listing, or a broken link, counts as a file: reading it says why.
                var folder: ObjCBool = false
                _ = manager.fileExists(atPath: base.appendingPathComponent(relative).appendingPathComponent(name).path, isDirectory: &folder)
                return folder.boolValue == folders
            }
        }
        for name in ["site.toml", "units.csv"] where manager.fileExists(atPath: base.appendingPathComponent(name).path) {
            try load(name)
        }
        for period in entries("periods", folders: true) {
            for name in entries("periods/\(period)", folders: false) { try load("periods/\(period)/\(name)") }
            if files.keys.allSatisfy({ !$0.hasPrefix("periods/\(period)/") }) { files["periods/\(period)/"] = [] }
        }
        for name in entries("pages", folders: false) where name.hasSuffix(".md") { try load("pages/\(name)") }
        return ContentFiles(root: root, files: files)
    }
}
