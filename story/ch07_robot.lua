-- story/ch07_robot.lua — Chapitre 7 : « Je ne suis pas un robot » (Yacine)
--
-- A Monday in January, the week after ch06: Halo's model labels street
-- scenes by itself. The image tasks dry up; what is left is Lot 21, checking
-- the model's labels at a centime a check: Yacine trains what replaces him.
-- His mother brings home what she saw in Nuée's offices at night, and the
-- word she had lost in ch03. Nadia, the Comptoir, Ranto, the evening mail
-- (the deactivation as Nuée words it, if `deactivated`), and his way out.
-- Every amount and score comes from story/lib/nuee.lua (the block headed
-- "Chapters 7 and 8") and from the ledger.
--
-- Variables read: from ch05 letter, ch05_status; from ch06 cut_rule,
--   deactivated, claire_response, theo_warned; from ch01–ch04 ch01_mother,
--   ch02_cleaner_talk, claire_saw_cleaner, ch04_theo_sat, theo_comptoir,
--   told_nadia, lot7, posted_comptoir; played_ch05, played_ch06 (recaps);
--   balance, reliability (the day's ledger, ledger_opening, earned, unpaid,
--   withdrawn, day_earned, is opened anew here).
-- Variables set: way ("formation" | "comptoir" | "ailleurs"), and for ch08
--   ch07_told_mother (bool): he told his mother the offices she cleans are
--     the platform's;
--   ch07_checks ("careful" | "careless" | "refused"): how he did Lot 21;
--   told_nadia (now true if he tells her here), the ledger, reliability.
--
-- Images: the check tasks reuse ch01_crosswalk (Yacine's first doubt, in
-- ch01) and ch04_smile (the bus passenger Claire met in ch04): the model
-- hesitates exactly where people did.

chapter {
  id = "ch07", number = 7, side = "yacine", title = "Je ne suis pas un robot",
  start = "ch07.ouverture",
  defaults = {
    balance = 1637, reliability = 83, -- after ch05's Thursday, the score under the cut's bar
    letter = "pseudo", ch05_status = "none",
    cut_rule = "score", deactivated = true, claire_response = "template", theo_warned = false,
    ch01_mother = "vague", ch02_cleaner_talk = "none", claire_saw_cleaner = false,
    ch04_theo_sat = false, theo_comptoir = false, told_nadia = false, lot7 = true,
    posted_comptoir = false, played_ch05 = false, played_ch06 = false,
  },
  sets = {
    "way", "ch07_told_mother", "ch07_checks", "told_nadia", "played_ch07",
    "balance", "reliability", "ledger_opening", "earned", "unpaid", "withdrawn", "day_earned",
    "ch07_morning_balance",
  },
  counters = { "ch07_morning_balance" }, -- the balance at dawn, kept for the day's sum
  presets = {
    { "Claire a obtenu un préavis ; Yacine avait dit la vérité à Nadia", set = { cut_rule = "notice", told_nadia = true, claire_saw_cleaner = true } },
    { "Le compte de Yacine n’est pas sur la liste ; il n’a pas signé la lettre", set = { deactivated = false, letter = "no" } },
    { "Claire a démissionné ; Théo, « Veilleur », a prévenu le Comptoir", set = { claire_response = "leave", theo_comptoir = true, theo_warned = true, claire_saw_cleaner = true, balance = 2140 } },
    { "Claire explique les refus ; Yacine a signé de son nom", set = { claire_response = "explain", letter = "name", ch05_status = "auto", theo_comptoir = true, claire_saw_cleaner = true, ch04_theo_sat = true, ch01_mother = "truth", balance = 2412 } },
  },
  card = {
    questions = {
      "Dans les dernières tâches, Yacine vérifie les étiquettes d’une machine. Que fait-il, exactement ? Pour qui travaille-t-il, ce jour-là ?",
      "Comment Nuée annonce-t-elle la fin d’un compte ? Relevez les mots choisis, et ceux qui manquent.",
      "La mère de Yacine voit les deux mondes. Pourquoi personne, dans aucun des deux, ne le sait-il ?",
      "Formation, collectif, autre plateforme : aucune sortie n’est gratuite. Que coûte chacune, et à qui ?",
    },
    facts = {
      { "La directive européenne 2024/2831 sur le travail de plateforme, en vigueur depuis le 1er décembre 2024, doit être transposée par les États avant le 2 décembre 2026. Elle interdit qu’une décision de suspendre ou de fermer le compte d’un travailleur soit prise par un algorithme seul, et impose d’informer les travailleurs des systèmes automatisés qui les surveillent et les jugent.",
        source = "Directive (UE) 2024/2831, 2024" },
      { "L’automatisation repose sur beaucoup de mains humaines peu payées et peu visibles. Le titre du livre d’Antonio Casilli, En attendant les robots, joue avec En attendant Godot : l’automatisation complète est toujours annoncée, et ne vient jamais.",
        source = "Antonio A. Casilli, En attendant les robots. Enquête sur le travail du clic, Seuil, 2019" },
    },
    vocabulary = {
      { "désactivation", "fermeture d’un compte par la plateforme ; pour un contributeur, la fin de son travail, sans licenciement puisqu’il n’y a pas de contrat" },
      { "apprentissage automatique", "méthode par laquelle une machine apprend à partir d’exemples étiquetés par des personnes" },
      { "préavis", "délai entre l’annonce d’une fin de contrat et cette fin" },
      { "reconversion", "passage à un autre métier, souvent par une formation" },
    },
  },
}

