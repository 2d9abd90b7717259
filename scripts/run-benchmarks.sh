#!/usr/bin/env bash
# Builds and runs the benchmarks in tests/bench; each prints Folio's figure, the baseline
# measured in the same process, and the ratio.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup-deps.sh"
"$here/scripts/build.sh"
build="${FOLIO_BUILD_DIR:-$here/build}"
for bench in "$build"/tests/bench/bench_*; do
  [ -f "$bench" ] && [ -x "$bench" ] || continue
  "$bench"
done
