#!/usr/bin/env bash
# Times full builds of a synthetic dispute of N milestones (N/10 actors, 2N quotes, N/100 sources)
# against Hugo building the same dispute, and against a plain `cp -r` of the explainer's own output
# (the disk's floor), alternating the three in one run so that a busy machine slows all alike.
# Each timed run finds its program and input in memory (read just before it, untimed: see warm).
#
#   scripts/bench.sh                  # N = 1000 10000 100000; 5 runs each (3 at N >= 100000)
#   scripts/bench.sh 1000 10000       # only these sizes
#   scripts/bench.sh --quick          # N = 1000, 3 runs: a smoke test of the script itself
#   RUNS=7 scripts/bench.sh 10000     # more runs; RUNS_LARGE sets the runs at N >= 100000
#   JAVA_OPTS="-Xmx1g" scripts/bench.sh 100000
#   LAUNCHER=1 scripts/bench.sh 10000  # run the explainer through scripts/explainer (AppCDS, C1)
#   HUGO_UP_TO=10000 scripts/bench.sh  # run Hugo only up to this size (at 100000 it takes ~14 min and 7.5 GB a build here)
#   REBUILDS=0 scripts/bench.sh       # skip the rebuilds (by default as many as RUNS, wherever Hugo runs)
#
# Besides builds into new folders, it times rebuilds: each tool building the same dispute again
# over its own previous output (the explainer rewrites the output it kept beside the new one,
# Hugo overwrites its public folder), which is what an editor's second `mvn package` does.
#
# Prints a Markdown table (also saved as $BENCH_DIR/results.md). Needs python3, hugo, GNU time
# (/usr/bin/time; `apt-get install time`), and target/explainer.jar (`mvn -q package -DskipTests`).
# The corpus generators live in ../shared/bench beside the repository (or $BENCH_GENERATORS).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
generators="${BENCH_GENERATORS:-$repo/../shared/bench}"
work="${BENCH_DIR:-${TMPDIR:-/tmp}/explainer-bench}"
jar="${JAR:-$repo/target/explainer.jar}"
templates="${TEMPLATES:-$repo/templates}"
runs="${RUNS:-5}"
runs_large="${RUNS_LARGE:-3}"
rebuilds="${REBUILDS:-}"
hugo_up_to="${HUGO_UP_TO:-}"
java_opts="${JAVA_OPTS:-}"
# The explainer command: plain `java -jar`, or the launcher with the start-up settings of docs/performance.md.
if [ -n "${LAUNCHER:-}" ]; then
  explainer=("$repo/scripts/explainer"); jar="$repo/target/explainer.jar"
else
  # shellcheck disable=SC2206 # JAVA_OPTS holds several words on purpose
  explainer=(java $java_opts -jar "$jar")
fi
sizes=()

for arg in "$@"; do
  case "$arg" in
    --quick) sizes=(1000); runs=3 ;;
    -h|--help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"; exit 0 ;;
    *[!0-9]*|'') echo "bench.sh: '$arg' is not a number of milestones (try --help)" >&2; exit 2 ;;
    *) sizes+=("$arg") ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)

fail() { echo "bench.sh: $1" >&2; exit 1; }
[ -f "$generators/project_corpus.py" ] && [ -f "$generators/hugo_corpus.py" ] ||
  fail "the corpus generators are missing: expected $generators/project_corpus.py and hugo_corpus.py (set BENCH_GENERATORS to their folder)"
[ -f "$jar" ] || fail "$jar is missing: run 'mvn -q package -DskipTests' first"
[ -x /usr/bin/time ] || fail "GNU time is missing: apt-get install time"
command -v hugo >/dev/null || fail "hugo is missing: apt-get install hugo"
command -v python3 >/dev/null || fail "python3 is missing"
mkdir -p "$work"

# shellcheck source=lib/corpus.sh
. "$repo/scripts/lib/corpus.sh" # corpus N: the synthetic dispute of N milestones, made once

# Outputs of every size are kept until the whole run is over, and a previous run's leftovers are
# deleted first, followed by a wait. Why: on ext4 without a journal (as here), creating a file
# skips every inode deleted in the last minute, or in the last five if its inode table block is
# dirty, which a build's own new files make it; each skip costs a lookup under the folder's lock,
# so a build soon after a mass deletion times the deletion's aftermath, mostly against whichever
# tool runs first (see RECENTCY_MIN and RECENTCY_DIRTY in the kernel's fs/ext4/ialloc.c).
outputs="$work/outputs"; deleted_at="$work/outputs-deleted-at"
if [ -d "$outputs" ]; then
  echo "deleting a previous run's outputs in $outputs ..." >&2
  rm -rf "$outputs"; sync; date +%s >"$deleted_at"