local nuee = require "lib.nuee"

-- The day's work, by the hour: what is left of Lot 3 in the morning, and
-- Lot 21's checks, by how he does them.
local MORNING_IMAGES = 14       -- the street scenes he finds from 6 h 12 to 9 h 30
local CHECKS = { careful = 180, careless = 420 } -- until Lot 21 is empty, at 11 h 52
local CHECK_SECONDS = { careful = 20, careless = 8 }
-- The two checks shown, as the model labelled them.
local CROSSWALK = { label = "Passage piéton : oui", confidence = 54 }
local SMILE = { label = "Sourit : non", confidence = 51 }

-- Credits a batch of checks and takes back those the other checkers refused.
local function checks(n, careless)
  local lost = nuee.checks_refused(n, careless)
  nuee.earn(21, n)
  if lost > 0 then
    nuee.take_back(21, lost)
  end
  nuee.score(n, n - lost)
  return lost
end

-- Scenes ------------------------------------------------------------------

scene("ch07.ouverture", function()
  layout "page" {}
  if not v.played_ch05 and not v.played_ch06 then
    note "Vous ouvrez ce chapitre sans avoir joué les précédents : la lettre, la coupe des comptes et la réponse de Nuée sont des choix par défaut, pas les vôtres."
  elseif not v.played_ch06 then
    note "Le sixième chapitre n’a pas été joué : la coupe des comptes et la réponse de Nuée à la lettre sont des valeurs par défaut."
  elseif not v.played_ch05 then
    note "Le cinquième chapitre n’a pas été joué : la lettre du Comptoir et le statut de Yacine sont des valeurs par défaut."
  end
  if v.letter == "name" then
    note "Yacine a signé de son nom la lettre du Comptoir à Nuée sur les refus sans explication."
  elseif v.letter == "pseudo" then
    note "Yacine a signé la lettre du Comptoir à Nuée sous le nom de Creil60."
  else
    note "Yacine n’a pas signé la lettre du Comptoir à Nuée."
  end
  if v.cut_rule == "notice" then
    note "Chez Nuée, la catégorie des images est automatisée. Claire a obtenu pour les comptes coupés un mois de préavis et le versement des soldes."
  else
    note "Chez Nuée, la catégorie des images est automatisée. Les comptes à couper ont été choisis par le score de Claire, sans préavis."
  end
  nuee.open_day()
  v.ch07_morning_balance = v.balance
  say "Un lundi de janvier. 6 h 12."
  say "Il fait nuit jusqu’à huit heures, en janvier, à Creil. Le lampadaire du parking est réparé ; il ne clignote plus. Yacine le regrette un peu."
  say "La case blanche. « Je ne suis pas un robot. » On lui demande des feux de circulation. Il les trouve tous. Il pourrait les trouver en dormant, et certains matins, il se demande s’il ne le fait pas."
  if v.theo_warned and v.balance >= nuee.WITHDRAW_MIN then
    say "Jeudi, sur le Comptoir, un message de Veilleur est resté épinglé une heure avant que quelqu’un de chez Nuée ne le retire : « Retirez ce que vous pouvez avant la fin de la semaine. Je ne peux pas en dire plus. »"
    local kept = v.balance
    nuee.withdraw(kept)
    say("Il ne croit pas aux prophètes, mais il croit aux gens qui ont peur. Avant le café, il appuie sur le bouton vert. {kept:euros}. « 3 à 5 jours ouvrés. »", { kept = kept })
  elseif v.theo_warned then
    say "Jeudi, sur le Comptoir, Veilleur a écrit : « Retirez ce que vous pouvez avant la fin de la semaine. » Yacine a regardé son solde. Sous les vingt euros, on ne retire rien. On attend, comme les autres."
  end
  jump "ch07.matin"
end)

