/// The kind of a reporting unit (loại đơn vị).
public enum UnitKind: String, CaseIterable, Sendable, Codable {
    /// Commune (xã).
    case xa
    /// Ward (phường).
    case phuong
    /// Town (thị trấn).
    case thiTran = "thi-tran"
    /// District department (phòng chuyên môn).
    case phong
    /// Other district agency (cơ quan, e.g. the land registry branch).
    case coQuan = "co-quan"
}
