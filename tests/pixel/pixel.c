/*
** pixel: the window's screens rendered offscreen (SDL's software renderer on a
** surface, no display) and compared with golden PNGs in tests/pixel/golden/.
** The screens are built from events written here, not played from the story,
** so a writer's edit of chapter 1 never breaks a golden; layouts, palettes,
** images and interface strings are the real ones from the source tree.
**
**   pixel_test ARCHIVE [--update] [--out DIR] [NAME...]
**
** ARCHIVE is the built centimes.zip (for the fonts). --update rewrites the
** goldens; otherwise a screen fails when more than 0.5 % of its pixels differ
** by more than 48 on a channel, and NAME.actual.png and NAME.diff.png are
** written to DIR (default: the current directory).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "err.h"
#include "font.h"
#include "layout.h"
#include "screen.h"
#include "shot.h"
#include "slots.h"
#include "story.h"
#include "text.h"
#include "ui.h"
#include "vfs.h"

#ifndef PIXEL_GOLDEN
#define PIXEL_GOLDEN FICELLE_SOURCE_ROOT "/tests/pixel/golden"
#endif

static Story *story;
static const char *out_dir = ".";
static bool update;

/* ---- events and the page, as the core would keep them ------------------------- */

/* The screen the core would describe: a layout, its bindings and its page. */
static struct {
  char layout[32];
  json_t *binds;
  StoryLine lines[64];
  int n;
  unsigned long seq;
  unsigned serial;
} scr;

static Event event(EventKind kind, const char *layout)
{
  Event ev;
  memset(&ev, 0, sizeof ev);
  ev.kind = kind;
  ev.scene = "ch01.test";
  ev.file = "story/ch01_lundi.lua";
  ev.layout = layout;
  ev.chapter = 1;
  return ev;
}

static const StoryLine *test_line(const void *src, int i)
{
  (void)src;
  return i >= 0 && i < scr.n ? &scr.lines[i] : NULL;
}

/* A language class's page: each line, then "(en)" and the line, as the
** other language would give it. */
static bool bilingual;

static char *test_other(const void *src, int i)
{
  char buf[1200];
  (void)src;
  if (i < 0 || i >= scr.n)
    return NULL;
  snprintf(buf, sizeof buf, "(en) %s", scr.lines[i].text);
  return strdup(buf);
}

static void screen_clear(void)
{
  for (int i = 0; i < scr.n; i++) {
    free((char *)scr.lines[i].speaker);
    free((char *)scr.lines[i].text);
  }
  scr.n = 0;
  scr.layout[0] = '\0';
  json_decref(scr.binds);
  scr.binds = json_object();
  scr.serial++;
}

static void screen_sync(Layout *L, EventKind kind, const char *layout, Event *ev)
{
  if (strcmp(layout, scr.layout) != 0) { /* another layout: a new page */
    for (int i = 0; i < scr.n; i++) {
      free((char *)scr.lines[i].speaker);
      free((char *)scr.lines[i].text);
    }
    scr.n = 0;
    scr.serial++;
    snprintf(scr.layout, sizeof scr.layout, "%s", layout);
  }
  ev->kind = kind;
  ev->scene = "ch01.test";
  ev->file = "story/ch01_lundi.lua";
  ev->layout = scr.layout;
  ev->bindings = scr.binds;
  ev->page = scr.serial;
  ev->chapter = 1;
  LayoutPage page = { scr.n, test_line, NULL, bilingual ? test_other : NULL };
  layout_sync(L, ev, &page, 0);
}

static void say(Layout *L, const char *layout, const char *speaker, const char *text,
                const char *style)
{
  Event ev;
  memset(&ev, 0, sizeof ev);
  if (strcmp(layout, scr.layout) != 0)
    screen_sync(L, EVENT_NONE, layout, &ev);
  /* French typography is the core's job: do what it does to a line. */
  StoryLine *l = &scr.lines[scr.n++];
  l->speaker = speaker ? strdup(speaker) : NULL;
  l->text = text_french(text);
  l->style = style;
  l->seq = ++scr.seq;
  memset(&ev, 0, sizeof ev);
  ev.speaker = l->speaker;
  ev.text = l->text;
  ev.style = style;
  screen_sync(L, EVENT_LINE, layout, &ev);
}

static void show(Layout *L, const char *layout, json_t *binds)
{
  Event ev;
  memset(&ev, 0, sizeof ev);
  json_decref(scr.binds);
  scr.binds = binds;
  screen_sync(L, EVENT_NONE, layout, &ev);
}

static void offer(Layout *L, const char *layout, const char *prompt, const char *const *opts, int n,
                  json_t *task)
{
  EventOption o[9];
  for (int i = 0; i < n && i < 9; i++) {
    o[i].text = opts[i];
    o[i].index = i + 1;
  }
  Event ev;
  memset(&ev, 0, sizeof ev);
  ev.text = prompt;
  ev.options = o;
  ev.noptions = n;
  ev.data = task;
  screen_sync(L, EVENT_CHOICE, layout, &ev);
  json_decref(task);
}

static void page_text(Layout *L)
{
  layout_set_chapter(L, 1, "Lundi");
  show(L, "page", json_object());
  say(L, "page", NULL, "Ce que votre parcours a décidé : rien encore. C’est lundi.", "note");
  say(L, "page", NULL,
      "6 h 12. L’écran s’allume avant lui. Dans la chambre, la seule lumière "
      "est celle du portable, posé sur une planche à repasser qui sert de bureau depuis deux ans.",
      "narration");
  say(L, "page", "Yacine", "Allez. Trois euros avant le café.", "speech");
  say(L, "page", NULL,
      "Il le dit tous les matins, à voix basse, pour ne pas réveiller "
      "personne : sa mère n’est pas encore rentrée.",
      "narration");
}

/* ---- the screens ------------------------------------------------------------ */

typedef struct Shot {
  const char *name;
  int w, h;
  void (*draw)(Ui *ui, Layout *L);
} Shot;

static void draw_title(Ui *ui, Layout *L)
{
  (void)L;
  screen_title(ui, NULL, NULL, false);
}

static void draw_page(Ui *ui, Layout *L)
{
  page_text(L);
  layout_draw(L, ui, 0);
}

static void draw_page_bilingual(Ui *ui, Layout *L)
{
  bilingual = true;
  page_text(L);
  bilingual = false;
  layout_draw(L, ui, 0);
}

static void add_choice(Layout *L)
{
  static const char *const opts[] = { "Se connecter tout de suite", "Faire d’abord le café",
                                      "Regarder le plafond encore une minute" };
  offer(L, "page", "6 h 13.", opts, 3, NULL);
}

static void draw_choice(Ui *ui, Layout *L)
{
  page_text(L);
  add_choice(L);
  layout_draw(L, ui, 0);
}

static void draw_choice_hover(Ui *ui, Layout *L)
{
  draw_choice(ui, L);
  /* The mouse over the second option: it takes the focus and its colour. */
  SDL_Rect rc = ui->buttons[1].rc;
  ui_hover(ui, rc.x + rc.w / 2, rc.y + rc.h / 2);
  ui_begin(ui);
  layout_draw(L, ui, 0);
}

static void draw_choice_keys(Ui *ui, Layout *L)
{
  draw_choice(ui, L);
  ui_focus_move(ui, 1);
  ui_focus_move(ui, 1);
  ui_focus_move(ui, 1);
  ui_begin(ui);
  layout_draw(L, ui, 0);
}