scene("ch07.matin", function()
  layout "platform" {
    balance = v.balance, reliability = v.reliability, clock = "6 h 14",
    withdraw_min = nuee.WITHDRAW_MIN,
    notice = nuee.notice(3),
  }
  say "La liste des lots est plus courte qu’en décembre. Il ne saurait pas dire de combien ; il sait seulement que sa main descend moins loin avec la molette."
  local a = task {
    kind = "image", image = "ch01_crosswalk",
    question = "Cette image contient-elle un passage piéton ?",
    alt = "Une rue sous la pluie, à la tombée du jour. Un bus à moitié sorti du cadre. En travers de la chaussée, deux bandes blanches et demie, le reste n’est plus que des fantômes gris.",
    -- The same street, the same frame as in chapter 1 (the bands: x 130 to
    -- 494, y 250 to 320 in story/images/ch01_crosswalk.lua).
    boxes = { { 120, 238, 384, 92 } },
    answers = { { "Oui", pick = { 1 } }, { "Non", pick = {} } }, pay = nuee.pay(3), seconds = 40,
  }
  nuee.earn(3)
  if a == 1 then
    say "Oui. Il l’a déjà vue, cette rue. Le même bus, la même pluie. Les images reviennent, maintenant, comme des chansons à la radio l’été."
  else
    say "Non. Il l’a déjà vue, cette rue, et il avait hésité. Deux mois plus tard, les bandes ne sont pas revenues."
  end
  say "Puis l’écran tourne. La petite roue, longtemps. « Aucune tâche disponible pour votre profil. Revenez plus tard ! »"
  bind { clock = "6 h 31" }
  say "Il revient plus tard. Dix-sept minutes plus tard, une image. Un chat sur un muret, encore. Il l’entoure, la queue comprise, par principe."
  nuee.earn(3)
  say "Puis plus rien. Il actualise. Il sait que ça ne sert à rien. Il actualise quand même, comme on rouvre un frigo vide pour voir si quelque chose y a poussé."
  jump "ch07.mere"
end)

scene("ch07.mere", function()
  layout "page" {}
  say "7 h 36. La clé, deux essais. L’odeur de citron. D’habitude, à cette heure-là, il a déjà fait quarante images et il entend à peine sa mère rentrer. Ce matin, il l’entend monter l’escalier, marche par marche."
  say "Elle pose son sac, enlève son manteau cette fois, et s’assied avec lui dans la cuisine. Elle a quelque chose à dire ; elle le garde un moment dans sa bouche, comme un bonbon trop chaud."
  say("Sa mère", "Le contrat a été renouvelé. Chez eux, les bureaux du canal. Ma société l’a gardé.")
  say("Yacine", "C’est bien.")
  say("Sa mère", "Avec une heure de moins par nuit. Même surface. Ils ont dit qu’on irait plus vite, qu’on avait l’habitude.")
  say "Elle fait le geste de l’aspirateur, en accéléré, et elle rit. Il rit aussi, avec un temps de retard."
  if v.claire_saw_cleaner then
    say("Sa mère", "Jeudi, la fille aux deux écrans, Claire, elle était encore là à minuit. Elle avait une liste à l’écran. Pas des noms, des mots avec des chiffres au bout. Comme des plaques d’immatriculation.")
    if v.claire_response == "leave" then
      say("Sa mère", "Vendredi, son bureau était vide. Il restait juste la tasse au renard, propre, retournée sur un papier. Sur le papier, il y avait écrit : « Pour Malika. Merci. »")
      say "Elle sort de son sac la tasse, enveloppée dans un torchon, et la pose sur la table de la cuisine, entre le sel et le courrier. Le renard regarde Yacine."
    elseif v.cut_rule == "notice" then
      say("Sa mère", "Elle téléphonait à quelqu’un en marchant, elle disait « un mois, un mois, c’est le minimum ». Elle avait le visage de ma cousine quand elle discute le prix au marché.")
    else
      say("Sa mère", "Elle est restée longtemps la main sur la souris, sans cliquer. Puis elle a cliqué. Puis elle est partie sans son manteau, et elle est revenue le chercher.")
    end
  else
    say("Sa mère", "Jeudi, ils sont tous restés tard. Le grand écran du mur était allumé, tout vert, avec un mot écrit en gros : « Désactivations ». Personne ne le regardait. Moi, je l’ai regardé, en passant la serpillière dessous.")
  end
  if v.ch04_theo_sat then
    say("Sa mère", "Et le jeune, Théo, celui de la clémentine. Il m’a dit bonjour avec mon prénom. Il était content de le savoir. Il m’a dit qu’il allait voir un médecin, pour le truc dans son dos. Je lui ai dit : « Pas pour le dos. Pour le reste. »")
  else
    say("Sa mère", "Il y a un jeune qui dort sur le canapé, des fois, avec deux téléphones sur le ventre. Je passe l’aspirateur autour, doucement. Il ne se réveille pas. Il ne se réveille jamais.")
  end
  say("Sa mère", "Et tu sais quoi ? J’ai retrouvé le mot. Celui du mur, que j’avais perdu dans le train. Je l’ai écrit dans ma main pour ne pas le perdre.")
  say "Elle lui tend la paume. Au stylo bille, un peu effacé par les gants : « Nuée »."
  say "Dans sa chambre, sur l’écran resté ouvert, dans la barre du haut, le même mot, dans la même police, en plus petit."
  if v.ch01_mother == "truth" then
    say "Elle sait qu’il travaille « pour une plateforme ». Elle ne sait pas laquelle. Il ne le lui a jamais dit, parce qu’elle n’a jamais demandé le nom, parce qu’il y a des choses qu’on ne demande pas à ses enfants passé trente ans."
  else
    say "Elle ne sait pas vraiment ce qu’il fait de ses journées. « Des missions. » Elle n’a jamais demandé pour qui. Il y a des choses qu’on ne demande pas à ses enfants passé trente ans."
  end
  say "Depuis deux ans, sa mère passe la nuit à vider les corbeilles des gens qui notent son fils. Et son fils passe le jour à travailler pour ceux dont elle vide les corbeilles. Ils se croisent à 7 h 36 dans la cuisine, chacun avec son morceau."
  local c = choose {
    prompt = "« Nuée », dans la paume de sa mère.",
    "Lui dire : « C’est pour eux que je travaille »",
    "Lui dire que c’est un joli mot, et garder le reste",
  }
  if c == 1 then
    v.ch07_told_mother = true
    say("Yacine", "C’est pour eux que je travaille, Maman. Les images, les passages piétons. C’est Nuée.")
    say "Elle regarde sa main, puis l’écran, puis sa main. Elle referme les doigts sur le mot, lentement, comme on ferme une boîte."
    say("Sa mère", "Alors la fille aux deux écrans, c’est elle qui te donne tes notes.")
    say("Yacine", "C’est son programme.")
    say("Sa mère", "C’est pareil. Elle l’a écrit.")
    say "Elle se lève, remplit la bouilloire, la pose, ne l’allume pas."
    say("Sa mère", "Toutes ces nuits, je leur ai nettoyé leurs tasses. Et eux, ils te comptaient.")
    say "Ce n’est pas de la colère. C’est plus lourd, et plus calme. Elle allume la bouilloire, cette fois, et elle lui fait un thé qu’il n’a pas demandé."
  else
    v.ch07_told_mother = false
    say("Yacine", "C’est joli. Un nuage d’oiseaux.")
    say("Sa mère", "Ou de moucherons. Je préfère les oiseaux.")
    say "Elle va se laver les mains. L’eau emporte le mot. Il entend le robinet, longtemps, et il se dit qu’il le lui dira un autre jour, un jour où il y aura quelque chose de bien à dire avec."
  end
  say "La porte de sa chambre. Les ressorts. Il baisse la luminosité de l’écran, par habitude, alors qu’il n’y a plus rien dessus à éclairer."
  jump "ch07.lot21"
end)

