/// The contents of table cells: numbers as a reader sees them, a mark for no data.
enum TableCell {
    /// A count, or the no-data mark with its meaning for screen readers.
    static func count(_ value: Int?, _ strings: Strings) -> String {
        value.map(DisplayNumber.count) ?? noData(strings)
    }

    /// A value without its unit (`84,44`, `360`), marked when the table reported it instead of
    /// the counts behind it.
    static func number(_ value: IndicatorValue?, of indicator: Indicator, _ strings: Strings) -> String {
        guard let value else { return noData(strings) }
        let text = DisplayNumber.text(DisplayValue.rounded(value.value, of: indicator))
        return value.source == .reported ? "\(text)<sup>\(HTML.escape(strings[.reportedMark]))</sup>" : text
    }

    /// A value with its unit (`84,44 %`).
    static func value(_ value: IndicatorValue?, of indicator: Indicator, _ strings: Strings) -> String {
        guard let value else { return noData(strings) }
        let text = DisplayValue.text(value.value, of: indicator)
        return value.source == .reported ? "\(text)<sup>\(HTML.escape(strings[.reportedMark]))</sup>" : text
    }

    /// `—`, read out as «không có số liệu».
    static func noData(_ strings: Strings) -> String {
        "<span aria-hidden=\"true\">\(HTML.escape(strings[.noData]))</span><span class=\"vh\">\(HTML.escape(strings[.noDataLabel]))</span>"
    }
}
