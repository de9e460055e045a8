-- story/ch06_automatiser.lua — Chapitre 6 : « Automatiser » (le bureau)
--
-- Six weeks after the delivery to Halo, a Monday to a Thursday. Halo's model
-- now labels street scenes by itself, trained on the contributors' labels;
-- Nuée cuts the image category and keeps a few contributors to check the
-- model's labels. Whose accounts close is decided by Claire's score, against
-- the cut's bar (nuee.CUT_BAR); the letter from Le Comptoir reaches Claire.
-- The narration is colder here than on Yacine's side: shorter, more nominal.
--
-- Variables read: threshold, noise (false: ch04 not played), theo_comptoir,
--   letter, ch05_status, reliability, ch03_contested, posted_comptoir,
--   played_ch05.
-- Variables set, for later chapters:
--   cut_rule ("score" | "notice"): the accounts closed with no notice, or
--     with a month's notice and the balances under 20 € paid out;
--   deactivated (boolean): Creil60 is on the list, computed by the model from
--     his reliability against nuee.CUT_BAR;
--   claire_response ("explain" | "template" | "leave"): what Claire does with
--     the letter;
--   theo_warned (boolean): Veilleur warned Le Comptoir before the
--     announcement (only if theo_comptoir);
--   played_ch06 (true).
-- The chapter ends on Thursday evening (ch06.soir): the cut as the on-call
-- channel counts it (nuee.tickets), and one message Théo may answer by hand
-- (a choice whose weight stays in this chapter).
--
-- Images: none; the street scenes the model now labels are ch03_bus_stop's,
-- named in the dashboard only.

chapter {
  id = "ch06", number = 6, side = "office", title = "Automatiser",
  start = "ch06.reunion",
  defaults = {
    threshold = 88, noise = false, theo_comptoir = false,
    letter = "pseudo", ch05_status = "none", reliability = 89,
    ch03_contested = true, posted_comptoir = true, played_ch05 = false,
  },
  sets = { "cut_rule", "deactivated", "claire_response", "theo_warned", "played_ch06" },
  presets = {
    { "Claire a corrigé le score en silence, Théo écrit sous le nom de Veilleur", set = { noise = "patched", theo_comptoir = true, reliability = 99 } },
    { "Yacine a signé la lettre de son nom", set = { letter = "name" } },
    { "Seuil à 95 %, Yacine n’a pas signé", set = { threshold = 95, letter = "no", reliability = 75 } },
  },
  card = {
    questions = {
      "Le modèle d’Halo a appris à étiqueter les images grâce aux étiquettes des contributeurs. À qui appartient ce qu’il sait faire ?",
      "La liste des comptes fermés est calculée par un score. Qui décide, alors : Claire, Marc, le score, personne ?",
      "Un mois de préavis coûte de l’argent à Nuée. Qu’est-ce que l’absence de préavis coûte, et à qui ?",
      "Que peut faire Claire de la lettre ? Que change, pour vous, chacune de ses réponses ?",
      "Théo sait avant les autres. A-t-il le droit de prévenir ? En a-t-il le devoir ?",
    },
    facts = {
      { "La directive européenne 2024/2831 interdit qu’une décision de suspendre ou de fermer le compte d’un travailleur de plateforme soit prise par un algorithme seul ; les travailleurs doivent être informés des décisions automatisées et pouvoir en obtenir l’examen par une personne.",
        source = "Directive (UE) 2024/2831" },
      { "L’automatisation et l’intelligence artificielle reposent sur de nombreuses mains humaines, peu payées et peu visibles ; à son lancement, en 2005, Amazon présentait son service de micro-tâches Mechanical Turk comme de l’« intelligence artificielle artificielle ».",
        source = "Antonio A. Casilli, En attendant les robots, Seuil, 2019 ; Amazon Mechanical Turk" },
    },
    vocabulary = {
      { "automatiser", "confier à une machine une tâche faite jusque-là par des personnes" },
      { "modèle", "programme entraîné sur des exemples (ici, des images étiquetées) pour refaire seul la même tâche" },
      { "préavis", "délai entre l’annonce d’une fin (d’un contrat, d’un service) et cette fin" },
      { "désactiver un compte", "fermer l’accès d’une personne à une plateforme ; sur Nuée, lui retirer ses tâches" },
    },
  },
}

local nuee = require "lib.nuee"
local TEAM = { "Claire", "Théo", "Marc" }

-- How the letter was signed, as the office reads it.
local function signer()
  if v.letter == "name" then return "Yacine Amrani, Creil" end
  if v.letter == "pseudo" then return "Creil60" end
  return nil
end

-- Scenes ------------------------------------------------------------------