scene("ch07.lot21", function()
  layout "platform" {
    balance = v.balance, reliability = v.reliability, clock = "9 h 30",
    withdraw_min = nuee.WITHDRAW_MIN,
    notice = "Lot 3 — Scènes de rue — 0 tâche disponible",
  }
  nuee.earn(3, MORNING_IMAGES - 2)
  bind { balance = v.balance }
  say("9 h 30. Depuis 6 h 12, il a trouvé {n} images. Avant Noël, il en faisait deux cents dans la matinée. Le solde dit {balance:euros}.", { n = MORNING_IMAGES })
  bind { clock = "9 h 41", notice = nuee.notice(21) .. " — Nouveau !" }
  say "9 h 41. Un lot qu’il n’a jamais vu, en haut de la liste, avec un point d’exclamation. Lot 21. « Aidez-nous à améliorer la qualité de nos étiquettes automatiques ! »"
  say("{pay:euros} la vérification. Il a connu des tâches à un centime, au début, il y a deux ans, quand il ne savait pas encore qu’il existait mieux. Il ne pensait pas y revenir.", { pay = nuee.pay(21) })
  local a = task {
    kind = "image", image = "ch01_crosswalk",
    question = ("Étiquette proposée : « %s » (confiance %d %%). Cette étiquette est-elle correcte ?"):format(CROSSWALK.label, CROSSWALK.confidence),
    alt = "Une rue sous la pluie, à la tombée du jour. Un bus à moitié sorti du cadre. En travers de la chaussée, deux bandes blanches et demie, le reste n’est plus que des fantômes gris.",
    answers = { "Correcte", "Incorrecte", "Je ne sais pas" }, pay = nuee.pay(21), seconds = 15,
  }
  say "La même rue. La même pluie. Le même bus à moitié sorti du cadre. Mais, cette fois, ce n’est plus lui qui répond : quelqu’un a déjà répondu, et on lui demande de dire si ce quelqu’un a raison."
  say("Le quelqu’un n’est personne. « Confiance : {c} %. » La machine hésite exactement là où il hésitait. Elle a appris à hésiter avec les hésitations des gens.", { c = CROSSWALK.confidence })
  if a == 3 then
    say "« Je ne sais pas. » Il n’avait jamais eu ce bouton, avant. C’est la machine qui a droit au doute, et ceux qui la corrigent avec elle."
  end
  local b = task {
    kind = "image", image = "ch04_smile",
    question = ("Étiquette proposée : « %s » (confiance %d %%). Cette étiquette est-elle correcte ?"):format(SMILE.label, SMILE.confidence),
    alt = "Une femme dans un bus de nuit, de trois quarts. Une écharpe épaisse lui couvre la bouche ; on ne voit que ses yeux, plissés, avec de petites rides au coin. Elle pourrait sourire, ou avoir mal aux yeux, ou être sur le point de pleurer.",
    answers = { "Correcte", "Incorrecte", "Je ne sais pas" }, pay = nuee.pay(21), seconds = 15,
  }
  if b == 2 then
    say "Incorrecte. Il regarde les petites rides au coin des yeux. Sa mère a les mêmes quand elle rentre et qu’elle rit de l’aspirateur. Elle sourit, cette femme. Il en est presque sûr."
  else
    say "Il regarde longtemps les yeux au-dessus de l’écharpe. Sa mère a les mêmes, le matin, et il ne sait jamais si elle sourit ou si elle a mal aux genoux."
  end
  say "Et il comprend, pas d’un coup, mais comme on comprend qu’il pleut : par une goutte, puis une autre."
  say "Ces images, c’est lui qui les a étiquetées, lui et les autres, pendant deux ans, à trois centimes. La machine a appris sur leurs réponses. Maintenant elle étiquette seule, et on lui demande, à un centime, de lui apprendre ce qui lui manque encore."
  say "Il lui apprend à se passer de lui. Chaque vérification juste la rend un peu plus juste. Quand elle n’aura plus besoin d’être vérifiée, le lot 21 disparaîtra comme le lot 3."
  say "Au téléphone, chez le fournisseur d’énergie, il avait formé le stagiaire qui parlerait au robot. Puis le robot avait parlé tout seul. Il connaît l’histoire. C’est la deuxième fois qu’il la vit, et cette fois il la vit pour un centime."
  discuss("Yacine apprend à la machine à le remplacer. Peut-il faire autrement ? Que feriez-vous à sa place, et pourquoi ?", { minutes = 5 })
  local c = choose {
    prompt = "Le lot 21 : 4 000 vérifications disponibles.",
    { "Faire le lot avec soin, comme le reste", value = "careful" },
    { "Cocher « correcte » partout, le plus vite possible", value = "careless" },
    { "Ne pas le faire", value = "refused" },
  }
  v.ch07_checks = c
  nuee.earn(21, 2)
  if c == "refused" then
    say "Il ferme l’onglet du lot 21. Ce n’est pas une grève : personne ne le saura, et deux mille autres comptes feront ses vérifications avant midi. C’est juste que ses mains ne veulent pas."
    say("Les deux vérifications de tout à l’heure lui ont rapporté {two:euros}. Il les laisse. Il n’est pas fier, et il n’a pas honte ; il est entre les deux, comme la femme à l’écharpe.", { two = 2 * nuee.pay(21) })
    bind { clock = "11 h 52", notice = "Lot 21 — 0 vérification disponible" }
    say "À 11 h 52, le compteur du lot 21 affiche zéro. Les autres ont fini. La machine a appris quand même ; elle a seulement appris sans lui."
  else
    local n = CHECKS[c]
    local lost = checks(n, c == "careless")
    bind { clock = "11 h 52", notice = "Lot 21 — 0 vérification disponible" }
    if c == "careful" then
      say("Il les fait bien. Il ne sait pas faire autrement ; on ne se refait pas à trente-quatre ans. Une toutes les {s} secondes, en regardant vraiment. La machine se trompe rarement. Quand elle se trompe, c’est toujours sur les mêmes choses : la pluie, la nuit, les visages à moitié cachés.", { s = CHECK_SECONDS.careful })
    else
      say("Correcte. Correcte. Correcte. Une toutes les {s} secondes, sans regarder, le pouce sur la touche. Si la machine veut apprendre ses erreurs, qu’elle les apprenne. Il y a du plaisir là-dedans, un plaisir de cour de récréation, qui ne dure pas.", { s = CHECK_SECONDS.careless })
    end
    say("11 h 52. Le lot 21 est vide. {n} vérifications, dont {lost} refusées. Le solde dit {balance:euros}. Fiabilité : {reliability} %.", { n = n + 2, lost = lost })
    if c == "careless" then
      say "Les autres vérificateurs ont vu ce qu’il n’a pas regardé. Chaque erreur de la machine qu’il a laissée passer lui est revenue en ligne rouge. On ne peut même pas mal faire ce travail sans être noté."
    elseif v.deactivated then
      say "Un score de fiabilité parfait, ou presque, le jour où ça ne sert plus à rien. Il le regarde comme on regarde une médaille d’un concours qui n’existe plus."
    else
      say "Il regarde son score remonter. Il ne sait plus à quoi il sert. Il le regarde quand même."
    end
  end
  jump "ch07.comptoir"
end)

