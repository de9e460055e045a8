-- story/ch04_nuit_blanche.lua — Chapitre 4 : « Nuit blanche » (le bureau)
--
-- The night before the delivery to Halo, nine days after ch02's Monday.
-- Claire finds that the score's "noise" is people reading differently
-- (`noise`); Théo reads Le Comptoir and may answer there as « Veilleur »
-- (`theo_comptoir`); Marc holds the board and the client.
--
-- Images used in this chapter (drawn as shapes in story/images/):
--
-- ch01_crosswalk: reused on purpose, it is ch01's image (the rainy street
--   with the worn crossing). Claire opens the week's most disputed item and it
--   is the very picture Yacine hesitated over.
--
-- ch04_smile: inside a city bus at night, seen from the seat across the
--   aisle. A woman of about forty, in three-quarter view, by a window streaked
--   with light. A thick knitted scarf covers her mouth and chin; only her eyes
--   show, narrowed, with small creases at the corners: she could be smiling,
--   squinting at the light, or about to cry. Her hand holds a phone whose
--   screen lights her face from below. The doubt is the whole point.
--
-- The figures that come from Nuée's rules (cost per label, the night rate,
-- the test account's score, the forum's counts) are computed by
-- story/lib/nuee.lua.
--
-- Variables read: threshold, lot7, claire_saw_cleaner, posted_comptoir,
--   played_ch02, played_ch03, and from ch02: ch02_theo, ch02_reply, ch02_column.
-- Variables set: noise, theo_comptoir, and
--   ch04_minority (0–3): how many of Claire's three test answers fell in the
--     minority;
--   ch04_theo_sat (bool): at 2 a.m. Théo sat down with the cleaner.

chapter {
  id = "ch04", number = 4, side = "office", title = "Nuit blanche",
  start = "ch04.debut",
  defaults = {
    threshold = 88, lot7 = true, claire_saw_cleaner = false,
    posted_comptoir = false,
    ch02_theo = "work", ch02_reply = "none", ch02_column = false,
    played_ch02 = false, played_ch03 = false,
  },
  sets = { "noise", "theo_comptoir", "ch04_minority", "ch04_theo_sat" },
  card = {
    questions = {
      "Quand des personnes ne voient pas la même chose sur une image ou dans une phrase, qui a tort ? Peut-on avoir raison à deux ?",
      "Claire pouvait le dire, corriger en silence ou laisser faire. Que coûte chaque choix, et à qui ?",
      "Théo est-il fatigué, épuisé, malade ? Pourquoi n’a-t-il pas de mot pour ce qu’il vit ?",
      "Qui travaille, cette nuit-là ? Pour qui ? Qui le sait ?",
      "Marc a-t-il le choix ? Devant qui est-il responsable ?",
    },
    facts = {
      { "L’Organisation mondiale de la santé, dans sa classification CIM-11 (2019), décrit le burn-out comme un phénomène lié au travail, résultant d’un stress chronique au travail qui n’a pas été géré avec succès, et non comme une maladie.",
        source = "OMS, CIM-11, 2019" },
      { "L’automatisation et l’intelligence artificielle reposent sur le travail de nombreuses mains humaines, peu payées et peu visibles. Le titre du livre d’Antonio Casilli, En attendant les robots, joue avec En attendant Godot : l’automatisation complète est toujours annoncée, et ne vient jamais.",
        source = "Antonio A. Casilli, En attendant les robots, Seuil, 2019" },
    },
    vocabulary = {
      { "nuit blanche", "nuit passée sans dormir" },
      { "bruit", "en statistique, variation au hasard qui brouille une mesure" },
      { "ambiguïté", "fait qu’une image ou une phrase puisse être comprise de plusieurs façons" },
      { "burn-out (épuisement professionnel)", "état d’épuisement physique et moral causé par le travail" },
      { "rustine", "petite pièce collée pour réparer ; au figuré, correction rapide et discrète" },
    },
  },
  presets = {
    { "Seuil à 95 %, Yacine a refusé le lot 7", set = { threshold = 95, lot7 = false } },
    { "Seuil à 80 %, Claire a montré la colonne", set = { threshold = 80, ch02_column = true } },
  },
}

-- The dashboard at 20 h 15, computed by nuee.delivery from the threshold set
-- in ch02. Each threshold chose its own crisis: volume at 95, quality at 80, a
-- bit of both at 88. The Intentions lot is stuck at 0,81 whatever the
-- threshold: that is the clue.
local function evening(nuee, threshold)
  local d = nuee.delivery(threshold)
  local agreement = nuee.fr_hundredths(d.agreement)
  local intent = "lot Intentions : " .. nuee.fr_hundredths(nuee.INTENTIONS.agreement)
  local alert
  if threshold <= 80 then
    alert = ("Accord global sous l’exigence d’Halo : %s pour %s"):format(agreement, nuee.fr_hundredths(nuee.HALO_AGREEMENT))
  elseif threshold < 95 then
    alert = ("Accord global : %s pour %s — %s"):format(agreement, nuee.fr_hundredths(nuee.HALO_AGREEMENT), intent)
  else
    alert = ("Volume : %s labels manquants — %s"):format(nuee.fr_int(d.missing), intent)
  end
  return {
    delivered = nuee.fr_int(d.delivered) .. " / " .. nuee.fr_int(nuee.HALO_ORDER),
    agreement = agreement, alert = alert, missing = d.missing, hundredths = d.agreement,
  }
end

local TEAM = { "Claire", "Théo", "Marc" }
local nuee = require "lib.nuee"
local I = nuee.INTENTIONS -- the lot whose disagreements are readings

-- The disputed tasks Claire answers with a test account: the majority's
-- share (per cent) and its answer, over the week.
local CROSSWALK = { share = 54, majority = 1 }
local MONDAY = { share = 46, majority = 1 }
local SMILE = { share = 51, majority = 1 }

-- The cleaner's name is known to the office only if Claire asked it in ch02.
local function cleaner()
  if v.claire_saw_cleaner then return "Malika" end
  return "La femme de ménage"
end

