/// The kind of a reporting unit (loại đơn vị), of both eras of local government: before
/// 01/07/2025 (province, district, commune) and after it (province, commune).
public enum UnitKind: String, CaseIterable, Sendable, Codable {
    /// Commune (xã).
    case xa
    /// Ward (phường).
    case phuong
    /// Special zone (đặc khu), a commune-level unit formed from an island district in 2025.
    case dacKhu = "dac-khu"
    /// Town (thị trấn); the kind ended on 01/07/2025.
    case thiTran = "thi-tran"
    /// Provincial department, board or agency (sở, ban, ngành cấp tỉnh).
    case so
    /// District department (phòng chuyên môn cấp huyện); the kind ended on 01/07/2025.
    case phong
    /// Other agency (cơ quan, e.g. the land registry branch).
    case coQuan = "co-quan"
}
