import Mustache

/// The look of the site: the Mustache templates, the interface texts and the assets copied as they are.
public struct Theme: Sendable {
    /// The page kinds, each rendered with the template of that name (`period.mustache`).
    public enum Template: String, CaseIterable, Sendable {
        case layout, index, period, unit, periods, units, methods, page, archives, table, rankings
        case notFound = "404"
    }

    public let library: MustacheLibrary
    public let strings: Strings
    /// Files under the theme's `assets/`, published under `assets/`.
    public let assets: [OutputFile]

    public init(library: MustacheLibrary, strings: Strings, assets: [OutputFile]) {
        self.library = library
        self.strings = strings
        self.assets = assets
    }

    /// The page `template` renders from `context`.
    func render(_ template: Template, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template.rawValue) ?? ""
    }
}
