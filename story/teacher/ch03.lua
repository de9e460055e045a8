-- story/teacher/ch03.lua: the notes for teachers of chapter 3, read by
-- `ficelle teacher --chapter 3` (the teacher's pack) and `ficelle handout
-- --short` (the summary and the key passages). Plain data; each text in French
-- and English. The worksheet's {placeholders} are the story's variables at the
-- end of the chapter's main path (the first option of every choice: opened on
-- its own, the chapter starts from its defaults, the threshold at 88 %, and on
-- that path Yacine takes Lot 7). The Lot 7 figures (184 texts from 11 h 03 to
-- 15 h 48, 0,09 € a text) are the chapter's own constants and nuee.PAY.
---@type TeacherNotes
return {
  blurb = {
    fr = "Le mardi, à Creil. Des lignes rouges apparaissent dans l’historique de Yacine, sans explication, et les tâches les mieux payées s’éloignent.",
    en = "Tuesday, in Creil. Red lines appear in Yacine’s history with no reason given, and the best-paid tasks slip out of reach.",
  },
  summary = {
    fr = "Le mardi, à Creil. Le seuil réglé la veille dans les bureaux de Nuée est arrivé dans la nuit, avec un bandeau jaune : « Contrôle qualité renforcé ». Yacine ne le sait pas ; il voit seulement, dans son historique, des lignes rouges « non conforme » et des lignes grises « remise en file », sans explication. Son score de fiabilité baisse, et avec lui l’accès aux tâches les mieux payées. Il conteste un rejet : la réponse automatique arrive en quatre secondes. Sur le Comptoir, il retrouve Ranto, qui fait les mêmes tâches depuis Antananarivo, entre deux coupures de courant. Le lot 7, la modération de textes violents pour Halo, paie trois fois le tarif des images ; Yacine le prend ou non, et l’effet de ces textes se lit dans son corps et dans sa nuit. Sa sœur Nadia, infirmière, lui demande enfin ce qu’il fait de ses journées.",
    en = "Tuesday, in Creil. The threshold set the day before in Nuée’s offices went live during the night, with a yellow banner: “Quality control strengthened”. Yacine does not know it; he only sees, in his history, red lines, “non-compliant”, and grey ones, “sent back to the queue”, with no explanation. His reliability score falls, and with it his access to the best-paid tasks. He disputes a rejection: the automatic answer comes in four seconds. On Le Comptoir he finds Ranto, who does the same tasks from Antananarivo, between power cuts. Lot 7, moderating violent texts for Halo, pays three times the rate of images; Yacine takes it or not, and what those texts do shows in his body and his night. His sister Nadia, a nurse, at last asks him what he does all day.",
  },
  content_note = {
    fr = "Ce chapitre évoque la modération de textes haineux et violents (le lot 7). Aucun de ces textes n’est reproduit : le récit montre seulement leur effet sur Yacine (la mâchoire serrée, la porte vérifiée, l’insomnie). En classe, le mode classe remplace le passage par un résumé sobre, et les choix restent offerts. Nous le conseillons à partir de 15 ans environ. Prévenez la classe avant de lire, laissez à chacun la possibilité de ne pas lire ce passage, et rappelez vers qui se tourner dans l’établissement (infirmière, CPE, psychologue de l’Éducation nationale).",
    en = "This chapter touches on the moderation of hateful and violent texts (Lot 7). None of those texts is reproduced: the story shows only what they do to Yacine (his clenched jaw, the door he checks, the sleepless night). In classroom mode the passage gives way to a sober summary, and its choices are still offered. We suggest it from about age 15. Tell the class before reading, let anyone leave that passage unread, and remind pupils whom they can turn to at school (the school nurse, pastoral staff, the school psychologist).",
  },
  objectives = {
    { fr = "Suivre une décision technique (le seuil d’accord du chapitre 2) jusqu’à ses effets sur une personne : revenus non payés, score, tâches fermées.",
      en = "Follow a technical decision (chapter 2’s agreement threshold) to what it does to one person: unpaid work, a falling score, closed lots." },
    { fr = "Comprendre ce qu’est la modération de contenus, pourquoi elle est nécessaire à un assistant conversationnel, et ce qu’elle coûte à ceux qui la font.",
      en = "Understand what content moderation is, why a conversational assistant needs it, and what it costs those who do it." },
    { fr = "Comparer des situations de travail à distance : Creil et Antananarivo, les mêmes tâches, les mêmes centimes, qui ne valent pas la même chose.",
      en = "Compare remote working lives: Creil and Antananarivo, the same tasks, the same cents, which are not worth the same." },
  },
  subjects = {
    { subject = { fr = "SES", en = "Economics and social sciences" },
      link = { fr = "Le travail à la tâche et sa sous-traitance internationale ; revenu, pouvoir d’achat, précarité.",
               en = "Piece work and its international subcontracting; income, purchasing power, insecurity." } },
    { subject = { fr = "EMC", en = "Civic and moral education" },
      link = { fr = "Le droit à une explication et à un recours humain face à une décision automatisée ; la santé au travail.",
               en = "The right to an explanation and to human review of an automated decision; health at work." } },
    { subject = { fr = "SNT / NSI", en = "Computing" },
      link = { fr = "La modération et les filtres de toxicité : des données étiquetées par des humains pour qu’une machine trie à leur place.",
               en = "Moderation and toxicity filters: data labelled by people so that a machine can sort in their place." } },
    { subject = { fr = "Philosophie", en = "Philosophy" },
      link = { fr = "Le travail et l’aliénation : ce que le travail fait au corps et à l’esprit ; dire ou taire son travail.",
               en = "Work and alienation: what work does to body and mind; telling one’s work, or keeping it quiet." } },
  },
  lesson = {
    { question = 2,
      points = { fr = "Reconstituer la chaîne : un chiffre choisi dans une salle vitrée, déployé à minuit sept, devient un bandeau jaune, des lignes rouges et grises, un score qui baisse, un lot qui disparaît. Personne n’a voulu nuire à Yacine ; personne ne lui a rien dit. Si la classe a lu le chapitre 2 avec un autre seuil, comparer les historiques (ficelle handout --set threshold=95).",
                 en = "Rebuild the chain: a figure chosen in a glass meeting room, deployed at seven minutes past midnight, becomes a yellow banner, red and grey lines, a falling score, a lot that disappears. Nobody meant to harm Yacine; nobody told him anything. If the class read chapter 2 with another threshold, compare the histories (ficelle handout --set threshold=95)." } },
    { question = 1,
      points = { fr = "Sans explication, Yacine ne peut ni apprendre ni se défendre : il relit les consignes, doute de ses yeux, et contester lui coûte encore du temps non payé. La réponse en quatre secondes montre qu’il n’y a personne. Relier au repère sur Mechanical Turk (un rejet ferme aussi l’accès aux tâches suivantes) et à la directive européenne du chapitre 2 (examen humain des décisions automatisées).",
                 en = "Without an explanation Yacine can neither learn nor defend himself: he rereads the instructions, doubts his eyes, and disputing costs him more unpaid time. The answer in four seconds shows there is nobody there. Link to the fact on Mechanical Turk (a rejection also closes the door to later tasks) and to chapter 2’s EU directive (human review of automated decisions)." } },
    { question = 3,
      points = { fr = "Le lot 7 paie mieux parce que personne ne veut le faire ; son coût ne figure sur aucun relevé : la fatigue, l’insomnie, le silence, ce qu’on ne raconte pas à sa sœur. Le repère sur les modérateurs du Kenya montre que ce travail existe, avec un écart entre ce que paie le client et ce que touchent les salariés. Garder la discussion sur les conditions de travail, pas sur le contenu des textes.",
                 en = "Lot 7 pays better because nobody wants to do it; its cost appears on no statement: the tiredness, the sleepless night, the silence, what one does not tell one’s sister. The fact on the moderators in Kenya shows this work exists, with a gap between what the client pays and what the employees take home. Keep the discussion on working conditions, not on what the texts say." } },
  },
  worksheet = {
    { question = { fr = "À 10 h 12, sur les 140 tâches faites depuis le matin, {ch03_rejected} ne sont pas payées (refusées ou remises en file), et son score de fiabilité est tombé à {reliability} %. Quelle part de ses tâches est-ce ? Combien de temps de travail, à 50 secondes la tâche, attente comprise ? Combien de points lui reste-t-il avant les 85 % qui ouvrent le lot 9 ?",
                   en = "At 10:12 a.m., of the 140 tasks done since morning, {ch03_rejected} are not paid (refused or sent back to the queue), and his reliability score has fallen to {reliability}%. What share of his tasks is that? How much working time, at 50 seconds a task, waiting included? How many points has he left above the 85% that opens Lot 9?" },
      answer = { fr = "{ch03_rejected} sur 140, puis {ch03_rejected} × 50 secondes, à convertir en minutes ; et l’écart entre {reliability} % et 85 %. Yacine peut compter ses lignes rouges et grises ; il ne connaît ni le seuil d’accord ni la règle du score, et ne peut pas savoir pourquoi elles sont là.",
                 en = "{ch03_rejected} out of 140, then {ch03_rejected} × 50 seconds, in minutes; and the gap between {reliability}% and 85%. Yacine can count his red and grey lines; he knows neither the agreement threshold nor the score’s rule, and cannot tell why they are there." } },
    { question = { fr = "De 11 h 03 à 15 h 48, Yacine modère 184 textes du lot 7, à 0,09 € le texte. Combien aurait-il gagné si tous avaient été payés ? Combien de l’heure ? Comparez avec le repère de la carte sur les modérateurs du Kenya.",
                   en = "From 11:03 a.m. to 3:48 p.m., Yacine moderates 184 Lot 7 texts, at €0.09 a text. How much would he have earned had all been paid? How much an hour? Compare with the card’s fact on the moderators in Kenya." },
      answer = { fr = "184 × 0,09 € = 16,56 € en 4 h 45, soit environ 3,50 € de l’heure avant les refus. Les modérateurs du Kenya touchaient 1,32 à 2 dollars de l’heure : ni la même monnaie, ni le même pays, ni le même statut (ils étaient salariés d’un sous-traitant), mais le même ordre de grandeur, pour un travail que le client payait 12,50 dollars de l’heure par salarié.",
                 en = "184 × €0.09 = €16.56 in 4 h 45 min, about €3.50 an hour before refusals. The moderators in Kenya took home $1.32 to $2 an hour: not the same currency, country or status (they were employees of a subcontractor), but the same order of magnitude, for work the client paid $12.50 an hour per employee." } },
    { question = { fr = "Ce mardi, Nuée a crédité Yacine de {earned:euros}, puis lui en a repris {unpaid:euros}. Son solde est passé de {ledger_opening:euros} le matin à {balance:euros} le lendemain à l’aube. Combien la journée a-t-elle rapporté ? Elle a duré de 6 h 04 à 21 h : combien de l’heure, pauses comprises ?",
                   en = "This Tuesday, Nuée credited Yacine with {earned:euros}, then took {unpaid:euros} back. His balance went from {ledger_opening:euros} in the morning to {balance:euros} at dawn the next day. How much did the day bring in? It lasted from 6:04 a.m. to 9 p.m.: how much an hour, breaks included?" },
      answer = { fr = "{day_earned:euros}, les crédits moins ce qui a été repris, soit aussi la différence entre les deux soldes. Sur une quinzaine d’heures, à peu près un quinzième de cette somme de l’heure ; et la nuit sans sommeil n’entre dans aucun calcul.",
                 en = "{day_earned:euros}: the credits minus what was taken back, which is also the difference between the two balances. Over some fifteen hours, about a fifteenth of that an hour; and the sleepless night enters no sum." } },
  },
  passages = { "ch03.rejets", "ch03.lot7" },
  references = {
    { fr = "Billy Perrigo, TIME, 18 janvier 2023.", en = "Billy Perrigo, TIME, 18 January 2023." },
    { fr = "Amazon Mechanical Turk, documentation destinée aux clients (requesters) : approbation et rejet du travail, taux d’approbation exigé.",
      en = "Amazon Mechanical Turk, documentation for requesters: approving and rejecting work, required approval rate." },
    { fr = "DiPLab (Digital Platform Labor), recherches de 2022 sur la sous-traitance du travail des données à Madagascar par des entreprises françaises d’intelligence artificielle (citées d’après une source secondaire).",
      en = "DiPLab (Digital Platform Labor), 2022 research on French AI companies subcontracting data work to Madagascar (cited from a secondary source)." },
    "Antonio A. Casilli, En attendant les robots. Enquête sur le travail du clic, Seuil, 2019.",
  },
}
