/// The legend below the plot: one row per series, its swatch then its whole name, never
/// truncated, and a last row for the target line when there is one; a long name wraps onto more lines.
struct Legend {
    /// What a row's swatch shows.
    enum Swatch {
        /// A short stretch of the series' line with its marker.
        case line
        /// A filled square, for bars.
        case block
    }

    private static let size = ChartStyle.labelSize
    private static let rowHeight = 20.0
    private static let lineHeight = 16.0
    private static let swatchWidth = 28.0

    private let swatch: Swatch
    private let looks: [SeriesLook]
    private let rows: [[String]]
    private let target: [String]?

    /// The legend of `names`, drawn with `looks` (each in its own style when not given), and of
    /// the target line labelled `target`, wrapped to fit right of `left` in the chart's width.
    init(_ names: [String], swatch: Swatch, looks: [SeriesLook]? = nil, left: Double, target: String? = nil) {
        self.swatch = swatch
        self.looks = looks ?? names.indices.map { SeriesLook(index: $0, isPale: false) }
        let available = ChartStyle.width - left - Self.swatchWidth - 12
        let perLine = max(8, Int(available / ChartStyle.width(of: "x", size: Self.size)))
        rows = names.map { Self.wrap($0, perLine: perLine) }
        self.target = target.map { Self.wrap($0, perLine: perLine) }
    }

    /// The height the legend takes.
    var height: Double { (rows + (target.map { [$0] } ?? [])).reduce(0) { $0 + Self.rowHeight + Double($1.count - 1) * Self.lineHeight } }

    /// Appends the legend with its first row's top at `top`.
    func append(left: Double, top: Double, to svg: inout Markup) {
        var rowTop = top
        svg += "<g font-size=\"\(Self.size)\" fill=\"\(raw: ChartStyle.text)\">"
        for (index, lines) in rows.enumerated() {
            let middle = rowTop + Self.rowHeight / 2
            let look = looks[index]
            let color = look.color
            switch swatch {
            case .line:
                svg += "<line x1=\"\(left)\" y1=\"\(middle)\" x2=\"\(left + Self.swatchWidth)\" y2=\"\(middle)\""
                svg += " stroke=\"\(raw: color)\" stroke-width=\"\(ChartStyle.lineWidth)\"\(raw: look.dash)/>"
                Marker.append(look.marker, x: left + Self.swatchWidth / 2, y: middle, color: color, to: &svg)
            case .block:
                svg += "<rect x=\"\(left + 8)\" y=\"\(middle - 6)\" width=\"12\" height=\"12\" fill=\"\(raw: color)\""
                if look.isPale { svg.append(raw: SeriesLook.paleFill) }
                svg += "/>"
            }
            Self.appendText(lines, left: left, middle: middle, to: &svg)
            rowTop += Self.rowHeight + Double(lines.count - 1) * Self.lineHeight
        }
        if let target {
            let middle = rowTop + Self.rowHeight / 2
            svg += "<line x1=\"\(left)\" y1=\"\(middle)\" x2=\"\(left + Self.swatchWidth)\" y2=\"\(middle)\""
            svg += " stroke=\"\(raw: ChartStyle.target)\" stroke-width=\"\(ChartStyle.targetWidth)\""
            svg += " stroke-dasharray=\"\(raw: ChartStyle.targetDash)\"/>"
            Self.appendText(target, left: left, middle: middle, to: &svg)
        }
        svg += "</g>\n"
    }

    /// Appends a row's name, its first line centred on `middle`.
    private static func appendText(_ lines: [String], left: Double, middle: Double, to svg: inout Markup) {
        svg += "<text x=\"\(left + swatchWidth + 8)\" y=\"\(middle + size * 0.35)\">"
        for (number, line) in lines.enumerated() {
            if number > 0 { svg += " <tspan x=\"\(left + swatchWidth + 8)\" dy=\"\(lineHeight)\">" }
            svg.append(text: line)
            if number > 0 { svg += "</tspan>" }
        }
        svg += "</text>"
    }

    /// `name` in lines of at most `perLine` characters, broken between words; a longer word stays whole.
    static func wrap(_ name: String, perLine: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var length = 0
        let alone = name.unicodeScalars.allSatisfy(isAlone)
        let words = alone
            ? name.unicodeScalars.split(separator: " ").map(Substring.init) : name.split(separator: " ", omittingEmptySubsequences: true)
        for word in words {
            let count = alone ? word.unicodeScalars.count : word.count
            if line.isEmpty {
                line = String(word)
                length = count
            } else if length + 1 + count <= perLine {
                line += " "
                line += word
                length += 1 + count
            } else {
                lines.append(line)
                line = String(word)
                length = count
            }
        }
        return lines + [line]
    }

    /// True for a scalar that is a character of its own whatever stands beside it: printable
    /// Latin, and the precomposed Vietnamese letters (U+1E00–U+1EFF). A name made only of these
    /// has as many characters as scalars and splits at the same spaces, and scalars are much
    /// cheaper to walk than characters.
    private static func isAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2FF, 0x1E00...0x1EFF: true
        default: false
        }
    }
}
