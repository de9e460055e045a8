#!/usr/bin/env bash
# The terminal frontend and a story's hostile text: control sequences (ESC,
# BEL, the C1 CSI) never reach the terminal, and a line of 1.6 MB is printed
# whole (it was cut after 256 lines of the terminal, without a word).
#
#   FICELLE=build/ficelle tests/text/hostile.sh
set -uo pipefail
ficelle=${FICELLE:?FICELLE: the binary}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/../lib/tally.sh"

mkdir -p "$tmp/mod/story"
cat >"$tmp/mod/story/ch01_lundi.lua" <<'LUA'
chapter { id = "ch01", number = 1, side = "yacine", title = "Lundi \27[2J(mod)", start = "ch01.mod" }

scene("ch01.mod", function()
  say("Rouge \27[31mvert\27[0m \27]0;titre\7fin \194\155" .. "2J tab\tici")
  say("DEBUT " .. ("zzq "):rep(400000) .. "FIN")
  end_chapter()
end)
LUA
start=$(date +%s.%N)
"$ficelle" --text --no-wait --chapter 1 --mod "$tmp/mod" --data-dir "$tmp/data" \
  </dev/null >"$tmp/out" 2>"$tmp/err"
status=$?
took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
[ "$status" = 0 ] && ok "the session ends (status 0, ${took} s)" || { fail "status $status"; cat "$tmp/err"; }
if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$tmp/out"; then
  fail "control characters reached the terminal: $(LC_ALL=C grep -c $'\x1b' "$tmp/out") lines with ESC"
else
  ok "no C0 control but newline reaches the terminal"
fi
if LC_ALL=C grep -q $'\xc2[\x80-\x9f]' "$tmp/out"; then
  fail "a C1 control (U+0080-U+009F) reached the terminal"
else
  ok "no C1 control reaches the terminal"
fi
grep -q "Rouge \[31mvert\[0m \]0.*;titrefin 2J tab ici" "$tmp/out" \
  && ok "the line's printable text is kept" || fail "the line's text: $(grep Rouge "$tmp/out")"
grep -q 'Lundi \[2J(mod)' "$tmp/out" && ok "the chapter's title without its ESC" \
  || fail "the chapter's title: $(grep Lundi "$tmp/out")"
words=$(tr ' ' '\n' <"$tmp/out" | grep -c "^zzq$")
[ "$words" = 400000 ] && ok "the 1.6 MB line is printed whole ($words words)" \
  || fail "the 1.6 MB line lost words: $words of 400000"
grep -q 'FIN$' "$tmp/out" && ok "... to its last word" || fail "the 1.6 MB line's end is missing"
finish hostile