fi
if [ -f "$deleted_at" ]; then
  wait_s=$(( $(cat "$deleted_at") + 310 - $(date +%s) ))
  if [ "$wait_s" -gt 0 ]; then
    echo "waiting $wait_s s for the file system to forget the outputs deleted last ..." >&2; sleep "$wait_s"
  fi
fi

# run LABEL LOG cmd...: appends "wall_seconds max_rss_kb" to LOG; fails loudly if cmd fails.
run() {
  local label="$1" log="$2"; shift 2
  local t0 t1 rss
  t0=$(date +%s%N)
  if ! /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/cmd.out" 2>&1; then
    cat "$work/cmd.out" >&2; fail "$label failed: $*"
  fi
  t1=$(date +%s%N)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  echo "$(( (t1 - t0) / 1000000 )) $rss" >>"$log"
}

# warm PATH...: reads every file under each PATH, untimed, so that the run after it finds them in
# memory. Why before every timed run, not only once: this machine's kernel pages out memory left
# untouched for about 6 s (a DAMON scheme; see "The machine" in docs/performance.md), so each run,
# coming after the other tools', would otherwise read part of its program and its input from the
# disk again, as a machine without such a monitor never does between two builds.
warm() {
  local p
  for p in "$@"; do
    if [ -e "$p" ]; then find "$p" -type f -print0; fi # a missing one (no class-data archive) is skipped
  done | xargs -0 -r cat >/dev/null
}
java_lib="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib" # the JDK's classes and libjvm
hugo_bin="$(readlink -f "$(command -v hugo)")"

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
col() { awk -v c="$2" '{print $c}' "$1"; }

