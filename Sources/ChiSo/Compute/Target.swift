/// A threshold from site.toml's [targets] (chỉ tiêu), in the indicator's unit.
public struct Target: Hashable, Sendable {
    public let indicator: Indicator
    public let threshold: Ratio

    public init(indicator: Indicator, threshold: Ratio) {
        self.indicator = indicator
        self.threshold = threshold
    }

    /// True when `value` meets the target: at least it, or at most it for an indicator better low.
    public func isMet(by value: Ratio) -> Bool {
        indicator.better == .lower ? value <= threshold : value >= threshold
    }

    /// How far `value` falls short of the target, 0 when it meets it (for ordering, not display).
    public func shortfall(of value: Ratio) -> Double {
        guard !isMet(by: value) else { return 0 }
        return abs(threshold.doubleValue - value.doubleValue)
    }

    /// The targets of a site, in catalogue order.
    public static func all(of site: Site) -> [Target] {
        Indicator.allCases.compactMap { indicator in site.targets[indicator.rawValue].map { Target(indicator: indicator, threshold: $0) } }
    }
}

/// For one period and target: how many units meet it, of those with a value.
public struct TargetSummary: Hashable, Sendable {
    public let target: Target
    public let meeting: Int
    public let withValue: Int
}
