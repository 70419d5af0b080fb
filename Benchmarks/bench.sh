#!/usr/bin/env bash
# Times `chiso build` (default) or `chiso check` on synthetic content at one or more scales.
#   Benchmarks/bench.sh [--check] [district|province|national ...]   (default: all three)
# Generates into .build/bench/<scale> (reused while the generator and its arguments are
# unchanged), runs `.build/release/chiso build --quiet --content … --output <fresh tmp>/public`
# (or `chiso check --content …`) three times under /usr/bin/time -v and prints one row per
# scale: medians of wall and CPU time, max peak RSS, (build) pages, files and MB written, and
# µs per unit-period; then the national / province ratio of that cost when both ran.
# Build mode also times Benchmarks/write-floor.py on the last run's output: the median wall time
# of writing the same files from memory, with no rendering, which no build of them can beat.
set -euo pipefail
LC_NUMERIC=C   # decimal points in printf; not exported, chiso runs in the caller's locale

cd "$(dirname "${BASH_SOURCE[0]}")/.."   # the repository root: --templates is relative to it
CHISO=${CHISO:-.build/release/chiso}     # overridable for testing the script
BENCH=${BENCH_DIR:-.build/bench}
TEMPLATES=${TEMPLATES:-site-templates}
GEN=Benchmarks/generate.py
RUNS=3
SEED=1

usage() {
  echo "usage: Benchmarks/bench.sh [--check] [district|province|national ...]   (default: all three)"
}

mode=build
scales=()
for a in "$@"; do
  case $a in
    --check) mode=check ;;
    -h|--help) usage; exit 0 ;;
    district|province|national) scales+=("$a") ;;
    *) echo "bench: unknown argument '$a'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ ${#scales[@]} -gt 0 ]] || scales=(district province national)

if [[ ! -x $CHISO ]]; then
  echo "bench: $CHISO is missing: run \`swift build -c release --product chiso\` first" >&2
  exit 2
fi
if [[ $mode == build && ! -d $TEMPLATES ]]; then
  echo "bench: templates folder '$TEMPLATES' is missing" >&2
  exit 2
fi

if [[ ! -x /usr/bin/time ]]; then
  echo "bench: /usr/bin/time is missing, installing the 'time' package…" >&2
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq time >/dev/null
fi

# median of the numbers on stdin
median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# wall clock "h:mm:ss.ss" or "m:ss.ss" → seconds
to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f\n", s }'; }

# "<pages> <files> <bytes>" of a build's output folder (bytes: sum of the files' sizes)
output_size() {
  find "$1" -type f -printf '%s %f\n' |
    awk '{ files++; bytes += $1 } $2 ~ /\.html$/ { pages++ } END { printf "%d %d %.0f\n", pages, files, bytes }'
}

mkdir -p "$BENCH"
work=$(mktemp -d)   # honours TMPDIR; run r of scale s writes $work/<s>-<r>/public
trap 'rm -rf "$work"' EXIT

