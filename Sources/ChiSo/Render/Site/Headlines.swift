/// The headline figures of a unit or the district in one period: value, change, rank, target, trend.
enum Headlines {
    /// The indicators a headline shows, the directives' concerns first.
    static let indicators: [Indicator] = [.onTimeRate, .overdue, .onlineRate, .fullDigitizationRate, .onlinePaymentRate, .apologyRate]

    /// The figures as the `figures` partial reads them: `items`, and `since`, the period the
    /// changes compare with (or that there is none); nil when there is no figure.
    static func list(of unitID: String?, period index: Int, model: SiteModel) -> [String: Any]? {
        guard var list = TemplateList.of(figures(of: unitID, period: index, model: model)) else { return nil }
        let strings = model.strings
        list["since"] = model.timeline.previous(of: index, in: model.report).map { strings[.changeSince, ["period": model.report.periods[$0].period.label]] }
            ?? strings[.noPrevious]
        return list
    }

    /// One dictionary per headline indicator with a value: `label`, `value`, `change`, `rank`,
    /// `target`, `met`, `sparkline` (finished SVG). A period with none of them (a table of
    /// digitisation rates only) shows every indicator it has instead.
    static func figures(of unitID: String?, period index: Int, model: SiteModel) -> [[String: Any]] {
        let headline = figures(indicators, of: unitID, period: index, model: model)
        return headline.isEmpty ? figures(Indicator.allCases, of: unitID, period: index, model: model) : headline
    }

    private static func figures(_ indicators: [Indicator], of unitID: String?, period index: Int, model: SiteModel) -> [[String: Any]] {
        let strings = model.strings
        let period = model.report.periods[index]
        let previous = model.timeline.previous(of: index, in: model.report)
        let recent = model.timeline.recent(upTo: index, count: model.sparklineLength, in: model.report)
        return indicators.compactMap { indicator -> [String: Any]? in
            guard let value = model.series(indicator, of: unitID, over: [index])[0] else { return nil }
            var figure: [String: Any] = [
                "label": strings.name(of: indicator),
                "value": DisplayValue.text(value.value, of: indicator),
                "reported": value.source == .reported,
            ]
            if let previous {
                let before = model.series(indicator, of: unitID, over: [previous])[0]
                if let before {
                    let change = change(from: before.value, to: value.value, indicator, strings)
                    figure["change"] = change.text
                    figure["change_style"] = change.style
                }
            }
            if let unitID, let place = period.places[indicator, unitID] {
                figure["rank"] = model.placeText.rankOf(place)
            }
            if let target = model.target(indicator) {
                figure["target"] = strings[.targetValue, ["value": DisplayValue.threshold(target.threshold, of: indicator)]]
                figure["met"] = target.isMet(by: value.value)
                figure["missed"] = !target.isMet(by: value.value)
            }
            let values = model.series(indicator, of: unitID, over: recent).map { $0?.value }
            let subject = strings[.sparklineSubject, ["indicator": strings.name(of: indicator), "unit": unitID.map(model.name) ?? strings[.district]]]
            let title = TrendSentence.sentence(subject: subject, values: values, scale: ChartScale.of(indicator), words: model.words)
            figure["sparkline"] = Sparkline.svg(title: title, values: values, scale: ChartScale.of(indicator), words: model.words)
            return figure
        }
    }

    /// `▲ 3,80 điểm %, tốt hơn`, from the two values as shown, and its
    /// style: `better`, `worse` or `same` for that indicator's direction (none for one that is
    /// not ranked). The words say it too, never the colour alone.
    static func change(from before: Ratio, to after: Ratio, _ indicator: Indicator, _ strings: Strings) -> (text: String, style: String) {
        let delta = DisplayValue.rounded(after, of: indicator).minus(DisplayValue.rounded(before, of: indicator))
        guard delta.scaled != 0 else { return (strings[.changeNone], "same") }
        let rose = delta.scaled > 0
        let size = Rounded(scaled: abs(delta.scaled), digits: delta.digits)
        let text = strings[rose ? .changeRise : .changeFall] + " " + DisplayValue.change(size, of: indicator, points: strings[.points], signed: false)
        guard let better = indicator.better else { return (text, "") }
        let isBetter = rose == (better == .higher)
        return (text + ", " + strings[isBetter ? .changeBetter : .changeWorse], isBetter ? "better" : "worse")
    }
}
