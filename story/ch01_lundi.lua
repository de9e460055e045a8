-- story/ch01_lundi.lua — Chapitre 1 : « Lundi » (Yacine)
--
-- Variables read: balance, reliability (defaults 1712, 94). The day's ledger
--   (ledger_opening, earned, unpaid, withdrawn, day_earned) is opened here: see
--   story/lib/nuee.lua, which computes every amount and score from Nuée's rules.
-- Variables set, for later chapters:
--   posted_comptoir (boolean): Yacine wrote his first message on Le Comptoir, as
--     "Creil60", and Ranto answered him.
--   withdrew (boolean): he withdrew 20,00 € at 10 h 06 (3 to 5 working days).
--   ch01_mother ("truth" | "vague" | "joke"): what he told his mother about his
--     work (read by ch02 and ch03).
--   balance, reliability and the ledger: the worn crossing and the intent
--     message go back to the queue unpaid (threshold 85 %), a minority answer
--     to the chatbot duel or the human-or-machine task is refused; the morning
--     series runs until the balance reaches 20 €; the afternoon and evening
--     earn their share.
--   played_ch01 (true): the next chapters' recaps tell play from defaults.
--   ch01_coffee, ch01_crosswalk, ch01_duel, ch01_human: this chapter's own.
--
-- Images used in this chapter (drawn as shapes in story/images/):
--
-- ch01_captcha: the « Je ne suis pas un robot » grid. A 3 × 3 grid of small
--   street photos seen from a car: in three of the squares, a traffic light
--   (a dark box on a pole with three discs, the top one red); in one square only
--   the pole of a traffic light, cut by the edge; the others show a wall, a tree,
--   a bit of sky. Above the grid, a blue band with the words to find.
--
-- ch01_crosswalk: a street in the rain at dusk, seen from a low car window.
--   A bus on the left, half out of frame; wet asphalt with headlight
--   reflections; across the road, white bands of a pedestrian crossing so worn
--   that only two and a half bands are clearly visible, the rest grey ghosts.
--   A pedestrian with an umbrella at the kerb, on the right. The question of
--   the image is whether the worn bands still count.

chapter {
  id = "ch01", number = 1, side = "yacine", title = "Lundi",
  start = "ch01.reveil",
  defaults = {
    balance = 1712, reliability = 94,
    posted_comptoir = false, withdrew = false,
  },
  sets = {
    "balance", "reliability", "posted_comptoir", "withdrew", "ch01_mother", "played_ch01",
    "ledger_opening", "earned", "unpaid", "withdrawn", "day_earned",
    "ch01_coffee", "ch01_crosswalk", "ch01_duel", "ch01_human",
  },
  card = {
    questions = {
      "Pour entrer sur Nuée, Yacine doit prouver qu’il n’est pas un robot. Qu’est-ce que cette case à cocher raconte de son travail ?",
      "Pourquoi la plateforme dit-elle « contributeurs » et jamais « travailleurs » ? Qu’est-ce que ce mot change, et pour qui ?",
      "Faites le compte de la matinée de Yacine : combien de temps, combien d’argent ? Quelles heures ne sont payées par personne ?",
      "La mère de Yacine nettoie des bureaux la nuit. Qui voit son travail ? Qui voit celui de son fils ?",
      "Yacine a répondu pendant six ans aux clients d’un fournisseur d’énergie. Que ressent-il devant les deux réponses du robot ?",
    },
    facts = {
      { "En France, environ 260 000 personnes micro-travaillaient au moins de temps en temps en 2019, dont environ 15 000 chaque semaine. Ce chiffre est discuté : d’autres chercheurs estiment qu’il compte les inscrits plutôt que les actifs.",
        source = "Le Ludec, Tubaro, Casilli, Combien de personnes micro-travaillent en France ?, i3 working paper 19-SES-02, 2019" },
      { "Dans une enquête auprès d’environ 1 000 micro-travailleurs d’une plateforme française, 40 % avaient aussi un emploi en CDI, et le micro-travail leur rapportait en moyenne environ 21 € par mois, de façon très inégale : il s’ajoute souvent à un emploi, au lieu de le remplacer.",
        source = "Casilli et al., Le micro-travail en France, rapport DiPLab, 2019 (cité d’après une source secondaire)" },
      { "Selon la page d’aide de Google, résoudre les épreuves reCAPTCHA aide aussi à numériser des textes, à annoter des images et à construire des jeux de données pour l’apprentissage automatique.",
        source = "Google, page d’aide reCAPTCHA" },
    },
    vocabulary = {
      { "micro-tâche", "travail très court, fait en ligne et payé à la pièce, souvent quelques centimes" },
      { "captcha", "petite épreuve qui vérifie qu’un humain, et non un programme, utilise un site" },
      { "seuil de retrait", "somme minimale à atteindre avant de pouvoir toucher l’argent gagné" },
      { "annoter", "ajouter à une donnée (image, phrase) une étiquette qui dit ce qu’elle contient" },
    },
  },
}

-- Small helpers -----------------------------------------------------------

local nuee = require "lib.nuee"

