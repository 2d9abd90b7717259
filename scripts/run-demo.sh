#!/usr/bin/env bash
# Sets up, builds and launches Folio on its built-in demo handbook.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup-deps.sh"
"$here/scripts/build.sh"
# QtWebEngine's sandbox cannot run as root.
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
fi
exec "${FOLIO_BUILD_DIR:-$here/build}/app/folio" "$@"
