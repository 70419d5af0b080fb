import Foundation

/// Reads a theme folder (`site-templates/`) from disk: its templates, strings.toml and assets.
public enum ThemeFolder {
    /// Every `*.mustache` and `strings.toml` at the top of the folder and every file under `assets/`,
    /// by relative path; hidden files are passed over.
    public static func read(at root: String) throws(ContentFolderError) -> ContentFiles {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw ContentFolderError(path: root, reason: "không có thư mục mẫu trang này (templates folder not found)")
        }
        let base = URL(fileURLWithPath: root)
        var files: [String: [UInt8]] = [:]
        let names = (try? manager.contentsOfDirectory(atPath: root)) ?? []
        var wanted = names.filter { $0.hasSuffix(".mustache") || $0 == "strings.toml" }
        if let walker = manager.enumerator(atPath: base.appendingPathComponent("assets").path) {
            while let name = walker.nextObject() as? String {
                var folder: ObjCBool = false
                let path = "assets/" + name
                manager.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &folder)
                if !folder.boolValue, !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { wanted.append(path) }
            }
        }
        for relative in wanted.sorted() where !relative.hasPrefix(".") {
            do {
                files[relative] = Array(try Data(contentsOf: base.appendingPathComponent(relative)))
            } catch {
                throw ContentFolderError(path: (root as NSString).appendingPathComponent(relative), reason: "không đọc được tệp (\(error.localizedDescription))")
            }
        }
        return ContentFiles(root: root, files: files)
    }
}
