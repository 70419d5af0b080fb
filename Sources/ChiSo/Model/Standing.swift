/// The authority's own place among its peers, as the level above reported it for a period
/// (seed 002: «đứng thứ 5/10 huyện, thị»).
public struct Standing: Hashable, Sendable {
    /// Who the authority is ranked among, as written: `huyện, thị`.
    public var peers: String
    /// One place per indicator, in catalogue order.
    public var places: [StandingPlace]

    public init(peers: String, places: [StandingPlace]) {
        self.peers = peers
        self.places = places
    }
}

/// The authority's place on one indicator: `rank` of `of`, with an optional remark.
public struct StandingPlace: Hashable, Sendable {
    public var indicator: Indicator
    /// 1 is the best; never above `of`.
    public var rank: Int
    /// How many were ranked.
    public var of: Int
    /// `không đánh giá huyện Cồn Cỏ`.
    public var note: String?

    public init(indicator: Indicator, rank: Int, of: Int, note: String? = nil) {
        self.indicator = indicator
        self.rank = rank
        self.of = of
        self.note = note
    }
}
