#!/usr/bin/env python3
"""The floor under a build's wall time: write a built site's files again from memory.

    python3 Benchmarks/write-floor.py OUTPUT_DIR [--runs 3] [--threads N]

Reads every file under OUTPUT_DIR into memory, then, for each run, creates the same folders
under a new temporary folder (next to OUTPUT_DIR) and writes every file with plain open and
write calls on one thread per core, the way chiso's publish stage does. Prints the median wall
time and each run's system CPU time. This is what the machine needs to put the bytes on the file
system with no rendering at all: a build of the same output cannot be faster. The copies are
removed when the script ends, not between runs (see the README on ext4 and freed inodes).
"""
import argparse
import os
import shutil
import statistics
import tempfile
import threading
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="a folder chiso built")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    files = []
    for folder, _, names in os.walk(args.output):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                files.append((os.path.relpath(path, args.output), handle.read()))
    files.sort()
    folders = sorted({os.path.dirname(path) for path, _ in files})
    size = sum(len(data) for _, data in files)

    scratch = tempfile.mkdtemp(prefix=".write-floor-", dir=os.path.dirname(os.path.abspath(args.output)))
    walls = []
    try:
        for run in range(1, args.runs + 1):
            target = os.path.join(scratch, str(run))
            before, start = os.times(), time.monotonic()
            for folder in folders:
                os.makedirs(os.path.join(target, folder), exist_ok=True)

            def write(share):
                for path, data in share:
                    descriptor = os.open(os.path.join(target, path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
                    try:
                        view = memoryview(data)
                        while view:
                            view = view[os.write(descriptor, view):]
                    finally:
                        os.close(descriptor)

            threads = [threading.Thread(target=write, args=(files[i :: args.threads],)) for i in range(args.threads)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall, after = time.monotonic() - start, os.times()
            walls.append(wall)
            print(f"   write run {run}/{args.runs}: {wall:.3f} s wall, {after.system - before.system:.2f} s system")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{len(files)} files, {size / 2**20:.1f} MB on {args.threads} threads: median {statistics.median(walls):.3f} s")


if __name__ == "__main__":
    main()