static void draw_platform(Ui *ui, Layout *L)
{
  show(L, "platform",
       json_pack("{s:i, s:i, s:s, s:s}", "balance", 1712, "reliability", 94, "clock", "6 h 14",
                 "notice", "Lot 3 — Scènes de rue — 0,03 € la tâche"));
  say(L, "platform", NULL,
      "Première tâche. Une rue sous la pluie, prise depuis une voiture, le soir.", "narration");
  say(L, "platform", "Yacine", "Trois centimes. Allez.", "speech");
  static const char *const opts[] = { "Oui", "Non" };
  offer(L, "platform", NULL, opts, 2,
        json_pack("{s:s, s:s, s:s, s:s, s:i, s:i}", "kind", "image", "image", "ch01_crosswalk",
                  "question", "Cette image contient-elle un passage piéton ?", "alt",
                  "Une rue mouillée au crépuscule.", "pay", 3, "seconds", 40));
  layout_draw(L, ui, 0);
}

/* Chapter 1's captcha as the chapter asks it: nine tiles to tick, « Valider ». */
static void offer_captcha(Layout *L, int balance)
{
  show(L, "platform",
       json_pack("{s:i, s:i, s:s, s:s, s:i}", "balance", balance, "reliability", 94, "clock",
                 "6 h 13", "notice", "Connexion", "withdraw_min", 2000));
  say(L, "platform", NULL, "Il coche. La case réfléchit. Puis elle veut des preuves.", "narration");
  static const char *const opts[] = { "Les trois feux entiers", "Les trois feux et le poteau" };
  offer(L, "platform", NULL, opts, 2,
        json_pack("{s:s, s:s, s:s, s:i, s:i, s:[f,f,f,f,i,i], s:[s,s], s:[[i,i,i],[i,i,i,i]]}",
                  "kind", "image", "image", "ch01_captcha", "question",
                  "Sélectionnez toutes les images contenant des feux de circulation.", "seconds",
                  30, "pay", 3, "grid", 4.5, 68.5, 471.0, 351.0, 3, 3, "answers", opts[0], opts[1],
                  "picks", 1, 5, 8, 1, 5, 6, 8));
}

static void draw_captcha(Ui *ui, Layout *L)
{
  offer_captcha(L, 1712);
  layout_draw(L, ui, 0);
}

/* The reader has ticked two tiles and points at a third; the timer has run 12 s. */
static void draw_captcha_ticked(Ui *ui, Layout *L)
{
  offer_captcha(L, 1712);
  layout_toggle(L, 0);
  layout_toggle(L, 4);
  layout_toggle(L, 5);
  layout_toggle(L, 5); /* ticked, then unticked */
  layout_draw(L, ui, 12000);
  for (int i = 0; i < ui->nbuttons; i++)
    if (ui->buttons[i].act.kind == ACT_TOGGLE && ui->buttons[i].act.arg == 7)
      ui_hover(ui, ui->buttons[i].rc.x + 5, ui->buttons[i].rc.y + 5);
  ui_begin(ui);
  layout_draw(L, ui, 12000);
}

/* « Valider »: the task stays, answered, while the narration goes on; the
** balance paid shows « +0,03 € » beside it. */
static void draw_captcha_sent(Ui *ui, Layout *L)
{
  offer_captcha(L, 2012);
  layout_toggle(L, 0);
  layout_toggle(L, 4);
  layout_toggle(L, 7);
  layout_chosen(L, layout_pick(L));
  show(L, "platform",
       json_pack("{s:i, s:i, s:s, s:s, s:i}", "balance", 2015, "reliability", 94, "clock", "6 h 14",
                 "notice", "Connexion", "withdraw_min", 2000));
  say(L, "platform", NULL, "Le poteau, il le laisse. On lui a demandé des feux, pas leur famille.",
      "narration");
  layout_draw(L, ui, 500);
}

/* Chapter 3's bus stop: two frames proposed on the photo, the shelter's ticked. */
static void draw_task_boxes(Ui *ui, Layout *L)
{
  show(L, "platform",
       json_pack("{s:i, s:i, s:s, s:s, s:i}", "balance", 1690, "reliability", 91, "clock", "6 h 05",
                 "notice", "Lot 3 — Scènes de rue — 0,03 € la tâche", "withdraw_min", 2000));
  static const char *const opts[] = { "Oui", "Non" };
  offer(L, "platform", NULL, opts, 2,
        json_pack("{s:s, s:s, s:s, s:i, s:i, s:[[i,i,i,i],[i,i,i,i]], s:[s,s], s:[[i,i],[]]}",
                  "kind", "image", "image", "ch03_bus_stop", "question",
                  "Cette image contient-elle un arrêt de bus ?", "seconds", 40, "pay", 3, "boxes",
                  394, 86, 220, 160, 244, 98, 40, 126, "answers", opts[0], opts[1], "picks", 1, 2));
  layout_toggle(L, 0);
  layout_draw(L, ui, 36000);
}

/* The history he opens in chapter 3: red lines with their grey link, the
** queue of lots, the withdraw button grey under its floor. */
static void draw_platform_history(Ui *ui, Layout *L)
{
  show(L, "platform",
       json_pack("{s:i, s:i, s:s, s:s, s:i, s:[{s:s, s:s, s:s, s:i}, {s:s, s:s, s:i}, {s:s, s:s, "
                 "s:i}, {s:s, s:s, s:s, s:i}], s:[{s:s, s:i}, {s:s, s:i}, {s:s, s:i}], s:[i,i]}",
                 "balance", 1690, "reliability", 84, "clock", "10 h 12", "notice",
                 "Réponse non conforme", "withdraw_min", 2000, "history", "text",
                 "Arrêt de bus — Réponse non conforme", "style", "bad", "link",
                 "Contester cette décision", "note", -3, "text",
                 "Ton d’un message — Tâche remise en file — non rémunérée", "style", "dim", "note",
                 -2, "text", "Comparaison de réponses — Acceptée", "style", "good", "note", 8,
                 "text", "Chat sur un muret — Réponse non conforme", "style", "bad", "link",
                 "Contester cette décision", "note", -3, "lots", "text", "Lot 3 — Scènes de rue",
                 "note", 3, "text", "Lot 7 — Modération de textes", "note", 9, "text",
                 "Lot 12 — Messages clients", "note", 2, "progress", 9, 30));
  say(L, "platform", NULL,
      "Sous chaque ligne rouge, un petit lien gris : « Contester cette décision ».", "narration");
  layout_draw(L, ui, 0);
}

static void draw_chat(Ui *ui, Layout *L)
{
  layout_set_side(L, "office");
  show(L, "chat",
       json_pack("{s:s, s:[s,s,s]}", "channel", "#équipe-données", "people", "Claire Morel",
                 "Théo Lambert", "Marc Delaunay"));
  say(L, "chat", "Marc Delaunay", "Réunion à 11 h. Halo avance son lancement de trois semaines.",
      "speech");
  say(L, "chat", "Théo Lambert", "Trois semaines ? On n’a même pas fini le lot 6.", "speech");
  say(L, "chat", NULL, "Claire ouvre le tableau de bord avant de répondre.", "narration");
  say(L, "chat", "Claire Morel",
      "Je regarde ce que ça donne avec un seuil plus haut. Donnez-moi vingt minutes.", "speech");
  static const char *const opts[] = { "« Je vous montre les chiffres à 11 h. »",
                                      "« Et les contributeurs, on les prévient ? »" };
  offer(L, "chat", NULL, opts, 2, NULL);
  layout_draw(L, ui, 0);
}