-- Claire's three answers in test mode, judged by the same rule as everyone's:
-- a task whose majority does not reach the threshold goes back to the queue,
-- whichever way one answered.
local function test_answer(answer, item, split)
  local with = answer == item.majority
  if not with then
    v.ch04_minority = v.ch04_minority + 1
  end
  local r = nuee.judge(item.share, with, v.threshold)
  if r == "queue" then
    bind { notice = "Tâche remise en file — non rémunérée" }
  elseif r == "refused" then
    bind { notice = "Réponse non conforme" }
  else
    bind { notice = "Réponse conforme" }
  end
  say(split)
  say(with and "Votre réponse : majoritaire." or "Votre réponse : minoritaire.")
  return r == "accepted" and 1 or 0
end

-- Scenes ------------------------------------------------------------------

scene("ch04.debut", function()
  layout "page" {}
  if not v.played_ch02 and not v.played_ch03 then
    note "Vous ouvrez ce chapitre sans avoir joué les précédents : ce qui suit part de choix par défaut, pas des vôtres."
  elseif not v.played_ch02 then
    note "Le deuxième chapitre n’a pas été joué : le seuil d’accord et la soirée de Claire sont des valeurs par défaut."
  elseif not v.played_ch03 then
    note "Le troisième chapitre n’a pas été joué : ce que Yacine a fait du lot 7 est une valeur par défaut."
  end
  if v.claire_saw_cleaner then
    note "L’autre lundi, Claire a fixé le seuil d’accord à {threshold} %, et elle a demandé son prénom à la femme qui fait le ménage la nuit."
  else
    note "L’autre lundi, Claire a fixé le seuil d’accord à {threshold} %, et n’a pas vu la femme qui fait le ménage la nuit."
  end
  if v.lot7 then
    note("À Creil, Yacine a pris le lot 7 : la modération de textes violents pour Halo, à {pay:euros} le texte, trois fois le tarif des images.", { pay = nuee.pay(7) })
  else
    note "À Creil, Yacine a refusé le lot 7 : il n’a pas lu les textes violents d’Halo. D’autres les ont lus."
  end
  say "Mercredi de la semaine suivante, 20 h 15. Livraison à Halo demain, 9 h."
  say "Sur la table de la salle Canopée, huit boîtes de pizza ouvertes, dont une intacte : la végétarienne, commandée par principe."
  say "Marc a dit « war room » deux fois depuis 18 h. La deuxième fois, il s’est excusé."
  local e = evening(nuee, v.threshold)
  local cost = nuee.simulate(v.threshold).cost
  layout "dashboard" {
    rows = {
      { "Labels livrés à Halo", e.delivered },
      { "Accord inter-annotateurs (global)", e.agreement },
      { "Lot Intentions — accord", nuee.fr_hundredths(nuee.INTENTIONS.agreement) },
      { "Lot 7 — Modération de textes", "terminé" },
      { "Coût par label", nuee.fr_cost(cost) },
    },
    alert = e.alert,
  }
  say "Le tableau de Claire, en grand, sur l’écran mural. Gris et vert, sauf une ligne, qu’elle a dû laisser passer à l’orange parce que c’est la règle qu’elle a écrite."
  if v.threshold == 95 then
    say("À 95 %, le seuil refuse une réponse sur quatre. Les refusées, il faut les refaire faire, et les refaire faire prend du temps. Il manque {n} labels.", { n = e.missing })
    say("Marc a relevé le tarif des images pour la nuit : {night:euros} au lieu de {day:euros}.", { night = nuee.NIGHT_IMAGE_PAY, day = nuee.pay(3) })
    say "Sur le Comptoir, la nouvelle a mis onze minutes à circuler. Les contributeurs de nuit arrivent, de Tana, de Dakar, de Creil, de partout où on ne dort pas."
  elseif v.threshold == 80 then
    say("À 80 %, le volume est là, presque entier. C’est l’accord qui manque : {a:.2} pour {halo:.2}. Le pari de l’autre lundi n’a pas eu ses trois semaines ; il en a eu une et demie.", { a = e.hundredths / 100, halo = nuee.HALO_AGREEMENT / 100 })
  else
    say "À 88 %, il manque un peu de tout : un peu de volume, un peu d’accord. Le compromis a ceci de pénible qu’il laisse deux problèmes au lieu d’un."
  end
  say("Et au milieu, quel que soit le seuil, une ligne qui ne bouge pas : le lot Intentions, des phrases que des gens pourraient dire à l’assistant d’Halo, et dont il faut deviner ce qu’elles veulent. Accord : {i:.2}.", { i = nuee.INTENTIONS.agreement / 100 })
  say "Le lot 7 est terminé depuis vendredi. Sur le tableau, c’est une ligne verte, qu’on ne regarde plus."
  if v.lot7 then
    say "Parmi les comptes qui y ont travaillé, il y en a un à Creil. Le tableau ne le sait pas."
  end
  jump "ch04.appel"
end)

scene("ch04.appel", function()
  layout "page" {}
  say "21 h. Jonas Weber appelle, depuis Berlin, en vidéo. On voit derrière lui une cuisine très propre et un enfant en pyjama qui traverse l’image en courant."
  say("Jonas Weber", "Je serai bref, il est tard pour tout le monde. Le lot Intentions est à {i:.2}. On ne peut pas entraîner là-dessus.", { i = nuee.INTENTIONS.agreement / 100 })
  say("Jonas Weber", "Il me faut neuf points d’ici demain 9 h. Sinon j’en parle à notre comité à 10 h, et vous savez ce que le comité dira.")
  say("Marc", "On va les trouver, Jonas.")
  say("Jonas Weber", "Je sais que vous allez les trouver. C’est pour ça que je vous appelle vous, et pas les autres.")
  say "Il raccroche. L’enfant en pyjama a eu le temps de repasser dans l’autre sens."
  say "Marc reste un moment à regarder l’écran noir, où la salle se reflète : trois personnes, huit boîtes de pizza, un ficus en plastique."
  say "Son téléphone vibre. Le président du conseil : « Halo ok ? J’ai besoin de ta confirmation avant 8 h pour la levée. »"
  say "Puis un autre message, une note vocale de dix-neuf secondes, envoyée à 20 h 02 depuis le téléphone de sa femme. Il ne l’écoute pas. Il la garde pour plus tard, comme un bonbon."
  say("Marc", "Claire. Neuf points. Qu’est-ce qui cloche, dans ce lot ?")
  say("Claire", "Le bruit. Les annotateurs ne sont pas d’accord entre eux.")
  say("Marc", "Alors on enlève ceux qui ne sont pas d’accord. C’est ce que fait ton score, non ?")
  say("Claire", "C’est ce que fait mon score.")
  say "Elle le dit, et en le disant, elle entend quelque chose qui cloche."
  say("Claire", "Laisse-moi deux heures.")
  jump "ch04.essai"
end)