scene("ch06.reunion", function()
  layout "page" {}
  if not v.played_ch05 then
    note "Vous ouvrez ce chapitre sans avoir joué le précédent : la lettre, la façon dont Yacine l’a signée et son score sont des valeurs par défaut."
  end
  if not v.noise then
    note "Le quatrième chapitre n’a pas été joué : on suppose que Claire a laissé le « bruit » être du bruit."
  end
  if v.letter == "name" then
    note "À Creil, Yacine a signé de son nom la lettre du Comptoir à Nuée. Son score de fiabilité est de {reliability} %."
  elseif v.letter == "pseudo" then
    note "À Creil, Yacine a signé Creil60 la lettre du Comptoir à Nuée. Son score de fiabilité est de {reliability} %."
  else
    note "À Creil, Yacine n’a pas signé la lettre du Comptoir à Nuée. Son score de fiabilité est de {reliability} %."
  end
  note "Six semaines après la livraison à Halo. Le seuil d’accord est toujours à {threshold} %."
  local under, all = nuee.cut(v.threshold, v.noise)
  local cost = nuee.simulate(v.threshold).cost
  say "Lundi. 9 h 30. Salle Canopée."
  say "Ordre du jour : 1. Halo, résultats du modèle image. 2. Feuille de route du trimestre. 3. Divers."
  say "Jonas Weber en visio, depuis Berlin. Derrière lui, la même cuisine. Pas d’enfant, cette fois : l’école a repris."
  layout "dashboard" {
    rows = {
      { "Modèle image Halo v2 — accord avec la majorité des contributeurs", ("%d %%"):format(nuee.MODEL_AGREEMENT) },
      { "Coût par label — contributeurs", nuee.fr_cost(cost) },
      { "Coût par label — modèle (calcul compris)", nuee.fr_cost(nuee.MACHINE_COST) },
      { "Labels d’images par mois", nuee.fr_int(nuee.IMAGE_LABELS_MONTH) },
    },
    alert = "Scènes de rue : automatisation possible au 1er du mois",
  }
  say "En bas de la diapositive, en petits caractères : « Données d’entraînement : étiquettes Nuée, lots 3 et 11. » Les scènes de rue. Des millions de clics à trois centimes."
  say("Jonas Weber", "Le modèle est d’accord avec vos contributeurs quatre-vingt-treize fois sur cent. Sur les scènes de rue, c’est mieux que vos contributeurs entre eux.")
  say "Personne ne relève la phrase. Claire la note. Le modèle a appris sur la majorité ; il est d’accord avec la majorité. Ce n’est pas une performance. C’est une définition."
  if v.noise == "raised" then
    say("Jonas Weber", "Et merci encore pour les répartitions de réponses, sur Intentions. L’assistant hésite quand il faut hésiter. Nos testeurs trouvent ça… humain. Ils l’ont écrit entre guillemets.")
  elseif v.noise == "patched" then
    say "Sur le lot Intentions, Halo a recalculé l’accord avec sa propre formule, la semaine dernière. 0,90. La rustine a tenu. Personne n’a posé de question."
  else
    say "Sur le lot Intentions, l’accord livré était de 0,91. Le modèle d’Halo a appris une seule lecture de chaque phrase. Jonas en est content. Il n’a pas de raison de ne pas l’être."
  end
  say("Jonas Weber", "À partir du 1er, nous étiquetons les images nous-mêmes. Nous gardons Nuée pour la vérification : vos meilleurs contributeurs contrôlent un échantillon des labels du modèle. Et pour le texte, bien sûr. Le texte, c’est plus dur.")
  say("Marc", "Bien sûr.")
  say "Jonas coupe. Écran noir. Reflet de la salle : quatre personnes, un ficus."
  say("Marc", "Bon. On a trois semaines. Catégorie images : on ferme. Lot de vérification : on garde les meilleurs. Les autres comptes images, on les désactive. Pas de comptes dormants, pas de support à payer pour des gens qui n’ont plus de tâches.")
  say("Marc", "Les meilleurs, c’est ton score, Claire. Tu me sors la liste pour mercredi. Barre à {bar} %.", { bar = nuee.CUT_BAR })
  say("Claire", "Combien de comptes ?")
  say("Marc", "C’est toi qui vas me le dire.")
  say("Elle le sait déjà, à peu près. Elle fait tourner le calcul pendant qu’il parle, sur son portable, sous la table. {under} comptes sous la barre, sur {all} qui travaillent sur les images.", { under = under, all = all })
  if nuee.corrected(v.noise) then
    say("Sans la correction de la nuit de la livraison, il y en aurait eu {other}. Elle le sait parce qu’elle a fait tourner l’autre calcul aussi. Elle ne le montre pas.", { other = nuee.cut(v.threshold, "ignored") })
  else
    say("Elle fait tourner l’autre calcul, celui d’un score qui ne punirait pas les lectures différentes : {other}. Elle referme l’onglet. Ce score-là n’est pas en production.", { other = nuee.cut(v.threshold, "patched") })
  end
  say "Théo, en bout de table, regarde ses mains. Il a une nouvelle habitude : il compte les fois où il cligne des yeux pendant les réunions. Aujourd’hui, beaucoup."
  jump "ch06.lettre"
end)

