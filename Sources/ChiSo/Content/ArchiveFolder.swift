import Foundation

/// Reads which archives an output folder already holds (its `archive/<id>/` folders).
public enum ArchiveFolder {
    /// The ids of the archives under `output`/archive, sorted; empty when there are none.
    public static func ids(in output: String) -> [String] {
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: output).appendingPathComponent("archive")
        let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".") && manager.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
        }.sorted()
    }
}
