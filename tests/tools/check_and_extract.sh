#!/usr/bin/env bash
# `ficelle check` and `ficelle extract` on small stories made here: the checker
# reports each kind of defect with its file and line and fails; on a clean story
# it passes; extract writes a catalog, and after a typo fix in the French it
# carries the translation over, marked for review, instead of losing it. (The
# stories are the base game, read from --archive DIR, without mods; extract
# writes a base game's catalogs only with --dev. Mods: tests/tools/mods.sh.)
set -euo pipefail
ficelle=${FICELLE:?} src=${SOURCE_ROOT:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*"; exit 1; }
# check_fails DIR OUT WHY [ARGS...]: check (with ARGS) on DIR, its report into
# OUT and shown; it must exit 1 (something found), else the test fails: WHY.
check_fails() {
  local dir=$1 out=$2 why=$3 status=0
  shift 3
  "$ficelle" check --no-mods "$@" --archive "$dir" > "$out" || status=$?
  cat "$out"
  [ "$status" -eq 1 ] || fail "$why (status $status)"
}

. "$(dirname "$0")/../lib/stories.sh"

make_story "$tmp/bad" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a" }
scene("c1.a", function()
  local c = choose { "mort", "nulle part", "erreur", "bien" }
  if c == 1 then jump "c1.dead" end
  if c == 2 then jump "c1.nowhere" end
  if c == 3 then local x = nil; x.y = 1 end
  end_chapter()
end)
scene("c1.dead", function()
  say "Et puis rien."
end)
scene("c1.orphan", function()
  end_chapter()
end)
LUA
mkdir -p "$tmp/bad/story/i18n/en"
echo '{"entries": []}' > "$tmp/bad/story/i18n/en/a.json"

check_fails "$tmp/bad" "$tmp/out" "check should exit 1 on a broken story"
grep -q "story/a.lua:11: scene 'c1.dead' ended without jump" "$tmp/out" || fail "dead end"
grep -q "story/a.lua:5: jump to an unknown scene 'c1.nowhere'" "$tmp/out" || fail "unknown jump"
grep -q "story/a.lua:6: attempt to index a nil value" "$tmp/out" || fail "runtime error"
grep -q "story/a.lua:12: scene 'c1.orphan' is never reached" "$tmp/out" || fail "unreached"
grep -q "story/a.lua:3: \[en\] missing translation of \"bien\"" "$tmp/out" || fail "missing translation"

# A syntax error: check says where, first, and does not bury it under a
# "never reached" for every scene it stops.
make_story "$tmp/syntax" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a" }
scene("c1.a", function() say "Un." jump "c1.b" end)
scene("c1.b", function() say "Deux." jump "c1.c" end)
scene("c1.c", function() say "Trois." end_chapter() end)
LUA
cat > "$tmp/syntax/story/b.lua" <<'LUA'
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a" }
scene("c2.a", function()
  if then
end)
LUA
check_fails "$tmp/syntax" "$tmp/out" "check should exit 1 on a syntax error"
head -n 1 "$tmp/out" | grep -q "story/b.lua:3:" || fail "the syntax error is not the first line"
! grep -q "never reached" "$tmp/out" || fail "the syntax error is buried under 'never reached'"
grep -q "its 3 scenes were not played" "$tmp/out" || fail "no word of the scenes not played"
! grep -q "every branch played" "$tmp/out" || fail "'every branch played' when none was"

# Variables: a chapter reads and sets only what it declares; a misspelt name is
# an error at its line with the nearest declared one, and a chapter that reads
# what no earlier chapter sets is named (its default would always stand).
make_story "$tmp/vars" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a",
  defaults = { threshold = 88 }, sets = { "threshold", "seen" } }
scene("c1.a", function()
  local c = choose { "lire", "poser", "bien" }
  if c == 1 and v.treshold then say "jamais" end
  if c == 2 then v.sen = true end
  v.seen = true
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a",
  defaults = { thresold = 80 } }
scene("c2.a", function() say "Fin." end_chapter() end)
LUA
check_fails "$tmp/vars" "$tmp/out" "check should exit 1 on undeclared variables"
grep -q "story/a.lua:5: v.treshold: chapter c1 does not declare this variable (did you mean 'threshold'?)" "$tmp/out" \
  || fail "a misspelt variable read"
grep -q "story/a.lua:6: v.sen: chapter c1 does not declare that it sets this variable (did you mean 'seen'?)" "$tmp/out" \
  || fail "an undeclared variable set"
grep -q "story/a.lua: chapter c2 reads 'thresold' (its defaults), which no chapter before it sets" "$tmp/out" \
  || fail "a default no chapter sets"
status=0
"$ficelle" --text --no-wait --no-mods --archive "$tmp/vars" --set treshold=3 </dev/null > "$tmp/out" 2>&1 || status=$?
grep -q "did you mean 'threshold'" "$tmp/out" || fail "--set of a misspelt name: $(cat "$tmp/out")"

