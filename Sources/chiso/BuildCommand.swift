import ArgumentParser
import ChiSo
import Foundation

/// The options `chiso build` and `chiso archive` share.
struct BuildOptions: ParsableArguments {
    @OptionGroup var source: ContentOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Thư mục mẫu trang (Mustache, strings.toml, assets/).",
            discussion: "Không ghi thì chiso tìm lần lượt: ./site-templates, rồi mẫu trang cài kèm chương trình (PREFIX/share/chiso/site-templates).",
            valueName: "thư-mục"))
    var templates: String?

    @Option(name: .long, help: "Thư mục đầu ra.")
    var output = "public"

    @Flag(name: .long, help: "Chỉ in lỗi.")
    var quiet = false

    @Flag(name: .long, help: "In từng bước của bản dựng.")
    var verbose = false

    @Flag(name: .long, help: "Dựng lại mọi tệp, kể cả các tệp không có gì thay đổi kể từ lần dựng trước.")
    var full = false

    /// Runs the build and prints what it did; the exit codes of «chiso check».
    func run(archive: BuildRequest.Archive?) throws {
        let reporter = ProgressReporter(verbose: verbose && !quiet, live: !quiet && !verbose && isatty(STDERR_FILENO) == 1)
        let theme: String
        do {
            theme = try ThemeLocation.resolve(given: templates)
        } catch {
            FileHandle.standardError.write("error: \(error)\n")
            throw ContentFailure(code: 2)
        }
        let request = BuildRequest(
            content: source.content, templates: theme, output: output, built: try SourceDate.day(),
            archive: archive, full: full, progress: reporter.handler)
        let outcome: Build.Outcome
        do {
            outcome = try Build.run(request)
        } catch let error as ContentFolderError {
            reporter.finish()
            FileHandle.standardError.write("error: \(error)\n")
            throw ContentFailure(code: 2)
        } catch {
            reporter.finish()
            FileHandle.standardError.write("error: \(error)\n")
            FileHandle.standardError.write("chưa ghi gì: \(output)/ vẫn giữ nguyên như trước\n")
            throw ContentFailure(code: 1)
        }
        reporter.finish()
        if !quiet || outcome.check.hasErrors {
            print(quiet ? outcome.check.errorReport : outcome.check.report, terminator: "")
        }
        if outcome.check.hasErrors {
            FileHandle.standardError.write("chưa ghi gì: \(output)/ vẫn giữ nguyên như trước\n")
            throw ContentFailure(code: 1)
        }
        guard !quiet else { return }
        let summary = outcome.summary
        if outcome.unchanged {
            print("nothing changed since the last build: kept all \(summary.kept) files in \(output)/ (--full builds every file again)")
            return
        }
        print("wrote \(summary.written) files, kept \(summary.kept) (\(summary.reused) not made again), removed \(summary.removed) in \(output)/")
        if let id = outcome.archived { print("archived \(id) in \(output)/archive/\(id)/ and \(output)/archive/\(id).zip") }
    }
}

/// `chiso build`: check the content, then write the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Kiểm tra nội dung rồi sinh trang vào thư mục đầu ra.",
        discussion: """
            Khi nội dung hoặc mẫu trang có lỗi, không ghi gì và thư mục đầu ra giữ nguyên. Mã thoát như «chiso check». \
            Biến môi trường SOURCE_DATE_EPOCH (giây) đặt ngày của bản dựng; không có thì lấy ngày cuối của kỳ mới nhất. \
            Bản dựng chỉ làm lại các tệp có đầu vào thay đổi kể từ lần dựng trước, theo bản ghi .<đầu ra>.chiso-build \
            nằm cạnh thư mục đầu ra (không tải lên); thiếu bản ghi, bản ghi hỏng hoặc thư mục đầu ra bị sửa tay thì dựng lại toàn bộ, \
            --full cũng vậy.
            """
    )

    @OptionGroup var options: BuildOptions

    @Flag(name: .long, help: "Lưu trữ kỳ mới nhất vào archive/<kỳ>/ sau khi dựng.")
    var archive = false

    @Flag(name: .long, help: "Cho phép ghi đè bản lưu trữ đã có (cùng --archive).")
    var replace = false

    func run() throws {
        try options.run(archive: archive ? BuildRequest.Archive(periodID: nil, replace: replace) : nil)
    }
}

/// `chiso archive <period>`: build, and freeze the site as published for that period.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Dựng trang và lưu trữ nguyên trạng trang của một kỳ vào archive/<kỳ>/ (kèm tệp zip và MANIFEST.sha256).",
        discussion: "Bản lưu trữ đã có không bị ghi đè, trừ khi có --replace."
    )

    @Argument(help: "Mã kỳ cần lưu trữ, ví dụ 2024-06.")
    var period: String

    @OptionGroup var options: BuildOptions

    @Flag(name: .long, help: "Ghi đè bản lưu trữ đã có của kỳ này.")
    var replace = false

    func run() throws {
        try options.run(archive: BuildRequest.Archive(periodID: period, replace: replace))
    }
}