/* Le Comptoir: each message under the time the screen showed when it came,
** two messages from one person grouped, an emoji from the fallback face, the
** composer at the foot. */
static void draw_chat_emoji(Ui *ui, Layout *L)
{
  layout_set_side(L, "office");
  show(L, "chat", json_pack("{s:s, s:s}", "channel", "Le Comptoir", "clock", "6 h 40"));
  say(L, "chat", "Creil60", "Quelqu’un a eu des rejets cette nuit ?", "speech");
  show(L, "chat", json_pack("{s:s, s:s}", "channel", "Le Comptoir", "clock", "6 h 52"));
  say(L, "chat", "Pasdebol", "Trois. Sur un chat.", "speech");
  say(L, "chat", "Pasdebol", "Bienvenue dans le club des pas assez yaourt 😄", "speech");
  say(L, "chat", NULL, "Yacine relit la phrase deux fois.", "narration");
  layout_draw(L, ui, 0);
}

static void draw_ending(Ui *ui, Layout *L)
{
  (void)L;
  Event ev = event(EVENT_ENDING, "page");
  ev.text = "Le tableau reste vert";
  json_t *d = json_pack("{s:s, s:s}", "id", "green", "title", "Le tableau reste vert");
  ev.data = d;
  screen_ending(ui, &ev);
  json_decref(d);
}

/* The end screen with the reader's decisions and the credits (ending{}'s
** summary and credits). */
static void draw_ending_summary(Ui *ui, Layout *L)
{
  (void)L;
  Event ev = event(EVENT_ENDING, "page");
  ev.text = "Un lien";
  json_t *d = json_pack(
      "{s:s, s:s, s:[s,s,s,s,s], s:[s,s,s]}", "id", "un_lien", "title", "Un lien", "summary",
      "Claire a fixé le seuil d’accord à 88 %.", "Yacine a pris le lot 7.",
      "Théo a répondu au Comptoir sous le nom de Veilleur.", "Le compte de Yacine a été désactivé.",
      "Yacine a dit à sa mère pour qui il travaillait.", "credits",
      "Centimes, une fiction interactive en huit chapitres.",
      "D’après la prémisse du roman de Hugo Jauffret, Je ne suis pas un robot (Eyrolles, 2023).",
      "Ficelle est écrit en C, avec SDL2, SDL2_ttf, Lua 5.4, PhysicsFS et Jansson.");
  ev.data = d;
  screen_ending(ui, &ev);
  json_decref(d);
}

static void draw_error(Ui *ui, Layout *L)
{
  (void)L;
  Event ev = event(EVENT_ERROR, "page");
  ev.line = 142;
  ev.text =
      "story/ch01_lundi.lua:142: attempt to perform arithmetic on a nil value (field 'balanse')";
  screen_error(ui, &ev);
}

static void draw_chapter(Ui *ui, Layout *L)
{
  (void)L;
  Event ev = event(EVENT_CHAPTER, "page");
  ev.text = "Sprint";
  json_t *d = json_pack("{s:s, s:i, s:s, s:s}", "id", "ch02", "number", 2, "side", "office",
                        "title", "Sprint");
  ev.data = d;
  ev.chapter = 2;
  screen_chapter(ui, &ev);
  json_decref(d);
}

static void draw_card(Ui *ui, Layout *L)
{
  (void)L;
  Event ev = event(EVENT_CARD, "page");
  json_t *d = json_pack(
      "{s:s, s:s, s:[s,s,s], s:[{s:s, s:s}], s:[[s,s],[s,s]]}", "chapter", "ch01", "title", "Lundi",
      "questions", "Pourquoi la plateforme dit-elle « contributeurs » et jamais « travailleurs » ?",
      "Faites le compte de la matinée de Yacine : combien de temps, combien d’argent ?",
      "Qui voit le travail de Yacine ?", "facts", "text",
      "En 2019, environ 260 000 personnes micro-travaillaient en France, au moins de temps en "
      "temps.",
      "source", "Le Ludec, Tubaro, Casilli, i3 working paper 19-SES-02, 2019", "vocabulary",
      "micro-tâche", "travail très court, payé à la pièce, proposé en ligne", "seuil de retrait",
      "somme minimale avant de pouvoir toucher l’argent gagné");
  ev.data = d;
  screen_card(ui, &ev);
  json_decref(d);
}

/* Preferences with some values away from their defaults: a step at its end
** (its + dimmed), OpenDyslexic named, skip of all text. */
static void draw_prefs(Ui *ui, Layout *L)
{
  Settings set = {
    .speed = 90, .auto_pace = 30, .text_scale = 1.6f, .dyslexic = true, .skip_all = true
  };
  (void)L;
  ui->text_scale = 1.0f; /* the screen at the default size, its value saying 160 % */
  screen_prefs(ui, &set);
}

/* The same with the largest text in a small window: every row and Back fit. */
static void draw_prefs_large(Ui *ui, Layout *L)
{
  Settings set = { .speed = 45, .auto_pace = 45, .text_scale = 1.6f, .quick = true };
  (void)L;
  ui->text_scale = 1.6f;
  screen_prefs(ui, &set);
}

/* The reader's progress the chapter select is drawn with: chapter 1 read,
** chapter 2 begun, the others not. */
static Progress some_progress(void)
{
  Progress progress = { 0 };
  progress.chapters[1] = CHAPTER_READ;
  progress.chapters[2] = CHAPTER_BEGUN;
  return progress;
}

/* The chapter select. */
static void draw_chapters(Ui *ui, Layout *L)
{
  Progress progress = some_progress();
  (void)L;
  screen_chapters(ui, &progress);
}

/* The same in a small window, the mouse over the last chapter's row: the
** pane shows it, with every one of its presets (chapter 8 has five). */
static void draw_chapters_small(Ui *ui, Layout *L)
{
  Progress progress = some_progress();
  (void)L;
  screen_chapters(ui, &progress);
  int last = -1;
  for (int i = 0; i < ui->nbuttons; i++)
    if (ui->buttons[i].act.kind == ACT_CHAPTER)
      last = i;
  SDL_Rect rc = ui->buttons[last].rc;
  ui_hover(ui, rc.x + rc.w / 2, rc.y + rc.h / 2);
  ui_begin(ui);
  screen_chapters(ui, &progress);
}

static void draw_menu(Ui *ui, Layout *L)
{
  draw_page(ui, L);
  ui_begin(ui);
  screen_menu(ui, true);
}

static void platform_binds(Layout *L, const char *notice)
{
  show(L, "platform",
       json_pack("{s:i, s:i, s:s, s:s}", "balance", 1724, "reliability", 94, "clock", "6 h 26",
                 "notice", notice));
}

static void draw_task_text(Ui *ui, Layout *L)
{
  platform_binds(L, "Lot 12 — Service client — 0,02 € la tâche");
  say(L, "platform", NULL, "Réclamation. Le « merci quand même » ne trompe personne.", "narration");
  static const char *const opts[] = { "Réclamation", "Demande d’information", "Résiliation",
                                      "Autre" };
  offer(L, "platform", NULL, opts, 4,
        json_pack("{s:s, s:s, s:s, s:i, s:i}", "kind", "text", "question",
                  "Quelle est l’intention de ce message ?", "text",
                  "Bonjour, ça fait trois semaines que j’attends qu’on me rappelle. Je veux juste "
                  "savoir si j’aurai du chauffage cet hiver. Merci quand même.",
                  "pay", 2, "seconds", 30));
  layout_draw(L, ui, 0);
}

