#!/usr/bin/env bash
# Window test: the reader's own screens and settings (issue 10). Preferences,
# from the title and from the in-game menu: each value shown, text size that
# stops at its largest (no wrap to the smallest), high contrast applied at once
# and remembered, auto-forward's pace kept; skip that stops at unread text
# unless the reader asked to skip everything; the wheel rolling back and
# forward; the quick menu under the page; the chapter select's status.
#
#   tests/window/reader.sh FICELLE OUT_DIR
#
# Exit 77 (skipped) if Xvfb, xdotool or ImageMagick is missing.
set -uo pipefail

ficelle=${1:?usage: reader.sh FICELLE OUT_DIR}
out=${2:?usage: reader.sh FICELLE OUT_DIR}
. "$(dirname "$0")/../lib/tally.sh"
needs reader Xvfb xdotool import compare convert
mkdir -p "$out"
rm -f "$out"/*.png
. "$(dirname "$0")/../lib/xdisplay.sh"

xdisplay_start reader || true
export XDG_DATA_HOME="$tmp/data"
export SDL_AUDIODRIVER=dummy
unset WAYLAND_DISPLAY

focus() { xdotool mousemove --window "$wid" 5 5 windowfocus --sync "$wid" 2>/dev/null; }
start() {
  "$ficelle" --width 1024 --height 640 "$@" >>"$tmp/ficelle.log" 2>&1 &
  app_pid=$!
  wait_window || { echo "reader: no window"; cat "$tmp/ficelle.log"; exit 1; }
  focus
  sleep 0.5
}
stop() {
  kill -TERM "$app_pid" 2>/dev/null
  for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  wait "$app_pid" 2>/dev/null
  app_pid=
}
# The game's window alone (not the root: a window manager may place it anywhere).
shot() { import -window "$wid" "$out/$1.png"; }
key() { xdotool key "$@"; sleep 0.25; }
keys() { local k; for k in "$@"; do key "$k"; done; }
# The colour of a pixel of a screenshot, as #rrggbb.
pixel() { convert "$out/$1.png" -crop "1x1+$2+$3" -depth 8 -format '#%[hex:p{0,0}]' info: | cut -c1-7; }
settings() { tr -d ' \n' <"$XDG_DATA_HOME/centimes/settings.json"; }

# 1. The title's Preferences (after Language): every value shown.
start
shot 01-title
keys Down Down Down Down Down Return
shot 02-prefs
differs 01-title 02-prefs
# 2. Text size: Tab to its +, then Enter eight times: 85 to 160 %, never back
#    to the smallest (it went round before).
keys Tab Tab
for _ in $(seq 8); do key Return; done
shot 03-largest
key Return
shot 04-largest-again
same 03-largest 04-largest-again
differs 02-prefs 03-largest
# 3. High contrast (the 9th button: size -, +, speed -, +, auto -, +, skip,
#    font, contrast): applied at once, a black background.
keys Tab Tab Tab Tab Tab Tab Tab Return
shot 05-contrast
[ "$(pixel 05-contrast 8 8)" = "#000000" ] && ok "high contrast: the screen is black at once" \
  || fail "high contrast: the corner is $(pixel 05-contrast 8 8)"
differs 03-largest 05-contrast
# 4. Auto-forward waits longer (its +, the 6th button).
keys Shift+Tab Shift+Tab Shift+Tab Return
key Escape
shot 06-title-contrast
[ "$(pixel 06-title-contrast 8 8)" = "#000000" ] && ok "high contrast on the title too" \
  || fail "the title's corner is $(pixel 06-title-contrast 8 8)"
stop
s=$(settings)
case "$s" in *'"contrast":true'*'"text_scale":1.6'*) ok "settings.json: contrast, text 160 %" ;;
  *) fail "settings.json: $s" ;; esac
case "$s" in *'"auto_pace":60'*) ok "settings.json: auto-forward 60 ms a character" ;;
  *) fail "settings.json: auto_pace in $s" ;; esac
# 5. Remembered: the title comes back in high contrast.
start
shot 07-title-again
[ "$(pixel 07-title-again 8 8)" = "#000000" ] && ok "high contrast remembered" \
  || fail "high contrast forgotten: $(pixel 07-title-again 8 8)"
stop

# 6. Skip stops at unread text (the default, as in Ren'Py): on a new game's
#    first line, Ctrl held does not move on. From the in-game menu's
#    Preferences, "All text": the same Ctrl reads on.
export XDG_DATA_HOME="$tmp/data-skip"
start
keys Return Return Return   # New game, the chapter card, the first line
sleep 2
shot 10-first-line
xdotool keydown ctrl; sleep 1.5; xdotool keyup ctrl
sleep 3                     # until the notice is gone
shot 11-skip-stopped
same 10-first-line 11-skip-stopped
key Escape
keys Down Down Down Down Down Down Return   # the menu's Preferences
shot 12-prefs-in-game
keys Tab Tab Tab Tab Tab Tab Tab Return     # skip: all text
shot 13-skip-all
differs 12-prefs-in-game 13-skip-all
keys Escape Escape
sleep 0.5
xdotool keydown ctrl; sleep 1.5; xdotool keyup ctrl
sleep 3
shot 14-skipped
differs 10-first-line 14-skipped
stop
grep -q '"skip_all": true' "$XDG_DATA_HOME/centimes/settings.json" && ok "settings.json: skip all text" \
  || fail "settings.json: $(settings)"
seen=$(grep -o '"[0-9a-f]\{16\}"' "$XDG_DATA_HOME/centimes/progress.json" 2>/dev/null | wc -l)
[ "$seen" -ge 3 ] && ok "progress.json: $seen lines seen" || fail "progress.json: $seen lines seen"

# 7. The wheel as in Ren'Py: up rolls back, down (and Page Down) rolls forward
#    again through what was read, to the page as it was, and never past it.
export XDG_DATA_HOME="$tmp/data-wheel"
mkdir -p "$XDG_DATA_HOME/centimes"
printf '{"speed": 0}\n' >"$XDG_DATA_HOME/centimes/settings.json"
start
keys Return Return Return Return Return Return   # New game, the card, four lines
sleep 1
xdotool mousemove --window "$wid" 500 300
shot 20-read
xdotool click 4; sleep 0.3; xdotool click 4; sleep 0.5
shot 21-wheel-up
differs 20-read 21-wheel-up
xdotool click 5; sleep 0.5
shot 22-wheel-down
differs 21-wheel-up 22-wheel-down
key Next
sleep 0.5
shot 23-page-down
same 20-read 23-page-down
xdotool click 5; sleep 0.3
key Next
sleep 0.5
shot 24-past-the-end
same 20-read 24-past-the-end
[ -z "$(find "$XDG_DATA_HOME" -name auto.sav)" ] && ok "rolling forward took no choice" \
  || fail "rolling forward wrote an autosave"
stop

# 8. The quick menu under the page: H hides it and shows it again (the
#    page laid out anew, taller), the keyboard reaches its buttons (Tab:
#    Back, then History), and a click on its middle button (Auto) reads on.
export XDG_DATA_HOME="$tmp/data-quick"
mkdir -p "$XDG_DATA_HOME/centimes"
printf '{"speed": 0}\n' >"$XDG_DATA_HOME/centimes/settings.json"
start
keys Return Return Return Return Return   # New game, the card, three lines
sleep 1
xdotool mousemove --window "$wid" 500 200
sleep 0.3
shot 30-quick
key h
shot 31-quick-hidden
differs 30-quick 31-quick-hidden
# The bottom 36 pixels: the quick menu's labels, then the empty page.
bottom() { convert "$out/$1.png" -gravity south -crop 1024x36+0+0 -format '%[fx:standard_deviation]' info:; }
awk -v a="$(bottom 30-quick)" -v b="$(bottom 31-quick-hidden)" 'BEGIN { exit !(a > 0.02 && b < 0.005) }' \
  && ok "the quick menu's labels under the page, and H takes them away" \
  || fail "the bottom strip: $(bottom 30-quick) with the quick menu, $(bottom 31-quick-hidden) without"
key h
shot 32-quick-again
same 30-quick 32-quick-again
keys Tab Return                           # Back: a rollback
sleep 0.5
shot 33-quick-back
differs 30-quick 33-quick-back
keys Tab Tab Return                       # History
shot 34-quick-history
differs 33-quick-back 34-quick-history
key Escape
sleep 0.5
shot 35-before-auto
xdotool mousemove --window "$wid" 512 626 click 1   # Auto, in the middle
sleep 0.5
shot 36-auto-on
differs 35-before-auto 36-auto-on
sleep 8                                   # a line's reading time at most
shot 37-auto-read-on
differs 36-auto-on 37-auto-read-on
stop
grep -q '"quick_menu": true' "$XDG_DATA_HOME/centimes/settings.json" \
  && ok "settings.json: the quick menu shown" || fail "settings.json: $(settings)"

# 9. The chapter select: each chapter's reading time and blurb, and its
#    status, which changes once the reader has begun it (a replay counts).
export XDG_DATA_HOME="$tmp/data-chapters"
start
keys Down Down Return                     # Chapters
shot 40-chapters
key Return                                # the focus on chapter 1
key Return                                # its replay: the chapter card
sleep 0.5
key Escape
keys Up Up Return                         # the menu's Title screen
keys Down Down Return                     # Chapters again
shot 41-chapters-begun
# (a few words change: "pas encore lu" becomes "commencé")
n=$(compare -metric AE -fuzz 5% "$out/40-chapters.png" "$out/41-chapters-begun.png" null: 2>&1 | cut -d' ' -f1)
awk -v n="$n" 'BEGIN { exit !(n + 0 > 100) }' && ok "chapter 1's status changed ($n pixels)" \
  || fail "chapter 1's status did not change ($n pixels)"
stop
grep -q '"chapters":\[0,1\]' "$XDG_DATA_HOME/centimes/progress.json" \
  && ok "progress.json: chapter 1 begun" || fail "progress.json: $(cat "$XDG_DATA_HOME/centimes/progress.json" 2>&1)"

finish reader "(screenshots in $out)"
