#!/usr/bin/env bash
# `ficelle graph` on a small story made here: a choice whose two options jump
# to two scenes, an ending, a dead end, a scene never reached. The page is
# well-formed HTML that names every scene with its file and line, marks the
# unreached one and the dead end, and escapes what the story wrote; then a real
# browser (headless Chromium) opens it: one SVG group a scene, and a screenshot
# that is not blank. Without Chromium the test is skipped (77). Last, a chapter
# of Centimes in English, on a small budget.
set -euo pipefail
ficelle=${FICELLE:?} src=${SOURCE_ROOT:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*"; exit 1; }

mkdir -p "$tmp/s/lua/ficelle" "$tmp/s/story"
cp "$src/lua/ficelle/story.lua" "$tmp/s/lua/ficelle/"
cat > "$tmp/s/story/a.lua" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un & <deux>", start = "c1.a" }
scene("c1.a", function()
  say "Il pleut."
  local c = choose { prompt = "Alors ?", "Sortir <dehors>", "Rester \"dedans\"", "Dormir" }
  if c == 1 then jump "c1.dehors" end
  if c == 3 then jump "c1.lit" end
  jump "c1.dedans"
end)
scene("c1.dehors", function()
  say "Le froid."
  ending { id = "froid", title = "Le froid" }
end)
scene("c1.dedans", function()
  say "Le frigo."
  end_chapter()
end)
scene("c1.lit", function()
  say "Et puis rien."
end)
scene("c1.orphelin", function()
  end_chapter()
end)
LUA

status=0
"$ficelle" graph --archive "$tmp/s" > "$tmp/map.html" 2> "$tmp/err" || status=$?
cat "$tmp/err"
[ $status -eq 0 ] || fail "graph exited with $status"
python3 - "$tmp/map.html" "$tmp/s/story/a.lua" <<'PY'
import re, sys
from html.parser import HTMLParser

class Page(HTMLParser):
    VOID = {"meta"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.scenes, self.texts, self.titles = [], {}, [], []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "g" and "scene" in a.get("class", "").split():
            self.scenes[a["data-id"]] = a["class"].split()
        if tag not in self.VOID:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, "unbalanced </%s> in %s" % (tag, self.stack)
        self.stack.pop()
    def handle_data(self, data):
        (self.titles if self.stack and self.stack[-1] == "title" else self.texts).append(data)

raw = open(sys.argv[1], encoding="utf-8").read()
page = Page()
page.feed(raw)
page.close()
assert not page.stack, "unclosed tags: %s" % page.stack
assert raw.count("<svg") == 1 and "<script" not in raw and "http" not in raw.replace(
    'xmlns="http://www.w3.org/2000/svg"', ""), "not one self-contained SVG page"
text = "\n".join(page.texts)
where = {}
for n, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
    m = re.match(r'scene\("([^"]+)"', line)
    if m:
        where[m.group(1)] = "story/a.lua:%d" % n
assert set(page.scenes) == set(where), (sorted(page.scenes), sorted(where))
for scene, at in where.items():
    assert at in text, "no %s for %s" % (at, scene)
assert "unreached" in page.scenes["c1.orphelin"], page.scenes["c1.orphelin"]
assert all("reached" in c for s, c in page.scenes.items() if s != "c1.orphelin"), page.scenes
assert "error" in page.scenes["c1.lit"], "the dead end is not marked: %s" % page.scenes["c1.lit"]
assert "story/a.lua:19: scene 'c1.lit' ended without jump" in text, "no dead end message"
assert "Un & <deux>" in text and "&lt;deux&gt;" in raw, "the chapter's title, escaped"
assert "1. Sortir <dehors>" in text and '2. Rester "dedans"' in text, "the options"
assert "Sortir &lt;dehors&gt;" in raw and "&quot;dedans&quot;" in raw, "options not escaped"
assert "story/a.lua:4" in text, "the choice's file and line"
assert "→ c1.dehors" in text and "→ c1.dedans" in text and "→ c1.lit" in text, "jumps"
assert "★ ending: Le froid" in text and "■ end of the chapter" in text, "ends"
assert "c1.a → c1.dehors: 1. Sortir <dehors>" in page.titles, "an arc's title"
print("graph: well-formed, %d scenes with their file and line" % len(page.scenes))
PY

# --chapter and --lang on the real story, with a small budget (whatever it
# reached, every scene of chapter 1 is drawn, in English).
"$ficelle" graph --dev --chapter 1 --lang en --budget 20000 > "$tmp/ch1.html" 2> "$tmp/err" \
  || fail "graph --chapter 1: $(cat "$tmp/err")"
python3 - "$tmp/ch1.html" "$src/story/ch01_lundi.lua" <<'PY'
import re, sys
raw = open(sys.argv[1], encoding="utf-8").read()
ids = re.findall(r'^scene\("([^"]+)"', open(sys.argv[2], encoding="utf-8").read(), re.M)
drawn = re.findall(r'<g class="scene [^"]*" data-id="([^"]+)"', raw)
assert sorted(drawn) == sorted(ids), (drawn, ids)
assert "Chapter 1 — " in raw and 'lang="en"' in raw and "chapter-2" not in raw, "not chapter 1 in English"
print("graph --chapter 1 --lang en: %d scenes" % len(drawn))
PY

command -v chromium >/dev/null || { echo "graph: chromium missing, the browser's part skipped"; exit 77; }
command -v convert >/dev/null || { echo "graph: ImageMagick missing, skipped"; exit 77; }
browse() {   # browse OUTPUT-OPTION...: headless Chromium on the map, its own profile
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$tmp/profile" --window-size=1200,900 "$@" "file://$tmp/map.html" \
    2>> "$tmp/chromium.log"
}
browse --dump-dom > "$tmp/dom.html" || { cat "$tmp/chromium.log"; fail "chromium --dump-dom"; }
browse --screenshot="$tmp/shot.png" > /dev/null || { cat "$tmp/chromium.log"; fail "chromium --screenshot"; }
python3 - "$tmp/dom.html" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
assert re.search(r"<svg[^>]*class=\"map\"", dom), "no SVG in the browser's DOM"
scenes = re.findall(r'<g class="scene[ "]', dom)
assert len(scenes) == 5, "%d scene groups in the DOM" % len(scenes)
assert len(re.findall(r'<g class="edge[ "]', dom)) == 3, "not three arcs"
PY
[ -s "$tmp/shot.png" ] || fail "no screenshot"
sd=$(convert "$tmp/shot.png" -format '%[fx:standard_deviation]' info:)
python3 -c "import sys; sys.exit(0 if float('$sd') > 0.05 else 1)" \
  || fail "the screenshot looks blank (standard deviation $sd)"
echo "graph: Chromium shows the map (screenshot's standard deviation $sd)"
