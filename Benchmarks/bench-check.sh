#!/usr/bin/env bash
# Times `chiso check` on synthetic content: kept for habit, see Benchmarks/bench.sh.
#   Benchmarks/bench-check.sh [district|province|national ...]   (default: all three)
exec bash "$(dirname "${BASH_SOURCE[0]}")/bench.sh" --check "$@"
