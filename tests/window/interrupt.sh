#!/usr/bin/env bash
# Window test: a scene that loops (a slow loop of C calls, which the
# instruction hook sees only every few milliseconds: minutes under the
# instruction budget) never holds the reader: Esc shows the error
# screen and the menu, SIGTERM ends the game, each within a second. Even in
# one long C call that nothing interrupts (sorting millions of numbers),
# SIGTERM ends the game within a second.
#
#   tests/window/interrupt.sh FICELLE OUT_DIR
#
# Exit 77 (skipped) if Xvfb, xdotool or ImageMagick is missing.
set -uo pipefail

ficelle=${1:?usage: interrupt.sh FICELLE OUT_DIR}
out=${2:?usage: interrupt.sh FICELLE OUT_DIR}
. "$(dirname "$0")/../lib/tally.sh"
needs interrupt Xvfb xdotool import compare
mkdir -p "$out"
rm -f "$out"/*.png
. "$(dirname "$0")/../lib/xdisplay.sh"


xdisplay_start interrupt || true
export XDG_DATA_HOME="$tmp/data"
export SDL_AUDIODRIVER=dummy
unset WAYLAND_DISPLAY

mkdir -p "$tmp/mod/story"
cat >"$tmp/mod/story/ch01_lundi.lua" <<'LUA'
chapter { id = "ch01", number = 1, side = "yacine", title = "Lundi (mod)", start = "ch01.loop" }

scene("ch01.loop", function()
  local t = {}
  for i = 1, 500 do t[i] = ("x"):rep(100) end
  while true do local s = table.concat(t) end
end)
LUA
mkdir -p "$tmp/sort/story"
cat >"$tmp/sort/story/ch01_lundi.lua" <<'LUA'
chapter { id = "ch01", number = 1, side = "yacine", title = "Lundi (mod)", start = "ch01.sort" }

scene("ch01.sort", function()
  local t = {}
  for i = 1, 6000000 do t[i] = (i * 7919) % 6000011 end
  while true do table.sort(t, nil) table.sort(t, function(a, b) return a > b end) end
end)
LUA

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
start() {   # start [MOD]
  "$ficelle" --mod "$tmp/${1:-mod}" --chapter 1 --width 800 --height 500 >>"$tmp/ficelle.log" 2>&1 &
  app_pid=$!
  wait_window || { echo "interrupt: no window"; cat "$tmp/ficelle.log"; exit 1; }
  xdotool mousemove --window "$wid" 5 5 windowfocus --sync "$wid" 2>/dev/null
  sleep 0.5
}

# Esc while the scene loops: the error screen (and the menu over it) within 1 s.
start
xdotool key Return
sleep 0.5
import -window "$wid" "$out/looping.png"
t0=$(now)
xdotool key Escape
for _ in $(seq 20); do   # the time when a capture that shows the change ended
  sleep 0.05
  import -window "$wid" "$out/after_esc.png"
  took=$(since "$t0")
  n=$(compare -metric AE -fuzz 5% "$out/looping.png" "$out/after_esc.png" null: 2>&1 | cut -d' ' -f1)
  awk -v n="$n" 'BEGIN { exit !(n + 0 > 800) }' && break
done
awk -v t="$took" 'BEGIN { exit !(t < 1.0) }' && awk -v n="$n" 'BEGIN { exit !(n + 0 > 800) }' \
  && ok "Esc answers in $took s ($n pixels changed)" || fail "Esc: nothing changed in $took s"
grep -q "was stopped by the reader" "$tmp/ficelle.log" && ok "the step ended in an error saying why: $(grep -o "stopped by the reader after [0-9.]* seconds" "$tmp/ficelle.log")" \
  || fail "no error for the stopped step: $(tail -3 "$tmp/ficelle.log")"
kill -0 "$app_pid" 2>/dev/null && ok "the game goes on after Esc" || fail "the game died on Esc"
stop() {   # SIGTERM, then SIGKILL if the game does not answer
  kill -TERM "$app_pid" 2>/dev/null
  for _ in $(seq 40); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.05; done
  kill -KILL "$app_pid" 2>/dev/null
  wait "$app_pid" 2>/dev/null
  app_pid=
}
stop

# SIGTERM while the scene loops: the game ends within 1 s.
start
xdotool key Return
sleep 0.5
t0=$(now)
kill -TERM "$app_pid"
for _ in $(seq 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.05; done
took=$(since "$t0")
kill -0 "$app_pid" 2>/dev/null && fail "SIGTERM: still running after $took s" \
  || ok "SIGTERM answers in $took s"
stop
# SIGTERM in one long C call (a sort), which no hook interrupts: the game
# leaves without waiting for the story.
start sort
xdotool key Return
sleep 1.5
t0=$(now)
kill -TERM "$app_pid"
for _ in $(seq 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.05; done
took=$(since "$t0")
kill -0 "$app_pid" 2>/dev/null && fail "SIGTERM in a sort: still running after $took s" \
  || ok "SIGTERM in a sort answers in $took s"
stop
finish interrupt
