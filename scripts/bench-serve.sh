#!/usr/bin/env bash
# Benchmark for `serve` (not a test): median time from saving a content file to the reload event,
# after warm-up, on the real content and on a generated dispute of 10,000 milestones.
#   scripts/bench-serve.sh            both
#   scripts/bench-serve.sh real       the real content only
#   scripts/bench-serve.sh 10000      the generated content only (any size)
# BENCH_LOG=1 also prints each rebuild with its stage times.
# The generator is shared/bench/project_corpus.py beside the repository (override with CORPUS=...).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-both}"
saves="${SAVES:-25}"
mvn -q package -DskipTests -Dexec.skip >/dev/null
cp="target/explainer.jar:target/test-classes"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$what" = both ] || [ "$what" = real ]; then
  echo "== real content"
  java -cp "$cp" org.explainer.serve.ServeBench content templates "$saves" 5
fi
if [ "$what" != real ]; then
  n="${what/both/10000}"
  corpus="${CORPUS:-$(cd .. && pwd)/shared/bench/project_corpus.py}"
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
  python3 "$corpus" "$n" "$out/c"
  # The generator writes every quote into one file, over the loader's 1 MiB limit per file: split it.
  python3 - "$out/c/quotes" <<'PY'
import os, re, sys
d = sys.argv[1]; f = os.path.join(d, "quotes.yaml")
entries = [e for e in re.split(r"(?m)^(?=- id:)", open(f).read()) if e.strip()]
per = 1000
for i in range(0, len(entries), per):
    open(os.path.join(d, f"quotes-{i // per:03d}.yaml"), "w").write("".join(entries[i:i + per]))
os.remove(f)
PY
  echo "== $n milestones"
  java -cp "$cp" org.explainer.serve.ServeBench "$out/c" templates "$saves" 5
fi
