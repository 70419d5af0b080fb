import Foundation

/// A rebuild that changes at most one file of the output, such as an edit of one notes.md: that
/// file is replaced in one rename, and the rest of the output is not staged again.
enum SingleFileUpdate {
    /// The one job to make, or `.some(nil)` for none, when every other job keeps the file the
    /// last build made under the same key and no file is added or removed; nil otherwise.
    ///
    /// - Complexity: O(jobs).
    static func job(in jobs: [OutputJob], reusing keys: [String: String]) -> OutputJob?? {
        guard jobs.count == keys.count else { return nil }
        var changed: OutputJob?
        for job in jobs {
            guard let key = job.key, let last = keys[job.path] else { return nil }
            if key == last { continue }
            guard changed == nil else { return nil }
            changed = job
        }
        return .some(changed)
    }

    /// Makes `job` and puts its file in place under `output`: written beside it, then renamed
    /// over it. True when the bytes differed and were written.
    static func apply(_ job: OutputJob, to output: URL) throws -> Bool {
        let place = output.appendingPathComponent(job.path)
        let bytes = job.make()
        if StagingTree.holds(place, bytes) { return false }
        let temporary = place.deletingLastPathComponent().appendingPathComponent("." + place.lastPathComponent + ".chiso-new").path
        unlink(temporary)
        do {
            try StagingTree.write(bytes, to: temporary)
            guard rename(temporary, place.path) == 0 else { throw PublishError(path: place.path, reason: String(cString: strerror(errno))) }
        } catch {
            unlink(temporary)
            throw error
        }
        return true
    }
}
