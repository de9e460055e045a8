-- A mod for textui_answers.in: chapter 1 becomes four choices whose labels
-- begin alike, answered in the terminal by what they say.
chapter { id = "ch01", number = 1, side = "yacine", title = "Réponses (mod)", start = "ch01.reponses",
  sets = { "first", "second", "third", "fourth" } }

local OPTIONS = { "Oui", "Oui, mais plus tard", "Pas d’accord : non" }

scene("ch01.reponses", function()
  v.first = choose(OPTIONS)
  v.second = choose(OPTIONS)
  v.third = choose(OPTIONS)
  v.fourth = choose(OPTIONS)
  say "Quatre réponses."
  end_chapter()
end)
