#!/usr/bin/env bash
# Installs everything Folio needs to build, run and test, from Debian packages only.
# Idempotent: skips what is present. Uses sudo when not root.
# Debian 12 gets libgit2 >= 1.8 from bookworm-backports, pinned so nothing else comes from there.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi

PACKAGES=(
  build-essential cmake ninja-build pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6
  libgl-dev libvulkan-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm
  libyaml-cpp-dev
  python3 python3-emoji
  libhunspell-dev hunspell-en-us
  qtkeychain-qt6-dev
  xvfb xauth imagemagick fonts-dejavu-core
  # scripts/screenshots.sh drives the window under Xvfb; Japanese text in the window and tests.
  xdotool x11-utils fonts-noto-cjk
  # tst_systemcolorscheme runs a private session bus with the desktop portal's settings.
  dbus-daemon
  # Qt's own translations (standard dialogs, context menus) next to Folio's.
  qt6-translations-l10n
  libjs-highlight.js
  # scripts/fuzz.sh and the sanitized lib/ tests: clang 14 with libFuzzer and the ASan/UBSan
  # runtimes (libclang-rt-14-dev holds both, and FuzzedDataProvider.h).
  clang libclang-rt-14-dev
  # bench_workspace compares full-text search with ripgrep on the same tree.
  ripgrep
  # tst_savefailures injects full-disk and device errors into saves with strace.
  strace
  # The Debian package (cmake/Packaging.cmake, scripts/test-package.sh): CPack finds its
  # library dependencies with dpkg-shlibdeps and file; tests/packaging validates the desktop
  # file, the AppStream metainfo and the man page with these packages' tools.
  dpkg-dev file desktop-file-utils appstream groff-base
  # Real git servers for the network tests (started on 127.0.0.1 by the tests themselves; the
  # tests need only the binaries, not the system services these packages may enable).
  lighttpd openssh-server openssh-client
)

# The preview's mermaid comes from the npm registry at build time; use the machine's npm
# when there is one, else Debian's.
if ! command -v npm >/dev/null 2>&1; then PACKAGES+=(npm); fi

. /etc/os-release
codename="${VERSION_CODENAME:-}"

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

libgit2_ok() {
  local v
  v=$(pkg-config --modversion libgit2 2>/dev/null) || return 1
  dpkg --compare-versions "$v" ge 1.8
}

if [ ${#missing[@]} -eq 0 ] && libgit2_ok; then
  echo "setup-deps: all packages present"
  exit 0
fi

if [ "$codename" = bookworm ]; then
  list=/etc/apt/sources.list.d/folio-bookworm-backports.list
  pin=/etc/apt/preferences.d/folio-libgit2-backports
  if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo 'deb http://deb.debian.org/debian bookworm-backports main' | "${SUDO[@]}" tee "$list" >/dev/null
  fi
  if [ ! -f "$pin" ]; then
    # Only libgit2 (and the http parser it needs) may come from backports.
    "${SUDO[@]}" tee "$pin" >/dev/null <<'PIN'
Package: *
Pin: release n=bookworm-backports
Pin-Priority: 1

Package: libgit2-dev libgit2-1.8 libgit2-1.9 libllhttp-dev libllhttp9.1
Pin: release n=bookworm-backports
Pin-Priority: 600
PIN
  fi
fi

"${SUDO[@]}" apt-get update
export DEBIAN_FRONTEND=noninteractive
# lighttpd and openssh-server are only programs for the tests, which start their own servers on
# 127.0.0.1: keep the packages from starting system services while they install.
policy=/usr/sbin/policy-rc.d
added_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
  "${SUDO[@]}" chmod 755 "$policy"
  added_policy=true
fi
status=0
"${SUDO[@]}" apt-get install -y --no-install-recommends "${PACKAGES[@]}" libgit2-dev || status=$?
if [ "$added_policy" = true ]; then "${SUDO[@]}" rm -f "$policy"; fi
[ "$status" -eq 0 ] || exit "$status"

if ! libgit2_ok; then
  echo "setup-deps: libgit2 >= 1.8 is required, found $(pkg-config --modversion libgit2 2>/dev/null || echo none)" >&2
  exit 1
fi
echo "setup-deps: done (libgit2 $(pkg-config --modversion libgit2))"
