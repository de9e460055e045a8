-- story/ch02_sprint.lua — Chapitre 2 : « Sprint » (le bureau)
--
-- The same Monday, at Nuée, quai de Valmy. Claire sets the reliability
-- threshold (`threshold`); late in the evening the night cleaner, Yacine's
-- mother, passes her desk (`claire_saw_cleaner`).
--
-- No images in this chapter.
--
-- Every figure on Claire's screens (cost per label, share refused, agreement,
-- people under Lot 9's bar) is computed by story/lib/nuee.lua from last
-- week's tasks and the threshold.
--
-- Variables read: withdrew, posted_comptoir, ch01_mother, played_ch01 (from ch01).
-- Variables set: threshold, claire_saw_cleaner, played_ch02, and for ch04:
--   ch02_theo ("care" | "work" | "thumb"): how Claire answered Théo at 9 h;
--   ch02_column (bool): she showed how many people fall under the threshold;
--   ch02_reply ("answered" | "template" | "none"): what she did with
--     Josiane's message to the contact address;
--   ch02_cleaner_talk ("home" | "son" | "none"): what else Claire asked
--     Malika, once she had asked her name (she always does if she sees her).

chapter {
  id = "ch02", number = 2, side = "office", title = "Sprint",
  start = "ch02.arrivee",
  defaults = {
    withdrew = false, posted_comptoir = false, ch01_mother = "vague",
    played_ch01 = false,
  },
  sets = {
    "threshold", "claire_saw_cleaner", "played_ch02",
    "ch02_theo", "ch02_column", "ch02_reply", "ch02_cleaner_talk",
  },
  presets = {
    { "Yacine a retiré ses vingt euros", set = { withdrew = true } },
    { "Yacine a écrit sur le Comptoir", set = { posted_comptoir = true } },
  },
  card = {
    questions = {
      "Pourquoi une réponse refusée fait-elle baisser le « coût par label » ? Qui paie cette baisse ?",
      "Qui décide, dans ce chapitre ? Qu’est-ce qui pèse sur Marc, et sur qui pèse-t-il à son tour ?",
      "Claire avait-elle un bon choix ? Qu’aurait-il fallu savoir, ou voir, pour mieux décider ?",
      "Dans ces bureaux, le soir, qui voit qui ? Que change un prénom ?",
    },
    facts = {
      { "La directive européenne sur le travail de plateforme (en vigueur depuis le 1er décembre 2024, à transposer par les États d’ici au 2 décembre 2026) imposera d’informer les travailleurs des systèmes automatisés qui les surveillent ou décident à leur sujet, avec un examen humain, et d’interdire qu’une décision de suspendre ou de fermer un compte soit prise par un algorithme seul.",
        source = "Directive (UE) 2024/2831, 2024" },
      { "Selon une enquête de l’OIT auprès de 3 500 travailleurs de cinq plateformes de micro-tâches, dans 75 pays, le gain moyen était de 4,43 $ de l’heure de travail payé, et de 3,31 $ une fois compté le temps non payé (chercher des tâches, passer des tests, travail refusé).",
        source = "Berg et al., Digital labour platforms and the future of work, OIT, 2018" },
    },
    vocabulary = {
      { "indicateur clé (KPI)", "chiffre choisi par une entreprise pour mesurer si elle atteint ses objectifs" },
      { "seuil d’accord", "part des contributeurs qui doivent donner la même réponse pour qu’une tâche soit validée ; en dessous, elle retourne dans la file, et personne n’est payé" },
      { "score de fiabilité", "part des réponses d’un contributeur acceptées sur ses cent dernières tâches ; chaque lot s’ouvre à partir d’un score" },
      { "accord inter-annotateurs", "mesure de la proportion de personnes qui donnent la même réponse à la même question" },
      { "astreinte", "période où un salarié, sans être au bureau, doit rester joignable pour intervenir" },
    },
  },
}

local TEAM = { "Claire", "Théo", "Marc" }
local nuee = require "lib.nuee"

