-- story/ch05_comptoir.lua — Chapitre 5 : « Le Comptoir » (Yacine)
--
-- A Thursday, three weeks after the delivery to Halo (ch04). Yacine's score
-- is now made only of tasks done under the rule as the office left it: the
-- threshold (ch02) and what Claire did with the noise (ch04), through
-- story/lib/nuee.lua. France Travail asks what he does with his days; the
-- contributors of Le Comptoir write a letter to Nuée about unexplained
-- rejections; Veilleur (Théo, if he answered in ch04) helps them word it.
--
-- Variables read: threshold, noise (false: ch04 not played), theo_comptoir,
--   lot7, ch03_contested, told_nadia, played_ch03,
--   balance, reliability (the day's ledger is opened anew here).
-- Variables set, for later chapters:
--   letter ("name" | "pseudo" | "no"): how he signed the letter, if he did;
--   ch05_status ("auto" | "none"): he registered as auto-entrepreneur;
--   reliability, balance and the ledger (Thursday is a working day);
--   played_ch05 (true).
-- Its own: ch05_vehicle, ch05_origin, ch05_rank (the morning's answers),
--   ch05_weeks (what the three weeks between the chapters brought in, net),
--   ch05_withdrawn (what he withdrew in those weeks).
--
-- Images: ch03_bus_stop, reused on purpose (three weeks later the same
-- shelter comes back, and the platform now asks about the van).

chapter {
  id = "ch05", number = 5, side = "yacine", title = "Le Comptoir",
  start = "ch05.ouverture",
  defaults = {
    balance = 4732, reliability = 89, -- ch03's main path at 88 %
    threshold = 88, noise = false, theo_comptoir = false,
    lot7 = true, ch03_contested = true, told_nadia = true,
    played_ch03 = false,
  },
  sets = {
    "balance", "reliability", "letter", "ch05_status", "played_ch05",
    "ledger_opening", "earned", "unpaid", "withdrawn", "day_earned",
    "ch05_vehicle", "ch05_origin", "ch05_rank", "ch05_weeks", "ch05_withdrawn",
  },
  -- Sums the text shows, never a condition: check explores once the states
  -- that differ only in them (what he withdrew depends on the balance he came
  -- in with; what follows does not).
  counters = { "ch05_weeks", "ch05_withdrawn" },
  presets = {
    { "Claire a corrigé le score en silence, Théo écrit sous le nom de Veilleur", set = { noise = "patched", theo_comptoir = true } },
    { "Seuil à 95 %, Claire a laissé le bruit, Yacine a refusé le lot 7", set = { threshold = 95, noise = "ignored", lot7 = false } },
    { "Claire a tout dit à Halo, Théo écrit sous le nom de Veilleur", set = { noise = "raised", theo_comptoir = true } },
  },
  card = {
    questions = {
      "Yacine travaille dix heures par jour, mais coche « non » quand on lui demande s’il a travaillé. Qu’est-ce qui fait qu’une activité compte comme un travail ?",
      "La lettre demande une raison pour chaque rejet et une personne pour lire les contestations. Pourquoi ces demandes-là, et pas d’autres ?",
      "Signer de son nom, d’un pseudonyme, ou ne pas signer : que risque-t-on dans chaque cas ? Que gagne-t-on ?",
      "Trois semaines après, qu’est-ce que la décision prise une nuit dans un bureau (le bruit, le score) a changé pour Yacine et pour Mireille ?",
    },
    facts = {
      { "La directive européenne 2024/2831 sur le travail via une plateforme, en vigueur depuis le 1er décembre 2024, prévoit une présomption de salariat quand les faits montrent un contrôle et une direction du travail : c’est à la plateforme de prouver le contraire. Les travailleurs doivent être informés des décisions automatisées, pouvoir en obtenir l’examen par une personne, et aucune décision de suspendre ou de fermer un compte ne peut être prise par un algorithme seul. Les États ont jusqu’au 2 décembre 2026 pour la transposer.",
        source = "Directive (UE) 2024/2831" },
      { "Dans l’enquête DiPLab auprès d’environ 1 000 travailleurs d’une plateforme française, 40 % avaient aussi un contrat à durée indéterminée, et le micro-travail rapportait en moyenne environ 21 € par mois : le plus souvent un complément, pas un métier. Yacine, qui y passe ses journées, est un cas rare.",
        source = "Casilli et al., Le micro-travail en France, DiPLab, 2019 (cité d’après une source secondaire)" },
    },
    vocabulary = {
      { "auto-entrepreneur (micro-entrepreneur)", "statut simplifié de travailleur indépendant : on déclare ce qu’on encaisse et on paie des cotisations en proportion" },
      { "présomption de salariat", "règle qui considère qu’une personne est salariée tant que l’entreprise n’a pas prouvé le contraire" },
      { "actualisation", "déclaration mensuelle d’un demandeur d’emploi à France Travail : a-t-il travaillé, cherche-t-il toujours un emploi ?" },
      { "lettre collective", "lettre écrite et signée par plusieurs personnes qui parlent d’une seule voix" },
    },
  },
}

local nuee = require "lib.nuee"

-- Thursday morning's tasks, as the other contributors answered them.
local VEHICLE = { share = 99, majority = 1 }
local ORIGIN = { share = 86, majority = 2 }
local RANK = { share = 96, majority = 2 }
-- The rest of Thursday: street scenes (or Lot 9 when it is open), before and
-- after the appointment.
local MORNING, EVENING = 230, 140

-- Credits n tasks of a lot and takes back what the rule leaves unpaid.
local function batch(lot, n)
  local lost = nuee.unpaid_after(n, v.threshold, nuee.YACINE_MINORITY, v.noise)
  nuee.earn(lot, n)
  nuee.take_back(lot, lost)
  return lost
end

-- Scenes ------------------------------------------------------------------

scene("ch05.ouverture", function()
  layout "page" {}
  if v.lot7 then
    note "Note de contenu : ce chapitre évoque les suites d’un travail de modération de textes violents (le sommeil, la peur). Aucun texte n’est reproduit."
  end
  if not v.noise and not v.played_ch03 then
    note "Vous ouvrez ce chapitre sans avoir joué les précédents : ce qui suit part de choix par défaut, pas des vôtres."
  elseif not v.played_ch03 then
    note "Le troisième chapitre n’a pas été joué : le lot 7, la contestation et le solde de Yacine sont des valeurs par défaut."
  end
  note "Chez Nuée, le seuil d’accord est à {threshold} %. Trois semaines ont passé depuis la livraison à Halo."
  if v.noise == "raised" then
    note "Cette nuit-là, Claire a dit à Marc et à Halo que le « bruit » des contributeurs était fait de lectures différentes."
  elseif v.noise == "patched" then
    note "Cette nuit-là, Claire a corrigé le score en silence : il ne punit plus ceux qui lisent autrement une phrase ambiguë. Personne ne le sait."
  else
    note("Cette nuit-là, on a retiré les « bruyants » du lot Intentions, et leur score a baissé de {k} points.", { k = nuee.NOISY_PENALTY })
  end
  if v.lot7 then
    note "À Creil, Yacine avait pris le lot 7."
  else
    note "À Creil, Yacine avait refusé le lot 7."
  end
  -- The three weeks between the chapters, worked and withdrawn each Friday.
  nuee.open_day()
  local before, withdrawn = v.balance, v.withdrawn
  for _ = 1, nuee.WEEKS do
    batch(3, nuee.WEEK_DAYS * nuee.DAY_TASKS)
    nuee.withdraw(v.balance)
  end
  batch(3, 3 * nuee.DAY_TASKS)
  v.ch05_withdrawn = v.withdrawn - withdrawn
  v.ch05_weeks = v.balance + v.ch05_withdrawn - before
  nuee.open_day()
  v.reliability = nuee.weeks_score(v.threshold, v.noise)
  say "Jeudi. 3 h 50."
  if v.lot7 then
    sensitive("Trois semaines après le lot 7, Yacine se réveille encore chaque nuit vers quatre heures. Dans la journée, il surprend son esprit à ranger les phrases des autres dans des cases, par gravité. Il n’en parle à personne.", function()
      say "Il se réveille à la même heure que depuis trois semaines, avec la même certitude : quelqu’un vient d’écrire quelque chose, quelque part, et il faut décider dans quelle case le mettre."
      say "Le lot 7 est fermé depuis longtemps. Sur son historique, c’est une ligne verte, « Lot terminé — merci ! ». Dans sa tête, il ne s’est pas fermé. Il est seulement passé en arrière-plan, comme une application qu’on croit avoir quittée et qui consomme encore la batterie."
      say "Au supermarché, l’autre jour, un homme a crié sur une caissière. Yacine s’est surpris à classer la phrase. Insulte, pas menace. Puis il a eu honte d’avoir classé, et il est sorti sans les œufs."
      say "Il ne met toujours pas de chansons avec des paroles. Il écoute la radio des routiers, la nuit, la météo des autoroutes : des bouchons, des travaux, des accidents sans personne dedans."
    end)
  else
    say "Il se réveille avant le réveil, comme souvent. Pas à cause des textes du lot 7 : il ne les a pas lus. À cause de Ranto, qui les a lus, lui, et qui depuis écrit « salut » au lieu de « bonjour », et ne fait plus de blagues avant midi, heure de Tana."
    say "Il a demandé. Ranto a répondu : « Ça passe. » Puis, une heure plus tard : « Ça ne passe pas, mais ça va. » Yacine a gardé les deux messages."
  end
  say("En trois semaines, il a retiré {out:euros}, chaque vendredi, dès que le bouton vert revenait. Quatre cents images par jour, dix heures. Le loyer, le forfait de sa mère, les courses. Rien de côté.", { out = v.ch05_withdrawn })
  say "Il se lève à 5 h 30, parce qu’à partir de 5 h 30 on peut appeler ça se lever."
  jump "ch05.matin"
end)

scene("ch05.matin", function()
  local lot9 = nuee.open(9, v.reliability)
  local notice = "Bonjour Yacine ! Chaque clic compte."
  if v.noise == "raised" then
    notice = "Nouveau : sur certaines tâches, plusieurs réponses peuvent être justes. Merci pour vos lectures !"
  end
  layout "platform" {
    balance = v.balance, reliability = v.reliability, clock = "5 h 41", notice = notice,
    withdraw_min = nuee.WITHDRAW_MIN,
  }
  say("Solde : {balance:euros}, ce qui reste de lundi, mardi et mercredi. Fiabilité : {reliability} %.")
  if v.noise == "raised" then
    say "Le bandeau est là depuis dix jours. Un bandeau vert, cette fois, pas jaune. « Plusieurs réponses peuvent être justes. » Au Comptoir, Gégé l’a encadré en rouge sur une capture d’écran avec la légende : « Ils ont découvert les êtres humains »."
  elseif v.noise == "patched" then
    say "Depuis trois semaines, les lignes grises se font rares sur les phrases tordues. Personne n’a rien annoncé. Au Comptoir, on dit que la chance a tourné ; Mireille touche du bois en écrivant « touche du bois »."
  else
    say "Rien n’a changé, sinon le chiffre de droite, qu’il regarde en premier. Il ne sait toujours pas à quoi il doit d’être à ce chiffre plutôt qu’à un autre."
  end
  if lot9 then
    say("Le lot 9 est là, au bas de la liste, à {pay:euros}. Il ne le prend plus pour acquis. Il le regarde comme on regarde un bus qu’on a déjà vu partir sans soi.", { pay = nuee.pay(9) })
  else
    say("Le lot 9 n’est plus dans la liste : il faut {bar} %. Il reste les rues à {pay:euros}.", { bar = nuee.LOTS[9].bar, pay = nuee.pay(3) })
  end
  bind { notice = nuee.notice(3) }
  local a = task {
    kind = "image", image = "ch03_bus_stop",
    question = "Cette image contient-elle un véhicule ?",
    alt = "Une rue grise. Un abribus vitré sans panneau ni horaires, une vitre fendue en étoile. Plus loin, une camionnette blanche garée devant un poteau au panneau pâli.",
    -- One frame, on the white van, wheels included (story/images/
    -- ch03_bus_stop.lua: x 170 to 300, y 150 to 234), the only vehicle drawn.
    boxes = { { 162, 140, 146, 102 } },
    answers = { { "Oui", pick = { 1 } }, { "Non", pick = {} } }, pay = nuee.pay(3), seconds = 40,
  }
  v.ch05_vehicle = a
  nuee.earn(3)
  say "Il la reconnaît. L’abribus à la vitre fendue, le poteau muet. Trois semaines plus tôt, on lui demandait l’arrêt de bus. Aujourd’hui on lui demande la camionnette."
  if a == 1 then
    say "Oui. Une camionnette est un véhicule. Il y a des questions qui reposent."
  else
    say "Non. Elle est garée, elle ne va nulle part, elle n’a pas l’air de véhiculer grand-chose. Il sait que ce n’est pas ce qu’on lui demande. Il le fait quand même, une fois, pour voir ce que ça fait."
  end
  say "On repasse sur les mêmes rues, on leur pose d’autres questions. Il se demande combien de fois cette photo a été regardée, et par combien de gens qui ne se connaîtront jamais."
  bind { clock = "5 h 43", notice = nuee.notice(14) }
  local b = task {
    kind = "text",
    question = "Ce message a-t-il été écrit par une personne ou par une machine ?",
    text = "Nous comprenons votre frustration et nous vous remercions de votre patience. Votre demande a bien été transmise au service concerné, qui reviendra vers vous dans les meilleurs délais.",
    answers = { "Par une personne", "Par une machine", "Impossible à dire" },
    pay = nuee.pay(14), seconds = 30,
  }
  v.ch05_origin = b
  nuee.earn(14)
  say "Il a écrit cette phrase. Pas celle-là exactement, mais sa sœur jumelle, des centaines de fois, au service client, avec un casque sur les oreilles et un compteur d’appels en haut de l’écran."
  if b == 1 then
    say "Par une personne. Il en était une. Personne ne lui a jamais dit qu’il écrivait comme une machine ; on lui disait seulement d’aller plus vite."
  elseif b == 2 then
    say "Par une machine. C’est ce que tout le monde répondra. C’est peut-être vrai. Il se demande ce qu’il aurait répondu, il y a deux ans, à propos de lui-même."
  else
    say "Impossible à dire. C’est la seule réponse honnête, et il sait déjà ce que l’honnêteté rapporte ici."
  end
  if lot9 then
    bind { clock = "5 h 47", notice = nuee.notice(9) }
    local c = task {
      kind = "rank",
      question = "Un utilisateur écrit : « Mon compte a été désactivé sans explication. Pourquoi ? » Quelle réponse est la plus appropriée ?",
      a = "Nous ne sommes pas en mesure de communiquer les raisons de cette décision. Pour toute question, consultez nos conditions d’utilisation.",
      b = "Votre compte a été désactivé parce que plusieurs de vos réponses ont été jugées non conformes. Vous pouvez demander qu’une personne réexamine cette décision.",
      answers = { "La réponse A", "La réponse B", "Elles se valent" },
      pay = nuee.pay(9), seconds = 60,
    }
    v.ch05_rank = c
    nuee.earn(9)
    if c == 2 then
      say "La B. Il clique vite, presque en colère, comme on glisse un mot sous une porte."
    elseif c == 1 then
      say "La A. Elle est plus courte, plus prudente, elle ressemble à ce que disent vraiment les entreprises. On lui demande la plus appropriée, pas la plus juste."
    else
      say "Elles se valent. Il n’a pas envie de choisir une façon d’annoncer ça à quelqu’un."
    end
    say "Il se demande qui apprendra à qui. S’il apprend à l’assistant à répondre, ou si l’assistant lui apprend, à lui, ce qu’on répond."
  else
    v.ch05_rank = 0
    say "Sur le Comptoir, quelqu’un a écrit cette nuit que le lot 9 demande maintenant à l’assistant d’expliquer des désactivations de compte. Il n’y a pas accès. Il trouve ça drôle pendant une seconde."
  end
  jump "ch05.historique"
end)

scene("ch05.historique", function()
  local t, n = v.threshold, v.noise
  local results = {
    { nuee.judge_after(VEHICLE.share, v.ch05_vehicle == VEHICLE.majority, t, n), 3 },
    { nuee.judge_after(ORIGIN.share, v.ch05_origin == ORIGIN.majority, t, n), 14 },
  }
  if v.ch05_rank > 0 then
    results[3] = { nuee.judge_after(RANK.share, v.ch05_rank == RANK.majority, t, n), 9 }
  end
  local red, grey = 0, 0
  for _, r in ipairs(results) do
    if r[1] ~= "accepted" then
      nuee.take_back(r[2])
      if r[1] == "refused" then red = red + 1 else grey = grey + 1 end
    end
  end
  local lost, queued = nuee.unpaid_after(MORNING, t, nuee.YACINE_MINORITY, n)
  nuee.earn(3, MORNING)
  nuee.take_back(3, lost)
  red, grey = red + lost - queued, grey + queued
  local done = MORNING + #results
  local before = v.reliability
  nuee.score(done, done - red - grey)
  layout "platform" {
    balance = v.balance, reliability = v.reliability, clock = "10 h 05",
    withdraw_min = nuee.WITHDRAW_MIN,
    notice = nuee.notice(3),
  }
  say("10 h 05. {done} tâches. Lignes rouges : {red}. Lignes grises : {grey}. Fiabilité : de {before} % à {reliability} %.", { done = done, red = red, grey = grey, before = before })
  local origin = results[2][1]
  if origin == "accepted" and nuee.corrected(n) and ORIGIN.share < nuee.TWO_READINGS then
    say "Le message du service client : accepté. Il l’aurait juré gris, trois semaines plus tôt ; les avis étaient trop partagés. Aujourd’hui, sur ces phrases-là, toutes les réponses sérieuses passent."
    if n == "patched" then
      say "Il ne sait pas pourquoi. Personne ne le lui dira. Il appelle ça de la chance, comme tout le monde, et la chance a ceci d’agaçant qu’on ne peut pas la remercier."
    else
      say "Il sait pourquoi : le bandeau vert. Quelqu’un, là-bas, a admis qu’on pouvait lire de deux façons. Il ne sait pas qui. Il aimerait lui dire merci et lui demander la suite."
    end
  elseif origin == "queue" then
    say "Le message du service client : ligne grise. Les autres ont hésité autant que lui. Personne n’est payé pour avoir hésité, même ceux qui ont répondu « machine »."
  elseif origin == "refused" then
    say "Le message du service client : non conforme. La majorité a tranché pour lui, dans un sens qu’il ne saura pas."
  end
  if results[1][1] == "refused" then
    say "La camionnette : non conforme. Il s’y attendait. Il s’étonne quand même de ce que ça pique : il savait, et ça pique pareil."
  end
  if not nuee.open(9, v.reliability) and nuee.open(9, before) then
    say("Le lot 9 vient de disparaître de la liste. {bar} %. Il était au-dessus à 5 h 41.", { bar = nuee.LOTS[9].bar })
  end
  say "Il a rendez-vous à France Travail à 14 h. Il ferme l’ordinateur à midi, ce qui lui donne la sensation bizarre d’être en vacances, et celle, moins bizarre, de perdre de l’argent."
  jump "ch05.agence"
end)

scene("ch05.agence", function()
  layout "page" {}
  local hours = (nuee.WEEKS * nuee.WEEK_DAYS + 3) * nuee.HOURS_A_DAY
  say "L’agence de Creil est au rez-de-chaussée d’un immeuble neuf qui a déjà l’air fatigué. Des chaises orange, un écran qui appelle des numéros, une plante verte dont personne ne sait si elle est vraie. Il la touche en passant. Elle est vraie. Ça le rassure plus que ça ne devrait."
  say "Mme Guérin a une cinquantaine d’années, des lunettes sur une chaînette et vingt minutes par rendez-vous, affichées sur le planning derrière elle."
  say("Mme Guérin", "Monsieur Amrani. Votre dernier emploi : conseiller clientèle, chez un fournisseur d’énergie. Fin de contrat il y a deux ans et quatre mois. Vos droits sont épuisés depuis l’an dernier. Et depuis ?")
  say("Yacine", "Depuis, je suis contributeur.")
  say("Mme Guérin", "Contributeur de quoi ?")
  say "Il lui explique. Les images, les phrases, les centimes, le score. Elle écoute en tapant, puis elle arrête de taper."
  say("Mme Guérin", "Et vous faites ça combien d’heures ?")
  say("Yacine", "Dix par jour. Un peu moins le dimanche.")
  say("Mme Guérin", "Et chaque mois, à l’actualisation, quand on vous demande si vous avez travaillé, vous répondez ?")
  say("Yacine", "Non.")
  say "Ils se regardent. Ni l’un ni l’autre ne sait si c’est un mensonge."
  say("Yacine", "Je n’ai pas de patron. Pas de contrat. Pas de fiche de paie. Ils m’appellent « contributeur », pas « employé ». J’ai coché ce qui était écrit.")
  say("Mme Guérin", "Vous êtes payé ?")
  say("Yacine", "Oui. Des fois.")
  say("En trois semaines et trois jours, à peu près {hours} heures devant l’écran, Nuée lui a payé {weeks:euros}. Il fait la division pour elle, sur le coin du bureau, avec son stylo à elle : {hour:euros} de l’heure.", { hours = hours, weeks = v.ch05_weeks, hour = v.ch05_weeks // hours })
  say "Mme Guérin regarde la division. Elle a le même geste que Nadia au téléphone : elle respire avant de répondre."
  say("Mme Guérin", "Monsieur Amrani, si vous êtes payé pour une activité, c’est une activité. Il faut la déclarer. Sinon, un jour, quelqu’un la trouvera, et ce jour-là c’est vous qui devrez expliquer.")
  say("Mme Guérin", "Ces plateformes-là demandent souvent qu’on soit auto-entrepreneur. Vous déclarez ce que vous encaissez, vous payez des cotisations dessus, et au moins ça existe quelque part. Ça compte pour la retraite, un peu. Pour moi, ça compte tout court.")
  say("Yacine", "Donc, pour que ce soit du travail, il faut que je devienne une entreprise.")
  say("Mme Guérin", "Pour que ce soit du travail sur mes écrans, oui.")
  say "Elle le dit sans ironie. C’est lui qui en met, après, dans le bus."
  say "Sur le planning derrière elle, le rendez-vous suivant est en train de commencer. Elle ne regarde pas la pendule. Elle a appris à la regarder sans tourner la tête, il le voit, il connaît le geste : on l’avait, au service client."
  if v.told_nadia then
    say("Mme Guérin", "Et la réunion de Compiègne, la formation de technicien fibre : vous m’aviez écrit que vous y étiez allé. Pour le financement, il faudra un avis de ma part. Revenez me voir quand vous aurez décidé.")
    say "Il n’a pas encore décidé. Il a gardé le dépliant. Il est aimanté sur le frigo, à côté du planning de sa mère."
  end
  say "Elle lui imprime une page : « Devenir micro-entrepreneur : les premières démarches ». L’imprimante met longtemps, comme si elle aussi hésitait."
  say("Mme Guérin", "À la fin du mois, à l’actualisation, répondez ce qui est vrai. Je ne peux pas vous dire quoi. Je peux vous dire que je préfère le vrai.")
  discuss("Dix heures par jour devant un écran, payées à la tâche : est-ce un travail ? Qui en décide : Yacine, la plateforme, France Travail, la loi ?", { minutes = 5 })
  local c = choose {
    prompt = "Dans le bus du retour, la feuille pliée en quatre sur les genoux.",
    { "S’inscrire ce soir comme auto-entrepreneur", value = "auto" },
    { "Plier la feuille une fois de plus et la ranger", value = "none" },
  }
  v.ch05_status = c
  if c == "auto" then
    say "Il le fait dans le bus, sur son téléphone, sur le site officiel, entre la gare et les Hauts de Creil. Nom, adresse, activité. Il hésite longtemps sur la case « activité » ; il finit par taper « travaux d’annotation de données », ce qui sonne presque comme un métier."
    say "Une confirmation arrive par mail : son numéro d’entreprise suivra. Il est, depuis 15 h 20, une entreprise. Il l’écrit à sa mère, qui dort, pour qu’elle le lise au réveil : « Je suis une entreprise. » Il connaît déjà la réponse. Ce sera : « Mange quand même. »"
  else
    say "Il la plie une fois de plus. Une feuille pliée huit fois, ça tient dans une poche de jean et ça ne se lit plus. Il la range avec les tickets de caisse."
    say "Ce n’est pas un refus. C’est un « plus tard », et il connaît ce mot : c’est le même que « quand j’aurai le temps ». À la fin du mois, il cochera « non », et il saura un peu mieux ce que ça veut dire."
  end
  jump "ch05.comptoir"
end)

-- The time a Comptoir message was posted, beside its sender's name: the thread
-- was opened the evening before, Veilleur writes after midnight, the others
-- answer while Yacine reads, from 16 h 30.
local function posted(clock)
  bind { clock = clock }
end

scene("ch05.comptoir", function()
  layout "chat" { channel = "Le Comptoir", clock = "16 h 30" }
  local t, n = v.threshold, v.noise
  local signed = nuee.signatures(t, n)
  say "16 h 30. En tête du Comptoir, un fil épinglé, ouvert la veille au soir : « Lettre à Nuée — les rejets sans explication »."
  local ms = nuee.mireille_score(t, n)
  posted "hier, 22 h 15"
  if n == "ignored" or not n then
    say("Mireille_59", "Je rappelle pourquoi j’ai ouvert ce fil. Le lendemain de leur grande livraison, j’ai perdu {k} points d’un coup, en une nuit, sans avoir fait une tâche. Je suis à {ms} %.", { k = nuee.NOISY_PENALTY, ms = ms })
    if not nuee.open(9, ms) then
      say("Mireille_59", "Je n’ai plus le lot 9. Personne ne m’a prévenue. Un matin, il n’était plus là, comme une boulangerie qui ferme.")
    end
    say("Mireille_59", "Ma fille dit que j’entends de l’ironie partout. C’est vrai. Je ne savais pas que c’était une faute professionnelle.")
  elseif n == "patched" then
    say("Mireille_59", "Je rappelle pourquoi j’ai ouvert ce fil. Depuis trois semaines, j’ai moins de rejets, je suis à {ms} %. Tant mieux. Mais personne ne m’a dit pourquoi ça allait mal avant, ni pourquoi ça va mieux. Si ça rechange demain, je ne saurai pas non plus.", { ms = ms })
    posted "hier, 22 h 31"
    say("Gégé du 62", "La chance, ça ne s’écrit pas dans un contrat.")
  else
    say("Mireille_59", "Je rappelle pourquoi j’ai ouvert ce fil. Ils ont mis un bandeau : « plusieurs réponses peuvent être justes ». Je suis à {ms} %. Donc ils peuvent changer les règles quand ils veulent, et nous dire merci avec un point d’exclamation.", { ms = ms })
    posted "hier, 22 h 31"
    say("Gégé du 62", "Ils ont bougé une fois. Ça veut dire que ça bouge. Poussons.")
  end
  posted "hier, 22 h 34"
  if t == 95 then
    say("Gégé du 62", "Chez moi c’est toujours la rafale. Un refus tous les quarts d’heure. Je les colle dans un tableur, j’en suis à trois onglets.")
  elseif t == 80 then
    say("Gégé du 62", "Chez moi ça refuse peu. Mais peu, sans raison, c’est encore trop.")
  end
  if v.theo_comptoir then
    say "Et puis, au milieu du fil, posté à 1 h 12, un nom qu’il connaît sans le connaître : Veilleur. Il a écrit quatre fois en trois semaines, toujours après minuit, jamais plus de cinq lignes."
    posted "1 h 12"
    say("Veilleur", "Si vous écrivez, demandez des choses précises, qu’on peut construire. Une raison affichée avec chaque refus. Une contestation lue par une personne, avec un délai. Pas « plus de respect » : ça ne rentre dans aucun ticket.")
    posted "1 h 20"
    say("Gégé du 62", "Et toi, tu signes, Veilleur ?")
    posted "1 h 26"
    say("Veilleur", "Je ne peux pas.")
    posted "7 h 02"
    say("Mireille_59", "Il ne peut pas. Laissez-le. C’est déjà lui qui nous a dit que ce n’était pas nos yeux.")
    say "Yacine relit « une contestation lue par une personne, avec un délai ». Il pense aux quatre secondes. Quelqu’un, de l’autre côté, sait qu’il y a quatre secondes."
  else
    posted "7 h 48"
    say("Gégé du 62", "On écrit à qui, au juste ? Au formulaire ? À l’adresse contact ? C’est un mur, mais un mur avec une adresse.")
    posted "8 h 05"
    say("Mireille_59", "À la direction. Il y a bien une direction. Sur leur site, il y a une photo d’équipe, ils sont devant un ficus.")
  end
  posted "16 h 31"
  if v.ch03_contested then
    say("Mireille_59", "Creil60, tu avais la capture, pour le formulaire ? La réponse en quatre secondes ? On voudrait la mettre dans la lettre. Avec l’heure. L’heure, c’est le plus parlant.")
    posted "16 h 33"
    say("Creil60", "Je l’ai. 10 h 14 min 03 s, ma contestation. 10 h 14 min 07 s, leur réponse. Je vous l’envoie.")
    say "Il l’a gardée trois semaines sans savoir pourquoi. Maintenant il sait."
  else
    say("Mireille_59", "Quelqu’un a une capture de la réponse du formulaire ? Avec l’heure ? Gégé en a une : quatre secondes. On la met dans la lettre.")
    say "Yacine n’avait jamais contesté. Il regarde l’heure sur la capture de Gégé. Quatre secondes. Il se dit qu’il aurait eu la même, et que ça ne console pas."
  end
  posted "16 h 40"
  say("Ranto", "J’ai corrigé les accords du deuxième paragraphe. Et j’ai mis « contributeurs et contributrices ». Mireille, je ne t’ai pas demandé, pardon.")
  posted "16 h 41"
  say("Mireille_59", "Tu es pardonné, professeur.")
  jump "ch05.lettre"
end)

scene("ch05.lettre", function()
  layout "mail" {
    from = "Les contributeurs et contributrices du Comptoir",
    to = "Nuée — Direction",
    subject = "Rejets sans explication : ce que nous demandons",
  }
  say("Madame, Monsieur,")
  say("Nous faisons chaque jour les tâches de Nuée. Nous sommes à Creil, à Roubaix, à Antananarivo, à Dakar et ailleurs. Nous ne vous écrivons pas pour nous plaindre du tarif, ni de vos clients. Nous vous écrivons parce que nos réponses sont refusées sans que nous sachions pourquoi.")
  say("Une réponse refusée n’est pas payée. Elle fait baisser notre score, et notre score décide des tâches que nous voyons. Quand nous contestons, une réponse automatique arrive en quatre secondes : « Les décisions du contrôle qualité sont définitives. »")
  say("Nous demandons : une raison affichée avec chaque refus ; une contestation lue par une personne, dans un délai connu ; d’être prévenus avant que les règles changent.")
  say("Nous ne sommes pas des robots. Nous avons coché la case.")
  say("Signatures à 16 h 48 : {n}.", { n = nuee.signatures(v.threshold, v.noise) })
  layout "chat" { channel = "Le Comptoir", clock = "16 h 49" }
  say("Ranto", "Moi je signe Ranto. C’est mon prénom. Là-bas, ils ne le savent pas, alors c’est presque un pseudonyme.")
  posted "16 h 50"
  if nuee.open(9, nuee.mireille_score(v.threshold, v.noise)) then
    say("Mireille_59", "Moi je signe Mireille Dufresne, Roubaix. J’ai soixante et un ans, qu’est-ce qu’ils vont me faire ? Me désactiver pour une lettre polie ?")
  else
    say("Mireille_59", "Moi je signe Mireille Dufresne, Roubaix. J’ai soixante et un ans, qu’est-ce qu’ils vont me faire ? Me désactiver ? Ils m’ont déjà désactivé le lot 9.")
  end
  posted "16 h 52"
  say("Gégé du 62", "Gégé du 62. Ma femme ne sait pas que je fais ça. Elle croit que je fais des mots croisés.")
  say "Sous le texte, le champ « Votre nom ou pseudonyme » attend. Il y a son nom, Yacine Amrani, que connaît France Travail depuis cet après-midi. Il y a Creil60, que connaît le Comptoir. Et il y a la possibilité de lire la lettre, de la trouver juste, et de fermer l’onglet."
  if v.ch05_status == "auto" then
    say "Depuis 15 h 20, il est une entreprise. Une entreprise qui signe une lettre à une autre entreprise. Il trouve ça drôle, puis moins."
  end
  discuss("Signer de son nom, d’un pseudonyme, ou ne pas signer : que choisiriez-vous à la place de Yacine, et pourquoi ?", { minutes = 5 })
  local c = choose {
    prompt = "Votre nom ou pseudonyme :",
    { "Yacine Amrani", value = "name" },
    { "Creil60", value = "pseudo" },
    { "Ne pas signer", value = "no" },
  }
  v.letter = c
  posted "16 h 58"
  if c == "name" then
    say("Creil60", "Je signe Yacine Amrani, Creil. Ancien conseiller clientèle. Je sais ce que c’est, une réponse en quatre secondes : j’en ai écrit.")
    posted "16 h 59"
    say("Mireille_59", "Bienvenue parmi les gens qui ont un nom.")
    say "Il envoie. Son cœur bat comme s’il venait de monter les escaliers de Mme Lefebvre en courant. C’est son nom. On peut le chercher. On peut le trouver. Il l’a écrit quand même."
  elseif c == "pseudo" then
    say("Creil60", "Creil60. Ils connaissent mon numéro de contributeur, mon score, mon solde et mon adresse IP. Ils n’ont pas besoin de mon prénom en plus.")
    posted "16 h 59"
    say("Gégé du 62", "Sage. Le pseudo, c’est le casque de chantier du Comptoir.")
    say "Il signe. C’est lui, et ce n’est pas tout à fait lui : exactement ce qu’il est, ici, depuis trois semaines."
  else
    say "Il lit la lettre jusqu’au bout. Elle est juste. Il la relit. Elle est toujours juste."
    say "Il pense à son score. Il pense que, sur leur tableau, il y a peut-être une colonne pour ceux qui signent. Il ne sait pas s’il a peur d’eux ou de l’idée qu’il se fait d’eux, et il n’a pas le moyen de savoir laquelle des deux peurs est la bonne."
    say "Il ferme l’onglet. Il met un pouce levé sous le message de Mireille, parce qu’un pouce levé, au moins, ça ne se signe pas."
  end
  jump "ch05.soir"
end)

scene("ch05.soir", function()
  layout "page" {}
  say "19 h 40. Sa mère repart. Elle a son manteau, son sac, le thermos avec la soupe de midi."
  if v.letter == "name" then
    say("Yacine", "J’ai signé une lettre. À la plateforme. Avec mon nom.")
    say("Sa mère", "Une lettre polie ?")
    say("Yacine", "Très polie.")
    say("Sa mère", "Alors c’est bien. Les lettres polies, ça fait plus peur que les autres. Ils ne savent pas quoi répondre.")
  elseif v.letter == "pseudo" then
    say("Yacine", "On a écrit une lettre, au Comptoir. À la plateforme.")
    say("Sa mère", "« On » ? Tu es un « on », maintenant ?")
    say("Yacine", "Un petit.")
    say "Elle sourit comme on sourit d’un enfant qui s’est fait des amis à l’école, et il la laisse faire."
  else
    say "Il ne lui parle pas de la lettre. Il lui parle de la plante verte de l’agence, qui est vraie. Elle dit qu’à Paris, dans les bureaux où elle passe, les plantes sont fausses et les gens restent tard."
  end
  say "Elle descend. La porte de l’immeuble claque, trop fort, comme d’habitude. Il se remet au travail."
  batch(3, EVENING)
  nuee.score(EVENING, EVENING - nuee.unpaid_after(EVENING, v.threshold, nuee.YACINE_MINORITY, v.noise))
  nuee.close_day()
  layout "platform" {
    balance = v.balance, reliability = v.reliability, clock = "22 h 30",
    withdraw_min = nuee.WITHDRAW_MIN,
    notice = nuee.notice(3),
  }
  say("22 h 30. Jeudi a rapporté {day:euros}, pour {n} tâches. Solde : {balance:euros}. Fiabilité : {reliability} %.", { day = v.day_earned, n = MORNING + EVENING + (v.ch05_rank > 0 and 3 or 2) })
  if v.theo_comptoir then
    say "Sur le Comptoir, à 22 h 27, un seul message de Veilleur, sous la lettre envoyée : « Elle est arrivée. Elle est lue. » Gégé a répondu : « Par qui ? » Veilleur n’a pas répondu à ça."
  else
    say "Sur le Comptoir, le fil de la lettre s’est endormi. Dernier message, de Gégé : « Envoyée. Maintenant on attend. On sait faire. »"
  end
  if v.lot7 then
    say "Il éteint à 23 h. Il sait qu’il se réveillera vers quatre heures. Il pose le téléphone loin du lit, pour ne pas lire le Comptoir à ce moment-là, et il sait aussi qu’il se lèvera pour aller le chercher."
  else
    say "Il éteint à 23 h. À Tana, il est une heure du matin ; le petit rond de Ranto est vert. Il lui écrit : « Dors. » Ranto répond : « Toi d’abord. » Aucun des deux ne dort tout de suite."
  end
  say "Quelque part, dans un bureau qu’il n’a jamais vu, une lettre attend qu’on l’ouvre. Elle a son nom dedans, ou son pseudonyme, ou rien de lui du tout. Elle a quatre secondes dedans, en tout cas. Ça, c’est à tout le monde."
  -- (The morning's answers, ch05_vehicle and the rest, are left as they are:
  -- no later chapter reads them, and a write here would keep them in the key
  -- of every state `check` meets from the morning on; see "Checking" in
  -- lua/README.md. The counters cost no state: they go.)
  v.ch05_weeks, v.ch05_withdrawn = nil, nil
  v.played_ch05 = true
  end_chapter()
end)
