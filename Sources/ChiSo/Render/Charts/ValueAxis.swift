/// The vertical axis: a "nice" range holding every value and the target, its ticks, and where a
/// value sits. Percentages keep the 0–100 axis unless the values fit a narrower band; counts run
/// from 0; ranks run from 1 at the top down to the largest rank.
struct ValueAxis {
    /// The values at the bottom and the top of the plot; for ranks the bottom is the larger.
    let bottom: Double
    let top: Double
    /// The tick values, in tenths.
    let ticks: [Int]

    /// Percent ranges (low, high, step, in tenths), narrowest first.
    private static let percentRanges = [
        (900, 1000, 25), (0, 100, 25), (800, 1000, 50), (0, 250, 50), (600, 1000, 100), (500, 1000, 100), (0, 500, 100), (0, 1000, 250),
    ]

    /// The axis for `values` and `target` on `scale`; `fromZero` keeps 0 in view (stacked bars).
    init(scale: ChartScale, values: [Ratio], target: Ratio?, fromZero: Bool = false) {
        let all = values + (target.map { [$0] } ?? [])
        let low = all.min() ?? Ratio(0, over: 1)
        let high = all.max() ?? Ratio(0, over: 1)
        switch scale {
        case .rank:
            self.init(rankedDownTo: Rounded(high, digits: 0).scaled)
        case .percent:
            let fitting = Self.percentRanges.first { range in
                (!fromZero || range.0 == 0) && Ratio(range.0, over: 10) <= low && high <= Ratio(range.1, over: 10)
            }
            if let (from, to, step) = fitting {
                self.init(bottom: Double(from) / 10, top: Double(to) / 10, ticks: Array(stride(from: from, through: to, by: step)))
            } else {
                self.init(countingTo: high, whole: false)
            }
        case .count:
            self.init(countingTo: high, whole: all.allSatisfy { $0.numerator % $0.denominator == 0 })
        }
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

    /// Appends the grid lines and the tick labels right-aligned left of `plot`.
    func append(_ scale: ChartScale, in plot: PlotArea, to svg: inout String) {
        let n = SVGText.number
        let size = ChartStyle.labelSize
        svg += "<g font-size=\"" + n(size) + "\" fill=\"" + ChartStyle.text + "\" text-anchor=\"end\">"
        for (tick, label) in zip(ticks, labels(scale)) {
            let y = self.y(Double(tick) / 10, in: plot)
            let color = y == plot.bottom && scale != .rank ? ChartStyle.axis : ChartStyle.grid
            svg +=
                "<line x1=\"" + n(plot.left) + "\" y1=\"" + n(y) + "\" x2=\"" + n(plot.right) + "\" y2=\"" + n(y) + "\" stroke=\"" + color
                + "\"/>"
            svg += "<text x=\"" + n(plot.left - 8) + "\" y=\"" + n(y + size * 0.35) + "\">" + HTML.escape(label) + "</text>"
        }
        svg += "</g>\n"
    }
}
