#!/usr/bin/env bash
# What a teacher prints, printed by a real browser (headless Chromium) and read
# back from the PDF (poppler's pdftotext, pdfinfo, pdftoppm): the teacher's pack
# says the reading time its words give, shows its worksheet with the story's
# own figures and the map of the chapter's choices; the short handout fits in
# four A4 pages with its summary, its name line, its drawing; the full one
# labels a ranking's answers A. and B.; the parallel one has both languages.
# Chapters 1 to 4 each have a pack with every placeholder filled and a short
# handout of at most four pages in either language, and the worksheets' fixed
# figures are ones their chapter's text shows.
set -euo pipefail
ficelle=${FICELLE:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*"; exit 1; }
for tool in chromium pdftotext pdfinfo pdftoppm; do
  command -v $tool >/dev/null || { echo "teacher: $tool missing (run.sh installs it), skipped"; exit 77; }
done
print() {   # print NAME: $tmp/NAME.html to $tmp/NAME.pdf and $tmp/NAME.txt
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$tmp/profile" --print-to-pdf="$tmp/$1.pdf" "file://$tmp/$1.html" \
    2>> "$tmp/chromium.log" >/dev/null || { cat "$tmp/chromium.log"; fail "chromium printing $1"; }
  pdftotext -layout "$tmp/$1.pdf" "$tmp/$1.txt"
}
pages() { pdfinfo "$tmp/$1.pdf" | sed -n 's/^Pages: *//p'; }
a=(--dev --no-mods --chapter 1)

# The pack, in French and in English.
"$ficelle" teacher "${a[@]}" --budget 100000 > "$tmp/pack.html" 2> "$tmp/err" || fail "teacher: $(cat "$tmp/err")"
"$ficelle" teacher "${a[@]}" --budget 100000 --lang en > "$tmp/pack-en.html" 2>> "$tmp/err" || fail "teacher en"
"$ficelle" handout "${a[@]}" > "$tmp/full.html" 2>> "$tmp/err" || fail "handout"
print pack; print pack-en; print full
grep -q "Dossier pour l’enseignant" "$tmp/pack.txt" || fail "the pack's title"
grep -q "Teacher’s pack" "$tmp/pack-en.txt" || fail "the English pack's title"
for h in "Résumé" "Objectifs" "Pour une séance de 55 minutes" "Fiche de calcul" "La carte des choix" "Références"; do
  grep -q "$h" "$tmp/pack.txt" || fail "the pack has no '$h'"
done
# The reading time: the words of the main path, counted here from the full
# handout the browser printed (its numbered paragraphs), agree with the pack's.
python3 - "$tmp/pack.html" "$tmp/full.html" <<'PY' || fail "reading time"
import re, sys
from html.parser import HTMLParser
pack, full = (open(p, encoding="utf-8").read() for p in sys.argv[1:])
n = r"(\d[\d\u202f]*)"  # a figure, its thousands grouped by a narrow space
m = re.search(r'id="reading">[^<]*? ' + n + r' mots[^<]*? ' + n + r' min [^<]*?\(' + n + r' mots par minute\), ' + n + r' min [^<]*?\(' + n + r' mots', pack)
assert m, "no reading time in the pack"
words, fluent, frate, young, yrate = (int(g.replace("\u202f", "")) for g in m.groups())
assert fluent == -(-words // frate) and young == -(-words // yrate), "minutes do not follow the words"
class Text(HTMLParser):
    depth, words = 0, 0
    def handle_starttag(self, tag, attrs):
        if self.depth or ("class", "n") in attrs: self.depth += 1
    def handle_endtag(self, tag):
        if self.depth: self.depth -= 1
    def handle_data(self, data):
        if self.depth:
            self.words += sum(1 for w in data.split() if re.search(r"\w", w))
t = Text(); t.feed(full)
assert abs(t.words - words) <= 0.1 * words, f"the pack counts {words} words, the handout shows {t.words}"
print(f"teacher: {words} words ({t.words} in the handout): {fluent} and {young} min")
PY
# The worksheet's figure is the balance at the end of the main path, as the
# terminal's trace shows it when the same path is played (its last value before
# chapter 2's first scene: the trace says what changed at each scene entry,
# so the end of chapter 1's last scene shows at chapter 2's first).
balance=$(printf '1\n%.0s' $(seq 100) | "$ficelle" --text --no-wait "${a[@]}" --trace 2>/dev/null \
  | awk '/^@ scene ch02/ { two = 1; next } two && !/^@ set/ { exit }
         /^@ set balance = / { b = $NF } END { print b }' || true)
[ -n "$balance" ] || fail "no balance in the trace"
euros=$(printf '%d,%02d' $((balance / 100)) $((balance % 100)))
grep -q "affiche $euros" "$tmp/pack.txt" || fail "the worksheet's balance is not $euros: $(grep -A2 'Fiche' "$tmp/pack.txt")"
grep -q "posted_comptoir" "$tmp/pack.txt" || fail "the map does not say what the Comptoir choice changes"
grep -q "<code>posted_comptoir</code> = <code>true</code> (ch02, ch03, ch04, ch06, ch07)" "$tmp/pack.html" \
  || fail "the map does not say which chapters read it"

# The short handout: at most four pages, the summary, the name line, the drawing.
"$ficelle" handout "${a[@]}" --short > "$tmp/short.html" 2>> "$tmp/err" || fail "handout --short"
print short
n=$(pages short)
[ "$n" -le 4 ] || fail "the short handout has $n pages"
grep -q "Nom :" "$tmp/short.txt" || fail "no name line"
grep -q "Résumé" "$tmp/short.txt" || fail "no summary"
grep -q "\[…\]" "$tmp/short.txt" || fail "no cut between passages"
grep -qE "^ *1 ?/ ?$n *$" "$tmp/short.txt" || fail "no page numbers"
# the captcha's drawing: its blue banner (#4a79d8) is on a page the browser drew
pdftoppm -r 40 -png "$tmp/short.pdf" "$tmp/short"
drawn=0
for png in "$tmp"/short-*.png; do
  k=$(convert "$png" -fuzz 8% -fill white +opaque '#4a79d8' -fill black -opaque '#4a79d8' \
        -colorspace gray -format '%[fx:round((1-mean)*w*h)]' info:)
  awk -v k="$k" 'BEGIN { exit !(k + 0 > 200) }' && drawn=1
done
[ $drawn -eq 1 ] || fail "no drawing on the printed short handout"
echo "teacher: the short handout, $n pages, its drawing printed"

# Chapters 1 to 4: each has its pack, with no placeholder left unfilled (a
# variable the main path does not reach shows as-is), and a short handout of
# at most four A4 pages, in French and in English. Chapter 1's French pack and
# handout are those above; the other packs are written meanwhile.
cp "$tmp/pack.html" "$tmp/pack1.html"; cp "$tmp/short.pdf" "$tmp/short1fr.pdf"
pids=()
for c in 2 3 4; do
  "$ficelle" teacher --dev --no-mods --chapter $c --budget 60000 > "$tmp/pack$c.html" 2> "$tmp/err$c" &
  pids[$c]=$!
done
for c in 1 2 3 4; do
  for lang in fr en; do
    if [ ! -f "$tmp/short$c$lang.pdf" ]; then
      "$ficelle" handout --dev --no-mods --chapter $c --short --lang $lang > "$tmp/short$c$lang.html" \
        2>> "$tmp/err" || fail "handout --short --chapter $c --lang $lang: $(tail -1 "$tmp/err")"
      print short$c$lang
    fi
    k=$(pages short$c$lang)
    [ "$k" -le 4 ] || fail "chapter $c's short handout ($lang) has $k pages"
    echo "teacher: chapter $c, short handout ($lang): $k pages"
  done
done
for c in 2 3 4; do
  wait "${pids[$c]}" || fail "teacher --chapter $c: $(cat "$tmp/err$c")"
done
for c in 1 2 3 4; do
  grep -q "</html>" "$tmp/pack$c.html" || fail "teacher --chapter $c wrote no whole pack"
  left=$(grep -oE '\{[a-z_0-9]+(:[a-z]+)?\}' "$tmp/pack$c.html" | sort -u | tr '\n' ' ' || true)
  [ -z "$left" ] || fail "chapter $c's pack leaves placeholders unfilled: $left"
done
# The worksheets' figures that no variable carries are the story's own: the
# terminal shows them on the main path (Claire's simulation, her matrix).
figures() {   # figures N FIGURE...: chapter N's main path shows each FIGURE
  local c=$1; shift
  printf '1\n%.0s' $(seq 200) | "$ficelle" --text --no-wait --dev --no-mods --chapter "$c" \
    2>/dev/null | tr '\n' ' ' | sed 's/\xe2\x80\xaf/ /g; s/\xc2\xa0/ /g; s/  */ /g' > "$tmp/text$c.txt" || true
  for f in "$@"; do
    grep -qF -- "$f" "$tmp/text$c.txt" || fail "chapter $c's worksheet cites '$f', which its text does not show"
  done
}
# (chapter 2's simulation is a table: a row per threshold, its cells between bars)
figures 2 "Coût par label" "Sous 85 %" "80 % | 5,0 % | 0,022 € | 0,86 | 234" \
  "88 % | 12,6 % | 0,020 € | 0,90 | 3 384" "95 % | 24,4 % | 0,017 € | 0,94 | 6 884" \
  "11 384" "quatre mille trois cents euros" "vingt mille euros"
figures 4 "54 %" "46 %" "41 %" "13 %" "51 %" "49 %" "97 %" "15 840" "48 000" "1 912" "1 704" \
  "cent vingt euros"

# The full handout: the ranking's answers labelled, more pages than the short.
grep -qE "^ *A\. Je comprends votre inquiétude" "$tmp/full.txt" || fail "no 'A.' on the ranking"
grep -qE "^ *B\. Relevez le chiffre" "$tmp/full.txt" || fail "no 'B.' on the ranking"
[ "$(pages full)" -gt "$n" ] || fail "the full handout is not longer than the short one"

# The parallel handout: French and English side by side.
"$ficelle" handout "${a[@]}" --parallel > "$tmp/parallel.html" 2>> "$tmp/err" || fail "handout --parallel"
print parallel
grep -q "L’écran s’allume avant lui" "$tmp/parallel.txt" || fail "no French in the parallel handout"
python3 - "$tmp/parallel.txt" "$tmp/pack-en.html" <<'PY' || fail "no English beside the French"
import sys
text = open(sys.argv[1], encoding="utf-8").read()
lines = [l for l in text.splitlines() if "L’écran s’allume avant lui" in l]
assert lines and any(len(l.split("  ")) > 1 and any(w in l for w in ("screen", "lights")) for l in lines), lines
print("teacher: the parallel handout:", lines[0].strip()[:100])
PY
# A class's handout (--classroom): its discussion stops with room to answer,
# and chapter 3's sensitive passage in short; a reader's has neither.
"$ficelle" handout --dev --no-mods --chapter 3 --classroom > "$tmp/class3.html" 2>> "$tmp/err" || fail "handout --classroom"
"$ficelle" handout --dev --no-mods --chapter 3 > "$tmp/reader3.html" 2>> "$tmp/err" || fail "handout ch3"
grep -q 'class="stop"' "$tmp/class3.html" || fail "no discussion stop in the class's handout"
grep -q '<p class="note">\[…\] ' "$tmp/class3.html" || fail "no passage in short in the class's handout"
! grep -q 'class="stop"\|<p class="note">\[…\] ' "$tmp/reader3.html" || fail "a reader's handout with a class's stops"
grep -q 'class="warning"' "$tmp/reader3.html" || fail "no content note on chapter 3's handout"
echo "teacher: ok"
