import Foundation

/// Where chiso finds its theme when `--templates` does not say: `site-templates/` in the working
/// folder, else the theme installed with the program (`make install` puts `PREFIX/bin/chiso`
/// and `PREFIX/share/chiso/site-templates/`).
public enum ThemeLocation {
    /// The theme folder's name, in the working folder and under `share/chiso/`.
    public static let folderName = "site-templates"

    /// The folders tried in order when no theme is given: the working folder's, then the one
    /// installed beside `executable` (`../share/chiso/site-templates` from its `bin/`).
    public static func candidates(executable: String?) -> [String] {
        var places = [folderName]
        if let executable {
            let bin = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            places.append(bin.deletingLastPathComponent().appendingPathComponent("share/chiso/\(folderName)").path)
        }
        return places
    }

    /// `given` when the user gave a folder, else the first candidate that is a folder.
    public static func resolve(given: String?, executable: String? = Bundle.main.executablePath) throws(ThemeNotFound) -> String {
        if let given { return given }
        let places = candidates(executable: executable)
        for place in places {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: place, isDirectory: &isFolder), isFolder.boolValue { return place }
        }
        throw ThemeNotFound(tried: places)
    }
}

/// No theme where chiso looks for one.
public struct ThemeNotFound: Error, CustomStringConvertible, Equatable {
    /// The folders looked in, in order.
    public let tried: [String]

    public var description: String {
        "không tìm thấy thư mục mẫu trang: đã tìm \(tried.map { "«\($0)»" }.joined(separator: ", ")). "
            + "Chỉ ra thư mục bằng --templates THƯ_MỤC, tạo một bản để sửa bằng «chiso init --theme», "
            + "hoặc cài chiso kèm mẫu trang mặc định bằng «make install»."
    }
}
