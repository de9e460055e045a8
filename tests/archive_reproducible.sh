#!/usr/bin/env bash
# The archive is reproducible: two packs of the same tree give the same bytes,
# even when the files' dates differ, and it holds the story, the engine's Lua,
# the fonts and their licences.
set -euo pipefail
src=${SOURCE_ROOT:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$src/tools/pack.py" "$src" "$tmp/a.zip"
python3 "$src/tools/pack.py" "$src" "$tmp/b.zip"
cmp "$tmp/a.zip" "$tmp/b.zip"

# The same tree copied with other dates packs to the same bytes.
mkdir "$tmp/tree"
cp -r "$src/story" "$src/lua" "$src/assets" "$src/tools" "$tmp/tree/"
find "$tmp/tree" -exec touch -d '2001-02-03 04:05:06' {} +
python3 "$src/tools/pack.py" "$tmp/tree" "$tmp/c.zip"
cmp "$tmp/a.zip" "$tmp/c.zip"

python3 - "$tmp/a.zip" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
assert names == sorted(names), "entries are not sorted"
for need in ("lua/ficelle/story.lua", "story/ch01_lundi.lua",
             "assets/fonts/EBGaramond-Regular.otf", "assets/fonts/Inter-Regular.otf",
             "assets/fonts/JetBrainsMono-Regular.ttf", "assets/fonts/OpenDyslexic-Regular.otf",
             "assets/fonts/LICENSE-fonts-ebgaramond.txt"):
    assert need in names, need + " is not in the archive"
dates = {i.date_time for i in zipfile.ZipFile(sys.argv[1]).infolist()}
assert dates == {(1980, 1, 1, 0, 0, 0)}, dates
print("archive: %d entries, sorted, dated 1980-01-01, reproducible" % len(names))
PY