scene("ch07.comptoir", function()
  -- Each message under the time it was posted, the morning's, up to what
  -- Yacine writes at noon.
  layout "chat" { channel = "Le Comptoir", clock = "11 h 18" }
  say "Midi. Sur le Comptoir, le fil épinglé s’appelle « Fin des images ? ». Neuf cents réponses en une semaine."
  say("Mireille_59", "Compte désactivé jeudi. Quatre ans. « Après analyse de votre profil. » Ils ont analysé quoi ? Je n’ai pas de profil, j’ai des lunettes.")
  bind { clock = "11 h 26" }
  say("Gégé du 62", "Moi j’ai encore le mien. Pas de tâches, mais un compte. C’est comme avoir une voiture sans routes.")
  bind { clock = "11 h 40" }
  if v.theo_comptoir then
    if v.theo_warned then
      say("Josiane_48", "Veilleur nous avait prévenus. Ceux qui l’ont écouté ont retiré leurs sous. Les autres, on peut toujours les regarder.")
    else
      say("Josiane_48", "Et Veilleur ? Il savait, lui, forcément. Il n’a rien dit.")
      say("Mireille_59", "Il a peut-être un patron, Veilleur. Tout le monde a un patron, sauf nous.")
    end
  end
  bind { clock = "11 h 47" }
  if v.claire_response == "explain" then
    say("Josiane_48", "Il y a du nouveau quand même : sous mes refus, il y a une raison, maintenant. « Votre réponse diffère de celle de 9 contributeurs sur 10. » Et un bouton : « Demander l’avis d’une personne ». J’ai demandé. Quelqu’un m’a répondu. Un prénom.")
    say("Gégé du 62", "La lettre a servi à quelque chose. Il faudra le noter quelque part, ça n’arrivera pas deux fois.")
  elseif v.claire_response == "leave" then
    say("Gégé du 62", "La lettre ? Réponse reçue lundi, signée « L’équipe Nuée ». Paraît qu’une des leurs est partie, la semaine d’après. On ne saura jamais si c’est lié.")
  else
    say("Gégé du 62", "La lettre ? « Nos équipes ont pris connaissance de votre message avec la plus grande attention. » La plus grande. Ils n’avaient pas de plus petite.")
  end
  bind { clock = "11 h 56" }
  say("Ranto", "Ici aussi, c’est fini pour les images. J’ai des enquêtes, le soir. Elles me refusent au bout de six minutes, parce que je n’habite pas en France. Elles ne le demandent qu’à la fin.")
  say("Ranto", "Ma fille m’a demandé pourquoi je ne travaillais plus la nuit. Je lui ai dit que les robots avaient appris. Elle a dit : « Appris quoi ? » Je n’ai pas su répondre. Tout, je crois.")
  bind { clock = "11 h 58" }
  if v.letter ~= "no" then
    say("Ranto", "Creil60, tu as signé la lettre. Il y a une réunion en visio jeudi, ceux qui veulent continuer. Pas contre Nuée. Pour qu’il reste quelque chose de nous quelque part, une liste, des règles, des noms.")
  else
    say("Ranto", "Creil60, il y a une réunion en visio jeudi, pour ceux qui veulent continuer ensemble. Tu n’avais pas signé la lettre. Ce n’est pas grave. Viens quand même.")
  end
  bind { clock = "12 h 02" }
  say("Creil60", "Je vais voir.")
  say "Il écrit « je vais voir » comme il disait à Nadia « je regarde ». Il s’en rend compte en appuyant sur Entrée. Il ne l’efface pas."
  jump "ch07.nadia"
end)