gen_hash=$(sha256sum "$GEN" | cut -d' ' -f1)
rows=()
declare -A cost
for s in "${scales[@]}"; do
  dir=$BENCH/$s
  stamp=$BENCH/$s.stamp
  want="--scale $s --seed $SEED sha256=$gen_hash"
  if [[ -f $dir/site.toml && -f $stamp && $(cat "$stamp") == "$want" ]]; then
    echo "== $s: reusing $dir"
  else
    echo "== $s: generating $dir"
    rm -rf "$dir" "$stamp"
    python3 "$GEN" --scale "$s" --seed "$SEED" --out "$dir"
    printf '%s\n' "$want" > "$stamp"
  fi
  units=$(($(wc -l < "$dir/units.csv") - 1))
  periods=$(find "$dir/periods" -mindepth 1 -maxdepth 1 -type d | wc -l)

  : > "$work/wall"; : > "$work/cpu"; : > "$work/rss"; : > "$work/size"
  for ((r = 1; r <= RUNS; r++)); do
    if [[ $mode == build ]]; then
      # Every run is a full build from nothing, into a folder of its own. Earlier runs' outputs
      # are removed only when the benchmark ends: ext4 without a journal (as here) does not
      # reuse an inode freed in the last minute, and creating files right after deleting
      # thousands costs several times more system time, which would time the file system's
      # bookkeeping of our own clean-up rather than chiso.
      out="$work/$s-$r"
      mkdir "$out"
      cmd=("$CHISO" build --quiet --content "$dir" --templates "$TEMPLATES" --output "$out/public")
    else
      cmd=("$CHISO" check --content "$dir")
    fi
    rc=0
    /usr/bin/time -v -o "$work/time" "${cmd[@]}" > "$work/out" 2>&1 || rc=$?
    # check: exit 1 (errors found) still is a complete run; build: exit 1 means nothing was written
    if [[ $rc -ne 0 && ( $mode == build || $rc -ne 1 ) ]]; then
      echo "bench: chiso $mode failed on $s with exit code $rc:" >&2
      head -n 20 "$work/out" >&2
      exit 1
    fi
    if [[ $rc -eq 1 && $r -eq 1 ]]; then
      echo "warning: chiso check reported errors on $s (exit 1); first lines:"
      head -n 5 "$work/out" | sed 's/^/    /'
    fi
    wall=$(grep -F 'Elapsed (wall clock) time' "$work/time" | awk '{ print $NF }' | to_seconds)
    echo "$wall" >> "$work/wall"
    awk -F': ' '/User time \(seconds\)/ { u = $2 } /System time \(seconds\)/ { s = $2 } END { printf "%.3f\n", u + s }' \
      "$work/time" >> "$work/cpu"
    awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time" >> "$work/rss"
    note=""
    if [[ $mode == build ]]; then
      output_size "$out/public" >> "$work/size"
      note=", $(tail -n 1 "$work/size" | awk '{ print $1 " pages" }')"
    fi
    echo "   run $r/$RUNS: ${wall} s wall, $(tail -n 1 "$work/rss" | awk '{ printf "%.1f", $1 / 1024 }') MB peak RSS$note"
  done

  floor=""
  if [[ $mode == build ]]; then
    python3 Benchmarks/write-floor.py "$out/public" --runs "$RUNS" | tee "$work/floor"
    floor=$(awk '/median/ { print $(NF - 1) }' "$work/floor")
  fi

  wall=$(median < "$work/wall")
  cpu=$(median < "$work/cpu")
  rss_mb=$(LC_ALL=C sort -g "$work/rss" | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }')
  cost[$s]=$(awk -v w="$wall" -v n="$((units * periods))" 'BEGIN { printf "%.6f", w * 1e6 / n }')
  row=$(printf '%-9s %7d %8d %9.3f %9.3f %12s' "$s" "$units" "$periods" "$wall" "$cpu" "$rss_mb")
  if [[ $mode == build ]]; then
    if [[ $(sort -u "$work/size" | wc -l) -ne 1 ]]; then
      echo "warning: the runs on $s wrote different outputs (pages files bytes):"
      sed 's/^/    /' "$work/size"
    fi
    read -r pages files bytes < <(tail -n 1 "$work/size")
    row+=$(printf ' %8d %8d %9.1f %8.3f' "$pages" "$files" "$(awk -v b="$bytes" 'BEGIN { print b / 1048576 }')" "$floor")
  fi
  rows+=("$row$(printf ' %14.2f' "${cost[$s]}")")
done

echo
header=$(printf '%-9s %7s %8s %9s %9s %12s' scale units periods "wall s" "cpu s" "peak RSS MB")
[[ $mode == check ]] || header+=$(printf ' %8s %8s %9s %8s' pages files "out MB" "write s")
printf '%s %15s\n' "$header" "µs/unit-period"   # 15: "µ" is two bytes
printf '%s\n' "${rows[@]}"
echo "(chiso $mode: median of $RUNS runs; peak RSS is the maximum over the runs; MB = 2^20 bytes)"
if [[ -n ${cost[national]:-} && -n ${cost[province]:-} ]]; then
  awk -v n="${cost[national]}" -v p="${cost[province]}" \
    'BEGIN { printf "national / province cost per unit-period: %.2f×\n", n / p }'
fi
