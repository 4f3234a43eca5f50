#!/usr/bin/env bash
# Compares versions of the explainer side by side: full builds of the same synthetic dispute into
# memory, the versions alternating round after round, so that a burst of load on this shared
# machine slows them alike. The "A/B" figures in docs/performance.md are made this way.
#
#   scripts/ab.sh 10000 HEAD~1 HEAD             # N = 10,000, 5 rounds: the commit before against HEAD
#   scripts/ab.sh 10000 f30877b .               # "." is the checkout as it is (mvn -q package -DskipTests first)
#   ROUNDS=3 JAVA_OPTS=-Xmx1g scripts/ab.sh 100000 f30877b HEAD
#   SKEW=1 scripts/ab.sh 100000 f30877b HEAD    # one actor as busy as a real dispute's busiest (scripts/lib/corpus.sh)
#   OUT=/tmp/ab-out scripts/ab.sh 10000 A B     # build onto disk there instead of into /dev/shm
#
# Each commit is checked out into a git worktree under $BENCH_DIR/ab/ and packaged there once
# (`mvn -q package -DskipTests`, which records its class-data archive too). Each build runs that
# version's own scripts/explainer with its own templates: `build --quiet --no-search`, with
# JAVA_OPTS. The corpus is the benchmark's ($BENCH_DIR/N, made by ../shared/bench/project_corpus.py
# as scripts/bench.sh makes it). Prints each version's median wall time, CPU (user + system) and
# peak RSS, and the median of the per-round ratios of its wall time to the first version's.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
generators="${BENCH_GENERATORS:-$repo/../shared/bench}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/explainer-bench}"
rounds="${ROUNDS:-5}"
out="${OUT:-/dev/shm/explainer-ab}"

fail() { echo "ab.sh: $1" >&2; exit 1; }
case "${1:-}" in -h|--help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"; exit 0 ;; esac
[ $# -ge 3 ] || fail "usage: scripts/ab.sh N VERSION VERSION... (try --help)"
n="$1"; shift
case "$n" in *[!0-9]*|'') fail "'$n' is not a number of milestones" ;; esac
[ -f "$generators/project_corpus.py" ] || fail "the corpus generator is missing: expected $generators/project_corpus.py (set BENCH_GENERATORS)"
[ -x /usr/bin/time ] || fail "GNU time is missing: apt-get install time"
mkdir -p "$work/ab"

# shellcheck source=lib/corpus.sh
. "$repo/scripts/lib/corpus.sh"
if [ -n "${SKEW:-}" ]; then skewed_corpus "$n"; content="$work/$n-skewed/content"; else corpus "$n"; content="$work/$n/content"; fi

# version -> the folder holding its packaged jar, class-data archive, launcher and templates
home_of() {
  local v="$1" sha dir
  if [ "$v" = . ]; then
    [ -f "$repo/target/explainer.jar" ] || fail "target/explainer.jar is missing: run 'mvn -q package -DskipTests' first"
    echo "$repo"; return
  fi
  sha="$(git -C "$repo" rev-parse --verify --quiet "$v^{commit}")" || fail "'$v' names no commit"
  dir="$work/ab/$sha"
  if [ ! -f "$dir/.packaged" ]; then
    echo "packaging $v ($sha) in $dir ..." >&2
    rm -rf "$dir"; git -C "$repo" worktree prune
    git -C "$repo" worktree add --detach --quiet "$dir" "$sha"
    (cd "$dir" && mvn -q package -DskipTests >"$dir/package.log" 2>&1) || fail "packaging $v failed: see $dir/package.log"
    touch "$dir/.packaged"
  fi
  echo "$dir"
}

versions=("$@"); homes=()
for v in "${versions[@]}"; do homes+=("$(home_of "$v")"); done

log="$work/ab/last.log"; : >"$log"
for r in $(seq 1 "$rounds"); do
  for i in "${!versions[@]}"; do
    h="${homes[$i]}"
    rm -rf "$out" "$(dirname "$out")/.$(basename "$out")".*
    /usr/bin/time -f "$r $i %e %U %S %M" -a -o "$log" \
      "$h/scripts/explainer" build --content "$content" --templates "$h/templates" --out "$out" --quiet --no-search
  done
  echo "round $r/$rounds done" >&2
done
rm -rf "$out" "$(dirname "$out")/.$(basename "$out")".*

echo "N = $n$([ -n "${SKEW:-}" ] && echo ", skewed"), $rounds rounds, JAVA_OPTS=${JAVA_OPTS:-}, into $out; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$log" "${versions[@]}" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
names = sys.argv[2:]
wall = {}; cpu = {}; rss = {}
for r, i, e, u, s, m in rows:
    wall.setdefault(int(i), {})[r] = float(e)
    cpu.setdefault(int(i), []).append(float(u) + float(s))
    rss.setdefault(int(i), []).append(int(m))
print("| version | median wall (s) | walls (s) | median CPU (s) | peak RSS (KB) | median ratio to the first |")
print("|---|---|---|---|---|---|")
for i, name in enumerate(names):
    w = wall[i]
    ratios = [w[r] / wall[0][r] for r in w]
    print(f"| {name} | {statistics.median(w.values()):.2f} | {', '.join(f'{x:.2f}' for x in w.values())} | "
          f"{statistics.median(cpu[i]):.2f} | {min(rss[i])} to {max(rss[i])} | {statistics.median(ratios):.3f} |")
PY
