import Foundation

/// Counts files as they are made and written on every core, and tells the progress handler.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let progress: (@Sendable (BuildProgress) -> Void)?

    init(total: Int, progress: (@Sendable (BuildProgress) -> Void)?) {
        self.total = total
        self.progress = progress
    }

    /// One more file made and staged.
    func tick() {
        guard let progress else { return }
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        progress(BuildProgress(stage: .render, done: now, total: total))
    }
}
