-- story/teacher/ch01.lua: the notes for teachers of chapter 1, read by
-- `ficelle teacher --chapter 1` (the teacher's pack) and `ficelle handout
-- --short` (the summary and the key passages). Plain data; each text in French
-- and English. The worksheet's {placeholders} are the story's variables at the
-- end of the chapter's main path (the first option of every choice).
---@type TeacherNotes
return {
  blurb = {
    fr = "Creil, avant le jour. Yacine se connecte à Nuée, une plateforme qui paie la tâche quelques centimes ; pour commencer, il doit prouver qu’il n’est pas un robot.",
    en = "Creil, before daylight. Yacine logs on to Nuée, a platform that pays a few cents a task; to begin, he has to prove he is not a robot.",
  },
  summary = {
    fr = "Creil, un lundi de novembre, avant le jour. Yacine, trente-quatre ans, ancien conseiller d’un service client dont le premier niveau a été délocalisé puis automatisé, se connecte à Nuée, une plateforme de micro-tâches. Pour entrer, il doit prouver qu’il n’est pas un robot ; pour gagner quelques centimes, il apprend à des machines à voir des passages piétons, à classer des réclamations, à choisir la meilleure réponse d’un assistant. Une enquête sur les yaourts paie davantage que tout le reste et lui prend un quart d’heure. Sa mère rentre de ses ménages de nuit à Paris ; il lui dit, ou non, ce qu’il fait. Le solde approche des vingt euros qui permettent de retirer l’argent, et une ligne rouge, « non conforme », tombe sans explication.",
    en = "Creil, a Monday in November, before daylight. Yacine, thirty-four, once an adviser in a customer service whose first line was moved abroad and then automated, logs on to Nuée, a micro-task platform. To get in, he must prove he is not a robot; to earn a few cents, he teaches machines to see pedestrian crossings, to sort complaints, to pick an assistant’s better answer. A survey about yoghurt pays more than everything else and takes him a quarter of an hour. His mother comes home from her night cleaning in Paris; he tells her, or not, what he does. His balance nears the twenty euros from which money can be withdrawn, and a red line, “non-compliant”, comes down without a reason.",
  },
  content_note = nil,
  objectives = {
    { fr = "Décrire ce qu’est le micro-travail : des tâches courtes, payées à la pièce, qui servent à entraîner des systèmes d’intelligence artificielle.",
      en = "Describe micro-work: short tasks, paid by the piece, used to train artificial intelligence systems." },
    { fr = "Calculer un revenu horaire à partir des chiffres du récit, en comptant aussi le temps non payé.",
      en = "Work out an hourly income from the story’s figures, counting the unpaid time too." },
    { fr = "Analyser les mots d’une plateforme (« contributeurs », « chaque clic compte ») et ce qu’ils font au travail qu’ils nomment.",
      en = "Analyse a platform’s words (“contributors”, “every click counts”) and what they do to the work they name." },
  },
  subjects = {
    { subject = { fr = "SES", en = "Economics and social sciences" },
      link = { fr = "Les mutations du travail : statut, rémunération à la tâche, plateformes.",
               en = "How work changes: status, piece rates, platforms." } },
    { subject = { fr = "Philosophie", en = "Philosophy" },
      link = { fr = "Le travail et la technique : qui travaille quand une machine « apprend » ?",
               en = "Work and technology: who is working when a machine “learns”?" } },
    { subject = { fr = "SNT / NSI", en = "Computing" },
      link = { fr = "Les données d’entraînement : d’où viennent les étiquettes d’un jeu de données.",
               en = "Training data: where a dataset’s labels come from." } },
    { subject = { fr = "Langues vivantes", en = "Modern languages" },
      link = { fr = "Lire le chapitre en anglais et en français côte à côte (ficelle handout --parallel).",
               en = "Read the chapter in English and French side by side (ficelle handout --parallel)." } },
  },
  lesson = {
    { question = 3,
      points = { fr = "Faire poser le calcul au tableau : durée de la matinée, somme gagnée, taux horaire ; puis ajouter le temps non payé (connexion, captcha, attente des tâches). On attend un chiffre très inférieur au SMIC, et la question de qui paie ce temps.",
                 en = "Have the class set out the sum on the board: how long the morning lasts, what was earned, the hourly rate; then add the unpaid time (logging on, the captcha, waiting for tasks). Expect a figure far below the minimum wage, and the question of who pays for that time." } },
    { question = 2,
      points = { fr = "Le mot « contributeur » fait d’un travail une participation ; il éloigne le droit du travail. Relier au repère sur la directive européenne si le chapitre 2 a été lu.",
                 en = "The word “contributor” turns work into taking part; it keeps labour law at a distance. Link it to the EU directive if chapter 2 has been read." } },
    { question = 1,
      points = { fr = "La case prouve qu’on est humain en faisant le travail d’une machine, et ce travail sert : le repère de Google dit que ces épreuves aident à annoter des images et à construire des jeux de données. Toute la classe l’a déjà fait, gratuitement. On attend la question : où commence le travail, et qui en profite ?",
                 en = "The box proves one is human by doing a machine’s work, and that work is used: Google’s help page says these challenges help annotate images and build datasets. The whole class has done it, for free. Expect the question: where does work begin, and who gains from it?" } },
  },
  worksheet = {
    { question = { fr = "Ce lundi, de 6 h 12 au soir, Nuée a crédité Yacine de {earned:euros}, puis lui en a repris {unpaid:euros} (réponses refusées, tâches renvoyées dans la file). Combien a-t-il gagné dans la journée ?",
                   en = "This Monday, from 6:12 a.m. to the evening, Nuée credited Yacine with {earned:euros}, then took {unpaid:euros} back (refused answers, tasks sent back to the queue). How much did he earn that day?" },
      answer = { fr = "{day_earned:euros}, soit les crédits moins ce qui a été repris.",
                 en = "{day_earned:euros}: the credits minus what was taken back." } },
    { question = { fr = "Il a travaillé une dizaine d’heures, attente comprise. Combien a-t-il gagné de l’heure ? Cherchez le salaire minimum horaire en vigueur et comparez.",
                   en = "He worked about ten hours, waiting included. How much did he earn an hour? Look up the current hourly minimum wage and compare." },
      answer = { fr = "Environ un dixième de {day_earned:euros} : moins d’un euro de l’heure, une petite fraction du salaire minimum.",
                 en = "About a tenth of {day_earned:euros}: less than a euro an hour, a small fraction of the minimum wage." } },
    { question = { fr = "Son solde affichait 17,12 € à 6 h 12. À la fin de la journée, il affiche {balance:euros}. Que s’est-il passé entre les deux ?",
                   en = "His balance showed €17.12 at 6:12 a.m. At the end of the day it shows {balance:euros}. What happened in between?" },
      answer = { fr = "Le solde suit les gains et les retraits : {withdrawn:euros} retirés à partir du seuil de 20 €.",
                 en = "The balance follows earnings and withdrawals: {withdrawn:euros} withdrawn from the 20 € floor." } },
  },
  passages = { "ch01.case", "ch01.seuil" },
  references = {
    "Antonio A. Casilli, En attendant les robots. Enquête sur le travail du clic, Seuil, 2019.",
    "Le Ludec, Tubaro, Casilli, « Combien de personnes micro-travaillent en France ? », i3 working paper 19-SES-02, 2019.",
    { fr = "Antonio A. Casilli et al., Le micro-travail en France, rapport final du projet DiPLab, 2019 (enquête auprès d’environ 1 000 micro-travailleurs d’une plateforme française ; chiffres cités d’après une source secondaire).",
      en = "Antonio A. Casilli et al., Le micro-travail en France, final report of the DiPLab project, 2019 (a survey of about 1,000 micro-workers of one French platform; figures cited from a secondary source)." },
    { fr = "Barraud de Lagerie, Gros, Sigalo Santos, The Conversation, mars 2019 : une critique de l’estimation de 260 000 micro-travailleurs, qui compterait les inscrits plutôt que les actifs.",
      en = "Barraud de Lagerie, Gros, Sigalo Santos, The Conversation, March 2019: a critique of the 260,000 estimate, which they argue counts sign-ups rather than active workers." },
    { fr = "Google, page d’aide de reCAPTCHA : à quoi servent les épreuves résolues (numériser des textes, annoter des images, construire des jeux de données d’apprentissage automatique).",
      en = "Google, reCAPTCHA help page: what solved challenges are used for (digitising text, annotating images, building machine-learning datasets)." },
  },
}