# Names written wrong, each reported by check at the writer's line with the
# nearest name there is: a layout, a drawing, a binding, a panel kind, the key
# of an interface text.
make_story "$tmp/names" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a" }
scene("c1.a", function()
  local c = choose { "mise en page", "image", "champ", "panneau", "libellé", "bien" }
  if c == 1 then layout "plaform" {} end
  if c == 2 then task { kind = "image", image = "ru", question = "Q", answers = { "A" } } end
  if c == 3 then layout "platform" { balanse = 1 } end
  if c == 4 then layout "broken" end
  if c == 5 then layout "labels" end
  end_chapter()
end)
LUA
mkdir -p "$tmp/names/lua/layouts" "$tmp/names/lua/i18n/fr" "$tmp/names/story/images"
cp "$src/lua/layouts/platform.lua" "$tmp/names/lua/layouts/"
cp "$src/lua/i18n/fr/"*.json "$tmp/names/lua/i18n/fr/"
echo 'return { width = 4, height = 3, shapes = {} }' > "$tmp/names/story/images/rue.lua"
echo 'return { panels = { { kind = "line", rect = { 0, 0, 1, 1 } } } }' > "$tmp/names/lua/layouts/broken.lua"
echo 'return { panels = { { kind = "bar", rect = { 0, 0, 1, 1 }, items = { { bind = "balance", label = "platform.balanse" } } } } }' \
  > "$tmp/names/lua/layouts/labels.lua"
check_fails "$tmp/names" "$tmp/out" "check should exit 1 on names written wrong"
grep -q "story/a.lua:4: layout plaform: there is no layout 'plaform' (lua/layouts/plaform.lua) (did you mean 'platform'?)" "$tmp/out" \
  || fail "a misspelt layout"
grep -q "story/a.lua:5: .*there is no image 'ru' .*(did you mean 'rue'?)" "$tmp/out" || fail "a misspelt drawing"
grep -q "story/a.lua:6: .*layout 'platform' shows no 'balanse' (it shows: .*balance" "$tmp/out" || fail "a misspelt binding"
grep -q "story/a.lua:7: .*lua/layouts/broken.lua: panel 1: no panel kind 'line' (did you mean 'lines'?)" "$tmp/out" \
  || fail "a misspelt panel kind"
grep -q "story/a.lua:8: .*lua/layouts/labels.lua: panel 1 (bar): no interface text 'platform.balanse' .*(did you mean 'platform.balance'?)" "$tmp/out" \
  || fail "a misspelt interface text"

good_story "$tmp/good"
"$ficelle" check --no-mods --archive "$tmp/good" > "$tmp/out" || fail "check should pass a clean story: $(cat "$tmp/out")"
grep -q "every branch played" "$tmp/out" || fail "a small story is played whole"

# extract: a catalog, translated; then the French gets a typo fixed.
"$ficelle" extract --lang en --dev --no-mods --archive "$tmp/good" > "$tmp/out"
cat="$tmp/good/story/i18n/en/a.json"
[ -f "$cat" ] || fail "extract wrote no catalog"
python3 - "$cat" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
en = {"Un": "One", "Il pleut sur Creil.": "It is raining on Creil.", "Sortir": "Go out",
      "Rester": "Stay", "Dehors, le froid.": "Outside, the cold.",
      "Dedans, le bruit du frigo.": "Inside, the hum of the fridge."}
assert {e["fr"] for e in c["entries"]} == set(en), [e["fr"] for e in c["entries"]]
for e in c["entries"]:
    e["en"] = en[e["fr"]]
json.dump(c, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
"$ficelle" check --no-mods --archive "$tmp/good" > "$tmp/out" || fail "translated story should pass: $(cat "$tmp/out")"
sed -i 's/Il pleut sur Creil\./Il pleut sur Creil…/' "$tmp/good/story/a.lua"
"$ficelle" extract --lang en --dev --no-mods --archive "$tmp/good" > "$tmp/out"
grep -q "1 carried over to review" "$tmp/out" || fail "the edited line's translation was not carried over: $(cat "$tmp/out")"
python3 - "$cat" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
e = [e for e in c["entries"] if e["fr"] == "Il pleut sur Creil…"][0]
assert e["en"] == "It is raining on Creil." and e.get("review") is True, e
assert e["was"] == "Il pleut sur Creil.", e
PY
status=0
"$ficelle" check --no-mods --archive "$tmp/good" > "$tmp/out" || status=$?
[ $status -eq 1 ] && grep -q "translation to review" "$tmp/out" || fail "check should report the line to review"
# Endings: check names each ending a chapter lists, with the paths that reach
# it, and fails on one never reached; the window's and the terminal's end shows
# the summary and the credits; ending{} refuses an id no chapter lists.
make_story "$tmp/endings" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a",
  endings = { "sortie", "reste", "jamais" } }
scene("c1.a", function()
  local c = choose { "Sortir", "Rester", "Se tromper" }
  if c == 1 then
    ending { id = "sortie", title = "Dehors", summary = { "Vous êtes sorti.", { "Pluie : {mm} mm.", { mm = 12 } } },
             credits = { "Écrit pour le test." } }
  elseif c == 2 then
    ending { id = "reste", title = "Dedans" }
  end
  ending { id = "ailleurs", title = "Nulle part" }
end)
LUA
check_fails "$tmp/endings" "$tmp/out" "check should fail on an ending never reached"
grep -q "^check: ending 'sortie' (Dehors) reached on 1 path, from 1 of 1 entry state of chapter c1$" "$tmp/out" \
  || fail "ending sortie not reported"
