-- story/teacher/ch04.lua: the notes for teachers of chapter 4, read by
-- `ficelle teacher --chapter 4` (the teacher's pack) and `ficelle handout
-- --short` (the summary and the key passages). Plain data; each text in French
-- and English. The worksheet's {placeholders} are the story's variables at the
-- end of the chapter's main path (the first option of every choice: opened on
-- its own, the chapter starts from its defaults, the threshold at 88 %, and on
-- that path Claire tells Marc and Halo). Its other figures are the story's
-- own: the test account's three tasks and its score (nuee.score_after), Lot 9's
-- bar, Théo's on-call pay, the image rate, Claire's matrix.
---@type TeacherNotes
return {
  blurb = {
    fr = "La nuit avant la livraison au client. Pour la première fois, Claire fait elle-même les tâches qu’elle mesure d’habitude.",
    en = "The night before the delivery to the client. For the first time, Claire does the tasks she usually measures.",
  },
  summary = {
    fr = "La nuit qui précède la livraison à Halo, neuf jours après le lundi du chapitre 2. Selon le seuil choisi, il manque du volume, de l’accord, ou un peu des deux ; et un lot refuse de monter : des phrases dont il faut deviner l’intention, à 0,81 d’accord quand Halo en exige 0,90. Pour la première fois, Claire fait elle-même les tâches les plus disputées, avec un compte de test : son score baisse sans qu’elle ait pu se tromper. Dans sa matrice, le « bruit » dessine des rayures : des personnes attentives lisent les mêmes phrases de deux façons. Le lecteur choisit : le dire à Marc et à Halo, corriger le score en silence, ou retirer les « bruyants » et livrer. Théo, d’astreinte, lit le Comptoir la nuit et peut y répondre sous un pseudonyme ; à deux heures, épuisé, il rencontre à la machine à café la femme qui fait le ménage. Marc écrit au conseil ; à l’aube, la livraison part.",
    en = "The night before the delivery to Halo, nine days after chapter 2’s Monday. Depending on the threshold, there is not enough volume, not enough agreement, or a little of both; and one lot will not rise: sentences whose intention has to be guessed, at 0.81 agreement where Halo requires 0.90. For the first time Claire does the most disputed tasks herself, with a test account: her score falls although she could not have been wrong. In her matrix the “noise” draws stripes: careful people read the same sentences in two ways. The reader chooses: tell Marc and Halo, quietly fix the score, or remove the “noisy” ones and deliver. Théo, on call, reads Le Comptoir at night and may answer there under a pseudonym; at two in the morning, exhausted, he meets the cleaner by the coffee machine. Marc writes to the board; at dawn the delivery goes out.",
  },
  content_note = nil,
  objectives = {
    { fr = "Distinguer une erreur d’un désaccord : comprendre qu’une étiquette « majoritaire » n’est pas toujours la vérité, et ce qu’un jeu de données perd quand on efface les lectures minoritaires.",
      en = "Tell an error from a disagreement: understand that a “majority” label is not always the truth, and what a dataset loses when minority readings are erased." },
    { fr = "Peser un dilemme professionnel (dire, corriger en silence, laisser faire) : ce que coûte chaque choix, à qui, et qui le saura.",
      en = "Weigh a professional dilemma (speak up, fix it quietly, let it go): what each choice costs, to whom, and who will know." },
    { fr = "Parler de l’épuisement au travail avec les mots justes (fatigue, épuisement professionnel, burn-out) et savoir qu’il se dit à quelqu’un.",
      en = "Talk about exhaustion at work with the right words (tiredness, occupational burn-out) and know that it is something to tell someone." },
  },
  subjects = {
    { subject = { fr = "SNT / NSI", en = "Computing" },
      link = { fr = "L’accord inter-annotateurs, la majorité et le bruit : comment on fabrique une « vérité terrain » pour entraîner un modèle.",
               en = "Inter-annotator agreement, majority and noise: how a “ground truth” is made to train a model." } },
    { subject = { fr = "Philosophie", en = "Philosophy" },
      link = { fr = "La vérité et l’interprétation : peut-on avoir raison à deux ? Le devoir de dire, et son prix.",
               en = "Truth and interpretation: can two people both be right? The duty to speak, and its price." } },
    { subject = { fr = "SES", en = "Economics and social sciences" },
      link = { fr = "Les conditions de travail des salariés qualifiés : astreinte, heures, sens du travail ; la sous-traitance du ménage.",
               en = "Skilled employees’ working conditions: on-call duty, hours, the meaning of one’s work; subcontracted cleaning." } },
    { subject = { fr = "Langues vivantes", en = "Modern languages" },
      link = { fr = "« Super, encore un lundi » : traduire l’ironie, et voir ce qu’une phrase ambiguë devient dans l’autre langue (ficelle handout --parallel).",
               en = "“Super, encore un lundi”: translating irony, and seeing what an ambiguous sentence becomes in the other language (ficelle handout --parallel)." } },
  },
  lesson = {
    { question = 1,
      points = { fr = "Faire répondre la classe, à main levée et avant de lire les pourcentages, aux trois tâches de Claire (le passage piéton, « Super, encore un lundi », le sourire sous l’écharpe ; elles sont dans le document court) : la classe se partage comme les contributeurs. On attend l’idée que certaines questions n’ont pas une seule bonne réponse, et qu’une majorité à 54 % est presque un tirage au sort. Puis : que doit apprendre une machine de ce désaccord ?",
                 en = "Have the class answer Claire’s three tasks by a show of hands, before reading the percentages (the crossing, “Super, encore un lundi”, the smile behind the scarf; they are in the short handout): the class splits as the contributors did. Expect the idea that some questions have no single right answer, and that a 54% majority is almost a coin toss. Then: what should a machine learn from that disagreement?" } },
    { question = 2,
      points = { fr = "Dire : la prime de Marc, le client, peut-être des emplois ; mais Halo sait ce que mesure son chiffre. Corriger en silence : personne ne relit un code qui note onze mille personnes, et le chiffre ne tiendra pas si Halo recalcule. Laisser faire : 1 912 personnes perdent des points pour avoir lu autrement. Tous les choix coûtent ; la question est qui paie, et qui le sait.",
                 en = "Speak up: Marc’s bonus, the client, perhaps jobs; but Halo knows what its figure measures. Fix it quietly: nobody reviews code that rates eleven thousand people, and the figure will not hold if Halo recomputes it. Let it go: 1,912 people lose points for reading differently. Every choice costs something; the question is who pays, and who knows." } },
    { question = 3,
      points = { fr = "Relever les signes que donne le texte : les yeux qui ne font plus le point, la douleur sous l’omoplate, quatorze heures de sommeil sans repos, la question de l’utilité de ce qu’il répare. Le repère de l’OMS : un phénomène lié au travail, pas une maladie. Théo n’a pas de mot parce que personne autour de lui n’en parle ; c’est la femme de ménage qui lui dit de le dire à quelqu’un. Rester prudent : des élèves peuvent le vivre chez eux.",
                 en = "Find the signs the text gives: eyes that no longer focus, the pain under his shoulder blade, fourteen hours of sleep without rest, doubting the use of what he repairs. The WHO fact: a phenomenon of work, not a disease. Théo has no word because nobody around him talks about it; it is the cleaner who tells him to say it to someone. Tread carefully: some pupils may see it at home." } },
  },
  worksheet = {
    { question = { fr = "Le seuil d’accord est à {threshold} %. Claire répond à trois tâches où les réponses se partagent à 54 / 46, 46 / 41 / 13 et 51 / 49. Que devient chacune ? Son score passe de 100 % à 97 %. Combien de tâches comme celles-là, parmi les cent dernières, suffiraient à le faire passer sous les 85 % du lot 9 ?",
                   en = "The agreement threshold is {threshold}%. Claire answers three tasks where the answers split 54 / 46, 46 / 41 / 13 and 51 / 49. What becomes of each? Her score goes from 100% to 97%. How many such tasks among the last hundred would take it under Lot 9’s 85%?" },
      answer = { fr = "Aucune n’atteint {threshold} % : toutes retournent dans la file, non payées pour tout le monde, majorité comprise. Chacune enlève un point sur cent : avec 16 tâches de ce genre, le score tombe à 84 %, et le lot 9 se ferme, sans une seule erreur.",
                 en = "None reaches {threshold}%: all go back to the queue, unpaid for everyone, the majority included. Each takes one point off a hundred: with 16 such tasks the score falls to 84%, and Lot 9 closes, without a single mistake." } },
    { question = { fr = "Une nuit d’astreinte rapporte à Théo 120 € bruts, sans compter les heures d’intervention. Combien d’images à 0,03 € un contributeur doit-il étiqueter pour gagner autant ? Combien d’heures, à 40 secondes l’image, sans attente ni refus ?",
                   en = "A night on call pays Théo €120 gross, not counting the hours he intervenes. How many images at €0.03 must a contributor label to earn as much? How many hours, at 40 seconds an image, with no waiting and no refusal?" },
      answer = { fr = "120 ÷ 0,03 = 4 000 images ; 4 000 × 40 s = 160 000 s, soit environ 44 h 30 : plus d’une semaine de travail à temps plein. C’est le calcul que Théo a fait une nuit, et qu’il n’a plus refait.",
                 en = "120 ÷ 0.03 = 4,000 images; 4,000 × 40 s = 160,000 s, about 44 h 30 min: more than a full-time working week. It is the sum Théo did one night and never did again." } },
    { question = { fr = "Dans la matrice de Claire, 15 840 des 48 000 phrases du lot Intentions ont deux lectures stables, et 1 704 des 1 912 annotateurs « bruyants » s’écartent toujours de la même façon. Calculez ces deux parts. Que mesure alors le « bruit » ?",
                   en = "In Claire’s matrix, 15,840 of the lot’s 48,000 sentences have two stable readings, and 1,704 of the 1,912 “noisy” annotators always differ in the same way. Work out both shares. What does the “noise” measure, then?" },
      answer = { fr = "Environ 33 % et 89 %. Près de neuf « bruyants » sur dix ne se trompent pas au hasard : ils lisent autrement, toujours de la même façon. Le bruit mesure surtout l’ambiguïté des phrases.",
                 en = "About 33% and 89%. Nearly nine “noisy” annotators in ten are not wrong at random: they read differently, always in the same way. The noise mostly measures how ambiguous the sentences are." } },
  },
  passages = { "ch04.essai", "ch04.choix" },
  references = {
    { fr = "Organisation mondiale de la santé, Classification internationale des maladies, 11e révision (CIM-11), 2019 : le burn-out (épuisement professionnel), classé parmi les phénomènes liés au travail.",
      en = "World Health Organization, International Classification of Diseases, 11th revision (ICD-11), 2019: burn-out, classed as an occupational phenomenon." },
    "Antonio A. Casilli, En attendant les robots. Enquête sur le travail du clic, Seuil, 2019.",
    { fr = "Pour prolonger (question 3) : David Graeber, Bullshit Jobs, 2018, qui cite un sondage où 37 % des salariés britanniques jugeaient leur emploi inutile au monde ; des études plus larges trouvent des parts bien plus faibles, environ 8 % (Dur et van Lent, 2019). Un cadre pour débattre, non un constat sur les ingénieurs.",
      en = "Further (question 3): David Graeber, Bullshit Jobs, 2018, which cites a poll in which 37% of British workers said their job made no meaningful contribution to the world; larger studies find far lower shares, about 8% (Dur and van Lent, 2019). A framing for debate, not a finding about engineers." },
  },
}