-- Monday's tasks, as the other contributors answered them: the majority's
-- share (per cent) and the majority's answer. The crossing is the week's most
-- disputed picture (Claire meets it again in ch04).
local CROSSWALK = { share = 54, majority = 1 }
local INTENT = { share = 62, majority = 1 }
local DUEL = { share = 93, majority = 2 }
local HUMAN = { share = 88, majority = 2 }
-- The rest of the day, in ordinary Lot 3 series: tasks done after 10 h 06.
local AFTERNOON, EVENING = 130, 70
-- Hours at the screen: 6 h 12 to 10 h 06, then 11 h to 14 h 30 and 20 h to 22 h 30.
local MORNING_MIN, DAY_MIN = 234, 234 + 210 + 150

-- Scenes ------------------------------------------------------------------

scene("ch01.reveil", function()
  layout "page" {}
  nuee.open_day()
  note "Creil, dans l’Oise. Un lundi de novembre, avant le jour."
  say "6 h 12. L’écran s’allume avant lui."
  say "Dans la chambre, il n’y a que cette lumière-là : un rectangle bleu posé sur le bureau d’écolier qu’il n’a jamais eu le cœur de descendre à la cave."
  say "Yacine a trente-quatre ans, le dos d’un homme qui en aurait cinquante, et un ordinateur portable dont la touche E ne revient plus toute seule."
  say "De l’autre côté de la cloison, la chambre de sa mère est vide. Elle rentre vers sept heures et demie, quand les bureaux de Paris sont propres et que le RER veut bien."
  say "L’appartement sent le radiateur et le café d’hier."
  say "Par la fenêtre, rien encore : le parking, trois lampadaires, et plus loin la masse sombre de la voie ferrée, où passe de temps en temps un train vide qui va chercher les gens."
  say "Il y a deux ans, il s’est inscrit un soir, pour voir. « Bienvenue dans la Nuée ! Chaque clic compte. » Il avait trouvé le slogan ridicule. Il avait gagné quarante centimes avant minuit et il s’était couché content, comme après une partie de cartes."
  say "Depuis, il a arrêté de trouver le slogan ridicule, et de se coucher content."
  say("Yacine", "Allez. Trois euros avant le café.")
  say "C’est ce qu’il se dit tous les matins. Certains matins, c’est vrai."
  local c = choose {
    prompt = "6 h 13.",
    "Se connecter tout de suite",
    "Faire d’abord le café",
  }
  if c == 2 then
    v.ch01_coffee = true
    say "Il traverse le couloir sans allumer. La cafetière fait son bruit de vieille bête qui tousse."
    say "Il revient avec la tasse, la pose à gauche du clavier, à l’endroit où le bois a gardé un cercle plus clair."
    say "Sept minutes de perdues. Il le sait, parce qu’il compte tout."
  else
    v.ch01_coffee = false
    say "Le café attendra. Les bonnes tâches partent tôt : il y a des gens, quelque part, qui se lèvent encore avant lui."
  end
  jump "ch01.case"
end)

scene("ch01.case", function()
  layout "platform" (nuee.screen {
    clock = v.ch01_coffee and "6 h 20" or "6 h 13",
    notice = "Connexion",
  })
  say "Avant d’entrer, la plateforme lui pose la même question que chaque matin."
  say "Une petite case blanche, et à côté, en gris : « Je ne suis pas un robot »."
  say "Il coche. La case réfléchit. Puis elle veut des preuves."
  local grid = task {
    kind = "image", image = "ch01_captcha",
    question = "Sélectionnez toutes les images contenant des feux de circulation.",
    alt = "Une grille de neuf photos de rue. Trois montrent un feu rouge en entier ; une quatrième, seulement le poteau d’un feu, coupé par le bord.",
    -- The nine photos, 3 x 3 under the blue band: 1, 5 and 8 show a whole
    -- light, 6 only its pole.
    grid = { 4.5, 68.5, 471, 351, 3, 3 },
    answers = { { "Les trois feux entiers", pick = { 1, 5, 8 } },
                { "Les trois feux et le poteau", pick = { 1, 5, 6, 8 } } },
    seconds = 30,
  }
  if grid == 2 then
    say "Le poteau, il l’a compté. Un feu, c’est aussi ce qui le tient debout."
  else
    say "Le poteau, il le laisse. On lui a demandé des feux, pas leur famille."
  end
  say "La case devient verte. Il a prouvé qu’il était un homme en reconnaissant des feux rouges pour une machine."
  say "Les premiers mois, ça le faisait rire. Ce matin, ça le fait de nouveau un peu rire, ce qui est bon signe, ou très mauvais."
  bind { notice = "Bonjour Yacine ! Chaque clic compte." }
  say "Nuée s’ouvre. Un fond blanc, des points bleus qui dérivent lentement, comme des moucherons au-dessus d’une flaque."
  say "En haut à droite, deux chiffres. Son solde : {balance:euros}. Son score de fiabilité : {reliability} %."
  say "Le premier, il le regarde monter. Le second, il le regarde ne pas descendre."
  say "Ce solde-là, autrefois, c’était trois semaines de tâches du soir. Aujourd’hui, c’est deux jours et demi, depuis que les tâches du soir sont devenues aussi celles du matin, puis celles de l’après-midi."
  say("À {floor:euros}, on peut retirer. Pas avant. C’est écrit dans les conditions d’utilisation, qu’il a acceptées d’un clic, comme tout le reste.", { floor = nuee.WITHDRAW_MIN })
  jump "ch01.passage"
end)

