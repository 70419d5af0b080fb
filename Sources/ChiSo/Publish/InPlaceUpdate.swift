import Foundation

/// A rebuild over an output that the last build's record vouches for (`BuildRecord.trusted`):
/// only the files whose inputs changed are made. Each new version is written beside the file it
/// replaces; once all are written they are renamed over, then the files no longer made are
/// removed. The rest of the output, its folders and its archives are not touched, so adding a
/// period writes the pages it changes and makes no other file or folder.
enum InPlaceUpdate {
    /// What the update did: the summary, and the paths it wrote (their stamps are new).
    struct Outcome {
        var summary: PublishSummary
        var replaced: Set<String>
    }

    /// Updates `output` to hold `jobs`; nil, with the output as it was, when it cannot: no record
    /// (`keys` empty), a job without a key (an archive being made), or a file that could not be
    /// written beside its place. The caller then stages the whole tree, which reports a real
    /// failure. Throws only when a rename fails after every file was written, which leaves
    /// the output part old, part new; the record does not vouch for it then, so the next build is full.
    ///
    /// - Complexity: O(bytes of the jobs whose keys changed), on every core, plus O(jobs).
    static func apply(
        _ jobs: [OutputJob], to output: URL, reusing keys: [String: String], progress: (@Sendable (BuildProgress) -> Void)?
    ) throws(PublishError) -> Outcome? {
        guard !keys.isEmpty, jobs.allSatisfy({ $0.key != nil }) else { return nil }
        let changed = jobs.filter { keys[$0.path] != $0.key }
        let root = output.path
        guard let made = try? makeFolders(for: changed.map(\.path).filter { keys[$0] == nil }, in: root) else { return nil }
        let tally = Tally(total: changed.count, progress: progress)
        let results = ParallelMap.map(changed) { job in
            defer { tally.tick() }
            return Placed.beside(job.path, job.make(), in: root)
        }
        var staged: [(path: String, temporary: String)] = []
        var failed = false
        for (job, result) in zip(changed, results) {
            switch result {
            case .same: continue
            case .written(let temporary): staged.append((job.path, temporary))
            case .failed: failed = true
            }
        }
        guard !failed else {
            for (_, temporary) in staged { unlink(temporary) }
            for folder in made.reversed() { try? FileManager.default.removeItem(atPath: folder) }
            return nil
        }
        for (index, (path, temporary)) in staged.enumerated() where rename(temporary, root + "/" + path) != 0 {
            let reason = String(cString: strerror(errno))
            for (_, rest) in staged[index...] { unlink(rest) }
            throw PublishError(path: root + "/" + path, reason: reason)
        }
        let paths = Set(jobs.map(\.path))
        let removed = keys.keys.filter { !paths.contains($0) }.sorted()
        for path in removed { unlink(root + "/" + path) }
        removeEmptyFolders(of: removed, in: root)
        let written = staged.count
        let summary = PublishSummary(written: written, kept: jobs.count - written, removed: removed.count, reused: jobs.count - changed.count)
        return Outcome(summary: summary, replaced: Set(staged.map(\.path)))
    }

    /// What became of a changed job's new bytes.
    private enum Placed: Sendable {
        /// The file already held them.
        case same
        /// Written beside the file, at `.<name>.chiso-new` in its folder.
        case written(temporary: String)
        case failed

        static func beside(_ path: String, _ bytes: [UInt8], in root: String) -> Placed {
            let place = root + "/" + path
            guard !OutputBytes.holds(URL(fileURLWithPath: place), bytes) else { return .same }
            let slash = place.lastIndex(of: "/")!
            let temporary = String(place[...slash]) + "." + String(place[place.index(after: slash)...]) + ".chiso-new"
            unlink(temporary)
            do {
                try OutputBytes.write(bytes, to: temporary)
                return .written(temporary: temporary)
            } catch {
                unlink(temporary)
                return .failed
            }
        }
    }

    /// Creates the folders the new files at `paths` go in that the output lacks; the topmost
    /// folder made for each, so that a failed update can remove them again.
    private static func makeFolders(for paths: [String], in root: String) throws -> [String] {
        var made: [String] = []
        var seen: Set<Substring> = []
        for path in paths {
            guard let slash = path.lastIndex(of: "/"), seen.insert(path[..<slash]).inserted else { continue }
            var top: String?
            var folder = path[..<slash]
            while !isFolder(root + "/" + folder) {
                top = root + "/" + folder
                guard let up = folder.lastIndex(of: "/") else { break }
                folder = folder[..<up]
            }
            guard let top else { continue }
            do {
                try FileManager.default.createDirectory(atPath: root + "/" + path[..<slash], withIntermediateDirectories: true)
                made.append(top)
            } catch {
                for folder in made.reversed() { try? FileManager.default.removeItem(atPath: folder) }
                throw error
            }
        }
        return made
    }

    /// Removes the folders of the removed `paths` that are left empty, and their parents
    /// that are left empty in turn, never `root` itself.
    private static func removeEmptyFolders(of paths: [String], in root: String) {
        var folders = Set(paths.compactMap { path in path.lastIndex(of: "/").map { String(path[..<$0]) } })
        while let deepest = folders.max(by: { $0.count < $1.count }) {
            folders.remove(deepest)
            guard rmdir(root + "/" + deepest) == 0, let up = deepest.lastIndex(of: "/") else { continue }
            folders.insert(String(deepest[..<up]))
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
