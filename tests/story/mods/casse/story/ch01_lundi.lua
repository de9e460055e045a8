-- A mod that replaces chapter 1 with a scene that fails on its second line:
-- the error names the mod's file (mods/casse/...), not the base game's.
chapter { id = "ch01", number = 1, side = "yacine", title = "Lundi", start = "ch01.debut" }

scene("ch01.debut", function()
  say "Une ligne avant la panne."
  error("en panne")
end)