static void draw_task_rank(Ui *ui, Layout *L)
{
  platform_binds(L, "Lot 9 — Assistant conversationnel — 0,08 € la tâche");
  static const char *const opts[] = { "La réponse A", "La réponse B", "Elles se valent" };
  offer(
      L, "platform", NULL, opts, 3,
      json_pack("{s:s, s:s, s:s, s:s, s:i, s:i}", "kind", "rank", "question",
                "« Mon compteur indique une consommation trois fois plus élevée que d’habitude. "
                "Que dois-je faire ? » Quelle réponse est la plus utile ?",
                "a",
                "Je comprends votre inquiétude ! Une consommation élevée peut avoir de nombreuses "
                "causes. N’hésitez pas à contacter votre fournisseur pour en savoir plus.",
                "b",
                "Relevez le chiffre affiché sur votre compteur et comparez-le à celui de votre "
                "dernière facture. S’il y a un écart, demandez une facture rectifiée.",
                "pay", 8, "seconds", 60));
  layout_draw(L, ui, 0);
}

static void draw_task_survey(Ui *ui, Layout *L)
{
  platform_binds(L, "Enquête consommateurs — 0,60 € — environ 15 minutes");
  static const char *const opts[] = { "Aucun", "1 à 3", "4 à 7", "Plus de 7" };
  offer(L, "platform", NULL, opts, 4,
        json_pack("{s:s, s:s}", "kind", "survey", "question",
                  "Question 1 sur 30 — Combien de yaourts consommez-vous par semaine ?"));
  layout_draw(L, ui, 0);
}

static void draw_mail(Ui *ui, Layout *L)
{
  layout_set_side(L, "office");
  show(L, "mail",
       json_pack("{s:s, s:s, s:s}", "from", "Marc Delaunay", "to", "Claire Morel ; Théo Lambert",
                 "subject", "TR : Halo — calendrier de livraison"));
  say(L, "mail", NULL,
      "Marc a ajouté une ligne au-dessus du message transféré : « Pour 11 h. On en parle "
      "calmement. M. »",
      "narration");
  say(L, "mail", "Jonas Weber",
      "Bonjour Marc, comme évoqué jeudi, notre lancement public est avancé de trois semaines. Le "
      "board a tranché.",
      "speech");
  layout_draw(L, ui, 0);
}

/* A mail answered: its body and the quoted message stay above while the
** reply is chosen under them. */
static void draw_mail_reply(Ui *ui, Layout *L)
{
  layout_set_side(L, "office");
  show(L, "mail",
       json_pack("{s:s, s:s, s:s}", "from", "Contributrice n° 48213", "to", "contact@nuee.fr",
                 "subject", "Réponse non conforme ???"));
  say(L, "mail", "Josiane",
      "Bonjour, depuis jeudi mes réponses sur les photos de feux sont refusées. Je regarde bien.",
      "speech");
  say(L, "mail", "Josiane", "Je veux juste savoir ce que je fais mal. Josiane.", "speech");
  say(L, "mail", "Nuée — Support", "Nos équipes étudient votre demande avec attention.", "speech");
  say(L, "mail", NULL, "Claire connaît la réponse. Elle est dans son code.", "narration");
  say(L, "mail", NULL, "Le curseur attend dans la case « Répondre ».", "note");
  static const char *const opts[] = { "Lui répondre elle-même", "Envoyer le modèle du juridique" };
  offer(L, "mail", NULL, opts, 2, NULL);
  layout_draw(L, ui, 0);
}

static void draw_dashboard(Ui *ui, Layout *L)
{
  layout_set_side(L, "office");
  show(L, "dashboard",
       json_pack("{s:[[s,s],[s,s],[s,s],[s,s]], s:s}", "rows", "Coût par label", "0,021 €",
                 "Objectif fin de trimestre", "0,018 €", "Accord inter-annotateurs", "0,87",
                 "Contributeurs actifs (7 jours)", "11 384", "alert",
                 "Halo : livraison complète dans 10 jours"));
  say(L, "dashboard", NULL,
      "Le tableau de bord tient sur un seul écran. Claire l’a dessiné elle-même, en gris et en "
      "vert.",
      "narration");
  static const char *const opts[] = { "Proposer le seuil à 88 %", "Garder 85 %" };
  offer(L, "dashboard", "10 h 20. La réunion est dans quarante minutes.", opts, 2, NULL);
  layout_draw(L, ui, 0);
}

/* Chapter 8's March: the dashboard's line drawn orange by the binding `tone`. */
static void draw_dashboard_warn(Ui *ui, Layout *L)
{
  layout_set_side(L, "office");
  show(L, "dashboard",
       json_pack("{s:[[s,s],[s,s]], s:s, s:s}", "rows", "Labels corrigés — toutes scènes", "6 %",
                 "Labels corrigés — scènes de chantier", "31 %", "alert",
                 "Dérive du modèle : scènes de chantier (marquage temporaire)", "tone", "warn"));
  say(L, "dashboard", NULL, "Sur l’écran mural, une ligne orange depuis jeudi.", "narration");
  layout_draw(L, ui, 0);
}

static void draw_platform_waiting(Ui *ui, Layout *L)
{
  platform_binds(L, "Bonjour Yacine ! Chaque clic compte.");
  say(L, "platform", NULL,
      "Nuée s’ouvre. Un fond blanc, des points bleus qui dérivent lentement, "
      "comme des moucherons au-dessus d’une flaque.",
      "narration");
  say(L, "platform", NULL,
      "En haut à droite, deux chiffres. Son solde : 17,24 €. Son score de fiabilité : 94 %.",
      "narration");
  layout_draw(L, ui, 0);
}

/* Claire's simulation as ch02 shows it: a table, its chart, a grey-green note. */
static void draw_dashboard_long(Ui *ui, Layout *L)
{
  layout_set_side(L, "office");
  show(
      L, "dashboard",
      json_pack("{s:{s:[s,s,s,s,s], s:[[s,s,s,s,s],[s,s,s,s,s],[s,s,s,s,s]], s:[i,i,i], s:i}, s:s}",
                "table", "head", "Seuil", "Non payées", "Coût par label", "Accord", "Sous 85 %",
                "rows", "80 %", "5,0 %", "0,022 €", "0,86", "234", "88 %", "12,6 %", "0,020 €",
                "0,90", "3 384", "95 %", "24,4 %", "0,017 €", "0,94", "6 884", "bars", 50, 126, 244,
                "chart", 1, "alert", "Simulation sur la semaine dernière"));
  say(L, "dashboard", NULL, "Plus le seuil monte, plus le coût descend.", "narration");
  layout_draw(L, ui, 0);
}

static void draw_title_en(Ui *ui, Layout *L)
{
  (void)L;
  story_set_language(story, "en");
  screen_title(ui, ui_text(ui, "menu.continue"), NULL, false);
  story_set_language(story, "fr");
}

/* ---- the save slots: fixtures written here, not saves of the story -------- */

/* A thumbnail as the window would write it: a chapter card drawn small. */
static SDL_Surface *mini_card(int number, const char *side, const char *title)
{
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, SLOTS_THUMB_W, SLOTS_THUMB_W * 9 / 16, 32,
                                                  SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = s ? SDL_CreateSoftwareRenderer(s) : NULL;
  if (!r) {
    SDL_FreeSurface(s);
    return NULL;
  }
  Ui ui;
  ui_init(&ui, r, story);
  ui_resize(&ui, s->w, s->h);
  ui_begin(&ui);
  Event ev = event(EVENT_CHAPTER, "page");
  ev.text = title;
  json_t *d = json_pack("{s:i, s:s, s:s}", "number", number, "side", side, "title", title);
  ev.data = d;
  ev.chapter = number;
  screen_chapter(&ui, &ev);
  json_decref(d);
  SDL_RenderPresent(r);
  font_cache_clear(); /* its textures belong to this renderer */
  SDL_DestroyRenderer(r);
  return s;
}