grep -q "^check: ending 'reste' (Dedans) reached on 1 path, from 1 of 1 entry state of chapter c1$" "$tmp/out" \
  || fail "ending reste not reported"
grep -q "^error: chapter c1: ending 'jamais' is never reached" "$tmp/out" || fail "ending jamais not reported"
grep -q "story/a.lua:11: ending: 'ailleurs' is not in any chapter's endings" "$tmp/out" \
  || fail "an ending no chapter lists: $(grep error "$tmp/out")"
# An ending that a search cut by its budget did not reach may lie beyond it:
# check says so, and does not call it never reached (every option was taken:
# no error); a search that goes far enough reaches it.
make_story "$tmp/far" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a",
  endings = { "court", "long" } }
scene("c1.a", function()
  if choose { "Court", "Long" } == 1 then ending { id = "court", title = "Court" } end
  for _ = 1, 60 do say "Encore." end
  ending { id = "long", title = "Long" }
end)
LUA
"$ficelle" check --no-mods --jobs 1 --budget 30 --archive "$tmp/far" > "$tmp/out" \
  || fail "an ending beyond the budget made check fail: $(cat "$tmp/out")"
grep -q "^check: chapter c1: ending 'long' not reached before the budget stopped the search" "$tmp/out" \
  && ! grep -q "never reached" "$tmp/out" || fail "an ending beyond the budget: $(cat "$tmp/out")"
"$ficelle" check --no-mods --jobs 1 --archive "$tmp/far" > "$tmp/out" || fail "the far ending: $(cat "$tmp/out")"
grep -q "^check: ending 'long' (Long) reached on 1 path" "$tmp/out" || fail "the far ending, whole: $(cat "$tmp/out")"
"$ficelle" --text --no-wait --no-mods --archive "$tmp/endings" <<<"1" > "$tmp/out" 2>&1 || fail "play: $(cat "$tmp/out")"
# (this story has no interface texts: their keys show, text.ending_summary and text.ending_credits)
grep -q "— Dehors ══" "$tmp/out" && grep -q "ending_summary" "$tmp/out" && grep -q "• Vous êtes sorti." "$tmp/out" \
  && grep -q "• Pluie.*12.mm" "$tmp/out" && grep -q "ending_credits" "$tmp/out" && grep -q "Écrit pour le test." "$tmp/out" \
  || fail "the end in the terminal: $(cat "$tmp/out")"
"$ficelle" --text --no-wait --no-mods --archive "$tmp/endings" <<<"2" > "$tmp/out" 2>&1 || fail "play 2: $(cat "$tmp/out")"
grep -q "— Dedans ══" "$tmp/out" && ! grep -q "ending_summary" "$tmp/out" || fail "an ending without summary: $(cat "$tmp/out")"
# Chapters explored apart, from every state the chapters before leave them in:
# chapter 2 forks only when chapter 1 chose its third option, and chapter 3
# fails only on a state chapter 2 reaches from that entry alone. check finds
# the error, says from which entry and by which options, and says the search
# is exhaustive; one worker and two give the same report, but for the figures
# of what the search played.
make_story "$tmp/entries" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a", sets = { "key" } }
scene("c1.a", function()
  v.key = choose { "Rouge", "Vert", "Bleu" }
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a",
  defaults = { key = 1 }, sets = { "door" } }
scene("c2.a", function()
  v.door = false
  if v.key == 3 then
    if choose { "Passer", "Ouvrir" } == 2 then jump "c2.porte" end
  end
  say "Rien."
  end_chapter()
end)
scene("c2.porte", function()
  v.door = true
  say "La porte s'ouvre."
  end_chapter()
end)
chapter { id = "c3", number = 3, side = "yacine", title = "Trois", start = "c3.a",
  defaults = { key = 1, door = false }, endings = { "fin" } }
scene("c3.a", function()
  if v.door and v.key == 3 then error("derrière la porte") end
  ending { id = "fin", title = "Fin" }
end)
LUA
for jobs in 1 2; do
  check_fails "$tmp/entries" "$tmp/out$jobs" "check --jobs $jobs should fail on the error behind the door" --jobs $jobs
  grep -q "^error: story/a.lua:24: .*derrière la porte" "$tmp/out$jobs" || fail "the error from one entry state only (--jobs $jobs)"
  grep -q '^       reached: chapter c3 begun with {"door":true,"key":3}, no option taken$' "$tmp/out$jobs" \
    || fail "the entry that reaches it (--jobs $jobs)"
  grep -q "^check: chapter c2: 3 entry states, .*; 4 states passed on; exhaustive$" "$tmp/out$jobs" \
    || fail "chapter 2's entries (--jobs $jobs)"
  grep -q "^check: chapter c3: 4 entry states, .*; exhaustive$" "$tmp/out$jobs" || fail "chapter 3's entries (--jobs $jobs)"
  grep -q "^check: exhaustive: every state of every chapter from each of its entry states (8 in all)" "$tmp/out$jobs" \
    || fail "the search does not say it is exhaustive (--jobs $jobs)"
  grep -Eq "^check: ending 'fin' \(Fin\) reached on [0-9]+ paths?, from 3 of 4 entry states of chapter c3$" "$tmp/out$jobs" \
    || fail "the ending's paths (--jobs $jobs)"
