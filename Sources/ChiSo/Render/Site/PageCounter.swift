import Foundation

/// Counts pages as they are rendered on every core and tells a progress handler.
final class PageCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let handler: (@Sendable (BuildProgress) -> Void)?

    init(total: Int, handler: (@Sendable (BuildProgress) -> Void)?) {
        self.total = total
        self.handler = handler
    }

    /// One more page done.
    func tick() {
        guard let handler else { return }
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        handler(BuildProgress(stage: .render, done: now, total: total))
    }
}
