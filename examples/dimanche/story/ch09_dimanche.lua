-- A chapter added by a mod: the one lua/TUTORIAL.md builds, step by step.
chapter {
  id = "ch09", number = 9, side = "yacine", title = "Dimanche",
  start = "ch09.matin",
  defaults = { balance = 2140 },
  sets = { "ch09_opened_app" },
  card = {
    questions = {
      "Yacine ne travaille pas ce dimanche. Est-ce pour autant un jour de repos ?",
      "Que dit le relevé de la semaine, et que tait-il ?",
      "À sa place, auriez-vous ouvert l’application ? Qu’est-ce qui vous aurait décidé ?",
    },
    facts = {
      { "Dans une enquête auprès d’environ 1 000 micro-travailleurs d’une plateforme française, 40 % avaient aussi un CDI : le micro-travail s’ajoute souvent à un emploi plutôt qu’il ne le remplace.",
        source = "Casilli et al., Le micro-travail en France, DiPLab, 2019" },
    },
    vocabulary = {
      { "relevé", "liste des sommes gagnées ou dépensées sur une période" },
    },
  },
}

scene("ch09.matin", function()
  layout "page" {}
  say "Dimanche. Le marché de la place Carnot remballe déjà ses tréteaux."
  say "Le téléphone est posé à l’envers sur la table, à côté du pain."
  local c = choose {
    "Ouvrir l’application",
    "Laisser le téléphone où il est",
  }
  if c == 1 then
    v.ch09_opened_app = true
    jump "ch09.releve"
  end
  jump "ch09.dehors"
end)

scene("ch09.releve", function()
  layout "releve" { balance = v.balance }
  say("Le relevé de la semaine tient sur un écran : {balance:euros}.", { balance = v.balance })
  say("Yacine", "Pas de tâches le dimanche. Juste pour voir.")
  say "Il regarde quand même. Il regarde toujours."
  end_chapter()
end)

scene("ch09.dehors", function()
  say "Il sort sans lui. Dehors, l’air sent la pluie et les oranges abîmées."
  say("Yacine", "Demain.")
  end_chapter()
end)