done
# (What the search played depends on how the entries were dealt: each worker
# plays its share as one group, split where a scene reads what they differ in.)
figures() { sed -E 's/[0-9]+ events, [0-9]+ states, [0-9]+ paths/N events, N states, N paths/; s/reached on [0-9]+ paths?/reached on N paths/; s/[0-9]+ reached an end/N reached an end/' "$1"; }
[ "$(figures "$tmp/out1")" = "$(figures "$tmp/out2")" ] || fail "one worker and two do not give the same report"
# The entries whose door is shut never read the key: one worker plays them
# as one path, the open door's apart (each entry its own path before).
grep -q "^check: ending 'fin' (Fin) reached on 1 path, from 3 of 4 entry states of chapter c3$" "$tmp/out1" \
  || fail "the shut doors' entries not played as one path"
# A group of entry states is divided where the story reads what they differ
# in, on the path that reads it, and goes on from that path's last choice:
# chapter 2 reads `open` only after its choice's second option, and `coins`
# only when something was paid, or through a placeholder filled in from v
# (the engine notes those reads too: without, the third error is missed).
make_story "$tmp/lazy" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a", sets = { "open", "coins" } }
scene("c1.a", function()
  v.open = choose { "Ouvert", "Fermé" } == 1
  v.coins = ({ 1, 2, "trois" })[choose { "Un", "Deux", "Trois" }]
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a",
  defaults = { open = false, coins = 1 }, sets = { "paid" } }
scene("c2.a", function()
  v.paid = 0
  say "Le matin."
  if choose { "Attendre", "Regarder" } == 2 and v.open then
    v.paid = 10
  end
  jump "c2.b"
end)
scene("c2.b", function()
  if v.paid > 0 then
    v.paid = v.paid * v.coins
  end
  say "{coins:int} dans la poche."
  end_chapter()
end)
chapter { id = "c3", number = 3, side = "yacine", title = "Trois", start = "c3.a",
  defaults = { paid = 0 }, endings = { "fin" } }
scene("c3.a", function()
  if v.paid == 20 then error("vingt") end
  ending { id = "fin", title = "Fin" }
end)
LUA
for jobs in 1 2; do
  check_fails "$tmp/lazy" "$tmp/lazy$jobs" "check --jobs $jobs should fail on the values read late" --jobs $jobs
  grep -q "^error: story/a.lua:19: attempt to mul a 'number' with a 'string'$" "$tmp/lazy$jobs" \
    && grep -q '^       reached: chapter c2 begun with {"coins":"trois","open":true}, options story/a.lua:12#2$' "$tmp/lazy$jobs" \
    || fail "the sum read after the choice (--jobs $jobs)"
  grep -q '^error: story/a.lua:21: placeholder {coins:int} needs a number$' "$tmp/lazy$jobs" \
    || fail "the value read by a placeholder only (--jobs $jobs)"
  grep -q '^error: story/a.lua:27: vingt$' "$tmp/lazy$jobs" \
    && grep -q '^       reached: chapter c3 begun with {"paid":20}, no option taken$' "$tmp/lazy$jobs" \
    || fail "the way out of chapter 2 for the entries that paid 20 (--jobs $jobs)"
  grep -q "^check: chapter c3: 3 entry states, .*; exhaustive$" "$tmp/lazy$jobs" \
    && grep -q "^check: exhaustive: every state of every chapter" "$tmp/lazy$jobs" \
    || fail "chapter 3's entries, or the search's end (--jobs $jobs)"
done
[ "$(figures "$tmp/lazy1")" = "$(figures "$tmp/lazy2")" ] || fail "one worker and two do not give the same report (values read late)"
# A story API that cannot note reads (an older one, in an archive of its own)
# has its groups split at the entry of each scene that may read what they
# differ in, as before: the same errors, from the same entries.
cp -r "$tmp/lazy" "$tmp/unwatched"
sed -i '/^  watched = {},/d' "$tmp/unwatched/lua/ficelle/story.lua"
! grep -q "watched = {}" "$tmp/unwatched/lua/ficelle/story.lua" || fail "the story API still notes reads"
check_fails "$tmp/unwatched" "$tmp/unwatched.out" "check should fail without the reads noted" --jobs 1
[ "$(grep -E '^(error|       reached)' "$tmp/unwatched.out" | sort)" = "$(grep -E '^(error|       reached)' "$tmp/lazy1" | sort)" ] \
  || fail "not the same errors with the groups split at scenes' entries"
# A part divided from its group goes on with its own values, those of the
# chapter's sets included: chapter 2 tells Nadia only when she was not told,
# and passes on that she was, from every entry (the part that had not told her
# once went on with the value of the entry that had, and wrote no change).
make_story "$tmp/told" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a", sets = { "told" } }
scene("c1.a", function()
  v.told = choose { "Le dire", "Se taire" } == 1
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a",
  defaults = { told = true }, sets = { "told" } }
