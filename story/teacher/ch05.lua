-- story/teacher/ch05.lua: the notes for teachers of chapter 5, read by
-- `ficelle teacher --chapter 5` (the teacher's pack) and `ficelle handout
-- --short` (the summary and the key passages). Plain data; each text in French
-- and English. The worksheet's {placeholders} are the story's variables at the
-- end of the chapter's main path (the first option of every choice: opened on
-- its own, the chapter starts from its defaults, the threshold at 88 % and the
-- noise left as noise). The three weeks' figures (190,53 € for about 180 hours,
-- 1,05 € an hour on that path) are computed by story/lib/nuee.lua and shown in
-- the scene ch05.agence; they are forgotten at the chapter's end.
---@type TeacherNotes
return {
  summary = {
    fr = "Un jeudi, trois semaines après la livraison à Halo. Le score de Yacine n’est plus fait que de tâches jugées selon la règle telle que le bureau l’a laissée : le seuil d’accord du chapitre 2, et ce que Claire a fait du « bruit » au chapitre 4 (corrigé au grand jour, en silence, ou pas du tout). S’il a pris le lot 7, il se réveille encore chaque nuit vers quatre heures. L’après-midi, une conseillère de France Travail lui demande pourquoi il coche « non » quand on lui demande s’il a travaillé : dix heures par jour, un peu plus d’un euro de l’heure, et aucun mot officiel pour le dire. Elle lui conseille le statut d’auto-entrepreneur ; il s’inscrit, ou non. Sur le Comptoir, Mireille, Gégé et Ranto écrivent une lettre à Nuée sur les rejets sans explication ; Veilleur, s’il est là, les aide à demander des choses précises. Yacine la signe de son nom, de son pseudonyme, ou pas du tout.",
    en = "A Thursday, three weeks after the delivery to Halo. Yacine’s score is now made only of tasks judged by the rule as the office left it: chapter 2’s agreement threshold, and what Claire did with the “noise” in chapter 4 (fixed openly, quietly, or not at all). If he took Batch 7, he still wakes every night around four. In the afternoon, a France Travail adviser asks him why he ticks “no” when asked whether he has worked: ten hours a day, a little over a euro an hour, and no official word for it. She advises the auto-entrepreneur status; he registers, or not. On Le Comptoir, Mireille, Gégé and Ranto write a letter to Nuée about rejections without explanation; Veilleur, if he is there, helps them ask for precise things. Yacine signs it with his name, his pseudonym, or not at all.",
  },
  content_note = {
    fr = "Si Yacine a pris le lot 7 au chapitre 3, ce chapitre évoque ses suites : insomnie, réflexe de classer les phrases des autres par gravité. Aucun texte violent n’est reproduit ; le mode classe remplace ce passage par un résumé.",
    en = "If Yacine took Batch 7 in chapter 3, this chapter touches on its aftermath: sleeplessness, the reflex of sorting other people’s sentences by severity. No violent text is reproduced; classroom mode replaces the passage with a summary.",
  },
  objectives = {
    { fr = "Se demander ce qui fait qu’une activité compte comme un travail : un contrat, un salaire, un statut, du temps, une dépendance ?",
      en = "Ask what makes an activity count as work: a contract, a wage, a status, time spent, dependence?" },
    { fr = "Comprendre ce que demande une action collective précise (une raison, un recours humain, un préavis) et ce que coûte le fait de signer.",
      en = "Understand what a precise collective demand asks for (a reason, human review, notice) and what signing costs." },
    { fr = "Relier une décision de bureau (le traitement du « bruit ») à ses effets, trois semaines plus tard, sur des personnes qui ne la connaissent pas.",
      en = "Link an office decision (how the “noise” was handled) to its effects, three weeks later, on people who do not know about it." },
  },
  subjects = {
    { subject = { fr = "SES", en = "Economics and social sciences" },
      link = { fr = "Salariat et travail indépendant ; les plateformes et la frontière entre les deux ; l’action collective.",
               en = "Employment and self-employment; platforms and the line between them; collective action." } },
    { subject = { fr = "EMC", en = "Civic and moral education" },
      link = { fr = "Le droit à une explication et à un recours humain ; la directive européenne sur le travail via une plateforme ; s’exprimer sous son nom ou non.",
               en = "The right to an explanation and to human review; the EU directive on platform work; speaking under one’s name or not." } },
    { subject = { fr = "Philosophie", en = "Philosophy" },
      link = { fr = "Le travail : activité, emploi, reconnaissance. Qu’est-ce qu’un travail que personne ne nomme ?",
               en = "Work: activity, employment, recognition. What is work that nobody names?" } },
  },
  lesson = {
    { question = 1,
      points = { fr = "Yacine n’a ni patron, ni contrat, ni fiche de paie ; il a des horaires, des consignes, un contrôle, une note et une rémunération. Faire lister à la classe ce qui, dans sa journée, ressemble à un emploi et ce qui n’y ressemble pas. Le repère sur la directive européenne (présomption de salariat quand il y a contrôle et direction) donne un critère ; celui de DiPLab rappelle que la plupart des micro-travailleurs en font un complément.",
                 en = "Yacine has no boss, no contract, no payslip; he has hours, instructions, checks, a score and pay. Have the class list what, in his day, looks like a job and what does not. The fact on the EU directive (a presumption of employment where there is control and direction) gives a criterion; DiPLab’s reminds them that most micro-workers do it as a top-up." } },
    { question = 2,
      points = { fr = "La lettre ne demande ni argent ni tarif : une raison, une personne, un préavis. Veilleur conseille de demander « des choses qu’on peut construire » : en quoi une demande précise est-elle plus forte (ou plus faible) qu’une demande de « respect » ? Comparer avec les droits que prévoit la directive (information, examen humain).",
                 en = "The letter asks for neither money nor rates: a reason, a person, notice. Veilleur advises asking for “things that can be built”: how is a precise demand stronger (or weaker) than a demand for “respect”? Compare with the rights the directive provides (information, human review)." } },
    { question = 3,
      points = { fr = "Chaque personnage signe à sa façon, pour ses raisons : Mireille de son nom (« qu’est-ce qu’ils vont me faire ? »), Ranto d’un prénom que personne ne connaît, Gégé d’un pseudonyme que sa femme ignore. Ne pas juger le choix de Yacine ; faire dire ce que chacun risque et ce que la lettre gagne à avoir des noms.",
                 en = "Each character signs in their own way, for their own reasons: Mireille with her name (“what are they going to do to me?”), Ranto with a first name nobody knows, Gégé with a pseudonym his wife does not know about. Do not judge Yacine’s choice; have pupils say what each risks and what the letter gains from names." } },
  },
  worksheet = {
    { question = { fr = "Entre la livraison et ce jeudi (trois semaines et trois jours, environ 180 heures devant l’écran), Nuée a payé à Yacine, net des refus, 190,53 € sur le chemin principal. Combien de l’heure ? Comparez avec le SMIC horaire, que la classe cherchera.",
                   en = "Between the delivery and this Thursday (three weeks and three days, about 180 hours at the screen), Nuée paid Yacine, net of refusals, €190.53 on the main path. How much an hour? Compare with the French minimum wage per hour, which the class can look up." },
      answer = { fr = "190,53 € ÷ 180 h ≈ 1,05 € de l’heure. Le chiffre change selon le seuil et le traitement du « bruit » : 0,90 € à 95 % sans correction, 1,17 € à 88 % avec le score corrigé.",
                 en = "€190.53 ÷ 180 h ≈ €1.05 an hour. The figure changes with the threshold and how the “noise” was handled: €0.90 at 95% with no fix, €1.17 at 88% with the score corrected." } },
    { question = { fr = "Ce jeudi, Yacine a fait 373 tâches, de 5 h 41 à 22 h 30, avec une coupure de midi à 17 h pour France Travail et le Comptoir : une douzaine d’heures devant l’écran. Il a gagné {day_earned:euros}, net des refus. Combien de l’heure ? Combien de jours comme celui-là pour atteindre le seuil de retrait de 20 € en partant de zéro ?",
                   en = "This Thursday Yacine did 373 tasks, from 5:41 a.m. to 10:30 p.m., with a break from noon to 5 p.m. for France Travail and Le Comptoir: about twelve hours at the screen. He earned {day_earned:euros}, net of refusals. How much an hour? How many days like this one to reach the €20 withdrawal floor from zero?" },
      answer = { fr = "{day_earned:euros} ÷ 12 h, soit moins d’un euro de l’heure ; et un peu plus de deux jours pour atteindre 20 €. La journée a aussi compté un rendez-vous et une lettre, qui ne rapportent rien et qui sont peut-être ce qui compte le plus.",
                 en = "{day_earned:euros} ÷ 12 h, less than a euro an hour; and a little over two days to reach €20. The day also held an appointment and a letter, which bring in nothing and may be what matters most." } },
  },
  passages = { "ch05.agence", "ch05.lettre" },
  references = {
    { fr = "Directive (UE) 2024/2831 relative à l’amélioration des conditions de travail dans le cadre du travail via une plateforme.",
      en = "Directive (EU) 2024/2831 on improving working conditions in platform work." },
    { fr = "Antonio A. Casilli et al., Le micro-travail en France, rapport final du projet DiPLab, 2019 (cité d’après une source secondaire).",
      en = "Antonio A. Casilli et al., Le micro-travail en France, DiPLab project final report, 2019 (cited from a secondary source)." },
  },
}