results="$work/results.md"
{
  echo "| N | tool | runs | median wall (s) | html pages | pages/s | median peak RSS (MB) | median ratio to Hugo | median ratio to cp -r |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$results.tmp"

for n in "${sizes[@]}"; do
  corpus "$n"
  r=$runs; [ "$n" -ge 100000 ] && r=$runs_large
  d="$work/$n"; outs="$outputs/$n"
  explainer_in=("$jar" "$repo/target/explainer.jsa" "$java_lib" "$templates" "$d/content")
  hugo_in=("$hugo_bin" "$d/hugo")
  : >"$d/explainer.log"; : >"$d/hugo.log"; : >"$d/cp.log"; : >"$d/explainer-rebuild.log"; : >"$d/hugo-rebuild.log"
  # Each run writes into folders of its own, deleted only when the whole run is over (see above).
  mkdir -p "$outs"; sync
  # One untimed build of each first, so that the first timed run is not the first of its kind.
  # --no-search: Hugo builds no search index, so neither does the explainer here (like with like).
  "${explainer[@]}" build --content "$d/content" --templates "$templates" --out "$outs/warm-explainer" --quiet --no-search
  with_hugo=1; [ -n "$hugo_up_to" ] && [ "$n" -gt "$hugo_up_to" ] && with_hugo=0
  [ "$with_hugo" = 1 ] && hugo --quiet -s "$d/hugo" -d "$outs/warm-hugo" >/dev/null
  for i in $(seq 1 "$r"); do
    echo "N=$n run $i/$r ..." >&2
    ex="$outs/explainer-$i"; hu="$outs/hugo-$i"; cp_out="$outs/cp-$i"
    sync
    warm "${explainer_in[@]}"
    run explainer "$d/explainer.log" "${explainer[@]}" build --content "$d/content" --templates "$templates" --out "$ex" --quiet --no-search
    if [ "$with_hugo" = 1 ]; then
      warm "${hugo_in[@]}"
      run hugo "$d/hugo.log" hugo --quiet -s "$d/hugo" -d "$hu"
    fi
    warm "$ex"
    run cp "$d/cp.log" cp -r "$ex" "$cp_out"
    if [ "$i" -gt 1 ] && [ "$n" -le 10000 ]; then
      # Output must be byte-identical across builds: compare with the previous run's.
      diff -r "$outs/explainer-$((i - 1))" "$ex" >/dev/null || fail "N=$n: two builds differ (diff -r $outs/explainer-$((i - 1)) $ex)"
    fi
  done
  ex_pages=$(find "$ex" -name '*.html' | wc -l); hu_pages=-
  [ "$with_hugo" = 1 ] && hu_pages=$(find "$hu" -name '*.html' | wc -l)
  rb=0; [ "$with_hugo" = 1 ] && rb="${rebuilds:-$r}"
  if [ "$rb" -gt 0 ]; then
    # Two untimed builds for the explainer, so that it has an output to keep and one kept;
    # one for Hugo, so that it has a public folder to overwrite. Then alternate rebuilds.
    for k in 1 2; do
      "${explainer[@]}" build --content "$d/content" --templates "$templates" --out "$outs/rebuilt-explainer" --quiet --no-search
    done
    hugo --quiet -s "$d/hugo" -d "$outs/rebuilt-hugo" >/dev/null
    for i in $(seq 1 "$rb"); do
      echo "N=$n rebuild $i/$rb ..." >&2
      sync
      # A rebuild also reads its previous output: the explainer compares with it, Hugo overwrites it.
      warm "${explainer_in[@]}" "$outs/rebuilt-explainer" "$outs/.rebuilt-explainer.previous"
      run explainer "$d/explainer-rebuild.log" "${explainer[@]}" build --content "$d/content" --templates "$templates" --out "$outs/rebuilt-explainer" --quiet --no-search
      warm "${hugo_in[@]}" "$outs/rebuilt-hugo"
      run hugo "$d/hugo-rebuild.log" hugo --quiet -s "$d/hugo" -d "$outs/rebuilt-hugo"
    done
    diff -r "$ex" "$outs/rebuilt-explainer" >/dev/null || fail "N=$n: a rebuild differs from a build into a new folder (diff -r $ex $outs/rebuilt-explainer)"
  fi
  ex_wall=$(col "$d/explainer.log" 1 | median); hu_wall=$(col "$d/hugo.log" 1 | median); cp_wall=$(col "$d/cp.log" 1 | median)
  ex_rss=$(col "$d/explainer.log" 2 | median); hu_rss=$(col "$d/hugo.log" 2 | median); cp_rss=$(col "$d/cp.log" 2 | median)
  vs_hugo=$(paste -d' ' <(col "$d/explainer.log" 1) <(col "$d/hugo.log" 1) | awk '{print $1/$2}' | median)
  vs_cp=$(paste -d' ' <(col "$d/explainer.log" 1) <(col "$d/cp.log" 1) | awk '{print $1/$2}' | median)
  row() { awk -v n="$n" -v t="$1" -v r="$r" -v w="$2" -v p="$3" -v m="$4" -v h="$5" -v c="$6" \
    'BEGIN {printf "| %d | %s | %d | %.2f | %s | %s | %.0f | %s | %s |\n", n, t, r, w/1000, p, (p == "-" ? "-" : sprintf("%.0f", p/(w/1000))), m/1024, h, c}'; }
  {
    if [ "$with_hugo" = 1 ]; then
      row explainer "$ex_wall" "$ex_pages" "$ex_rss" "$(printf %.2f "$vs_hugo")" "$(printf %.2f "$vs_cp")"
      row hugo "$hu_wall" "$hu_pages" "$hu_rss" 1 -
    else
      row explainer "$ex_wall" "$ex_pages" "$ex_rss" "(Hugo not run)" "$(printf %.2f "$vs_cp")"
    fi
    row "cp -r (explainer output)" "$cp_wall" - "$cp_rss" - 1
    if [ "$rb" -gt 0 ]; then
      r=$rb
      vs_hugo=$(paste -d' ' <(col "$d/explainer-rebuild.log" 1) <(col "$d/hugo-rebuild.log" 1) | awk '{print $1/$2}' | median)
      row "explainer, rebuild" "$(col "$d/explainer-rebuild.log" 1 | median)" "$ex_pages" \
        "$(col "$d/explainer-rebuild.log" 2 | median)" "$(printf %.2f "$vs_hugo")" -
      row "hugo, rebuild" "$(col "$d/hugo-rebuild.log" 1 | median)" "$hu_pages" "$(col "$d/hugo-rebuild.log" 2 | median)" 1 -
    fi
  } >>"$results.tmp"
done
{
  cat "$results.tmp"
  echo
  echo "Ratios are medians of per-run ratios (each explainer run against the Hugo and cp -r runs beside it)."
  echo "A rebuild builds the same dispute again over the tool's previous output; the other rows build into new folders."
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(hugo version | cut -d' ' -f1-2); explainer command: ${explainer[*]}."
} >"$results"
rm -f "$results.tmp"
echo "deleting the outputs in $outputs ..." >&2
rm -rf "$outputs"; sync; date +%s >"$deleted_at"
cat "$results"