static void slot_fixture(SlotInfo *si, int id, int chapter, const char *title, const char *saved,
                         const char *side)
{
  memset(si, 0, sizeof *si);
  si->id = id;
  if (!title)
    return;
  si->used = true;
  si->chapter = chapter;
  snprintf(si->title, sizeof si->title, "%s", title);
  snprintf(si->saved, sizeof si->saved, "%s", saved);
  si->thumb = mini_card(chapter, side, title);
}

/* The Save screen's first page: two slots filled, four free, the keyboard's
** focus on the second. */
static void draw_slots_save(Ui *ui, Layout *L)
{
  SlotsView v;
  memset(&v, 0, sizeof v);
  v.page = 1;
  v.nslots = SLOTS_PER_PAGE;
  slot_fixture(&v.slot[0], 0, 1, "Lundi", "2026-12-01 10:45", "yacine");
  slot_fixture(&v.slot[1], 1, 3, "Non conforme", "2026-12-02 21:07", "office");
  for (int i = 2; i < SLOTS_PER_PAGE; i++)
    slot_fixture(&v.slot[i], i, 0, NULL, NULL, NULL);
  draw_page(ui, L);
  ui_begin(ui);
  slots_draw(ui, &v);
  ui_focus_move(ui, 1);
  ui_focus_move(ui, 1);
  draw_page(ui, L);
  ui_begin(ui);
  slots_draw(ui, &v);
  slots_view_free(&v);
}

/* The question before a save is overwritten, Cancel focused. */
static void draw_confirm(Ui *ui, Layout *L)
{
  SlotInfo si;
  char when[64];
  slot_fixture(&si, 1, 2, "Sprint", "2026-12-01 10:45", "office");
  slots_when(ui, &si, false, when, sizeof when);
  json_t *args = json_pack("{s:i, s:s}", "chapter", si.chapter, "time", when);
  char *q = story_ui_format(story, "confirm.overwrite", args);
  json_decref(args);
  draw_page(ui, L);
  ui_begin(ui);
  ui->focus = 0;
  ui->keyboard = true;
  slots_confirm(ui, q ? q : "", ui_text(ui, "confirm.overwrite_yes"));
  free(q);
  slots_info_free(&si);
}

/* The title with a game to continue: where it goes, and since when. */
static void draw_title_continue(Ui *ui, Layout *L)
{
  (void)L;
  screen_title(ui, "Continuer — chapitre 3, Non conforme", "01/12/2026, 10 h 45", false);
}

