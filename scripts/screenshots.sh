#!/usr/bin/env bash
# Takes the README screenshots (375 px and 1280 px wide, 1600 px tall) of the built site with
# headless Chromium. Usage: scripts/screenshots.sh [site-dir] [out-dir]   (run `mvn package` first)
set -euo pipefail
SITE=$(cd "${1:-site}" && pwd)
OUT=$(mkdir -p "${2:-docs/screenshots}" && cd "${2:-docs/screenshots}" && pwd)
CHROME=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
PORT=${PORT:-8765}
SERVE=$(mktemp -d)
ln -s "$SITE" "$SERVE/dispute-explainer"
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$SERVE" >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER; rm -rf "$SERVE"' EXIT
sleep 1
BASE="http://127.0.0.1:$PORT/dispute-explainer"
# The first item page of a section: a file of its own, beside the section's index.html.
first() { find "$SITE/$1" -maxdepth 1 -name '*.html' ! -name index.html | sort | head -1 | sed "s|^$SITE/||"; }
# One page of each kind; busy ones make the better test of the design.
declare -A PAGES=(
  [home]="index.html"
  [timeline]="timeline/index.html"
  [actor]="${ACTOR:-actors/jeremy-hunt.html}"
  [quote]="${QUOTE:-$(first quotes)}"
  [issue]="${ISSUE:-$(first issues)}"
)
for name in home timeline actor quote issue; do
  page=${PAGES[$name]}
  [ -f "$SITE/$page" ] || page=$(first "${page%%/*}")
  for width in 375 1280; do
    "$CHROME" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --force-device-scale-factor=1 --window-size="$width,1600" --virtual-time-budget=3000 \
      --screenshot="$OUT/$name-$width.png" "$BASE/$page" >/dev/null 2>&1
    echo "$OUT/$name-$width.png  <- $page"
  done
done
