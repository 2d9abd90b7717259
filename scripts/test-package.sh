#!/usr/bin/env bash
# Builds Folio's Debian package with CPack in the build folder (build/ or $FOLIO_BUILD_DIR, built
# already: scripts/build.sh), checks its fields and contents with dpkg-deb, then runs it: with
# CI=true or FOLIO_INSTALL_PACKAGE=1 installed with apt-get (and removed afterwards unless it
# was installed before), else extracted into a temporary folder. Either way folio --version,
# the window module, the window on its demo handbook and folio render on a demo page must work.
# scripts/run-tests.sh runs it after the tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FOLIO_BUILD_DIR:-$here/build}"
app_id=invalid.folio.Folio
icon_sizes=(16 22 24 32 48 64 128 256)
started=$SECONDS

fail() {
  echo "test-package: FAILED: $*" >&2
  exit 1
}
if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi

[ -f "$build/CPackConfig.cmake" ] || fail "no CPack configuration in $build (run scripts/build.sh)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"

# --- Build the package -------------------------------------------------------------------------
cd "$build"
rm -f folio_*.deb folio_*.deb.sha256
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log >&2; fail "cpack -G DEB failed"; }
debs=(folio_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "expected one folio_*.deb in $build"; fi
deb="$build/${debs[0]}"
echo "test-package: built $deb ($(du -k "$deb" | cut -f1) KiB)"

# --- Its control fields ------------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
expect_field() {
  local value
  value=$(field "$1")
  [ "$value" = "$2" ] || fail "$1 is '$value', expected '$2'"
}
expect_field Package folio
expect_field Version "$version-1"
expect_field Section editors
expect_field Maintainer "Folio developers <developers@folio.invalid>"
[ "$(field Description | wc -l)" -gt 5 ] || fail "Description has no long description"
depends=$(field Depends)
# From dpkg-shlibdeps (the executable's and the window module's libraries, and with
# libQt6WebEngineCore the preview's renderer process, QtWebEngineProcess), and what it cannot
# see: Qt's SVG icon engine.
for package in libc6 libqt6core6 libqt6webenginecore6 libqt6webenginewidgets6 libgit2- \
  libcmark-gfm libyaml-cpp libhunspell- libqt6keychain libqt6webenginecore6-bin libqt6svg6; do
  [[ ", $depends" == *", $package"* ]] || fail "Depends lacks $package: $depends"
done
recommends=$(field Recommends)
for package in hunspell-en-us qt6-translations-l10n; do
  [[ "$recommends" == *"$package"* ]] || fail "Recommends lacks $package: $recommends"
done
# Every package named in Depends, Recommends and Suggests exists in the machine's archive (the
# first of alternatives; version constraints aside).
named=$(printf '%s\n' "$depends, $recommends, $(field Suggests)" | tr ',' '\n' |
  sed -E 's/^ *//; s/[ (|].*//' | sort -u)
# shellcheck disable=SC2086 # one package name a word
known=$(apt-cache show --no-all-versions $named 2>/dev/null | sed -n 's/^Package: //p' | sort -u)
missing=$(comm -23 <(echo "$named") <(echo "$known"))
[ -z "$missing" ] || fail "not in the archive (apt-get update?): $missing"

# --- Its contents ------------------------------------------------------------------------------
listing=$(dpkg-deb --contents "$deb")
paths=$(awk '{print $6}' <<<"$listing")
expect_path() {
  grep -qxE "$1" <<<"$paths" || fail "the package has no $1"
}
expect_path './usr/bin/folio'
expect_path './usr/lib/([a-z0-9_-]+/)?folio/libfolio_gui\.so'
expect_path "./usr/share/applications/$app_id\\.desktop"
expect_path "./usr/share/metainfo/$app_id\\.metainfo\\.xml"
expect_path "./usr/share/icons/hicolor/scalable/apps/$app_id\\.svg"
for size in "${icon_sizes[@]}"; do
  expect_path "./usr/share/icons/hicolor/${size}x$size/apps/$app_id\\.png"
done
for language in de es fr ja en; do
  expect_path "./usr/share/folio/translations/folio_$language\\.qm"
done
expect_path './usr/share/man/man1/folio\.1\.gz'
outside=$(grep -vE '^\./(usr/((bin|lib|share)(/.*)?)?)?$' <<<"$paths" || true)
[ -z "$outside" ] || fail "files outside /usr/bin, /usr/lib, /usr/share: $outside"
not_root=$(awk '$2 != "root/root"' <<<"$listing")
[ -z "$not_root" ] || fail "files not owned by root: $not_root"

work=$(mktemp -d)
window_pid=
installed_here=false
cleanup() {
  if [ -n "$window_pid" ]; then kill "$window_pid" 2>/dev/null || true; fi
  if [ "$installed_here" = true ]; then
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get purge -y -qq folio >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

dpkg-deb -x "$deb" "$work/root"
module=$(find "$work/root/usr/lib" -name libfolio_gui.so)
for binary in "$work/root/usr/bin/folio" "$module"; do
  file "$binary" | grep -q ', stripped' || fail "not stripped: $(file "$binary")"
  ! readelf -d "$binary" | grep -qE 'R(UN)?PATH' || fail "$binary has a run path"
done
gzip -t "$work/root/usr/share/man/man1/folio.1.gz" || fail "the man page is not gzip"
# The metainfo, desktop file and icons as an installed tree (AppStream's own check).
appstreamcli validate-tree --no-net "$work/root" >"$work/validate-tree.log" 2>&1 ||
  { cat "$work/validate-tree.log" >&2; fail "appstreamcli validate-tree"; }
if grep -qE '^(E|W):' "$work/validate-tree.log"; then
  cat "$work/validate-tree.log" >&2
  fail "appstreamcli validate-tree warns"
fi

# --- Run it ------------------------------------------------------------------------------------
if [ "${CI:-}" = true ] || [ "${FOLIO_INSTALL_PACKAGE:-0}" = 1 ]; then
  if ! dpkg-query -W -f='${Status}' folio 2>/dev/null | grep -q 'install ok installed'; then
    installed_here=true
  fi
  # --reinstall: the package just built, even when this version is installed already. Without
  # its Recommends, so the run below shows Depends alone are enough.
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --reinstall \
    --no-install-recommends "$deb" \
    >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install $deb"; }
  folio=/usr/bin/folio
  [ "$(command -v folio)" = "$folio" ] || fail "folio is not $folio on PATH after installing"
  echo "test-package: installed with apt-get"
else
  folio="$work/root/usr/bin/folio"
  echo "test-package: extracted into $work/root (CI=true or FOLIO_INSTALL_PACKAGE=1 installs it)"
fi

out=$("$folio" --version) || fail "folio --version failed"
[ "$(head -n 1 <<<"$out")" = "folio $version" ] || fail "folio --version printed: $out"
# The window module, found from the executable in the package's library folder.
"$folio" propose --help | grep -q '^Usage: folio propose' || fail "folio propose --help"

# The window, headless, on its demo handbook, which it creates on the first start.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu" \
  QT_LOGGING_RULES=qt.webenginecontext.debug=false \
  "$folio" >"$work/window.log" 2>&1 &
window_pid=$!
demo="$XDG_DATA_HOME/folio/demo-handbook"
page="$demo/content/handbook/solutions-architects/_index.md"
for _ in $(seq 1 300); do
  [ -f "$page" ] && break
  kill -0 "$window_pid" 2>/dev/null || break
  sleep 0.1
done
[ -f "$page" ] || { cat "$work/window.log" >&2; fail "the window made no demo handbook"; }
# The preview's renderer, QtWebEngineProcess (package libqt6webenginecore6-bin), starts as the
# window's child.
renderer_started() {
  local status
  for status in /proc/[0-9]*/status; do
    grep -qE "^PPid:[[:space:]]*$window_pid\$" "$status" 2>/dev/null &&
      grep -qE '^Name:[[:space:]]*QtWebEngineProc' "$status" 2>/dev/null && return 0
  done
  return 1
}
for _ in $(seq 1 100); do
  renderer_started && break
  kill -0 "$window_pid" 2>/dev/null || break
  sleep 0.1
done
if ! kill -0 "$window_pid" 2>/dev/null; then
  cat "$work/window.log" >&2
  fail "the window exited"
fi
renderer_started || { cat "$work/window.log" >&2; fail "the preview's renderer did not start"; }
kill "$window_pid"
wait "$window_pid" 2>/dev/null || true
window_pid=

html=$("$folio" render "$page" 2>"$work/render.err") || { cat "$work/render.err" >&2; fail "folio render"; }
[ ! -s "$work/render.err" ] || { cat "$work/render.err" >&2; fail "folio render wrote errors"; }
grep -qF '<h2 id="what-we-do">What we do</h2>' <<<"$html" || fail "folio render printed: $html"

echo "test-package: $(basename "$deb") passed in $((SECONDS - started)) s"