/* Each task image alone, on its card's colour: a drawing's regression test. */
static void image_shot(Ui *ui, const char *name)
{
  ui_set_mood(ui, "yacine");
  draw_rect(ui->r, (SDL_Rect){ 0, 0, ui->w, ui->h }, ui->pal.panel);
  draw_image(ui->r, story_data(story, "images", name), (SDL_Rect){ 0, 0, ui->w, ui->h });
}
#define IMAGE_SHOT(name)                                                                           \
  static void draw_##name(Ui *ui, Layout *L)                                                       \
  {                                                                                                \
    (void)L;                                                                                       \
    image_shot(ui, #name);                                                                         \
  }
IMAGE_SHOT(ch01_captcha)
IMAGE_SHOT(ch01_crosswalk)
IMAGE_SHOT(ch03_bus_stop)
IMAGE_SHOT(ch03_lot7)
IMAGE_SHOT(ch04_smile)

static const Shot shots[] = {
  { "title", 960, 540, draw_title },
  { "page_speaker", 960, 540, draw_page },
  { "page_tall", 600, 800, draw_page },
  { "page_hidpi", 1920, 1080, draw_page },
  { "page_bilingual", 960, 540, draw_page_bilingual },
  { "choice_hover", 960, 540, draw_choice_hover },
  { "choice_keys", 960, 540, draw_choice_keys },
  { "platform_task", 960, 540, draw_platform },
  { "platform_captcha", 960, 540, draw_captcha },
  { "platform_waiting", 960, 540, draw_platform_waiting },
  { "captcha_ticked", 960, 540, draw_captcha_ticked },
  { "captcha_sent", 960, 540, draw_captcha_sent },
  { "task_boxes", 960, 540, draw_task_boxes },
  { "platform_history", 960, 540, draw_platform_history },
  { "task_text", 960, 540, draw_task_text },
  { "task_rank", 960, 540, draw_task_rank },
  { "task_survey", 960, 540, draw_task_survey },
  { "mail", 960, 540, draw_mail },
  { "mail_reply", 960, 540, draw_mail_reply },
  { "dashboard", 960, 540, draw_dashboard },
  { "dashboard_long", 960, 540, draw_dashboard_long },
  { "dashboard_warn", 960, 540, draw_dashboard_warn },
  { "title_en", 960, 540, draw_title_en },
  { "image_ch01_captcha", 480, 300, draw_ch01_captcha },
  { "image_ch01_crosswalk", 640, 400, draw_ch01_crosswalk },
  { "image_ch03_bus_stop", 640, 400, draw_ch03_bus_stop },
  { "image_ch03_lot7", 640, 400, draw_ch03_lot7 },
  { "image_ch04_smile", 640, 400, draw_ch04_smile },
  { "chat", 960, 540, draw_chat },
  { "chat_emoji", 960, 540, draw_chat_emoji },
  { "chapter_card", 960, 540, draw_chapter },
  { "discussion_card", 960, 540, draw_card },
  { "ending", 960, 540, draw_ending },
  { "ending_summary", 1280, 800, draw_ending_summary },
  { "error", 960, 540, draw_error },
  { "menu", 960, 540, draw_menu },
  { "prefs", 960, 540, draw_prefs },
  { "chapters", 1280, 720, draw_chapters },
  { "prefs_large", 800, 600, draw_prefs_large },
  { "chapters_small", 800, 600, draw_chapters_small },
  { "slots_save", 960, 540, draw_slots_save },
  { "confirm", 960, 540, draw_confirm },
  { "title_continue", 960, 540, draw_title_continue },
  /* Narrow and portrait windows: the panels stacked (layout_narrow). */
  { "platform_small", 800, 600, draw_platform },
  { "platform_tall", 600, 900, draw_captcha },
  { "dashboard_tall", 600, 900, draw_dashboard },
  { "dashboard_long_small", 800, 600, draw_dashboard_long },
};

/* ---- PNG in and out: the engine's own code (shot.c) ------------------------ */

static bool png_save(const char *path, SDL_Surface *s)
{
  if (shot_png_save(path, s))
    return true;
  fprintf(stderr, "pixel: %s\n", err_get());
  return false;
}

/* ---- rendering and comparing ----------------------------------------------- */

static SDL_Surface *render(const Shot *shot)
{
  SDL_Surface *s =
      SDL_CreateRGBSurfaceWithFormat(0, shot->w, shot->h, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = s ? SDL_CreateSoftwareRenderer(s) : NULL;
  if (!r) {
    fprintf(stderr, "pixel: renderer: %s\n", SDL_GetError());
    SDL_FreeSurface(s);
    return NULL;
  }
  Ui ui;
  ui_init(&ui, r, story);
  ui_resize(&ui, shot->w, shot->h);
  ui_begin(&ui);
  Layout *L = layout_create();
  screen_clear();
  layout_set_speed(L, 0);
  layout_set_side(L, "yacine");
  shot->draw(&ui, L);
  SDL_RenderPresent(r);
  layout_destroy(L);
  font_cache_clear(); /* its textures belong to this renderer */
  SDL_DestroyRenderer(r);
  return s;
}

#define PIXEL_LIMIT 20 /* pixels that may differ from a golden */

/* Pixels differing by more than `tol` on a channel; marks them in diff. */
static long compare(SDL_Surface *a, SDL_Surface *b, SDL_Surface *diff, int tol)
{
  long bad = 0;
  for (int y = 0; y < a->h; y++) {
    const Uint8 *pa = (const Uint8 *)a->pixels + y * a->pitch;
    const Uint8 *pb = (const Uint8 *)b->pixels + y * b->pitch;
    Uint8 *pd = (Uint8 *)diff->pixels + y * diff->pitch;
    for (int x = 0; x < a->w; x++) {
      int worst = 0;
      for (int c = 0; c < 3; c++) {
        int d = abs(pa[4 * x + c] - pb[4 * x + c]);
        if (d > worst)
          worst = d;
      }
      bool off = worst > tol;
      bad += off;
      pd[4 * x + 0] = off ? 0 : pa[4 * x + 0] / 4;
      pd[4 * x + 1] = off ? 0 : pa[4 * x + 1] / 4;
      pd[4 * x + 2] = off ? 255 : pa[4 * x + 2] / 4;
      pd[4 * x + 3] = 255;
    }
  }
  return bad;
}

static bool check(const Shot *shot)
{
  char golden[1024], path[1024];
  snprintf(golden, sizeof golden, "%s/%s.png", PIXEL_GOLDEN, shot->name);
  SDL_Surface *actual = render(shot);
  if (!actual)
    return false;
  bool ok = true;
  if (update) {
    ok = png_save(golden, actual);
    printf("updated %s\n", golden);
  } else {
    SDL_Surface *expected = shot_png_load(golden);
    if (!expected || expected->w != actual->w || expected->h != actual->h) {
      printf("FAIL %s: no golden of that size (%s); run with --update\n", shot->name, golden);
      ok = false;
    } else {
      SDL_Surface *diff =
          SDL_CreateRGBSurfaceWithFormat(0, actual->w, actual->h, 32, SDL_PIXELFORMAT_ARGB8888);
      long bad = compare(actual, expected, diff, 48);
      /* Unchanged screens differ by no pixel here: the fonts and SDL come from
      ** the same Debian packages everywhere. 20 pixels leave room for a
      ** rasteriser's rounding, not for a word or a narrow space. */
      long limit = PIXEL_LIMIT;
      ok = bad <= limit;
      printf("%s %s: %ld pixels differ (limit %ld)\n", ok ? "ok" : "FAIL", shot->name, bad, limit);
      if (!ok) {
        snprintf(path, sizeof path, "%s/%s.diff.png", out_dir, shot->name);
        png_save(path, diff);
        printf("  wrote %s\n", path);
      }
      SDL_FreeSurface(diff);
    }
    if (!ok) {
      snprintf(path, sizeof path, "%s/%s.actual.png", out_dir, shot->name);
      png_save(path, actual);
      printf("  wrote %s\n", path);
    }
    SDL_FreeSurface(expected);
  }
  SDL_FreeSurface(actual);
  return ok;
}

/* ---- the page given back whole, from the real core ------------------------ */

static const StoryLine *story_line(const void *src, int i)
{
  return story_page(src, i);
}

/* A window's screen over the real story: one renderer, one Layout synced at
** every event, as the window does. */
typedef struct Live {
  SDL_Surface *surf;
  SDL_Renderer *r;
  Ui ui;
  Layout *L;
} Live;

/* A 960x540 screen of `side` ("yacine" or "office"), lines shown at once. */
static void live_open(Live *lv, const char *side)
{
  memset(lv, 0, sizeof *lv);
  lv->surf = SDL_CreateRGBSurfaceWithFormat(0, 960, 540, 32, SDL_PIXELFORMAT_ARGB8888);
  lv->r = SDL_CreateSoftwareRenderer(lv->surf);
  ui_init(&lv->ui, lv->r, story);
  ui_resize(&lv->ui, 960, 540);
  lv->L = layout_create();
  layout_set_speed(lv->L, 0);
  layout_set_side(lv->L, side);
}

static void live_close(Live *lv)
{
  layout_destroy(lv->L);
  font_cache_clear();
  SDL_DestroyRenderer(lv->r);
  SDL_FreeSurface(lv->surf);
}

static void live_sync(Live *lv, const Event *ev)
{
  LayoutPage page = { story_page_count(story), story_line, story, NULL };
  layout_sync(lv->L, ev, &page, 0);
}

static SDL_Surface *live_draw(Live *lv)
{
  ui_begin(&lv->ui);
  SDL_SetRenderDrawColor(lv->r, 0, 0, 0, 255);
  SDL_RenderClear(lv->r);
  layout_draw(lv->L, &lv->ui, 0);
  SDL_RenderPresent(lv->r);
  return SDL_ConvertSurface(lv->surf, lv->surf->format, 0);
}

/* Whether the page's lines were said at two times at least (their stamps). */
static bool two_stamps(void)
{
  const char *first = NULL;
  for (int i = 0; i < story_page_count(story); i++) {
    const char *t = story_page(story, i)->stamp;
    if (t && first && strcmp(t, first) != 0)
      return true;
    if (t && !first)
      first = t;
  }
  return false;
}

/* Steps (option 1 at choices, as a reader in a hurry) until a line on `layout`
** with at least `lines` lines on its page, in a scene entered after the page
** began: the lines before that scene's checkpoint come back from the
** checkpoint, not from a replay. With `stamped`, the page's lines need not
** cross a scene but must have been said at two times (a chat's stamps). */
static const Event *live_until(Live *lv, const Event *ev, const char *layout, int lines,
                               bool stamped)
{
  unsigned page = ev->page;
  unsigned long since = story_checkpoint_serial(story);
  for (int guard = 0; guard < 2000; guard++) {
    live_sync(lv, ev);
    if (ev->page != page) {
      page = ev->page;
      since = story_checkpoint_serial(story);
    }
    if (ev->kind == EVENT_LINE && strcmp(ev->layout, layout) == 0
        && story_page_count(story) >= lines
        && (stamped ? two_stamps() : story_checkpoint_serial(story) > since))
      return ev;
    if (ev->kind == EVENT_END || ev->kind == EVENT_ERROR)
      break;
    Input in = { ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 0, NULL };
    if (ev->kind == EVENT_CHOICE)
      layout_chosen(lv->L, 0);
    ev = story_step(story, &in);
  }
  printf("FAIL no line on '%s' with %d lines on its page\n", layout, lines);
  return NULL;
}

static bool same(const char *what, SDL_Surface *a, SDL_Surface *b, bool want_same)
{
  SDL_Surface *diff = SDL_CreateRGBSurfaceWithFormat(0, a->w, a->h, 32, SDL_PIXELFORMAT_ARGB8888);
  long bad = compare(a, b, diff, 48);
  bool ok = want_same ? bad <= PIXEL_LIMIT : bad > 1000;
  printf("%s %s: %ld pixels differ (%s)\n", ok ? "ok" : "FAIL", what, bad,
         want_same ? "must be the same screen" : "must differ");
  if (!ok) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.a.png", out_dir, what);
    png_save(path, a);
    snprintf(path, sizeof path, "%s/%s.b.png", out_dir, what);
    png_save(path, b);
    printf("  wrote %s (and .a.png)\n", path);
  }
  SDL_FreeSurface(diff);
  return ok;
}

/* Compares a screen with the one before (the same, or another), then frees it. */
static bool against(const char *name, const char *step, SDL_Surface *before, SDL_Surface *now,
                    bool want_same)
{
  char what[128];
  snprintf(what, sizeof what, "%s-%s", name, step);
  bool ok = same(what, before, now, want_same);
  SDL_FreeSurface(now);
  return ok;
}

/* On `layout`, at a line with `lines` lines on the page: one step on and a
** rollback, a roll forward (the stepped screen) and a rollback again, then
** English and back, each give the screen back as it was. */
static int check_given_back(const char *name, int chapter, const char *layout, int lines,
                            bool stamped)
{
  Live lv;
  int failed = 0;
  live_open(&lv, chapter % 2 ? "yacine" : "office");
  const Event *ev = live_until(&lv, story_begin(story, chapter), layout, lines, stamped);
  if (!ev)
    failed++;
  if (ev) {
    SDL_Surface *before = live_draw(&lv), *stepped;
    char what[128];
    live_sync(&lv, story_step(story, &(Input){ INPUT_CONTINUE, 0, NULL }));
    stepped = live_draw(&lv);
    snprintf(what, sizeof what, "%s-step", name);
    failed += !same(what, before, stepped, false);
    live_sync(&lv, story_rollback(story));
    failed += !against(name, "rollback", before, live_draw(&lv), true);
    /* forward again (the wheel down): the stepped screen, then back once more */
    live_sync(&lv, story_forward(story));
    failed += !against(name, "forward", stepped, live_draw(&lv), true);
    live_sync(&lv, story_rollback(story));
    failed += !against(name, "back-again", before, live_draw(&lv), true);
    SDL_FreeSurface(stepped);
    story_set_language(story, "en");
    live_sync(&lv, story_event(story));
    failed += !against(name, "english", before, live_draw(&lv), false);
    story_set_language(story, "fr");
    live_sync(&lv, story_event(story));
    failed += !against(name, "language", before, live_draw(&lv), true);
    SDL_FreeSurface(before);
  }
  live_close(&lv);
  return failed;
}

/* Chapter 1 played to the first task answered with ticks: one line on, a
** rollback gives the card back as it was left (the task and its ticks, not the
** card that waits), and so does a save of that line loaded again. */
static int check_task_kept(void)
{
  Live lv;
  int failed = 0;
  live_open(&lv, "yacine");
  const Event *ev = story_begin(story, 1);
  bool answered = false;
  for (int guard = 0; guard < 500 && ev->kind != EVENT_END && ev->kind != EVENT_ERROR; guard++) {
    live_sync(&lv, ev);
    if (answered && ev->kind == EVENT_LINE)
      break;
    if (ev->kind == EVENT_CHOICE && json_object_get(ev->data, "picks")) {
      layout_toggle(lv.L, 0); /* the first tile or box ticked, then « Valider » */
      int pick = layout_pick(lv.L);
      layout_chosen(lv.L, pick);
      ev = story_step(story, &(Input){ INPUT_CHOICE, pick, NULL });
      answered = true;
      continue;
    }
    Input in = { ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 0, NULL };
    if (ev->kind == EVENT_CHOICE)
      layout_chosen(lv.L, 0);
    ev = story_step(story, &in);
  }
  if (!answered || ev->kind != EVENT_LINE || strcmp(ev->layout, "platform") != 0) {
    printf("FAIL no line on the platform after a task answered with ticks in chapter 1\n");
    failed++;
  } else {
    SDL_Surface *before = live_draw(&lv);
    /* the card holds the task: without it, the same line shows the card that waits */
    Layout *keep = lv.L;
    Event bare = *ev;
    bare.answered = NULL;
    lv.L = layout_create();
    layout_set_speed(lv.L, 0);
    layout_set_side(lv.L, "yacine");
    live_sync(&lv, &bare);
    failed += !against("task-kept", "waiting", before, live_draw(&lv), false);
    layout_destroy(lv.L);
    lv.L = keep;
    size_t len;
    char *save = story_save(story, &len);
    live_sync(&lv, story_step(story, &(Input){ INPUT_CONTINUE, 0, NULL }));
    live_sync(&lv, story_rollback(story));
    failed += !against("task-kept", "rollback", before, live_draw(&lv), true);
    live_sync(&lv, story_step(story, &(Input){ INPUT_CONTINUE, 0, NULL }));
    bool diverged = false;
    ev = save ? story_restore(story, save, len, &diverged) : NULL;
    if (!ev || diverged) {
      printf("FAIL task-kept: the save does not load again\n");
      failed++;
    } else {
      live_sync(&lv, ev);
      failed += !against("task-kept", "load", before, live_draw(&lv), true);
    }
    free(save);
    SDL_FreeSurface(before);
  }
  live_close(&lv);
  return failed;
}

/* Rows of the history drawn at 960x540 that hold a long run of the rule's
** colour: the line beside "Chapitre 2 · Sprint" where a chapter begins. */
static int history_rules(const Event *ev)
{
  SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 960, 540, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = SDL_CreateSoftwareRenderer(surf);
  Ui ui;
  int scroll = 0, rows = 0;
  ui_init(&ui, r, story);
  ui_resize(&ui, 960, 540);
  ui_begin(&ui);
  ui_set_mood(&ui, ev->chapter % 2 ? "yacine" : "office");
  SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
  SDL_RenderClear(r);
  screen_history(&ui, &scroll);
  SDL_RenderPresent(r);
  for (int y = 0; y < surf->h; y++) {
    const Uint32 *row = (const Uint32 *)((const Uint8 *)surf->pixels + y * surf->pitch);
    int run = 0, best = 0;
    for (int x = 0; x < surf->w; x++) {
      Uint8 cr, cg, cb;
      SDL_GetRGB(row[x], surf->format, &cr, &cg, &cb);
      bool rule = abs(cr - ui.pal.rule.r) < 10 && abs(cg - ui.pal.rule.g) < 10
          && abs(cb - ui.pal.rule.b) < 10;
      run = rule ? run + 1 : 0;
      if (run > best)
        best = run;
    }
    rows += best > 200;
  }
  font_cache_clear();
  SDL_DestroyRenderer(r);
  SDL_FreeSurface(surf);
  return rows;
}

/* The history marks where a chapter begins, and only there: read from the
** real story into the middle of chapter 1 (no chapter begins on the screen),
** then into chapter 2's first lines (one begins). */
static int check_history_chapters(void)
{
  const Event *ev = story_begin(story, 1);
  int failed = 0, steps = 0;
  for (; steps < 60 && ev->kind != EVENT_END && ev->kind != EVENT_ERROR; steps++)
    ev = story_step(story,
                    &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 0, NULL });
  int inside = history_rules(ev);
  while (ev->chapter < 2 && ev->kind != EVENT_END && ev->kind != EVENT_ERROR)
    ev = story_step(story,
                    &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 0, NULL });
  for (int i = 0; i < 4 && ev->kind != EVENT_END && ev->kind != EVENT_ERROR; i++)
    ev = story_step(story,
                    &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 0, NULL });
  int across = history_rules(ev);
  bool ok = inside == 0 && across > 0 && ev->chapter == 2;
  printf("%s history-chapters: %d rule rows inside chapter 1, %d where chapter 2 begins\n",
         ok ? "ok" : "FAIL", inside, across);
  failed += !ok;
  return failed;
}

