# The synthetic disputes the benchmarks build, shared by scripts/bench.sh and scripts/ab.sh (sourced,
# not run). Expects $work (where corpora are kept, one folder per N) and $generators (the folder of
# project_corpus.py and hugo_corpus.py, ../shared/bench beside the repository).

# The explainer's loader refuses files over 1 MB, so the one big quotes.yaml is cut into several
# files between entries; the content is the same.
split_quotes() {
  python3 - "$1" <<'PY'
import os, sys
d = os.path.join(sys.argv[1], "quotes"); src = os.path.join(d, "quotes.yaml")
if os.path.exists(src):
    text = open(src).read(); os.remove(src)
    entries = text.split("\n- id: ")
    entries = [entries[0]] + ["- id: " + e for e in entries[1:]]
    chunks, cur, size = [], [], 0
    for e in entries:
        if cur and size + len(e) > 900_000: chunks.append(cur); cur, size = [], 0
        cur.append(e.rstrip("\n")); size += len(e) + 1
    if cur: chunks.append(cur)
    for k, c in enumerate(chunks):
        open(os.path.join(d, f"quotes-{k:04d}.yaml"), "w").write("\n".join(c) + "\n")
PY
}

corpus() { # N -> makes $work/N/{content,hugo} once
  local n="$1" dir="$work/$1"
  if [ ! -f "$dir/.ready" ]; then
    echo "generating the N=$n corpora in $dir ..." >&2
    rm -rf "$dir"; mkdir -p "$dir"
    python3 "$generators/project_corpus.py" "$n" "$dir/content"
    split_quotes "$dir/content"
    python3 "$generators/hugo_corpus.py" "$n" "$dir/hugo"
    touch "$dir/.ready"
  fi
}

# N -> makes $work/N-skewed/content once: the N corpus with one actor as busy as a real dispute's
# busiest (the BMA takes part in 16 of the real content's 40 events), which the generator, spreading
# its actors evenly, never makes. Actor a00001 becomes the first actor of every event whose number's
# tens digit is 0 to 3 (two in five) and the speaker of every quote at an event whose number ends in
# 0 or 1 (a fifth of the quotes). Everything else is as generated.
skewed_corpus() {
  local n="$1" dir="$work/$1-skewed"
  corpus "$n"
  if [ ! -f "$dir/.ready" ]; then
    echo "making the skewed N=$n corpus in $dir ..." >&2
    rm -rf "$dir"; mkdir -p "$dir"; cp -r "$work/$n/content" "$dir/content"
    python3 - "$dir/content" <<'PY'
import os, re, sys
root = sys.argv[1]
for name in sorted(os.listdir(os.path.join(root, "milestones"))):
    if re.fullmatch(r"m\d*[0-3]\d\.md", name):
        path = os.path.join(root, "milestones", name)
        text = open(path).read()
        open(path, "w").write(re.sub(r"^actors: \[a\d+", "actors: [a00001", text, count=1, flags=re.M))
qdir = os.path.join(root, "quotes")
for name in sorted(os.listdir(qdir)):
    path = os.path.join(qdir, name)
    text = open(path).read()
    open(path, "w").write(re.sub(r"^(- id: q\d*[01]-\d+\n)  actor: a\d+$", r"\1  actor: a00001", text, flags=re.M))
PY
    touch "$dir/.ready"
  fi
}
