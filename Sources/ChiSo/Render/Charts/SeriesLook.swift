/// How one series is drawn: the colour, line style and marker of its style index, or, for a
/// stretch combined from predecessors, its own unit's colour paler, finely dashed, with rings.
struct SeriesLook {
    /// The style index: series take 0, 1, 2… in order, a pale series its parent's.
    let index: Int
    let isPale: Bool

    var color: String { ChartStyle.color(index) }
    /// ` stroke-dasharray="…"` (and the paler opacity) for the line.
    var dash: String { isPale ? " stroke-dasharray=\"3 3\" stroke-opacity=\"0.6\"" : ChartStyle.dash(index) }
    var marker: Marker.Shape { isPale ? .ring : ChartStyle.marker(index) }
    /// ` fill-opacity="…"` for a pale bar or block.
    static let paleFill = " fill-opacity=\"0.4\""

    /// The look of each of `series`: the plain ones numbered in order, each pale one as its parent.
    static func of(_ series: [ChartSeries]) -> [SeriesLook] {
        var looks: [SeriesLook] = []
        var next = 0
        for line in series {
            if let parent = line.paleOf, parent < looks.count {
                looks.append(SeriesLook(index: looks[parent].index, isPale: true))
            } else {
                looks.append(SeriesLook(index: next, isPale: false))
                next += 1
            }
        }
        return looks
    }
}
