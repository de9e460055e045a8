#!/usr/bin/env bash
# lua/TUTORIAL.md as a writer follows it: every file it shows is the mod's file
# in examples/dimanche/ as it is; the mod plays in both languages; check lists
# its untranslated lines under the mod's own file; extract writes its catalog
# into the mod and never into the game; with its catalog, check is clean.
set -euo pipefail
ficelle=${FICELLE:?} src=${SOURCE_ROOT:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*"; exit 1; }

# The files the tutorial shows, against the mod's.
python3 - "$src" <<'PY' || fail "lua/TUTORIAL.md shows a file other than it is"
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
text = (root / "lua/TUTORIAL.md").read_text(encoding="utf-8")
shown = re.findall(r"<!-- file: (\S+) -->\n```\w*\n(.*?)```", text, re.S)
files = sorted(p.relative_to(root).as_posix() for p in (root / "examples/dimanche").rglob("*")
               if p.is_file() and "/story/i18n/" not in p.as_posix())  # extract writes those
bad = 0
for path, body in shown:
    if (root / path).read_text(encoding="utf-8") != body:
        print(f"{path}: differs from the tutorial's copy"); bad += 1
missing = set(files) - {p for p, _ in shown}
for path in sorted(missing):
    print(f"{path}: the tutorial does not show it"); bad += 1
print(f"tutorial: {len(shown)} files shown, {bad} problems")
sys.exit(1 if bad else 0)
PY

data=$tmp/data
mkdir -p "$data/mods"
cp -r "$src/examples/dimanche" "$data/mods/"
a=(--dev --data-dir "$data" --mod dimanche)

# Played in French (its narrow no-break spaces matched by "."), then in English.
"$ficelle" --text --no-wait "${a[@]}" --chapter 9 <<<"ouvrir" > "$tmp/out" 2>&1 || fail "play: $(cat "$tmp/out")"
grep -q "Chapitre 9 — Dimanche" "$tmp/out" || fail "no chapter 9: $(cat "$tmp/out")"
grep -q "Relevé de la semaine · Solde 21,40.€" "$tmp/out" || fail "the mod's screen and its words"
grep -q "tient sur un écran.: 21,40.€." "$tmp/out" || fail "the balance read from the defaults"
"$ficelle" --text --no-wait "${a[@]}" --chapter 9 --lang en <<<"2" > "$tmp/out" 2>&1 || fail "play en"
grep -q "Yacine — Tomorrow." "$tmp/out" || fail "the English: $(cat "$tmp/out")"

# Without its catalog: check names the mod's untranslated lines, and only those.
rm -r "$data/mods/dimanche/story/i18n"
status=0
"$ficelle" check "${a[@]}" --budget 10000 > "$tmp/out" 2> "$tmp/err" || status=$?
[ $status -eq 1 ] || fail "check without the English should fail (status $status)"
head -n 1 "$tmp/err" | grep -qx "check: the base game and mods: dimanche" || fail "check's first line"
grep -q 'error: mods/dimanche/story/ch09_dimanche.lua:25: \[en\] missing translation of "Dimanche. Le marché' "$tmp/out" \
  || fail "the mod's file and line: $(cat "$tmp/out")"
[ "$(grep -c '^error:' "$tmp/out")" -eq "$(grep -c '^error: mods/dimanche/' "$tmp/out")" ] \
  || fail "errors outside the mod: $(grep '^error:' "$tmp/out" | grep -v mods/dimanche)"

# extract writes the mod's catalog in the mod; the game's catalogs stay as they are.
before=$(cat "$src"/story/i18n/en/*.json | md5sum)
"$ficelle" extract --lang en "${a[@]}" > "$tmp/out" 2>&1 || fail "extract: $(cat "$tmp/out")"
cat="$data/mods/dimanche/story/i18n/en/ch09_dimanche.json"
[ -f "$cat" ] || fail "extract wrote no catalog into the mod: $(cat "$tmp/out")"
[ "$(cat "$src"/story/i18n/en/*.json | md5sum)" = "$before" ] || fail "extract touched the game's catalogs"
python3 - "$cat" "$src/examples/dimanche/story/i18n/en/ch09_dimanche.json" <<'PY' || fail "the catalog's ids"
import json, sys
new, shipped = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
ids = lambda c: {e["id"]: e["fr"] for e in c["entries"]}
assert ids(new) == ids(shipped), "extract and the mod's shipped catalog disagree"
assert all(e["en"] == "" for e in new["entries"]), "new entries are untranslated"
assert all(e["en"] for e in shipped["entries"]), "the shipped catalog is translated"
print(f"tutorial: {len(new['entries'])} units in the mod's catalog")
PY

# With its translated catalog, check is clean.
cp "$src/examples/dimanche/story/i18n/en/ch09_dimanche.json" "$cat"
"$ficelle" check "${a[@]}" --budget 10000 > "$tmp/out" 2>&1 || fail "check with the English: $(cat "$tmp/out")"
grep -q "check: 0 errors" "$tmp/out" || fail "check: $(cat "$tmp/out")"
echo "tutorial: ok"
