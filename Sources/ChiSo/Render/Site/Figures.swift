extension ChartScale {
    /// How `indicator` is charted: percentages on a percent axis, the rest as counts.
    static func of(_ indicator: Indicator) -> ChartScale { indicator.isPercentage ? .percent : .count }
}

/// A chart with the table of its numbers beside it, as a figure.
enum Figures {
    /// `<figure>` holding the caption, the SVG and, folded under it, a table of the same numbers.
    static func figure(_ svg: String, caption: String, table: String, strings: Strings) -> String {
        "<figure class=\"chart\">\n<figcaption>" + HTML.escape(caption) + "</figcaption>\n" + svg + "\n<details><summary>"
            + HTML.escape(strings[.chartNumbers]) + "</summary>\n<div class=\"table-wrap\">" + table + "</div>\n</details>\n</figure>"
    }

    /// `<figure>` holding the caption, the SVG and a link to the table of the page that holds the
    /// same numbers (a unit's history table), so each number is on the page once.
    static func figure(_ svg: String, caption: String, numbersAt anchor: String, strings: Strings) -> String {
        "<figure class=\"chart\">\n<figcaption>" + HTML.escape(caption) + "</figcaption>\n" + svg + "\n<p class=\"note\"><a href=\"#"
            + anchor + "\">" + HTML.escape(strings[.chartNumbersInTable]) + "</a></p>\n</figure>"
    }

    /// A table with periods as rows and one column per series.
    static func table(caption: String, corner: String, periods: [String], series: [(String, [String])]) -> String {
        var html = "<table class=\"numbers\"><caption>" + HTML.escape(caption) + "</caption>\n<thead><tr><th scope=\"col\">" + HTML.escape(corner) + "</th>"
        for (name, _) in series { html += "<th scope=\"col\">" + HTML.escape(name) + "</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for (row, period) in periods.enumerated() {
            html += "<tr><th scope=\"row\">" + HTML.escape(period) + "</th>"
            for (_, cells) in series { html += "<td>" + cells[row] + "</td>" }
            html += "</tr>\n"
        }
        return html + "</tbody></table>"
    }
}
