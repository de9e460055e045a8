-- story/teacher/ch02.lua: the notes for teachers of chapter 2, read by
-- `ficelle teacher --chapter 2` (the teacher's pack) and `ficelle handout
-- --short` (the summary and the key passages). Plain data; each text in French
-- and English. The worksheet's {placeholders} are the story's variables at the
-- end of the chapter's main path (the first option of every choice: there,
-- Claire sets the threshold at 80 %). Its other figures are those the story
-- shows on Claire's screens (story/lib/nuee.lua computes them: change a rule
-- there and check them again) and in its text (her salary, Marc's bonus).
---@type TeacherNotes
return {
  blurb = {
    fr = "Le même lundi, dans les bureaux de Nuée à Paris. Claire a écrit le score qui juge les contributeurs ; ce matin, on lui demande de régler un seuil.",
    en = "The same Monday, in Nuée’s offices in Paris. Claire wrote the score that judges the contributors; this morning she is asked to set a threshold.",
  },
  summary = {
    fr = "Le même lundi, à Paris, quai de Valmy, dans les bureaux de Nuée. Claire Morel, data scientist, a écrit le score de fiabilité qui juge les contributeurs sans que personne lise leurs réponses. Halo, le client qui fait vivre l’entreprise, avance son lancement et menace à mots polis d’aller voir ailleurs. Marc, le directeur des opérations, doit faire baisser le coût par label : sa prime en dépend. Claire découvre, en simulant trois seuils d’accord, qu’une réponse refusée n’est pas payée mais reste livrée au client : plus le seuil est sévère, moins le travail coûte. Le lecteur choisit le seuil, 80, 88 ou 95 %, et ce chiffre décidera des chapitres suivants. Théo, l’ingénieur d’astreinte, ouvre une boîte de 1 412 messages que personne ne lit. La nuit, une femme de ménage passe au bureau de Claire : c’est la mère de Yacine, qu’elle voit, ou ne voit pas.",
    en = "The same Monday, in Paris, on the quai de Valmy, in Nuée’s offices. Claire Morel, a data scientist, wrote the reliability score that judges contributors without anyone reading their answers. Halo, the client the company lives on, brings its launch forward and politely hints that it could go elsewhere. Marc, the chief operating officer, must bring down the cost per label: his bonus depends on it. Simulating three agreement thresholds, Claire sees that a refused answer is not paid yet is still delivered to the client: the stricter the threshold, the less the work costs. The reader sets the threshold, 80, 88 or 95%, and that figure will decide the chapters that follow. Théo, the engineer on call, opens an inbox of 1,412 messages nobody reads. At night a cleaner passes Claire’s desk: Yacine’s mother, whom she sees, or does not see.",
  },
  content_note = nil,
  objectives = {
    { fr = "Expliquer comment un indicateur (le coût par label) et une règle technique (le seuil d’accord) transforment une décision de bureau en revenus perdus pour d’autres.",
      en = "Explain how an indicator (the cost per label) and a technical rule (the agreement threshold) turn an office decision into income lost by other people." },
    { fr = "Repérer les contraintes qui pèsent sur chaque personnage (client, conseil d’administration, prime, délai) et se demander qui décide vraiment.",
      en = "Identify the pressures on each character (client, board, bonus, deadline) and ask who really decides." },
    { fr = "Lire les chiffres d’un tableau de bord : ce qu’ils montrent, ce qu’ils laissent hors du cadre (les personnes sous le seuil, les messages non lus).",
      en = "Read the figures of a dashboard: what they show, and what they leave out of the frame (the people under the bar, the unread messages)." },
  },
  subjects = {
    { subject = { fr = "SES", en = "Economics and social sciences" },
      link = { fr = "L’entreprise et ses indicateurs ; la relation avec un client dominant ; qui supporte le coût d’une baisse des coûts.",
               en = "The firm and its indicators; dependence on one large client; who bears the cost of a cost cut." } },
    { subject = { fr = "EMC", en = "Civic and moral education" },
      link = { fr = "La responsabilité dans une organisation ; le droit à une explication face à une décision automatisée (la directive européenne de la carte).",
               en = "Responsibility in an organisation; the right to an explanation of an automated decision (the EU directive on the card)." } },
    { subject = { fr = "SNT / NSI", en = "Computing" },
      link = { fr = "Un algorithme de décision : un seuil, une majorité, un score ; simuler l’effet d’un paramètre sur des données.",
               en = "A decision algorithm: a threshold, a majority, a score; simulating the effect of a parameter on data." } },
    { subject = { fr = "Philosophie", en = "Philosophy" },
      link = { fr = "Autrui et la reconnaissance : ce que change le fait de demander un prénom.",
               en = "Others and recognition: what asking someone’s first name changes." } },
  },
  lesson = {
    { question = 1,
      points = { fr = "Le coût par label divise ce que Nuée verse aux contributeurs par les étiquettes livrées : une réponse refusée ne coûte rien mais reste livrée, et elle compte encore dans la majorité. La baisse est payée par les contributeurs refusés, sans qu’ils le sachent. Faire relever dans le texte la phrase des conditions d’utilisation, et la note technique de Claire, « Effets de bord ».",
                 en = "The cost per label divides what Nuée pays contributors by the labels delivered: a refused answer costs nothing yet is still delivered, and still counts in the majority. The refused contributors pay for the saving without knowing it. Have the class find the line from the terms of use, and Claire’s technical note, “Side effects”." } },
    { question = 2,
      points = { fr = "Personne ne décide seul : Halo fixe le délai et l’exigence d’accord, le conseil fixe l’objectif de coût, la prime de Marc y est liée, Marc laisse le chiffre à Claire. On attend la chaîne des contraintes, puis la question de ceux qui ne sont pas dans la salle et qui en portent l’effet.",
                 en = "Nobody decides alone: Halo sets the deadline and the agreement it requires, the board sets the cost target, Marc’s bonus is tied to it, and Marc leaves the figure to Claire. Expect the chain of pressures, then the question of those who are not in the room and bear its effect." } },
    { question = 4,
      points = { fr = "Claire ne s’est jamais demandé qui lavait sa tasse ; Marc ne lit pas les messages ; les contributeurs sont un nombre sur un écran. Demander « Malika » fait d’une fonction une personne, et relie, sans que Claire le sache, le bureau à la chambre de Creil. Comparer avec le mot « contributeurs » du chapitre 1.",
                 en = "Claire never wondered who washed her mug; Marc does not read the messages; the contributors are a number on a screen. Asking “Malika” turns a function into a person and, without Claire knowing it, links the office to the bedroom in Creil. Compare with the word “contributors” in chapter 1." } },
  },
  worksheet = {
    { question = { fr = "Dans la simulation de Claire, le coût par label est de 0,022 € au seuil de 80 %, et de 0,017 € au seuil de 95 %. Halo a commandé 2 400 000 labels. Quelle est la différence sur la commande entière ? Qui ne reçoit pas cette somme ?",
                   en = "In Claire’s simulation the cost per label is €0.022 at an 80% threshold and €0.017 at 95%. Halo has ordered 2,400,000 labels. What difference does that make over the whole order? Who does not receive that money?" },
      answer = { fr = "0,005 € × 2 400 000 = 12 000 €, que Nuée ne verse pas aux contributeurs : des réponses refusées, ou des tâches remises en file, qui ne sont pas payées. À comparer avec la prime de Marc, jusqu’à 20 000 €.",
                 en = "€0.005 × 2,400,000 = €12,000 that Nuée does not pay contributors: refused answers, or tasks sent back to the queue, left unpaid. Compare with Marc’s bonus, up to €20,000." } },
    { question = { fr = "Sur 11 384 contributeurs actifs, la colonne de Claire compte ceux qui passeraient sous 85 % et perdraient le lot 9 : 234 au seuil de 80 %, 3 384 à 88 %, 6 884 à 95 %. Quelle part est-ce, à chaque seuil ? Sur ce parcours, Claire a choisi {threshold} %.",
                   en = "Of 11,384 active contributors, Claire’s column counts those who would fall under 85% and lose Lot 9: 234 at an 80% threshold, 3,384 at 88%, 6,884 at 95%. What share is that at each threshold? On this path Claire chose {threshold}%." },
      answer = { fr = "Environ 2 %, 30 % et 60 %. À 95 %, plus d’un contributeur sur deux perd les tâches les mieux payées ; Théo en fait « sept villages » de neuf cents habitants.",
                 en = "About 2%, 30% and 60%. At 95%, more than one contributor in two loses the best-paid tasks; Théo makes it “seven villages” of nine hundred people." } },
    { question = { fr = "Claire gagne 4 300 € net par mois. Une image rapporte 0,03 € à un contributeur, qui a 40 secondes pour y répondre. Combien d’images faudrait-il étiqueter pour gagner un mois de Claire ? Combien d’heures, sans aucune attente ni aucun refus ?",
                   en = "Claire earns €4,300 net a month. An image pays a contributor €0.03, with 40 seconds to answer it. How many images would it take to earn one month of Claire’s pay? How many hours, with no waiting and no refusal at all?" },
      answer = { fr = "4 300 ÷ 0,03 ≈ 143 300 images ; × 40 s ≈ 1 590 heures, soit environ 160 journées de dix heures : plus de cinq mois sans un seul jour de repos.",
                 en = "4,300 ÷ 0.03 ≈ 143,300 images; × 40 s ≈ 1,590 hours, about 160 ten-hour days: more than five months without a single day off." } },
  },
  passages = { "ch02.tableau", "ch02.menage" },
  references = {
    { fr = "Directive (UE) 2024/2831 sur le travail de plateforme, 2024 : en vigueur depuis le 1er décembre 2024, à transposer par les États membres d’ici au 2 décembre 2026.",
      en = "Directive (EU) 2024/2831 on platform work, 2024: in force since 1 December 2024, to be transposed by the member states by 2 December 2026." },
    { fr = "Berg et al., Digital labour platforms and the future of work, OIT, 2018 (chiffres cités d’après une source secondaire).", en = "Berg et al., Digital labour platforms and the future of work, ILO, 2018 (figures cited from a secondary source)." },
  },
}
