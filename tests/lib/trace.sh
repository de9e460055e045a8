# Sourced by window tests that read the game's text trace (FICELLE_TEXT_TRACE,
# written by engine/sdl/draw.c: each frame's runs of text with their boxes):
# what is on screen and where, instead of coordinates that move with a layout.
# Needs $wid (the game's window) and fail (tally.sh).

# shown TEXT: the frame on screen holds a run of TEXT (the trace's last frame).
shown() {
  awk '/^frame /{ f = "" } { f = f $0 "\n" } /^end$/{ last = f } END { printf "%s", last }' \
    "$FICELLE_TEXT_TRACE" | grep -F -- "$1" >/dev/null   # (not -q: awk would get SIGPIPE)
}
# click_text TEXT: a click in the middle of the run that is TEXT (last frame).
click_text() {
  local at
  at=$(awk -v t="$1" '/^frame /{ n = 0 } /^text /{ s = $0; for (i = 0; i < 8; i++) sub(/^[^ ]* /, "", s)
         if (s == t) { x = $3 + int($5 / 2); y = $4 + int($6 / 2) } } /^end$/{ ax = x; ay = y }
         END { if (ax != "") print ax, ay }' "$FICELLE_TEXT_TRACE")
  [ -n "$at" ] || { fail "\"$1\" is not on screen"; return 1; }
  xdotool mousemove --window "$wid" ${at% *} ${at#* } click 1; sleep 1
}