scene("ch01.passage", function()
  bind { clock = v.ch01_coffee and "6 h 21" or "6 h 14", notice = nuee.notice(3) }
  say "Première tâche. Une rue sous la pluie, prise depuis une voiture, le soir. Quelque part, une voiture apprend à conduire, et c’est lui qui lui montre où sont les piétons."
  local a = task {
    kind = "image", image = "ch01_crosswalk",
    question = "Cette image contient-elle un passage piéton ?",
    alt = "Une rue mouillée au crépuscule, un bus à moitié hors du cadre. En travers de la chaussée, deux bandes blanches et demie ; les autres sont presque effacées.",
    -- A frame proposed by the machine, around what is left of the bands:
    -- ticked, it is a crossing; left empty, it is not.
    boxes = { { 120, 238, 384, 92 } },
    answers = { { "Oui", pick = { 1 } }, { "Non", pick = {} } }, pay = nuee.pay(3), seconds = 40,
  }
  v.ch01_crosswalk = a
  if a == 1 then
    say "Deux bandes et demie, c’est un passage. Quelqu’un l’a peint un jour pour que quelqu’un traverse ; il n’a pas changé d’avis parce que la peinture est partie."
  else
    say "Il plisse les yeux. Ce qui reste, ce sont des fantômes de bandes. Si un enfant traversait là, la voiture devrait-elle s’arrêter ? Oui. Mais la question n’est pas celle-là."
    say "Il répond non. Il cherche un troisième bouton, « Je ne sais pas », « Ça dépend ». Il n’y en a jamais."
  end
  local paid = nuee.earn(3)
  say("{paid:euros}. Le solde clignote, content de lui.", { paid = paid })
  jump "ch01.phrase"
end)

scene("ch01.phrase", function()
  bind { clock = v.ch01_coffee and "6 h 23" or "6 h 16", notice = nuee.notice(12) }
  say "La file change. Des phrases, maintenant. Il faut dire ce que veut la personne qui les a écrites."
  local a = task {
    kind = "text",
    question = "Quelle est l’intention de ce message ?",
    text = "Bonjour, ça fait trois semaines que j’attends qu’on me rappelle. Je veux juste savoir si j’aurai du chauffage cet hiver. Merci quand même.",
    answers = { "Réclamation", "Demande d’information", "Résiliation", "Autre" },
    pay = nuee.pay(12), seconds = 30,
  }
  if a == 1 then
    say "Réclamation. Le « merci quand même » ne trompe personne : c’est une réclamation polie, la pire espèce, celle qui a déjà abandonné."
  elseif a == 2 then
    say "Demande d’information. Elle veut savoir, c’est tout. Elle l’a écrit elle-même : juste savoir."
  elseif a == 3 then
    say "Résiliation. Pas encore. Mais au prochain hiver sans rappel, oui. Il répond en avance pour elle."
  else
    say "Autre. Parce que ce n’est pas une intention, c’est une dame qui a froid. Il n’y a pas de case pour ça."
  end
  nuee.earn(12)
  say "Ce « merci quand même », il l’a entendu des centaines de fois, dans un casque, au troisième étage d’un immeuble de Saint-Denis."
  say "Six ans au service client d’un fournisseur d’énergie. Puis le premier niveau est parti : une moitié vers un centre à l’étranger, l’autre moitié vers un robot qui disait « Je comprends votre frustration » sans jamais la comprendre."
  say "Lui n’est parti nulle part. Il est là, dans sa chambre, à trier les messages des gens qu’il rappelait."
  jump "ch01.duel"
end)

scene("ch01.duel", function()
  bind { clock = v.ch01_coffee and "6 h 27" or "6 h 20", notice = nuee.notice(9) }
  say("{pay:euros}. Il se redresse sur sa chaise, comme si quelqu’un pouvait le voir.", { pay = nuee.pay(9) })
  say "Un utilisateur a posé une question à un assistant. L’assistant a répondu deux fois. Il faut dire laquelle est la meilleure."
  local a = task {
    kind = "rank",
    question = "« Mon compteur indique une consommation trois fois plus élevée que d’habitude. Que dois-je faire ? » Quelle réponse est la plus utile ?",
    a = "Je comprends votre inquiétude ! Une consommation élevée peut avoir de nombreuses causes. N’hésitez pas à contacter votre fournisseur pour en savoir plus.",
    b = "Relevez le chiffre affiché sur votre compteur et comparez-le à celui de votre dernière facture. S’il y a un écart, demandez une facture rectifiée : votre fournisseur doit vous répondre.",
    answers = { "La réponse A", "La réponse B", "Elles se valent" },
    pay = nuee.pay(9), seconds = 60,
  }
  v.ch01_duel = a
  if a == 2 then
    say "La B. Évidemment, la B. C’est presque mot pour mot ce qu’il disait quarante fois par jour, avec la fiche de procédure scotchée sous l’écran."
    say("Il a répondu à cette question pendant six ans. Pour {pay:euros}, il vient d’apprendre à quelque chose d’autre à y répondre à sa place.", { pay = nuee.pay(9) })
  elseif a == 1 then
    say "La A. Par une sorte de loyauté absurde : la A ne sait rien, mais elle est gentille, et il a connu des collègues comme ça, qui tenaient la journée à la gentillesse."
    say("Il sait bien que c’est la B. Il l’a dite pendant six ans. Pour {pay:euros}, il n’avait pas envie de l’apprendre à quelqu’un d’autre. À quelque chose d’autre.", { pay = nuee.pay(9) })
  else
    say "Elles se valent. Ce n’est pas vrai, et il le sait mieux que personne : six ans au téléphone, la B, il l’a dite quarante fois par jour."
    say "Mais ce matin, il n’a pas envie de départager deux robots. Il laisse la machine se débrouiller avec son ex aequo."
  end
  nuee.earn(9)
  say "Le solde grimpe. {balance:euros}. La tasse, s’il y en a une, refroidit."
  jump "ch01.enquete"
end)

