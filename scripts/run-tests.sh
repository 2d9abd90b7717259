#!/usr/bin/env bash
# Sets up, builds and runs Folio's whole test suite headless; ends with CTest's summary.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup-deps.sh"
"$here/scripts/build.sh"
cd "${FOLIO_BUILD_DIR:-$here/build}"
# Tests get their own headless environment from CTest (offscreen Qt, WebEngine flags).
ctest --output-on-failure --parallel "$(nproc)" "$@"
