/// Problems in the Markdown of notes.md and the extra pages.
public enum MarkdownProblem: Problem, Equatable {
    /// An image on another host: the page would load it from there.
    case remoteImage(source: String)
    /// An image from anywhere else (a file beside notes.md, a drive): chiso publishes only its
    /// pages and data files, so the page would show it broken.
    case unpublishedImage(source: String)

    public var description: String {
        switch self {
        case .remoteImage(let source): "ảnh «\(source)» nằm trên máy chủ khác, mà trang của chiso không tải gì từ máy khác"
        case .unpublishedImage(let source): "ảnh «\(source)» không được đăng kèm trang (chiso chỉ đăng các trang và tệp số liệu), nên trang sẽ hiện ảnh hỏng"
        }
    }

    public var fix: String {
        switch self {
        case .remoteImage: "bỏ ảnh, hoặc để nó thành liên kết: xóa dấu «!» trước «[»"
        case .unpublishedImage: "bỏ ảnh; số liệu của kỳ đã có biểu đồ và bảng trên trang"
        }
    }
}