scene("ch06.lettre", function()
  layout "mail" {
    from = "Marc Delaunay", to = "Claire Morel",
    subject = "TR : Rejets sans explication : ce que nous demandons",
  }
  say("Marc", "Claire, ça traîne dans la boîte contact depuis trois semaines. Théo me l’a remonté. Tu peux regarder ? Réponse type, je suppose. On en parle mercredi avec la liste. M.")
  say "11 h 04. Pièce jointe : la lettre. Claire la lit une fois, vite, comme on lit un ticket. Puis une deuxième fois, lentement, comme on ne lit plus rien au bureau."
  say("« Une raison affichée avec chaque refus ; une contestation lue par une personne, dans un délai connu ; d’être prévenus avant que les règles changent. »")
  say("Signatures : {n}.", { n = nuee.signatures(v.threshold, v.noise) })
  say "Elle fait défiler les noms. Des pseudonymes, surtout. Quelques vrais noms, avec une ville. Mireille Dufresne, Roubaix. Ranto, sans ville. Gégé du 62."
  local s = signer()
  if s then
    say("Et, vers le milieu : {s}.", { s = s })
  end
  if v.ch03_contested then
    say "En annexe, une capture d’écran. Un formulaire de contestation, 10 h 14 min 03 s. La réponse de Nuée, 10 h 14 min 07 s. « Les décisions du contrôle qualité sont définitives. Merci pour votre engagement ! »"
    say "La capture vient d’un compte de Creil. Claire ne sait pas lequel. Elle sait qu’elle a validé ce texte de réponse, il y a deux ans, en réunion produit, entre deux autres points."
  else
    say "En annexe, une capture d’écran : une contestation, une réponse quatre secondes plus tard. Claire connaît le texte de la réponse. Elle l’a validé, il y a deux ans, en réunion produit, entre deux autres points."
  end
  say "Quatre secondes. Elle regarde la pendule de l’écran. Elle a mis quatre minutes à lire la lettre."
  layout "chat" { channel = "Théo", people = { "Claire", "Théo" } }
  say("Claire", "C’est toi qui l’as remontée ?")
  say("Théo", "oui")
  say("Théo", "elle était dans la boîte depuis le jeudi. je l’ai lue le soir même")
  say("Claire", "Et tu as attendu trois semaines.")
  say("Théo", "j’ai attendu de savoir à qui la donner. j’ai pas trouvé. alors marc")
  if v.posted_comptoir and v.letter == "pseudo" then
    say("Théo", "creil60, celui du milieu. il écrit sur le comptoir depuis le mardi du nouveau seuil. il faisait des blagues. moins, depuis")
    say("Claire", "Tu lis le Comptoir ?")
    say("Théo", "la nuit")
  elseif v.posted_comptoir and v.letter == "name" then
    say("Théo", "yacine amrani, creil. je crois que c’est creil60 sur le comptoir. il faisait des blagues. moins, depuis")
    say("Claire", "Tu lis le Comptoir ?")
    say("Théo", "la nuit")
  end
  if v.theo_comptoir then
    say "Il n’écrit pas le reste. Qu’il l’a lue d’abord ailleurs, sur le Comptoir, le soir où elle a été écrite, sous un autre nom que le sien. Qu’il a écrit : « Elle est arrivée. Elle est lue. » Et que c’était vrai, au sens le plus étroit."
    jump "ch06.veilleur"
  end
  say "Il n’écrit pas le reste. Qu’il a lu aussi le fil du Comptoir où la lettre s’est écrite, sans rien y poster, comme d’habitude. Qu’il connaît les pseudonymes des signataires mieux que les prénoms de l’équipe commerciale."
  v.theo_warned = false
  jump "ch06.verification"
end)

scene("ch06.veilleur", function()
  layout "page" {}
  say "Mardi. 0 h 50. Théo, chez lui, pour une fois. Le téléphone d’astreinte sur la table de nuit. Le sien au-dessus du visage."
  layout "chat" { channel = "Le Comptoir" }
  say "Sur le Comptoir, un fil récent : « Les images, ça se tarit chez vous aussi ? » Quarante réponses. Des hypothèses. Les vacances d’un client. Un bug. La fin du monde."
  say("Gégé du 62", "Moi je dis qu’ils préparent un truc. Quand ça se tarit, c’est qu’ils préparent un truc.")
  say("Mireille_59", "Veilleur, tu sais quelque chose ?")
  say "Il sait tout. La date, la barre, le nombre. Il sait qu’il y a une clause de confidentialité dans son contrat, qu’il a lue cette fois, le mois dernier, un dimanche. Il sait qu’un message sur un forum public se retrouve."
  say "Il sait aussi ce que fait un compte désactivé sans prévenir à un solde de dix-neuf euros : rien. Il reste là. Il n’est plus à personne."
  discuss("Théo sait avant les contributeurs. Que doit-il à Nuée ? Que doit-il aux gens du Comptoir ? Les deux peuvent-ils tenir ensemble ?", { minutes = 5 })
  local c = choose {
    prompt = "Le champ « Votre message », sous la question de Mireille_59.",
    "Prévenir : « Les images vont fermer. Retirez ce que vous pouvez. »",
    "Ne rien écrire",
  }
  if c == 1 then
    v.theo_warned = true
    say("Veilleur", "Je ne peux pas tout dire. Les images vont fermer, bientôt, pour beaucoup de comptes. Si vous avez plus de 20 €, retirez-les. Si vous avez moins, faites ce que vous pouvez pour y arriver. Je suis désolé.")
    say("Mireille_59", "Merci. Je ne te demande pas comment tu le sais.")
    say("Gégé du 62", "Et ceux qui ont 19 € ?")
    say "Veilleur ne répond pas. Il n’a pas de réponse. Il éteint. Il ne dort pas."
  else
    v.theo_warned = false
    say "Il ne répond pas. Sous la question de Mireille, rien, pendant une heure. Puis un message de Gégé : « Il dort. Même les veilleurs dorment. »"
    say "Il ne dort pas."
  end
  jump "ch06.verification"
end)