/* ---- typography and drawings, measured ------------------------------------ */

/* The lowest row holding ink of a run drawn at (x, 40) on a black surface. */
static int ink_bottom(FontFace face, int px, const char *text)
{
  SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 400, 160, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer *r = s ? SDL_CreateSoftwareRenderer(s) : NULL;
  int bottom = -1;
  if (!r) {
    SDL_FreeSurface(s);
    return -1;
  }
  SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
  SDL_RenderClear(r);
  draw_text(r, face, px, (SDL_Color){ 255, 255, 255, 255 }, 10, 40, text);
  SDL_RenderPresent(r);
  for (int y = 0; y < s->h; y++)
    for (int x = 0; x < s->w; x++)
      if (((const Uint8 *)s->pixels)[y * s->pitch + 4 * x + 1] > 128)
        bottom = y;
  font_cache_clear();
  SDL_DestroyRenderer(r);
  SDL_FreeSurface(s);
  return bottom;
}

/* A line that starts with À or É sits on the same baseline as one that does not
** (SDL_ttf makes such a run's surface taller at the top: issue 11, B6). */
static int check_baselines(void)
{
  static const struct {
    FontFace face;
    const char *plain, *accented;
  } runs[] = {
    { FONT_SERIF, "A vingt euros, on", "À vingt euros, on" },
    { FONT_SERIF, "Et la case", "État de la case" },
    { FONT_SANS, "A partir de", "À partir de" },
    { FONT_SERIF_ITALIC, "A la fin", "À la fin" },
  };
  int failed = 0;
  for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
    int a = ink_bottom(runs[i].face, 40, runs[i].plain),
        b = ink_bottom(runs[i].face, 40, runs[i].accented);
    bool ok = a > 0 && a == b;
    printf("%s baseline \"%s\": ink ends at row %d, \"%s\" at row %d\n", ok ? "ok" : "FAIL",
           runs[i].accented, b, runs[i].plain, a);
    failed += !ok;
  }
  return failed;
}