scene("ch04.essai", function()
  layout "page" {}
  v.ch04_minority = 0
  say "22 h 40. Claire fait ce qu’elle n’a jamais fait en trois ans : elle ouvre l’interface des contributeurs, avec un compte de test, et elle fait les tâches."
  say "Les plus disputées de la semaine, celles où les réponses se partagent le plus. Elle se dit que ce sera rapide. Elle se dit qu’elle verra tout de suite où les gens se trompent."
  layout "platform" {
    balance = 0, reliability = 100, clock = "22 h 41",
    withdraw_min = nuee.WITHDRAW_MIN,
    notice = "Compte de test interne — aucune rémunération",
  }
  local a = task {
    kind = "image", image = "ch01_crosswalk",
    question = "Cette image contient-elle un passage piéton ?",
    alt = "Une rue sous la pluie, à la tombée du jour. Un bus à moitié sorti du cadre. En travers de la chaussée, deux bandes blanches et demie, le reste n’est plus que des fantômes gris.",
    -- The frame Yacine was offered in chapter 1, around what is left of the
    -- bands (story/images/ch01_crosswalk.lua: x 130 to 494, y 250 to 320).
    boxes = { { 120, 238, 384, 92 } },
    answers = { { "Oui", pick = { 1 } }, { "Non", pick = {} } }, pay = 3, seconds = 40,
  }
  local accepted = test_answer(a, CROSSWALK, "Oui : 54 %. Non : 46 %.")
  say "Quarante secondes. Elle en a pris trente-huit. Elle a regardé les bandes, le piéton, le parapluie, elle a pensé à un enfant qui traverserait là."
  bind { clock = "22 h 43" }
  local b = task {
    kind = "text",
    question = "Quelle est l’intention de ce message adressé à l’assistant ?",
    text = "Super, encore un lundi.",
    answers = { "Plainte", "Plaisanterie", "Simple constat" }, pay = 2, seconds = 30,
  }
  accepted = accepted + test_answer(b, MONDAY, "Plainte : 46 %. Plaisanterie : 41 %. Simple constat : 13 %.")
  say "Elle a entendu la phrase dans la voix de Théo, le lundi matin, au-dessus d’un gobelet. Dans cette voix-là, c’était les deux à la fois."
  bind { clock = "22 h 44" }
  local c = task {
    kind = "image", image = "ch04_smile",
    question = "Cette personne sourit-elle ?",
    alt = "Une femme dans un bus de nuit, de trois quarts. Une écharpe épaisse lui couvre la bouche ; on ne voit que ses yeux, plissés, avec de petites rides au coin. Elle pourrait sourire, ou avoir mal aux yeux, ou être sur le point de pleurer.",
    answers = { "Oui", "Non" }, pay = 3, seconds = 40,
  }
  accepted = accepted + test_answer(c, SMILE, "Oui : 51 %. Non : 49 %.")
  local score = nuee.score_after(100, 3, accepted)
  bind { reliability = score, clock = "22 h 45" }
  say("Trois lignes grises. Aucune de ces tâches n’a atteint {threshold} % d’accord : elles retournent dans la file, et personne n’est payé pour elles, ni ceux qui étaient avec la majorité, ni les autres.")
  say("Score de fiabilité du compte de test : {score} %. Trois points perdus en trois tâches, sans une seule erreur possible.", { score = score })
  say("Pour passer sous les {bar} % du lot 9, il suffirait de {k} tâches comme celles-là parmi les cent dernières. Si ce compte était celui de quelqu’un, ce quelqu’un ne verrait plus les tâches les mieux payées, demain matin. Il ne saurait pas pourquoi.", { bar = nuee.LOTS[9].bar, k = 100 - nuee.LOTS[9].bar + 1 })
  if v.ch04_minority == 0 then
    say "Trois fois dans la majorité, et pas payée pour autant. À cinquante-quatre contre quarante-six, la majorité, c’est une pièce qu’on lance ; ceux qui sont tombés de l’autre côté n’ont pas moins regardé qu’elle."
  else
    say "La personne qui a écrit le score vient de se faire noter par lui. Elle a regardé chaque image plus longtemps que n’importe quel contributeur ne peut se le permettre."
  end
  discuss("Claire s’est-elle trompée ? Et ceux qui ont répondu autrement qu’elle ? Sur ces trois tâches, qu’est-ce qu’une bonne réponse ?", { minutes = 4 })
  jump "ch04.rayures"
end)

