#!/usr/bin/env bash
# A save whose scene an edit removed: it was refused as damaged and set aside
# (the reader's game lost); it resumes at its chapter's start, with the
# reader's choices, and the terminal says so.
#
#   FICELLE=build/ficelle tests/text/scene_gone.sh
set -uo pipefail
ficelle=${FICELLE:?FICELLE: the binary}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/../lib/tally.sh"

mkdir -p "$tmp/mod/story"
chapter() {   # chapter SCENE: chapter 1, its second scene named SCENE
  cat >"$tmp/mod/story/ch01_lundi.lua" <<LUA
chapter { id = "ch01", number = 1, side = "yacine", title = "Lundi (mod)", start = "ch01.a",
  defaults = { pris = "rien" }, sets = { "pris" } }

scene("ch01.a", function()
  say("Déjà pris : " .. v.pris .. ".")
  local c = choose { "Le thé", "Le café" }
  v.pris = c == 1 and "thé" or "café"
  jump "$1"
end)

scene("$1", function()
  say("Vous avez pris : " .. v.pris .. ".")
  say "Deuxième ligne."
  end_chapter()
end)
LUA
}
play() { "$ficelle" --text --trace --chapter 1 --mod "$tmp/mod" --data-dir "$tmp/data" 2>>"$tmp/err"; }

chapter ch01.b
printf '\n\nLe café\n\n:save\n:quit\n' | play >"$tmp/first"
grep -q "Déjà pris.*rien\." "$tmp/first" || fail "the first session: $(cat "$tmp/first")"
grep -q "Partie sauvegardée" "$tmp/first" && ok "saved in scene ch01.b" \
  || { fail "no save: $(cat "$tmp/first" "$tmp/err")"; }

chapter ch01.renamed   # the writer renames the scene the save is in
printf '\n:load\n\n\n\n' | play >"$tmp/second"
grep -q "sa scène n’existe plus. Reprise au début du chapitre 1" "$tmp/second" \
  && ok "the load says the scene is gone and where it resumes" \
  || fail "the load: $(grep -A2 ':load\|load' "$tmp/second" | head -5) $(cat "$tmp/err")"
sed -n '/Reprise/,$p' "$tmp/second" | grep -q "Chapitre 1 — Lundi (mod)" \
  && ok "it resumes at the chapter's title card" || fail "no chapter card after the load"
sed -n '/Reprise/,$p' "$tmp/second" | grep -q "Déjà pris.*café\." \
  && ok "with the reader's choice (café)" || fail "the reader's choice is lost"
[ -e "$tmp/data/saves/text.sav" ] && [ ! -e "$tmp/data/saves/text.sav.damaged" ] \
  && ok "the save is kept, not set aside as damaged" || fail "the save was set aside: $(ls "$tmp/data/saves")"
finish scene-gone
