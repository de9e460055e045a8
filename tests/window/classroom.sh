#!/usr/bin/env bash
# Window test: a class reads a chapter together (--classroom) on a projector.
# The votes panel counts the hands (keys 1, 2; Shift+1 takes one back) and the
# class takes the majority; a discussion stop shows its question and a timer
# that runs; after a choice, the class reads where the other option led and
# comes back to the very same page; at the chapter's end the class's page and
# file are written (classroom/ in the data dir), with the votes. A sensitive
# passage shows its summary, not its lines.
#
#   tests/window/classroom.sh FICELLE OUT_DIR
#
# Exit 77 (skipped) if Xvfb, xdotool or ImageMagick is missing.
set -uo pipefail

ficelle=${1:?usage: classroom.sh FICELLE OUT_DIR}
out=${2:?usage: classroom.sh FICELLE OUT_DIR}
. "$(dirname "$0")/../lib/tally.sh"
needs classroom Xvfb xdotool import compare convert
mkdir -p "$out"
rm -f "$out"/*.png
. "$(dirname "$0")/../lib/xdisplay.sh"


xdisplay_start classroom || true
export XDG_DATA_HOME="$tmp/data"
export SDL_AUDIODRIVER=dummy
unset WAYLAND_DISPLAY

. "$(dirname "$0")/../lib/stories.sh"
classroom_mod "$tmp/mod"

shot() { import -window root "$out/$1.png"; }
# shot_still NAME: a screenshot once the screen has stopped changing (a line
# done typing, its end mark shown), 12 s at most.
# The screen once it has not changed for five shots in a row (1.2 s): a line
# still typing out on a loaded machine can pause longer than one interval (a
# fresh machine's full run once caught "tasse bleue" without its period after
# 0.6 s still).
shot_still() {
  local n still=0
  import -window root "$out/$1.png"
  for _ in $(seq 40); do
    sleep 0.3
    import -window root "$out/$1.next.png"
    n=$(compare -metric AE "$out/$1.png" "$out/$1.next.png" null: 2>&1 | cut -d' ' -f1)
    mv "$out/$1.next.png" "$out/$1.png"
    if [ "$n" = 0 ]; then still=$((still + 1)); else still=0; fi
    [ "$still" -ge 4 ] && return 0
  done
}
key() { xdotool key "$@"; sleep 0.4; }

"$ficelle" --classroom --mod "$tmp/mod" --chapter 1 --width 1280 --height 720 >>"$tmp/ficelle.log" 2>&1 &
app_pid=$!
wait_window || { echo "classroom: no window"; cat "$tmp/ficelle.log"; exit 1; }
xdotool mousemove --window "$wid" 5 5 windowfocus --sync "$wid" 2>/dev/null
sleep 1.5
key Return; sleep 1.5   # the chapter card
key Return; sleep 1.5   # the first line, typed out: the choice comes
shot 1-choice
key 1; key 1; key 1; key 2; key 2; key shift+1    # 2 for tea, 2 for coffee: a tie
sleep 0.4
shot 2-tie
key 2             # 2 to 3: coffee leads
shot 3-coffee-leads
differs 2-tie 3-coffee-leads
key Return        # Enter takes the majority
sleep 1.5
shot_still 4-coffee
differs 3-coffee-leads 4-coffee
# the other option's branch, read and left
xdotool mousemove --window "$wid" 1100 130 click 1; sleep 1.2
shot 5-peek
differs 4-coffee 5-peek
key Escape; sleep 0.6
shot_still 6-back
same 4-coffee 6-back
key Return; sleep 1.2   # "Il regarde par la fenêtre."
key Return; sleep 1.8   # the discussion stop
shot 7-stop
# its timer's button, where the panel puts it (top right, beside the clock)
xdotool mousemove --window "$wid" 1140 165 click 1; sleep 2.3
shot 8-timer
differs 7-stop 8-timer
left=$(convert "$out/8-timer.png" -crop 150x60+840+180 -format '%[fx:mean]' info:)
start=$(convert "$out/7-stop.png" -crop 150x60+840+180 -format '%[fx:mean]' info:)
awk -v a="$left" -v b="$start" 'BEGIN { exit !(a != b) }' && ok "the clock runs (3:00 became another time)" \
  || fail "the clock did not move"
# Space goes on (Enter would take the focused button: the timer's)
key space; sleep 1.5   # the summary
shot 9-summary
differs 8-timer 9-summary
key space; sleep 1.5   # the passage's own choice
key 1; key Return; sleep 1.5   # a vote, the majority: "La fin."
key space; sleep 1.5   # the card
page=$(ls "$tmp"/data/centimes/classroom/*.html 2>/dev/null | head -n 1)
[ -n "$page" ] && ok "the class's page is written ($page)" || { fail "no class page"; ls -R "$tmp/data"; }
json=${page%.html}.json
python3 - "$json" <<'PY' && ok "the file keeps the votes and the stop" || fail "the file: $(cat "$json" 2>/dev/null)"
import json, sys
steps = json.load(open(sys.argv[1]))["steps"]
assert [s["kind"] for s in steps] == ["choice", "stop", "choice"], steps
assert [o["votes"] for o in steps[0]["options"]] == [2, 3] and steps[0]["taken"] == 1, steps[0]
PY
grep -q "3 (60 %)" "$page" && ok "the page shows the votes" || fail "the page's votes"
[ -z "$(find "$tmp/data" -name '*.sav')" ] && ok "no save was written in class" || fail "a save in class"
kill -TERM "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
grep -q "the class's page" "$tmp/ficelle.log" && ok "the log says where the page is" || fail "the log"

# A preset from the chapter menu, picked with the mouse, plays the chapter as
# --set plays it: chapter 3 as if Claire had set the threshold at 95 %.
first_page() {   # first_page NAME [ficelle options...]: chapter 3's first page
  local name=$1; shift
  XDG_DATA_HOME="$tmp/data-$name" "$ficelle" --width 1280 --height 720 "$@" >>"$tmp/ficelle.log" 2>&1 &
  app_pid=$!
  wait_window || { echo "classroom: no window"; exit 1; }
  xdotool mousemove --window "$wid" 5 5 windowfocus --sync "$wid" 2>/dev/null
  sleep 1.5
}
first_page preset
xdotool mousemove --window "$wid" 165 411 click 1; sleep 1.2      # Chapitres
shot 10-chapters
# the chapter looked at: its row under the mouse, then its pane's second preset
xdotool mousemove --window "$wid" 150 212; sleep 0.8              # 3. Non conforme
xdotool mousemove --window "$wid" 928 310 click 1; sleep 1.5      # "... seuil à 95 %"
through() { for _ in 1 2 3 4 5 6; do key space; sleep 0.9; done; sleep 1.5; }   # to the recap
through
shot 11-preset
kill -TERM "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
first_page set --chapter 3 --set threshold=95
through
shot 12-set
kill -TERM "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
same 12-set 11-preset
first_page plain --chapter 3
through
shot 13-default
kill -TERM "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
differs 13-default 11-preset

# A language class: L sets the other language under each line, and the
# window remembers it.
first_page bilingual --chapter 1
key space; sleep 2
shot 14-one-language
key l; sleep 1.2
shot 15-two-languages
differs 14-one-language 15-two-languages
kill -TERM "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
grep -q '"bilingual": true' "$tmp/data-bilingual/centimes/settings.json" \
  && ok "two languages are remembered (settings.json)" || fail "settings.json does not say bilingual"

finish classroom "(screenshots in $out)"
