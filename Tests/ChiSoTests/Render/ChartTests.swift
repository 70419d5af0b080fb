import Foundation
import Testing
@testable import ChiSo

/// Fixed chart inputs, each rendered and compared with `Fixtures/golden/charts/<name>.svg`.
enum ChartSample: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case lineTargetGap = "line-target-gap"
    case lineMonthlyCounts = "line-monthly-counts"
    case manySeries = "line-many-series"
    case rankHistory = "rank-history"
    case sparkline
    case stackedBars = "stacked-bars"
    case empty

    /// The chart words of the repository's strings.toml.
    static let words = (try? ThemeFolder.read(at: SitePagesTests.templates)).flatMap { ThemeCheck.check($0).0 }?.strings.chartWords ?? ChartWords([:])

    static let dates = ["15/12/2022", "14/03/2023", "14/06/2023", "14/09/2023", "14/12/2023", "14/03/2024"]

    static func percent(_ tenths: Int?) -> Ratio? { tenths.map { Ratio($0, over: 10) } }
    static func whole(_ value: Int?) -> Ratio? { value.map { Ratio($0, over: 1) } }

    var svg: String {
        switch self {
        case .lineTargetGap:
            LineChart.svg(
                id: "c-on_time_rate", title: "Tỷ lệ đúng hạn – Xã Hương Toàn", categories: Self.dates,
                series: [
                    ChartSeries(name: "Xã Hương Toàn", values: [884, 912, 925, nil, 941, 950].map(Self.percent)),
                    ChartSeries(name: "Toàn huyện", values: [850, 867, 893, 902, 918, 934].map(Self.percent)),
                ], target: Ratio(90, over: 1), scale: .percent, words: ChartSample.words)
        case .lineMonthlyCounts:
            LineChart.svg(
                id: "c-overdue", title: "Hồ sơ quá hạn – Toàn huyện", categories: (1...12).map { "Tháng \($0)/2024" },
                series: [
                    ChartSeries(name: "Toàn huyện", values: [360, 412, 298, 251, nil, 4595, 1203, 980, 877, 640, 512, 433].map(Self.whole))
                ],
                target: nil, scale: .count, words: ChartSample.words)
        case .manySeries:
            LineChart.svg(
                id: "c-toan-huyen", title: "Các tỷ lệ của toàn huyện", categories: Self.dates,
                series: [
                    ("Tỷ lệ hồ sơ giải quyết đúng hạn", [884, 912, 925, 930, 941, 950]),
                    (
                        "Tỷ lệ hồ sơ tiếp nhận trực tuyến toàn trình và một phần trên Cổng dịch vụ công của tỉnh",
                        [312, 405, 488, 560, 611, 702]
                    ),
                    ("Tỷ lệ số hóa hồ sơ", [102, 180, 260, 415, 530, 664]),
                    ("Tỷ lệ xin lỗi", [1000, 1000, 875, 1000, 667, 1000]),
                    ("Tỷ lệ thanh toán trực tuyến", [50, 80, 126, 197, 256, 340]),
                    ("Tỷ lệ trả kết quả điện tử", [nil, nil, 150, 220, 310, 395]),
                    ("Tỷ lệ đánh giá hài lòng", [970, 975, 981, 979, 990, 992]),
                ].map { ChartSeries(name: $0.0, values: $0.1.map(Self.percent)) },
                target: Ratio(70, over: 1), scale: .percent, words: ChartSample.words)
        case .rankHistory:
            LineChart.svg(
                id: "c-rank", title: "Thứ hạng của Phường Hương Hồ", categories: Self.dates,
                series: [
                    ChartSeries(name: "Tỷ lệ hồ sơ giải quyết đúng hạn", values: [5, 4, 4, nil, 3, 2].map(Self.whole)),
                    ChartSeries(name: "Tỷ lệ hồ sơ nộp trực tuyến", values: [9, 11, 10, 8, 8, 7].map(Self.whole)),
                    ChartSeries(name: "Tỷ lệ số hóa", values: [nil, nil, 12, nil, nil, 6].map(Self.whole)),
                ], target: Ratio(70, over: 1), scale: .rank, words: ChartSample.words)
        case .sparkline:
            Sparkline.svg(title: "Tỷ lệ đúng hạn – Xã Hương Toàn", values: [912, 925, nil, 941, 950].map(Self.percent), scale: .percent, words: ChartSample.words)
        case .stackedBars:
            StackedBarChart.svg(
                id: "c-intake", title: "Hồ sơ tiếp nhận theo kênh – Xã Hương Toàn", categories: Array(Self.dates.suffix(4)),
                segments: [
                    ChartSeries(name: "Trực tuyến", values: [812, 1034, 1290, 1633].map(Self.whole)),
                    ChartSeries(name: "Trực tiếp", values: [2980, 2711, 2502, 2601].map(Self.whole)),
                    ChartSeries(name: "Bưu chính", values: [361, 298, nil, 361].map(Self.whole)),
                ], scale: .count, words: ChartSample.words)
        case .empty:
            LineChart.svg(
                id: "c-empty", title: "Tỷ lệ số hóa – Xã Hương Toàn", categories: Self.dates,
                series: [ChartSeries(name: "Xã Hương Toàn", values: Array(repeating: nil, count: 6))], target: nil, scale: .percent, words: ChartSample.words)
        }
    }

    var testDescription: String { rawValue }
}

