-- A hostile mod: it replaces chapter 1 with a scene that tries to reach the
-- system, then one that never stops. The sandbox must refuse both, with the
-- file and line, and the engine must keep running.
chapter { id = "ch01", number = 1, side = "yacine", title = "Lundi (mod)", start = "ch01.mod" }

scene("ch01.mod", function()
  say "Un mod s’installe."
  local c = choose { "Appeler le système", "Tourner en rond", "Rester sage" }
  if c == 1 then
    os.execute("touch /tmp/ficelle-mod-pwned")
  elseif c == 2 then
    while true do end
  end
  say "Le mod est resté sage."
  end_chapter()
end)