-- The verification batch, as Claire tries it with the test account: the model's
-- label on ch03's bus shelter, and how the contributors who check it will be
-- judged (by the same rule as everyone).
local CHECK = { share = 88, majority = 2 }

scene("ch06.verification", function()
  layout "page" {}
  say "Mardi. 10 h. Claire rouvre le compte de test. Elle ne l’avait pas rouvert depuis la nuit de la livraison."
  say "Le lot Vérification doit être prêt pour le 1er. Une tâche : une image, l’étiquette que le modèle a mise, et une question. C’est elle qui écrit la question. Elle l’écrit trois fois."
  layout "platform" {
    balance = 0, reliability = 100, clock = "10 h 12",
    withdraw_min = nuee.WITHDRAW_MIN,
    notice = "Compte de test interne — lot Vérification (brouillon)",
  }
  local a = task {
    kind = "image", image = "ch03_bus_stop",
    question = "Le modèle a étiqueté cette image : « arrêt de bus » (confiance 0,71). Cette étiquette est-elle correcte ?",
    alt = "Une rue grise. Un abribus vitré sans panneau ni horaires, une vitre fendue en étoile. Plus loin, derrière une camionnette blanche, un poteau au panneau pâli.",
    answers = { "Oui", "Non", "Je ne sais pas" }, pay = nuee.pay(3), seconds = 40,
  }
  local r = nuee.judge_after(CHECK.share, a == CHECK.majority, v.threshold, v.noise)
  if r == "queue" then
    bind { notice = "Tâche remise en file — non rémunérée" }
  elseif r == "refused" then
    bind { notice = "Réponse non conforme" }
  else
    bind { notice = "Réponse conforme" }
  end
  say "Un abribus sans panneau, un poteau qu’on ne lit plus. Le modèle y voit un arrêt de bus, à 0,71. Il a appris ça de quelqu’un. De plusieurs quelqu’un, qui ont hésité."
  say "Les réponses simulées des contributeurs du lot : « Non » à 88 %. Ils ont vu ce que la machine ne voit pas : rien n’indique un arrêt, sinon l’habitude d’en voir un."
  if r == "accepted" and a ~= CHECK.majority then
    say "Sa réponse est acceptée, bien qu’elle soit dans la minorité : le score corrigé ne punit plus les tâches à deux lectures. Elle se demande combien de temps la correction tiendra, une fois le lot en production."
  elseif r == "accepted" then
    say "Sa réponse : conforme. Elle a dit ce que la majorité a dit."
  elseif r == "refused" then
    say "Sa réponse : non conforme. Le brouillon du lot Vérification juge les vérificateurs comme les autres : avec la majorité, ou refusés. Elle n’a pas pensé à l’écrire autrement. Personne ne le lui a demandé."
  else
    say("Sa réponse : ligne grise. À 88 % d’accord, la tâche n’atteint pas le seuil de {threshold} %. Ceux qui vérifieront la machine seront payés quand ils seront assez nombreux à la contredire de la même façon.")
  end
  if a == 3 then
    say "« Je ne sais pas. » Elle a ajouté ce bouton elle-même, ce matin. Marc l’enlèvera sans doute : on ne paie pas les gens pour ne pas savoir. Elle le laisse pour l’instant."
  end
  say("Une vérification, {pay:euros} : {k} fois le prix d’un label du modèle. Pour que le modèle apprenne de ses erreurs, il faut que quelqu’un les voie ; pour qu’on les voie, il faut quelqu’un qui regarde des rues à Creil, à Roubaix, à Tana. Le robot a encore besoin de mains. Moins. Moins payées.", { pay = nuee.pay(3), k = nuee.pay(3) * 10 // nuee.MACHINE_COST })
  layout "chat" { channel = "#équipe-données", people = TEAM }
  say("Marc", "Annonce aux contributeurs : jeudi 18 h. Pas avant. Sinon tout le monde retire en même temps et le support explose.")
  say("Théo", "on prévient le support au moins ?")
  say("Marc", "Le support, oui. Mercredi soir.")
  say("Théo", "et les contributeurs ils ont quoi, comme support")
  say("Marc", "Le formulaire.")
  say "Personne n’écrit rien pendant une minute. Le petit indicateur « Théo est en train d’écrire… » apparaît, disparaît, apparaît."
  say("Théo", "ok")
  local cost = nuee.simulate(v.threshold).cost
  say("Sur le tableau de suivi de Marc, l’objectif du trimestre tient en une ligne : « Coût par label des images : −30 % ». Avec les images automatisées, la ligne affichera −{drop} %. Sa prime est indexée sur cette ligne. Il ne l’a dit à personne. Tout le monde le sait.", { drop = 100 - (100 * nuee.MACHINE_COST + cost // 2) // cost })
  jump "ch06.liste"
end)

scene("ch06.liste", function()
  local under, all = nuee.cut(v.threshold, v.noise)
  local month, payout = nuee.notice_cost(v.threshold, under)
  v.deactivated = nuee.deactivated(v.reliability)
  layout "dashboard" {
    rows = {
      -- Figures that change with the path are numbers, not strings: the
      -- screen writes them in the reader's language, with no unit to translate.
      { "Comptes images actifs", all },
      { ("Comptes sous %d %% — à désactiver"):format(nuee.CUT_BAR), under },
      { "Comptes retenus — lot de vérification", all - under },
      { "Soldes sous 20 € des comptes désactivés, en euros (estimation)", payout },
    },
    alert = "Liste prête — en attente de validation",
  }
  say "Mercredi. 14 h. La liste tient dans un fichier de quatre colonnes : identifiant, ville, score, solde."
  if v.theo_warned then
    say "Sur le tableau des retraits, une bosse, mardi : les retraits ont triplé entre 1 h et 9 h. Marc l’a vue. Il a demandé à Théo s’il y avait eu un bug. Théo a dit non. C’est la seule chose vraie qu’il pouvait dire."
    say("Marc", "Quelqu’un a parlé.")
    say "Il le dit sans regarder personne, ce qui est une façon de regarder tout le monde. Claire sent le regard passer sur elle. Elle ne sait pas. Elle devine. Elle ne dit rien."
  end
  say "Claire trie par ville, sans savoir pourquoi. Creil. Onze comptes."
  if v.deactivated and v.reliability >= nuee.CUT_BAR - 2 then
    say("L’un d’eux, à {score} %. Sous la barre de {cut} ; assez près pour qu’un seul jour de tâches difficiles l’y ait fait passer.", { score = v.reliability, cut = nuee.CUT_BAR })
  elseif v.deactivated then
    say("L’un d’eux, à {score} %. Loin sous la barre de {cut}. Un score qui a descendu par paliers, semaine après semaine, comme un escalier qu’on ne remonte pas.", { score = v.reliability, cut = nuee.CUT_BAR })
  else
    say("L’un d’eux, à {score} %. Au-dessus de la barre de {cut}. Retenu pour le lot de vérification. Il vérifiera la machine qui le remplace.", { score = v.reliability, cut = nuee.CUT_BAR })
  end
  if v.letter == "name" then
    say "Elle ouvre la fiche. Nom du titulaire : Yacine Amrani. Elle relit la lettre. Même nom, même ville. Un ancien conseiller clientèle, qui sait ce qu’est une réponse en quatre secondes."
  elseif v.letter == "pseudo" then
    say "Elle ouvre la fiche. Pseudonyme du forum, rempli dans le profil : Creil60. Elle relit la lettre. Même pseudonyme."
  else
    say "Elle ouvre la fiche. Un identifiant, une ville, un score, un solde. Rien ne le relie à la lettre. Il est peut-être dedans, sous un autre nom. Il n’y est peut-être pas. La liste ne le sait pas, et elle non plus."
  end
  if v.ch05_status == "auto" then
    say "Un champ rempli depuis peu : numéro SIRET. Il s’est déclaré, il y a trois semaines. Une entreprise d’une personne, dont le seul client est en train de la fermer."
  end
  layout "page" {}
  say "16 h. Salle vitrée. Marc, Claire. La porte réglée pour se fermer sans bruit."
  say("Marc", "La liste ?")
  say("Claire", "Prête. Je voudrais qu’on en parle avant de l’envoyer.")
  say("Marc", "Parle.")
  say("Claire", "Ils n’ont pas de préavis. Un matin, plus de tâches. Et leurs soldes sous 20 € restent bloqués : ils ne peuvent pas les retirer. Je propose un mois de préavis, et qu’on leur paie ce qui reste.")
  say("Marc", "Combien ?")
  say("Un mois de plus aux tarifs des contributeurs au lieu du modèle : {month} €. Les soldes : à peu près {payout} €. Elle donne les chiffres sans les arrondir ; elle sait qu’il préfère.", { month = month, payout = payout })
  say("Marc", "{total} €. Tu sais ce que c’est ?", { total = month + payout })
  say("Claire", "À peu près {k} mois de mon salaire.", { k = (month + payout) // nuee.CLAIRE_MONTH })
  say("Marc", "Je n’allais pas dire ça. J’allais dire : c’est ce que le conseil m’a demandé d’économiser sur le trimestre.")
  say "Un silence. Dehors, sur le plateau, quelqu’un rit au téléphone."
  discuss("Un préavis coûte à Nuée une somme qu’on peut chiffrer. L’absence de préavis coûte aussi : à qui, et comment le chiffrer ?", { minutes = 5 })
  local c = choose {
    prompt = "Ce que Claire fait de la liste.",
    { "Tenir : un mois de préavis et les soldes payés, ou elle ne signe pas la liste", value = "notice" },
    { "Envoyer la liste comme Marc la demande", value = "score" },
  }
  v.cut_rule = c
  if c == "notice" then
    say("Claire", "C’est mon score. Mon nom est dessus. Je ne l’envoie pas sans préavis.")
    say("Marc", "Tu me mets dans une position…")
    say("Claire", "Oui.")
    say "Marc regarde le plafond. Il fait le calcul de ce qu’il dira au conseil. Il le fait vite ; c’est son métier."
    say("Marc", "Un mois. Les soldes aussi. Je le présente au conseil comme une mesure d’image, et le trimestre sera rouge d’autant. Tu me dois une faveur, que je te demanderai au mauvais moment.")
    say "Claire dit merci. Elle se demande en sortant si elle a gagné quelque chose ou si elle l’a seulement acheté, et avec l’argent de qui."
  else
    say("Claire", "D’accord. Je l’envoie.")
    say("Marc", "Merci. Je sais que ce n’est pas agréable.")
    say "Il le sait, en effet. Il a une formule pour ça, qu’il a dite dans d’autres entreprises, sur d’autres listes. Il ne la dit pas. C’est sa façon d’être délicat."
    say "17 h 12. Claire clique sur « Envoyer ». Le fichier part vers l’équipe qui exécutera. Personne ne regardera les lignes une par une. C’est pour ça qu’on a un score."
  end
  jump "ch06.reponse"
end)

scene("ch06.reponse", function()
  layout "page" {}
  say "Jeudi. 8 h 10. Claire est arrivée avant tout le monde. Le plateau vide, les écrans en veille, une odeur de produit au citron."
  say "Sur son bureau, la lettre, imprimée. Elle ne se souvient pas de l’avoir imprimée. À côté, la tasse au renard, propre."
  say "Trois réponses possibles. Elle les a écrites toutes les trois dans sa tête pendant la nuit, comme des requêtes."
  say("La première : construire ce qu’ils demandent. Une raison affichée avec chaque refus, tirée du calcul lui-même : « Réponse minoritaire : {share} % des contributeurs ont répondu autrement », ou « Tâche ambiguë : votre score n’est pas touché ». Une contestation lue par une personne, sous sept jours. Une personne à plein temps, au début : {cost} € par an, tout compris. La défendre devant Marc, puis devant le conseil.", { share = nuee.WEEK[2].share, cost = nuee.REVIEWER_YEAR })
  say "La deuxième : la réponse type. « Nous avons bien reçu votre courrier et nous vous remercions de votre engagement. » Elle existe déjà, dans un fichier. Le tableau de bord reste vert."
  say "La troisième n’est pas une réponse à la lettre. C’est une lettre, à Marc, d’une ligne."
  discuss("Construire, répondre par un modèle, ou partir : que change chaque réponse pour les contributeurs ? Et pour Claire ?", { minutes = 5 })
  local c = choose {
    prompt = "Ce que Claire fait de la lettre.",
    { "Construire une raison pour chaque refus et une contestation lue par quelqu’un, et la défendre", value = "explain" },
    { "Envoyer la réponse type", value = "template" },
    { "Démissionner", value = "leave" },
  }
  v.claire_response = c
  if c == "explain" then
    layout "mail" { from = "Claire Morel", to = "Marc Delaunay", subject = "Lettre du Comptoir — proposition" }
    say("Claire", "Marc, une page, pas deux. Avec chaque refus, on affiche la raison que le calcul connaît déjà : à quel point la réponse s’écarte des autres, et si la tâche était ambiguë. Les contestations sont lues par une personne, sous sept jours. Coût : un poste. Gain : on saura enfin lesquels de nos refus sont des erreurs de notre côté.")
    say("Claire", "Je le présente avec toi au conseil, ou seule si tu préfères. Je préférerais avec toi. C.")
    layout "page" {}
    say "Marc répond à 11 h 40. « Un poste, non. Un mi-temps, oui, et un trimestre d’essai. Tu le présentes. Je serai dans la salle. »"
    say "Elle relit « je serai dans la salle ». C’est moins que « avec toi ». C’est plus que rien. Elle ouvre un nouveau fichier. Elle l’appelle « raisons.py », puis, parce que ce n’est pas une blague, elle le renomme « explications.py »."
  elseif c == "template" then
    layout "mail" { from = "Nuée — Relations contributeurs", to = "Les contributeurs et contributrices du Comptoir", subject = "RE : Rejets sans explication : ce que nous demandons" }
    say("Nuée", "Madame, Monsieur, nous avons bien reçu votre courrier et nous vous remercions de votre engagement. La qualité de nos données est au cœur de notre mission. Nos équipes étudient avec attention chacune de vos remarques. Chaque clic compte !")
    layout "page" {}
    say "Elle relit. Le point d’exclamation. Elle pourrait l’enlever. Elle ne l’enlève pas : il est dans le modèle, et le modèle a été validé."
    say "Le tableau de bord reste vert. Le nombre de contestations de la semaine baisse un peu, comme chaque fois qu’une réponse type part. Les gens comprennent vite."
  else
    layout "mail" { from = "Claire Morel", to = "Marc Delaunay", subject = "Démission" }
    say("Claire", "Marc, je démissionne. Je ferai mon préavis. Je documenterai le score pour la personne qui me remplacera, mieux que je ne l’ai fait pour moi. C.")
    layout "page" {}
    say "Marc vient à son bureau à 9 h 05, sans son téléphone. Il s’assied sur la chaise de Théo, qui n’est pas encore là."
    say("Marc", "C’est la liste ?")
    say("Claire", "C’est la lettre. Et la liste. Et trois ans. Je ne sais plus à quoi sert ce que je fais, Marc. Je sais seulement à qui ça sert, et ce n’est pas à eux.")
    say("Marc", "Le score continuera sans toi.")
    say("Claire", "Je sais. C’est ce qui me décide.")
    say "Il ne la retient pas. Il pense qu’il devrait. Il pense aussi que quelqu’un qui doit être retenu est déjà parti. Il retourne dans la salle vitrée et ferme la porte, qui ne fait pas de bruit."
    say "La lettre du Comptoir recevra la réponse type, envoyée par quelqu’un d’autre, un peu plus tard. Le tableau de bord restera vert."
  end
  jump "ch06.fin"
end)

scene("ch06.fin", function()
  local under = nuee.cut(v.threshold, v.noise)
  layout "dashboard" {
    rows = {
      { "Catégorie images — fermeture", v.cut_rule == "notice" and "dans un mois (préavis)" or "le 1er du mois" },
      { "Comptes désactivés", under },
      { "Lettre du Comptoir", v.claire_response == "explain" and "proposition en cours" or "réponse type" },
      { "Coût par label prévu (images)", nuee.fr_cost(nuee.MACHINE_COST) },
    },
    alert = "Feuille de route du trimestre : à jour",
  }
  say "Jeudi. 18 h. Le message aux contributeurs part à 18 h 02, en quatre langues. Il commence par « Chère contributrice, cher contributeur » et finit par « Chaque clic compte »."
  if v.cut_rule == "notice" then
    say "Il annonce la fermeture de la catégorie images dans un mois, et le versement des soldes restants, même sous 20 €. C’est écrit en gras. Claire a insisté pour le gras."
  else
    say "Il annonce la fermeture de la catégorie images le 1er du mois. Pour les comptes concernés, une ligne : « Votre compte ne remplit plus les critères d’activité. » Les soldes sous 20 € ne sont pas mentionnés."
  end
  if v.deactivated then
    say "À Creil, un compte recevra cette ligne. Le tableau ne le sait pas. Claire, si."
  else
    say "À Creil, un compte recevra une autre ligne : « Félicitations ! Vous avez été sélectionné pour le lot Vérification. » Il vérifiera ce que la machine a vu dans les rues qu’il a regardées."
  end
  if v.theo_warned then
    say "Théo relit le message de 18 h 02 sur le Comptoir, où quelqu’un l’a déjà collé. Dessous, Gégé : « Veilleur avait raison. » Mireille : « Merci, Veilleur. » Il ferme l’application avant que le merci lui fasse quelque chose."
  elseif v.theo_comptoir then
    say "Théo relit le message de 18 h 02 sur le Comptoir, où quelqu’un l’a déjà collé. Dessous, Mireille : « Veilleur, tu savais ? » Il ne répond pas. Il savait."
  end
  jump "ch06.soir"
end)

-- Thursday evening, after the announcement: the cut as the office sees it,
-- counted in the on-call channel, then one message read by a person.
scene("ch06.soir", function()
  local under = nuee.cut(v.threshold, v.noise)
  local n = nuee.tickets(under)
  layout "chat" { channel = "#astreinte", people = { "Théo", "Marc", "Claire" }, clock = "18 h 09" }
  say "Canal #astreinte. D’ordinaire : serveurs, disques, alertes de 3 h du matin. Ce soir : un formulaire."
  say("Théo", "le formulaire de contestation se remplit. une ligne par seconde, à peu près")
  say("Théo", "même réponse pour tous. quatre secondes")
  say("Marc", "C’est fait pour. Pic à 48 h, puis ça retombe. C’est documenté.")
  say("Théo", "documenté où")
  say("Marc", "Dans les post-mortems des fermetures précédentes. Il y en a eu deux avant ton arrivée.")
  bind { clock = "18 h 31" }
  if v.cut_rule == "notice" then
    say("Théo", "la moitié demandent si c’est vrai, pour les soldes. s’ils seront payés même sous 20 €")
    say("Claire", "C’est vrai.")
    say("Théo", "le formulaire leur répond que les décisions sont définitives")
    say "Personne ne corrige la réponse automatique ce soir. Le texte appartient à l’équipe produit. L’équipe produit est partie à 18 h."
    say("Marc", "Claire, tu le signales au produit demain matin.")
    say("Claire", "C’est fait. Ils le liront demain matin.")
  else
    say("Théo", "la moitié parlent de leur solde. ceux qui ont moins de 20 €")
    say("Marc", "Les CGU sont claires.")
    say("Théo", "les cgu oui")
  end
  if v.claire_response == "explain" then
    say("Claire", "Ceux qui demandent si c’est une erreur : mets-les de côté, dans un dossier. Je les lirai. À partir de lundi, c’est un mi-temps.")
  elseif v.claire_response == "leave" then
    say("Claire", "Je suis en préavis. Je documente le score. Sortez-moi de ce canal, s’il vous plaît.")
    say "18 h 33 : « Claire a quitté le canal. » Petite ligne grise, visible de tous. Aucun commentaire."
  else
    say "Claire, en ligne. Le point vert à côté de son nom. Pas un message."
  end
  bind { clock = "20 h 47" }
  say("Théo", "{n} messages depuis 18 h 02. {n} réponses automatiques", { n = n })
  say("Marc", "Merci Théo. Bonne soirée à tous.")
  say "20 h 48 : Marc se déconnecte. Le point vert de Théo reste allumé. Celui de l’astreinte ne s’éteint pas."
  layout "page" {}
  say "21 h 30. Claire éteint un écran, puis l’autre. Dans le couloir, un chariot de ménage. Elle dit bonsoir. On lui répond."
  say("Ligne 5, direction Bobigny. Sur son téléphone, le fichier de mercredi. Quatre colonnes. Elle ne le fait pas défiler. En bas à droite, le nombre de lignes : {under}. Elle le connaît. Elle le regarde jusqu’à sa station.", { under = under })
  say "22 h 50. Théo, chez lui. Une assiette de pâtes mangée debout, le téléphone d’astreinte à côté de l’assiette. Puis le canapé, l’ordinateur d’astreinte sur les genoux, la lumière du salon éteinte. L’outil du support : une file, par ordre d’arrivée, et sous chaque message, la réponse déjà partie."
  layout "mail" { from = "Formulaire de contestation", to = "Support contributeurs", subject = "Mon compte" }
  if v.cut_rule == "notice" then
    say("Gérard L.", "Bonsoir. Votre message de 18 h 02 dit que mon solde me sera versé, même sous 20 €. Il me reste {s:euros}. Votre formulaire me répond que c’est définitif. Lequel des deux je dois croire ? Gérard, Liévin.", { s = nuee.STRANDED })
  else
    say("Gérard L.", "Bonsoir. Mon compte est désactivé. Il me reste {s:euros} dessus, que je ne peux pas retirer, il faut 20 €. Je travaillais bien, je crois. C’est une erreur ? Gérard, Liévin.", { s = nuee.STRANDED })
  end
  say("Nuée", "Les décisions du contrôle qualité sont définitives. Merci pour votre engagement !")
  say "Reçu à 22 h 49. Réponse à 22 h 49."
  if v.theo_comptoir then
    say "Gérard, Liévin. Théo connaît ce prénom sous un autre nom : Gégé du 62, sur le Comptoir, qui colle ses refus dans un tableur et signe ses messages d’un chat."
  else
    say("Gérard, Liévin. Une ligne du fichier de Claire, une parmi {under}. Théo ne le connaît pas. Il lit quand même jusqu’à la signature.", { under = under })
  end
  say "Sous la réponse automatique, un bouton « Répondre ». Dans l’outil, personne ne s’en sert : les réponses partent seules."
  local c = choose {
    prompt = "Le bouton « Répondre », sous la réponse automatique.",
    { "Répondre à la main, et signer de son prénom", value = "answer" },
    { "Fermer l’ordinateur", value = "close" },
  }
  if c == "answer" then
    layout "mail" { from = "Théo Lambert, Nuée", to = "Gérard L.", subject = "RE : Mon compte" }
    if v.cut_rule == "notice" then
      say("Théo", "Bonsoir Gérard. Votre message a été lu par une personne. Le message de 18 h 02 dit vrai : votre solde vous sera versé, même sous 20 €. La réponse automatique se trompe. Pardon pour la confusion. Théo, Nuée.")
    else
      say("Théo", "Bonsoir Gérard. Votre message a été lu par une personne. Je ne peux pas rouvrir votre compte ni vous verser ce solde : ce n’est pas moi qui décide, et je ne vous mentirai pas sur ce qui est décidé. Mais ce n’est pas une erreur de votre part. Théo, Nuée.")
    end
    say "Envoyé à 23 h 04. À 23 h 11, une réponse de Gérard, une ligne : « Merci. Vous êtes un vrai ? » Théo écrit « Oui ». Il se demande, en l’envoyant, ce que ça prouve, de l’écrire."
    say "Puis un autre message. Un par un, avec le prénom de la personne en haut et le sien en bas."
    say("0 h 30 : treize réponses écrites à la main. Dans la file, {left} messages que personne n’a lus. Il ferme.", { left = n - 13 })
    say "Demain, dans l’outil, Marc verra peut-être treize réponses signées « Théo ». Le support contributeurs ne fait pas partie de l’astreinte ; c’est écrit dans la fiche de poste, que Théo a lue. Il a signé quand même."
  else
    layout "page" {}
    say "Il ferme l’ordinateur. La file continue sans lui : elle n’a pas besoin de lui pour répondre."
    say "Il reste assis dans le noir, l’ordinateur fermé sur les genoux, encore chaud. Quelque part dans le Pas-de-Calais, quelqu’un relit deux phrases en se demandant si elles veulent dire ce qu’elles disent."
  end
  layout "dashboard" {
    rows = {
      { "Messages au formulaire (jeudi)", n },
      { "Réponses automatiques", n },
      { "Coût par label prévu (images)", nuee.fr_cost(nuee.MACHINE_COST) },
      { "Lot Vérification — tarif", nuee.fr_euros(nuee.pay(21)) },
    },
    alert = "Feuille de route du trimestre : à jour",
  }
  say "Sur le tableau de bord, le lendemain matin, une ligne est passée au vert : « Coût par label prévu ». Verte comme les autres. Un tableau ne montre pas ce qu’une ligne a coûté pour devenir verte."
  say("Une autre ligne, plus bas, que personne n’a annoncée : le tarif du lot Vérification. {draft:euros} dans le brouillon de Claire, mardi. {final:euros} dans la version envoyée à Halo, jeudi. Cette ligne-là n’a pas de couleur.", { draft = nuee.pay(3), final = nuee.pay(21) })
  v.played_ch06 = true
  end_chapter()
end)
