#!/usr/bin/env bash
# Window test: Nuée's tasks are clicks (issue 11). A mod's chapter shows the
# platform with a balance of 19,97 € and chapter 1's captcha: the test finds
# the picture on the screen (its blue band), ticks three tiles, presses
# « Valider », and sees the answer taken (the balance, drawn in the bar,
# changes: the scene pays 0,03 € for the right tiles only), then ticks a box
# on the next picture and sees the balance change again; a step back past
# the chapter's end shows that task on its card, answered.
#
#   tests/window/tasks.sh FICELLE OUT_DIR
#
# Exit 77 (skipped) if Xvfb, xdotool or ImageMagick is missing.
set -uo pipefail

ficelle=${1:?usage: tasks.sh FICELLE OUT_DIR}
out=${2:?usage: tasks.sh FICELLE OUT_DIR}
. "$(dirname "$0")/../lib/tally.sh"
needs tasks Xvfb xdotool import compare convert
mkdir -p "$out"
rm -f "$out"/*.png
. "$(dirname "$0")/../lib/xdisplay.sh"
. "$(dirname "$0")/../lib/trace.sh"
export FICELLE_TEXT_TRACE="$tmp/trace.txt"

xdisplay_start tasks || true
export XDG_DATA_HOME="$tmp/data"
export SDL_AUDIODRIVER=dummy
unset WAYLAND_DISPLAY

# Both tasks ask the same question, so that their pictures sit in the same
# place; the second ticks a box drawn on tile 6.
mkdir -p "$tmp/mod/story"
cat >"$tmp/mod/story/ch01_lundi.lua" <<'LUA'
chapter { id = "ch01", number = 1, side = "yacine", title = "Tâches (mod)", start = "ch01.t" }

scene("ch01.t", function()
  layout "platform" { balance = 1997, reliability = 94, clock = "6 h 13", notice = "Connexion",
                      withdraw_min = 2000 }
  say "Une grille."
  local a = task {
    kind = "image", image = "ch01_captcha", question = "Sélectionnez les feux.",
    grid = { 4.5, 68.5, 471, 351, 3, 3 }, pay = 3, seconds = 30,
    answers = { { "Les trois feux", pick = { 1, 5, 8 } }, { "Avec le poteau", pick = { 1, 5, 6, 8 } } },
  }
  bind { balance = a == 1 and 2000 or 1997 }
  say "Payé, ou pas."
  local b = task {
    kind = "image", image = "ch01_captcha", question = "Sélectionnez les feux.",
    boxes = { { 323, 190, 148, 108 } }, pay = 3,
    answers = { { "Oui", pick = { 1 } }, { "Non", pick = {} } },
  }
  bind { balance = b == 1 and 2003 or 2000 }
  say "Encore."
  end_chapter()
end)
LUA

"$ficelle" --mod "$tmp/mod" --chapter 1 --width 1280 --height 720 >>"$tmp/ficelle.log" 2>&1 &
app_pid=$!
wait_window || { echo "tasks: no window"; cat "$tmp/ficelle.log"; exit 1; }
xdotool mousemove --window "$wid" 5 5 windowfocus --sync "$wid" 2>/dev/null
sleep 0.5
shot() { sleep 0.4; import -window "$wid" "$out/$1.png"; }
# shot_after PREV NAME: a screenshot once the screen is no longer PREV's (a
# loaded machine is slow to draw), 3 s at most.
shot_after() {
  local n
  for _ in $(seq 15); do
    sleep 0.2
    import -window "$wid" "$out/$2.png"
    n=$(compare -metric AE -fuzz 5% "$out/$1.png" "$out/$2.png" null: 2>&1 | cut -d' ' -f1)
    awk -v n="$n" 'BEGIN { exit !(n + 0 > 800) }' && return 0
  done
}
# The bar's figures, where the balance is drawn (the right of Nuée's bar).
bar() { convert "$out/$1.png" -crop 330x70+440+40 +repage "$out/$1.bar.png"; }
bar_changed() {   # bar_changed A B WHAT: the balance drawn in B (taken now, 3 s at most) is not A's
  local n
  for _ in $(seq 15); do
    sleep 0.2
    import -window "$wid" "$out/$2.png"
    bar "$2"
    n=$(compare -metric AE -fuzz 5% "$out/$1.bar.png" "$out/$2.bar.png" null: 2>&1 | cut -d' ' -f1)
    awk -v n="$n" 'BEGIN { exit !(n + 0 > 30) }' && break
  done
  awk -v n="$n" 'BEGIN { exit !(n + 0 > 30) }' && ok "$3 ($n pixels of the bar changed)" \
    || fail "$3: the bar did not change ($n pixels)"
}

xdotool key Return          # the chapter's card
sleep 0.6
xdotool key Return          # "Une grille." -> the task
sleep 4                     # past the choice's grace, and the replay's notice gone
shot task

# Where the picture is: the captcha's blue band (#4a79d8), its top row and its
# width, give its place and scale on the screen.
col=$(convert "$out/task.png" -crop 1x500+300+150 +repage txt:- | grep -i '#4A79D8' | head -1 | sed 's/^0,\([0-9]*\):.*/\1/')
if [ -z "$col" ]; then
  fail "no captcha on the screen"; finish tasks; exit