scene("c2.a", function()
  say "Le soir."
  if not v.told then
    say "Il le lui dit."
    v.told = true
  end
  end_chapter()
end)
chapter { id = "c3", number = 3, side = "yacine", title = "Trois", start = "c3.a",
  defaults = { told = true }, endings = { "fin" } }
scene("c3.a", function()
  if not v.told then error("jamais dit") end
  ending { id = "fin", title = "Fin" }
end)
LUA
"$ficelle" check --no-mods --archive "$tmp/told" > "$tmp/told.out" || fail "check on a value written for one part: $(cat "$tmp/told.out")"
grep -q "^check: chapter c3: 1 entry state, .*; exhaustive$" "$tmp/told.out" \
  || fail "chapter 2 passed on a value its part did not leave: $(cat "$tmp/told.out")"
# A chapter's entry states are played as one until a scene may read what they
# differ in, and split there. Chapter 2's first scene reads nothing of its six
# entry states (played once, with --jobs 1); its second reads `key` through a
# helper of the file and `coins` only through a placeholder, and one value of
# each leads to an error: both are found, each from an entry that has it.
make_story "$tmp/groups" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a", sets = { "key", "coins" } }
scene("c1.a", function()
  v.key = choose { "Rouge", "Vert", "Bleu" }
  v.coins = choose { "Peu", "Beaucoup" } == 1 and 3 or "beaucoup"
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a",
  defaults = { key = 1, coins = 3 }, sets = { "door" } }
-- late() opens the door (named in a comment: c2.a, which does not call it, still reads nothing)
local function late()
  return v.key == 3
end
scene("c2.a", function()
  say "Le couloir."
  jump "c2.b"
end)
scene("c2.b", function()
  v.door = late() and choose { "Passer", "Ouvrir" } == 2
  say "Il a {coins:euros} en poche."
  end_chapter()
end)
chapter { id = "c3", number = 3, side = "yacine", title = "Trois", start = "c3.a",
  defaults = { door = false }, endings = { "fin" } }
scene("c3.a", function()
  if v.door then error("derrière la porte") end
  ending { id = "fin", title = "Fin" }
end)
LUA
for jobs in 1 2; do
  check_fails "$tmp/groups" "$tmp/groups$jobs" "check --jobs $jobs should fail on both errors" --jobs $jobs
  grep -q "^error: story/a.lua:19: placeholder {coins:euros} needs a number$" "$tmp/groups$jobs" \
    || fail "a variable read only in a placeholder split the entry states (--jobs $jobs)"
  grep -q '^       reached: chapter c2 begun with {"coins":"beaucoup".*}, ' "$tmp/groups$jobs" \
    || fail "the entry that reaches the placeholder's error (--jobs $jobs)"
  grep -q "^error: story/a.lua:25: .*derrière la porte" "$tmp/groups$jobs" \
    || fail "a variable read only in a helper the scene calls split the entry states (--jobs $jobs)"
  grep -q "^check: chapter c2: 6 entry states, .*; 2 states passed on; exhaustive$" "$tmp/groups$jobs" \
    || fail "chapter 2's entries and what it passes on (--jobs $jobs)"
done
grep -q "^check: chapter c2: 6 entry states, 12 events, " "$tmp/groups1" \
  || fail "chapter 2's first scene was not played once for its six entry states (a helper named in a comment is not called)"
# A variable that only chooses text (engine/tools/shown.h) does not split the
# entry states: chapter 2's scene shows the mood in a choice of lines, the sum
# in a placeholder and the weather in a recap, so its six entry states play it
# once, and it is probed again for each value not shown yet (here two): the
# line only the sad mood shows has an error, found from the entry that holds it.
make_story "$tmp/shown" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a", sets = { "mood", "sum" } }
scene("c1.a", function()
  v.mood = choose { "Gai", "Triste" } == 2 and "triste" or "gai"
  v.sum = choose { "Un", "Deux", "Trois" }
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a",
  defaults = { mood = "gai", sum = 1 }, sets = { "out" }, endings = { "fin" } }
scene("c2.a", function()
  if v.mood == "triste" then say "Il pleut sur {ville}." else say "Il fait beau." end
  say("Il a compté {s} fois.", { s = v.sum })
  v.out = choose { "Rester", "Partir" }
  say "La rue."
  recap(v.mood == "gai" and "Il faisait beau." or "Il pleuvait.")
  ending { id = "fin", title = "Fin" }
end)
LUA
for jobs in 1 2; do
  check_fails "$tmp/shown" "$tmp/shown$jobs" "check --jobs $jobs should find the sad line's error" --jobs $jobs
  grep -q "^error: story/a.lua:10: .*{ville}" "$tmp/shown$jobs" \
    || fail "a line only one value of a text choice shows was not played (--jobs $jobs)"
  grep -q '^       reached: chapter c2 begun with {"mood":"triste".*}, ' "$tmp/shown$jobs" \
    || fail "the entry that reaches the sad line's error (--jobs $jobs)"
  grep -q "^check: chapter c2: 6 entry states, .*; exhaustive$" "$tmp/shown$jobs" \
    || fail "chapter 2's entries (--jobs $jobs)"
