/// The words charts write into their text (empty-chart notice, target label, trend sentences),
/// from the theme's strings.toml `[chart]` table; `{name}` marks where a value goes.
public struct ChartWords: Sendable {
    /// `Chưa có số liệu`.
    public var noData: String
    /// `Chỉ tiêu`, beside the target line.
    public var target: String
    /// `thứ {rank}`.
    public var rank: String
    /// `{rank}, đồng hạng với {n} đơn vị`: a rank several units share.
    public var rankShared: String
    /// `Tổng`: the subject of a stacked chart's trend.
    public var total: String
    /// `Kỳ {period}: tổng {total}, gồm {parts}.`
    public var latestParts: String
    /// `{subject} chưa có số liệu.`
    public var trendNone: String
    /// `{subject} chỉ có số liệu 1 kỳ: {value}.`
    public var trendSingle: String
    /// `{subject} giữ nguyên ở {value} qua {n} kỳ.`
    public var trendSame: String
    /// `{subject} tăng từ {from} lên {to} qua {n} kỳ.`
    public var trendRise: String
    /// `{subject} giảm từ {from} xuống {to} qua {n} kỳ.`
    public var trendFall: String
    /// `{subject} tăng hạng từ {from} lên {to} qua {n} kỳ.`
    public var rankRise: String
    /// `{subject} giảm hạng từ {from} xuống {to} qua {n} kỳ.`
    public var rankFall: String

    /// The keys of strings.toml's `[chart]` table, in the order of the properties.
    public static let keys = [
        "no_data", "target", "rank", "rank_shared", "total", "latest_parts", "trend_none", "trend_single", "trend_same", "trend_rise", "trend_fall",
        "rank_rise", "rank_fall",
    ]

    /// The words from a table keyed as `keys`; a missing key leaves the key itself.
    public init(_ table: [String: String]) {
        func text(_ key: String) -> String { table[key] ?? key }
        noData = text("no_data")
        target = text("target")
        rank = text("rank")
        rankShared = text("rank_shared")
        total = text("total")
        latestParts = text("latest_parts")
        trendNone = text("trend_none")
        trendSingle = text("trend_single")
        trendSame = text("trend_same")
        trendRise = text("trend_rise")
        trendFall = text("trend_fall")
        rankRise = text("rank_rise")
        rankFall = text("rank_fall")
    }
}
