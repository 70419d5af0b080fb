import ChiSo
import Foundation

/// Shows what a long build is doing on standard error: a line that updates in place on a
/// terminal, a line per stage with `--verbose`, nothing otherwise.
final class ProgressReporter: @unchecked Sendable {
    private let verbose: Bool
    private let live: Bool
    private let lock = NSLock()
    private var stage: BuildProgress.Stage?
    private var shownPercent = -1
    private var drawn = false

    init(verbose: Bool, live: Bool) {
        self.verbose = verbose
        self.live = live
    }

    /// The handler to give the build, nil when nothing is shown.
    var handler: (@Sendable (BuildProgress) -> Void)? {
        guard verbose || live else { return nil }
        return { [self] progress in self.show(progress) }
    }

    /// Clears the live line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write("\r\u{1B}[K") }
        drawn = false
    }

    private func show(_ progress: BuildProgress) {
        lock.lock()
        defer { lock.unlock() }
        let newStage = progress.stage != stage
        stage = progress.stage
        if verbose, newStage {
            let count = progress.total > 0 ? " (\(progress.total))" : ""
            FileHandle.standardError.write("chiso: \(progress.stage.rawValue)\(count)\n")
        }
        guard live else { return }
        let percent = progress.total > 0 ? progress.done * 100 / progress.total : 0
        guard newStage || percent != shownPercent else { return }
        shownPercent = percent
        let pages = progress.stage == .render ? " \(progress.done)/\(progress.total) trang" : ""
        FileHandle.standardError.write("\r\u{1B}[Kchiso: \(progress.stage.rawValue)\(pages)")
        drawn = true
    }
}
