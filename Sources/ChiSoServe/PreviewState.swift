/// The state `chiso serve` shares between its builds and the pages it serves: whether a build
/// has succeeded, the report of the last one if it failed, and the pages waiting to reload.
actor PreviewState {
    /// True once a build has written the preview folder.
    private(set) var built = false
    /// The report of the last build when it failed; nil after a good build.
    private(set) var failure: String?
    private var waiting: [Int: AsyncStream<Void>.Continuation] = [:]
    private var next = 0

    /// Records a build's end (`failure` nil for a good one) and tells every open page to reload.
    func finished(failure: String?) {
        if failure == nil { built = true }
        self.failure = failure
        for continuation in waiting.values { continuation.yield() }
    }

    /// A stream that yields each time a build ends, until the page goes away.
    func subscribe() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        let id = next
        next += 1
        waiting[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    private func unsubscribe(_ id: Int) { waiting[id] = nil }
}
