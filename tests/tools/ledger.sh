#!/usr/bin/env bash
# Centimes' ledger (story/lib/nuee.lua): `ficelle check` plays every branch it
# explores with the ledger's invariants asserted (balance = opening + earned -
# unpaid - withdrawn, never negative, withdrawals only from 20 €, no work day
# without earnings), so a broken rate or a scene that moves the balance behind
# the ledger's back fails the check at the writer's line. And the figures follow
# the model: change a rate in a copy of the game and the text a reader sees
# changes with it.
set -euo pipefail
ficelle=${FICELLE:?} src=${SOURCE_ROOT:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*"; exit 1; }

copy() {   # copy DIR: the game as a folder --archive reads
  mkdir -p "$1"
  cp -r "$src/lua" "$src/story" "$src/assets" "$1/"
}

edit() {   # edit FILE OLD NEW: OLD (found once) becomes NEW in a copy's file
  python3 - "$@" <<'PY' || fail "could not edit $1"
import sys
p, old, new = sys.argv[1:4]
s = open(p, encoding="utf-8").read()
assert s.count(old) == 1, old
open(p, "w", encoding="utf-8").write(s.replace(old, new))
PY
}

# 1. The game as it is: every explored path keeps the ledger.
copy "$tmp/game"
"$ficelle" check --no-mods --archive "$tmp/game" > "$tmp/out" 2>&1 || true
grep -q "paths" "$tmp/out" || fail "check did not run: $(tail -3 "$tmp/out")"
if grep -q "ledger:" "$tmp/out"; then
  grep "ledger:" "$tmp/out" | head -5
  fail "the ledger breaks on a path of the game"
fi

# 2. A rate broken in the model (images pay nothing): check fails, at a line.
copy "$tmp/zero"
sed -i 's/M.PAY = { image = 3,/M.PAY = { image = 0,/' "$tmp/zero/story/lib/nuee.lua"
grep -q "image = 0," "$tmp/zero/story/lib/nuee.lua" || fail "could not break the image rate"
status=0
"$ficelle" check --no-mods --archive "$tmp/zero" > "$tmp/out" 2>&1 || status=$?
[ $status -ne 0 ] || fail "check passed with images paying nothing"
grep -Eq "story/ch0[13]_[a-z_]+\.lua:[0-9]+: ledger: a credit of 0 centimes" "$tmp/out" \
  || fail "no ledger error at a writer's line: $(grep -m3 error "$tmp/out")"

# 3. A scene that moves the balance without the ledger: check fails there.
copy "$tmp/sneak"
edit "$tmp/sneak/story/ch03_non_conforme.lua" '  say "Mardi. 6 h 04."' \
  '  v.balance = v.balance + 100
  say "Mardi. 6 h 04."'
status=0
"$ficelle" check --no-mods --archive "$tmp/sneak" > "$tmp/out" 2>&1 || status=$?
[ $status -ne 0 ] || fail "check passed with a balance moved behind the ledger"
grep -Eq "story/ch03_non_conforme\.lua:[0-9]+: ledger: the balance is" "$tmp/out" \
  || fail "no ledger error for the sneaked balance: $(grep -m3 error "$tmp/out")"

# 4. The text follows the model: at 4 centimes an image, chapter 1 says so,
# and its sums change (the morning needs fewer tasks to reach 20 €).
copy "$tmp/four"
sed -i 's/M.PAY = { image = 3,/M.PAY = { image = 4,/' "$tmp/four/story/lib/nuee.lua"
answers='Se connecter tout de suite
Les trois feux entiers
Oui
Réclamation
La réponse B
1 à 3
Le prix
Écrire une blague
Lui dire la vérité
Une machine
Laisser le solde grossir'
play() {   # play DIR: chapter 1's main path, the text folded on one line
  printf '%s\n' "$answers" | "$ficelle" --text --no-wait --no-mods --archive "$1" \
    --data-dir "$tmp/data" --chapter 1 | python3 -c 'import re, sys; print(re.sub(r"[\s\u202f\u00a0]+", " ", sys.stdin.read()))'
}
mkdir -p "$tmp/data"
play "$tmp/game" > "$tmp/three.txt"
play "$tmp/four" > "$tmp/four.txt"
grep -q "Lot 3 — Scènes de rue — 0,03 € la tâche" "$tmp/three.txt" || fail "the game's image rate is not shown"
grep -q "Lot 3 — Scènes de rue — 0,04 € la tâche" "$tmp/four.txt" || fail "a changed rate is not shown"
grep -q "À 0,04 € la tâche, il fait le calcul" "$tmp/four.txt" || fail "the morning's sum does not use the rate"
n3=$(grep -o "Il en a fallu [0-9]*" "$tmp/three.txt" | grep -o "[0-9]*$")
n4=$(grep -o "Il en a fallu [0-9]*" "$tmp/four.txt" | grep -o "[0-9]*$")
[ -n "$n3" ] && [ -n "$n4" ] && [ "$n4" -lt "$n3" ] || fail "the series should be shorter at 4 c: $n3 then $n4"

# 5. Chapter 8's payments settle the ledger (nuee.settle): a credit after one,
# with no day opened again, is an error at the writer's line, and the game as
# it is plays that payment through (the March week: score, under the floor).
copy "$tmp/settled"
edit "$tmp/settled/story/ch08_epilogue.lua" '    v.ch08_withdrew = w
    nuee.settle()' '    v.ch08_withdrew = w
    nuee.settle()
    nuee.earn(3, 1)'
march() {   # march DIR: chapter 8 from a closed account under the floor
  yes 1 | head -60 | "$ficelle" --text --no-wait --no-mods --archive "$1" --data-dir "$tmp/data" \
    --chapter 8 --set deactivated=true --set cut_rule=score --set balance=1500 2>&1 \
    | python3 -c 'import re, sys; print(re.sub(r"[\s\u202f\u00a0]+", " ", sys.stdin.read()))' || true
}
march "$tmp/game" > "$tmp/march.txt"
grep -q "Le bouton « Retirer » passe au vert" "$tmp/march.txt" || fail "the March week was not played"
grep -q "ledger:" "$tmp/march.txt" && fail "the March week breaks the ledger: $(grep -m1 ledger: "$tmp/march.txt")"
march "$tmp/settled" > "$tmp/settled.txt"
# (the message begins with the writer's line, not the library's: nuee.lua
# raises it at its caller's, and the engine no longer puts its own first)
grep -Eq "!! story/ch08_epilogue\.lua:[0-9]+: ledger: no day is open" "$tmp/settled.txt" \
  || fail "no ledger error at the writer's line for a credit after settle(): $(grep -o ".\{60\}ledger: no day.\{20\}" "$tmp/settled.txt" | head -2)"

echo "ledger: ok (morning series: $n3 tasks at 3 c, $n4 at 4 c)"