-- A row of Claire's simulation: "refus 5,0 % · 0,022 € par label · accord 0,86".
-- Claire's simulation as a table (the dashboard's `table`): a row per
-- threshold, and a chart of the answers left unpaid.
local function sim_table(column)
  local head = { "Seuil", "Non payées", "Coût par label", "Accord" }
  if column then
    head[5] = ("Sous %d %%"):format(nuee.LOTS[9].bar)
  end
  local rows, bars = {}, {}
  for _, t in ipairs { 80, 88, 95 } do
    local r = nuee.simulate(t)
    local row = { ("%d %%"):format(t), nuee.fr_permille(r.unpaid), nuee.fr_cost(r.cost), nuee.fr_hundredths(r.agreement) }
    if column then
      row[5] = nuee.fr_int(r.under)
    end
    rows[#rows + 1] = row
    bars[#bars + 1] = r.unpaid
  end
  return { head = head, rows = rows, bars = bars, chart = 2 }
end

local function team_chat(clock)
  layout "chat" { channel = "#équipe-données", people = TEAM, clock = clock }
end

-- Scenes ------------------------------------------------------------------

scene("ch02.arrivee", function()
  layout "page" {}
  if not v.played_ch01 then
    note "Vous ouvrez ce chapitre sans avoir joué le premier : ce qui suit part de choix par défaut, pas des vôtres."
  end
  if v.withdrew then
    note "Ce lundi matin, à Creil, Yacine a retiré vingt euros."
  else
    note "Ce lundi matin, à Creil, Yacine n’a rien retiré ; il laisse grossir son solde."
  end
  if v.posted_comptoir then
    note "Il a écrit son premier message au Comptoir, sous le nom de Creil60."
  else
    note "Il n’a encore écrit à personne."
  end
  say "Le même lundi, à Paris."
  say "9 h 04, quai de Valmy. Nuée occupe le troisième étage d’un immeuble de bureaux, au-dessus d’un opticien et au-dessous d’une agence de voyages qui ne vend plus que des séminaires."
  say "Sur le mur du fond, en lettres blanches, le nom de la société, entouré d’un essaim de petits points bleus. Et dessous, plus petit : « Chaque clic compte »."
  say "Claire Morel glisse son vélo pliant sous son bureau. Sa tasse l’attend à côté du clavier, comme chaque matin : lavée, retournée sur un carré d’essuie-tout."
  say "Une tasse avec un renard, achetée au musée des Confluences un dimanche de pluie. Elle ne s’est jamais demandé qui la lavait. Le matin, le plateau sent le citron."
  say "Elle a trente et un ans, une thèse de statistique, deux écrans, un salaire de quatre mille trois cents euros net par mois, et un nombre qui porte son nom dans le code de production : le score de fiabilité."
  say("La part des réponses d’un contributeur que les autres ont confirmées, sur ses cent dernières tâches. Chaque lot s’ouvre à partir d’un score : le lot 9, le mieux payé des lots d’images et de textes, à {bar} %. Personne n’a besoin de lire une seule réponse.", { bar = nuee.LOTS[9].bar })
  say "C’est propre, c’est rapide, et avant le score, trois personnes relisaient à la main ce que cent mille autres produisaient. Claire en est fière. Elle a des raisons de l’être."
  say("Aujourd’hui, à 11 h, elle doit proposer un nouveau seuil d’accord. Il est à {t} % depuis le printemps.", { t = nuee.MONDAY_THRESHOLD })
  jump "ch02.canal"
end)

scene("ch02.canal", function()
  team_chat("9 h 06")
  say("Marc", "Bonjour à tous ! Rappel : point sur le seuil à 11 h, salle Canopée. Halo a écrit ce matin, je vous transfère. Rien d’insurmontable.")
  say("Théo", "bonjour")
  say("Théo", "pour info la file des tâches image s’est bloquée cette nuit à 3 h 40. j’ai relancé les workers, tout est reparti à 4 h 15")
  say("Théo", "post-mortem dans la journée. là je vais chercher un café")
  say("Marc", "Merci Théo, au top.")
  say "Chez Nuée, on ne dit jamais « travailleurs ». Le mot n’existe que dans le code, en anglais : les workers y sont des programmes."
  local c = choose {
    prompt = "Claire répond à Théo.",
    "« 3 h 40 ? Tu as réussi à te rendormir, après ? »",
    "« Des réponses perdues ? J’en ai besoin pour mes chiffres de 11 h. »",
    "Un pouce levé sous son message, sans un mot.",
  }
  if c == 1 then
    v.ch02_theo = "care"
    say("Claire", "3 h 40 ? Tu as réussi à te rendormir, après ?")
    say("Théo", "un peu. de 5 h à 7 h")
    say("Théo", "ça fait un cycle complet je crois. j’ai lu ça quelque part")
    say("Théo", "t’inquiète, ça va")
    say "Il écrit « t’inquiète » comme on tire une porte derrière soi, doucement, pour qu’elle ne claque pas."
  elseif c == 2 then
    v.ch02_theo = "work"
    say("Claire", "Des réponses perdues ? J’en ai besoin pour mes chiffres de 11 h.")
    say("Théo", "aucune perdue. elles ont attendu dans la file, 35 min de retard sur 8 000 tâches")
    say("Théo", "les contributeurs ont juste vu « Aucune tâche disponible » pendant 35 min")
    say("Théo", "je te mets les logs dans le doc")
    say "Les logs arrivent quatre minutes plus tard, propres, commentés. Il n’a pas pris son café."
  else
    v.ch02_theo = "thumb"
    say "Le petit pouce jaune rejoint celui de Marc sous le message de Théo. Deux pouces."
    say "Personne ne demande à Théo s’il s’est rendormi. Il ne s’est pas rendormi."
  end
  jump "ch02.courrier"
end)

scene("ch02.courrier", function()
  layout "mail" {
    from = "Marc Delaunay", to = "Claire Morel ; Théo Lambert",
    subject = "TR : Halo — calendrier de livraison",
  }
  say "Marc a ajouté une ligne au-dessus du message transféré : « Pour 11 h. On en parle calmement. M. »"
  say "Le message vient de Jonas Weber, responsable des données chez Halo. Il écrit en français, avec de l’anglais là où ça presse."
  say("Jonas Weber", "Bonjour Marc, comme évoqué jeudi, notre lancement public est avancé de trois semaines. Le board a tranché.")
  say("Jonas Weber", "Nous aurons donc besoin de la livraison complète, soit 2,4 millions de labels, d’ici jeudi en huit, 9 h.")
  say("Jonas Weber", "Côté qualité, nous maintenons notre exigence : un accord inter-annotateurs d’au moins 0,90 sur chaque lot.")
  say("Jonas Weber", "Nous savons que c’est ambitieux. Nous savons aussi que d’autres prestataires sont prêts à prendre le relais si nécessaire. Best, Jonas.")
  say "Claire relit la dernière phrase. Elle est écrite poliment. Elle pèse quand même."
  say "Halo, c’est quatre euros sur dix du chiffre d’affaires de Nuée. Tout le monde le sait. Marc le sait mieux que les autres : c’est lui qui a signé le contrat."
  jump "ch02.tableau"
end)

scene("ch02.tableau", function()
  local now = nuee.simulate(nuee.MONDAY_THRESHOLD)
  layout "dashboard" {
    rows = {
      { "Coût par label", nuee.fr_cost(now.cost) },
      { "Objectif fin de trimestre", nuee.fr_cost(nuee.COST_TARGET) },
      { "Labels livrés à Halo", nuee.fr_int(nuee.HALO_MONDAY) .. " / " .. nuee.fr_int(nuee.HALO_ORDER) },
      { "Accord inter-annotateurs", nuee.fr_hundredths(now.agreement) },
      { ("Réponses non payées (seuil %d %%)"):format(nuee.MONDAY_THRESHOLD), nuee.fr_permille(now.unpaid) },
      { "Contributeurs actifs (7 jours)", nuee.fr_int(nuee.contributors()) },
    },
    alert = "Halo : livraison complète dans 10 jours",
  }
  say "Le tableau de bord tient sur un seul écran. Claire l’a dessiné elle-même, en gris et en vert, parce que le rouge fatigue les yeux et affole les gens."
  say "Le chiffre du haut, c’est celui de Marc. Le coût par label : ce que Nuée verse aux contributeurs, divisé par le nombre d’étiquettes livrées à Halo."
  say "Le conseil d’administration veut 0,018 € avant la fin du trimestre. Une partie de la prime de Marc en dépend : jusqu’à vingt mille euros, versés en mars. Tout le monde le sait ; personne ne le dit à voix haute."
  say "Claire ouvre son notebook et rejoue la semaine dernière avec trois seuils différents. Le calcul prend quarante secondes."
  say "Elle regarde la barre de progression, puis la fenêtre, puis la barre."
  layout "dashboard" {
    table = sim_table(),
    alert = "Simulation sur la semaine dernière",
  }
  say "Plus le seuil monte, plus le coût descend. La raison tient en une ligne des conditions d’utilisation : une réponse refusée n’est pas payée, ni une tâche remise en file."
  say "Et une réponse non payée n’est pas jetée. Elle reste dans la base, elle est livrée avec les autres, elle compte encore dans le calcul de la majorité. Elle sert. Simplement, elle ne coûte rien."
  say "Claire le savait. Elle l’a écrit elle-même, il y a deux ans, dans une note technique, au paragraphe « Effets de bord »."
  say "Elle ne l’avait jamais vu en vert, en haut d’un tableau, avec trois décimales."
  discuss("Une réponse refusée n’est pas payée, mais elle est livrée quand même. Quand le seuil monte, qui y gagne, et qui y perd ?", { minutes = 4 })
  say("Il y a une autre colonne qu’elle pourrait calculer. Personne ne la lui a demandée : combien de contributeurs, leur score baissant, passeraient sous {bar} %, et perdraient le lot 9, le mieux payé.", { bar = nuee.LOTS[9].bar })
  local c = choose {
    prompt = "10 h 20. La réunion est dans quarante minutes.",
    "Calculer la colonne, et la mettre sur la diapositive",
    "S’en tenir à ce que Marc a demandé : trois seuils, trois coûts",
  }
  if c == 1 then
    v.ch02_column = true
    layout "dashboard" {
      table = sim_table(true),
      alert = "Simulation sur la semaine dernière",
    }
    say("Encore quarante secondes. {n}, à 95 %. Sur {all}.", { n = nuee.simulate(95).under, all = nuee.contributors() })
    say "Elle écrit « contributeurs » dans l’en-tête, l’efface, écrit « personnes ». Elle hésite, puis elle le laisse."
    say "Sous le tableau, en petits caractères, elle ajoute : « perdent l’accès au lot 9 »."
  else
    v.ch02_column = false
    say "Elle ne la calcule pas. Ce n’est pas la question posée, et une question qu’on n’a pas posée, dans une réunion de dix minutes, c’est une question qui en mange cinq."
    say "Elle aligne les trois lignes, choisit une police un peu plus grande pour les coûts, et ferme le notebook."
  end
  jump "ch02.reunion"
end)

scene("ch02.reunion", function()
  layout "page" {}
  say "11 h, salle Canopée : une boîte vitrée au milieu du plateau, avec un ficus en plastique que personne n’arrose et qui se porte très bien."
  say "Marc Delaunay entre avec deux téléphones et un gobelet. Quarante-six ans, des chemises repassées par un service qu’il paie à l’année, et une façon de dire « on » qui rassure les clients."
  say "Sur son poignet, une trace de feutre violet qu’il n’a pas vue."
  say "Théo est déjà là, la capuche baissée, le téléphone d’astreinte posé à l’envers sur la table, comme un animal qu’on espère endormi."
  say("Marc", "Vas-y, je t’écoute. Dix minutes : j’ai le président du conseil au téléphone à midi.")
  say("Claire", "Le seuil est à {t} %. Je rappelle la règle : chaque tâche passe devant plusieurs contributeurs ; si la part de ceux qui sont d’accord atteint le seuil, elle est validée et les réponses de la minorité sont refusées ; sinon, elle retourne dans la file, et personne n’est payé.", { t = nuee.MONDAY_THRESHOLD })
  say("Claire", "Je vous ai simulé trois seuils sur la semaine dernière.")
  say "Elle projette la diapositive. Marc la lit comme il lit tout, de droite à gauche, en commençant par les chiffres."
  say("Marc", ("À 95, on est à %s. C’est sous l’objectif. C’est sous l’objectif dès ce mois-ci, Claire."):format(nuee.fr_cost(nuee.simulate(95).cost)))
  say("Claire", "C’est aussi une réponse sur quatre qui n’est pas payée.")
  say("Marc", "Refusée parce qu’elle est mauvaise.")
  say("Claire", "Refusée parce que le score la juge mauvaise.")
  say("Marc", "Ton score.")
  say("Claire", "Mon score.")
  say("Théo", "À 95, on va recevoir des messages. Beaucoup.")
  say("Marc", "Qui les lit, les messages ?")
  say "Théo réfléchit, comme s’il cherchait vraiment."
  say("Théo", "Personne. C’est un peu le sujet.")
  say("Marc", "Gardons les proportions. Pour eux, c’est un complément de revenu. Un à-côté, le soir, devant la télé. C’est ce qui est écrit sur notre page d’accueil, et c’est vrai pour la plupart.")
  say "Claire ne dit rien. Elle n’a jamais cherché combien d’entre eux le font le matin, aussi."
  if v.ch02_column then
    say "Marc pose le doigt sur la dernière colonne, celle des personnes qui perdraient le lot 9."
    say("Marc", "Ça, il faut l’enlever avant que ça sorte de cette salle.")
    say("Marc", "Je ne dis pas que c’est faux. Je dis que le conseil ne sait pas quoi faire d’une ligne pareille, à part me demander pourquoi je la lui montre.")
    local under = nuee.simulate(95).under
    say("Théo", "{n} personnes, à 95. Mon village, dans le Jura, c’est neuf cents habitants. Ça fait {k} villages.", { n = under, k = under // 900 })
    say "Personne ne répond."
  end
  say "Marc repose son gobelet. Il parle plus lentement, et c’est à ça qu’on sait qu’il ne joue plus."
  say("Marc", "Je vais être franc avec vous. Si Halo part, on ne paie plus les salaires à l’été. Les vôtres. Le mien. Je ne vous fais pas peur, je vous montre le tableau entier.")
  say("Marc", "Claire, c’est ton score. Je ne vais pas choisir à ta place. Donne-moi un chiffre, et défends-le.")
  discuss("Avant de choisir le seuil : dans cette salle, qui connaît les personnes que ce chiffre va toucher ? Que faudrait-il savoir pour bien décider ?", { minutes = 5 })
  local function option(t, what)
    local r = nuee.simulate(t)
    return { ("%d %% — %s : %s par label, accord %s, %s de réponses non payées"):format(
      t, what, nuee.fr_cost(r.cost), nuee.fr_hundredths(r.agreement), nuee.fr_permille(r.unpaid)), value = t }
  end
  v.threshold = choose {
    prompt = "Le seuil d’accord, à partir de cette nuit :",
    option(80, "moins de refus, un coût qui monte, un accord sous l’exigence d’Halo"),
    option(88, "entre les deux"),
    option(95, "l’objectif de Marc dès ce mois-ci"),
  }
  jump "ch02.verdict"
end)

scene("ch02.verdict", function()
  local t = v.threshold
  if t == 80 then
    say("Claire", "Quatre-vingts.")
    say "Marc fait tourner son stylo entre deux doigts. Une fois, deux fois."
    say("Marc", "Tu me fais rater l’objectif et l’exigence d’Halo d’un seul coup. Tu as un argument, j’imagine.")
    say("Claire", "À 80, on garde les gens. Ceux qui se trompent un peu aujourd’hui seront bons dans un mois. À 95, on les perd, et on forme des nouveaux, qui se tromperont aussi.")
    say("Marc", "C’est un pari.")
    say("Claire", "Tout est un pari. Le mien a des données.")
    say "Elle ne sait pas tout à fait si c’est vrai. Elle sait que c’est bien dit, et qu’avec Marc, c’est parfois la même chose."
    say("Marc", "Alors c’est toi qui l’expliques à Jonas. Par écrit. Aujourd’hui.")
  elseif t == 88 then
    say("Claire", "Quatre-vingt-huit.")
    say "Marc fait le calcul à voix basse, bien qu’il soit écrit devant lui."
    say("Marc", ("%s. On y est presque. Je prends. On trouvera le reste ailleurs."):format(nuee.fr_cost(nuee.simulate(88).cost)))
    say "Théo souffle par le nez, longuement, comme quelqu’un qui pose un carton."
    say "Le compromis a ceci d’agréable qu’il ne donne tort à personne dans la pièce. Claire se demande, une seconde, à qui il donne tort hors de la pièce. Puis Marc se lève, et la seconde passe."
  else
    say("Claire", "Quatre-vingt-quinze.")
    say("Marc", "Merci.")
    say "Il le dit sans triomphe, presque doucement, comme on remercie quelqu’un qui vous a aidé à descendre un meuble par l’escalier."
    say "Théo retourne son téléphone d’astreinte, regarde l’écran vide, le repose à l’envers."
    say("Théo", "Je le déploie cette nuit. Quand la file est calme.")
  end
  say("Marc", "Parfait. Merci à vous deux. Vraiment.")
  say "Il est déjà au téléphone quand la porte vitrée se referme derrière lui. Par la vitre, on le voit sourire à quelqu’un qui n’est pas là."
  if v.ch02_theo == "care" then
    say("Théo", "Au fait. Merci pour ce matin. D’avoir demandé.")
    say("Claire", "Demandé quoi ?")
    say("Théo", "Si j’avais dormi.")
    say "Il sort avant qu’elle trouve quoi répondre. Elle reste seule dans la salle vitrée."
  else
    say("Théo", "Bon. J’y retourne.")
    say "Il sort en se frottant les yeux du plat de la main, comme un enfant au réveil. Claire remarque le geste. Elle le range quelque part, avec d’autres choses qu’elle remarque."
  end
  if t == 80 then
    jump "ch02.jonas"
  end
  jump "ch02.boite"
end)

scene("ch02.jonas", function()
  layout "mail" {
    from = "Claire Morel", to = "Jonas Weber",
    subject = "Seuil d’accord — notre choix",
  }
  say "Elle met une heure à écrire six lignes. Elle n’en a jamais écrit d’aussi courtes pour un client."
  say("Claire", "Bonjour Jonas, nous abaissons cette nuit notre seuil d’accord à 80 %. L’accord moyen baissera d’abord un peu.")
  say("Claire", "Nous gardons ainsi nos contributeurs les plus réguliers, qui progressent ; nos données montrent que l’accord remonte en trois semaines. Nous visons 0,90 à la livraison.")
  say "Elle relit « nos données montrent ». Elles montrent une tendance, sur un trimestre, avec un intervalle de confiance large comme le canal. Elle laisse la phrase."
  say "La réponse arrive à 16 h 12, en une ligne."
  say("Jonas Weber", "Noted. Nous regarderons le 0,90 à la livraison, pas avant. J.")
  jump "ch02.boite"
end)

scene("ch02.boite", function()
  team_chat()
  say("Théo", "claire tu savais qu’il y a une adresse contact@ ?")
  say("Claire", "Oui ?")
  say("Théo", "elle arrive dans une boîte que personne n’ouvre. je l’ai ouverte. 1 412 messages non lus")
  say("Théo", "le plus vieux a deux ans")
  say("Théo", "je t’en transfère un. celui d’hier. je sais pas pourquoi celui-là")
  layout "mail" {
    from = "Contributrice n° 48 213", to = "contact@nuee.fr",
    subject = "Réponse non conforme ???",
  }
  say("Josiane", "Bonjour, depuis jeudi on me refuse des réponses sur les photos de feux rouges. Je regarde bien pourtant. J’ai cinquante-deux ans et des lunettes, mais je regarde bien.")
  say("Josiane", "Je voudrais juste savoir ce que je fais mal. Il n’y a personne à qui demander. Si quelqu’un lit ceci, merci de me répondre. Josiane.")
  say "Claire connaît la réponse. Elle est dans son code : les autres ont vu autre chose. Josiane n’a pas mal regardé ; elle a regardé seule."
  say "Il existe un modèle de réponse, validé par le service juridique, que personne n’envoie jamais puisque personne n’ouvre la boîte."
  local c = choose {
    prompt = "Le curseur attend dans le champ « Répondre ».",
    "Lui répondre soi-même, avec de vraies phrases",
    "Lui envoyer le modèle du service juridique",
    "Refermer le message : il y en a mille quatre cents autres, et ce n’est pas son travail",
  }
  if c == 1 then
    v.ch02_reply = "answered"
    say("Claire", "Bonjour Josiane. Je m’appelle Claire, je travaille chez Nuée. Vos réponses ne sont pas lues par une personne : elles sont comparées à celles des autres contributeurs.")
    say("Claire", "Quand vous voyez autre chose que la majorité, la réponse est refusée. Cela ne veut pas dire que vous regardez mal. Je suis désolée de ne pas pouvoir vous en dire plus aujourd’hui.")
    say "Elle hésite sur « désolée ». Le juridique n’aimerait pas. Elle le laisse, et elle envoie avant de changer d’avis."
    say "C’est la première fois, en trois ans, qu’elle écrit à un contributeur. Elle s’aperçoit qu’elle ne sait pas à quoi ressemble Josiane, et qu’elle l’imagine quand même."
  elseif c == 2 then
    v.ch02_reply = "template"
    say("Claire", "Bonjour, nos équipes étudient votre demande avec attention. La qualité des contributions est évaluée selon des critères objectifs. Merci pour votre engagement. L’équipe Nuée.")
    say "Elle envoie. C’est une réponse. C’est même, techniquement, la réponse officielle."
    say "« Nos équipes. » Elle compte dans sa tête. Les équipes, ce matin, c’est elle et Théo."
  else
    v.ch02_reply = "none"
    say "Elle referme le message. Il retourne parmi les autres, mille quatre cent douze, dans une boîte où le plus vieux a deux ans."
    say("Claire", "Merci Théo. On en reparle quand on aura le temps.")
    say("Théo", "ok")
    say "Ils savent tous les deux ce que veut dire « quand on aura le temps ». Ils le disent quand même. C’est une politesse entre gens qui n’en ont pas."
  end
  jump "ch02.soir"
end)

scene("ch02.soir", function()
  layout "page" {}
  say "Après-midi de sprint. Des réunions de quinze minutes qui en durent quarante, des cafés, des petits points verts qui s’allument et s’éteignent sur le canal."
  say "À 19 h, Marc s’arrête au bureau de Claire, le manteau déjà sur le dos."
  local t = v.threshold
  if t == 95 then
    say("Marc", "Le président était content. Il a dit « enfin ». C’est un homme qui dit « enfin » comme d’autres disent merci.")
  elseif t == 88 then
    say("Marc", "Le président a dit « presque ». C’est son mot préféré. Il me le dit depuis trois ans.")
  else
    say("Marc", "Le président a demandé qui avait décidé. J’ai dit « nous ».")
    say "Il le dit simplement, sans en faire un cadeau. Claire comprend quand même que c’en est un."
  end
  say "Il remarque la trace violette sur son poignet, la frotte du pouce, sourit."
  say("Marc", "Ma fille. Elle dessine sur moi quand je lis mes mails à table. C’est de bonne guerre.")
  say("Marc", "Ne reste pas trop tard.")
  say "Il dit ça tous les soirs."
  if v.ch02_theo == "care" then
    say "À 20 h 10, Théo part à son tour, le téléphone d’astreinte dans la poche de son sweat. Depuis l’ascenseur, il lui fait un signe, un vrai, les cinq doigts."
  else
    say "À 20 h 10, Théo part sans dire au revoir. Claire ne le remarque qu’en voyant son siège vide, encore tourné vers l’écran, comme s’il allait revenir s’asseoir."
  end
  say "Le plateau s’éteint par zones quand plus rien n’y bouge. À 21 h, il ne reste que la sienne : un carré de lumière au milieu du noir, avec elle dedans."
  say "Elle relance la simulation. Elle ne cherche rien de précis. Elle veut voir la courbe encore une fois avant qu’elle devienne vraie."
  say "Elle mange un yaourt à la cuillère en plastique, les yeux sur l’écran. Elle oublie son thé, qui refroidit dans la tasse au renard."
  jump "ch02.minuit"
end)

scene("ch02.minuit", function()
  team_chat("23 h 58")
  say("Théo", "déploiement dans deux minutes. je suis chez moi, je surveille")
  say("Claire", "Je suis là aussi.")
  say("Théo", "t’es encore au bureau ?")
  say("Claire", "…Oui.")
  say("Théo", "rentre. il y en a un de nous deux qui doit dormir, statistiquement")
  say("Théo", "agreement_threshold 0.85 → 0.{threshold}")
  bind { clock = "0 h 07" }
  say("Théo", "déployé. tout est vert")
  local t = v.threshold
  if t == 95 then
    say("Théo", "0 h 31 : premiers messages sur le Comptoir. « ils ont serré la vis ». ça leur a pris vingt-quatre minutes")
  elseif t == 88 then
    say("Théo", "0 h 31 : sur le Comptoir quelqu’un demande si c’est lui ou si c’est plus dur ce soir. personne répond encore")
  else
    say("Théo", "0 h 31 : sur le Comptoir quelqu’un écrit « Nuée est de bonne humeur ce soir, profitez ». trois personnes ont mis un cœur")
  end
  say("Claire", "Tu lis le Comptoir ?")
  say("Théo", "la nuit. ça m’endort")
  say("Théo", "en théorie")
  jump "ch02.menage"
end)

-- What the first half hour after the deployment looks like on Claire's left
-- screen, by threshold.
local CURVE = {
  [80] = "La courbe des refus a plongé à minuit sept, d’un coup, comme une marche d’escalier qu’on descend.",
  [88] = "La courbe des refus a fait une petite marche à minuit sept, vers le haut, et elle s’y tient.",
  [95] = "La courbe des refus a bondi à minuit sept. Elle ne redescend pas. Elle ne redescendra pas : c’est le but.",
}

scene("ch02.menage", function()
  layout "page" {}
  say "0 h 52. Une zone se rallume au bout du plateau, puis une autre. Quelqu’un avance vers elle, et les néons s’allument devant ses pas."
  say "Un chariot gris, deux seaux, un aspirateur qu’on porte sur le dos, un rouleau de sacs poubelle. Une femme d’une soixantaine d’années, polaire bleu marine, gants roses, un seul écouteur dans l’oreille."
  say "Sur le chariot, dans une pochette en plastique, un téléphone posé à plat. L’écran s’allume : une notification, puis la photo du fond d’écran, un homme d’une trentaine d’années qui fait une grimace à l’objectif."
  say "Claire a son casque sur les oreilles. Sur l’écran de droite, du code. Sur celui de gauche, les refus de la dernière heure."
  say(CURVE[v.threshold])
  say "Elle lit les chiffres à mi-voix. Habitude de thèse ; elle ne s’entend plus le faire."
  local c = choose {
    prompt = "Le chariot s’arrête à deux bureaux du sien.",
    "Enlever le casque. Dire bonsoir.",
    "Garder le casque. Lever les pieds quand l’aspirateur passera.",
  }
  if c == 1 then
    v.claire_saw_cleaner = true
    jump "ch02.malika"
  end
  v.claire_saw_cleaner = false
  say "L’aspirateur passe sous son bureau. Claire soulève les pieds sans quitter l’écran."
  say "La femme vide la corbeille, essuie le bord du bureau, prend la tasse au renard où refroidit un fond de thé."
  say "Elle dit quelque chose. À travers le casque, Claire entend « bonne soirée », ou peut-être « bon courage ». Elle répond « merci », sans savoir à quoi."
  say "Les néons suivent le chariot jusqu’à l’autre bout du plateau, et s’éteignent derrière lui, une zone après l’autre."
  say "Sur le chariot, dans sa pochette, l’homme qui grimace s’est rallumé une fois encore. Claire ne l’a pas vu. Il n’y avait aucune raison pour qu’elle le voie."
  jump "ch02.nuit"
end)

scene("ch02.malika", function()
  say("Claire", "Bonsoir.")
  say("La femme de ménage", "Bonsoir. Je vous dérange pas ? Je peux revenir après.")
  say("Claire", "Non, non, allez-y. C’est moi qui suis en retard.")
  say("La femme de ménage", "En retard, à une heure du matin.")
  say "Elle rit, d’un petit rire qui ne se moque pas. Puis elle montre la tasse du menton."
  say("La femme de ménage", "C’est vous, la tasse avec le renard.")
  say("Claire", "Pardon ?")
  say("La femme de ménage", "Je la lave toutes les nuits. Il y a toujours un fond de thé froid dedans. Je me suis dit : c’est quelqu’un qui oublie de boire.")
  say "Claire regarde sa tasse. Un fond de thé froid."
  say("Claire", "C’est vrai. J’oublie.")
  say "Deux ans qu’elle trouve sa tasse propre le matin. Deux ans qu’elle ne s’est pas demandé pourquoi."
  say("Claire", "Pardon. Je ne vous ai jamais demandé votre prénom. Je m’appelle Claire.")
  say("Malika", "Malika.")
  say "Elle le dit simplement, comme une chose qu’on aurait pu demander plus tôt. Elle n’en fait pas un reproche."
  say "Malika regarde l’écran de gauche, sans gêne, comme on regarde par une fenêtre."
  say("Malika", "Et vos courbes, là. C’est bien ou c’est pas bien ?")
  say("Claire", "Ça dépend pour qui. Des gens font de petites tâches sur internet, pour nous. Moi, je leur donne une note. Pour savoir si on peut leur faire confiance.")
  if v.ch01_mother == "truth" then
    say("Malika", "Des photos ? Dire ce qu’il y a sur des photos ? Mon fils fait ça. Il me l’a dit ce matin. Quelques centimes la photo.")
    say("Malika", "Je lui ai demandé s’ils le payaient vraiment. Il m’a dit : « à partir de vingt euros ».")
  elseif v.ch01_mother == "joke" then
    say("Malika", "Mon fils aussi, il travaille sur l’ordinateur. Il dit qu’il apprend aux voitures à reconnaître les passages piétons.")
    say("Malika", "Je ne sais pas si c’est vrai. Avec lui, on ne sait jamais. Il prend sa voix de la télé.")
  else
    say("Malika", "Mon fils aussi, il travaille sur l’ordinateur. Toute la journée. Des missions, il dit.")
    say("Malika", "Je ne sais pas lesquelles. Je ne demande pas. Il n’aime pas quand je demande.")
  end
  say "Claire pense au tableau : onze mille trois cent quatre-vingt-quatre contributeurs actifs. Il n’y a aucune raison pour que ce soit lui. Il y a des milliers de gens devant des ordinateurs, toute la journée."
  say("Malika", "Et le mot, sur le mur ? Avec les petits points. Ça veut dire quoi ?")
  say("Claire", "Nuée. C’est un nuage, mais d’oiseaux, ou d’insectes. Beaucoup de petites choses qui volent ensemble.")
  say("Malika", "Ah. Je croyais que c’étaient des moucherons.")
  say("Claire", "C’est un peu des moucherons.")
  say "Elles rient toutes les deux, pas très fort, parce que le plateau est vide et que le rire y fait de l’écho."
  local c = choose {
    prompt = "Malika remet son écouteur en place.",
    "Lui demander si elle rentre loin, cette nuit",
    "Lui demander pour qui travaille son fils",
    "Ne rien demander de plus",
  }
  if c == 1 then
    v.ch02_cleaner_talk = "home"
    say("Claire", "Vous rentrez loin ?")
    say("Malika", "Creil. Je finis à cinq heures et demie, je prends le train, je suis à la maison avant huit heures. Mon fils est déjà devant son ordinateur quand j’arrive.")
    say("Malika", "Il dit que les bonnes missions partent tôt.")
    say "Claire hoche la tête. Elle sait à quelle heure partent les bonnes tâches. C’est elle qui a tracé la courbe."
  elseif c == 2 then
    v.ch02_cleaner_talk = "son"
    say("Claire", "Il travaille pour qui, votre fils ?")
    say("Malika", "Il ne dit pas le nom. Il dit « la plateforme ». Comme on dit « la mairie », ou « la Sécu ».")
    say "Il y a des dizaines de plateformes. Claire le sait. Elle le pense très fort, pour que ce soit vrai."
  else
    v.ch02_cleaner_talk = "none"
    say "Claire ne demande rien. Le silence est confortable, pour une fois ; c’est un silence à deux."
  end
  say("Malika", "Rentrez chez vous, Claire. Vous êtes plus fatiguée que moi.")
  say "Claire rit. Elle ne rentre pas."
  say "Malika prend la tasse au renard et l’emporte vers la cuisine."
  say("Claire", "Vous n’êtes pas obligée…")
  say "Mais le chariot s’éloigne déjà, et les néons le suivent."
  jump "ch02.nuit"
end)

scene("ch02.nuit", function()
  layout "page" {}
  say "1 h 24. Claire éteint ses deux écrans. Sa zone attend trente secondes, par politesse, puis s’éteint derrière elle."
  say "Dans l’escalier, elle relit le canal sur son téléphone. Théo a écrit une dernière ligne à 1 h 20 : « tout est vert »."
  say "Tout est vert. Elle a dessiné le tableau pour que ce soit le cas."
  say "Quai de Valmy, au troisième étage, une seule zone reste allumée. Elle avance lentement vers le fond du plateau, à la vitesse d’un chariot."
  say "Dans la cuisine, sur l’égouttoir, une tasse avec un renard sèche à l’envers."
  v.played_ch02 = true
  end_chapter()
end)
