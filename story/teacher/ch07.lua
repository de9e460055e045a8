-- story/teacher/ch07.lua: the notes for teachers of chapter 7, read by
-- `ficelle teacher --chapter 7` (the teacher's pack) and `ficelle handout
-- --short` (the summary and the key passages). Plain data; each text in French
-- and English. The worksheet's {placeholders} are the story's variables at the
-- end of the chapter's main path (the first option of every choice: opened on
-- its own, the chapter starts from its defaults: the accounts cut by the
-- score, Yacine's among them, his balance at 16,37 €). The other figures are
-- the story's own: 14 street scenes in the morning, Lot 21's 180 checks at
-- 0,01 € (nuee.PAY.check), the model's 6 % of wrong labels (nuee.MODEL_ERRORS).
---@type TeacherNotes
return {
  summary = {
    fr = "Un lundi de janvier, la semaine après la coupe des comptes décidée au chapitre 6. Les images ne viennent plus : quatorze en trois heures, là où Yacine en faisait deux cents. Sa mère rentre de sa nuit de ménage : son contrat a été renouvelé avec une heure de moins par nuit, et elle a retrouvé le mot écrit sur le mur des bureaux qu’elle nettoie, « Nuée » ; le lecteur choisit si Yacine lui dit que c’est pour eux qu’il travaille. Un nouveau lot apparaît, à un centime : vérifier les étiquettes que le modèle d’Halo pose seul sur les images. Yacine comprend qu’il apprend à la machine à se passer de lui, comme au service client où il avait formé ceux qui parleraient au robot ; il fait le lot avec soin, coche tout à la va-vite, ou refuse. Sur le Comptoir, les comptes désactivés et Ranto ; Nadia rappelle pour la formation de Compiègne. Le soir, le mail de Nuée : selon le chapitre 6, la désactivation avec ou sans préavis, le solde versé ou perdu sous les 20 €. Yacine choisit sa sortie : la formation, le collectif du Comptoir, ou une autre plateforme.",
    en = "A Monday in January, the week after the cut of accounts decided in chapter 6. The images have stopped coming: fourteen in three hours, where Yacine used to do two hundred. His mother comes home from her night of cleaning: her contract has been renewed with an hour less a night, and she has found again the word written on the wall of the offices she cleans, “Nuée”; the reader chooses whether Yacine tells her that he works for them. A new batch appears, at one cent: checking the labels Halo’s model now puts on images by itself. Yacine understands he is teaching the machine to do without him, as in customer service, where he trained those who would talk to the robot; he does the batch carefully, ticks everything in a rush, or refuses. On Le Comptoir, the deactivated accounts and Ranto; Nadia calls again about the course in Compiègne. In the evening, Nuée’s email: depending on chapter 6, the deactivation with or without notice, the balance paid out or lost under €20. Yacine chooses his way out: the training course, Le Comptoir’s collective, or another platform.",
  },
  objectives = {
    { fr = "Comprendre comment l’apprentissage automatique se nourrit d’étiquettes humaines, et pourquoi le travail humain ne disparaît pas avec l’automatisation : il se déplace (vérifier, corriger) et se paie moins.",
      en = "Understand how machine learning feeds on human labels, and why human work does not vanish with automation: it moves (checking, correcting) and is paid less." },
    { fr = "Analyser un texte institutionnel (le mail de désactivation) : ce que disent les mots choisis, ce qu’ils taisent.",
      en = "Analyse an institutional text (the deactivation email): what the chosen words say, and what they leave out." },
    { fr = "Peser des sorties possibles (formation, action collective, autre plateforme) sans en faire une morale.",
      en = "Weigh possible ways out (training, collective action, another platform) without turning them into a moral." },
  },
  subjects = {
    { subject = { fr = "SES", en = "Economics and social sciences" },
      link = { fr = "Progrès technique et emploi : destruction, déplacement et déqualification du travail ; la reconversion.",
               en = "Technical progress and jobs: work destroyed, moved and deskilled; retraining." } },
    { subject = { fr = "SNT / NSI", en = "Computing" },
      link = { fr = "Données d’entraînement, étiquettes, indice de confiance d’un modèle ; la vérification humaine d’un échantillon.",
               en = "Training data, labels, a model’s confidence score; human checking of a sample." } },
    { subject = { fr = "EMC", en = "Civic and moral education" },
      link = { fr = "Une décision automatisée qui met fin à un travail : le droit d’être informé et de contester (directive européenne de 2024).",
               en = "An automated decision that ends someone’s work: the right to be informed and to dispute it (the 2024 EU directive)." } },
    { subject = { fr = "Français", en = "French / English" },
      link = { fr = "Les registres : le mail de Nuée, la parole de la mère, les messages du Comptoir.",
               en = "Registers: Nuée’s email, the mother’s speech, Le Comptoir’s messages." } },
  },
  lesson = {
    { question = 1,
      points = { fr = "Yacine ne classe plus des images : il juge les réponses d’une machine, qui a appris sur les siennes. Chaque vérification juste rend la vérification suivante moins nécessaire. Il travaille pour Nuée, pour Halo, et, d’une certaine façon, contre lui-même. Relier à la carte (Casilli : l’automatisation complète annoncée et jamais venue) : il reste toujours du travail humain, mais moins payé et moins visible.",
                 en = "Yacine no longer classifies images: he judges a machine’s answers, which it learnt from his. Every right check makes the next one less needed. He works for Nuée, for Halo and, in a way, against himself. Link to the card (Casilli: full automation announced and never coming): there is always human work left, but paid less and seen less." } },
    { question = 2,
      points = { fr = "Relever : « évolution », « communauté », « c’est aussi votre réussite », « après analyse de votre profil », « conformément à nos CGU », « merci pour votre contribution ». Manquent : le mot « fin », une personne qui signe, la raison, le recours (sauf si Claire l’a obtenu au chapitre 6). Comparer avec la directive européenne de la carte : pas de fermeture de compte par un algorithme seul.",
                 en = "Pick out: “changes”, “community”, “this success is yours too”, “following a review of your profile”, “in accordance with our Terms of Use”, “thank you for your contribution”. Missing: the word “end”, a person who signs, the reason, a way to dispute (unless Claire won it in chapter 6). Compare with the EU directive on the card: no account closed by an algorithm alone." } },
    { question = 4,
      points = { fr = "La formation coûte neuf mois et un pari, mais donne un contrat et un nom sur une fiche de paie ; le collectif coûte du temps non payé, et donne des autres ; Ruche coûte la même vie, à deux centimes. Éviter de classer les choix : chacun répond à une contrainte réelle (argent, dignité, solitude).",
                 en = "The course costs nine months and a gamble, but brings a contract and a name on a payslip; the collective costs unpaid time, and brings other people; Ruche costs the same life, at two cents. Avoid ranking the choices: each answers a real constraint (money, dignity, loneliness)." } },
  },
  worksheet = {
    { question = { fr = "De 6 h 12 à 9 h 30, Yacine trouve 14 images à 0,03 €. Avant Noël, il en faisait 200 dans la matinée. Combien gagnait-il alors sur la même matinée ? Combien gagne-t-il ce lundi ?",
                   en = "From 6:12 to 9:30 a.m. Yacine finds 14 images at €0.03. Before Christmas he did 200 in a morning. How much did he earn then in the same morning? How much this Monday?" },
      answer = { fr = "200 × 0,03 € = 6 € ; 14 × 0,03 € = 0,42 €. Le temps passé est le même : c’est l’attente qui a pris la place du travail.",
                 en = "200 × €0.03 = €6; 14 × €0.03 = €0.42. The time spent is the same: waiting has taken the place of work." } },
    { question = { fr = "Au lot 21, une vérification paie 0,01 €. Yacine en fait 182 en prenant 20 secondes chacune. Combien de l’heure, à ce rythme ? Le modèle se trompe sur 6 % des images : sur 182 vérifications, combien d’erreurs Yacine a-t-il corrigées, à peu près ?",
                   en = "In Batch 21 a check pays €0.01. Yacine does 182 at 20 seconds each. How much an hour at that pace? The model is wrong on 6% of images: out of 182 checks, about how many mistakes has Yacine corrected?" },
      answer = { fr = "3 600 / 20 = 180 vérifications de l’heure, soit 1,80 € de l’heure au mieux. 6 % de 182, environ 11 erreurs : 11 leçons données à la machine, pour 11 centimes.",
                 en = "3,600 / 20 = 180 checks an hour, so €1.80 an hour at best. 6% of 182, about 11 mistakes: 11 lessons given to the machine, for 11 cents." } },
    { question = { fr = "Ce lundi, son solde passe de {ledger_opening:euros} à {balance:euros}. Il faut 20 € pour retirer. Son compte est désactivé le soir, et les CGU ne versent pas les soldes sous 20 €. Que perd-il ? Combien lui manquait-il ?",
                   en = "This Monday his balance goes from {ledger_opening:euros} to {balance:euros}. Withdrawals start at €20. His account is deactivated that evening, and the Terms of Use pay no balance under €20. What does he lose? How much was he short?" },
      answer = { fr = "Il perd tout le solde, {balance:euros}, gagné et jamais versé ; il lui manquait 20 € moins ce solde. Si Claire a obtenu un préavis au chapitre 6, le solde est versé quel qu’il soit : une règle écrite dans un bureau décide de ces quelques euros.",
                 en = "He loses the whole balance, {balance:euros}, earned and never paid; he was €20 minus that balance short. If Claire won a notice period in chapter 6, the balance is paid whatever it is: a rule written in an office decides those few euros." } },
  },
  passages = { "ch07.lot21", "ch07.soir" },
  references = {
    { fr = "Directive (UE) 2024/2831 du Parlement européen et du Conseil relative à l’amélioration des conditions de travail dans le cadre du travail via une plateforme, 2024.",
      en = "Directive (EU) 2024/2831 of the European Parliament and of the Council on improving working conditions in platform work, 2024." },
    "Antonio A. Casilli, En attendant les robots. Enquête sur le travail du clic, Seuil, 2019.",
  },
}
