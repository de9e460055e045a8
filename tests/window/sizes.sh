#!/usr/bin/env bash
# Window test: small and portrait windows (800x600, 600x900, and 1280x720 to
# compare). xdotool resizes the window; the game's text trace (engine/sdl/
# draw.h) says what each frame drew, and tests/tools/textfit.py checks the
# frame on screen against a screenshot of the window: no text under 12 px,
# every run inside the window and uncut, each readable on its paper (4.5:1).
# Screens: the title, a page of chapter 1, Nuée's task screen, chapter 2's
# mail and dashboard (the task card and the dashboard's figures stack over
# the narration in a narrow or portrait window: asserted from where the
# trace puts the narration), and the chapter select: every chapter of the
# story's files in its list, and each, the mouse on its row, in the pane
# with every one of its presets, no label over its button's edge
# (tests/tools/chapter_select.py).
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
. "$here/../lib/trace.sh"

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
# read_to TEXT MAX: Enter until TEXT is on screen (MAX at most).
read_to() {
  local n
  for n in $(seq "$2"); do shown "$1" && return 0; key Return; done
  shown "$1" && return 0
  fail "\"$1\" never came on screen after $2 Enter"
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
task="Valider" told="Il coche."
resize 1280 720
check platform-1280x720 --side-by-side "$task" "$told"
for size in 800x600 600x900; do
  resize "${size%x*}" "${size#*x}"
  check "platform-$size" --stacked "$task" "$told"
done
stop

# Chapter 2, its text at once (speed 0: one Enter a line): the team's chat
# at its choice (whose answers wrap in a narrow window), the mail, then the
# dashboard, whose figures stack over the office's lines when narrow.
settings="$XDG_DATA_HOME/centimes/settings.json"
mkdir -p "$(dirname "$settings")"
echo '{"speed": 0, "width": 1280, "height": 720}' >"$settings"
start 1280 720 --chapter 2
key Return; sleep 0.5                        # the chapter's card
read_to "Claire répond" 40                   # the team's chat, at its choice
for size in 1280x720 800x600 600x900; do
  resize "${size%x*}" "${size#*x}"
  check "chat-$size"
done
resize 1280 720
key 2; sleep 0.6                             # the chat's choice: an answer
read_to "calendrier de livraison" 40         # the mail
for size in 1280x720 800x600 600x900; do
  resize "${size%x*}" "${size#*x}"
  check "mail-$size"
done
resize 1280 720
# (its last figure asserted: the rows panel leaves out what it has no room for)
figure="Contributeurs actifs" told="Le tableau de bord"
read_to "$told" 40                           # the dashboard
check dashboard-1280x720 --side-by-side "$figure" "$told"
for size in 800x600 600x900; do
  resize "${size%x*}" "${size#*x}"
  check "dashboard-$size" --stacked "$figure" "$told"
done
stop

# The chapter select, from the title, at each size: its list, then each
# chapter looked at (the mouse on its row) in the pane with all its presets;
# the last one's frame (the most presets) passes textfit, buttons included.
story="$here/../../story"
start 1280 720
click_text "Chapitres"
for size in 1280x720 800x600 600x900; do
  resize "${size%x*}" "${size#*x}"
  if rows=$(python3 "$here/../tools/chapter_select.py" "$story" "$FICELLE_TEXT_TRACE" rows); then
    ok "chapters-$size: all $(wc -l <<<"$rows") chapters listed"
  else
    fail "chapters-$size: $rows"
  fi
  seen=0 missed=
  while read -r n x y; do
    [ -n "$n" ] || continue
    xdotool mousemove --window "$wid" "$x" "$y"; sleep 0.6
    if report=$(python3 "$here/../tools/chapter_select.py" "$story" "$FICELLE_TEXT_TRACE" pane "$n"); then
      seen=$((seen + 1))
    else
      missed="$missed $(tr '\n' ' ' <<<"$report")"
    fi
  done <<<"$(grep -E '^[0-9]+ ' <<<"$rows")"
  [ -z "$missed" ] && ok "chapters-$size: $seen panes, every preset drawn inside its button" \
    || fail "chapters-$size:$missed"
  check "chapters-$size" --boxes
done
stop

finish sizes