scene("ch04.rayures", function()
  layout "page" {}
  say "23 h 30. Elle sort la grande matrice : chaque annotateur du lot Intentions en ligne, chaque phrase en colonne, un point quand la réponse s’écarte de la majorité."
  say "Du bruit, sur ce genre de matrice, ça ressemble à de la neige : des points partout, au hasard, un peu plus denses chez les distraits et les pressés."
  say "Elle s’attend à de la neige. Elle voit des rayures."
  say "Les mêmes personnes s’écartent sur les mêmes phrases, toujours dans le même sens. Le contributeur 20 417 entend l’ironie partout où il y en a. Le 8 812 ne l’entend jamais, et ne se trompe jamais sur une demande."
  say "Ils ne sont pas mauvais. Ils sont constants. Ce ne sont pas des erreurs : ce sont des lectures."
  layout "dashboard" {
    rows = {
      { "Phrases du lot Intentions", nuee.fr_int(I.sentences) },
      { "Phrases à deux lectures stables", ("%s (%d %%)"):format(nuee.fr_int(I.sentences * I.ambiguous // 100), I.ambiguous) },
      { "Annotateurs « bruyants » selon le score", nuee.fr_int(I.noisy) },
      { "… dont les écarts sont constants", nuee.fr_int(I.constant) },
      { "Accord si on les retire du lot", nuee.fr_hundredths(I.without) },
    },
    alert = "Analyse exploratoire — non validée",
  }
  say "Un tiers des phrases peut se lire de deux façons, et des gens raisonnables, attentifs, les lisent des deux façons. Le score appelle ça du bruit."
  say "C’est elle qui lui a appris ce mot."
  say("Dernière ligne : si on retire les « bruyants », l’accord monte à {a:.2}. Les neuf points sont là, en bas du tableau, prêts à être ramassés.", { a = I.without / 100 })
  jump "ch04.comptoir"
end)

scene("ch04.comptoir", function()
  layout "page" {}
  say "0 h 40. Théo est allongé sur le canapé de l’espace détente, les pieds sur l’accoudoir, le téléphone d’astreinte sur le ventre, son propre téléphone au-dessus du visage."
  say "Il lit le Comptoir. Il le lit presque toutes les nuits depuis un an. Il n’en a jamais parlé à personne, sauf l’autre lundi, à Claire, et encore, à moitié."
  -- Each message under the time it was posted: the evening's threads, then
  -- the night's, up to what Théo writes himself.
  layout "chat" { channel = "Le Comptoir", clock = "22 h 47" }
  if v.threshold == 95 then
    say "En tête du forum, un fil épinglé : « Depuis lundi dernier minuit : NON CONFORME en rafale ». Quatre cent douze réponses."
    local g = nuee.GEGE
    say("Gégé du 62", "{n} refus hier, sur {all}. {n}. J’ai fait des captures d’écran, si quelqu’un veut m’expliquer ce qui cloche sur un feu rouge.", { n = nuee.person(g.minority, g.exposure, g.tasks, v.threshold), all = g.tasks })
  elseif v.threshold == 88 then
    say "En tête du forum, un fil : « C’est moi ou ça refuse plus qu’avant ? » Quatre-vingt-seize réponses, dont la moitié dit « c’est toi » et l’autre « non »."
    say("Gégé du 62", "C’est pas toi. C’est eux. Mais pas assez pour qu’on puisse le prouver.")
  else
    say "En tête du forum, un fil : « Nuée s’est adoucie ? Profitez tant que ça dure ». Cinquante-huit réponses, et des cœurs."
    say("Gégé du 62", "Profitez, profitez. Ils sont doux quand ils ont besoin de nous. Attendez la fin du mois.")
  end
  bind { clock = "23 h 30" }
  if v.ch02_reply == "answered" then
    say("Josiane_48", "Je l’ai déjà dit mais je le redis : l’autre lundi, quelqu’un de chez Nuée m’a répondu. Une vraie personne, avec un prénom. Elle m’a expliqué que c’est une machine qui compare avec les autres.")
    say("Josiane_48", "Je ne suis pas folle et je ne suis pas aveugle, c’est déjà ça.")
    bind { clock = "23 h 36" }
    say("Mireille_59", "Tu l’as encadré, le mail ? Moi je l’encadrerais.")
    say "Théo relit. Une vraie personne, avec un prénom. Il sait lequel. Il sourit dans le noir, et le sourire lui fait mal aux joues, comme un muscle qui a perdu l’habitude."
  elseif v.ch02_reply == "template" then
    say("Josiane_48", "J’ai reçu une réponse de Nuée : « Nos équipes étudient votre demande avec attention. » Quelqu’un sait combien ils sont, dans les équipes ?")
    bind { clock = "23 h 36" }
    say("Gégé du 62", "Une. Et elle est en réunion.")
    say "Théo connaît le modèle. Il sait aussi, à peu près, qui l’a envoyé. « Nos équipes. » Il rit sans bruit, et ce n’est pas drôle."
  else
    say("Josiane_48", "J’ai écrit à l’adresse contact il y a dix jours. Rien. Quelqu’un a déjà eu une réponse, une fois, dans sa vie ?")
    say("Mireille_59", "Jamais. C’est une adresse décorative. Comme les boutons « fermer la porte » dans les ascenseurs.")
    say("Théo sait exactement où est ce message. Dans une boîte qu’il a ouverte l’autre lundi, puis refermée. Mille quatre cent douze, ce jour-là. {n}, maintenant.", { n = 1412 + 2 * nuee.simulate(v.threshold).unpaid })
  end
  bind { clock = "0 h 12" }
  if v.posted_comptoir and v.lot7 then
    say("Creil60", "Il y a quelqu’un qui dort, ici ? Moi non plus.")
    say "Un message seul, sans réponse, à 0 h 12. Personne n’y a répondu parce que tout le monde, ici, comprend la question."
  elseif v.posted_comptoir then
    say("Creil60", "« Réponse non conforme ». Je vais le faire imprimer sur un t-shirt. Taille unique, comme les réponses.")
    bind { clock = "0 h 15" }
    say("Mireille_59", "J’en prends deux.")
  end
  bind { clock = "0 h 31" }
  say("Mireille_59", "Question sérieuse. Il y a quelqu’un de chez Nuée qui lit ici ? Pas pour se plaindre. Juste pour savoir si on parle à un mur.")
  say "Réponse non conforme. Théo connaît ces trois mots. C’est lui qui les a tapés, il y a deux ans, dans un fichier de constantes, avec un commentaire au-dessus : « À FAIRE : message plus clair, voir avec le produit »."
  say "Personne n’a vu avec le produit. Le commentaire est toujours là. Le message aussi, des milliers de fois par jour, sur des écrans qu’il ne verra jamais."
  local c = choose {
    prompt = "Le champ « Votre message » attend sous la question de Mireille_59.",
    "Répondre, sous un pseudonyme : « Oui. Quelqu’un lit. »",
    "Écrire une réponse, la relire, l’effacer",
    "Fermer l’application et regarder le plafond",
  }
  if c == 1 then
    v.theo_comptoir = true
    say "Il crée un compte. Le site exige un pseudonyme ; il tape le premier mot qui lui vient, celui qui dit le mieux ce qu’il fait la nuit : Veilleur."
    bind { clock = "0 h 44" }
    say("Veilleur", "Oui. Quelqu’un lit. Je ne peux pas dire qui.")
    say("Veilleur", "Ce que je peux dire : personne ne regarde vos réponses une par une. Elles sont comparées à celles des autres. Si vous voyez autre chose que la majorité, c’est refusé, même quand vous avez bien regardé.")
    say("Veilleur", "Ce n’est pas vous. Ce n’est pas vos yeux.")
    bind { clock = "0 h 46" }
    say("Mireille_59", "Veilleur, t’es qui ?")
    say("Gégé du 62", "Un robot, je parie. Ils en mettent partout.")
    say "Théo regarde la phrase longtemps. Puis il tape la seule réponse qui lui semble exacte."
    bind { clock = "0 h 49" }
    say("Veilleur", "Non. Je ne suis pas un robot.")
    say "Il éteint l’écran. Son cœur bat comme s’il avait monté les trois étages à pied."
  elseif c == 2 then
    v.theo_comptoir = false
    say "Il écrit. « Oui, quelqu’un lit. Personne ne regarde vos réponses une par une, elles sont comparées… » Il relit."
    say "Il pense à la clause de confidentialité de son contrat, qu’il n’a jamais lue non plus. Il pense à Marc, qui n’est pas méchant, et au président, qu’il n’a jamais vu."
    say "Il efface, lettre par lettre, en tenant le doigt appuyé. Les lettres partent à l’envers."
    say "Sous la question de Mireille_59, rien. Un mur, donc. Un mur qui lit."
  else
    v.theo_comptoir = false
    say "Il ferme l’application. Le plafond de l’espace détente a des dalles perforées ; il a compté les trous d’une dalle, une nuit, en mars. Cinq cent soixante-seize."
    say "Il ne les recompte pas. Il sait combien il y en a. C’est une des rares choses qu’il sait complètement."
  end
  jump "ch04.choix"
end)

scene("ch04.choix", function()
  layout "page" {}
  say "1 h 12. Claire n’a pas bougé. Sur l’écran, les rayures. Dans la salle vitrée, Marc, de dos, qui écrit au président une phrase qu’il efface."
  say "Elle pourrait le dire. À Marc d’abord, puis à Halo : ce lot ne mesure pas des erreurs, il mesure des désaccords, et un assistant qui n’apprend qu’une lecture de « super, encore un lundi » n’aura compris qu’une moitié des gens."
  say "Elle pourrait le corriger sans rien dire : pondérer le score par l’ambiguïté de chaque phrase, cesser de punir ceux qui lisent autrement. Quarante lignes de code. Une nuit."
  say("Ou elle pourrait faire ce que la procédure prévoit, ce qu’elle a elle-même écrit dans la procédure : retirer les bruyants, livrer {a:.2}, et ouvrir le dossier après.", { a = I.without / 100 })
  discuss("Le dire, corriger en silence, ou laisser faire : que risque Claire dans chaque cas ? Et les contributeurs ?", { minutes = 5 })
  local c = choose {
    prompt = "Ce que Claire fait de ce qu’elle a trouvé :",
    { "Le dire, cette nuit, à Marc puis à Halo", value = "raised" },
    { "Corriger le score en silence, sans attendre personne", value = "patched" },
    { "Laisser le bruit être du bruit : retirer les « bruyants » et livrer", value = "ignored" },
  }
  v.noise = c
  if c == "raised" then
    jump "ch04.dire"
  elseif c == "patched" then
    jump "ch04.rustine"
  end
  jump "ch04.laisser"
end)

scene("ch04.dire", function()
  say "Elle entre dans la salle vitrée sans frapper. Marc lève les yeux. Il voit son visage et repose son téléphone, écran contre la table."
  say("Claire", "Les neuf points, je les ai. Je ne veux pas les prendre.")
  say "Elle lui montre les rayures. Elle lui explique, lentement, sans les mots de sa thèse. Il écoute comme il écoute les clients : sans l’interrompre, en prenant des notes qu’il ne relira pas."
  say("Marc", "Tu es en train de me dire que le lot n’est pas mauvais. Qu’il est… quoi ?")
  say("Claire", "Qu’il est vrai. Les gens ne sont pas d’accord parce que les phrases ne sont pas claires. Si on force l’accord, Halo apprendra à son assistant qu’il n’y a qu’une façon de comprendre les gens.")
  say("Marc", "Et c’est grave ?")
  say("Claire", "Ça dépend de qui lui parle.")
  say "Marc se frotte les yeux avec le pouce et l’index, longtemps."
  if v.threshold == 95 then
    say("Marc", "L’autre lundi, tu m’as donné 95. Tu aurais pu me dire ça ce jour-là.")
    say("Claire", "Ce jour-là, je ne le savais pas.")
    say("Marc", "…Non. Je sais. Pardon.")
  elseif v.threshold == 80 then
    say("Marc", "L’autre lundi, tu m’as vendu un pari. Ce soir, tu m’en vends un deuxième.")
    say("Claire", "C’est le même. Je l’ai mieux compris.")
  else
    say("Marc", "L’autre lundi, on a coupé la poire en deux. Ça ne marche pas, avec ça ?")
    say("Claire", "Ce n’est pas une poire.")
  end
  if v.ch02_column then
    say("Marc", "L’autre lundi, je t’ai fait enlever une colonne. Je me demande si je n’aurais pas dû la laisser.")
  end
  say("Marc", "Qu’est-ce que tu veux que je dise à Jonas à 9 h ? Que son chiffre est faux ?")
  say("Claire", "Qu’il mesure autre chose que ce qu’il croit. Et qu’on peut lui livrer mieux : pour ces phrases-là, la répartition des réponses, pas seulement la majorité. Son assistant saura qu’on peut hésiter.")
  say "Un long silence. Dans le couloir, le bruit d’un chariot qu’on pousse."
  say("Marc", "Tu sais ce que ça coûte ? À 8 h, je dis au conseil que notre seul client qui compte va recevoir un mail qui lui explique que son indicateur mesure mal. Je ne sais pas ce qu’ils feront. Je ne sais pas ce que fera Jonas.")
  say("Marc", "Et toi, tu viens de dire que ton score punit des gens qui ont raison. Une fois que ce sera écrit, ça ne se désécrira pas.")
  say("Claire", "Je sais.")
  say "Il regarde par la vitre le plateau sombre, les écrans en veille."
  say("Marc", "Une page. Pas deux. Je l’envoie avec la livraison, sous mon nom et sous le tien.")
  say "Il ne sourit pas. Il ne la remercie pas. C’est en partant, la main sur la porte, qu’elle comprend qu’il vient de mettre sa prime sur la table, à côté des boîtes de pizza."
  jump "ch04.deux_heures"
end)

scene("ch04.rustine", function()
  say "Quarante lignes. Elle les écrit en cinquante minutes, ce qui est trop vite pour du code qui note onze mille personnes, et elle le sait."
  say("Sur les phrases à deux lectures, un désaccord ne compte plus comme une erreur. Les deux lectures deviennent conformes. L’accord du lot, recalculé, passe à {a:.2} tout rond.", { a = I.patched / 100 })
  say "Il faut déployer. La nuit, seul l’ingénieur d’astreinte peut déployer."
  layout "chat" { channel = "Théo", people = { "Claire", "Théo" }, clock = "1 h 52" }
  say("Claire", "Tu es réveillé ? J’ai besoin d’un déploiement. Petit. Pas de ticket.")
  say("Théo", "c’est quoi")
  say("Claire", "Le score. Il arrête de punir ceux qui lisent autrement sur les phrases ambiguës. Je t’expliquerai.")
  say("Théo", "tu l’as fait relire ?")
  say("Claire", "Par qui ?")
  say("Théo", "…ok")
  say("Théo", "mais on l’écrit quelque part. au moins dans le canal")
  bind { clock = "1 h 54" }
  say("Claire", "Demain.")
  say "Ils savent tous les deux ce que veut dire « demain ». C’est le même mot que « quand on aura le temps »."
  bind { clock = "1 h 58" }
  say("Théo", "déployé")
  layout "page" {}
  say("Personne ne le saura. Ni Marc, qui verra {a:.2} et dira merci. Ni Halo, qui verra {a:.2} et ne demandera pas comment. Ni les contributeurs, qui verront moins de refus sur les phrases difficiles, et croiront à de la chance.", { a = I.patched / 100 })
  say("Si l’équipe de Jonas recalcule un jour l’accord avec sa propre formule, elle trouvera {i:.2}. Claire le sait aussi. Elle range cette phrase avec les autres, dans le tiroir où elle range les choses qu’elle sait.", { i = nuee.INTENTIONS.agreement / 100 })
  jump "ch04.deux_heures"
end)

scene("ch04.laisser", function()
  say "Elle fait ce que la procédure prévoit. Elle l’a écrite, la procédure ; elle la connaît par cœur, ce qui est une façon de ne plus la lire."
  say("Un filtre. {n} identifiants retirés du lot Intentions. L’accord recalculé : {a:.2}. Le chiffre passe au vert avant même qu’elle relâche la touche.", { n = I.noisy, a = I.without / 100 })
  say("Les {n}, le score les a vus s’écarter. Cette nuit, leur fiabilité baisse d’un cran, automatiquement. Demain matin, certains seront sous les {bar} % du lot 9 et ne verront plus les tâches les mieux payées.", { n = I.noisy, bar = nuee.LOTS[9].bar })
  if v.ch02_column then
    say "L’autre lundi, elle avait ajouté une colonne : les personnes qui perdraient le lot 9. Cette nuit, elle ne la calcule pas. Elle sait à peu près ce qu’il y aurait dedans."
  else
    say "Combien perdront le lot 9, parmi eux ? Elle ne le calcule pas. Elle ne l’avait pas calculé l’autre lundi non plus."
  end
  say "Le 20 417, qui entend l’ironie. Le 8 812, qui ne l’entend jamais. Chacun retiré pour la moitié de ce qu’il voit."
  say "Elle enregistre son carnet dans un dossier qui s’appelle « plus tard ». Il y a déjà onze carnets dans le dossier « plus tard »."
  say("À Marc, elle écrit une ligne : « {a:.2} sur Intentions. » Il répond par un cœur, puis, une minute après, par un vrai mot : « Merci. »", { a = I.without / 100 })
  jump "ch04.deux_heures"
end)

scene("ch04.deux_heures", function()
  layout "page" {}
  say "2 h 04. Le téléphone d’astreinte vibre contre la cuisse de Théo, trois fois longues. Il est debout avant d’être réveillé."
  say "« ALERTE — file Intentions : latence 412 s. » Il connaît la cause avant d’ouvrir les journaux. Il connaît toujours la cause ; c’est ce qui rend les nuits longues."
  if v.noise == "patched" then
    say "Le recalcul des scores, après le déploiement de 1 h 58, a embouteillé la file. La rustine de Claire a fait un petit bouchon. Il ne le lui dit pas."
  end
  say "Il relance les processus. Il attend que la courbe redescende en se tenant au bord du bureau."
  say "Ses yeux ne font plus le point tout de suite. Il faut attendre une seconde que les lettres se posent, comme de la poussière."
  say "Depuis trois semaines, il a une douleur sous l’omoplate gauche, qu’il appelle « le truc ». Le week-end dernier, il a dormi quatorze heures d’affilée, et il s’est réveillé fatigué."
  say "Une nuit d’astreinte lui rapporte cent vingt euros bruts, plus les heures d’intervention. Il sait ce que ça fait en contributeurs payés à la tâche ; il a fait le calcul une nuit, et ne l’a plus refait."
  say "Il se demande à quoi sert ce qu’il répare à deux heures du matin. Une file qui nourrit un assistant qui dira un jour « Je comprends votre frustration » à quelqu’un qui attend qu’on le rappelle."
  say "Il ne saurait pas dire s’il est triste. Il n’a pas eu le temps de vérifier."
  say "2 h 11. La file est redescendue. Il écrit « file relancée » dans le canal."
  layout "chat" { channel = "#équipe-données", people = TEAM, clock = "2 h 11" }
  say("Théo", "file Intentions relancée. tout est vert")
  if v.ch02_theo == "care" then
    bind { clock = "2 h 13" }
    say("Claire", "Merci. Tu as mangé quelque chose ce soir, à part de la pizza ?")
    say("Théo", "la pizza c’est pas rien")
    say("Théo", "tu m’avais demandé l’autre lundi si j’avais dormi. personne m’avait demandé ça depuis longtemps. bref. merci")
  elseif v.ch02_theo == "work" then
    bind { clock = "2 h 13" }
    say("Claire", "Merci. Tu peux me sortir les journaux de la file, pour la note de livraison ?")
    say("Théo", "je te les mets dans le doc")
    say "Ils y sont quatre minutes plus tard, propres, commentés. Comme l’autre lundi."
  else
    say "Un pouce apparaît sous le message. Il ne regarde pas de qui."
  end
  layout "page" {}
  say "Il va à la cuisine chercher un café qu’il ne boira pas. Il y a quelqu’un, devant la machine, avec un chiffon et un vaporisateur."
  if v.claire_saw_cleaner then
    say "Malika. Claire lui a dit son prénom, mardi, en passant, comme on transmet quelque chose de fragile. C’est la première fois qu’il le sait, après deux ans ; il s’en aperçoit, et il a honte d’une honte douce."
  else
    say "Une femme d’une soixantaine d’années, polaire bleu marine, gants roses. Il la croise depuis deux ans. Il ne sait pas son prénom. Il s’en aperçoit ce soir, pour la première fois."
  end
  say(cleaner(), "Vous êtes encore là, vous. Vous êtes tous encore là. Il y a des pizzas partout.")
  say(cleaner(), "Nous aussi, on nous compte. Ma société a perdu l’immeuble d’en face en septembre : un autre prestataire, moins cher. Ici, le contrat est renégocié en janvier. Alors je ne laisse pas une miette.")
  say "Théo ne sait pas quoi répondre. Il ne savait pas qu’elle n’était pas de Nuée. Il ne s’était jamais posé la question."
  say("Théo", "On livre un client demain. Je suis d’astreinte.")
  say(cleaner(), "D’astreinte, c’est quoi ?")
  say("Théo", "C’est dormir avec le téléphone. Au cas où quelque chose casse.")
  say "Elle réfléchit, le chiffon immobile."
  say(cleaner(), "Alors moi aussi, je suis d’astreinte. Depuis que j’ai des enfants.")
  say(cleaner(), "Ils ont passé trente ans, et je dors encore avec le téléphone à côté de l’oreiller. Au cas où quelqu’un casse.")
  say "Elle fouille dans la poche de sa polaire et pose une clémentine sur le plan de travail, à côté de sa tasse."
  say(cleaner(), "Mangez ça. Le café, ça ne nourrit pas.")
  local c = choose {
    prompt = "La clémentine attend sur le plan de travail.",
    "S’asseoir cinq minutes avec elle",
    "La remercier, et retourner à l’écran",
  }
  if c == 1 then
    v.ch04_theo_sat = true
    say "Il s’assied sur un tabouret haut. Il épluche la clémentine d’un seul morceau, comme sa grand-mère, dans le Jura, le lui a appris. Il ne l’a pas fait depuis des années."
    say("Théo", "Je crois que je suis fatigué depuis un an.")
    say "Il ne sait pas pourquoi c’est à elle qu’il le dit. Peut-être parce qu’elle ne pourra rien en faire, et qu’elle ne lui demandera rien."
    say(cleaner(), "Un an, c’est long. Il faut le dire à quelqu’un qui peut faire quelque chose.")
    say("Théo", "Qui ?")
    say(cleaner(), "Je ne sais pas. Un médecin. Votre chef. Votre mère. Il y a toujours quelqu’un. Mais il faut que ça ne soit pas vous tout seul.")
    say "Il mange la clémentine quartier par quartier. Elle nettoie la machine à café autour de lui, sans le presser."
    if v.claire_saw_cleaner then
      say "Claire entre, sa tasse au renard à la main. Vide : elle a bu son thé, cette fois. Malika le remarque, et hoche la tête, sans rien dire."
    end
  else
    v.ch04_theo_sat = false
    say("Théo", "Merci. Vraiment. Il faut que j’y retourne.")
    say "Il prend la clémentine et la met dans sa poche. Il la retrouvera vendredi, un peu molle, et il ne saura plus tout de suite d’où elle vient."
    say "Puis il saura. Il restera un moment devant la fenêtre, la clémentine dans la main."
  end
  jump "ch04.marc"
end)

scene("ch04.marc", function()
  layout "page" {}
  say "3 h 10. Marc est seul dans la salle vitrée. De l’extérieur, on le voit comme dans un aquarium : la cravate défaite, le téléphone à l’oreille, les yeux fermés."
  say "Il écoute enfin la note vocale de 20 h 02. Dix-neuf secondes. On ne l’entend pas, derrière la vitre. On voit seulement qu’il rit, une fois, puis qu’il pose le front dans sa main et reste comme ça."
  layout "mail" {
    from = "Marc Delaunay", to = "Conseil d’administration",
    subject = "Halo — point avant 8 h",
  }
  if v.noise == "raised" then
    say("Marc", "Nous livrerons Halo au complet avant 9 h. Le lot Intentions sera livré à {i:.2} d’accord, avec une note méthodologique signée de Claire Morel et de moi.", { i = nuee.INTENTIONS.agreement / 100 })
    say("Marc", "Nous pensons que ce chiffre mesure l’ambiguïté des phrases et non la qualité du travail. Nous proposons à Halo une livraison plus riche, qui la conserve.")
    say("Marc", "Le risque client est réel. J’en prends la responsabilité. M. D.")
    say "Il relit « j’en prends la responsabilité ». C’est une phrase de consultant ; il l’a écrite cent fois pour d’autres. C’est la première fois qu’elle lui coûte quelque chose."
  else
    say("Marc", "Halo OK. Livraison avant 9 h, tous lots à {halo:.2} ou plus. M. D.", { halo = nuee.HALO_AGREEMENT / 100 })
    say "Le président répond en onze secondes. Un pouce."
    say "Marc regarde le pouce longtemps, comme s’il attendait qu’il dise autre chose."
  end
  layout "page" {}
  say "Il sort de l’aquarium et passe près du bureau de Claire. Il pose une main sur le dossier de sa chaise, une seconde, sans la regarder."
  say("Marc", "Elle m’a chanté la chanson des poissons. Ma fille. Sur la note vocale. Dix-neuf secondes.")
  say "Il ne dit pas pourquoi il le dit. Il retourne dans la salle vitrée, et la porte se referme sans bruit, parce qu’on l’a réglée pour ça."
  jump "ch04.aube"
end)

scene("ch04.aube", function()
  layout "page" {}
  say "5 h 30. Dans l’escalier de service, un chariot qu’on descend marche par marche. Le ménage finit à cette heure-là."
  if v.claire_saw_cleaner then
    say "Malika passe devant la salle vitrée, son sac sur l’épaule, et fait à Claire un petit signe de la main, les cinq doigts. Elle a un train pour Creil à prendre, quand il veut bien partir."
  else
    say "La femme de ménage passe devant la salle vitrée, son sac sur l’épaule. Personne ne lève la tête. Elle a un train à prendre, quand il veut bien partir."
  end
  say "Le ciel au-dessus du canal passe du noir au bleu d’encre. Sur l’eau, une péniche immobile a déjà une lumière à sa fenêtre."
  local delivered = {
    raised = { nuee.fr_hundredths(nuee.INTENTIONS.agreement) .. " — note méthodologique jointe", "0" },
    patched = { nuee.fr_hundredths(I.patched), "0" },
    ignored = { nuee.fr_hundredths(I.without), nuee.fr_int(I.noisy) },
  }
  local d = delivered[v.noise]
  layout "dashboard" {
    rows = {
      { "Livraison Halo", "envoyée, 6 h 02" },
      { "Labels livrés", nuee.fr_int(nuee.HALO_ORDER) .. " / " .. nuee.fr_int(nuee.HALO_ORDER) },
      { "Lot Intentions — accord", d[1] },
      { "Annotateurs retirés du lot", d[2] },
    },
    alert = "Livraison complète",
  }
  if v.threshold == 95 then
    local missing = nuee.delivery(v.threshold).missing
    say("Les {n} labels manquants sont arrivés dans la nuit, à {night:euros} pièce, de Tana, de Dakar, de Creil. Le coût par label de la semaine a pris près de {k} millièmes d’euro. Marc ne l’a pas encore vu.", { n = missing, night = nuee.NIGHT_IMAGE_PAY, k = (missing * (nuee.NIGHT_IMAGE_PAY - nuee.pay(3)) * 10 + nuee.HALO_ORDER // 2) // nuee.HALO_ORDER })
  end
  say "6 h 02. Le dernier fichier part. La barre de progression arrive au bout, hésite, et devient un mot : « Envoyé »."
  if v.noise == "raised" then
    say "Personne n’applaudit. Marc dit « bon », Claire dit « bon ». Personne ne sait ce que Jonas répondra à 9 h, ni le conseil à 8 h. C’est une sensation nouvelle, de ne pas savoir, et elle ressemble un peu à de l’air."
  elseif v.noise == "patched" then
    say "Marc dit « bravo », et il le pense. Claire dit « merci », et elle pense à quarante lignes de code que personne n’a relues, qui tournent maintenant sur onze mille personnes."
  else
    say "Marc dit « bravo », et il le pense. Claire dit « merci ». Le tableau est vert de haut en bas, comme elle l’a dessiné."
  end
  if v.ch04_theo_sat then
    say "Théo dort sur le canapé de l’espace détente, les pieds sur l’accoudoir, la bouche ouverte. Sur son ventre, le téléphone d’astreinte monte et descend avec sa respiration."
    say "Claire le prend, doucement. Elle le glisse dans sa propre poche. Une heure d’astreinte, ce n’est rien. C’est une heure."
    say "6 h 40, le téléphone vibre dans sa poche. File des images bloquée depuis 6 h 31. Claire ne connaît pas la procédure de Théo ; elle connaît celle du wiki, qui tient en une ligne : vider la file, relancer."
    say("Elle la vide, elle la relance. Quatre minutes. Les {n} tâches ouvertes à cet instant disparaissent des écrans où quelqu’un était en train de les faire : ni paiement, ni ligne dans aucun historique, ni le sien ni le leur.", { n = nuee.contributors() * nuee.DAWN_SHARE // 100 })
    say "Théo aurait su les garder ; il y a une commande pour ça, qu’il n’a jamais écrite nulle part. Elle ne le réveille pas. Elle ne le lui dira pas."
  else
    say "Théo est encore devant son écran, le menton dans la main, à regarder des courbes qui ne bougent plus. Il n’a pas mangé la clémentine. Elle est dans sa poche."
    say("Claire", "Rentre. Il y en a un de nous deux qui doit dormir, statistiquement.")
    say "Il sourit. Il reconnaît sa propre phrase. Il ne rentre pas tout de suite, mais il éteint un de ses deux écrans, ce qui est un début."
  end
  if v.theo_comptoir then
    say "Dans la poche de Théo, son propre téléphone vibre, puis vibre encore. Quatorze réponses à Veilleur, depuis 1 h. « Merci. » « T’es qui ? » « Prouve-le. » « Reviens demain. »"
    say "Il ne les lira que ce soir. Il reviendra."
  end
  say "À Creil, dans une chambre, un ordinateur s’allume avant le jour."
  end_chapter()
end)
