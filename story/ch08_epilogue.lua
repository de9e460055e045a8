-- story/ch08_epilogue.lua — Chapitre 8 : « Épilogue »
--
-- June, some months after ch07. Yacine's line (his way out, `way`) and the
-- office's (what Claire did with the letter, `claire_response`) cross, and
-- the story ends on one of five endings. Which one is decided by both sides'
-- choices together (see ending_of below and the teacher's notes):
--   explications   Claire built a reason for every rejection and a dispute
--                  read by a person, and the collective kept pressing
--                  (Yacine signed the letter, or stayed with Le Comptoir);
--   nouveau_depart his account was deactivated and he took the training;
--   claire_part    Claire resigned, and the system goes on without her;
--   un_lien        he told his mother whose offices she cleans, and someone
--                  in those offices knew her name: a note crosses the divide;
--   tableau_vert   none of that: the dashboard stays green.
-- Before the endings, the months between from both sides (ch08.mars,
-- ch08.chantier): in March the model misreads spring's yellow road markings,
-- Nuée reopens for a week the image accounts it closed (the mail says why, or
-- "Bonne nouvelle !": ch08_recall), the mail reaches Yacine wherever his way
-- out took him (what he answers: ch08_reply), and the week lets a balance
-- stranded under 20 € since January over the floor (ch08_withdrew).
-- Every figure comes from story/lib/nuee.lua (the block "Chapters 7 and 8").
--
-- Variables read: way, ch07_told_mother, ch07_checks, deactivated, cut_rule,
--   claire_response, theo_warned, theo_comptoir, letter, ch04_theo_sat,
--   claire_saw_cleaner, lot7, noise, threshold, told_nadia, ch03_contested,
--   played_ch07, balance, reliability (the day's ledger is opened anew here).
-- Variables set (this chapter's own): ch08_recall, ch08_reply, ch08_withdrew,
--   ch08_answer.

chapter {
  id = "ch08", number = 8, side = "yacine", title = "Épilogue",
  start = "ch08.ouverture",
  endings = { "explications", "nouveau_depart", "claire_part", "un_lien", "tableau_vert" },
  defaults = {
    way = "formation", ch07_told_mother = false, ch07_checks = "careful",
    deactivated = true, cut_rule = "score", claire_response = "template",
    theo_warned = false, theo_comptoir = false, letter = "pseudo",
    ch04_theo_sat = false, claire_saw_cleaner = false, lot7 = true,
    noise = "ignored", threshold = 88, told_nadia = true, played_ch07 = false,
    ch03_contested = true,
    balance = 1858, reliability = 98, -- ch07's main path
  },
  sets = {
    "balance", "ledger_opening", "earned", "unpaid", "withdrawn", "day_earned",
    "ch08_answer", "ch08_recall", "ch08_reply", "ch08_withdrew",
  },
  presets = {
    { "Fin « Explications » : Claire explique les refus, Yacine a signé", set = { claire_response = "explain", letter = "name", way = "comptoir" } },
    { "Fin « Nouveau départ » : compte désactivé, la formation", set = { deactivated = true, way = "formation" } },
    { "Fin « Claire part » : Claire démissionne, Yacine clique ailleurs", set = { claire_response = "leave", way = "ailleurs", claire_saw_cleaner = true } },
    { "Fin « Un lien » : sa mère sait, et quelqu’un là-bas connaît son prénom", set = { way = "comptoir", ch07_told_mother = true, claire_saw_cleaner = true, ch04_theo_sat = true, theo_comptoir = true } },
    { "Fin « Tableau vert » : la réponse type, Yacine clique ailleurs", set = { way = "ailleurs", deactivated = false, noise = "patched" } },
  },
  card = {
    questions = {
      "Quelle fin avez-vous obtenue ? Quels choix, de quel côté, y ont conduit ? Comparez avec d’autres lecteurs.",
      "Les deux côtés se croisent-ils vraiment ? Où, et par qui ?",
      "Qu’est-ce qui a changé pour Yacine depuis le premier chapitre ? Et pour Nuée ?",
      "Qui, dans cette histoire, a le pouvoir de changer les règles ? Qui les a changées ?",
      "Une machine peut-elle remplacer tout le travail humain qu’elle a appris ? Que reste-t-il à faire aux gens ?",
    },
    facts = {
      { "Selon une estimation de 2019, environ 260 000 personnes micro-travaillent en France au moins de temps en temps, dont environ 15 000 chaque semaine ; d’autres chercheurs jugent que ce chiffre compte des inscriptions plutôt que des travailleurs actifs.",
        source = "Le Ludec, Tubaro, Casilli, Combien de personnes micro-travaillent en France ?, 2019" },
      { "L’Organisation internationale du travail compte que la moitié des travailleurs des plateformes en ligne gagnent moins de 2 dollars de l’heure, et que le nombre de ces plateformes a été multiplié par cinq entre 2010 et 2020.",
        source = "OIT, Emploi et questions sociales dans le monde, 2021" },
    },
    vocabulary = {
      { "travail du clic", "ensemble des petites tâches en ligne, payées à la pièce, qui fournissent des données aux machines" },
      { "collectif", "groupe de personnes qui s’organisent ensemble pour défendre leurs intérêts" },
      { "recours", "possibilité de demander qu’une décision soit revue, ici par une personne" },
    },
  },
}

local nuee = require "lib.nuee"

-- The ending both sides' choices lead to.
local function ending_of()
  if v.claire_response == "explain" and (v.letter ~= "no" or v.way == "comptoir") then
    return "explications"
  elseif v.deactivated and v.way == "formation" then
    return "nouveau_depart"
  elseif v.claire_response == "leave" then
    return "claire_part"
  elseif v.ch07_told_mother and (v.claire_saw_cleaner or v.ch04_theo_sat) then
    return "un_lien"
  end
  return "tableau_vert"
end

-- Who, in the offices, knew the mother's name.
local function friend()
  if v.claire_saw_cleaner and v.claire_response ~= "leave" then return "Claire" end
  return "Théo"
end

-- The reader's decisions, both sides, as the end screen sums them up: each a
-- line of the ending's summary (recap), chosen by one decision.
local function sum_up()
  recap { "Claire a fixé le seuil d’accord à {threshold} %.", { threshold = v.threshold } }
  recap(v.lot7 and "Yacine a pris le lot 7." or "Yacine a refusé le lot 7.")
  if v.noise == "raised" then recap "Claire a dit que le « bruit » était des lectures."
  elseif v.noise == "patched" then recap "Claire a corrigé le score en silence."
  else recap "Claire a retiré les « bruyants » et livré." end
  recap(v.theo_comptoir and "Théo a répondu au Comptoir sous le nom de Veilleur." or "Théo n’a rien écrit au Comptoir.")
  if v.letter == "name" then recap "Yacine a signé la lettre de son nom."
  elseif v.letter == "pseudo" then recap "Yacine a signé la lettre sous le nom de Creil60."
  else recap "Yacine n’a pas signé la lettre." end
  recap(v.cut_rule == "notice" and "Claire a obtenu un préavis d’un mois pour les comptes coupés." or "Les comptes ont été coupés par le score, sans préavis.")
  recap(v.deactivated and "Le compte de Yacine a été désactivé." or "Le compte de Yacine est resté ouvert.")
  if v.claire_response == "explain" then recap "Claire a fait expliquer chaque refus, et lire les contestations par une personne."
  elseif v.claire_response == "leave" then recap "Claire a démissionné."
  else recap "La lettre a reçu la réponse type." end
  recap(v.ch07_told_mother and "Yacine a dit à sa mère pour qui il travaillait." or "Yacine n’a pas dit à sa mère pour qui il travaillait.")
  if v.way == "formation" then recap "Yacine est parti en formation à Compiègne."
  elseif v.way == "comptoir" then recap "Yacine est resté, avec le collectif du Comptoir."
  else recap "Yacine a continué à cliquer, sur Ruche." end
  recap(v.ch08_recall == "truth" and "En mars, le mail aux comptes fermés a dit pourquoi on les rouvrait, et pour combien de temps." or "En mars, les comptes fermés ont reçu « Bonne nouvelle ! », sans date de fin.")
  if v.ch08_withdrew then
    recap { "En mars, Yacine a retiré les {w:euros} bloqués depuis janvier.", { w = v.ch08_withdrew } }
  end
  recap(v.ch08_reply == "answer" and "Yacine a dit à Nuée ce que veut dire le jaune, sans rien demander." or "Yacine n’a rien dit à Nuée du jaune.")
end

-- The credits, the same under every ending.
local CREDITS = {
  "Centimes, une fiction interactive en huit chapitres, écrite en français et traduite en anglais pour le moteur Ficelle.",
  "Écriture, programmation, traduction et cartes pour la classe : l’équipe de Ficelle.",
  "D’après la prémisse du roman de Hugo Jauffret, Je ne suis pas un robot (Eyrolles, 2023), telle que son auteur l’a décrite dans un entretien. Le texte du roman n’est pas utilisé : chaque scène, chaque réplique et chaque nom, hormis celui de Yacine, appartiennent à ce projet.",
  "Les faits des cartes de discussion viennent des sources que chaque carte cite.",
  "Ficelle est écrit en C, avec SDL2, SDL2_ttf, Lua 5.4, PhysicsFS et Jansson.",
}

-- Scenes ------------------------------------------------------------------

scene("ch08.ouverture", function()
  layout "page" {}
  if not v.played_ch07 then
    note "Vous ouvrez l’épilogue sans avoir joué les chapitres précédents : les choix des deux côtés sont des valeurs par défaut, pas les vôtres."
  end
  if v.way == "formation" then
    note "En janvier, Yacine a dit oui à la formation de Compiègne."
  elseif v.way == "comptoir" then
    note "En janvier, Yacine est resté, pour s’organiser avec le Comptoir et Ranto."
  else
    note "En janvier, Yacine s’est inscrit sur Ruche, une autre plateforme."
  end
  if v.claire_response == "explain" then
    note "Chez Nuée, Claire a obtenu qu’une raison accompagne chaque refus, et qu’une personne lise les contestations."
  elseif v.claire_response == "leave" then
    note "Chez Nuée, Claire a démissionné après la lettre."
  else
    note "Chez Nuée, la lettre a reçu la réponse type, et le tableau de bord est resté vert."
  end
  v.ch08_withdrew = false -- set in March if he takes out what was stranded
  say "Cinq mois, de janvier à juin, ce qui, chez Nuée, fait trois versions du produit, et à Creil, un hiver."
  jump "ch08.mars"
end)

-- The months between, from the office (March): spring roadworks paint yellow
-- markings the model never saw; the checkers of Lot 21 find its mistakes; Halo
-- wants worksite scenes labelled by people for a week, and Nuée writes to the
-- image accounts it closed in January. How it writes: ch08_recall.
scene("ch08.mars", function()
  local under, all = nuee.cut(v.threshold, v.noise)
  local lead = v.claire_response == "leave" and "Hugo" or "Claire"
  local writer = v.claire_response == "leave" and "Théo" or "Claire"
  layout "dashboard" {
    rows = {
      { "Labels vérifiés à la main (mars)", nuee.checked_month() },
      { "Labels corrigés — toutes scènes", ("%d %%"):format(nuee.MODEL_ERRORS) },
      { "Labels corrigés — scènes de chantier", ("%d %%"):format(nuee.WORKS_ERRORS) },
      { "Coût par label (images, automatisées)", nuee.fr_cost(nuee.auto_cost()) },
    },
    alert = "Dérive du modèle : scènes de chantier (marquage temporaire)", tone = "warn",
  }
  say "Mars. Un mardi, 9 h 20. Salle Canopée. Sur l’écran mural, une ligne orange depuis jeudi."
  say("Scènes de chantier : {w} % de labels corrigés par les vérificateurs du lot 21, contre {m} % sur l’ensemble. Ailleurs, rien ne bouge.", { w = nuee.WORKS_ERRORS, m = nuee.MODEL_ERRORS })
  say "Cause trouvée en une matinée. Printemps, travaux de voirie, marquage provisoire : passages piétons peints en jaune, flèches jaunes, lignes jaunes tracées par-dessus les blanches. Le modèle a appris les rues de l’hiver : les images d’entraînement avaient été prises d’octobre à décembre, et personne n’avait pensé au printemps. Le jaune n’y était pas."
  if v.claire_response == "explain" then
    say "Dans la file des contestations, le signal était là dix jours plus tôt. Des dizaines de messages, presque la même phrase : « Les bandes jaunes, c’est un passage provisoire, non ? » Les vérificateurs contestaient les refus ; les refus venaient du modèle. Claire a fait le lien un vendredi soir, le tableau le jeudi suivant."
  elseif v.claire_response == "leave" then
    say "Hugo a vu la ligne orange jeudi. Il a relu le code du score, relancé les calculs, conclu que le score fonctionnait. Il fonctionnait. Ce n’est pas le score qui ne sait pas lire le jaune."
  else
    say "Les contestations, elles, sont au plus bas depuis janvier. Le formulaire répond en quatre secondes ; on a cessé de lui écrire. Le jaune est arrivé sur le tableau par les vérificateurs, avec dix jours de retard sur la rue."
  end
  if v.theo_comptoir then
    say "Théo l’avait lu avant, sur le Comptoir, dans un fil de la semaine précédente : « Ils nous font vérifier des bandes jaunes et le robot voit du blanc. » Il n’en a rien dit. On ne cite pas le Comptoir en réunion."
  end
  layout "chat" { channel = "#équipe-données", people = { lead, "Théo", "Marc" }, clock = "9 h 41" }
  say("Marc", "Jonas a vu la ligne. Halo veut {recall} images de chantier étiquetées par des gens, en {days} jours. Ensuite le modèle apprend le jaune et on n’en parle plus.", { recall = nuee.RECALL, days = nuee.RECALL_DAYS })
  say("Théo", "les vérificateurs du lot 21 l’ont vu avant nous. à {c:euros} la vérif", { c = nuee.pay(21) })
  say("Marc", "Combien de comptes sur les images, aujourd’hui ?")
  say(lead, "{active}. Ils ont déjà le lot 21. Pas assez pour tenir {days} jours.", { active = all - under, days = nuee.RECALL_DAYS })
  bind { clock = "9 h 44" }
  say("Marc", "Et les comptes fermés en janvier ? Ils sont toujours dans la base.")
  say(lead, "{under}.", { under = under })
  say("Théo", "on les a fermés parce que le modèle n’avait plus besoin d’eux")
  say("Marc", "Et là, il a besoin d’eux. Lot 3 rouvert une semaine, tarif normal, {pay:euros} l’image. C’est une bonne nouvelle pour eux, Théo.", { pay = nuee.pay(3) })
  say("Théo", "pour une semaine")
  say("Marc", "Pour une semaine. Qui écrit le mail ?")
  bind { clock = "9 h 52" }
  if v.claire_response == "leave" then
    say("Hugo", "Il y a un modèle « réactivation » dans l’outil. Je peux l’envoyer tout de suite.")
    say("Théo", "je l’écris")
  else
    say("Claire", "Moi.")
  end
  discuss("Pour apprendre le jaune, le modèle a besoin des gens qu’il a remplacés. Qu’est-ce que cela dit de l’« automatisation » ?", { minutes = 4 })
  layout "page" {}
  say("10 h 30. {writer}, le modèle « réactivation » ouvert dans un onglet, une page blanche dans l’autre.", { writer = writer })
  say "Le modèle existe depuis deux ans. Il a servi pour des comptes suspendus par erreur et rouverts sans explication. Il commence par « Bonne nouvelle ! »."
  local c = choose {
    prompt = "Le mail aux comptes fermés en janvier.",
    { "Dire ce que c’est : une semaine, pourquoi, et ce qui vient après", value = "truth" },
    { "Envoyer le modèle : « De nouvelles missions vous attendent ! »", value = "cheer" },
  }
  v.ch08_recall = c
  if c == "truth" then
    layout "mail" { from = "Nuée", to = "Comptes images fermés en janvier", subject = "Une semaine de travail, et pourquoi" }
    say(writer, "Bonjour. Notre modèle se trompe sur les scènes de chantier : il n’a pas appris le marquage jaune. Nous avons besoin de personnes pour étiqueter {recall} images en {days} jours, à {pay:euros} l’image. Votre compte est rouvert pour cette semaine seulement ; il sera refermé ensuite. Nous savons ce que cela veut dire, après janvier. Vous êtes libre de refuser.", { recall = nuee.RECALL, days = nuee.RECALL_DAYS, pay = nuee.pay(3) })
    say("Marc relit avant l’envoi. Une seule note, en marge : « Obligé de dire qu’on les refermera ? » Réponse de {writer}, en marge aussi : « Ils le verront dans huit jours. Autant qu’ils le lisent avant. » Envoi à 11 h 02.", { writer = writer })
  else
    layout "mail" { from = "Nuée", to = "Comptes images fermés en janvier", subject = "Bonne nouvelle ! Votre espace est réactivé" }
    say("Nuée", "Bonne nouvelle ! Votre espace contributeur est de nouveau actif. De nouvelles missions vous attendent dans la catégorie Images, selon les besoins de nos clients. Merci pour votre fidélité. Chaque clic compte !")
    say("Pas de date de fin. Elle est dans les conditions générales, au mot « besoins ». {writer} clique sur « Envoyer » à 11 h 02. {under} mails partent avant 11 h 04.", { writer = writer, under = under })
  end
  layout "page" {}
  say("Le 28, à minuit, fermeture du lot 3. {recall} images étiquetées en {days} jours, par des comptes que le score avait jugés insuffisants en janvier. Le 29, les comptes sont refermés par le script de janvier, réutilisé tel quel.", { recall = nuee.RECALL, days = nuee.RECALL_DAYS })
  say("Le 29 au matin, Théo vérifie que le script a tourné. {under} comptes refermés, aucune erreur. Dans le canal, il écrit « ok ». Deux lettres, sans majuscule, comme toujours.", { under = under })
  say "Le 3 avril, la ligne orange repasse au vert."
  jump "ch08.chantier"
end)

-- The same week, on Yacine's side: the mail reaches him where his way out has
-- taken him, and yellow stripes are in front of him. What he answers:
-- ch08_reply.
scene("ch08.chantier", function()
  layout "page" {}
  if v.way == "formation" then
    say "21 mars, 12 h 40. Margny-lès-Compiègne, la pause de midi, sur un muret, le sandwich dans son papier. Devant lui, la tranchée du matin, à moitié refermée, et, pour que les piétons la traversent, un passage provisoire que l’équipe de voirie a peint en jaune hier soir."
    say "Ils sont onze dans la session. Une ancienne caissière de Noyon, dont le magasin a gardé une surveillante pour six caisses automatiques. Un préparateur de commandes d’un entrepôt de Senlis, où les allées ont été confiées à des chariots qui roulent seuls. À midi, ils ne parlent pas de ça. Ils parlent des soudures, et de qui a raté la sienne."
    say "Ses mains sentent le produit qui sert à nettoyer les fibres. Sur sa veste, le nom de l’organisme de formation, brodé, et en dessous, au feutre, le sien."
  elseif v.way == "comptoir" then
    say "21 mars, 21 h. La visio du jeudi. Mireille partage son écran : un mail de Nuée, reçu à 11 h 02 par la moitié des gens présents."
    say("Gégé du 62", "Regardez l’image d’exemple. C’est la rue de ma belle-sœur, à Lens. Ils ont photographié la rue de ma belle-sœur.")
  else
    say("21 mars, 15 h. Sur Ruche, depuis trois jours, des scènes de chantier, à {ruche:euros} l’image. Des barrières, des cônes, des bandes jaunes sur l’asphalte. Quelqu’un, quelque part, a besoin qu’on lui dise ce que veut dire le jaune.", { ruche = nuee.RUCHE_IMAGE })
  end
  if v.deactivated and v.ch08_recall == "truth" then
    say "Un mail de Nuée, le premier depuis janvier : « Une semaine de travail, et pourquoi ». Il le lit deux fois. Le modèle se trompe sur les chantiers ; on a besoin de lui pendant une semaine ; ensuite, on le refermera. C’est écrit. Pour la première fois, Nuée lui dit pourquoi, et jusqu’à quand."
  elseif v.deactivated then
    say "Un mail de Nuée, le premier depuis janvier : « Bonne nouvelle ! Votre espace est réactivé. » Il cherche une date de fin. Il n’y en a pas. Il cherche le mot « janvier ». Il n’y est pas non plus. Six ans de service client : il sait lire ce qu’une lettre ne dit pas."
  else
    say("Sur son compte Nuée, resté ouvert, le lot 3 est revenu ce matin, après deux mois d’absence. Des scènes de chantier, à {pay:euros}. Aucun mot pour dire pourquoi. Il n’en a pas besoin.", { pay = nuee.pay(3) })
  end
  if v.deactivated then
    say("Par réflexe, il compte. {tasks} images par jour, comme avant, pendant {days} jours, à {pay:euros} l’image : {sum:euros}.", { tasks = nuee.DAY_TASKS, days = nuee.RECALL_DAYS, pay = nuee.pay(3), sum = nuee.DAY_TASKS * nuee.RECALL_DAYS * nuee.pay(3) })
    if v.way == "formation" then
      say "Il n’a pas ces journées-là. Il a celle-ci, de 8 h à 17 h, avec une tranchée dedans."
    else
      say "Il connaît ce calcul. Il connaît aussi ce qui vient après la semaine."
    end
  end
  if v.way == "formation" then
    say "Il lève les yeux. Les bandes jaunes sont là, à trois mètres, encore brillantes. La machine ne sait pas ce qu’elles veulent dire. Lui est assis à côté."
  elseif v.way == "comptoir" then
    say "Sur l’écran partagé, les bandes jaunes de Lens. Vingt petites fenêtres les regardent. Tout le monde sait ce qu’elles veulent dire, sauf la machine qu’ils ont nourrie tout l’hiver."
  else
    say "Les mêmes bandes jaunes que sur Ruche ce matin. Les mêmes rues, peut-être vendues deux fois. Il se demande qui, de Ruche ou de Nuée, paie l’autre."
  end
  if v.ch03_contested then
    say "La dernière fois qu’il a écrit à Nuée, c’était pour contester un arrêt de bus. On lui avait répondu en quatre secondes."
  else
    say "Il n’a jamais écrit à Nuée. Il a toujours pensé qu’on n’écrit pas à un formulaire."
  end
  local c = choose {
    prompt = "Nuée, et les bandes jaunes.",
    { "Répondre ce que veut dire le jaune, et rien d’autre", value = "answer" },
    { "Ne pas répondre", value = "silence" },
  }
  v.ch08_reply = c
  if c == "answer" and v.way == "comptoir" then
    say "Il écrit pendant que les autres parlent, dans le fil de la visio, pour tout le monde : « Le jaune, c’est provisoire. Quand il y a du jaune, on suit le jaune et on oublie le blanc. Et avec chaque refus de cette semaine-là, dites-nous pourquoi. » Mireille corrige une virgule. Les signatures arrivent pendant la réunion."
    say("Ranto", "Tu leur apprends la voirie française gratuitement. Ma fille dirait que c’est du bénévolat pour une entreprise.")
    say("Creil60", "Ta fille a toujours raison.")
  elseif c == "answer" then
    say "Il répond avec le pouce : « Le jaune, c’est provisoire. Quand il y a du jaune, on suit le jaune et on oublie le blanc. Ça vaut pour les piétons aussi. » Il signe Creil60, l’envoie à l’adresse « ne-pas-repondre », et ne demande rien."
    if v.way == "formation" then
      say("Le formateur", "Tu expliques la voirie à qui ?")
      say("Yacine", "À une machine.")
      say("Le formateur", "Elle paie bien ?")
      say("Yacine", "Elle ne paie pas. Elle apprend.")
    else
      say("Sur Ruche, on le lui aurait payé {ruche:euros}. Il l’a donné. Il ne sait pas bien pourquoi, et il ne cherche pas.", { ruche = nuee.RUCHE_IMAGE })
    end
  elseif v.way == "formation" then
    say "Il range le téléphone. Le formateur siffle la fin de la pause. Il enjambe la tranchée par le passage jaune, comme tout le monde, sans y penser, ce qui est exactement ce que la machine ne sait pas faire."
  elseif v.way == "comptoir" then
    say "Il ne répond pas, et le collectif non plus : chacun décide seul. Gégé prend la semaine. « Ça paie la facture d’eau. » Personne ne le lui reproche. Lui non plus."
  else
    say "Il ne répond pas. Il retourne à Ruche, où les bandes jaunes paient ce qu’elles paient, et où personne ne lui a rien fermé. Pas encore."
  end
  if v.way == "formation" then
    say "Dans le TER du retour, entre Compiègne et Creil, il regarde par la vitre les rues des villages, quand la voie les longe. Des passages piétons, blancs, tous. Il se surprend à les compter, et il s’arrête. Personne ne le paie plus pour ça. Il peut les regarder pour rien."
  end
  -- The balance stranded under the floor since January: the week reopens the
  -- account, and a few images take it over the floor (unless his dispute,
  -- read by Claire in January, already had it paid: see ch08.croisement).
  if v.deactivated and v.cut_rule == "score" and v.balance > 0 and v.balance < nuee.WITHDRAW_MIN
      and ending_of() ~= "explications" then
    local k = (nuee.WITHDRAW_MIN - v.balance + nuee.pay(3) - 1) // nuee.pay(3)
    nuee.open_day() -- the week of March: its ledger
    layout "platform" (nuee.screen {
      clock = "22 h 10", notice = "Lot 3 — Scènes de chantier — réouverture temporaire",
      lots = { { text = "Lot 3 — Scènes de chantier", note = nuee.pay(3) } },
    })
    if v.way == "comptoir" then
      say("22 h 10. Mireille l’a dit à tout le monde avant de couper la visio : ceux qui ont moins de vingt euros bloqués, faites juste ce qu’il faut pour passer la barre, et retirez. Il lui manque {missing:euros}. {k} images.", { missing = nuee.WITHDRAW_MIN - v.balance, k = k })
    else
      say("22 h 10. Il rouvre Nuée, pour une autre raison que le jaune. Son solde de janvier est toujours là. Il lui manque {missing:euros} pour avoir le droit de le prendre. {k} images.", { missing = nuee.WITHDRAW_MIN - v.balance, k = k })
    end
    say "La case blanche. « Je ne suis pas un robot. » Il la coche, une fois de plus. Des rues, des cônes, des bandes jaunes. Il sait quoi répondre à chacune."
    nuee.earn(3, k)
    bind { clock = "22 h 41" }
    say("22 h 41. {b:euros}. Le bouton « Retirer » passe au vert.", { b = v.balance })
    local w = v.balance
    nuee.withdraw(w)
    v.ch08_withdrew = w
    nuee.settle()
    say "Il appuie. « 3 à 5 jours ouvrés. » Il éteint avant que l’écran lui propose autre chose."
  end
  if v.ch07_told_mother then
    say "Le lendemain matin, à 7 h 36, sa mère pose son sac dans l’entrée."
    say("Sa mère", "Au quatrième, le grand écran est orange, cette semaine. D’habitude, il est vert. Ils restent tard.")
    say "Il lui explique le jaune, le modèle, le mail. Elle écoute en enlevant ses chaussures, sans s’asseoir."
    if c == "answer" then
      say("Sa mère", "Alors c’est toi qui leur as appris.")
      say("Yacine", "Non. D’autres, à {pay:euros} l’image. Moi, je l’ai juste dit.", { pay = nuee.pay(3) })
    else
      say("Sa mère", "Et tu ne leur as rien dit.")
      say("Yacine", "D’autres le leur diront, à {pay:euros} l’image.", { pay = nuee.pay(3) })
    end
  else
    say "Le lendemain matin, sa mère rentre à 7 h 36 et dit, en passant, que dans les bureaux où elle fait le ménage, le grand écran est orange cette semaine. Elle le dit comme on parle de la météo. Il ne relève pas. Il ne lui a jamais dit pour qui elle fait le ménage."
  end
  jump "ch08.yacine"
end)

scene("ch08.yacine", function()
  layout "page" {}
  if v.way == "formation" then
    say "Juin. 6 h 12. Le réveil sonne, et depuis février, c’est pour aller quelque part."
    say "Margny-lès-Compiègne, une rue pavillonnaire, une tranchée ouverte sur le trottoir. Yacine, en gilet orange, soude deux brins de verre plus fins qu’un cheveu sous une petite loupe, et le formateur compte à voix haute, pour rire, comme un arbitre."
    say "Le travail est minutieux, et il y a des gens autour. Personne ne le note en pourcentage. Quand il rate une soudure, le formateur dit « recommence », et il recommence, et la deuxième est bonne, et ça s’arrête là."
    say "Ses épaules lui font mal, le soir, mais c’est un mal qui a une raison et une heure de fin."
  elseif v.way == "comptoir" then
    say "Juin, un jeudi, 20 h. La visio du Comptoir : vingt-trois petites fenêtres, des cuisines, des chambres, un salon à Antananarivo où le courant tient, ce soir."
    say "Ils ont écrit un guide : « Contester un refus en six étapes ». Yacine a rédigé les étapes quatre à six, avec les phrases qu’on utilisait au service client pour obliger quelqu’un à lire jusqu’au bout. Le guide a été téléchargé quatre mille fois."
    say("Ranto", "Ma fille dit que je suis syndicaliste. Je lui ai dit que non. Elle a dit : « Tu as des réunions le soir et tu parles de règles. » Elle a quatorze ans, elle a toujours raison.")
    say "Le jour, Yacine fait ce qui reste : des enquêtes, des textes, des heures de ménage que sa mère lui a trouvées dans une agence. Le soir, il écrit à des machines des lettres qu’elles devront faire lire à quelqu’un."
  else
    say "Juin. 6 h 12. Le réveil sonne. L’ordinateur, la case blanche. « Je ne suis pas un robot. » Sur Ruche, on lui demande des vélos."
    say("Ruche ressemble à Nuée comme une sœur qu’on n’a pas choisie : un autre slogan, une autre couleur, les mêmes rues sous la pluie, à {pay:euros} l’image.", { pay = nuee.RUCHE_IMAGE })
    say "Il reconnaît certaines images. Il se demande si elles ont été achetées, revendues, prêtées, si elles tournent d’une plateforme à l’autre comme lui."
    say "Il a retrouvé son rythme : neuf heures par jour, le pavé tactile quand sa mère dort. Il sait maintenant ce qu’est un seuil d’accord. Ça ne change rien, mais il le sait."
  end
  if v.lot7 then
    say "Il dort mieux qu’en décembre. Certaines nuits, encore, il se lève pour vérifier la porte, et il ne sait plus toujours pourquoi."
  end
  -- What became of the balance left on Nuée.
  if v.ch08_withdrew then
    say("Les {w:euros} sont arrivés le 2 avril. Le virement s’appelait « Retrait contributeur ». De l’argent gagné cet hiver, bloqué en janvier, débloqué en mars par une demi-heure de bandes jaunes.", { w = v.ch08_withdrew })
  elseif v.deactivated and v.cut_rule == "notice" then
    nuee.open_day() -- February's payment: its ledger
    local paid = nuee.pay_out()
    nuee.settle()
    say("En février, à la date de désactivation, Nuée lui a versé {paid:euros}. Le virement s’appelait « Solde contributeur ». Il a gardé la capture d’écran, comme on garde un ticket de concert.", { paid = paid })
  elseif v.deactivated and v.balance >= nuee.WITHDRAW_MIN then
    nuee.open_day()
    local paid = nuee.pay_out()
    nuee.settle()
    say("En février, trente jours pile après la désactivation, {paid:euros} sont arrivés sur son compte. La dernière fois que Nuée lui a dit merci.", { paid = paid })
  elseif v.deactivated and ending_of() ~= "explications" then
    say "Sur un compte qu’il ne peut plus ouvrir, un solde qu’il ne peut plus voir dit toujours {balance:euros}. Il y pense parfois, comme à une pièce tombée derrière un radiateur."
  elseif not v.deactivated then
    say "Son compte Nuée est toujours ouvert. Il s’y connecte une fois par semaine, pour voir. Il y a des enquêtes. Il n’y a plus d’images depuis le 28 mars."
  end
  jump "ch08.ranto"
end)

scene("ch08.ranto", function()
  layout "chat" { channel = "Le Comptoir" }
  say "Un dimanche soir, un message de Ranto, qui n’écrit plus beaucoup."
  say("Ranto", "Ici c’est l’hiver. Quinze degrés le matin, ma fille dort avec deux pulls et elle dit que c’est ma faute.")
  say("Ranto", "J’ai trouvé un travail. Un centre d’appels, à Ankorondrano. Je réponds à des Français qui ont un problème de facture d’électricité. Huit heures par jour, un casque, un salaire à la fin du mois.")
  say("Ranto", "Il y a un robot avant moi. Il répond d’abord. Je prends ceux qu’il n’a pas compris. Ils arrivent déjà fâchés, à cause du robot.")
  say "Yacine relit le message deux fois. Le fournisseur, Ranto ne le nomme pas. Il n’a pas besoin."
  say("Creil60", "Je connais ce travail. Je le faisais, avant. À Creil. Puis on l’a envoyé chez toi, et au robot.")
  say("Ranto", "Alors c’est toi qui étais là avant moi. Dis-moi comment on fait, avec ceux qui crient.")
  local c = choose {
    prompt = "Comment on fait, avec ceux qui crient.",
    { "« On les laisse crier jusqu’au bout. Après, ils écoutent. »", value = "listen" },
    { "« On leur dit son prénom. Le robot n’en a pas. »", value = "name" },
  }
  if c == "listen" then
    say("Creil60", "On les laisse crier jusqu’au bout. On ne coupe pas. Après, ils écoutent, presque toujours. Ils veulent surtout savoir qu’il y a quelqu’un.")
  else
    say("Creil60", "On leur dit son prénom, au début. Le vrai. Le robot n’en a pas. Ça change la suite, souvent.")
  end
  say("Ranto", "Merci, collègue.")
  say "Collègue. Il garde le mot un moment, comme on garde une pièce étrangère trouvée dans sa monnaie."
  if v.lot7 then
    say("Ranto", "Et les nuits ? Depuis le lot 7.")
    say("Creil60", "Mieux. Pas tout à fait. Et toi ?")
    say("Ranto", "Pareil. Pas tout à fait. On dira ça, alors.")
  end
  discuss("Yacine a-t-il « réussi » ? Qu’est-ce qui, dans sa vie, a vraiment changé, et qu’est-ce qui est resté ? Et pour Ranto ?", { minutes = 4 })
  jump "ch08.berck"
end)

scene("ch08.berck", function()
  layout "page" {}
  say "Un samedi de juin, Nadia a un jour de repos qui tombe un jour de repos, ce qui n’arrive pas deux fois par an. Elle l’emmène à Berck, avec le cerf-volant de la photo."
  say "Le vent vient de la mer, franc, régulier. Sur la plage, des chars à voile, des chiens, des enfants qui courent après des choses qui s’envolent."
  say("Nadia", "Il n’a jamais volé. Jamais. Trois étés. Le vendeur m’avait dit que c’était un modèle pour débutants. Je crois qu’il était pour débutants en déception.")
  if v.way == "formation" then
    say("Nadia", "Alors, technicien. Tu grimpes sur des poteaux, maintenant ?")
    say("Yacine", "Sur des nacelles. Les poteaux, c’est pour les gens qui n’ont pas fait la formation.")
  elseif v.way == "comptoir" then
    say("Nadia", "Et ton collectif ? Maman dit que tu écris des lettres le soir, comme un notaire.")
    say("Yacine", "Comme un notaire qui ne serait pas payé. C’est un métier qui n’existe pas encore.")
  else
    say("Nadia", "Et ta nouvelle plateforme ?")
    say("Yacine", "Elle ressemble à l’ancienne. Ça rassure, au début.")
    say "Nadia ne dit rien. Elle a gardé le lien de Compiègne. Il le sait ; elle sait qu’il le sait. Ils regardent la mer, qui n’a d’avis sur rien."
  end
  local c = choose {
    prompt = "Le cerf-volant, dans le vent de la mer.",
    { "Tenir le fil et courir", value = "run" },
    { "Laisser Nadia le tenir", value = "nadia" },
  }
  if c == "run" then
    say "Il prend le fil et court, contre le vent, comme un enfant, comme un idiot, sur le sable mouillé. Derrière lui, le cerf-volant hésite, racle le sol, puis monte d’un coup, d’un seul, et reste là-haut."
    say "Il ne s’arrête pas de courir tout de suite. Il entend sa sœur rire derrière lui, et c’est un bruit qu’il n’avait pas entendu depuis longtemps."
  else
    say "Il tend le fil à Nadia. Elle court, lui tient la toile, la lâche au bon moment. Le cerf-volant monte. Il monte vraiment. Nadia crie quelque chose que le vent emporte."
    say "Il prend une photo. Sur la photo, pour la première fois, le cerf-volant vole. Nadia en fera sa photo de profil le soir même."
  end
  say "Personne ne lui demande s’il est un robot. Personne ne compte. Il a mal aux mollets, le soir, et il ne sait pas ce que ça vaut en centimes."
  jump "ch08.bureau"
end)

scene("ch08.bureau", function()
  layout "page" {}
  say "À Paris, quai de Valmy, le même mois. Les bureaux de Nuée ont changé de ficus : celui-ci est vrai, et il est en train de mourir."
  if v.claire_response == "explain" then
    layout "dashboard" {
      rows = {
        { "Refus accompagnés d’une raison", "100 %" },
        { "Contestations lues par une personne", "toutes" },
        { "Coût par label (images, automatisées)", nuee.fr_cost(nuee.auto_cost()) },
      },
      alert = "Contestations en attente : file de Claire",
    }
    say "Claire a une nouvelle ligne sur son tableau, et elle n’est jamais verte : les contestations en attente. Chaque matin, elle en lit cinquante. Sous chaque refus, maintenant, il y a une phrase, et au bout de la phrase, quand on le demande, il y a elle."
    say "Marc a défendu la ligne devant le conseil, en mars, avec un chiffre : les contributeurs qui reçoivent une raison se trompent moins la fois suivante. C’était vrai. Il ne l’a pas dit pour ça, mais il l’a dit."
  elseif v.claire_response == "leave" then
    say "Le bureau près de la fenêtre est occupé par un garçon de vingt-six ans qui s’appelle Hugo et qui n’a jamais rencontré Claire. Il maintient son score. Il ne le discute pas : il fonctionne."
    say "Claire travaille maintenant pour un hôpital public, à compter des lits et des nuits d’infirmières. Elle gagne un tiers de moins. Elle va au travail à vélo, le long du canal, et elle ne regarde pas les fenêtres du quatrième étage quand elle passe devant."
  else
    layout "dashboard" {
      rows = {
        { "Coût par label, en novembre", nuee.fr_cost(nuee.simulate(v.threshold).cost) },
        { "Coût par label (images, automatisées)", nuee.fr_cost(nuee.auto_cost()) },
        { "Lettre des contributeurs", "réponse envoyée" },
      },
      alert = "Tous les indicateurs au vert",
    }
    say("Le tableau de Claire est vert de haut en bas. Le coût par label des images est passé de {before:.3} € à {after:.3} € : une personne vérifie un label sur {k}, à {pay:euros} la vérification.", { before = nuee.simulate(v.threshold).cost / 1000, after = nuee.auto_cost() / 1000, k = 100 // nuee.CHECK_SAMPLE, pay = nuee.pay(21) })
    say "Marc a levé les fonds. Il a montré la courbe, celle qui descend, au conseil, et le conseil a applaudi, et il a pensé, pendant les applaudissements, à la chanson des poissons, sans savoir pourquoi."
  end
  say "Depuis avril, le modèle v4 reconnaît le jaune. Note de version, une ligne : « Marquage temporaire : pris en charge. »"
  if v.ch08_reply == "answer" then
    say "Dans la boîte « ne-pas-repondre », un mail de Creil60 daté du 21 mars, sur le jaune. Théo l’a lu, parce qu’il lit les boîtes que personne ne lit. Il l’a transféré à l’équipe du modèle, sans commentaire. Personne ne lui a répondu non plus."
  end
  if v.ch04_theo_sat then
    say "Théo n’est plus d’astreinte. Il a vu un médecin en février, pour le dos, et le médecin lui a posé d’autres questions. Il travaille quatre jours sur cinq. Le cinquième, il apprend à ne rien réparer."
  else
    say "Théo est toujours d’astreinte. Il a eu une semaine d’arrêt en avril, qu’il a appelée « une grippe ». Sa douleur sous l’omoplate a un nom, maintenant, mais pas celui qu’il croyait."
  end
  if v.theo_comptoir then
    say "Veilleur écrit encore sur le Comptoir, parfois. Il n’a jamais dit qui il était. Il dit seulement, quand une règle change, ce qui change, avant que ça change."
  end
  jump "ch08.malika"
end)

scene("ch08.malika", function()
  layout "page" {}
  say "Les nuits de juin, Malika commence par le quatrième étage, parce que c’est là qu’il fait le plus chaud et qu’elle préfère l’avoir derrière elle."
  say "Une heure de moins par nuit depuis janvier, pour la même surface. Elle a trouvé où la prendre : elle ne s’assied plus dans l’escalier de secours à 2 h. Son genou droit le lui reproche, le matin, dans le RER."
  say "Depuis mai, au troisième, un robot laveur passe avant elle. L’entreprise de nettoyage l’appelle « l’assistant ». Il se coince sous les bureaux, dans les câbles, contre les pieds des chaises ; elle le dégage et le remet dans sa trace. On lui a demandé de noter ses pannes sur une feuille, pour le fournisseur. Elle les note, d’une écriture appliquée. Personne ne lui a dit à quoi servira la feuille. Elle devine."
  say "Elle compte, en passant l’aspirateur : quatre ans et deux mois avant la retraite. Elle n’a jamais compté ses nuits. Elle compte celles qui restent."
  if v.claire_response == "leave" then
    say "Sur l’ancien bureau de Claire, il y a maintenant une gourde en métal et trois câbles. Le garçon qui s’assied là lui dit bonsoir sans lever les yeux. Il ne sait pas qu’avant, il y avait un renard."
  elseif v.claire_saw_cleaner then
    say "Claire est là, certains soirs. Elles se disent bonsoir par leurs prénoms. Claire boit son thé, maintenant ; Malika vérifie, en vidant la corbeille."
  else
    say "La fille aux deux écrans reste moins tard qu’en hiver. Elles ne se parlent pas. Malika lui vide sa corbeille sous le bureau ; la fille lève les pieds sans regarder."
  end
  if v.ch04_theo_sat then
    say "Près de la machine à café, quelqu’un laisse une clémentine, certains jeudis, sur le plan de travail. Jamais de mot. Elle sait de qui."
  end
  say "Sur l’écran mural de la salle Canopée, le tableau est allumé toute la nuit. Elle ne sait pas lire les chiffres. Elle sait lire les couleurs, comme tout le monde."
  jump "ch08.croisement"
end)

scene("ch08.croisement", function()
  local e = ending_of()
  layout "page" {}
  if e == "explications" then
    if v.deactivated then
      -- The balance a dispute read by a person gets paid (taken on the page,
      -- where the ledger's figures may be shown).
      nuee.open_day()
      local paid = v.cut_rule == "score" and v.balance > 0 and v.balance < nuee.WITHDRAW_MIN and nuee.pay_out()
      nuee.settle()
      layout "mail" { from = "Claire Morel, Nuée", to = "Creil60", subject = "Votre contestation" }
      say "En janvier, le soir du mail, il avait appuyé sur le lien : « une personne de notre équipe lira votre demande ». Il avait écrit dix lignes, avec les phrases du service client qui obligent à lire jusqu’au bout. Il n’attendait rien."
      say("Claire Morel", "Bonjour, j’ai relu votre dossier. Votre score a baissé surtout sur des images où les contributeurs se partagent presque à égalité : ce n’étaient pas des erreurs. Je ne peux pas rétablir votre compte, la catégorie n’existe plus. Je vous devais au moins cette explication.")
      if paid then
        say("Claire Morel", "Votre solde vous sera versé en entier, même sous le seuil de retrait. J’ai obtenu que ce soit la règle pour tous les comptes désactivés.")
        say("Trois jours plus tard, {paid:euros} arrivent sur son compte, avec pour libellé « Régularisation contributeur ».", { paid = paid })
      end
    else
      layout "platform" {
        balance = v.balance, reliability = v.reliability, clock = "21 h 14",
        withdraw_min = nuee.WITHDRAW_MIN,
        notice = "Réponse non conforme — Votre réponse diffère de celle de 8 contributeurs sur 10.",
      }
      say "21 h 14. Une ligne rouge, un soir, sur un compte qui reste. Mais sous la ligne, une phrase. Et sous la phrase, un bouton : « Demander l’avis d’une personne »."
      if v.way == "comptoir" then
        say "Il appuie. Il écrit trois lignes, avec les phrases des étapes quatre à six. Il n’attend rien. C’est une habitude qu’il a prise : ne rien attendre, et écrire quand même."
      else
        say "Il appuie. Il écrit trois lignes, avec les phrases du service client qui obligent à lire jusqu’au bout. Il n’attend rien. C’est une habitude qu’il a prise : ne rien attendre, et écrire quand même."
      end
      layout "mail" { from = "Claire Morel, Nuée", to = "Creil60", subject = "Votre contestation" }
      say("Claire Morel", "Bonjour, vous aviez raison de contester : sur cette image, les contributeurs se partagent presque à égalité. Votre réponse est rétablie, et l’image sort du calcul de votre score. Merci d’avoir pris le temps d’écrire.")
    end
    if v.claire_saw_cleaner then
      say "Il lit la signature deux fois. Un prénom, un nom. Claire : la fille aux deux écrans, celle dont sa mère vide la corbeille."
    else
      say "Il lit la signature deux fois. Un prénom, un nom. Il ne sait pas qui c’est. Quelqu’un, en tout cas, qui a regardé."
    end
    local c = choose {
      prompt = "La réponse de Claire Morel.",
      { "La partager sur le Comptoir", value = "share" },
      { "Répondre : « Merci. Ma mère vous salue. »", value = "thanks", when = v.ch07_told_mother and v.claire_saw_cleaner },
      { "La garder pour lui", value = "keep" },
    }
    v.ch08_answer = c
    if c == "share" then
      say "Il fait une capture et la poste dans le fil « Contester un refus ». En dix minutes, quarante cœurs. Mireille écrit : « Je l’encadre. » Cette fois, c’est lui qui l’a dit le premier."
    elseif c == "thanks" then
      say "Il l’envoie. Il pense que la réponse n’arrivera pas. Elle arrive, le lendemain à 7 h 36, l’heure où sa mère rentre : « Dites-lui que j’ai bu mon thé. »"
    else
      say "Il la garde. Il la relit le soir, parfois, pas pour ce qu’elle dit, mais parce qu’elle est écrite par quelqu’un qui a regardé la même image que lui."
    end
    say "Ce n’est pas une victoire. Les tâches paient toujours quelques centimes. Mais une machine a appris à dire pourquoi, et derrière le pourquoi, il y a quelqu’un."
    jump "ch08.fin"
  elseif e == "nouveau_depart" then
    say "Fin juin, dernier jour de formation. Le formateur leur remet leurs attestations dans une salle qui sent le café et le plastique chaud."
    say "Sur la sienne, son nom en entier, et une appréciation de trois mots : « Assidu, soigneux, fiable. » Fiable. Quelqu’un a écrit le mot en le regardant travailler, pas en comptant ses réponses."
    say "Le soir, Yacine rentre par le train. À Creil, sa mère part au travail au moment où il arrive : ils se croisent sur le palier, pour une fois, dans l’autre sens."
    say("Sa mère", "Alors ?")
    say("Yacine", "Alors je commence lundi. Une entreprise de Compiègne. Un contrat. Avec une fiche de paie, Maman. Avec mon nom dessus.")
    say "Elle pose son sac sur la marche, et elle le prend dans ses bras, sur le palier, avec son manteau, alors qu’elle a un train."
    say "À l’étage du dessous, la porte de la voisine s’ouvre, reste ouverte une seconde, se referme sans bruit. Sa mère rate le train de 19 h 52. Elle prend le suivant, et arrive quai de Valmy en retard, pour la première fois depuis qu’elle y fait le ménage."
    local c = choose {
      prompt = "Le vieil ordinateur, dans la chambre.",
      { "Le donner à Ranto, pour sa fille", value = "ranto" },
      { "Le garder, éteint, dans le placard", value = "keep" },
    }
    v.ch08_answer = c
    if c == "ranto" then
      say "Il l’envoie à Antananarivo par un cousin de Mireille qui y va en juillet. Ranto répond par une photo : sa fille, devant l’écran, qui fait ses devoirs. Sur l’écran, pas de case blanche. Juste un devoir de maths."
    else
      say "Il le range dans le placard, derrière les chaussures. Il ne sait pas pourquoi il le garde. Peut-être pour se rappeler qu’il a été, deux ans, un contributeur."
    end
    say "Sur le tableau de Nuée, quelque part, son identifiant est une ligne grise parmi d’autres, dans une colonne « désactivés ». Personne ne la regarde. Lui non plus, maintenant."
    jump "ch08.fin"
  elseif e == "claire_part" then
    say "Un soir de juin, Claire passe à vélo le long du canal. Elle s’arrête au feu, en bas des bureaux. Au quatrième, une seule fenêtre est allumée : quelqu’un fait le ménage."
    if v.claire_saw_cleaner then
      say "Elle lève la main, au cas où. La silhouette à la fenêtre ne la voit pas. Ou elle la voit, et elle lève la main aussi, avec un chiffon dedans. Claire ne saura jamais."
    else
      say "Elle ne connaît pas le prénom de la femme qui fait le ménage. Elle s’en rend compte au feu rouge, et le feu passe au vert avant qu’elle ait décidé quoi en penser."
    end
    if not v.deactivated then
      say "Au même moment, à Creil, sur l’écran de Yacine, une ligne rouge : « Réponse non conforme »."
    elseif v.way == "ailleurs" then
      say "Au même moment, à Creil, sur Ruche, une ligne rouge : « Réponse non conforme ». Les mêmes mots, sur une autre plateforme. Quelqu’un, quelque part, a écrit le même score, ou l’a acheté."
    else
      say "Au même moment, dans la visio du Comptoir, Josiane partage son écran : une ligne rouge, « Réponse non conforme ». Elle demande à Yacine ce qu’il ferait."
    end
    say "Le score que Claire a écrit tourne sans elle. Il n’a jamais eu besoin d’elle pour tourner ; c’est ce qu’elle avait fait de mieux, et c’est ce qu’elle ne supportait plus."
    local c = choose {
      prompt = "La ligne rouge.",
      { "Contester, pour le principe", value = "contest" },
      { "Passer à la tâche suivante", value = "next" },
    }
    v.ch08_answer = c
    if c == "contest" then
      say "« Les décisions du contrôle qualité sont définitives. » Quatre secondes. Certaines choses ne changent pas quand les gens partent ; elles ne changeaient pas non plus quand ils étaient là."
    else
      say "Il passe à la suivante. Une rue, un bus. Il a appris à ne pas se retourner sur les lignes rouges, comme on apprend à ne pas se retourner dans la rue quand quelqu’un crie un prénom qui n’est pas le sien."
    end
    jump "ch08.fin"
  elseif e == "un_lien" then
    say("Une nuit de juin, au quatrième étage, {who} reste tard, et cette fois, c’est exprès.", { who = friend() })
    say "Malika arrive avec son chariot à 0 h 40. Sur son chariot, entre les sacs-poubelle et le vaporisateur, il y a une enveloppe. Dessus : « Pour votre fils »."
    say("{who} lui a demandé, un soir d’avril, ce que faisait son fils. Malika a dit : « Il travaille pour vous. » Et elle a donné le nom : Creil60. Elle l’avait appris par cœur, comme le mot du mur.", { who = friend() })
    layout "page" {}
    say "À 7 h 36, dans la cuisine, Yacine ouvre l’enveloppe. Une feuille imprimée, et trois lignes écrites à la main au dos."
    say "Sur la feuille, ses trois cents dernières réponses, et pour chaque ligne rouge, pourquoi : combien étaient d’accord, combien ne l’étaient pas, et si la tâche était de celles où les gens raisonnables lisent autrement. Il y en avait beaucoup."
    if friend() == "Claire" then
      say("Claire", "Ce n’était pas vos yeux. C’est ce que personne ne vous a jamais dit. Je suis désolée que ce soit sur une feuille, et si tard.")
    else
      say("Théo", "Ce n’était pas vos yeux. C’est ce que personne ne vous a jamais dit. Je suis désolé que ce soit sur une feuille, et si tard.")
    end
    say "Sa mère le regarde lire, son thé entre les mains. Elle ne demande pas ce que dit la feuille. Elle l’a portée dans le RER, entre Chantilly et ici, sans l’ouvrir."
    local c = choose {
      prompt = "La feuille, sur la table de la cuisine.",
      { "Écrire une réponse, pour le chariot de demain", value = "reply" },
      { "La poster sur le Comptoir, pour les autres", value = "share" },
    }
    v.ch08_answer = c
    if c == "reply" then
      if friend() == "Claire" then
        say "Il écrit au dos de la feuille, sous les trois lignes : « Merci. Ma mère dit que vous êtes fatiguée. Rentrez chez vous. » Sa mère plie la feuille en quatre et la met dans la poche de sa polaire."
      else
        say "Il écrit au dos de la feuille, sous les trois lignes : « Merci. Ma mère dit que vous devez manger. Pas seulement des clémentines. » Sa mère plie la feuille en quatre et la met dans la poche de sa polaire."
      end
    else
      say "Il la photographie, cache le nom, et la poste dans un fil. Sous la photo, il écrit : « Ce n’était pas nos yeux. » Le fil fait trois cents réponses avant midi."
      if v.theo_comptoir then
        say "Veilleur répond aussi, un seul mot : « Oui. »"
      end
    end
    say "Rien n’a changé chez Nuée. Les tâches paient les mêmes centimes, les refus arrivent sans raison. Mais entre un bureau du quai de Valmy et une cuisine de Creil, il y a maintenant un chariot qui fait la navette."
    jump "ch08.fin"
  end
  layout "dashboard" {
    rows = {
      { "Contributeurs actifs", "en baisse" },
      { "Coût par label (images, automatisées)", nuee.fr_cost(nuee.auto_cost()) },
      { "Satisfaction client", "au vert" },
    },
    alert = "Tous les indicateurs au vert",
  }
  say "Sur l’écran mural de la salle Canopée, le tableau est vert de haut en bas. Malika passe la serpillière dessous, et cette nuit, elle lève la tête : tout est vert. Elle se demande pour qui."
  if v.way == "formation" then
    say "À Creil, avant le jour, Yacine part pour Compiègne. Sur la table, l’ordinateur fermé s’allume tout seul, une seconde : « De nouvelles missions vous attendent ! Chaque clic compte. »"
    local c = choose {
      prompt = "La notification, sur l’ordinateur fermé.",
      { "Revenir sur ses pas et fermer le compte", value = "close" },
      { "La laisser s’éteindre toute seule", value = "leave" },
    }
    v.ch08_answer = c
    if c == "close" then
      say "Il revient, ouvre, cherche longtemps le bouton. « Êtes-vous sûr de vouloir nous quitter ? » Il est sûr. Il rate son train, et il prend le suivant."
    else
      say "Il ne se retourne pas. L’écran s’éteint derrière lui. Nuée ne sait pas qu’il est parti : sur le tableau vert, il compte encore parmi les contributeurs inscrits."
    end
  else
    say "À Creil, un ordinateur s’allume avant le jour. La case blanche. « Je ne suis pas un robot. » Yacine la coche. Il le sait, lui. C’est déjà ça, et ce n’est pas assez, et c’est ce qu’il a."
    local c = choose {
      prompt = "La première tâche de la journée.",
      { "Répondre ce qu’il voit", value = "see" },
      { "Répondre ce que la majorité verra", value = "majority" },
    }
    v.ch08_answer = c
    if c == "see" then
      say "Il répond ce qu’il voit. Ligne rouge, peut-être. Il a décidé que ses yeux valaient trois centimes de risque."
    else
      say "Il répond ce que les autres verront. Il est devenu bon à ça : deviner la foule. Il se demande parfois si c’est encore regarder."
    end
  end
  jump "ch08.fin"
end)

-- The end screen: the ending the decisions lead to, and what they were.
local TITLES = {
  explications = "Explications", nouveau_depart = "Nouveau départ",
  claire_part = "Claire part", un_lien = "Un lien", tableau_vert = "Tableau vert",
}

scene("ch08.fin", function()
  local e = ending_of()
  sum_up()
  ending { id = e, title = TITLES[e], credits = CREDITS }
end)
