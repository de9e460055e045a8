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
