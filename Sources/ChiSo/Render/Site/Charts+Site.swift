/// The charts the pages show, each with its numbers in a table.
enum SiteCharts {
    /// The rates a trend chart is drawn for.
    static let rates: [Indicator] = Indicator.allCases.filter(\.isPercentage)

    /// `indicator` over `indices` for a unit, with the district's line and the target, and before
    /// the unit existed its predecessors' combined figures in a paler dashed line; its numbers are
    /// in the unit's history table.
    static func trend(_ indicator: Indicator, of unitID: String, over indices: [Int], model: SiteModel) -> String {
        let strings = model.strings
        let subject = model.name(unitID)
        var series = [ChartSeries(name: subject, values: model.series(indicator, of: unitID, over: indices).map { $0?.value })]
        let combined = model.combinedSeries(indicator, of: unitID, over: indices).map { $0?.value }
        if let name = model.unitsByID[unitID].flatMap({ combinedName(of: $0, model: model) }), combined.contains(where: { $0 != nil }) {
            series.append(ChartSeries(name: name, values: combined, paleOf: 0))
        }
        series.append(ChartSeries(name: strings[.district], values: model.series(indicator, of: nil, over: indices).map { $0?.value }))
        let title = strings[.chartTrendTitle, ["indicator": strings.name(of: indicator), "unit": subject]]
        let svg = LineChart.svg(
            id: "c-" + indicator.rawValue, title: title, axis: model.axis(indices), series: series, target: model.target(indicator)?.threshold,
            scale: ChartScale.of(indicator), words: model.words)
        return Figures.figure(svg, caption: title, numbersAt: HistoryTable.anchor, strings: strings)
    }

    /// The district's `indicator` over the periods with its target, on an axis of its own so that
    /// a rate near 100 % shows its differences; its numbers in a table under the chart.
    static func district(_ indicator: Indicator, over indices: [Int], model: SiteModel) -> String {
        let strings = model.strings
        let name = strings[.district]
        let values = model.series(indicator, of: nil, over: indices).map { $0?.value }
        let title = strings[.chartTrendTitle, ["indicator": strings.name(of: indicator), "unit": name]]
        let svg = LineChart.svg(
            id: "c-" + indicator.rawValue, title: title, axis: model.axis(indices), series: [ChartSeries(name: name, values: values)],
            target: model.target(indicator)?.threshold, scale: ChartScale.of(indicator), words: model.words)
        let column = values.map { $0.map { DisplayValue.text($0, of: indicator) } ?? TableCell.noData(strings) }
        return Figures.figure(svg, caption: title, table: numbers(title, indices, [(name, column)], model), strings: strings)
    }

    /// The legend's name for `unit`'s periods before its `from`: "Các đơn vị cũ cộng lại (trước
    /// 01/07/2025)", or its old name when it was renamed; nil for a unit with no `from`.
    static func combinedName(of unit: Unit, model: SiteModel) -> String? {
        guard let from = unit.from else { return nil }
        let date = DisplayDate.text(from)
        return Succession.renamedFrom(unit, model: model).map { model.strings[.renamedLegend, ["unit": $0.name, "date": date]] }
            ?? model.strings[.combinedLegend, ["date": date]]
    }

    /// A unit's intake by channel: online, in person, by post, stacked.
    static func intake(of unitID: String, over indices: [Int], model: SiteModel) -> String {
        let strings = model.strings
        let channels: [(TextKey, Field)] = [(.channelOnline, .receivedOnline), (.channelDirect, .receivedDirect), (.channelPostal, .receivedPostal)]
        let combined = indices.map { model.report.periods[$0].combined[unitID]?.record }
        let segments = channels.map { key, field in
            ChartSeries(
                name: strings[key],
                values: indices.enumerated().map { position, index in
                    (model.report.periods[index].data.records[unitID] ?? combined[position])?[field].map { Ratio($0, over: 1) }
                })
        }
        let title = strings[.chartIntakeTitle, ["unit": model.name(unitID)]]
        let svg = StackedBarChart.svg(
            id: "c-intake", title: title, axis: model.axis(indices), segments: segments, scale: .count, words: model.words,
            pale: combined.map { $0 != nil }, paleName: model.unitsByID[unitID].flatMap { combinedName(of: $0, model: model) })
        let columns = segments.map { segment in (segment.name, segment.values.map { $0.map { DisplayNumber.count($0.numerator) } ?? TableCell.noData(strings) }) }
        return Figures.figure(svg, caption: title, table: numbers(title, indices, columns, model), strings: strings)
    }

    /// A unit's rank on `indicators` over the periods, rank 1 at the top.
    static func ranks(of unitID: String, _ indicators: [Indicator], over indices: [Int], model: SiteModel) -> String? {
        let strings = model.strings
        guard model.report.groupOf[unitID] != nil else { return nil }
        let places = indicators.map { indicator in indices.map { model.report.periods[$0].places[indicator, unitID] } }
        guard places.contains(where: { $0.contains { $0 != nil } }) else { return nil }
        let series = zip(indicators, places).map { indicator, ranks in
            ChartSeries(name: strings.name(of: indicator), values: ranks.map { $0.map { Ratio($0.rank, over: 1) } }, shared: ranks.map { $0?.tied ?? 1 })
        }
        var caption = strings[.chartRankTitle, ["unit": model.name(unitID)]]
        let svg = LineChart.svg(id: "c-rank", title: caption, axis: model.axis(indices), series: series, target: nil, scale: .rank, words: model.words)
        if places.contains(where: { $0.contains { ($0?.tied ?? 1) > 1 } }) { caption += ". " + strings[.chartRankShared] }
        return Figures.figure(svg, caption: caption, numbersAt: HistoryTable.anchor, strings: strings)
    }

    /// The x labels: each period's label as the site writes it, a month's without its leading
    /// `Tháng ` when every period shown is a month labelled so (`05/2024`); tables keep the whole label.
    static func labels(_ indices: [Int], report: Report, strings: Strings) -> [String] {
        let periods = indices.map { report.periods[$0].period }
        let prefix = strings.name(of: PeriodKind.month) + " "
        guard !periods.isEmpty, periods.allSatisfy({ $0.kind == .month && $0.label.hasPrefix(prefix) }) else { return periods.map(\.label) }
        return periods.map { String($0.label.dropFirst(prefix.count)) }
    }

    private static func numbers(_ title: String, _ indices: [Int], _ columns: [(String, [String])], _ model: SiteModel) -> String {
        Figures.table(
            caption: title, corner: model.strings[.colPeriod], periods: indices.map { model.report.periods[$0].period.label }, series: columns)
    }
}