@Suite("Charts")
struct ChartTests {
    /// `text` with the no-break space the charts put before `%`.
    static func nbsp(_ text: String) -> String { text.replacingOccurrences(of: " %", with: "\u{A0}%") }

    @Test("each chart kind renders byte for byte as its golden file", arguments: ChartSample.allCases)
    func golden(_ sample: ChartSample) {
        Golden.expect(sample.svg + "\n", matches: "charts/" + sample.rawValue + ".svg")
    }

    @Test("no script, no outside resource, no style attribute", arguments: ChartSample.allCases)
    func selfContained(_ sample: ChartSample) {
        let svg = sample.svg
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("style="))
        #expect(!svg.contains("xlink:"))
        if sample == .sparkline {
            // Inline in HTML only, one per ranking row: no namespace, no address at all.
            #expect(!svg.contains("http://"))
            #expect(svg.hasPrefix("<svg viewBox=\"0 0 96 24\""))
        } else {
            #expect(svg.components(separatedBy: "http://").count == 2)
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "))
        }
        if sample != .sparkline {
            // Drawn at its natural size, so its text keeps the size it was drawn at.
            #expect(svg.contains(" viewBox=\"0 0 340 ") && svg.contains(" width=\"340\" height=\""))
        }
    }

    static let sentences: [(String, [Ratio?], ChartScale, String)] = [
        (
            "Tỷ lệ đúng hạn", [912, 925, nil, 941, 950, nil].map(ChartSample.percent), .percent,
            "Tỷ lệ đúng hạn tăng từ 91,20 % lên 95,00 % qua 5 kỳ."
        ),
        ("Tỷ lệ đúng hạn", [nil, 950, 912].map(ChartSample.percent), .percent, "Tỷ lệ đúng hạn giảm từ 95,00 % xuống 91,20 % qua 2 kỳ."),
        ("Tỷ lệ đúng hạn", [95_041, 94_960, 95_039].map { Ratio($0, over: 1000) }, .percent, "Tỷ lệ đúng hạn giữ nguyên ở 95,04 % qua 3 kỳ."),
        ("Tỷ lệ đúng hạn", [nil, 950, nil].map(ChartSample.percent), .percent, "Tỷ lệ đúng hạn chỉ có số liệu 1 kỳ: 95,00 %."),
        ("Tỷ lệ số hóa", [nil, nil], .percent, "Tỷ lệ số hóa chưa có số liệu."),
        ("Tỷ lệ số hóa", [], .percent, "Tỷ lệ số hóa chưa có số liệu."),
        ("Xếp hạng", [5, 4, nil, 2].map(ChartSample.whole), .rank, "Xếp hạng tăng hạng từ thứ 5 lên thứ 2 qua 4 kỳ."),
        ("Xếp hạng", [2, 5].map(ChartSample.whole), .rank, "Xếp hạng giảm hạng từ thứ 2 xuống thứ 5 qua 2 kỳ."),
        ("Xếp hạng", [3, 1, 3].map(ChartSample.whole), .rank, "Xếp hạng giữ nguyên ở thứ 3 qua 3 kỳ."),
        ("Hồ sơ tiếp nhận", [360, 4595].map(ChartSample.whole), .count, "Hồ sơ tiếp nhận tăng từ 360 lên 4.595 qua 2 kỳ."),
        ("Hồ sơ quá hạn", [12_040, nil, 1203].map(ChartSample.whole), .count, "Hồ sơ quá hạn giảm từ 12.040 xuống 1.203 qua 3 kỳ."),
        ("Hồ sơ mỗi ngày", [Ratio(247, over: 20), Ratio(12, over: 1)], .count, "Hồ sơ mỗi ngày giảm từ 12,35 xuống 12 qua 2 kỳ."),
    ]

    @Test("a trend in words", arguments: sentences)
    func trendSentence(_ subject: String, _ values: [Ratio?], _ scale: ChartScale, _ expected: String) {
        #expect(TrendSentence.sentence(subject: subject, values: values, scale: scale, words: ChartSample.words) == ChartTests.nbsp(expected))
    }

    @Test("series names and titles from user data are escaped everywhere")
    func escaping() {
        #expect(HTML.escape("a & <b> \"c\" 'd'") == "a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39;")
        let name = "<script>alert(1)</script>"
        let title = "Tỷ lệ \"đúng hạn\" & quá hạn"
        let line = LineChart.svg(
            id: "c-x", title: title, categories: ["A&B"], series: [ChartSeries(name: name, values: [ChartSample.percent(950)])],
            target: nil,
            scale: .percent, words: ChartSample.words)
        let bars = StackedBarChart.svg(
            id: "c-y", title: title, categories: ["A&B"], segments: [ChartSeries(name: name, values: [ChartSample.whole(3)])], scale: .count,
            words: ChartSample.words)
        let spark = Sparkline.svg(title: title, values: [ChartSample.percent(950)], scale: .percent, words: ChartSample.words)
        for svg in [line, bars, spark] {
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("\"đúng hạn\""))
            #expect(!svg.contains(" & "))
            #expect(svg.contains("Tỷ lệ &quot;đúng hạn&quot; &amp; quá hạn"))
        }
        #expect(line.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(line.contains("A&amp;B"))
        #expect(bars.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("a nil value breaks the line into two segments; a point alone keeps its marker")
    func gap() {
        let svg = LineChart.svg(
            id: "c-gap", title: "t", categories: ["1", "2", "3", "4", "5", "6"],
            series: [ChartSeries(name: "s", values: [912, 925, nil, 941, 950, nil].map(ChartSample.percent))], target: nil, scale: .percent, words: ChartSample.words)
        let line = svg.components(separatedBy: "<path d=\"").first { $0.contains("stroke=\"" + ChartStyle.color(0)) } ?? ""
        let path = line.prefix { $0 != "\"" }
        #expect(path.filter { $0 == "M" }.count == 2)
        #expect(path.filter { $0 == "L" }.count == 2)
        #expect(svg.components(separatedBy: "</circle>").count - 1 == 4)

        var alone = Markup(capacity: 16)
        #expect(GappedPath.append([(x: 1, y: 1), nil, (x: 3, y: 3), nil, (x: 5, y: 5), (x: 6, y: 6)], to: &alone))
        #expect(alone.string == "M5,5L6,6")
        let lonely = LineChart.svg(
            id: "c-1", title: "t", categories: ["1", "2", "3"],
            series: [ChartSeries(name: "s", values: [nil, ChartSample.percent(500), nil])], target: nil, scale: .percent, words: ChartSample.words)
        #expect(lonely.contains(Self.nbsp("<title>2: 50,00 %</title></circle>")))
    }

    @Test("ids inside a chart start with the given id, so charts on one page never share one")
    func ids() {
        let values = [ChartSample.whole(3), nil, ChartSample.whole(5)]
        let charts = [
            LineChart.svg(
                id: "c-abc", title: "t", categories: ["1", "2", "3"], series: [ChartSeries(name: "s", values: values)], target: nil,
                scale: .rank, words: ChartSample.words),
            StackedBarChart.svg(
                id: "c-abc", title: "t", categories: ["1", "2", "3"], segments: [ChartSeries(name: "s", values: values)], scale: .count, words: ChartSample.words),
            LineChart.svg(id: "c-abc", title: "t", categories: [], series: [], target: nil, scale: .percent, words: ChartSample.words),
        ]
        for svg in charts {
            let ids = svg.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(ids == ["c-abc-title", "c-abc-desc"])
            #expect(svg.contains("aria-labelledby=\"c-abc-title c-abc-desc\""))
        }
        #expect(!ChartSample.sparkline.svg.contains(" id="))
        #expect(ChartSample.sparkline.svg.contains(" role=\"img\" "))
        #expect(ChartSample.sparkline.svg.contains(" aria-label=\"Tỷ lệ đúng hạn – Xã Hương Toàn\""))
    }

    @Test("descriptions state each trend, the target, and the latest stack")
    func descriptions() {
        #expect(
            ChartSample.lineTargetGap.svg.contains(
                Self.nbsp(
                    "<desc id=\"c-on_time_rate-desc\">Xã Hương Toàn tăng từ 88,40 % lên 95,00 % qua 6 kỳ. Toàn huyện tăng từ 85,00 % lên 93,40 % qua 6 kỳ. Chỉ tiêu: 90 %.</desc>"
                )))
        #expect(
            ChartSample.stackedBars.svg.contains(
                "Tổng tăng từ 4.153 lên 4.595 qua 4 kỳ. Kỳ 14/03/2024: tổng 4.595, gồm Trực tuyến 1.633, Trực tiếp 2.601, Bưu chính 361.</desc>"
            ))
        #expect(ChartSample.empty.svg.contains(">Chưa có số liệu</text>"))
        #expect(
            LineChart.svg(id: "c-0", title: "t", categories: [], series: [], target: nil, scale: .count, words: ChartSample.words).contains(">Chưa có số liệu</text>")
        )
    }

    @Test("value axes: a nice range holding every value and the target")
    func axes() {
        let high = ValueAxis(scale: .percent, values: [884, 950].map { Ratio($0, over: 10) }, target: Ratio(90, over: 1))
        #expect((high.bottom, high.top) == (85, 100))
        #expect(high.labels(.percent) == ["85 %", "90 %", "95 %", "100 %"].map(Self.nbsp))
        let narrow = ValueAxis(scale: .percent, values: [912, 950].map { Ratio($0, over: 10) }, target: nil)
        #expect(narrow.labels(.percent) == ["90 %", "92 %", "94 %", "96 %", "98 %", "100 %"].map(Self.nbsp))
        let withTarget = ValueAxis(scale: .percent, values: [912, 950].map { Ratio($0, over: 10) }, target: Ratio(70, over: 1))
        #expect((withTarget.bottom, withTarget.top) == (60, 100))
        let wide = ValueAxis(scale: .percent, values: [Ratio(12, over: 1), Ratio(97, over: 1)], target: nil)
        #expect(wide.labels(.percent) == ["0 %", "25 %", "50 %", "75 %", "100 %"].map(Self.nbsp))
        let counts = ValueAxis(scale: .count, values: [Ratio(4595, over: 1)], target: nil)
        #expect(counts.labels(.count) == ["0", "1.000", "2.000", "3.000", "4.000", "5.000"])
        #expect(ValueAxis(scale: .count, values: [Ratio(1, over: 1)], target: nil).labels(.count) == ["0", "1"])
        let ranks = ValueAxis(scale: .rank, values: [Ratio(11, over: 1)], target: nil)
        #expect((ranks.bottom, ranks.top) == (15, 1))
        #expect(ranks.labels(.rank) == ["1", "5", "10", "15"])
        #expect(!ranks.isBroken && !counts.isBroken && !wide.isBroken && high.isBroken)
    }

    @Test(
        "coordinates carry at most one decimal",
        arguments: [(12.0, "12"), (12.25, "12.3"), (12.04, "12"), (-0.5, "-0.5"), (-1.5, "-1.5"), (0.0, "0")])
    func coordinates(_ value: Double, _ expected: String) {
        #expect(SVGText.number(value) == expected)
    }

    @Test("with many categories only every k-th is labelled, always the last")
    func categoryLabels() {
        let svg = ChartSample.lineMonthlyCounts.svg
        // Too wide for their bands, the labels break onto two lines.
        #expect(svg.contains(">Tháng<tspan x=\"") && svg.contains(">12/2024</tspan></text>"))
        #expect(!svg.contains(">11/2024</tspan>"))
        let months = CategoryAxis((1...12).map { "Tháng \($0)/2024" })
        let plot = PlotArea(categories: months, valueLabels: ["5.000"])
        let step = months.step(in: plot)
        #expect(step > 1)
        #expect(CategoryAxis.isLabelled(11, count: 12, step: step))
    }
}

