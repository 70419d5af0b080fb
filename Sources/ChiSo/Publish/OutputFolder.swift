import CRename
import Foundation

/// Why the site could not be written; the output folder is as it was.
public struct PublishError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "\(path): không ghi được (\(reason)); thư mục đầu ra vẫn giữ nguyên như trước" }
}

/// What publishing changed in the output folder.
public struct PublishSummary: Sendable, Equatable {
    /// Files written anew (new or changed).
    public var written: Int
    /// Files whose bytes were already there: linked over, not rewritten.
    public var kept: Int
    /// Files of the previous output that are gone (archives carried over are not counted).
    public var removed: Int
    /// Of the files kept, those not even made: their inputs were those of the last build.
    public var reused = 0
}

/// The publish stage: builds the new site beside the output folder, then swaps it in.
public enum OutputFolder {
    /// Makes and stages every job in the staging tree next to `output` (`.public.staging`), on
    /// every core: a file whose bytes are already in the output is hard-linked from it instead of
    /// written, and the archives `carrying` (`archive/<id>/` and `<id>.zip`) are linked over
    /// untouched. Then the staging tree and the output are exchanged in one step (`renameat2`
    /// with `RENAME_EXCHANGE`) and the old output is removed. On any failure the staging tree is
    /// removed and the output is left as it was.
    /// With `reusing`, the keys of the last build's files (the caller vouches that the output
    /// still holds what made them), only the jobs whose keys differ are made, and the output is
    /// updated in place (`InPlaceUpdate`), unless an archive is being made or a file cannot be written there.
    ///
    /// - Complexity: O(total bytes of the jobs): each is compared with the file it replaces.
    public static func publish(
        _ jobs: [OutputJob], to output: String, carrying archives: [String] = [], reusing keys: [String: String] = [:],
        progress: (@Sendable (BuildProgress) -> Void)? = nil
    ) throws(PublishError) -> PublishSummary {
        try update(jobs, to: output, carrying: archives, reusing: keys, progress: progress).summary
    }

    /// As `publish`, and the files written when the output was updated in place rather than
    /// swapped (nil then): a swap gives every file a new change time (`FileStamp`).
    static func update(
        _ jobs: [OutputJob], to output: String, carrying archives: [String] = [], reusing keys: [String: String] = [:],
        progress: (@Sendable (BuildProgress) -> Void)? = nil
    ) throws(PublishError) -> (summary: PublishSummary, replaced: Set<String>?) {
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).staging")
        let manager = FileManager.default
        if let update = try InPlaceUpdate.apply(jobs, to: target, reusing: keys, progress: progress) {
            try? manager.removeItem(at: staging)
            return (update.summary, update.replaced)
        }
        do {
            var stage = StagingTree(root: staging, previous: target)
            try stage.prepare(jobs.map(\.path))
            let tally = Tally(total: jobs.count, progress: progress)
            let prepared = stage
            let results = ParallelMap.map(jobs) { job in
                defer { tally.tick() }
                return Result {
                    if let key = job.key, keys[job.path] == key {
                        try prepared.keep(job.path)
                        return Staged.reused
                    }
                    return try prepared.place(job.path, job.make()) ? Staged.linked : Staged.written
                }
            }
            let kept = try results.reduce(0) { count, result in count + (try result.get() != .written ? 1 : 0) }
            let reused = results.count { (try? $0.get()) == .reused }
            for id in archives {
                try stage.carry(OutputLayout.archiveFolder(id))
                try stage.carry(OutputLayout.archiveZip(id))
            }
            try stage.sweep()
            let removed = FileStamp.scan(target.path).keys.filter { !stage.placed.contains($0) }.count
            try swap(staging, into: target)
            return (PublishSummary(written: jobs.count - kept, kept: kept, removed: removed, reused: reused), nil)
        } catch {
            try? manager.removeItem(at: staging)
            throw PublishError(path: output, reason: (error as? PublishError)?.reason ?? error.localizedDescription)
        }
    }

    /// How a job's file came into the staging tree.
    private enum Staged { case written, linked, reused }

    /// Puts the staged tree in place of `target` in one step where the system can, then removes
    /// the old tree. Without an existing output, the staging folder is renamed.
    private static func swap(_ staging: URL, into target: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: target.path) else {
            try manager.moveItem(at: staging, to: target)
            return
        }
        if chiso_rename_exchange(staging.path, target.path) == 0 {
            try? manager.removeItem(at: staging)
            return
        }
        guard errno == EINVAL || errno == ENOSYS else {
            throw PublishError(path: target.path, reason: String(cString: strerror(errno)))
        }
        let retired = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old")
        try? manager.removeItem(at: retired)
        try manager.moveItem(at: target, to: retired)
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.moveItem(at: retired, to: target)
            throw error
        }
        try? manager.removeItem(at: retired)
    }
}