done
grep -q "^check: chapter c2: 6 entry states, 20 events, " "$tmp/shown1" \
  || fail "chapter 2's scene was split on what only chooses its text"
# The values that choose a text together are shown together: the first line
# shows the sum as money when the mood is sad, so it is played with each pair
# of the two (the sum that is not a number, sad, is found); the second shows
# the sum alone. (Each probe stops at its first error, as any path does.)
make_story "$tmp/together" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a", sets = { "mood", "sum" } }
scene("c1.a", function()
  v.mood = choose { "Gai", "Triste" } == 2 and "triste" or "gai"
  v.sum = ({ 1, 2, "trois" })[choose { "Un", "Deux", "Trois" }]
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a",
  defaults = { mood = "gai", sum = 1 }, endings = { "fin" } }
scene("c2.a", function()
  if v.mood == "triste" then say("Il lui reste {s:euros}.", { s = v.sum }) else say "Rien." end
  say("Compté : {s}.", { s = v.sum })
  ending { id = "fin", title = "Fin" }
end)
LUA
for jobs in 1 2; do
  check_fails "$tmp/together" "$tmp/together$jobs" "check --jobs $jobs should find the sad money line's error" --jobs $jobs
  grep -q "^error: story/a.lua:10: placeholder {s:euros} needs a number$" "$tmp/together$jobs" \
    || fail "a line two variables choose together was not played with each pair (--jobs $jobs)"
  grep -q '^       reached: chapter c2 begun with {"mood":"triste","sum":"trois"}, ' "$tmp/together$jobs" \
    || fail "the entry that reaches the sad money line's error (--jobs $jobs)"
done
# What the scenes after a state only show leaves its key: the chapter's own
# letter and sum are only shown in c1.c, so c1.b is one state, played again
# for each letter not shown yet from there (three), and c1.c is played for
# each letter or sum it has not shown (five states, not nine); the sum that is
# no number is still shown, and its error found.
make_story "$tmp/later_text" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a",
  sets = { "letter", "sum" }, endings = { "fin" } }
scene("c1.a", function()
  v.letter = choose { "Alpha", "Bêta", "Gamma" }
  jump "c1.b"
end)
scene("c1.b", function()
  local c = choose { "Dix", "Vingt", "Rien" }
  v.sum = c == 3 and "rien" or c * 10
  jump "c1.c"
end)
scene("c1.c", function()
  say(v.letter == 1 and "Alpha." or "Une autre lettre.")
  say("Somme : {s:euros}.", { s = v.sum })
  choose { "Oui", "Non" }
  ending { id = "fin", title = "Fin" }
end)
LUA
for jobs in 1 2; do
  check_fails "$tmp/later_text" "$tmp/later_text$jobs" "check --jobs $jobs should find the sum that is no number" --jobs $jobs
  grep -q "^error: story/a.lua:14: placeholder {s:euros} needs a number$" "$tmp/later_text$jobs" \
    || fail "a value only shown later was not shown (--jobs $jobs)"
  grep -q "^check: chapter c1: 1 entry state, [0-9]* events, 10 states, .*; exhaustive$" "$tmp/later_text$jobs" \
    || fail "what only shows text was kept in the states' keys (--jobs $jobs)"
done
# A function of story/lib/ counts only for the scenes that name it: c1.b
# calls tally.label, which reads nothing, not tally.weather_word, which reads
# the weather, so the weather is still only shown there (five states, not six).
make_story "$tmp/lib_calls" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a",
  sets = { "mood", "weather" }, endings = { "fin" } }
local tally = require "lib.tally"
scene("c1.a", function()
  v.mood = choose { "Gai", "Triste" }
  v.weather = choose { "Soleil", "Pluie" }
  jump "c1.b"
end)
scene("c1.b", function()
  say("Il y a " .. tally.label(2) .. " nuages.")
  if v.mood == 1 then say "Gai." else say "Triste." end
  if v.weather == 1 then say "Soleil." else say "Pluie." end
  choose { "Rester", "Partir" }
  ending { id = "fin", title = "Fin" }
end)
LUA
mkdir -p "$tmp/lib_calls/story/lib"
cat > "$tmp/lib_calls/story/lib/tally.lua" <<'LUA'
local M = {}

function M.label(n)
  return n == 1 and "un" or "des"
end

function M.weather_word()
  return v.weather == 1 and "soleil" or "pluie"
end

return M
LUA
"$ficelle" check --no-mods --jobs 1 --archive "$tmp/lib_calls" > "$tmp/out" || fail "a clean story with a lib: $(cat "$tmp/out")"
cat "$tmp/out"
grep -q "^check: chapter c1: 1 entry state, [0-9]* events, 5 states, .*; exhaustive$" "$tmp/out" \
  || fail "a lib function the scene does not call made what it only shows decide"
# Entry states that differ only in what the chapter only shows are played from
# as few of them as show each value (chapter 2: three of the six for each key),
# and each of the others leaves by the ways of the one that stands for it:
# chapter 3 gets all twelve states, and the one that breaks it. (And a part of
# a group played again from its scene's entry reads in the scene's first step
# what it differs in: chapter 3 reads the mood, then for the weary the
# weather, then for those in the rain the way out, all before its first line;
# each part is divided in turn.)
make_story "$tmp/stand" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a",
  sets = { "mood", "weather", "key" } }
