#!/usr/bin/env bash
# Produces the README's screenshots (docs/screenshots/*.png): the real app on its demo
# handbook under a private Xvfb display, with fresh settings, driven with xdotool.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (builds first if needed; needs scripts/setup-deps.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/docs/screenshots}"
build="${FOLIO_BUILD_DIR:-$here/build}"
[ -x "$build/app/folio" ] || "$here/scripts/build.sh"
mkdir -p "$out"

scratch="$(mktemp -d)"
display=""
cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# The first free display from :90.
for n in $(seq 90 120); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "screenshots: no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

export DISPLAY="$display" HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config"
export XDG_DATA_HOME="$scratch/data" LANG=C.UTF-8 LC_ALL=C.UTF-8
if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
fi
mkdir -p "$HOME"
"$build/app/folio" >"$scratch/folio.log" 2>&1 &
app_pid=$!

# The main window: Folio's largest (Qt also maps small helper windows).
window=""
for _ in $(seq 100); do
  for candidate in $(xdotool search --class folio 2>/dev/null || true); do
    width=$(xdotool getwindowgeometry "$candidate" | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
    if [ "${width:-0}" -gt 400 ]; then window=$candidate; fi
  done
  [ -n "$window" ] && break
  sleep 0.2
done
[ -n "$window" ] || { cat "$scratch/folio.log" >&2; echo "screenshots: no window" >&2; exit 1; }
xdotool windowsize "$window" 1600 1000
xdotool windowmove "$window" 0 0
sleep 8 # the demo page, its preview and the first checks
# No window manager gives the focus: a click in the editor does, as a user's would.
xdotool mousemove 420 320 click 1
sleep 0.5

shot() { import -display "$display" -window root "$out/$1.png"; echo "$out/$1.png"; }

shot window
# Find and replace in the page, every match highlighted.
xdotool key ctrl+h
sleep 0.5
xdotool type --delay 40 'handbook'
sleep 1
shot find-replace
xdotool key Escape
# The Problems panel after View > Check Whole Handbook.
xdotool key alt+v
sleep 0.3
xdotool key k
sleep 5
shot problems
xdotool key Escape
# Edit > Preferences.
xdotool key ctrl+comma
sleep 1.5
shot preferences
xdotool key Escape
