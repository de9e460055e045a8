#!/usr/bin/env bash
# The tools on a game with mods, mounted as the window and the terminal mount
# them: a tiny base story written here (--archive DIR) and a data dir whose mod
# `nuit` adds a chapter with a broken scene. check names the mods on its first
# line and reports the mod's own file and line; --no-mods and --mod NAME change
# what is mounted; extract writes a mod's catalogs into the mod's folder, never
# the base game's without --dev, and stops on a zipped mod; handout plays a
# mod's chapter.
set -euo pipefail
ficelle=${FICELLE:?} src=${SOURCE_ROOT:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*"; echo "--- stdout"; cat "$tmp/out"; echo "--- stderr"; cat "$tmp/err"; exit 1; }
run() { status=0; "$ficelle" "$@" > "$tmp/out" 2> "$tmp/err" || status=$?; }
first() { head -n 1 "$tmp/err"; }

base=$tmp/base data=$tmp/data
. "$(dirname "$0")/../lib/stories.sh"
good_story "$base"
mkdir -p "$data/mods/nuit/story" "$data/mods/zeta/story"
cat > "$data/mods/nuit/story/b_nuit.lua" <<'LUA'
chapter { id = "c2", number = 2, side = "yacine", title = "Deux", start = "c2.a" }
scene("c2.a", function()
  say "La nuit tombe."
  local c = choose { "Dormir", "Veiller" }
  if c == 2 then
    jump "c2.nulle_part"
  end
  say("Yacine", "Bonne nuit.")
  end_chapter()
end)
LUA
cat > "$data/mods/zeta/story/c_zeta.lua" <<'LUA'
chapter { id = "c3", number = 3, side = "yacine", title = "Trois", start = "c3.a" }
scene("c3.a", function()
  say "Le jour revient."
  end_chapter()
end)
LUA
echo "not a mod" > "$data/mods/README.txt"
a=(--archive "$base" --data-dir "$data")

# check: the game as it is played, both mods in; the broken jump in the mod's file.
run check "${a[@]}"
[ $status -eq 1 ] || fail "check should fail on the mod's broken scene (status $status)"
[ "$(first)" = "check: the base game and mods: nuit, zeta" ] || fail "first line: $(first)"
grep -qx "error: mods/nuit/story/b_nuit.lua:6: jump to an unknown scene 'c2.nulle_part'" "$tmp/out" \
  || fail "the mod's file and line"
grep -q "left out" "$tmp/err" && fail "README.txt is not a mod"
[ "$(grep -c '^error:' "$tmp/out")" -eq 1 ] || fail "one error only"

# --no-mods: the base game alone, clean.
run check "${a[@]}" --no-mods
[ $status -eq 0 ] || fail "the base game alone is clean (status $status)"
[ "$(first)" = "check: the base game" ] || fail "first line: $(first)"
grep -q "1 scenes" "$tmp/out" || fail "the base game has one scene"

# --mod zeta: the base game and that mod only (nuit's error is not there).
run check "${a[@]}" --mod zeta
[ $status -eq 0 ] || fail "base + zeta is clean (status $status)"
[ "$(first)" = "check: the base game and mods: zeta" ] || fail "first line: $(first)"
grep -q "2 scenes" "$tmp/out" || fail "base + zeta has two scenes"
# ... a mod given by its path, outside the data dir, is named by that path.
mkdir -p "$tmp/elsewhere" && cp -r "$data/mods/nuit" "$tmp/elsewhere/"
run check "${a[@]}" --mod "$tmp/elsewhere/nuit"
[ $status -eq 1 ] && grep -q "error: $tmp/elsewhere/nuit/story/b_nuit.lua:6: jump" "$tmp/out" \
  || fail "a mod given by its path"
run check "${a[@]}" --mod nope
[ $status -eq 1 ] && grep -q "no mod 'nope'" "$tmp/err" || fail "an unknown mod is refused"
run check "${a[@]}" --mod zeta --no-mods
[ $status -eq 2 ] || fail "--mod with --no-mods is refused (status $status)"

# extract --mod nuit, without --dev: the mod's units in the mod's folder, nothing in the base.
run extract --lang en "${a[@]}" --mod nuit
[ $status -eq 0 ] || fail "extract of one mod (status $status)"
[ "$(first)" = "extract: the base game and mods: nuit" ] || fail "first line: $(first)"
cat="$data/mods/nuit/story/i18n/en/b_nuit.json"
[ -f "$cat" ] || fail "no catalog in the mod's folder"
[ ! -e "$base/story/i18n" ] || fail "extract wrote into the base game"
[ ! -e "$data/mods/zeta/story/i18n" ] || fail "extract wrote into another mod"
[ -z "$(find "$tmp" -name '*.tmp')" ] || fail "a temporary file was left"
python3 - "$cat" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
en = {"Deux": "Two", "La nuit tombe.": "Night falls.", "Dormir": "Sleep",
      "Veiller": "Stay up", "Yacine": "Yacine", "Bonne nuit.": "Good night."}
got = {e["fr"] for e in c["entries"]}
assert got == set(en), "the mod's units, and only them: %r" % sorted(got)
assert c["source"] == "story/b_nuit.lua", c["source"]
for e in c["entries"]:
    e["en"] = en[e["fr"]]
json.dump(c, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
# The mod's catalog is read by the game: its lines are translated, the base
# game's are not (and check says how to translate each).
run check "${a[@]}" --mod nuit
grep -q 'mods/nuit.*missing translation' "$tmp/out" && fail "the mod's catalog is not read"
grep -q 'error: story/a.lua:3: \[en\] missing translation of "Il pleut sur Creil."' "$tmp/out" \
  || fail "the base game's missing translations"
grep -q 'ficelle extract --dev --lang en' "$tmp/out" || fail "how to translate the base game"
# Again, with --dev: --mod still writes the mod's catalogs only.
run extract --lang en "${a[@]}" --mod nuit --dev
grep -q "6 kept, 0 carried over to review, 0 new" "$tmp/out" || fail "the translations are kept"
[ ! -e "$base/story/i18n" ] || fail "extract --mod wrote into the base game"

# Without --dev, extract refuses the base game's catalogs, and says why.
run extract --lang en "${a[@]}" --no-mods
[ $status -eq 1 ] || fail "extract of the base game without --dev (status $status)"
grep -q "which extract writes only with --dev" "$tmp/err" || fail "why the base is refused"
[ ! -e "$base/story/i18n" ] || fail "extract wrote the base game's catalogs without --dev"
(cd "$base" && python3 -c "import os, zipfile
z = zipfile.ZipFile('$tmp/base.zip', 'w')
for d, _, fs in os.walk('.'):
    for f in fs: z.write(os.path.join(d, f))")
run extract --lang en --archive "$tmp/base.zip" --data-dir "$data" --no-mods
[ $status -eq 1 ] && grep -q "the base game's catalogs are in the archive; run with --dev from a checkout" \
  "$tmp/err" || fail "the base game as an archive"
run extract --lang en "${a[@]}" --no-mods --dev
[ $status -eq 0 ] && [ -f "$base/story/i18n/en/a.json" ] || fail "--dev writes the base game's catalogs"

# A mod that replaces a story file begins its catalog from the one it shadows.
python3 - "$base/story/i18n/en/a.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
for e in c["entries"]:
    e["en"] = "EN " + e["fr"]
json.dump(c, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
mkdir -p "$data/mods/pluie/story"
sed 's/Il pleut sur Creil\./Il pleut fort sur Creil./' "$base/story/a.lua" > "$data/mods/pluie/story/a.lua"
run extract --lang en "${a[@]}" --mod pluie
[ $status -eq 0 ] || fail "extract of a replacing mod (status $status)"
grep -q "carried over to review" "$tmp/out" || fail "no carry-over"
python3 - "$data/mods/pluie/story/i18n/en/a.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
e = {x["fr"]: x for x in c["entries"] if not x.get("obsolete")}
assert e["Sortir"]["en"] == "EN Sortir", e["Sortir"]
assert e["Il pleut fort sur Creil."].get("review") is True, e["Il pleut fort sur Creil."]
PY

# A zipped mod: check reads it, extract cannot write into it and stops.
zdata=$tmp/zdata
mkdir -p "$zdata/mods"
(cd "$data/mods/nuit" && python3 -c "import zipfile
z = zipfile.ZipFile('$zdata/mods/nuit.zip', 'w'); z.write('story/b_nuit.lua'); z.close()")
run check --archive "$base" --data-dir "$zdata"
[ "$(first)" = "check: the base game and mods: nuit.zip" ] || fail "first line: $(first)"
grep -q "error: mods/nuit.zip/story/b_nuit.lua:6: jump" "$tmp/out" || fail "a zipped mod's file"
for args in "--mod nuit" ""; do
  run extract --lang en --archive "$base" --data-dir "$zdata" $args
  [ $status -eq 1 ] || fail "extract into a zipped mod ($args) should stop with 1, not $status"
  grep -q "the mod 'nuit.zip' is a zip archive .*: its catalogs cannot be written" "$tmp/err" \
    || fail "why a zipped mod is not written ($args)"
  grep -q "nothing written" "$tmp/err" || fail "extract should stop ($args)"
done
[ "$(find "$zdata" -type f | wc -l)" -eq 1 ] || fail "nothing is written beside a zipped mod"

# handout plays a mod's chapter; without the mods there is no such chapter.
run handout --chapter 2 "${a[@]}" --mod nuit
[ $status -eq 0 ] && grep -q "<p>La nuit tombe.</p>" "$tmp/out" || fail "handout of the mod's chapter"
[ "$(first)" = "handout: the base game and mods: nuit" ] || fail "first line: $(first)"
run handout --chapter 2 "${a[@]}" --no-mods
[ $status -eq 1 ] || fail "handout without the mods has no chapter 2 (status $status)"
echo "mods: ok"
