#!/usr/bin/env bash
# Window test: small and portrait windows (800x600, 600x900, and 1280x720 to
# compare). xdotool resizes the window; the game's text trace (engine/sdl/
# draw.h) says what each frame drew, and tests/tools/textfit.py checks the
# frame on screen against a screenshot of the window: no text under 12 px,
# every run inside the window and uncut, each readable on its paper (4.5:1).
# Screens: the title, a page of chapter 1, Nuée's task screen (whose task
# card stacks over the narration in a narrow or portrait window: asserted
# from where the trace puts the narration), and the menu.
#
#   tests/window/sizes.sh FICELLE OUT_DIR
#
# Exit 77 (skipped) if Xvfb, xdotool or ImageMagick is missing.
set -uo pipefail

ficelle=${1:?usage: sizes.sh FICELLE OUT_DIR}
out=${2:?usage: sizes.sh FICELLE OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/tally.sh"
needs sizes Xvfb xdotool import convert python3
mkdir -p "$out"
rm -f "$out"/*.png
. "$here/../lib/xdisplay.sh"

export XDISPLAY_SCREEN=1400x1000x24   # room for a 600x900 window
xdisplay_start sizes || true
export XDG_DATA_HOME="$tmp/data"
export SDL_AUDIODRIVER=dummy
export FICELLE_TEXT_TRACE="$tmp/trace.txt"
unset WAYLAND_DISPLAY

key() { xdotool key "$@"; sleep 0.4; }
geometry() { xdotool getwindowgeometry "$wid" | sed -n 's/.*Geometry: //p'; }
start() {   # start W H [options]
  local w=$1 h=$2; shift 2
  "$ficelle" --width "$w" --height "$h" "$@" >>"$tmp/ficelle.log" 2>&1 &
  app_pid=$!
  wait_window || { echo "sizes: no window"; cat "$tmp/ficelle.log"; exit 1; }
  xdotool mousemove --window "$wid" 5 5 windowfocus --sync "$wid" 2>/dev/null
  sleep 1
}
stop() {
  kill -TERM "$app_pid" 2>/dev/null
  for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  app_pid=
}
resize() {  # resize W H: the window manager's way, then a moment to draw
  xdotool windowmove "$wid" 20 20 2>/dev/null
  xdotool windowsize --sync "$wid" "$1" "$2" 2>/dev/null || xdotool windowsize "$wid" "$1" "$2"
  sleep 1
  xdotool mousemove --window "$wid" 5 5 2>/dev/null
  sleep 0.5
}
# check NAME [--stacked A B]: the frame on screen, traced and shot, passes
# textfit.py.
check() {
  local report name=$1
  shift
  sleep 0.5
  import -window "$wid" "$out/$name.png"
  if report=$(python3 "$here/../tools/textfit.py" "$@" "$FICELLE_TEXT_TRACE" "$out/$name.png" 12); then
    ok "$name ($(geometry)): $(tr '\n' ' ' <<<"$report")"
  else
    fail "$name ($(geometry)): $(tr '\n' ' ' <<<"$report")"
  fi
}

# Title, then the first page of chapter 1, at each size.
start 1280 720
for size in 1280x720 800x600 600x900; do
  resize "${size%x*}" "${size#*x}"
  check "title-$size"
done
stop

# Chapter 1 read to its first choice, then Nuée's task screen.
start 1280 720 --chapter 1
key Return; sleep 0.6
for _ in $(seq 30); do key Return; done   # typed, then on; Enter never takes the choice
for size in 1280x720 800x600 600x900; do
  resize "${size%x*}" "${size#*x}"
  check "page-$size"
done
resize 1280 720
key 1; sleep 1
for _ in $(seq 12); do key Return; done
# Side by side in a wide window, the narration under the task card in a
# narrow or portrait one: its last line below the task's answers.
task="Les trois feux et le poteau" told="Il coche."
resize 1280 720
check platform-1280x720 --side-by-side "$task" "$told"
for size in 800x600 600x900; do
  resize "${size%x*}" "${size#*x}"
  check "platform-$size" --stacked "$task" "$told"
done
stop

finish sizes
