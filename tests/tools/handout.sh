#!/usr/bin/env bash
# `ficelle handout` writes a chapter as a printable page: well-formed HTML with
# the chapter's title, its text, its choices with every option, and the whole
# discussion card, in French and in English.
set -euo pipefail
ficelle=${FICELLE:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$ficelle" handout --dev --no-mods --chapter 1 > "$tmp/fr.html"
"$ficelle" handout --dev --no-mods --chapter 3 --lang en > "$tmp/en.html"
python3 - "$tmp/fr.html" "$tmp/en.html" <<'PY'
import sys
from html.parser import HTMLParser

class Page(HTMLParser):
    VOID = {"meta", "br"}
    def __init__(self):
        super().__init__()
        self.stack, self.count, self.text = [], {}, {}
        self.current = None
    def handle_starttag(self, tag, attrs):
        self.count[tag] = self.count.get(tag, 0) + 1
        if tag not in self.VOID:
            self.stack.append(tag)
        self.current = tag
    def handle_endtag(self, tag):
        # <li> and <dt>/<dd> may close implicitly; everything else must match
        while self.stack and self.stack[-1] != tag and self.stack[-1] in ("li", "dt", "dd", "p"):
            self.stack.pop()
        assert self.stack and self.stack[-1] == tag, "unbalanced </%s> in %s" % (tag, self.stack)
        self.stack.pop()
    def handle_data(self, data):
        if self.current:
            self.text.setdefault(self.current, []).append(data)

for path, title, card in ((sys.argv[1], "Chapitre 1 — Lundi", "Pour en discuter"),
                          (sys.argv[2], "Chapter 3 — ", "For discussion")):
    page = Page()
    page.feed(open(path, encoding="utf-8").read())
    assert not page.stack, "unclosed tags: %s" % page.stack
    h1 = "".join(page.text.get("h1", []))
    assert h1.startswith(title), h1
    assert card in "".join(page.text.get("h2", [])), "no discussion card"
    assert page.count.get("p", 0) > 50, "too little text: %d paragraphs" % page.count.get("p", 0)
    assert page.count.get("li", 0) >= 3 + 1 + 2, "choices or questions missing"
    assert page.count.get("dt", 0) >= 1, "no vocabulary"
    sources = "".join(page.text.get("span", []))
    assert "20" in sources, "no dated source in the card: %r" % sources
    print("%s: %d paragraphs, %d list items, card present" % (path.split("/")[-1], page.count["p"], page.count["li"]))
PY
