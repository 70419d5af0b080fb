/// The vertical axis: a "nice" range holding every value and the target, its ticks, and where a
/// value sits. Percentages that all lie in the upper half run up to 100 % from just below the
/// lowest, the axis drawn broken at its foot to say it does not start at 0; other percentages and
/// counts run from 0; ranks run from 1 at the top down to the largest rank.
struct ValueAxis {
    /// The values at the bottom and the top of the plot; for ranks the bottom is the larger.
    let bottom: Double
    let top: Double
    /// The tick values, in tenths.
    let ticks: [Int]
    /// True when the axis of a percentage or count does not start at 0.
    var isBroken: Bool { bottom > 0 && bottom < top }

    /// Percent ranges from 0 (high, step, in tenths), narrowest first.
    private static let percentRanges = [(100, 25), (250, 50), (500, 100), (1000, 250)]
    /// The steps (in tenths) of an axis of percentages near the top, finest first.
    private static let topSteps = [10, 20, 50, 100]

    /// The axis for `values` and `target` on `scale`; `fromZero` keeps 0 in view (stacked bars).
    init(scale: ChartScale, values: [Ratio], target: Ratio?, fromZero: Bool = false) {
        let all = values + (target.map { [$0] } ?? [])
        let low = all.min() ?? Ratio(0, over: 1)
        let high = all.max() ?? Ratio(0, over: 1)
        switch scale {
        case .rank:
            self.init(rankedDownTo: Rounded(high, digits: 0).scaled)
        case .percent:
            if !fromZero, let axis = Self.nearTop(low: low, high: high) {
                self = axis
            } else if let (to, step) = Self.percentRanges.first(where: { high <= Ratio($0.0, over: 10) }) {
                self.init(bottom: 0, top: Double(to) / 10, ticks: Array(stride(from: 0, through: to, by: step)))
            } else {
                self.init(countingTo: high, whole: false)
            }
        case .count:
            self.init(countingTo: high, whole: all.allSatisfy { $0.numerator % $0.denominator == 0 })
        }
    }

    /// Percentages from `low` to `high` all in the upper half: up to 100 % from the largest multiple
    /// of a step below `low` (and at most 95 %, so the axis spans at least 5 points), in at most
    /// 5 steps of 1, 2, 5 or 10 points; nil for other values.
    private static func nearTop(low: Ratio, high: Ratio) -> ValueAxis? {
        guard Ratio(50, over: 1) <= low, high <= Ratio(100, over: 1) else { return nil }
        let lowTenths = low.numerator * 10 / low.denominator
        for step in topSteps {
            var from = lowTenths / step * step
            if low <= Ratio(from, over: 10) { from -= step }
            from = min(from, 950 / step * step)
            guard (1000 - from) / step <= 5 else { continue }
            return ValueAxis(bottom: Double(from) / 10, top: 100, ticks: Array(stride(from: from, through: 1000, by: step)))
        }
        return nil
    }

    private init(bottom: Double, top: Double, ticks: [Int]) {
        self.bottom = bottom
        self.top = top
        self.ticks = ticks
    }

    /// 0 to a nice maximum of at most 5 steps of 1, 2, 2.5 or 5 × 10ⁿ; whole steps for whole counts.
    private init(countingTo high: Ratio, whole: Bool) {
        let highTenths = (high.numerator * 10 + high.denominator - 1) / high.denominator
        let reach = highTenths > 0 ? highTenths : 40
        let step = Self.step(reaching: reach, atLeast: whole ? 10 : 1)
        let top = (reach + step - 1) / step * step
        self.init(bottom: 0, top: Double(top) / 10, ticks: Array(stride(from: 0, through: top, by: step)))
    }

    /// The smallest step (in tenths) of 1, 2, 2.5 or 5 × 10ⁿ, at least `minimum`, that reaches
    /// `reach` in at most 5 steps; 2.5 only from 25 up, so whole counts keep whole ticks.
    private static func step(reaching reach: Int, atLeast minimum: Int) -> Int {
        var power = 1
        while true {
            let candidates = power >= 100 ? [power, power * 2, power * 5 / 2, power * 5] : [power, power * 2, power * 5]
            if let step = candidates.first(where: { $0 >= minimum && (reach + $0 - 1) / $0 <= 5 }) { return step }
            power *= 10
        }
    }

    /// Ranks from 1 at the top to `largest` (at least 2) at the bottom; every rank up to 10, then
    /// 1 and multiples of a step of 5, 10, 20, 25, 50 … (never 2, whose first tick would crowd 1).
    private init(rankedDownTo largest: Int) {
        var last = max(largest, 2)
        var ticks = Array(1...last)
        if last > 10 {
            let steps = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]
            let step = steps.first { (last + $0 - 1) / $0 <= 6 } ?? (last + 5) / 6
            last = (last + step - 1) / step * step
            ticks = [1] + Array(stride(from: step, through: last, by: step))
        }
        self.init(bottom: Double(last), top: 1, ticks: ticks.map { $0 * 10 })
    }

    /// The y of `value` in `plot`.
    func y(_ value: Double, in plot: PlotArea) -> Double { plot.bottom - (value - bottom) / (top - bottom) * plot.height }

    /// The tick labels, in the order of `ticks`.
    func labels(_ scale: ChartScale) -> [String] { ticks.map { scale.label(Ratio($0, over: 10)) } }

    /// Appends the grid lines and the tick labels right-aligned left of `plot`; the foot of a
    /// broken axis starts with a zigzag.
    func append(_ scale: ChartScale, in plot: PlotArea, to svg: inout Markup) {
        let size = ChartStyle.labelSize
        svg += "<g font-size=\"\(size)\" fill=\"\(raw: ChartStyle.text)\" text-anchor=\"end\">"
        for (tick, label) in zip(ticks, labels(scale)) {
            let y = self.y(Double(tick) / 10, in: plot)
            let isFoot = y == plot.bottom && scale != .rank
            if isFoot && isBroken {
                svg += "<path d=\"M\(plot.left),\(y)h4l3,-5l5,10l3,-5H\(plot.right)\""
                svg += " fill=\"none\" stroke=\"\(raw: ChartStyle.axis)\"/>"
            } else {
                let stroke = isFoot ? ChartStyle.axis : ChartStyle.grid
                svg += "<line x1=\"\(plot.left)\" y1=\"\(y)\" x2=\"\(plot.right)\" y2=\"\(y)\" stroke=\"\(raw: stroke)\"/>"
            }
            svg += "<text x=\"\(plot.left - 6)\" y=\"\(y + size * 0.35)\">\(text: label)</text>"
        }
        svg += "</g>\n"
    }
}
