import Testing
@testable import ChiSo

@Suite("Chart axes")
struct ChartAxisTests {
    /// Percentages from tenths.
    static func percents(_ tenths: [Int]) -> [Ratio] { tenths.map { Ratio($0, over: 10) } }

    /// Values, target, and the axis expected: bottom, top, and whether it is drawn broken.
    static let choices: [([Int], Int?, Double, Double, Bool)] = [
        ([970, 982, 995], nil, 95, 100, true),
        ([200, 550, 900], nil, 0, 100, false),
        ([970, 982, 995], 950, 94, 100, true),
        ([505, 720], nil, 50, 100, true),
        ([500, 720], nil, 0, 100, false),
        ([30, 120], nil, 0, 25, false),
        ([970, 995], 100, 0, 100, false),
    ]

    @Test("A rate axis starts above 0 only when every value and the target lie in the upper half", arguments: choices)
    func percentAxis(_ values: [Int], _ target: Int?, _ bottom: Double, _ top: Double, _ isBroken: Bool) {
        let target = target.map { Ratio($0, over: 10) }
        let axis = ValueAxis(scale: .percent, values: Self.percents(values), target: target)
        #expect((axis.bottom, axis.top, axis.isBroken) == (bottom, top, isBroken))
        for value in Self.percents(values) + (target.map { [$0] } ?? []) {
            #expect(axis.bottom <= value.doubleValue && value.doubleValue <= axis.top)
        }
        #expect(axis.ticks.first == Int(bottom * 10) && axis.ticks.last == Int(top * 10))
    }

    @Test("A broken axis is drawn with a zigzag at its foot, its lowest tick labelled, and the target line inside the plot")
    func brokenAxisDrawn() throws {
        let svg = LineChart.svg(
            id: "c-x", title: "t", categories: ["1", "2", "3"], series: [ChartSeries(name: "s", values: Self.percents([970, 982, 995]))],
            target: Ratio(95, over: 1), scale: .percent, words: ChartSample.words)
        #expect(svg.contains("h4l3,-5l5,10l3,-5H"))
        #expect(svg.contains(">94\u{A0}%</text>"))
        #expect(svg.contains(">Chỉ tiêu 95\u{A0}%</text>"))
        let plot = PlotArea(categories: CategoryAxis(["1", "2", "3"]), valueLabels: ["100\u{A0}%"])
        let targetY = try #require(svg.components(separatedBy: "stroke-dasharray=\"8 4\"").first?.components(separatedBy: " y1=\"").last)
        let y = try #require(Double(targetY.prefix { $0 != "\"" }))
        #expect(plot.top < y && y < plot.bottom)
        let fromZero = LineChart.svg(
            id: "c-y", title: "t", categories: ["1", "2"], series: [ChartSeries(name: "s", values: Self.percents([200, 900]))], target: nil,
            scale: .percent, words: ChartSample.words)
        #expect(!fromZero.contains("h4l3,-5l5,10l3,-5H"))
    }

    @Test("Long category labels break at the space nearest their middle; short ones stay whole")
    func categoryLines() {
        #expect(CategoryAxis(["6 tháng đầu năm 2024", "6 tháng cuối năm 2024"]).lines == [["6 tháng đầu", "năm 2024"], ["6 tháng cuối", "năm 2024"]])
        #expect(CategoryAxis(["05/2024", "06/2024"]).lines == [["05/2024"], ["06/2024"]])
        #expect(CategoryAxis(["16/12/2019 – 18/3/2020", "19/3/2020 – 18/6/2020"]).lines == [["16/12/2019 –", "18/3/2020"], ["19/3/2020 –", "18/6/2020"]])
        #expect(CategoryAxis(Array(repeating: "16/12/2019–18/3/2020", count: 4)).depth == 1)
    }
}
