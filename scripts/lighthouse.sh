#!/usr/bin/env bash
# Lighthouse 12 scores of the built site, served locally under /dispute-explainer/ as on GitHub Pages.
# Usage: scripts/lighthouse.sh [site-dir] [page ...]   (run `mvn package` first; needs Node.js + Chromium)
# Lighthouse is installed into a temp folder (LH_DIR, default /tmp/lh), never into the project.
set -euo pipefail
SITE=$(cd "${1:-site}" && pwd); shift || true
PAGES=("$@"); [ ${#PAGES[@]} -gt 0 ] || PAGES=(index.html timeline/index.html actors/jeremy-hunt.html)
LH_DIR=${LH_DIR:-/tmp/lh}
export CHROME_PATH=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
PORT=${PORT:-8766}
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LH_DIR" && npm install --prefix "$LH_DIR" --no-audit --no-fund lighthouse@12 >/dev/null
fi
SERVE=$(mktemp -d)
ln -s "$SITE" "$SERVE/dispute-explainer"
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$SERVE" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER; rm -rf "$SERVE"' EXIT
sleep 1
printf '%-40s %5s %5s %5s %5s\n' page perf a11y best seo
for page in "${PAGES[@]}"; do
  out="$SERVE/report.json"
  "$LH_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/dispute-explainer/$page" --quiet \
    --output=json --output-path="$out" --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1
  node -e '
    const r = require(process.argv[1]); const c = r.categories;
    const s = k => c[k].score.toFixed(2);
    console.log(process.argv[2].padEnd(40), s("performance"), " ", s("accessibility"), " ", s("best-practices"), " ", s("seo"));
    for (const a of Object.values(r.audits)) if (a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable" && a.scoreDisplayMode !== "manual") console.log("    below 0.9:", a.id, a.displayValue || "");
  ' "$out" "$page"
done
