#!/usr/bin/env bash
# Builds and runs the benchmarks in tests/bench; each prints Folio's figure, the baseline
# measured in the same run, and the ratio. Headless: the preview benchmark runs offscreen.
# bench_workspace generates its handbook: FOLIO_BENCH_PAGES sets its size (default 4,000).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup-deps.sh"
"$here/scripts/build.sh"
build="${FOLIO_BUILD_DIR:-$here/build}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox --disable-gpu}"
fi
for bench in "$build"/tests/bench/bench_*; do
  [ -f "$bench" ] && [ -x "$bench" ] || continue
  "$bench" 2> >(grep -v -E '^(QStandardPaths|No suitable graphics)' >&2)
done