@Suite("Charts of many periods")
struct LongChartTests {
    @Test("Beyond 24 periods only the last point and lone points keep a marker")
    func markers() {
        let values: [Ratio?] = (0..<30).map { $0 == 10 ? nil : ($0 == 12 ? nil : Ratio(900 + $0, over: 10)) }
        let svg = LineChart.svg(
            id: "c-long", title: "t", categories: (0..<30).map { "\($0 + 1)/2024" }, series: [ChartSeries(name: "s", values: values)], target: nil,
            scale: .percent, words: ChartSample.words)
        let titles = svg.components(separatedBy: "<title>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(titles == ["12/2024: 91,10\u{00A0}%", "30/2024: 92,90\u{00A0}%"])
    }
}

@Suite("Legend lines")
struct LegendWrapTests {
    @Test("A name breaks between words at the same places whether it is counted by scalars or by characters", arguments: [
        ("Xã Ấp Thượng", 8, ["Xã Ấp", "Thượng"]),
        ("Toàn huyện", 20, ["Toàn huyện"]),
        ("Văn phòng Đăng ký đất đai", 12, ["Văn phòng", "Đăng ký đất", "đai"]),
        ("Xa\u{0303} A\u{0302}\u{0301}p Thu\u{031B}o\u{031B}\u{0323}ng", 8, ["Xa\u{0303} A\u{0302}\u{0301}p", "Thu\u{031B}o\u{031B}\u{0323}ng"]),
        ("Xa\u{0303} Ba\u{0303}", 5, ["Xa\u{0303} Ba\u{0303}"]),
        ("Phường  Một\u{00A0}Hai   Ba", 9, ["Phường", "Một\u{00A0}Hai", "Ba"]),
        ("Đặc khu 👩‍👩‍👧 Phú Quốc", 10, ["Đặc khu 👩‍👩‍👧", "Phú Quốc"]),
        ("Quá-dài-để-xuống-dòng ở giữa", 8, ["Quá-dài-để-xuống-dòng", "ở giữa"]),
    ])
    func wrap(_ name: String, _ perLine: Int, _ expected: [String]) {
        #expect(Legend.wrap(name, perLine: perLine) == expected)
    }
}
