#!/usr/bin/env bash
# `ficelle extract` loses no translation when its budget stops the search
# (issue 15): Centimes' chapters copied 4 times (tests/bench/costs.py writes
# them), explored with a budget far too small for them; every translation the
# catalogs held is still there afterwards, in use, unless its line is proven
# gone: a line edited in the source (its old text no longer written) is not
# kept as it was, but carried over to review or kept as obsolete. Texts a scene
# builds (a lot's name from story/lib/, an amount, a helper's format) are kept
# too, unless what they are built from is gone: a lot renamed in story/lib/.
set -euo pipefail
ficelle=${FICELLE:?} src=${SOURCE_ROOT:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*"; exit 1; }

python3 -c "import sys; sys.path.insert(0, sys.argv[1]); import costs; costs.scaled_story(sys.argv[2], 4)" \
  "$src/tests/bench" "$tmp/s4"
# A writer's edit in the third copy of chapter 1: the old line is gone.
old="6 h 12. L’écran s’allume avant lui."
new="6 h 12. L’écran s’allume bien avant lui."
grep -qF "\"$old\"" "$tmp/s4/story/x03_ch01_lundi.lua" || fail "the line to edit is not in the story"
python3 - "$tmp/s4/story/x03_ch01_lundi.lua" "$old" "$new" <<'PY'
import sys
p, old, new = sys.argv[1:]
s = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write(s.replace('"%s"' % old, '"%s"' % new))
PY
# The lot renamed in the story's helpers: "Lot 3 — Scènes de rue" is no longer made.
lot='name = "Scènes de rue", label = "Lot 3 — Scènes de rue"'
grep -qF "$lot" "$tmp/s4/story/lib/nuee.lua" || fail "lot 3 is not declared as the test expects"
sed -i "s/$lot/name = \"Scènes de la rue\", label = \"Lot 3 — Scènes de la rue\"/" "$tmp/s4/story/lib/nuee.lua"
cp -r "$tmp/s4/story/i18n/en" "$tmp/before"

"$ficelle" extract --dev --no-mods --lang en --archive "$tmp/s4" --budget 50 \
  >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/out" "$tmp/err"; fail "extract failed"; }
cat "$tmp/out" "$tmp/err"
grep -q "the budget stopped the exploration" "$tmp/err" || fail "the budget did not stop the search (raise the scale)"
grep -q "units the search did not reach kept" "$tmp/out" || fail "no unit kept past the budget"

python3 - "$tmp/before" "$tmp/s4/story/i18n/en" "$old" <<'PY'
import glob, json, os, sys
before, after, old = sys.argv[1:]
lost, kept_edit, edited, renamed = [], [], None, 0
for f in sorted(glob.glob(before + "/*.json")):
    was = {e["id"]: e for e in json.load(open(f, encoding="utf-8"))["entries"]}
    now = {e["id"]: e for e in json.load(open(os.path.join(after, os.path.basename(f)),
                                             encoding="utf-8"))["entries"]}
    for i, e in was.items():
        if e.get("obsolete") or not e.get("en"):
            continue
        n = now.get(i)
        if os.path.basename(f) == "x03_ch01_lundi.json" and e["fr"] == old:
            edited = i
            if n and not n.get("obsolete"):
                kept_edit.append(i)
            continue
        if "Scènes de rue" in e["fr"]: # the lot renamed: made of what is gone
            if e["fr"] == "Lot 3 — Scènes de rue":
                renamed += 1
                if n and not n.get("obsolete"):
                    kept_edit.append(i)
            continue
        if not n or n.get("obsolete") or n.get("en") != e["en"]:
            lost.append("%s: %s %r" % (os.path.basename(f), i, e["fr"][:60]))
for x in lost[:20]:
    print("lost:", x)
if lost:
    sys.exit("FAILED: %d translations lost" % len(lost))
if not edited:
    sys.exit("FAILED: the edited line had no translation to begin with")
if not renamed:
    sys.exit("FAILED: no unit of the renamed lot had a translation to begin with")
if kept_edit:
    sys.exit("FAILED: the edited line's old unit is kept in use: %s" % kept_edit)
print("no translation lost; the edited line's old unit and the renamed lot's %d are not kept in use"
      % renamed)
PY