scene("ch07.nadia", function()
  layout "page" {}
  say "16 h 02. « Nadia », avec la photo de Berck et le cerf-volant qui ne vole pas."
  if v.told_nadia then
    say("Nadia", "Tu as eu le mail ? Compiègne. Ils ont une place dans la session de février. Technicien fibre, neuf mois, payé pendant la formation. Ils l’ont gardée pour toi depuis la réunion de novembre.")
    say("Yacine", "Pour moi ?")
    say("Nadia", "Le formateur se souvient de toi. Tu lui as posé la question sur les nacelles, et tu l’as fait rire. Il n’y a pas beaucoup de gens qui font rire un formateur à 14 h. Réponse avant vendredi.")
  else
    say("Nadia", "Tu te souviens de la formation, à Compiègne ? Technicien fibre. Il y a une session en février. J’ai encore le lien. Je te le renvoie, tu ne l’as pas ouvert la première fois, je le sais, le lien me le dit.")
    say "Il entend sa sœur respirer, dans une réserve ou un couloir, quelque part entre deux chambres."
    say("Nadia", "Yacine. C’est quoi, ton travail, exactement ? Et ne me dis pas « l’intelligence artificielle ».")
    say("Yacine", "Je n’en ai plus beaucoup, de travail. La machine que j’entraînais sait le faire toute seule.")
    say("Yacine", "Je regardais des images pour une plateforme, à trois centimes. Deux ans. Ce matin, on m’a payé un centime pour vérifier que la machine avait bien appris.")
    say "Un silence. Il n’entend pas le papier d’un sandwich, cette fois. Il entend un chariot, une porte, et sa sœur qui ne dit rien, ce qui est rare."
    say("Nadia", "D’accord. Alors on fait comme ça : tu ne me dois rien, tu ne me dois pas d’explication. Mais vendredi, je passe te prendre à 13 h.")
    v.told_nadia = true
  end
  if v.ch05_status == "auto" then
    say("Nadia", "Et ton statut, là, d’auto-entrepreneur : demande à France Travail ce que ça change pour la formation. Tu as déclaré ce que tu faisais, c’est le moment où ça sert.")
  else
    say("Nadia", "Et passe à France Travail. Il faut qu’ils sachent que tu existes, pour financer quoi que ce soit.")
  end
  say("Nadia", "Il faut que j’y aille. Embrasse Maman.")
  jump "ch07.soir"
end)

