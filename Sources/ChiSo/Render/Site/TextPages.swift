/// The pages of `content/pages/*.md`, and `404.html`.
enum TextPages {
    /// The text of the page's first heading, without its `#` marks.
    static func title(of page: ExtraPage) -> String {
        let heading = page.markdown.split(separator: "\n").first { $0.hasPrefix("#") } ?? Substring(page.id)
        return heading.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
    }

    static func render(_ page: ExtraPage, model: SiteModel, theme: Theme) -> OutputFile {
        let path = SitePaths.page(page.id)
        var context = model.layout.context(path: path, title: title(of: page), section: nil)
        context["body"] = Markdown.html(page.markdown)
        return OutputFile(path: path, text: theme.render(.page, context))
    }

    static func notFound(_ model: SiteModel, theme: Theme) -> OutputFile {
        let path = SitePaths.notFound
        let context = model.layout.context(path: path, title: model.strings[.notFoundTitle], section: nil)
        return OutputFile(path: path, text: theme.render(.notFound, context))
    }
}
