#!/usr/bin/env bash
# Sets up, builds and runs Folio's whole test suite headless; ends with CTest's summary.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup-deps.sh"
"$here/scripts/build.sh"
cd "${FOLIO_BUILD_DIR:-$here/build}"
# Tests get their own headless environment from CTest (offscreen Qt, WebEngine flags).
status=0
ctest --output-on-failure --parallel "$(nproc)" "$@" || status=$?
# Then the Debian package: built with CPack, its fields and contents checked, and run, installed
# with apt-get under CI=true, else extracted into a temporary folder (10-20 s).
"$here/scripts/test-package.sh" || status=1
# Then a short fuzzing pass (clang, ASan+UBSan; 35 s a target, under 2 minutes in all) that
# fails the run when an input crashes, leaks or breaks an invariant. FOLIO_FUZZ_SECONDS=0
# skips it.
fuzz_seconds="${FOLIO_FUZZ_SECONDS:-35}"
if [ "$fuzz_seconds" -gt 0 ]; then
  "$here/scripts/fuzz.sh" "$fuzz_seconds" || status=1
fi
exit "$status"
