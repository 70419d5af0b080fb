/// Problems in period.toml's `[standing]` table: the authority's place among its peers.
public enum StandingProblem: Problem, Equatable {
    case unknownIndicator(String, suggestion: String?, accepted: [String])
    case missingPeers
    case unknownPart(indicator: String, part: String)
    case missingPart(indicator: String, part: String)
    case notWhole(indicator: String, part: String, found: String)
    case belowOne(indicator: String, part: String, value: Int)
    case rankAboveCount(indicator: String, rank: Int, of: Int)

    /// The keys an entry `{ rank = 5, of = 10, note = "…" }` accepts.
    static let parts = ["rank", "of", "note"]

    public var description: String {
        switch self {
        case .unknownIndicator(let key, _, let accepted):
            return "khóa «\(key)» trong [standing] không phải «peers» hay mã chỉ số; "
                + "các mã chỉ số được chấp nhận: \(accepted.joined(separator: ", "))"
        case .missingPeers: return "bảng [standing] thiếu «peers»: không rõ thứ hạng được xếp trong số những đơn vị nào"
        case .unknownPart(let indicator, let part):
            return "trong «\(indicator)», khóa «\(part)» không rõ nghĩa; "
                + "các khóa được chấp nhận: \(StandingProblem.parts.joined(separator: ", "))"
        case .missingPart(let indicator, let part):
            return "«\(indicator)» thiếu «\(part)»: cần cả thứ hạng (rank) và số đơn vị được xếp hạng (of)"
        case .notWhole(let indicator, let part, let found): return "«\(indicator)»: «\(part)» cần một số nguyên, gặp «\(found)»"
        case .belowOne(let indicator, let part, let value): return "«\(indicator)»: «\(part)» = \(value) phải từ 1 trở lên"
        case .rankAboveCount(let indicator, let rank, let of):
            return "«\(indicator)»: thứ \(rank) trong \(of) đơn vị là không thể, vì «rank» lớn hơn «of»"
        }
    }

    public var fix: String {
        switch self {
        case .unknownIndicator(_, let suggestion?, _): return "có lẽ là «\(suggestion)»: sửa tên khóa cho đúng"
        case .unknownIndicator: return "ghi một mã chỉ số trong danh sách, hoặc xóa dòng này"
        case .missingPeers:
            return "thêm dòng «peers = \"huyện, thị\"» dưới [standing]: những đơn vị cùng được xếp hạng, như báo cáo của cấp trên ghi"
        case .unknownPart(_, let part): return "sửa tên khóa cho đúng, hoặc xóa «\(part) = …» khỏi cặp ngoặc { }"
        case .missingPart(let indicator, _): return "ghi «\(indicator) = { rank = 5, of = 10 }» theo báo cáo của cấp trên"
        case .notWhole(_, let part, _):
            return "ghi «\(part)» là số nguyên, không có dấu ngoặc kép, ví dụ «\(part) = \(part == "rank" ? 5 : 10)»"
        case .belowOne: return "thứ hạng bắt đầu từ 1 (đứng đầu): ghi lại theo báo cáo của cấp trên"
        case .rankAboveCount: return "sửa «rank» hoặc «of» theo báo cáo của cấp trên: «rank» từ 1 đến «of»"
        }
    }
}
