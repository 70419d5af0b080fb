/// Where every file of the output folder lives, named once for the stages that make, carry,
/// list and verify them: pages and data files per period and per unit, theme assets, archives.
enum OutputLayout {
    /// `periods/<id>/`: a period's report, its tables, rankings and data files.
    static func periodFolder(_ id: String) -> String { "periods/" + id + "/" }
    /// `periods/<id>/index.html`: a period's report, the one page that shows its notes.md.
    static func periodReport(_ id: String) -> String { periodFolder(id) + "index.html" }
    /// `units/<id>/`: a unit's page and data file.
    static func unitFolder(_ id: String) -> String { "units/" + id + "/" }
    /// `archive/`: the frozen editions.
    static let archives = "archive"
    /// `archive/<id>`: the folder of the edition frozen for period `id`.
    static func archiveFolder(_ id: String) -> String { archives + "/" + id }
    /// `archive/<id>.zip`: the same edition as one file.
    static func archiveZip(_ id: String) -> String { archives + "/" + id + ".zip" }

    /// What an output file is about, which tells what it is made from.
    enum Scope: Equatable {
        /// Under `periods/<id>/`: one period's report, tables and data.
        case period(String)
        /// Under `units/<id>/`: one unit across the periods.
        case unit(String)
        /// Under `archive/`: a frozen edition.
        case archive
        /// Anything else: the home page, the lists, the methods page, extra pages, assets.
        case site
    }

    /// The scope of the file at `path` (relative, `/`-separated).
    static func scope(of path: String) -> Scope {
        let parts = path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return parts.count == 2 && parts[0] == archives && parts[1] != "index.html" ? .archive : .site }
        switch parts[0] {
        case "periods": return .period(String(parts[1]))
        case "units": return .unit(String(parts[1]))
        case Substring(archives): return .archive
        default: return .site
        }
    }
}