scene("c1.a", function()
  v.mood = choose { "Gai", "Triste", "Las" }
  v.weather = choose { "Soleil", "Pluie" }
  v.key = choose { "Rouge", "Vert" }
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a",
  defaults = { mood = 1, weather = 1, key = 1 }, sets = { "out" } }
scene("c2.a", function()
  if v.mood == 1 then say "Gai." elseif v.mood == 2 then say "Triste." else say "Las." end
  if v.weather == 1 then say "Soleil." else say "Pluie." end
  v.out = v.key == 2 and choose { "Rester", "Partir" } or 1
  end_chapter()
end)
chapter { id = "c3", number = 3, side = "yacine", title = "Trois", start = "c3.a",
  defaults = { mood = 1, weather = 1, out = 1 }, endings = { "fin" } }
scene("c3.a", function()
  if v.mood == 3 and v.weather == 2 and v.out == 2 then error("las, sous la pluie, parti") end
  ending { id = "fin", title = "Fin" }
end)
LUA
for jobs in 1 2; do
  check_fails "$tmp/stand" "$tmp/stand$jobs" "check --jobs $jobs should find the error of chapter 3" --jobs $jobs
  grep -q "^check: chapter c2: 12 entry states, .* 12 states passed on; exhaustive$" "$tmp/stand$jobs" \
    || fail "the entries played for others did not pass on theirs (--jobs $jobs)"
  grep -q "^error: story/a.lua:20: .*las, sous la pluie, parti" "$tmp/stand$jobs" \
    || fail "an entry not played did not reach the next chapter (--jobs $jobs)"
done
# A state keeps what the scenes after it read: chapter 2's first scene reads
# nothing, but its next reads key through v[...] (no static scan bounds that)
# and a helper of the file reads door: neither is dropped, so the entries do
# not meet before the scene that tells them apart.
make_story "$tmp/later" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a", sets = { "key", "door" } }
scene("c1.a", function()
  v.key = choose { "Rouge", "Vert", "Bleu" }
  v.door = choose { "Fermer", "Ouvrir" } == 2
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a",
  defaults = { key = 1, door = false } }
local function open_door() return v.door end
scene("c2.a", function()
  say "Début."
  jump "c2.b"
end)
scene("c2.b", function()
  if v["key"] == 3 then error("clé trois") end
  jump "c2.c"
end)
scene("c2.c", function()
  if open_door() then error("porte ouverte") end
  end_chapter()
end)
LUA
status=0
"$ficelle" check --no-mods --archive "$tmp/later" > "$tmp/out" || status=$?
cat "$tmp/out"
grep -q "^error: story/a.lua:15: .*clé trois" "$tmp/out" || fail "a variable read through v[...] was dropped from the state"
grep -q "^error: story/a.lua:19: .*porte ouverte" "$tmp/out" || fail "a variable a helper reads was dropped from the state"
grep -q "^check: chapter c2: .*; exhaustive$" "$tmp/out" || fail "chapter 2 is not explored whole"
# A budget too small: the chapter it stopped in is named, with how far it got.
"$ficelle" check --no-mods --budget 2 --archive "$tmp/entries" > "$tmp/out" || true
cat "$tmp/out"
grep -q "^check: chapter c1: not exhaustive: the budget of 2 events stopped its search, which had begun 1 of its 1 entry states" "$tmp/out" \
  || fail "a budget that stops a chapter's search"
! grep -q "^check: exhaustive" "$tmp/out" || fail "exhaustive when the budget stopped it"
# What a chapter sets but does not read from earlier ones (in its sets, not
# its defaults) does not tell its entry states apart: chapter 1 leaves "mark"
# in three states, chapter 2 sets it again before reading it, so chapter 2 has
# one entry state; and reading such a variable before setting it is an error
# at its line (chapter 3), from the one entry state it happens in.
make_story "$tmp/dead" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a", sets = { "mark" } }
scene("c1.a", function()
  v.mark = choose { "Rouge", "Vert", "Bleu" }
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a", sets = { "mark" } }
scene("c2.a", function()
  v.mark = 0
  say("Marque {m}.", { m = v.mark })
  end_chapter()
end)
chapter { id = "c3", number = 3, side = "yacine", title = "Trois", start = "c3.a",
  sets = { "seen" } }
scene("c3.a", function()
  if choose { "Regarder", "Partir" } == 1 then v.seen = true end
  if v.seen then say "Vu." end
  end_chapter()
end)
LUA
for jobs in 1 2; do
  check_fails "$tmp/dead" "$tmp/dead$jobs" "check --jobs $jobs should fail on the read before the set" --jobs $jobs
  grep -q "^check: chapter c2: 1 entry state, .*; exhaustive$" "$tmp/dead$jobs" \
    || fail "a variable chapter 2 sets before reading split its entry states (--jobs $jobs)"
  grep -q "^error: story/a.lua:16: v.seen: read before chapter c3 sets it" "$tmp/dead$jobs" \
    || fail "a variable read before the chapter sets it (--jobs $jobs)"
  grep -q "^       reached: chapter c3 begun as opened alone, options story/a.lua:15#2$" "$tmp/dead$jobs" \
    || fail "the option that reaches the read before the set (--jobs $jobs)"
done
cmp "$tmp/dead1" "$tmp/dead2" || fail "one worker and two do not give the same report (dead variables)"
# ... but one an earlier chapter reads (in its defaults) is given that default
# when the chapter is opened alone, not nil: its value on entry still counts.
make_story "$tmp/refill" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a",
  defaults = { mark = 1 }, sets = { "mark" } }