scene("ch07.soir", function()
  layout "mail" {
    from = "L’équipe Nuée", to = "Creil60",
    subject = v.deactivated and "Évolution de votre espace contributeur" or "Évolution de nos activités",
  }
  say "18 h 02. Il ne l’ouvre pas tout de suite. Il a reconnu, dans l’objet, le mot « évolution », qui chez Nuée ne veut jamais dire qu’une chose va mieux."
  say("L’équipe Nuée", "Bonjour Creil60,")
  say("L’équipe Nuée", "Grâce à l’engagement de notre communauté, la catégorie Images est désormais traitée de manière automatisée. Merci : c’est aussi votre réussite !")
  if v.deactivated and v.cut_rule == "notice" then
    say("L’équipe Nuée", "Après analyse de votre profil, votre espace contributeur sera désactivé dans un mois. D’ici là, vos accès restent ouverts.")
    say("L’équipe Nuée", "À la date de désactivation, votre solde vous sera versé, quel que soit son montant, y compris s’il est inférieur au seuil de retrait.")
  elseif v.deactivated then
    say("L’équipe Nuée", "Après analyse de votre profil, votre espace contributeur est désactivé à compter de ce jour.")
    say("L’équipe Nuée", "Conformément à nos Conditions générales d’utilisation, les gains égaux ou supérieurs au seuil de retrait de 20 € vous seront versés sous trente jours. Les gains inférieurs à ce seuil ne peuvent donner lieu à un versement.")
  else
    say("L’équipe Nuée", "Votre espace contributeur reste actif. De nouvelles missions vous seront proposées selon les besoins de nos clients.")
  end
  if v.deactivated and v.claire_response == "explain" then
    say("L’équipe Nuée", "Si vous pensez que cette décision est une erreur, vous pouvez la contester : une personne de notre équipe lira votre demande.")
  end
  say("L’équipe Nuée", "Merci pour votre contribution ! Chaque clic compte.")
  layout "page" {}
  if v.deactivated then
    if v.cut_rule == "notice" then
      say("Un mois. Il regarde le chiffre du solde, {balance:euros}. Dans un mois, cet argent-là arrivera sur son compte, même sous les vingt euros. Quelqu’un, quelque part, s’est battu pour cette phrase. Il ne saura jamais qui.")
    elseif v.balance >= nuee.WITHDRAW_MIN then
      say("Son solde, {balance:euros}, lui sera versé sous trente jours. Il relit la phrase trois fois pour être sûr qu’elle le concerne.")
    else
      say("Son solde, {balance:euros}, reste affiché en haut de l’écran, sur un compte qu’il ne peut plus ouvrir. De l’argent qu’il a gagné, qu’il voit, et qu’il n’aura pas. Il lui manquait {missing:euros} pour avoir le droit de le prendre.", { missing = nuee.WITHDRAW_MIN - v.balance })
    end
    say "« Après analyse de votre profil. » Il cherche le nom de celui ou celle qui a analysé. Il n’y en a pas. Il y a un score, et le score est sa propre moyenne : il a été jugé par lui-même, vu d’ailleurs."
    say "Il essaie de se connecter, pour voir. La case blanche. « Je ne suis pas un robot. » Il la coche. Des feux de circulation. Il les trouve tous."
    if v.cut_rule == "notice" then
      say "L’écran s’ouvre. Encore un mois. Il le referme, doucement, comme une porte derrière quelqu’un qui dort."
    else
      say "« Ce compte a été désactivé. » Il a prouvé qu’il était humain, une dernière fois, pour rien."
    end
  else
    say "Son compte reste ouvert. Il regarde la liste des lots : le lot 21 est vide, le lot 3 a disparu, il reste des enquêtes et des textes à deux centimes, quand il y en a."
    say "Il n’est sur aucune liste. Ce n’est pas la même chose qu’être choisi."
  end
  jump "ch07.sortie"
end)

