-- story/teacher/ch08.lua: the notes for teachers of chapter 8, the epilogue,
-- read by `ficelle teacher --chapter 8` and `ficelle handout --short`. Plain
-- data; each text in French and English. The worksheet's {placeholders} are
-- the story's variables at the end of the chapter's main path (opened on its
-- own, from its defaults: Yacine deactivated by the score, the training
-- course: the ending « Nouveau départ »; in March, the reopened week lets his
-- balance stranded since January over the 20 € floor, and he withdraws it). The costs per label are the
-- story's own (nuee.simulate at 88 %, nuee.auto_cost).
--
-- Which ending, from both sides' choices (ch08_epilogue.lua, ending_of), in
-- this order:
--   explications    Claire had every rejection explained (ch06) and Yacine
--                   signed the letter (ch05) or stayed with Le Comptoir (ch07);
--   nouveau_depart  his account was deactivated (ch06) and he took the course;
--   claire_part     Claire resigned (ch06);
--   un_lien         he told his mother whom he works for (ch07) and someone in
--                   the office knew her name (ch02 or ch04);
--   tableau_vert    otherwise.
---@type TeacherNotes
return {
  summary = {
    fr = "Cinq mois, de janvier à juin. En mars, les deux côtés voient la même chose de deux places : le modèle d’Halo, qui a appris les rues de l’hiver, ne reconnaît pas le marquage jaune des chantiers du printemps ; les vérificateurs le corrigent à un centime, et Nuée rouvre pour une semaine les comptes qu’elle a fermés en janvier, avec un mail qui dit pourquoi et jusqu’à quand, ou avec « Bonne nouvelle ! ». Yacine reçoit ce mail là où sa sortie l’a mené (une tranchée de formation, la visio du Comptoir, Ruche) ; il peut dire gratuitement ce que veut dire le jaune, et il profite de la semaine pour faire passer au-dessus de 20 € le solde bloqué depuis janvier. En juin, les deux côtés de l’histoire se croisent, et l’histoire s’arrête sur l’une de cinq fins, qui dépend des choix faits des deux côtés ensemble. Si Claire a fait expliquer chaque refus et que Yacine a signé la lettre ou est resté avec le Comptoir, une contestation est lue par une personne : Claire elle-même (« Explications »). Si son compte a été désactivé et qu’il a choisi la formation, il termine sa formation de technicien fibre et signe un contrat (« Nouveau départ »). Si Claire a démissionné, le score qu’elle a écrit tourne sans elle (« Claire part »). Si Yacine a dit à sa mère pour qui il travaille et que, dans les bureaux, quelqu’un connaît le prénom de Malika, une enveloppe traverse Paris sur un chariot de ménage (« Un lien »). Sinon, le tableau de bord reste vert (« Tableau vert »). L’écran de fin récapitule les décisions du lecteur, des deux côtés.",
    en = "Five months, from January to June. In March both sides see the same thing from two places: Halo’s model, which learnt the streets of winter, does not recognise the yellow markings of spring roadworks; the checkers correct it at a cent, and Nuée reopens for a week the accounts it closed in January, with a mail that says why and until when, or with “Good news!”. Yacine gets that mail wherever his way out has taken him (a training trench, Le Comptoir’s video call, Ruche); he can say what yellow means for nothing, and he uses the week to take the balance stuck since January over €20. In June the story’s two sides meet, and the story stops on one of five endings, decided by the choices made on both sides together. If Claire had every rejection explained and Yacine signed the letter or stayed with Le Comptoir, a dispute is read by a person: Claire herself (“Explanations”). If his account was deactivated and he chose the course, he finishes his training as a fibre technician and signs a contract (“A New Start”). If Claire resigned, the score she wrote runs without her (“Claire Leaves”). If Yacine told his mother whom he works for and someone in the offices knows Malika’s name, an envelope crosses Paris on a cleaning trolley (“A Thread”). Otherwise the dashboard stays green (“All Green”). The end screen sums up the reader’s decisions on both sides.",
  },
  objectives = {
    { fr = "Relier des décisions prises des deux côtés (un bureau, une chambre) à leurs conséquences, et comprendre qu’aucune fin ne dépend d’un seul personnage.",
      en = "Link decisions taken on both sides (an office, a bedroom) to their consequences, and see that no ending depends on one character alone." },
    { fr = "Comparer les fins obtenues par plusieurs lecteurs ou groupes : ce qui change, ce qui reste (les centimes, la machine).",
      en = "Compare the endings several readers or groups reached: what changes, what stays (the cents, the machine)." },
    { fr = "Faire le bilan des faits vus dans les cartes : qui micro-travaille, pour combien, avec quels recours.",
      en = "Review the facts seen on the cards: who micro-works, for how much, with what recourse." },
  },
  subjects = {
    { subject = { fr = "SES", en = "Economics and social sciences" },
      link = { fr = "Le coût par label et la productivité ; qui bénéficie des gains de l’automatisation.",
               en = "Cost per label and productivity; who gains from automation." } },
    { subject = { fr = "EMC", en = "Civic and moral education" },
      link = { fr = "L’action collective, le droit à une explication et à un recours humain.",
               en = "Collective action, the right to an explanation and to human review." } },
    { subject = { fr = "Philosophie", en = "Philosophy" },
      link = { fr = "Le travail, la technique et la reconnaissance : être vu, être nommé.",
               en = "Work, technology and recognition: being seen, being named." } },
  },
  lesson = {
    { question = 1,
      points = { fr = "Faire lire l’écran de fin (« Vos décisions ») et retrouver, pour chaque fin, les choix des deux côtés qui y mènent. Si la classe a joué ensemble, rejouer l’épilogue avec les préréglages du menu des chapitres pour voir les autres fins (une par préréglage).",
                 en = "Have the class read the end screen (“Your decisions”) and find, for each ending, the choices on both sides that lead to it. If the class played together, replay the epilogue with the chapter menu’s presets to see the other endings (one per preset)." } },
    { question = 4,
      points = { fr = "Claire écrit les règles, Marc les arbitre, Halo les paie, le conseil les valide ; les contributeurs ne les changent qu’ensemble (la lettre) et seulement si quelqu’un, dedans, les reprend. La directive européenne (chapitres 2 et 7) déplace une partie de ce pouvoir vers la loi.",
                 en = "Claire writes the rules, Marc arbitrates them, Halo pays for them, the board approves them; contributors change them only together (the letter) and only if someone inside takes it up. The EU directive (chapters 2 and 7) moves part of that power to the law." } },
    { question = 5,
      points = { fr = "Au chapitre 7, la machine a appris sur les étiquettes humaines, et il faut encore des personnes pour la vérifier. En mars (chapitre 8), elle ne sait pas lire ce qu’on ne lui a pas montré, le jaune du printemps, et Nuée rappelle les comptes qu’elle a fermés. Relier aux faits : l’automatisation complète annoncée et jamais venue (Casilli), la moitié des travailleurs des plateformes sous 2 dollars de l’heure (OIT).",
                 en = "In chapter 7 the machine learnt from human labels, and people are still needed to check it. In March (chapter 8) it cannot read what it was never shown, spring’s yellow, and Nuée calls back the accounts it closed. Link to the facts: full automation announced and never coming (Casilli), half of platform workers under 2 dollars an hour (ILO)." } },
  },
  worksheet = {
    { question = { fr = "En novembre, au seuil de 88 %, un label coûtait à Nuée 0,020 €. Une fois les images automatisées, une personne vérifie un label sur dix, à 0,01 € la vérification. Combien coûte maintenant un label ? Combien de fois moins ?",
                   en = "In November, at the 88% threshold, a label cost Nuée €0.020. Once images are automated, a person checks one label in ten, at €0.01 a check. What does a label cost now? How many times less?" },
      answer = { fr = "0,01 € ÷ 10 = 0,001 € le label, vingt fois moins. Le travail humain n’a pas disparu : il est devenu un dixième de centime par label.",
                 en = "€0.01 ÷ 10 = €0.001 a label, twenty times less. The human work has not vanished: it has become a tenth of a cent per label." } },
    { question = { fr = "Sur la voie principale, le compte de Yacine est désactivé en janvier avec un solde de 18,58 €, sous les 20 € du seuil de retrait. Selon les règles de la coupe (chapitre 6), que devient cet argent ? En mars, son compte est rouvert une semaine, à 0,03 € l’image : combien d’images lui faut-il pour pouvoir retirer, et combien retire-t-il ? Et selon la fin « Explications » ?",
                   en = "On the main path Yacine’s account is deactivated in January with a balance of €18.58, under the €20 withdrawal threshold. Under the cut’s rules (chapter 6), what becomes of that money? In March his account is reopened for a week, at €0.03 an image: how many images does he need before he can withdraw, and how much does he withdraw? And under the “Explanations” ending?" },
      answer = { fr = "Coupé « par le score », sans préavis : le solde sous 20 € n’est pas versé. En mars, il lui manque 1,42 € : 47 images font 1,41 €, il en faut 48, et il retire {ch08_withdrew:euros}. Avec le préavis obtenu par Claire, le solde est versé quel qu’il soit. Dans la fin « Explications », une personne relit le dossier et fait verser le solde en entier.",
                 en = "Cut “by the score”, with no notice: a balance under €20 is not paid. In March he is €1.42 short: 47 images make €1.41, he needs 48, and he withdraws {ch08_withdrew:euros}. With the notice Claire won, the balance is paid whatever it is. In the “Explanations” ending a person reviews the file and has the balance paid in full." } },
    { question = { fr = "En mars, Halo veut 40 000 images de chantier étiquetées par des personnes, à 0,03 € l’image (comptez une réponse par image). Combien cela coûte-t-il ? Combien les mêmes labels auraient-ils coûté faits par le modèle et vérifiés (0,001 € le label) ?",
                   en = "In March Halo wants 40,000 worksite images labelled by people, at €0.03 an image (count one answer per image). What does that cost? What would the same labels have cost done by the model and checked (€0.001 a label)?" },
      answer = { fr = "40 000 × 0,03 € = 1 200 € contre 40 €, trente fois plus. Nuée paie quand même : un modèle qui se trompe sur un tiers des chantiers coûte plus cher qu’une semaine de personnes. Le travail humain revient chaque fois que le monde change.",
                 en = "40,000 × €0.03 = €1,200 against €40, thirty times more. Nuée pays all the same: a model wrong on a third of the worksites costs more than a week of people. Human work comes back every time the world changes." } },
  },
  passages = { "ch08.mars", "ch08.chantier", "ch08.bureau", "ch08.croisement", "ch08.fin" },
  references = {
    { fr = "Clément Le Ludec, Paola Tubaro, Antonio A. Casilli, « Combien de personnes micro-travaillent en France ? », document de travail i3 19-SES-02, 2019.",
      en = "Clément Le Ludec, Paola Tubaro, Antonio A. Casilli, “Combien de personnes micro-travaillent en France ?” (How many people micro-work in France?), i3 working paper 19-SES-02, 2019." },
    { fr = "Organisation internationale du travail, Emploi et questions sociales dans le monde 2021 : le rôle des plateformes numériques de travail.",
      en = "International Labour Organization, World Employment and Social Outlook 2021: The role of digital labour platforms in transforming the world of work." },
  },
}