fi
top=$((150 + col + 8))
row=$(convert "$out/task.png" -crop 700x1+0+$top +repage txt:- | grep -i '#4A79D8' | sed 's/^\([0-9]*\),0:.*/\1/')
left=$(echo "$row" | head -1)
right=$(echo "$row" | tail -1)
oy=$((150 + col))
ok "the captcha is on the screen at x $left-$right, y $oy"
# tile (1..9) -> its centre on the screen
tile() {
  awk -v l="$left" -v r="$right" -v oy="$oy" -v t="$1" 'BEGIN {
    k = (r - l + 1) / 480; c = (t - 1) % 3; w = int((t - 1) / 3)
    printf "%d %d", l + (4.5 + 157 * (c + 0.5)) * k, oy + (68.5 + 117 * (w + 0.5)) * k }'
}
click() { xdotool mousemove --window "$wid" $1 $2 click 1; sleep 0.25; }

click $(tile 1)
shot_after task one_tile
differs task one_tile
click $(tile 5)
click $(tile 6)
click $(tile 6)             # ticked, then unticked
click $(tile 8)
sleep 0.5
shot three_tiles
# Hovering a tile frames it; the pointer then rests on « Valider ».
xdotool mousemove --window "$wid" $(tile 2)
shot_after three_tiles hover
differs three_tiles hover
bar hover
# « Valider », where the trace says it is drawn.
click_text Valider
bar_changed hover sent "Valider took the three lights: the balance went from 19,97 to 20,00 €"
grep -qi "error" "$tmp/ficelle.log" && fail "errors: $(tail -3 "$tmp/ficelle.log")"

xdotool key Return          # "Payé, ou pas." -> the next task
sleep 3                     # the last "+0,03 €" gone from the bar
shot boxes
bar boxes
click $(tile 6)             # the box drawn on tile 6
shot_after boxes box_ticked
differs boxes box_ticked
click_text Valider
bar_changed boxes box_sent "a ticked box answered Oui: the balance went to 20,03 €"
# One line on (the chapter's card), then a step back: the card shows the task
# answered, « Envoyé » and its answer, not the card that waits.
xdotool key Return
sleep 1
xdotool key BackSpace
sleep 1.5
shot rolled_back
if shown "Envoyé" && shown "Oui" && shown "Sélectionnez les feux."; then
  ok "after a rollback the task is on its card, answered"
else
  fail "after a rollback the task answered is not on its card"
fi
kill -0 "$app_pid" 2>/dev/null && ok "the game runs on" || fail "the game died: $(tail -3 "$tmp/ficelle.log")"
kill "$app_pid" 2>/dev/null
wait "$app_pid" 2>/dev/null
app_pid=
finish tasks
