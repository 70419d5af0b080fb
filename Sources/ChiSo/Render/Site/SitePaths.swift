/// Where each page lives in the output, and the relative links between pages.
enum SitePaths {
    static func period(_ id: String) -> String { OutputLayout.periodReport(id) }
    static func unit(_ id: String) -> String { OutputLayout.unitFolder(id) + "index.html" }
    static func page(_ id: String) -> String { "pages/" + id + "/index.html" }
    static let periods = "periods/index.html"
    static let units = "units/index.html"
    static let methods = "cach-tinh/index.html"
    static let home = "index.html"
    static let archives = OutputLayout.archives + "/index.html"
    static let notFound = "404.html"

    /// The prefix that leads from the page at `path` back to the site's root: `../../` for
    /// `periods/2024-06/index.html`, empty at the root. Links never start with `/`, so the site
    /// works from `file://` and under any sub-path.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.count { $0 == "/" })
    }
}
