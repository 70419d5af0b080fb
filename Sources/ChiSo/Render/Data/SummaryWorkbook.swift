/// `periods/<id>/tong-hop-<id>.xlsx`: the period's summary table as an Excel workbook, for people
/// who work on in a spreadsheet. It holds what the page shows, with the page's strings: the
/// caption, the two header rows, the units by group with a row per group, the district's total;
/// counts and rates are number cells (`#,##0`, `0.00`), and a rank column per rate follows.
enum SummaryWorkbook {
    /// `tong-hop-2024-06.xlsx`: ASCII, as period ids are.
    static func fileName(_ periodID: String) -> String { "tong-hop-" + periodID + ".xlsx" }

    /// The sheet's columns: ordinal, unit, the counts, the rates, a rank per rate.
    private static var width: Int { 2 + SummaryColumns.fields.count + 2 * SummaryColumns.rates.count }

    /// The rows above the units: title, note, the two header rows.
    private static let headerRows = 4

    /// The workbook of `period`, listing `units` (in the page's order) under their groups.
    ///
    /// - Complexity: O(units × columns).
    static func render(_ period: PeriodReport, units: [Unit], report: Report, strings: Strings) -> [UInt8] {
        let last = width - 1
        let caption = strings[.summaryCaption, ["period": period.period.label]]
        var sheet = WorksheetXML(rows: units.count + 16, bytesPerRow: 48 * width)
        sheet.append([.text(caption, .title)], height: 24)
        sheet.merge(0...last)
        sheet.append([.text(strings[.workbookRankNote], .note)], height: 32)
        sheet.merge(0...last)
        header(into: &sheet, strings: strings)
        var number = 0
        for group in SummaryTable.grouped(units, report: report, strings: strings) {
            sheet.append([.text(group.label, .group)] + Array(repeating: .empty(.group), count: last))
            sheet.merge(0...last)
            for unit in group.units {
                number += 1
                let places = period.places[unit.id]
                let ranks = SummaryColumns.rates.map { rate -> WorksheetCell in
                    guard let place = places[rate] else { return .empty(.rank) }
                    return .integer(place.rank, place.tied > 1 ? .sharedRank : .rank)
                }
                let record = period.data.records[unit.id]
                sheet.append(
                    [.integer(number, .ordinal), .text(unit.name, .text)]
                        + SummaryColumns.fields.map { .integer(record?[$0], .count) }
                        + rates(period.values[unit.id], plain: .rate, reported: .reportedRate) + ranks)
            }
        }
        let counts = SummaryTable.districtCounts(period)
        sheet.append(
            [.empty(.totalText), .text(strings[.district], .totalText)]
                + SummaryColumns.fields.map { .integer(period.data.total?[$0] ?? counts[$0], .totalCount) }
                + rates(period.total, plain: .totalRate, reported: .totalReportedRate)
                + Array(repeating: .empty(.totalText), count: SummaryColumns.rates.count))
        let reported = ([period.total] + units.compactMap { period.values[$0.id] }).contains { values in
            SummaryColumns.rates.contains { values[$0]?.source == .reported }
        }
        if reported {
            sheet.append([.text(strings[.reportedNote], .note)], height: 32)
            sheet.merge(0...last)
        }
        let longest = units.map(\.name.count).max() ?? 0
        let widths = [5, min(max(longest, strings[.district].count) + 2, 48)]
            + Array(repeating: 10, count: SummaryColumns.fields.count) + Array(repeating: 10, count: SummaryColumns.rates.count)
            + Array(repeating: 8, count: SummaryColumns.rates.count)
        let info = WorkbookParts.Info(
            sheetName: WorkbookXML.sheetName(strings[.workbookSheet]), title: caption, printTitles: (headerRows - 1)...headerRows,
            date: period.period.end)
        return WorkbookParts.package(sheet: sheet.xml(widths: widths, frozenRows: headerRows, frozenColumns: 2), info)
    }

    /// The two header rows: group headings merged over their columns (ordinal and unit over both
    /// rows), then the labels, as the page's `<thead>`; the ranks under «Hạng».
    private static func header(into sheet: inout WorksheetXML, strings: Strings) {
        var top: [WorksheetCell] = [.text(strings[.colNo], .header), .text(strings[.colUnit], .header)]
        var labels: [WorksheetCell] = [.empty(.header), .empty(.header)]
        var spans: [ClosedRange<Int>] = []
        func heading(_ text: String, over columns: [String]) {
            spans.append(top.count...(top.count + columns.count - 1))
            top += [.text(text, .header)] + Array(repeating: .empty(.header), count: columns.count - 1)
            labels += columns.map { .text($0, .header) }
        }
        for (field, parts) in SummaryColumns.groups {
            heading(strings.name(of: field), over: [strings[.colTotal]] + parts.map { strings.name(of: $0) })
        }
        let rateNames = SummaryColumns.rates.map { strings.shortName(of: $0) }
        heading(strings[.colRates], over: rateNames)
        heading(strings[.colRank], over: rateNames)
        sheet.append(top, height: 30)
        let first = sheet.row
        sheet.append(labels, height: 48)
        sheet.merge(0...0, rows: first...sheet.row)
        sheet.merge(1...1, rows: first...sheet.row)
        for span in spans { sheet.merge(span, rows: first...first) }
    }

    /// The rate cells of `values`: full precision, shown with two decimals, marked when reported.
    private static func rates(_ values: IndicatorValues?, plain: CellStyle, reported: CellStyle) -> [WorksheetCell] {
        SummaryColumns.rates.map { rate in
            let value = values?[rate]
            return .number(value?.value, value?.source == .reported ? reported : plain)
        }
    }
}
