-- story/teacher/ch06.lua: the notes for teachers of chapter 6, read by
-- `ficelle teacher --chapter 6` (the teacher's pack) and `ficelle handout
-- --short` (the summary and the key passages). Plain data; each text in French
-- and English. The worksheet's {placeholders} are the story's variables at the
-- end of the chapter's main path (the first option of every choice: opened on
-- its own, the chapter starts from its defaults, the threshold at 88 %, the
-- noise left as noise, Yacine at 89 %; Claire holds out for the notice and
-- builds the explanations). The cut's figures on that path (2 990 accounts
-- out of 6 830, 27 000 € for the month, 22 126 € of balances) are computed by
-- story/lib/nuee.lua (cut, notice_cost) and shown in ch06.reunion and
-- ch06.liste.
---@type TeacherNotes
return {
  summary = {
    fr = "Six semaines après la livraison, chez Nuée. Le modèle d’images d’Halo, entraîné sur les étiquettes des contributeurs, est d’accord avec leur majorité quatre-vingt-treize fois sur cent : Halo étiquettera désormais les scènes de rue lui-même. Marc ferme la catégorie images ; on garde les meilleurs contributeurs pour vérifier la machine, et l’on désactive les autres comptes, ceux que le score de Claire place sous 90 %. Leur nombre dépend de ce que Claire a fait du « bruit » au chapitre 4. La lettre du Comptoir arrive enfin sur son bureau, avec la capture des quatre secondes ; elle y trouve peut-être le nom ou le pseudonyme d’un compte de Creil qu’elle a aussi sur sa liste. Théo, s’il écrit sous le nom de Veilleur, peut prévenir les contributeurs avant l’annonce. Claire obtient un mois de préavis et le versement des petits soldes, ou envoie la liste telle quelle ; puis elle construit les explications que demande la lettre, envoie la réponse type, ou démissionne. Le soir de l’annonce, le canal d’astreinte compte les messages du formulaire de contestation, qui répond à tous la même phrase ; Théo, seul chez lui, peut répondre à la main à l’un d’eux, celui de Gérard (Gégé du 62), et signer de son prénom. Sur le dernier tableau, le tarif du lot Vérification est passé de 3 centimes dans le brouillon de Claire à 1 centime dans l’offre faite à Halo.",
    en = "Six weeks after the delivery, at Nuée. Halo’s image model, trained on the contributors’ labels, agrees with their majority ninety-three times in a hundred: from now on Halo will label street scenes itself. Marc closes the image category; the best contributors are kept to check the machine, and the other accounts, those Claire’s score puts under 90%, are deactivated. How many depends on what Claire did with the “noise” in chapter 4. Le Comptoir’s letter finally reaches her desk, with the screenshot of the four seconds; she may find in it the name or pseudonym of an account in Creil that is also on her list. Théo, if he writes as Veilleur, can warn the contributors before the announcement. Claire wins a month’s notice and the payout of small balances, or sends the list as it is; then she builds the explanations the letter asks for, sends the standard answer, or resigns. On the evening of the announcement, the on-call channel counts the messages to the dispute form, which answers them all with the same sentence; Théo, alone at home, can answer one of them by hand, Gérard’s (Gégé du 62), and sign with his first name. On the last dashboard, the Verification batch’s rate has gone from 3 cents in Claire’s draft to 1 cent in the offer made to Halo.",
  },
  content_note = nil,
  objectives = {
    { fr = "Comprendre comment un modèle apprend d’étiquettes humaines, et pourquoi son « accord avec la majorité » mesure d’abord la majorité elle-même.",
      en = "Understand how a model learns from human labels, and why its “agreement with the majority” first of all measures the majority itself." },
    { fr = "Analyser une décision prise « par un score » : qui l’a voulue, qui l’a calculée, qui en répond ? Relier à la directive européenne (pas de fermeture de compte par un algorithme seul).",
      en = "Analyse a decision taken “by a score”: who wanted it, who computed it, who answers for it? Link to the EU directive (no account closed by an algorithm alone)." },
    { fr = "Chiffrer ce qui se chiffre (un mois de préavis, des soldes, un salaire) et discuter de ce qui ne se chiffre pas.",
      en = "Put figures on what can be counted (a month’s notice, balances, a salary) and discuss what cannot." },
  },
  subjects = {
    { subject = { fr = "SNT / NSI", en = "Computing" },
      link = { fr = "Apprentissage supervisé : des données étiquetées par des humains, un modèle qui les imite, une mesure d’accord.",
               en = "Supervised learning: data labelled by people, a model that imitates them, a measure of agreement." } },
    { subject = { fr = "SES", en = "Economics and social sciences" },
      link = { fr = "Automatisation et emploi ; coût du travail et coût de la machine ; qui capte les gains de productivité ?",
               en = "Automation and jobs; the cost of labour against the cost of the machine; who captures the productivity gains?" } },
    { subject = { fr = "EMC / Philosophie", en = "Civic education / Philosophy" },
      link = { fr = "Responsabilité et décision automatisée ; loyauté envers son employeur et envers les autres : l’alerte, la démission.",
               en = "Responsibility and automated decisions; loyalty to one’s employer and to others: whistle-blowing, resigning." } },
  },
  lesson = {
    { question = 2,
      points = { fr = "Marc fixe la barre, Claire a écrit le score, l’équipe exécute, « personne ne regardera les lignes une par une ». Chacun peut dire que ce n’est pas lui. Faire reconstituer la chaîne, puis lire le repère sur la directive : la loi exige justement qu’une personne puisse répondre d’une telle décision.",
                 en = "Marc sets the bar, Claire wrote the score, the team carries it out, “nobody will look at the lines one by one”. Each can say it wasn’t them. Have pupils rebuild the chain, then read the fact on the directive: the law requires precisely that a person can answer for such a decision." } },
    { question = 1,
      points = { fr = "Le modèle a appris des étiquettes faites par des milliers de personnes payées quelques centimes ; il les remplace sur la tâche même qu’elles lui ont apprise. Le repère sur l’« intelligence artificielle artificielle » et le titre de Casilli aident à voir que le travail humain ne disparaît pas : il change de place (ici, la vérification).",
                 en = "The model learned from labels made by thousands of people paid a few cents; it replaces them on the very task they taught it. The fact on “artificial artificial intelligence” and Casilli’s title help pupils see that human work does not disappear: it moves (here, to verification)." } },
    { question = 5,
      points = { fr = "Théo a une clause de confidentialité et une conscience ; prévenir aide des gens et peut lui coûter, ou coûter à Claire, que Marc soupçonne. Ne pas trancher : faire peser les deux loyautés, et se demander ce qu’aurait changé un préavis officiel. Le soir de l’annonce, répondre à la main à Gérard est un autre geste du même ordre : hors de sa fiche de poste, visible de Marc, signé.",
                 en = "Théo has a confidentiality clause and a conscience; warning helps people and may cost him, or cost Claire, whom Marc suspects. Do not settle it: weigh the two loyalties, and ask what official notice would have changed. On the evening of the announcement, answering Gérard by hand is another gesture of the same kind: outside his job description, visible to Marc, signed." } },
  },
  worksheet = {
    { question = { fr = "Sur le chemin principal, 2 990 comptes sont désactivés. Un mois de préavis coûte 27 000 € (1 500 000 étiquettes à 0,020 € au lieu de 0,002 €), et les soldes de moins de 20 € qu’on leur verse font 22 126 €. Combien cela fait-il par compte désactivé ? Comparez avec ce que Yacine gagne en une journée (chapitre 5).",
                   en = "On the main path, 2,990 accounts are deactivated. A month’s notice costs €27,000 (1,500,000 labels at €0.020 instead of €0.002), and the balances under €20 paid out come to €22,126. How much is that per deactivated account? Compare with what Yacine earns in a day (chapter 5)." },
      answer = { fr = "49 126 € ÷ 2 990 ≈ 16,43 € par compte, dont 7,40 € de solde en moyenne : moins de deux jours de travail de Yacine. Pour Nuée, c’est près de dix mois du salaire de Claire ; pour chacun des comptes, c’est un mois pour se retourner.",
                 en = "€49,126 ÷ 2,990 ≈ €16.43 per account, €7.40 of it balance on average: less than two of Yacine’s working days. For Nuée it is nearly ten months of Claire’s salary; for each account it is a month to find something else." } },
    { question = { fr = "Le score de Yacine est de {reliability} % et la barre est à 90 %. Avec le score corrigé au chapitre 4, il serait à 99 %, et le nombre de comptes désactivés tomberait de 2 990 à 140. Que mesure vraiment la barre ?",
                   en = "Yacine’s score is {reliability}% and the bar is at 90%. With the score corrected in chapter 4 he would be at 99%, and the number of accounts deactivated would fall from 2,990 to 140. What does the bar really measure?" },
      answer = { fr = "Elle mesure autant la règle (le seuil d’accord, le traitement des lectures différentes) que le travail des personnes : le même travail donne 89 % ou 99 % selon ce qu’on a décidé dans un bureau, une nuit.",
                 en = "It measures the rule (the agreement threshold, how different readings are treated) as much as people’s work: the same work gives 89% or 99% depending on what was decided in an office, one night." } },
    { question = { fr = "Le soir de l’annonce, le formulaire reçoit 687 messages et répond à chacun en quatre secondes. Entre 23 h et 0 h 30, Théo en lit treize et y répond à la main. À ce rythme, combien d’heures faudrait-il à une personne pour tous les lire ? Comparez avec le mi-temps que Claire obtient pour lire les contestations.",
                   en = "On the evening of the announcement, the form gets 687 messages and answers each one in four seconds. Between 11 p.m. and 12:30 a.m., Théo reads and answers thirteen by hand. At that rate, how many hours would one person need to read them all? Compare with the half-time post Claire wins to read disputes." },
      answer = { fr = "687 ÷ 13 × 1,5 h ≈ 79 heures, soit plus de deux semaines d’un temps plein, pour un seul soir. Un mi-temps ne lit pas tout : il lit ce qu’on lui met de côté. Les quatre secondes ne sont pas une question de politesse, mais de coût.",
                 en = "687 ÷ 13 × 1.5 h ≈ 79 hours, more than two weeks of full-time work, for a single evening. A half-time post does not read everything: it reads what is set aside for it. The four seconds are not a matter of manners but of cost." } },
  },
  passages = { "ch06.reunion", "ch06.liste", "ch06.soir" },
  references = {
    { fr = "Directive (UE) 2024/2831 relative à l’amélioration des conditions de travail dans le cadre du travail via une plateforme.",
      en = "Directive (EU) 2024/2831 on improving working conditions in platform work." },
    "Antonio A. Casilli, En attendant les robots. Enquête sur le travail du clic, Seuil, 2019.",
    { fr = "Amazon Mechanical Turk : présentation du service à son lancement (2005) comme « artificial artificial intelligence ».",
      en = "Amazon Mechanical Turk: the service as presented at its launch (2005), “artificial artificial intelligence”." },
  },
}
