/// What a column of a dataset holds, once its header is understood.
public enum ColumnMeaning: Hashable, Sendable {
    /// The unit's name, id or alias.
    case unit
    /// An ordinal (`STT`, `TT`): ignored.
    case ordinal
    case count(Field)
    case rate(Indicator)
    /// A column chiso derives itself (intake per day, computed rates): accepted and not used.
    case derived
    /// Notes for people (ghi chú): accepted and not read.
    case remark
}

/// The key labels are compared by: `NameKey`, with a trailing `(%)`, `:` or `*` and a leading
/// `Trong đó` (`Trong đó trực tuyến` is `Trực tuyến`) dropped.
enum LabelKey {
    static func make(_ text: String) -> String { fromNameKey(NameKey.make(text)) }

    /// The label key of a text whose `NameKey` is already made.
    static func fromNameKey(_ nameKey: String) -> String {
        var key = nameKey
        if key.utf8.first == UInt8(ascii: "t") {
            for prefix in ["trong đó: ", "trong đó:", "trong đó "] where key.hasPrefix(prefix) && key.count > prefix.count {
                key.removeFirst(prefix.count)
                break
            }
        }
        var stripped = true
        while stripped {
            stripped = false
            for suffix in ["(%)", "%", ":", "*"] where key.hasSuffix(suffix) && key.count > suffix.count {
                key.removeLast(suffix.count)
                while key.last == " " { key.removeLast() }
                stripped = true
            }
        }
        return key
    }
}
