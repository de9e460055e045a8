#!/usr/bin/env bash
# Window test: the real binary in a virtual X server (Xvfb), driven by xdotool
# as a reader would (keys, a resize, fullscreen, quitting and coming back),
# with screenshots (ImageMagick's `import`) asserted on.
#
#   tests/window/run.sh FICELLE OUT_DIR
#
# Exit 77 (skipped) if Xvfb, xdotool or ImageMagick is missing.
set -uo pipefail

ficelle=${1:?usage: run.sh FICELLE OUT_DIR}
out=${2:?usage: run.sh FICELLE OUT_DIR}
for tool in Xvfb xdotool import compare convert identify; do
  command -v "$tool" >/dev/null || { echo "window: $tool missing, skipped"; exit 77; }
done
mkdir -p "$out"
rm -f "$out"/*.png
. "$(dirname "$0")/../lib/xdisplay.sh"

passed=0 failed=0
ok()   { echo "ok   $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

# A display of our own, and a window manager as on a desktop: without one X has
# no fullscreen, and resizes reach the game only as the WM passes them on.
if ! xdisplay_start window "${WINDOW_TEST_WM:-evilwm}"; then
  echo "window: no evilwm; fullscreen and resize checks are weaker"
fi
export XDG_DATA_HOME="$tmp/data"
export SDL_AUDIODRIVER=dummy
unset WAYLAND_DISPLAY

# Keys go where the focus is (evilwm's focus follows the mouse): put both on
# the game, then type with XTEST as a keyboard would. Again after the window
# moved (leaving fullscreen).
focus() { xdotool mousemove --window "$wid" 5 5 windowfocus --sync "$wid" 2>/dev/null; }
start() {   # start [ficelle options...]: runs the game, waits for its window
  "$ficelle" "$@" >>"$tmp/ficelle.log" 2>&1 &
  app_pid=$!
  wait_window || { echo "window: no window"; cat "$tmp/ficelle.log"; exit 1; }
  focus
  sleep 0.5
}
stop() {    # SIGTERM is SDL_QUIT: the game saves its settings and autosave
  kill -TERM "$app_pid" 2>/dev/null
  for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  wait "$app_pid" 2>/dev/null
  app_pid=
}
shot() { import -window root "$out/$1.png"; }
key() { xdotool key "$@"; sleep 0.25; }
# Standard deviation of the pixels: 0 for a blank (one-colour) screen.
spread() { convert "$1" -format '%[fx:standard_deviation]' info:; }
not_blank() {
  local s; s=$(spread "$out/$1.png")
  awk -v s="$s" 'BEGIN { exit !(s + 0 > 0.02) }' && ok "$1 is not blank ($s)" || fail "$1 is blank ($s)"
}
geometry() { xdotool getwindowgeometry "$wid" | sed -n 's/.*Geometry: //p'; }
shots() { find "$XDG_DATA_HOME" -name 'centimes-*.png' 2>/dev/null; }
# The game's own screenshot (S) is the size of the page it laid out: it must
# be the window's real size, whatever SDL was told or assumed.
laid_out() {
  local png size
  shots | xargs -r rm -f
  focus
  key s
  sleep 0.5
  png=$(shots | head -n 1)
  size=$([ -n "$png" ] && identify -format '%wx%h' "$png")
  [ -n "$size" ] && [ "$size" = "$(geometry)" ] && ok "$1: the page is laid out for the window ($size)" \
    || fail "$1: the page is laid out for ${size:-nothing} in a $(geometry) window"
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }

# 1. The title screen.
start --width 1024 --height 640
shot 01-title
not_blank 01-title
[ "$(geometry)" = "1024x640" ] && ok "window opens at 1024x640" || fail "window is $(geometry)"

# 2. Enter shows the focus on the first item, Enter again starts: the chapter card.
key Return
shot 02-title-focus
differs 01-title 02-title-focus
key Return
sleep 0.3
shot 03-chapter
differs 01-title 03-chapter

# 3. The first page, then advancing through it.
key Return
sleep 1.5
shot 04-page
not_blank 04-page
differs 03-chapter 04-page
for _ in 1 2 3 4; do key space; done
sleep 1.5
shot 05-advanced
differs 04-page 05-advanced

# 4. Idle: once the line is typed, no frame is drawn and no CPU used while the
#    reader reads. (Up to five 2-second windows, in case a long line is still
#    being typed in the first.)
idle_ok=
for _ in 1 2 3 4 5; do
  t0=$(cpu_ticks); sleep 2; t1=$(cpu_ticks)
  ticks=$((t1 - t0))
  [ "$ticks" -le 2 ] && { idle_ok=1; break; }
done
[ -n "$idle_ok" ] && ok "idle for 2 s used $ticks ticks of CPU" || fail "idle for 2 s used $ticks ticks of CPU (busy loop?)"

# 4b. Backspace rolls back one line: the page comes back whole, as it was
#     (the core keeps it; the window used to show only the current line).
key Return
sleep 1.5
shot 05b-next
differs 05-advanced 05b-next
key BackSpace
sleep 0.5
shot 05c-rolled-back
same 05-advanced 05c-rolled-back

# 5. Read on until a choice comes, and take option 1 with the key "1":
#    a choice writes the autosave.
for _ in $(seq 40); do
  key space
  key 1
  [ -n "$(find "$XDG_DATA_HOME" -name auto.sav 2>/dev/null)" ] && break
done
[ -n "$(find "$XDG_DATA_HOME" -name auto.sav 2>/dev/null)" ] && ok "a choice was taken (autosave written)" \
  || fail "no choice reached in 40 lines"
sleep 1.5
shot 06-after-choice
not_blank 06-after-choice

# 6. Resize: the page is laid out again for the new size.
xdotool windowsize "$wid" 760 700
sleep 1
shot 07-resized
[ "$(geometry)" = "760x700" ] && ok "resized to 760x700" || fail "resize gave $(geometry)"
differs 06-after-choice 07-resized

# 7. Fullscreen with F11, and back. With a window manager the window covers
#    the screen; without one X has no fullscreen and the window keeps its size.
#    Either way the page is laid out for the window it really has.
key F11
sleep 1
shot 08-fullscreen
if [ -n "$wm_pid" ]; then
  [ "$(geometry)" = "1280x800" ] && ok "F11: fullscreen 1280x800" || fail "F11 gave $(geometry)"
  differs 07-resized 08-fullscreen
else
  [ "$(geometry)" = "760x700" ] && ok "F11 without a window manager: still 760x700" \
    || fail "F11 without a window manager gave $(geometry)"
fi
laid_out "F11"
key F11
sleep 1
[ "$(geometry)" = "760x700" ] && ok "F11 again: back to 760x700" || fail "F11 again gave $(geometry)"
laid_out "F11 again"
sleep 2   # until the notice "screenshot saved" is gone from the pictures below

# 8. The Esc menu, the history (Page Up), a screenshot (S).
key Escape
shot 09-menu
differs 07-resized 09-menu
key Escape
key Prior
shot 10-history
differs 07-resized 10-history
key Escape
shots | xargs -r rm -f
key s
sleep 0.5
png=$(shots | head -n 1)
kind=$([ -n "$png" ] && identify -format '%m %wx%h' "$png" 2>/dev/null)
[ "${kind%% *}" = PNG ] && ok "S wrote a screenshot ($kind)" \
  || fail "S wrote no PNG screenshot (${png:-no file}: ${kind:-not an image})"

# 9. Quit in fullscreen and come back: fullscreen is remembered, and so is the
#    window's own size (not the screen's), which F11 gives back. The title
#    offers to continue.
key F11
sleep 1
stop
settings=$(find "$XDG_DATA_HOME" -name settings.json | head -n 1)
grep -q '"width": 760' "$settings" && grep -q '"height": 700' "$settings" \
  && grep -q '"fullscreen": true' "$settings" \
  && ok "settings.json: fullscreen, window 760x700" \
  || fail "settings.json: $(tr -d ' \n' <"$settings")"
start
if [ -n "$wm_pid" ]; then
  [ "$(geometry)" = "1280x800" ] && ok "fullscreen remembered: 1280x800" \
    || fail "fullscreen not remembered: $(geometry)"
else
  [ "$(geometry)" = "760x700" ] && ok "fullscreen without a window manager: 760x700" \
    || fail "fullscreen without a window manager gave $(geometry)"
fi
key F11
sleep 1
focus
[ "$(geometry)" = "760x700" ] && ok "size remembered: F11 gives back 760x700" \
  || fail "size not remembered: $(geometry)"
shot 11-title-continue
differs 01-title 11-title-continue
key Return
key Return
sleep 1.5
shot 12-continued
differs 11-title-continue 12-continued

# 10. Language from the menu (Esc, 5th item): the page is shown again in English.
sleep 1.5   # until the notice "save loaded" is gone
shot 12b-read
key Escape
for _ in 1 2 3 4 5; do key Down; done
key Return
key Escape
sleep 1.5
shot 13-english
differs 12-continued 13-english
laid_out "remembered size"   # S works only in play
# ... and back to French: the page as it was before, every line of it; then
# English again, to be remembered.
key Escape
for _ in 1 2 3 4 5; do key Down; done
key Return
key Escape
sleep 1
shot 13b-french
same 12b-read 13b-french
key Escape
for _ in 1 2 3 4 5; do key Down; done
key Return
key Escape
sleep 1

# 11. A damaged save: Load reports it, sets it aside, and the game goes on.
saves=$(dirname "$(find "$XDG_DATA_HOME" -name auto.sav | head -n 1)")
printf 'not a save at all' >"$saves/slot1.sav"
key Escape
for _ in 1 2 3; do key Down; done
key Return        # Load: the slot screen, page 1
key Down          # its first slot, slot1
key Return        # a game is in progress: the dialog asks, Cancel focused
key Right         # ... Load
key Return
sleep 0.5
shot 14-damaged
[ -f "$saves/slot1.sav.damaged" ] && ok "a damaged save is set aside" || fail "no slot1.sav.damaged"
kill -0 "$app_pid" 2>/dev/null && ok "the game goes on after a damaged save" || fail "the game died"
key Escape
key Escape
stop
grep -q '"lang": "en"' "$(find "$XDG_DATA_HOME" -name settings.json | head -n 1)" \
  && ok "the language is remembered (settings.json)" || fail "settings.json does not say en"

# 12. Enter and Space never choose for the reader: a new game, read through to
#     its first choice by pressing them again and again, takes no option (no
#     autosave: nothing but a choice writes it in chapter 1); a number does.
export XDG_DATA_HOME="$tmp/data-keys"
start
key Return        # the focus on New game
key Return        # the chapter card
xdotool key --delay 60 $(for _ in $(seq 60); do printf 'Return space '; done)
sleep 3
shot 15-keys-at-choice
[ -z "$(find "$XDG_DATA_HOME" -name auto.sav)" ] && ok "Enter and Space took no choice" \
  || fail "Enter and Space took a choice (an autosave was written)"
xdotool key --delay 60 Return Return space space Return
sleep 3
shot 16-still-at-choice
same 15-keys-at-choice 16-still-at-choice
key 2
sleep 0.5
[ -n "$(find "$XDG_DATA_HOME" -name auto.sav)" ] && ok "the key 2 took the second option" \
  || fail "the key 2 took nothing"

# 13. A chapter opened from the chapter menu is a replay: it never touches the
#     reader's game (the autosave stays as it was, Continue still goes there).
stop              # quitting writes the autosave of the reader's game
auto=$(find "$XDG_DATA_HOME" -name auto.sav | head -n 1)
before=$(md5sum <"$auto")
start
key Return        # focus: Continue
key Down
key Down          # Chapters
key Return
key Return        # focus: chapter 1
key Down          # chapter 2
key Return
sleep 0.5
shot 17-replay
xdotool key --delay 80 Return Return Return Return Return Return 1 Return Return 1
sleep 0.5
stop
[ "$(md5sum <"$auto")" = "$before" ] && ok "a chapter replay left the reader's autosave as it was" \
  || fail "a chapter replay changed the reader's autosave"
[ ! -f "${auto%/*}/slot1.sav" ] && ok "a replay wrote no save" || fail "a replay wrote slot1.sav"

# 18. A settings file asking for a window larger than the screen (edited by
#     hand, or from another screen): the window fits the screen all the same.
export XDG_DATA_HOME="$tmp/data-huge"
mkdir -p "$XDG_DATA_HOME/centimes"
printf '{"width": 5000, "height": 4000, "fullscreen": false}\n' \
  >"$XDG_DATA_HOME/centimes/settings.json"
start
read -r gw gh < <(geometry | tr 'x' ' ')
[ "${gw:-0}" -le 1280 ] && [ "${gh:-0}" -le 800 ] && [ "${gw:-0}" -ge 320 ] \
  && ok "5000x4000 in settings.json: the window fits the screen (${gw}x${gh})" \
  || fail "5000x4000 in settings.json gave a ${gw}x${gh} window"
stop

# 14. Pages of save slots: a game saved in slot 1 (page 1) at one place and in
#     slot 7 (page 2) further on; after quitting and coming back, each loads its
#     own page back (Load asks first: a game is in progress). Each slot has a
#     thumbnail PNG beside it and a sidecar with its chapter and date.
export XDG_DATA_HOME="$tmp/data-slots"
start
key Return        # the focus on New game (no autosave yet: no question)
key Return        # the chapter card
key Return        # the page
sleep 1.5
key Escape
key Down
key Down          # Save
key Return        # the Save screen, page 1
shot 18-save-screen
key Down          # slot 1, free: saved at once
key Return
sleep 0.5
key Escape        # back to the menu
key Escape        # back to the page
sleep 3           # until the notice is gone
shot 18-place-a
for _ in 1 2 3 4 5 6; do key space; done
sleep 2
key Escape
key Down
key Down
key Return        # the Save screen
for _ in $(seq 8); do key Down; done
key Return        # the page button "2"
for _ in 1 2 3; do key Down; done
key Return        # slot 7, free
sleep 0.5
key Escape
key Escape
sleep 3
shot 18-place-b
differs 18-place-a 18-place-b
saves=$(dirname "$(find "$XDG_DATA_HOME" -name slot1.sav | head -n 1)")
for slot in slot1 slot7; do
  [ -f "$saves/$slot.sav" ] && ok "$slot.sav written" || fail "no $slot.sav"
  kind=$(identify -format '%m %wx%h' "$saves/$slot.png" 2>/dev/null)
  [ "${kind%% *}" = PNG ] && ok "$slot.png is a thumbnail ($kind)" \
    || fail "$slot.png is not a PNG (${kind:-missing})"
  grep -q '"chapter": 1' "$saves/$slot.json" && grep -q '"saved": "20' "$saves/$slot.json" \
    && ok "$slot.json: chapter 1 and a date" || fail "$slot.json: $(tr -d ' \n' <"$saves/$slot.json" 2>&1)"
done
stop
start
key Return        # the focus on Continue (the autosave of quitting) ...
key Return        # ... taken
sleep 2
key Escape
for _ in 1 2 3; do key Down; done
key Return        # the Load screen, page 1
shot 19-load-screen
key Down
key Return        # slot 1: the dialog
shot 19-load-asked
differs 19-load-screen 19-load-asked
key Right
key Return        # Load
sleep 3
shot 19-loaded-a
same 18-place-a 19-loaded-a
key Escape
for _ in 1 2 3; do key Down; done
key Return        # the Load screen
for _ in $(seq 9); do key Down; done
key Return        # its page button "2" (after "Auto and quick" and "1")
for _ in 1 2 3; do key Down; done
key Return        # slot 7: the dialog
key Right
key Return
sleep 3
shot 19-loaded-b
same 18-place-b 19-loaded-b
differs 19-loaded-a 19-loaded-b

# 15. Overwriting a save asks first, Cancel focused: Enter and Esc both keep
#     the old save byte for byte; Replace replaces it.
before=$(md5sum <"$saves/slot1.sav")
key Escape
key Down
key Down
key Return        # the Save screen, on page 2 (the page last shown)
for _ in $(seq 7); do key Down; done
key Return        # the page button "1"
for _ in 1 2 3 4; do key Down; done
key Return        # slot 1, which holds a save: the dialog
shot 20-overwrite-asked
key Return        # Enter: Cancel
sleep 0.3
shot 20-overwrite-cancelled
differs 20-overwrite-asked 20-overwrite-cancelled
[ "$(md5sum <"$saves/slot1.sav")" = "$before" ] && ok "Enter on the dialog kept the old save" \
  || fail "Enter on the dialog overwrote the save"
key Return        # the dialog again
key Escape        # Esc cancels
[ "$(md5sum <"$saves/slot1.sav")" = "$before" ] && ok "Esc on the dialog kept the old save" \
  || fail "Esc on the dialog overwrote the save"
key Return
key Right
key Return        # Replace
sleep 0.5
[ "$(md5sum <"$saves/slot1.sav")" != "$before" ] && ok "Replace overwrote the save" \
  || fail "Replace left the save as it was"
# The mouse: a click on slot 1 asks too, and a click on Cancel keeps the save.
# (The window is 1280x720: the slot's cell is at the top left, the dialog's
# Cancel left of the middle.)
# (The game is where slot 1 was just saved: the same bytes again, so the file's
# time, not its md5, says whether it was written.)
before=$(stat -c %y "$saves/slot1.sav")
shot 20-save-screen
xdotool mousemove --window "$wid" 200 200 click 1
sleep 0.3
shot 20-click-asked
differs 20-save-screen 20-click-asked
xdotool mousemove --window "$wid" 510 388 click 1
sleep 0.3
shot 20-click-cancelled
differs 20-click-asked 20-click-cancelled
[ "$(stat -c %y "$saves/slot1.sav")" = "$before" ] && ok "a click on Cancel kept the save" \
  || fail "a click on Cancel overwrote the save"
key Escape
key Escape

# 16. New game while Continue has a game asks, Cancel focused; Cancel keeps
#     the autosave (the one written on going back to the title).
key Escape
key Up
key Up            # Title screen
key Return
sleep 0.5
auto=$saves/auto.sav
before=$(md5sum <"$auto")
key Down
key Down          # New game
shot 21-title-continue
key Return
shot 21-new-game-asked
differs 21-title-continue 21-new-game-asked
key Return        # Enter: Cancel
key Return        # the dialog again ...
key Escape        # ... and Esc
sleep 0.3
shot 21-new-game-cancelled
same 21-title-continue 21-new-game-cancelled
[ "$(md5sum <"$auto")" = "$before" ] && ok "Cancel kept the autosave" \
  || fail "the autosave changed"
key Return
key Right
key Return        # New game: the chapter card
sleep 0.5
shot 21-new-game
differs 21-title-continue 21-new-game

# 17. Quick save (F6) and quick load (F9, which asks).
key Return        # the page
sleep 2
key F6
sleep 3
shot 22-quick-saved
kind=$(identify -format '%m' "$saves/quick.png" 2>/dev/null)
[ -f "$saves/quick.sav" ] && [ "$kind" = PNG ] && ok "F6 wrote quick.sav and quick.png" \
  || fail "F6: no quick save (${kind:-no thumbnail})"
for _ in 1 2 3 4; do key space; done
sleep 2
shot 22-read-on
key F9
shot 22-quick-load-asked
differs 22-read-on 22-quick-load-asked
key Return        # Cancel: the page read on stays
sleep 0.3
shot 22-quick-load-cancelled
same 22-read-on 22-quick-load-cancelled
key F9
key Right
key Return        # Load
sleep 3
shot 22-quick-loaded
same 22-quick-saved 22-quick-loaded
stop

# 19. A writer's edit and F5: a mod's scene (a folder in mods/, read live) is
#     edited while the reader is on its second line; F5 reads the scripts again
#     and shows the edited line at the same place, as a fresh game of the edited
#     scene shows it there.
live_scene() {   # live_scene DATA_HOME SECOND_LINE
  mkdir -p "$1/centimes/mods/live/story"
  cat >"$1/centimes/mods/live/story/zz_live.lua" <<LUA
scene("ch01.reveil", function()
  say "Une ligne du mod."
  say "$2"
  say "Une troisième."
  end_chapter()
end)
LUA
}
export XDG_DATA_HOME="$tmp/data-reload"
live_scene "$XDG_DATA_HOME" "La deuxième, avant."
start
key Return        # the focus on New game
key Return        # the chapter card
key Return        # the first line
sleep 1.5
key Return        # the second
sleep 2
shot 23-before-edit
live_scene "$XDG_DATA_HOME" "La deuxième, corrigée par l’auteur."
key F5
sleep 3           # until the notice is gone
shot 23-reloaded
differs 23-before-edit 23-reloaded
stop
export XDG_DATA_HOME="$tmp/data-reload-fresh"
live_scene "$XDG_DATA_HOME" "La deuxième, corrigée par l’auteur."
start
key Return
key Return
key Return
sleep 1.5
key Return
sleep 2
shot 23-fresh
same 23-fresh 23-reloaded
stop

# 20. The same edit saved with no key pressed: run from the build tree (--dev),
#     the window watches the story's folders and reads them again by itself.
export XDG_DATA_HOME="$tmp/data-watch"
live_scene "$XDG_DATA_HOME" "La deuxième, avant."
start
key Return
key Return
key Return
sleep 1.5
key Return
sleep 2
shot 24-before-save
live_scene "$XDG_DATA_HOME" "La deuxième, corrigée par l’auteur."
sleep 4           # the watch's reload, then until its notice is gone
shot 24-watched
differs 24-before-save 24-watched
same 23-fresh 24-watched
stop

echo "window: $passed passed, $failed failed (screenshots in $out)"
[ "$failed" -eq 0 ]