scene("c1.a", function()
  v.mark = choose { "Rouge", "Vert", "Bleu" }
  end_chapter()
end)
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a", sets = { "mark" } }
scene("c2.a", function()
  if v.mark == 3 then error("bleu avant") end
  v.mark = 0
  end_chapter()
end)
LUA
"$ficelle" check --no-mods --archive "$tmp/refill" > "$tmp/out" || true
cat "$tmp/out"
grep -q "^error: story/a.lua:9: .*bleu avant" "$tmp/out" || fail "a set an earlier chapter reads was left out of the entry states"
grep -q "^check: chapter c2: 3 entry states, .*; exhaustive$" "$tmp/out" || fail "chapter 2's entries (refill)"
# Counters: a chapter declares the variables that only count (sums the text
# shows). A state keeps only their type, so the three ways into c1.b that
# differ only in the count are explored from one state; the text still shows
# each number where it is written. A counter read where it could decide (a
# condition, a call's argument, a divisor, a local) or by a later chapter is an
# error at its line, and that counter is not grouped.
counted() {   # counted DIR COUNTERS: a story whose chapter 1 counts
  make_story "$1" <<LUA
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a",
  sets = { "count", "total" }, counters = { $2 } }
scene("c1.a", function()
  v.count = choose { "Un", "Deux", "Trois" } * 10
  v.total = v.count + 1
  jump "c1.b"
end)
scene("c1.b", function()
  say("Compté : {n}, {t} en tout.", { n = v.count, t = v.total })
  bind { count = v.count }
  choose { "Encore", "Assez" }
  choose { "Oui", "Non" }
  end_chapter()
end)
LUA
}
counted "$tmp/plain" ''
counted "$tmp/counted" '"count", "total"'
"$ficelle" check --no-mods --archive "$tmp/plain" > "$tmp/out" || fail "a clean story without counters: $(cat "$tmp/out")"
cat "$tmp/out"
grep -q "^check: chapter c1: 1 entry state, [0-9]* events, 5 states," "$tmp/out" \
  || fail "without counters, c1.b is a state for each count"
"$ficelle" check --no-mods --archive "$tmp/counted" > "$tmp/out" || fail "a clean story with counters: $(cat "$tmp/out")"
cat "$tmp/out"
grep -q "^check: chapter c1: 1 entry state, [0-9]* events, 3 states, .*; exhaustive$" "$tmp/out" \
  || fail "counters: c1.b is explored once, whatever the count"
printf 'Deux\nEncore\nOui\n' | "$ficelle" --text --no-wait --no-mods --archive "$tmp/counted" > "$tmp/out" 2>&1
grep -q "Compté.*: 20, 21 en tout\." "$tmp/out" || fail "a counter's number in the text: $(cat "$tmp/out")"
counted "$tmp/decides" '"count", "total"'
python3 - "$tmp/decides/story/a.lua" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
old = '  choose { "Oui", "Non" }\n'
assert old in s
s = s.replace(old, '  if v.count > 10 then choose { "Oui", "Non" } end\n'
              '  local half = 100 // v.total\n'
              '  say("{h}", { h = half, k = v.count > 20 and 1 or 0 })\n'
              '  say("{n}", { n = v["to" .. "tal"] })\n', 1)
open(p, "w", encoding="utf-8").write(s)
PY
cat >> "$tmp/decides/story/a.lua" <<'LUA'
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a",
  defaults = { total = 0 } }
scene("c2.a", function()
  say("{t}", { t = v.total })
  end_chapter()
end)
LUA
check_fails "$tmp/decides" "$tmp/out" "check should fail on counters that decide"
grep -q "^error: story/a.lua:12: v.count is a counter of chapter c1: read here, it could decide" "$tmp/out" \
  || fail "a counter in a condition"
grep -q "^error: story/a.lua:13: v.total is a counter of chapter c1" "$tmp/out" || fail "a counter as a divisor"
grep -q "^error: story/a.lua:14: v.count is a counter of chapter c1" "$tmp/out" \
  || fail "a counter compared in a placeholder"
grep -q "^error: story/a.lua: chapter c2 reads v.total (in its defaults), a counter of chapter c1" "$tmp/out" \
  || fail "a counter a later chapter reads"
grep -q "^error: story/a.lua:15: v is read here other than as v.NAME" "$tmp/out" || fail "v read through v[...]"
grep -q "^check: chapter c1: 1 entry state, [0-9]* events, 5 states," "$tmp/out" \
  || fail "counters that decide are grouped all the same"
echo "check and extract: ok"
