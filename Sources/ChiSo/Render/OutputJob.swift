/// A file of the generated site, to be made when the publish stage writes it: rendering and
/// writing then run together on every core, and no more than a few pages are in memory at once.
public struct OutputJob: Sendable {
    /// Relative, `/`-separated, as `OutputFile.path`.
    public let path: String
    /// Renders the file's bytes; a pure function of values captured when the job was made.
    public let make: @Sendable () -> [UInt8]
    /// The digest of what the file is made from, when known: a build whose last build made the
    /// file from the same digest keeps that file instead of making it again.
    public var key: String?

    public init(path: String, make: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.make = make
    }

    /// A job for a file already made.
    public init(_ file: OutputFile) {
        path = file.path
        make = { file.bytes }
    }

    /// The file, made now.
    public var file: OutputFile { OutputFile(path: path, bytes: make()) }
}
