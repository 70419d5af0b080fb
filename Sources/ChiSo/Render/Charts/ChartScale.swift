/// How a chart's values read: percentages (0–100 axis, labels `84,4 %`), counts (`4.595`), or ranks (1 at the top).
public enum ChartScale: Sendable {
    /// Percentages: a 0–100 axis, or a narrower band holding every value; labels `84,4 %`.
    case percent
    /// Counts: 0 to a nice maximum; labels `4.595`.
    case count
    /// Ranks: 1 at the top, whole ticks; labels `thứ 3`.
    case rank
}

extension ChartScale {
    /// A value rounded as a reader sees it, as the tables show it: rates and counts to 2 decimals (counts shown whole when whole), ranks whole.
    func rounded(_ value: Ratio) -> Rounded {
        switch self {
        case .percent: Rounded(value, digits: 2)
        case .count: Rounded(value, digits: 2)
        case .rank: Rounded(value, digits: 0)
        }
    }

    /// A value as written in sentences and point titles: `84,44 %`, `4.595`, `12,35`, `thứ 3`.
    func text(_ value: Ratio, _ words: ChartWords) -> String {
        let shown = rounded(value)
        switch self {
        case .percent: return "\(DisplayNumber.text(shown))\(DisplayNumber.percentSpace)%"
        case .count: return shown.scaled % 100 == 0 ? DisplayNumber.count(shown.scaled / 100) : DisplayNumber.text(shown)
        case .rank: return Placeholders.fill(words.rank, ["rank": DisplayNumber.count(shown.scaled)])
        }
    }

    /// An axis or target label, with 1 decimal only when needed: `90 %`, `92,5 %`, `4.595`, `0,5`, `3`.
    func label(_ value: Ratio) -> String {
        let tenths = Rounded(value, digits: 1)
        let number = tenths.scaled % 10 == 0 ? DisplayNumber.count(tenths.scaled / 10) : DisplayNumber.text(tenths)
        return self == .percent ? "\(number)\(DisplayNumber.percentSpace)%" : number
    }
}