scene("ch01.enquete", function()
  bind { clock = v.ch01_coffee and "6 h 31" or "6 h 24", notice = "Enquête consommateurs — " .. nuee.fr_euros(nuee.PAY.survey) .. " — environ 15 minutes" }
  say("Et puis, en haut de la liste, une enquête. {pay:euros}. {times} fois la rue sous la pluie.", { pay = nuee.PAY.survey, times = nuee.PAY.survey // nuee.pay(3) })
  say "Il clique avant de réfléchir, parce que les enquêtes partent en quelques secondes."
  bind { progress = { 1, 30 } }
  task {
    kind = "survey",
    question = "Question 1 sur 30 — Combien de yaourts consommez-vous par semaine ?",
    answers = { "Aucun", "1 à 3", "4 à 7", "Plus de 7" },
  }
  say "Il répond honnêtement. Il a toujours répondu honnêtement aux enquêtes ; il croit encore que c’est ce qu’on attend de lui."
  bind { progress = { 9, 30 } }
  task {
    kind = "survey",
    question = "Question 9 sur 30 — Quand vous choisissez un yaourt, qu’est-ce qui compte le plus ?",
    answers = { "Le prix", "Le goût", "La marque", "L’emballage recyclable" },
  }
  say "Questions sur la texture. Sur le souvenir d’enfance associé aux laitages. Sur la couleur idéale d’un pot."
  say "Il pense au frigo, à la porte du frigo, au pot de fromage blanc que sa mère achète par lot de quatre et qu’elle mange debout, en rentrant, la cuillère dans la bouche avant d’enlever son manteau."
  bind { clock = v.ch01_coffee and "6 h 39" or "6 h 32", notice = "Merci ! Malheureusement, vous ne correspondez pas au profil recherché." }
  say "Huit minutes. Puis l’écran change de couleur."
  say "« Merci ! Malheureusement, vous ne correspondez pas au profil recherché. »"
  say "Zéro centime. Le solde n’a pas bougé. Les huit minutes, si."
  say "Il reste un moment à regarder le point d’exclamation après « Merci ». Il trouve qu’il en fait trop."
  layout "page" {}
  say "Dans le couloir, le téléphone vibre sur la commode. Un message de sa mère."
  say("Sa mère", "Train supprimé. Je prends le suivant. Mange quelque chose.")
  say "Il répond « ok », puis, pour que ce soit moins sec, il ajoute un cœur. Puis il l’enlève. Puis il le remet."
  jump "ch01.comptoir"
end)

scene("ch01.comptoir", function()
  -- Each message under the time it was posted: the yoghurt survey's
  -- complaints before he opens the tab, his own and the replies as he reads.
  layout "chat" { channel = "Le Comptoir", clock = "6 h 21" }
  say "Sur l’écran, un petit onglet clignote : Le Comptoir. Le forum des contributeurs, que Nuée n’a pas fabriqué, que Nuée tolère, et que tout le monde lit."
  say "Yacine le lit depuis des mois. Il n’y a jamais rien écrit. Il connaît les pseudos comme on connaît les voisins qu’on n’a jamais salués."
  say("Mireille_59", "Qui a eu l’enquête yaourt ce matin ? Sortie à 8 min, zéro. Je vais finir par mettre que j’en mange dix par jour.")
  bind { clock = "6 h 26" }
  say("Gégé du 62", "Moi pareil. Ils nous font faire les 8 premières minutes gratis et ils gardent les réponses. Enquête gratuite pour eux.")
  bind { clock = "6 h 27" }
  say("Mireille_59", "Le pire c’est le « Merci ! » avec le point d’exclamation.")
  bind { clock = v.ch01_coffee and "6 h 40" or "6 h 33" }
  say "Il sourit pour la première fois de la journée. Quelqu’un d’autre a vu le point d’exclamation."
  local c = choose {
    prompt = "Le curseur clignote dans la petite case « Votre message ».",
    "Écrire une blague",
    "Poser une question",
    "Fermer l’onglet sans rien écrire",
  }
  if c == 1 then
    v.posted_comptoir = true
    say "Il tape, efface, retape. Il choisit un pseudo en dix secondes, parce que le site en exige un : Creil60."
    say("Creil60", "Pareil. Huit minutes pour apprendre que je ne suis pas assez yaourt. Je le prends mal.")
    bind { clock = v.ch01_coffee and "6 h 42" or "6 h 35" }
    say("Mireille_59", "Bienvenue dans le club des pas assez yaourt 😄")
    say("Ranto", "Bienvenue Creil60. Ici on n’est jamais assez quelque chose. Règle du Comptoir : pour les enquêtes, regarde d’abord le nombre de questions. Au-delà de 20, c’est presque toujours un filtre.")
    say("Creil60", "Merci. Je note. Tu es d’où ?")
    say("Ranto", "Antananarivo. Ici il n’est pas encore 9 h : j’ai deux heures d’avance sur toi et les mêmes yaourts.")
  elseif c == 2 then
    v.posted_comptoir = true
    say "Il choisit un pseudo en dix secondes, parce que le site en exige un : Creil60. Puis il écrit ce qu’il se demande depuis des mois."
    say("Creil60", "Bonjour. Premier message. Est-ce qu’on peut réclamer quand une enquête nous sort au bout de 8 minutes ? Il y a quelqu’un à qui écrire ?")
    bind { clock = v.ch01_coffee and "6 h 42" or "6 h 35" }
    say("Gégé du 62", "Il y a un formulaire. Il y a même une réponse. C’est toujours la même.")
    say("Ranto", "Bienvenue Creil60. Non, on ne peut pas, mais tu as bien fait de demander, c’est comme ça qu’on apprend les règles qu’ils n’écrivent pas. Regarde le nombre de questions avant de commencer : au-delà de 20, c’est presque toujours un filtre.")
    say("Creil60", "Merci. Tu es d’où ?")
    say("Ranto", "Antananarivo. Ici il n’est pas encore 9 h. Deux heures d’avance sur toi, les mêmes tâches, les mêmes centimes.")
  else
    v.posted_comptoir = false
    say "Il laisse le curseur clignoter. Écrire, ce serait dire qu’il en est. Qu’il fait partie de ceux qui écrivent au Comptoir à six heures et demie un lundi."
    say "Il ferme l’onglet. Il le rouvrira ce soir, il le sait ; il lira les autres comme on écoute à travers une cloison."
  end
  jump "ch01.mere"
end)

scene("ch01.mere", function()
  layout "platform" {
    balance = v.balance, reliability = v.reliability, clock = "7 h 20",
    withdraw_min = nuee.WITHDRAW_MIN,
    notice = nuee.notice(3),
  }
  say "Des bouches d’incendie. Des vélos. Des bus, de face, de dos, sous tous les temps d’Europe."
  say "Il travaille avec une méthode : la main droite sur la souris, la gauche posée à plat sur le bureau, pour que l’épaule ne monte pas. Une kiné la lui a montrée, à l’époque où il avait une mutuelle."
  say "Vers 7 h 20, un carré de ciel devient gris derrière le parking. Il ne le voit pas devenir gris. Il le voit gris, c’est tout, en levant la tête entre deux tâches."
  say "À force, il sait reconnaître une ville à ses poubelles. Lyon, Lisbonne, une banlieue de Varsovie. Il n’est allé dans aucune."
  layout "page" {}
  say "7 h 41. La clé dans la serrure, deux essais. Le premier rate toujours."
  say "Sa mère entre avec le froid sur son manteau et cette odeur de citron industriel qui ne part qu’à la deuxième douche."
  say "Elle pose son sac, puis elle pose ses mains sur le radiateur, comme on pose quelque chose de lourd."
  say("Sa mère", "Tu es déjà debout ?")
  say("Yacine", "Je suis toujours déjà debout.")
  if v.ch01_coffee then
    say "Elle voit la tasse, à côté de l’ordinateur. Elle la prend, la goûte, fait la grimace."
    say("Sa mère", "Il est froid. Tu l’as fait à quelle heure, ce café ?")
  else
    say("Sa mère", "Tu n’as même pas fait de café. Je le fais. Tu en veux ?")
  end
  say("Yacine", "Comment ça s’est passé ?")
  say("Sa mère", "Comme d’habitude. Le troisième étage, ils ont encore mangé des pizzas sur les bureaux. Ils laissent les boîtes ouvertes, avec les croûtes. Ils sont jeunes.")
  say("Sa mère", "Il y en a une qui était encore là à minuit. Une fille, devant deux écrans pleins de chiffres. Elle ne m’a pas vue. Je suis passée avec l’aspirateur à côté d’elle, elle ne m’a pas vue.")
  say "Elle dit ça sans reproche, comme on dit qu’il a plu."
  say("Sa mère", "Et toi ? Tu cherches toujours ? Tu as des réponses ?")
  discuss("Que peut répondre Yacine à sa mère ? Pourquoi ce travail est-il difficile à raconter, même à ceux qu’on aime ?", { minutes = 3 })
  local c = choose {
    prompt = "Sa mère attend, les mains sur le radiateur.",
    "Lui dire la vérité",
    "Rester vague",
    "En faire une blague",
  }
  if c == 1 then
    v.ch01_mother = "truth"
    say("Yacine", "Je ne cherche plus vraiment, Maman. Je travaille sur l’ordinateur. Des petites tâches. Je regarde des photos, je dis ce qu’il y a dessus. C’est payé quelques centimes la photo.")
    say "Elle le regarde longtemps. Elle ne demande pas combien. C’est pire que si elle demandait."
    say("Sa mère", "Quelques centimes. Et ils te paient, au moins ? Vraiment ?")
    say("Yacine", "À partir de vingt euros.")
    say("Sa mère", "Moi, c’est à partir du premier du mois. Même quand le chef oublie, il finit par payer.")
    say "Elle lui caresse la nuque en passant, rapidement, comme elle le faisait quand il avait de la fièvre, et elle ne dit plus rien."
  elseif c == 2 then
    v.ch01_mother = "vague"
    say("Yacine", "Je fais des missions. Pour une entreprise, en ligne. Ça dépanne.")
    say("Sa mère", "Des missions. C’est bien, des missions.")
    say "Elle ne demande pas lesquelles. Elle a élevé deux enfants ; elle sait quand une porte est fermée, et qu’on ne l’ouvre pas en tirant dessus."
  else
    v.ch01_mother = "joke"
    say("Yacine", "Je travaille dans l’intelligence artificielle, Maman. J’apprends aux voitures à reconnaître les passages piétons.")
    say "Elle rit, parce qu’il l’a dit avec sa voix de présentateur, et parce qu’elle est trop fatiguée pour ne pas rire."
    say("Sa mère", "Alors apprends-leur à s’arrêter, aussi. Rue de la République, ils ne s’arrêtent jamais.")
  end
  say("Sa mère", "Dans les bureaux, il y a un mot écrit en grand sur le mur, avec des petits points autour. Comme des moucherons. Je ne sais pas ce que ça veut dire. Ils font des ordinateurs, je crois.")
  say "Il hoche la tête sans écouter tout à fait. Sur l’écran, derrière lui, une tâche attend, et le compte à rebours ne s’arrête pas pour les mères."
  say "Elle va se coucher. Il entend la porte, les ressorts du lit, puis plus rien."
  say "Pour ne pas la réveiller, il débranche la souris et passe au pavé tactile, qui ne fait pas de bruit. Il travaille en silence pour qu’elle dorme le jour."
  jump "ch01.serie"
end)

scene("ch01.serie", function()
  local t = nuee.MONDAY_THRESHOLD
  layout "platform" {
    balance = v.balance, reliability = v.reliability, clock = "8 h 02",
    withdraw_min = nuee.WITHDRAW_MIN,
    notice = nuee.notice(3),
  }
  say "La file se vide, se remplit, se vide. Entre deux séries, il actualise la page comme on tire sur la poignée d’une machine à sous."
  -- The first answers of the day come back, judged by the others' answers.
  local crossing = nuee.judge(CROSSWALK.share, v.ch01_crosswalk == CROSSWALK.majority, t)
  local intent = nuee.judge(INTENT.share, true, t)
  local duel = nuee.judge(DUEL.share, v.ch01_duel == DUEL.majority, t)
  local accepted = 0
  for _, r in ipairs { crossing, intent, duel } do
    if r == "accepted" then accepted = accepted + 1 end
  end
  if crossing ~= "accepted" then nuee.take_back(3) end
  if intent ~= "accepted" then nuee.take_back(12) end
  if duel ~= "accepted" then nuee.take_back(9) end
  local before = v.reliability
  nuee.score(3, accepted)
  bind { notice = "Tâche remise en file — non rémunérée" }
  say "À 8 h 02, une ligne grise en haut de l’écran : « Tâche remise en file — non rémunérée »."
  say "C’est le passage piéton. Ceux qui l’ont vu avant lui ne sont pas tombés d’accord : trop de oui pour un non, trop de non pour un oui. La tâche repart dans la file, vers d’autres yeux, et personne n’est payé pour elle, ni ceux qui ont dit oui, ni ceux qui ont dit non."
  if v.ch01_crosswalk == 2 then
    say "Il avait dit non. Il aurait dit oui, ce serait pareil."
  else
    say "Il avait dit oui. Il aurait dit non, ce serait pareil."
  end
  say "Juste en dessous, une deuxième ligne grise : la dame qui voulait savoir si elle aurait du chauffage cet hiver. Elle non plus, personne ne s’est mis assez d’accord sur ce qu’elle voulait."
  if duel == "refused" then
    bind { notice = "Réponse non conforme — Lot 9, tâche n° 4 417 082" }
    say "Puis une ligne rouge : « Réponse non conforme ». Le duel des deux robots. Presque tout le monde a choisi la B ; lui non. Ce qu’il en pensait n’est pas une réponse, c’est une minorité."
  else
    say "Le duel des deux robots, lui, est passé : la B, comme presque tout le monde."
  end
  say("Le score de fiabilité passe de {before} % à {reliability} %. Aucune explication. Il n’y en a jamais.", { before = before })
  say "Il pense à l’enfant qui traverserait là. Puis il ne pense plus à rien, parce qu’une nouvelle série arrive."
  say "Il se met une règle, comme on se met un réveil : pas de pause avant vingt euros."
  bind { notice = nuee.notice(14) }
  say "Avant la série d’images, une tâche égarée, d’un lot qu’il n’a jamais vu."
  local h = task {
    kind = "text",
    question = "Ce message a-t-il été écrit par un humain ou par une machine ?",
    text = "Je suis désolé, je n’ai pas bien compris votre demande. Pourriez-vous la reformuler, s’il vous plaît ?",
    answers = { "Un humain", "Une machine", "Impossible à dire" },
    pay = nuee.pay(14), seconds = 30,
  }
  v.ch01_human = h
  nuee.earn(14)
  if h == 1 then
    say "Un humain. Lui, par exemple. Il a dit cette phrase, avec ces mots-là, dans cet ordre-là, à peu près dix fois par jour pendant six ans."
  elseif h == 2 then
    say "Une machine. C’est la réponse la plus probable, et c’est la plus triste, parce qu’il a dit cette phrase, mot pour mot, dix fois par jour pendant six ans."
  else
    say "Impossible à dire. C’est la seule réponse honnête : il a dit cette phrase, mot pour mot, dix fois par jour pendant six ans, et on la lui avait écrite sur une fiche."
  end
  say "À la fin, on ne savait plus très bien, au troisième étage, qui imitait qui."
  -- His arithmetic: one task more than the sum, for the one that will be
  -- refused. The platform's: as many as it takes, once the others have answered.
  local rate = nuee.pay(3)
  local left = nuee.WITHDRAW_MIN - v.balance
  local guess = left // rate + 1
  say("Il lui manque {left:euros} pour atteindre vingt euros. À {rate:euros} la tâche, il fait le calcul : {count} tâches, en comptant une de plus pour celle qui sera refusée sans qu’il sache laquelle.", { left = left, rate = rate, count = guess })
  bind { notice = nuee.notice(3) }
  bind { clock = "8 h 47" }
  say "Feux. Vélos. Un chien, une fois, qu’il faut entourer, et il l’entoure avec une tendresse qui ne regarde que lui."
  bind { clock = "9 h 30" }
  say "Ses yeux piquent. Il cligne exprès, parce qu’il a lu quelque part qu’on oublie de cligner devant un écran, et qu’à Creil, un ophtalmologue, c’est six mois d’attente."
  say "Au-dessus, la voisine passe l’aspirateur. En bas, un scooter refuse de démarrer, puis démarre, puis s’en va avec tout son bruit."
  local human = nuee.judge(HUMAN.share, h == HUMAN.majority, t)
  local n = 0
  repeat
    n = n + 1
    if n > 10000 then error("ledger: the morning series never reaches the withdrawal floor") end
  until (n - nuee.unpaid_of(n, t, nuee.YACINE_MINORITY)) * rate
        - (human == "accepted" and 0 or nuee.pay(14)) >= left
  local lost = nuee.unpaid_of(n, t, nuee.YACINE_MINORITY)
  nuee.earn(3, n)
  nuee.take_back(3, lost)
  if human ~= "accepted" then
    nuee.take_back(14)
  end
  nuee.score(n + 1, n - lost + (human == "accepted" and 1 or 0))
  bind { clock = "10 h 06", notice = "Félicitations ! Vous pouvez maintenant retirer vos gains." }
  say "10 h 06. {balance:euros}."
  say("Il en a fallu {n} : {lost} sont revenues sans être payées, renvoyées dans la file ou refusées. Il en avait compté une.", { n = n, lost = lost + (human == "accepted" and 0 or 1) })
  if human ~= "accepted" then
    say "Parmi elles, la phrase égarée. La majorité a dit : une machine."
  end
  say("Il fait, malgré lui, l’autre calcul : depuis 6 h 12, près de quatre heures. {gain:euros} gagnés. {hourly:euros} de l’heure. Trois euros avant le café : il n’y est pas, et il est dix heures.",
    { gain = v.day_earned, hourly = v.day_earned * 60 // MORNING_MIN })
  say "Il fait le calcul, puis il arrête de le faire."
  jump "ch01.seuil"
end)

scene("ch01.seuil", function()
  say "À côté du solde, un bouton est apparu. Vert, arrondi, timide : « Retirer mes gains »."
  say "Sous le bouton, en plus petit : « Virement sous 3 à 5 jours ouvrés »."
  say "Vingt euros, c’est le forfait du téléphone de sa mère. C’est aussi la preuve, sur un relevé de banque, que ces heures ont existé."
  say "Mais retirer, c’est remettre le compteur à presque rien. Demain, il repartirait de zéro, et vingt euros recommenceraient à être une montagne."
  discuss("Retirer les vingt euros tout de suite, ou laisser grossir le solde : que feriez-vous à sa place, et pourquoi ?", { minutes = 3 })
  local c = choose {
    prompt = "Le bouton vert attend.",
    "Retirer les vingt euros",
    "Laisser le solde grossir",
  }
  if c == 1 then
    v.withdrew = true
    nuee.withdraw(nuee.WITHDRAW_MIN)
    bind { notice = "Virement de " .. nuee.fr_euros(nuee.WITHDRAW_MIN) .. " en cours. Merci pour votre contribution !" }
    say "Il clique. L’écran le remercie pour sa contribution, comme s’il avait donné quelque chose."
    say "Il reste {balance:euros} sur le compte. Le prix d’une rue sous la pluie : de quoi recommencer."
    say "L’argent arrivera jeudi ou vendredi. Jeudi ou vendredi, il paiera le forfait, et il ne dira pas d’où il vient."
    say "Pendant une minute, il se sent payé. C’est une sensation qu’il avait oubliée, et qui ressemble beaucoup à de la fatigue."
  else
    v.withdrew = false
    bind { notice = "Chaque clic compte." }
    say "Il ne clique pas. Si je retire, c’est un salaire, se dit-il. Si je laisse, c’est une tirelire."
    say "Une tirelire, on a le droit de la casser plus tard, quand ce sera vraiment nécessaire, quand ce sera une vraie somme. Trente euros. Cinquante."
    say "Le bouton vert reste là, dans le coin de l’écran, toute la journée, comme une fenêtre qu’on n’ouvre pas."
  end
  jump "ch01.soir"
end)

scene("ch01.soir", function()
  layout "page" {}
  say "L’après-midi ressemble au matin, avec une lumière différente."
  local t, rate = nuee.MONDAY_THRESHOLD, nuee.pay(3)
  local lost = nuee.unpaid_of(AFTERNOON, t, nuee.YACINE_MINORITY)
  nuee.earn(3, AFTERNOON)
  nuee.take_back(3, lost)
  say("De 11 h à 14 h 30, la file donne ce qu’elle donne : {n} images, dont {lost} reviennent sans être payées. {net:euros} de plus.", { n = AFTERNOON, lost = lost, net = (AFTERNOON - lost) * rate })
  say "À 15 h, sa mère se lève. Elle fait du riz, des œufs, une salade qu’elle assaisonne trop, parce qu’elle a perdu le goût du vinaigre à force de respirer le citron."
  say "Ils mangent l’un en face de l’autre, dans la cuisine. Elle parle de sa collègue Fatou, du contremaître qui a changé, du genou qui craque dans les escaliers de la ligne D."
  say "Il écoute. Il aime l’écouter : elle raconte les bureaux vides comme d’autres racontent des voyages. Les plantes qu’elle arrose sans qu’on le lui demande. Le baby-foot dont personne ne se sert. Les tasses avec des phrases dessus."
  say("Sa mère", "Il y en a une, sur un bureau, il y a écrit « Le meilleur papa du monde ». Elle est toujours sale. Je la lave toujours. Le meilleur papa du monde ne l’a jamais su.")
  say "Son téléphone vibre sur la table. Nadia, sa sœur, entre deux patients."
  say("Nadia", "Dimanche vous venez manger ? Les petits réclament tonton. Et toi, ça avance, les recherches ?")
  say "Il répond « oui pour dimanche ». Pour les recherches, il envoie un pouce levé, qui ne veut rien dire, ce qui est exactement ce qu’il voulait dire."
  if v.ch01_mother == "truth" then
    say "Elle ne reparle pas des centimes. Mais elle lui sert deux fois, et il comprend que c’est sa façon à elle d’en reparler."
  elseif v.ch01_mother == "joke" then
    say("Sa mère", "Alors, les voitures ? Elles s’arrêtent, maintenant ?")
    say("Yacine", "On y travaille.")
  else
    say "Elle ne demande rien sur les missions. Il lui en est reconnaissant, et un peu déçu."
  end
  if v.withdrew then
    say "Il pense aux vingt euros qui voyagent quelque part entre Nuée et sa banque, lentement, comme tout ce qui lui est dû."
  else
    say "Il pense au bouton vert, là-bas, dans la chambre. Sa tirelire. Il ne sait pas encore pour quoi il la garde ; c’est peut-être ça, avoir des économies."
  end
  say "À 19 h 40, elle remet son manteau. Il l’accompagne jusqu’à la porte, comme chaque soir, et comme chaque soir elle dit la même chose."
  say("Sa mère", "Ne reste pas trop sur ton ordinateur. Tu vas t’abîmer les yeux.")
  say("Yacine", "Et toi, ne reste pas trop dans leurs bureaux. Tu vas t’abîmer le dos.")
  say "Elle rit. Elle y restera jusqu’à cinq heures et demie."
  local late = nuee.unpaid_of(EVENING, t, nuee.YACINE_MINORITY)
  nuee.earn(3, EVENING)
  nuee.take_back(3, late)
  nuee.score(AFTERNOON + EVENING, AFTERNOON + EVENING - lost - late)
  say("De 20 h à 22 h 30, encore {n} images, dont {lost} pour rien.", { n = EVENING, lost = late })
  if v.posted_comptoir then
    layout "chat" { channel = "Le Comptoir", clock = "22 h 41" }
    say "À 22 h 50, il rouvre le Comptoir. Sous son message du matin, il y a des réponses qu’il n’a pas lues."
    say("Ranto", "Creil60, bonne nuit si tu passes. Ici il est presque une heure. Demain, il paraît qu’ils ajoutent un lot de textes. Regarde le tarif avant de regarder le reste.")
    say "Il ne répond pas tout de suite. Il reste un moment à regarder ce message, adressé à lui, par quelqu’un qui est à huit mille kilomètres et qui fait le même travail."
    bind { clock = "22 h 53" }
    say("Creil60", "Bonne nuit Ranto. Merci pour les yaourts.")
  else
    layout "page" {}
    say "À 22 h 50, il rouvre le Comptoir et lit, sans rien écrire. Quelqu’un à Antananarivo souhaite bonne nuit à tout le monde. Il ne sait pas pourquoi, ça lui fait du bien quand même."
  end
  layout "platform" {
    balance = v.balance, reliability = v.reliability, clock = "23 h 14",
    withdraw_min = nuee.WITHDRAW_MIN,
    notice = "À demain ! Chaque clic compte.",
  }
  say("Depuis 6 h 12 : {day:euros}, pour presque dix heures devant l’écran. {hourly:euros} de l’heure, à peu près. Il ne fait pas ce calcul-là ; le compteur le fait pour lui.",
    { day = v.day_earned, hourly = v.day_earned * 60 // DAY_MIN })
  nuee.close_day()
  say "23 h 14. Il ferme l’ordinateur. La pièce redevient noire d’un coup, sauf une petite lumière orange sur le côté, qui dit que la batterie se recharge."
  say "Demain matin, la case blanche lui demandera de nouveau s’il est un robot."
  say "Il répondra que non. Il a toujours répondu honnêtement."
  -- (What only this chapter needed, ch01_coffee and the rest, is left as it
  -- is: no later chapter reads it, and a write here would keep it in the key
  -- of every state `check` meets before it; see "Checking" in lua/README.md.)
  v.played_ch01 = true
  end_chapter()
end)