scene("ch07.sortie", function()
  layout "page" {}
  say "19 h 40. Sa mère repart. Sur le palier, elle se retourne, comme en novembre, à mi-étage."
  if v.ch07_told_mother then
    if v.claire_response == "leave" then
      say("Sa mère", "Son bureau est vide, à ta Claire. Mais la machine tourne toujours, hein ? Il n’y a pas besoin d’elle pour ça.")
      say("Yacine", "Ce n’est pas ma Claire.")
      say "Il ne répond pas à la question. Elle n’en attendait pas."
    elseif v.claire_saw_cleaner then
      say("Sa mère", "Cette nuit, je passe devant son bureau. Tu veux que je lui dise quelque chose, à ta Claire ?")
      say("Yacine", "Ce n’est pas ma Claire.")
      say("Sa mère", "C’est toujours la Claire de quelqu’un.")
    else
      say("Sa mère", "Cette nuit, je passe devant son bureau, à la fille aux deux écrans. Je ne sais même pas son nom. Elle ne sait pas le mien. On est quittes.")
      say "Elle rit sur le palier. Le rire descend l’escalier avant elle."
    end
  else
    say("Sa mère", "Ne reste pas trop sur ton ordinateur.")
    say("Yacine", "Il n’y a plus grand-chose dessus.")
    say "Elle le regarde une seconde de plus que d’habitude. Elle ne demande pas. Elle a un train."
  end
  say "Il reste devant l’écran éteint. Il y voit sa tête, la chambre derrière, le poster de la Coupe du monde qu’il n’a jamais décroché."
  say "Trois choses sont ouvertes dans la soirée, trois onglets, comme des portes dans un couloir."
  say "Le lien de Nadia : Compiègne, février, neuf mois, des câbles, des nacelles, des gens chez qui sonner."
  say("Le Comptoir : la réunion de jeudi, Ranto, Mireille, Gégé, ceux qui restent et qui veulent que rester serve à quelque chose.")
  say("Et une publicité, arrivée ce soir comme si elle savait : « Ruche — la plateforme qui valorise votre temps. Images, textes, enquêtes. » Des scènes de rue à {ruche:euros}.", { ruche = nuee.RUCHE_IMAGE })
  discuss("Quelle sortie pour Yacine ? Qu’est-ce qui compte le plus, pour lui : l’argent, le temps, les autres, la fierté ?", { minutes = 5 })
  local c = choose {
    prompt = "Vendredi, 13 h, la voiture de Nadia ; jeudi, la visio ; ce soir, Ruche.",
    { "Répondre à Compiègne : oui", value = "formation" },
    { "Rester, et s’organiser avec le Comptoir et Ranto", value = "comptoir" },
    { "S’inscrire sur Ruche et continuer à cliquer", value = "ailleurs" },
  }
  v.way = c
  if c == "formation" then
    say "Il écrit à Compiègne : « Je confirme ma participation à la session de février. » Il relit « participation ». Il y a des années qu’il n’a pas participé à quelque chose ; il a surtout contribué."
    say "Il envoie un message à Nadia : « Vendredi, 13 h. » Elle répond par une ambulance, un cerf-volant et un cœur. Il ne sait pas ce que veut dire l’ambulance. Avec Nadia, c’est toujours affectueux."
    if not v.deactivated then
      say "Il ne ferme pas son compte Nuée. Il le laisse ouvert, comme on laisse une lumière dans une pièce où on ne va plus."
    end
  elseif c == "comptoir" then
    say("Creil60", "Jeudi, je serai là. J’ai été conseiller clientèle six ans : je sais écrire des réclamations qu’on ne peut pas classer sans les lire.")
    say("Ranto", "Enfin quelqu’un qui sait écrire aux machines.")
    say "Ce n’est pas un travail. Personne ne le paiera. C’est la première chose depuis deux ans qu’il fait avec d’autres, et pas à côté d’eux."
    say "Il répond aussi à Nadia : « Pas en février. Peut-être en septembre. » Elle répond : « Je note. » Avec Nadia, quand c’est noté, c’est noté."
  else
    say "Il crée un compte sur Ruche. Un pseudonyme : Creil60 est pris, il prend Creil61. La case blanche. « Je ne suis pas un robot. » Des bus, cette fois."
    say("Première tâche : une rue, un bus, un passage piéton qui s’efface. {ruche:euros}. Il répond. Il a l’habitude. Sur Ruche, on retire à partir de trente euros.", { ruche = nuee.RUCHE_IMAGE })
    say "À Nadia, il écrit : « Pas maintenant. » Elle ne répond pas tout de suite. Puis : « D’accord. Mais je garde le lien. »"
  end
  nuee.close_day()
  say("Lundi a rapporté {day:euros}.", { day = v.day_earned })
  say "Il se couche tôt. Dans le noir, il ne voit pas de bandes blanches, cette fois. Il voit la paume de sa mère, et un mot au stylo bille qui s’efface."
  v.ch07_morning_balance = nil
  v.played_ch07 = true
  end_chapter()
end)