/* An emoji is drawn by the fallback face, not as a box: two different emoji
** give two different pictures (two boxes would be the same), and a width. */
static int check_emoji(void)
{
  int w = font_width(FONT_SANS, 40, "😄", strlen("😄"));
  SDL_Surface *a = NULL, *b = NULL;
  for (int k = 0; k < 2; k++) {
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 120, 120, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(s);
    SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
    SDL_RenderClear(r);
    draw_text(r, FONT_SANS, 40, (SDL_Color){ 255, 255, 255, 255 }, 10, 20, k ? "😄" : "☂");
    SDL_RenderPresent(r);
    font_cache_clear();
    SDL_DestroyRenderer(r);
    *(k ? &b : &a) = s;
  }
  SDL_Surface *diff = SDL_CreateRGBSurfaceWithFormat(0, 120, 120, 32, SDL_PIXELFORMAT_ARGB8888);
  long bad = compare(a, b, diff, 48);
  bool ok = w > 10 && bad > 100;
  printf("%s emoji: 😄 is %d px wide, and %ld pixels from ☂ (boxes would be the same)\n",
         ok ? "ok" : "FAIL", w, bad);
  SDL_FreeSurface(a);
  SDL_FreeSurface(b);
  SDL_FreeSurface(diff);
  return !ok;
}

static double shape_num(const json_t *a, size_t i)
{
  return json_number_value(json_array_get(a, i));
}

/* Every task drawing's shapes lie inside its frame (width x height), and a
** captcha's grid of tiles inside it too: a drawing wider than its frame is cut
** on the card (the captcha was 498 units in 480). */
static int check_image_frames(void)
{
  char **files = vfs_list("story/images");
  int failed = 0, n = 0;
  for (char **f = files; f && *f; f++) {
    char name[128];
    size_t len = strlen(*f);
    if (len < 5 || len - 4 >= sizeof name || strcmp(*f + len - 4, ".lua") != 0)
      continue;
    memcpy(name, *f, len - 4);
    name[len - 4] = '\0';
    const json_t *img = story_data(story, "images", name), *sh, *a;
    double w = json_number_value(json_object_get(img, "width")),
           h = json_number_value(json_object_get(img, "height"));
    size_t i;
    int out = 0;
    json_array_foreach(json_object_get(img, "shapes"), i, sh) {
      double x0, y0, x1, y1;
      if ((a = json_object_get(sh, "rect"))) {
        x0 = shape_num(a, 0), y0 = shape_num(a, 1);
        x1 = x0 + shape_num(a, 2), y1 = y0 + shape_num(a, 3);
      } else if ((a = json_object_get(sh, "circle"))) {
        /* a circle may be cut by the frame (a tree at a photo's edge): its centre is in it */
        x0 = x1 = shape_num(a, 0), y0 = y1 = shape_num(a, 1);
      } else if ((a = json_object_get(sh, "poly")) || (a = json_object_get(sh, "line"))) {
        x0 = y0 = 1e9, x1 = y1 = -1e9;
        for (size_t k = 0; k + 1 < json_array_size(a); k += 2) {
          double px = shape_num(a, k), py = shape_num(a, k + 1);
          x0 = px < x0 ? px : x0, x1 = px > x1 ? px : x1;
          y0 = py < y0 ? py : y0, y1 = py > y1 ? py : y1;
        }
      } else {
        continue;
      }
      if (x0 < -0.5 || y0 < -0.5 || x1 > w + 0.5 || y1 > h + 0.5) {
        if (out++ == 0)
          printf("FAIL image %s: shape %zu spans %.1f..%.1f x %.1f..%.1f, outside its %gx%g "
                 "frame\n",
                 name, i + 1, x0, x1, y0, y1, w, h);
      }
    }
    failed += out > 0;
    if (!out)
      printf("ok image %s: %zu shapes inside its %gx%g frame\n", name,
             json_array_size(json_object_get(img, "shapes")), w, h);
    n++;
  }
  vfs_free_list(files);
  if (n == 0) {
    printf("FAIL no task drawing found in story/images\n");
    failed++;
  }
  return failed;
}

int main(int argc, char **argv)
{
  const char *archive = NULL;
  const char *names[64];
  int nnames = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--update") == 0)
      update = true;
    else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
      out_dir = argv[++i];
    else if (!archive && strstr(argv[i], ".zip"))
      archive = argv[i];
    else if (nnames < 64)
      names[nnames++] = argv[i];
  }
  char write_dir[] = "/tmp/ficelle-pixel-XXXXXX";
  if (!mkdtemp(write_dir)) {
    perror("pixel: mkdtemp");
    return 1;
  }
  VfsOptions vo;
  memset(&vo, 0, sizeof vo);
  vo.argv0 = argv[0];
  vo.base[0] = FICELLE_SOURCE_ROOT;
  vo.base[1] = archive ? archive : FICELLE_BUILD_ROOT "/centimes.zip";
  vo.write_dir = write_dir;
  if (!vfs_open(&vo)) {
    fprintf(stderr, "pixel: %s\n", err_get());
    return 1;
  }
  StoryOptions so;
  memset(&so, 0, sizeof so);
  so.lang = "fr";
  story = story_open(&so);
  if (!story) {
    fprintf(stderr, "pixel: %s\n", err_get());
    return 1;
  }
  if (!font_init()) {
    fprintf(stderr, "pixel: %s\n", err_get());
    return 1;
  }
  mkdir(out_dir, 0755);
  int failed = 0, run = 0;
  for (size_t i = 0; i < sizeof shots / sizeof shots[0]; i++) {
    bool wanted = nnames == 0;
    for (int k = 0; k < nnames; k++)
      wanted |= strcmp(names[k], shots[i].name) == 0;
    if (!wanted)
      continue;
    run++;
    failed += !check(&shots[i]);
  }
  if (nnames == 0 && !update) { /* the real story, on the platform and on a long page */
    failed += check_given_back("platform", 1, "platform", 3, false);
    failed += check_given_back("page", 2, "page", 6, false);
    failed += check_given_back("chat", 2, "chat", 4, true); /* each message at its own time */
    failed += check_history_chapters();
    failed += check_baselines();
    failed += check_image_frames();
    failed += check_emoji();
    failed += check_task_kept();
    run += 8;
  }
  font_quit();
  story_close(story);
  vfs_close();
  rmdir(write_dir);
  printf("%d screens, %d failed\n", run, failed);
  return failed ? 1 : 0;
}
