-- story/teacher/ch08.lua: the notes for teachers of chapter 8, the epilogue,
-- read by `ficelle teacher --chapter 8` and `ficelle handout --short`. Plain
-- data; each text in French and English. The worksheet's {placeholders} are
-- the story's variables at the end of the chapter's main path (opened on its
-- own, from its defaults: Yacine deactivated by the score, the training
-- course: the ending « Nouveau départ »). The costs per label are the
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
    fr = "Juin, cinq mois plus tard. Les deux côtés de l’histoire se croisent, et l’histoire s’arrête sur l’une de cinq fins, qui dépend des choix faits des deux côtés ensemble. Si Claire a fait expliquer chaque refus et que Yacine a signé la lettre ou est resté avec le Comptoir, une contestation est lue par une personne : Claire elle-même (« Explications »). Si son compte a été désactivé et qu’il a choisi la formation, il termine sa formation de technicien fibre et signe un contrat (« Nouveau départ »). Si Claire a démissionné, le score qu’elle a écrit tourne sans elle (« Claire part »). Si Yacine a dit à sa mère pour qui il travaille et que, dans les bureaux, quelqu’un connaît le prénom de Malika, une enveloppe traverse Paris sur un chariot de ménage (« Un lien »). Sinon, le tableau de bord reste vert (« Tableau vert »). L’écran de fin récapitule les décisions du lecteur, des deux côtés.",
    en = "June, five months later. The story’s two sides meet, and the story stops on one of five endings, decided by the choices made on both sides together. If Claire had every rejection explained and Yacine signed the letter or stayed with Le Comptoir, a dispute is read by a person: Claire herself (“Explanations”). If his account was deactivated and he chose the course, he finishes his training as a fibre technician and signs a contract (“A New Start”). If Claire resigned, the score she wrote runs without her (“Claire Leaves”). If Yacine told his mother whom he works for and someone in the offices knows Malika’s name, an envelope crosses Paris on a cleaning trolley (“A Thread”). Otherwise the dashboard stays green (“All Green”). The end screen sums up the reader’s decisions on both sides.",
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
      points = { fr = "Au chapitre 7, la machine a appris sur les étiquettes humaines, et il faut encore des personnes pour la vérifier. Relier aux faits : l’automatisation complète annoncée et jamais venue (Casilli), la moitié des travailleurs des plateformes sous 2 dollars de l’heure (OIT).",
                 en = "In chapter 7 the machine learnt from human labels, and people are still needed to check it. Link to the facts: full automation announced and never coming (Casilli), half of platform workers under 2 dollars an hour (ILO)." } },
  },
  worksheet = {
    { question = { fr = "En novembre, au seuil de 88 %, un label coûtait à Nuée 0,020 €. Une fois les images automatisées, une personne vérifie un label sur dix, à 0,01 € la vérification. Combien coûte maintenant un label ? Combien de fois moins ?",
                   en = "In November, at the 88% threshold, a label cost Nuée €0.020. Once images are automated, a person checks one label in ten, at €0.01 a check. What does a label cost now? How many times less?" },
      answer = { fr = "0,01 € ÷ 10 = 0,001 € le label, vingt fois moins. Le travail humain n’a pas disparu : il est devenu un dixième de centime par label.",
                 en = "€0.01 ÷ 10 = €0.001 a label, twenty times less. The human work has not vanished: it has become a tenth of a cent per label." } },
    { question = { fr = "Sur la voie principale, le compte de Yacine est désactivé avec un solde de {balance:euros}, sous les 20 € du seuil de retrait. Selon les règles de la coupe (chapitre 6), que devient cet argent ? Et selon la fin « Explications » ?",
                   en = "On the main path Yacine’s account is deactivated with a balance of {balance:euros}, under the €20 withdrawal threshold. Under the cut’s rules (chapter 6), what becomes of that money? And under the “Explanations” ending?" },
      answer = { fr = "Coupé « par le score », sans préavis : le solde sous 20 € n’est pas versé. Avec le préavis obtenu par Claire, il est versé quel qu’il soit. Dans la fin « Explications », une personne relit le dossier et fait verser le solde en entier.",
                 en = "Cut “by the score”, with no notice: a balance under €20 is not paid. With the notice Claire won, it is paid whatever it is. In the “Explanations” ending a person reviews the file and has the balance paid in full." } },
  },
  passages = { "ch08.bureau", "ch08.croisement" },
  references = {
    { fr = "Clément Le Ludec, Paola Tubaro, Antonio A. Casilli, « Combien de personnes micro-travaillent en France ? », document de travail i3 19-SES-02, 2019.",
      en = "Clément Le Ludec, Paola Tubaro, Antonio A. Casilli, “Combien de personnes micro-travaillent en France ?” (How many people micro-work in France?), i3 working paper 19-SES-02, 2019." },
    { fr = "Organisation internationale du travail, Emploi et questions sociales dans le monde 2021 : le rôle des plateformes numériques de travail.",
      en = "International Labour Organization, World Employment and Social Outlook 2021: The role of digital labour platforms in transforming the world of work." },
  },
}
