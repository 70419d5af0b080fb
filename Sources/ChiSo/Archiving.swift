/// The frozen edition of a period: the site as published for it, with its manifest and zip.
enum Archiving {
    /// The period `id` names, or the latest period when `id` is nil.
    static func period(_ id: String?, in dataset: Dataset) throws(ArchiveRefusal) -> Period {
        guard let id else { return dataset.periods.last!.period }
        guard let found = dataset.periods.first(where: { $0.period.id == id }) else {
            throw ArchiveRefusal.unknownPeriod(id: id, known: dataset.periods.map(\.period.id))
        }
        return found.period
    }

    /// Every file of `archive/<id>/` and `archive/<id>.zip`: the site rendered from the periods
    /// that ended by `period`'s end, each page with the archive banner, then `MANIFEST.sha256`
    /// over them and the zip of them all. The same content gives the same bytes.
    ///
    /// - Complexity: that of a build of the periods archived.
    static func files(of period: Period, dataset: Dataset, theme: Theme, built: Day?) throws -> [OutputFile] {
        var then = dataset
        then.periods = dataset.periods.filter { $0.period.end <= period.end }
        let report = try ReportBuilder.build(then)
        var files = DataFiles.render(report, strings: theme.strings) + SitePages.render(report, theme: theme, edition: SiteEdition(built: built, archived: period))
        files.append(OutputFile(path: Manifest.fileName, text: Manifest.text(files)))
        files.sort { $0.path < $1.path }
        let zip = try ArchiveZip.bytes(files, folder: period.id, date: built ?? period.end)
        let folder = OutputLayout.archiveFolder(period.id) + "/"
        return files.map { OutputFile(path: folder + $0.path, bytes: $0.bytes) } + [OutputFile(path: OutputLayout.archiveZip(period.id), bytes: zip)]
    }
}
