import Foundation

/// Reads which archives an output folder already holds, in one place for the build and for `verify`.
public enum ArchiveFolder {
    /// The ids of the archives under `output`/archive that have their folder (`archive/<id>/`),
    /// sorted: the archives the site lists; empty when there are none.
    public static func ids(in output: String) -> [String] {
        let folder = URL(fileURLWithPath: output).appendingPathComponent(OutputLayout.archives)
        return entries(in: folder.path).filter { $0.value.contains(.folder) }.keys.sorted()
    }

    /// The ids of every archive something of is left under `output`/archive, sorted: a folder, a
    /// link where a folder should be, or a zip whose folder is gone. A build carries them all over
    /// untouched, and `verify` checks them all.
    public static func present(in output: String) -> [String] {
        entries(in: URL(fileURLWithPath: output).appendingPathComponent(OutputLayout.archives).path).keys.sorted()
    }

    /// What an archive id has on disk.
    private enum Part { case folder, link, zip }

    /// The parts of each id under the folder `archives`; hidden names are left out.
    private static func entries(in archives: String) -> [String: Set<Part>] {
        var found: [String: Set<Part>] = [:]
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: archives)) ?? [] where !name.hasPrefix(".") {
            let path = archives + "/" + name
            switch (try? manager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType {
            case .typeDirectory?: found[name, default: []].insert(.folder)
            case .typeSymbolicLink?:
                var isFolder: ObjCBool = false
                let part: Part = manager.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue ? .folder : .link
                found[name, default: []].insert(part)
            case .typeRegular? where name.hasSuffix(".zip"): found[String(name.dropLast(4)), default: []].insert(.zip)
            default: break
            }
        }
        return found
    }
}
