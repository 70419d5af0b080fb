/// What `chiso build` (or `chiso archive`) is asked to do.
public struct BuildRequest: Sendable {
    /// Which period to freeze into `archive/<id>/`.
    public struct Archive: Sendable {
        /// The period id; nil for the latest period.
        public var periodID: String?
        /// Replace an archive of that period that already exists.
        public var replace: Bool

        public init(periodID: String?, replace: Bool) {
            self.periodID = periodID
            self.replace = replace
        }
    }

    public var content: String
    public var templates: String
    public var output: String
    /// The build stamp's day (`SOURCE_DATE_EPOCH`); nil: the latest period's end.
    public var built: Day?
    public var archive: Archive?
    /// Make every file, whatever the record of the last build says.
    public var full: Bool
    /// Told what the build is doing, for a progress line; called from any thread.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    public init(
        content: String, templates: String, output: String, built: Day? = nil, archive: Archive? = nil, full: Bool = false,
        progress: (@Sendable (BuildProgress) -> Void)? = nil
    ) {
        self.full = full
        self.content = content
        self.templates = templates
        self.output = output
        self.built = built
        self.archive = archive
        self.progress = progress
    }
}

/// Where a build is: its stage, and for rendering how many pages are done of how many.
public struct BuildProgress: Sendable, Equatable {
    public enum Stage: String, Sendable {
        case check, compute, render, archive, publish
    }

    public var stage: Stage
    public var done: Int
    public var total: Int
}

/// Why a build would not archive; nothing was written.
public enum ArchiveRefusal: Error, Equatable, CustomStringConvertible {
    /// The period is already archived and `--replace` was not given.
    case exists(id: String)
    /// No period of the content has that id.
    case unknownPeriod(id: String, known: [String])

    public var description: String {
        switch self {
        case .exists(let id):
            "kỳ «\(id)» đã có bản lưu trữ (archive/\(id)/); bản lưu trữ không bị ghi đè. sửa: thêm --replace nếu thật sự muốn lưu lại kỳ này"
        case .unknownPeriod(let id, let known):
            "không có kỳ «\(id)» trong thư mục nội dung. sửa: chọn một trong: \(known.joined(separator: ", "))"
        }
    }
}
