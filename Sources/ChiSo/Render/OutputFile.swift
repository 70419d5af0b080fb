/// A file of the generated site: its path under the output folder and its bytes.
public struct OutputFile: Sendable, Equatable {
    /// Relative, `/`-separated: `periods/2024-06/data.json`.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
