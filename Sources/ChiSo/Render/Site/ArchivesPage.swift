/// `archive/index.html`: the frozen editions of the site, newest period first.
enum ArchivesPage {
    static func render(_ model: SiteModel, theme: Theme) -> OutputFile {
        let path = SitePaths.archives
        var context = model.layout.context(path: path, title: model.strings[.navArchives], section: .navArchives)
        context["archives"] = model.edition.archives.reversed().map { entry in
            ["label": entry.label, "href": entry.id + "/index.html", "zip": entry.id + ".zip", "manifest": entry.id + "/" + Manifest.fileName]
        }
        return OutputFile(path: path, text: theme.render(.archives, context))
    }
}
