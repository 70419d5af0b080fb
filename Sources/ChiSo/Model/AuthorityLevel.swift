/// The level of the authority that publishes the site (cấp chính quyền): a province ranks its
/// communes and departments, a district (until 2025) its communes and offices, a commune its own
/// units. It sets the words for the whole ("toàn tỉnh") and the default ranking groups.
public enum AuthorityLevel: String, CaseIterable, Sendable {
    /// Province (tỉnh, thành phố trực thuộc trung ương).
    case tinh
    /// District (huyện, thị xã, thành phố thuộc tỉnh), the middle level until 01/07/2025.
    case huyen
    /// Commune (xã, phường, đặc khu).
    case xa

    /// The ranking groups used when site.toml defines none (FORMAT.md).
    public var defaultGroups: [RankingGroup] {
        switch self {
        case .tinh:
            [
                RankingGroup(id: "cap-xa", label: "UBND cấp xã", kinds: [.xa, .phuong, .dacKhu, .thiTran]),
                RankingGroup(id: "cap-tinh", label: "Sở, ban, ngành và cơ quan chuyên môn", kinds: [.so, .phong, .coQuan]),
            ]
        case .huyen:
            [
                RankingGroup(id: "cap-xa", label: "UBND các xã, phường, thị trấn", kinds: [.xa, .phuong, .thiTran]),
                RankingGroup(id: "cap-huyen", label: "Cơ quan chuyên môn cấp huyện", kinds: [.phong, .coQuan]),
            ]
        case .xa:
            [RankingGroup(id: "don-vi", label: "Các đơn vị", kinds: UnitKind.allCases)]
        }
    }
}
