# Sourced by the tool tests: tiny stories written by the test, read with
# --archive DIR, so that a writer's edit to Centimes never breaks them.
# Needs $src (the source root).

# make_story DIR: the engine's Lua API, a palette for side "yacine", and
# story/a.lua from standard input.
make_story() {
  mkdir -p "$1/lua/ficelle" "$1/story" "$1/assets/palettes"
  cp "$src/lua/ficelle/story.lua" "$1/lua/ficelle/"
  cp "$src/assets/palettes/yacine.json" "$1/assets/palettes/"
  cat > "$1/story/a.lua"
}

# good_story DIR: a clean one-chapter story with one choice.
good_story() {
  make_story "$1" <<'LUA'
chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a" }
scene("c1.a", function()
  say "Il pleut sur Creil."
  local c = choose { "Sortir", "Rester" }
  if c == 1 then say "Dehors, le froid." else say "Dedans, le bruit du frigo." end
  end_chapter()
end)
LUA
}

# classroom_mod DIR: a one-chapter mod for the classroom tests (terminal and
# window): a choice, a discussion stop with the card's fact at hand, and a
# sensitive passage holding a choice.
classroom_mod() {
  mkdir -p "$1/story"
  cat >"$1/story/ch01_lundi.lua" <<'LUA'
chapter { id = "ch01", number = 1, side = "yacine", title = "En classe (mod)", start = "ch01.a",
  sets = { "pris" },
  card = { questions = { "Qui décide ?" }, facts = { { "Un fait à portée de main.", source = "Une source, 2019" } } } }
scene("ch01.a", function()
  say "Un matin, avant le jour."
  local c = choose { "Le thé", "Le café" }
  v.pris = c
  if c == 1 then say "Le thé infuse longtemps." else say "Le café coule dans la tasse bleue." end
  say "Il regarde par la fenêtre."
  discuss("Thé ou café : qui décide ?", { minutes = 3 })
  sensitive("Une scène dure, résumée pour la classe.", function()
    say "Une ligne que la classe ne lit pas."
    choose { "Regarder", "Détourner les yeux" }
  end)
  say "La fin."
  end_chapter()
end)
LUA
}
