#!/usr/bin/env bash
# A class reads a chapter together in the terminal (--classroom): it votes at
# each choice (the most voted option is taken; a tie is the teacher's), stops
# to discuss where the story says so, reads a sensitive passage in short, reads
# what another option would have led to (:other N) and comes back; the class's
# path and votes are written as a page to print and a file to keep, and next
# year's page sets last year's votes beside. A reader alone sees none of it.
#
#   FICELLE=build/ficelle tests/text/classroom.sh
set -uo pipefail
ficelle=${FICELLE:?FICELLE: the binary}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/../lib/tally.sh"
has()  { grep -qF -- "$2" "$1" && ok "$3" || fail "$3: no '$2' in $(basename "$1")"; }
hasnt() { ! grep -qF -- "$2" "$1" && ok "$3" || fail "$3: '$2' in $(basename "$1")"; }

. "$(dirname "$0")/../lib/stories.sh"
classroom_mod "$tmp/mod"
play() { "$ficelle" --text --no-wait --chapter 1 --mod "$tmp/mod" --data-dir "$tmp/data" "$@" 2>>"$tmp/err"; }

# A reader alone.
printf '1\n1\n:quit\n' | play >"$tmp/alone"
has "$tmp/alone" "Une ligne que la classe ne lit pas." "alone: the passage as written"
hasnt "$tmp/alone" "qui décide" "alone: no discussion stop"
hasnt "$tmp/alone" "résumée" "alone: no summary"

# A class: 14 to 9 for tea; a look at the coffee branch; the stop; a tie at
# the second choice, which the teacher settles.
printf '14 9\n:other 2\n\n3 3\n2\n:quit\n' | play --classroom >"$tmp/class"
has "$tmp/class" "Le thé infuse longtemps." "the most voted option is taken"
has "$tmp/class" "— Si la classe avait choisi" ":other 2 says which branch"
has "$tmp/class" "Le café coule dans la tasse bleue." ":other 2 reads the other branch"
has "$tmp/class" "— Retour au choix de la classe. —" ":other comes back"
has "$tmp/class" "⏸ Thé ou café" "the discussion stop"
has "$tmp/class" "environ 3 min" "the stop's minutes"
has "$tmp/class" "• Un fait à portée de main. (Une source, 2019)" "the card's facts at hand"
has "$tmp/class" "Une scène dure, résumée pour la" "the summary"
has "$tmp/class" "En classe, ce passage est résumé" "the summary, said as one"
hasnt "$tmp/class" "Une ligne que la classe ne lit pas." "the passage's lines left out"
has "$tmp/class" "Égalité" "a tie is the teacher's"
page=$(ls "$tmp"/data/classroom/*.html 2>/dev/null | head -n 1)
json=$(ls "$tmp"/data/classroom/*.json 2>/dev/null | head -n 1)
[ -n "$page" ] && ok "the class's page is written" || fail "no page in classroom/"
has "$tmp/class" "$page" "the terminal says where the page is"
python3 - "$json" <<'PY' && ok "the file keeps the votes, the stop, the choices taken" || fail "the file: $(cat "$json")"
import json, sys
steps = json.load(open(sys.argv[1]))["steps"]
kinds = [s["kind"] for s in steps]
assert kinds == ["choice", "stop", "choice"], kinds
assert [o["votes"] for o in steps[0]["options"]] == [14, 9] and steps[0]["taken"] == 0
assert [o["votes"] for o in steps[2]["options"]] == [3, 3] and steps[2]["taken"] == 1
PY
has "$page" "14 (61 %)" "the page shows the votes in per cent"

# Next year's class, the other way: its page shows last year's votes beside.
sleep 1
printf '5 20\n\n1\n:quit\n' | play --classroom >"$tmp/class2"
page2=$(ls "$tmp"/data/classroom/*.html | sort | tail -n 1)
[ "$page2" != "$page" ] && ok "a second page" || fail "no second page"
has "$page2" "Une classe précédente" "the earlier class's column"
has "$page2" "20 (80 %)" "this year's votes"
has "$page2" "14 (61 %)" "last year's votes beside"

# Saves are not the class's to touch.
printf ':save\n:quit\n' | play --classroom >"$tmp/class3"
has "$tmp/class3" "ni lues ni écrites" "no save in class"
[ ! -e "$tmp/data/saves" ] || [ -z "$(ls "$tmp/data/saves")" ] && ok "no save file" || fail "a save was written"

finish classroom
