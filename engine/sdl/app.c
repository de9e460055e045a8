/*
** app: the reader's window and its loop. Waits for events (no frame is drawn
** unless something changed; timers run only while text is being typed, skipped
** or auto-read), takes the reader's actions from input.c's keymap and from the
** buttons, and turns them into steps of the story, saves and settings. What is
** drawn lives in layout.c and screen.c.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "bench.h"
#include "err.h"
#include "font.h"
#include "input.h"
#include "layout.h"
#include "lesson.h"
#include "mem.h"
#include "progress.h"
#include "saves.h"
#include "screen.h"
#include "settings.h"
#include "shot.h"
#include "slots.h"
#include "stepper.h"
#include "ui.h"
#include "vfs.h"
#include "voice.h"
#include "watch.h"
#include "window.h"

#define AUTOSAVE_SLOT "auto"
#define QUICK_SLOT "quick"

typedef enum Mode { MODE_TITLE, MODE_CHAPTERS, MODE_PLAY } Mode;

typedef struct App {
  Win win;
  Story *story;
  Ui ui;
  Layout *L;
  Mode mode;
  bool menu, history;
  int hist_scroll;
  const Event *ev;
  bool dirty, quit, auto_mode, skip, want_shot, first_frame, was_typing, was_moving, pads;
  Uint32 auto_at;
  char notice[400];
  Uint32 notice_until;
  Settings set;
  int last_chapter;
  bool replay;      /* a chapter opened from the chapter menu: it never touches
                       the reader's game (no autosave, no save) */
  Uint32 choice_at; /* when the choice shown came up (SDL ticks) */
  bool hinted;      /* the hint on how to choose was shown for this choice */
  bool slots_open;  /* the Save or Load screen, over the menu */
  SlotsView slots;  /* which of the two and its page (the slots are read as drawn) */
  Action pending;   /* what the dialog asks about; ACT_NONE: no dialog */
  char question[400], yes[64];
  int asked_from;    /* the focus before the dialog, given back if it is cancelled */
  bool confirmed;    /* the reader said yes to the action being done */
  Watch *watch;      /* the story's folders, when they are folders (--dev) */
  Uint32 changed;    /* the SDL event type watch pushes when a file changes */
  bool stale;        /* a file changed while no chapter played */
  Lesson *lesson;    /* a class reading together (lesson.h); NULL: a reader */
  bool preset;       /* a chapter's preset was applied (story_preset) */
  bool prefs_open;   /* the Preferences, over the title or the menu */
  Progress progress; /* the lines seen, the chapters read (progress.h) */
  bool unseen;       /* the line shown had never been seen before */
  bool skip_held;    /* skip stopped at unread text: Ctrl is let go first */
  bool skip_key;     /* the skip going on is Ctrl held (not the quick menu's) */
  Voice *voice;      /* self-voicing (V), while it is on and reaches the service */
  Uint32 unheard;    /* the SDL event type voice pushes when it cannot speak */
  int voiced;        /* the button whose label was said last (-1: none) */
} App;

/* An option taken sooner than this after its choice came up was not meant for
** it: a reader pressing Enter through lines, or a click that began before. */
#define CHOICE_GRACE 400

/* ---- the story ------------------------------------------------------------ */

static void notice(App *a, const char *text)
{
  snprintf(a->notice, sizeof a->notice, "%.399s", text); /* (a path may be cut) */
  a->notice_until = SDL_GetTicks() + 2500;
  a->dirty = true;
}

/* The chapter numbered `number` ({id, number, side, title}), or NULL. */
static const json_t *chapter_info(App *a, int number)
{
  return story_chapter(a->story, number); /* (only its catalog read) */
}

static const StoryLine *page_line(const void *story, int i)
{
  return story_page(story, i);
}

/* Line i in the language the reader does not read the story in (fr or en). */
static char *page_other(const void *story, int i)
{
  Story *s = (Story *)story;
  return story_page_in(s, i, strcmp(story_language(s), "fr") == 0 ? "en" : "fr");
}

/* Runs a call of the story on the stepper's thread, this one answering the
** window meanwhile (stepper.h): the reader who closes it while a scene loops
** quits. */
static const Event *run(App *a, Stepper *st)
{
  const Event *ev = stepper_run(a->story, st);
  if (st->quit)
    a->quit = true;
  return ev;
}

/* ---- self-voicing --------------------------------------------------------- */

static void say(App *a, const char *text)
{
  voice_say(a->voice, text, story_language(a->story));
}

/* A template of the interface filled with args (taken), said. */
static void say_format(App *a, const char *key, json_t *args)
{
  char *t = args ? story_ui_format(a->story, key, args) : NULL;
  say(a, t);
  free(t);
  json_decref(args);
}

/* What an event shows, said: a line with its speaker, a choice's prompt and
** options with their numbers, a chapter's or a card's title. */
static void say_event(App *a, const Event *ev)
{
  if (!a->voice)
    return;
  a->voiced = -1;
  switch (ev->kind) {
  case EVENT_LINE:
    if (ev->speaker && *ev->speaker)
      say_format(a, "voice.speaker",
                 json_pack("{s:s, s:s}", "speaker", ev->speaker, "text", ev->text));
    else
      say(a, ev->text);
    break;
  case EVENT_CHOICE: {
    /* "prompt. Option 1: ... Option 2: ..." in one utterance; an option
    ** that would not fit whole is left out */
    char all[4096] = "";
    size_t n = 0;
    if (ev->text && strlen(ev->text) + 1 < sizeof all)
      n = (size_t)snprintf(all, sizeof all, "%s ", ev->text);
    for (int i = 0; i < ev->noptions; i++) {
      json_t *args = json_pack("{s:i, s:s}", "number", i + 1, "text", ev->options[i].text);
      char *t = args ? story_ui_format(a->story, "voice.option", args) : NULL;
      if (t && n + strlen(t) + 1 < sizeof all)
        n += (size_t)snprintf(all + n, sizeof all - n, "%s ", t);
      free(t);
      json_decref(args);
    }
    say(a, all);
    break;
  }
  case EVENT_CHAPTER:
    say_format(a, "voice.chapter",
               json_pack("{s:i, s:s}", "number", ev->chapter, "title", ev->text ? ev->text : ""));
    break;
  case EVENT_CARD:
  case EVENT_ENDING:
  case EVENT_ERROR: say(a, ev->text); break;
  default: break;
  }
}

/* After a frame: the button the focus came to is said (the keys or the mouse
** moved it there), once. */
static void say_focus(App *a)
{
  if (!a->voice || a->ui.focus == a->voiced)
    return;
  a->voiced = a->ui.focus;
  if (a->ui.focus >= 0 && ui_focused_label(&a->ui)[0])
    say(a, ui_focused_label(&a->ui));
}

/* V: self-voicing on or off, remembered; a build without libspeechd says so. */
static void toggle_voice(App *a, bool on, bool tell)
{
  if (!voice_built()) {
    a->set.voice = false;
    if (tell)
      notice(a, ui_text(&a->ui, "voice.missing"));
    return;
  }
  a->set.voice = on;
  if (on && !a->voice) {
    a->voice = voice_open(a->unheard);
    a->voiced = -1;
  } else if (!on && a->voice) {
    voice_close(a->voice);
    a->voice = NULL;
  }
  if (tell)
    notice(a, ui_text(&a->ui, on ? "voice.on" : "voice.off"));
  if (tell && on)
    say(a, ui_text(&a->ui, "voice.on"));
}

/* Takes the story's new event: the screen is what it says. */
static void settle(App *a, const Event *ev)
{
  a->ev = ev;
  if (!ev)
    return;
  if (ev->kind == EVENT_ERROR) /* the error screen shows it; the log keeps it */
    fprintf(stderr, "ficelle: %s\n", ev->text);
  LayoutPage page = { story_page_count(a->story), page_line, a->story,
                      a->set.bilingual ? page_other : NULL };
  layout_sync(a->L, ev, &page, SDL_GetTicks());
  if (ev->chapter != a->last_chapter) {
    a->last_chapter = ev->chapter;
    const json_t *c = chapter_info(a, ev->chapter);
    const char *side = json_string_value(json_object_get(c, "side"));
    if (side)
      layout_set_side(a->L, side);
    layout_set_chapter(a->L, c ? ev->chapter : 0, json_string_value(json_object_get(c, "title")));
  }
  if (ev->kind == EVENT_CHAPTER) {
    const char *side = json_string_value(json_object_get(ev->data, "side"));
    if (side)
      layout_set_side(a->L, side);
  }
  if (ev->kind == EVENT_CHOICE || ev->kind == EVENT_ERROR)
    a->skip = false;
  a->unseen = ev->kind == EVENT_LINE && progress_see(&a->progress, ev);
  if (ev->kind == EVENT_CHAPTER)
    progress_chapter(&a->progress, ev->chapter, CHAPTER_BEGUN);
  if (ev->kind == EVENT_CARD) { /* read to its end: kept at once */
    progress_chapter(&a->progress, ev->chapter, CHAPTER_READ);
    progress_save(&a->progress);
  }
  if (ev->kind == EVENT_CHOICE) {
    a->choice_at = SDL_GetTicks();
    a->hinted = false;
  }
  if (a->lesson) {
    lesson_shown(a->lesson, a->story, ev);
    if ((ev->kind == EVENT_CARD || ev->kind == EVENT_ENDING) && lesson_save(a->lesson, a->story)) {
      /* where the page is, as a teacher types it: ~ for the home folder */
      const char *home = getenv("HOME"), *path = a->lesson->saved;
      char shown[300];
      size_t n = home ? strlen(home) : 0;
      if (n && strncmp(path, home, n) == 0 && path[n] == '/')
        snprintf(shown, sizeof shown, "~%.298s", path + n);
      else
        snprintf(shown, sizeof shown, "%.299s", path);
      fprintf(stderr, "ficelle: the class's page: %s\n", path);
      json_t *args = json_pack("{s:s}", "path", shown);
      char *t = story_ui_format(a->story, "classroom.saved", args);
      notice(a, t ? t : a->lesson->saved);
      a->notice_until = SDL_GetTicks() + 6000; /* time to read a path */
      free(t);
      json_decref(args);
    }
  }
  ui_reset_focus(&a->ui);
  say_event(a, ev);
  a->auto_at = 0;
  a->dirty = true;
}

static void draw(App *a);

/* Asks before doing x, in a dialog whose Cancel has the focus (Enter never
** confirms by accident); x is done again, confirmed, if the reader says yes. */
static void ask(App *a, Action x, const char *question, const char *yes_key)
{
  a->asked_from = a->ui.focus;
  a->pending = x;
  snprintf(a->question, sizeof a->question, "%s", question);
  snprintf(a->yes, sizeof a->yes, "%s", ui_text(&a->ui, yes_key));
  a->ui.focus = 0; /* Cancel: slots_confirm() registers it first */
  a->ui.keyboard = true;
  a->dirty = true;
}

/* The same with a question made from an interface template; args is taken. */
static void ask_format(App *a, Action x, const char *key, json_t *args, const char *yes_key)
{
  char *q = args ? story_ui_format(a->story, key, args) : NULL;
  ask(a, x, q ? q : ui_text(&a->ui, key), yes_key);
  free(q);
  json_decref(args);
}

static bool asking(const App *a)
{
  return a->pending.kind != ACT_NONE;
}

/* The slot's thumbnail: the game's frame as it is without the menu, the slot
** screen, the dialog or a notice over it, drawn again and read back before it
** is presented. */
static void thumbnail(App *a, int id)
{
  char path[256];
  bool menu = a->menu, slots = a->slots_open, history = a->history;
  Action pending = a->pending;
  Uint32 until = a->notice_until;
  a->menu = a->slots_open = a->history = false;
  a->pending.kind = ACT_NONE;
  a->notice_until = 0;
  draw(a);
  slots_path(id, "png", path, sizeof path);
  SDL_Rect page = { 0, 0, a->ui.w, a->ui.h };
  if (!shot_thumb(a->win.r, page, SLOTS_THUMB_W, path))
    fprintf(stderr, "ficelle: %s\n", err_get());
  a->menu = menu;
  a->slots_open = slots;
  a->history = history;
  a->pending = pending;
  a->notice_until = until;
  draw(a); /* the buttons of what is really shown */
  a->dirty = true;
}

/* Writes the game in a slot, with its sidecar and thumbnail. False (err) if
** the save itself failed; a missing sidecar or thumbnail is only reported. */
static bool write_slot(App *a, int id)
{
  char name[16];
  if (!saves_write(a->story, slots_name(id, name, sizeof name)))
    return false;
  int chapter = a->ev ? a->ev->chapter : 0;
  const json_t *c = chapter_info(a, chapter);
  if (!slots_write_meta(id, chapter, json_string_value(json_object_get(c, "title"))))
    fprintf(stderr, "ficelle: %s\n", err_get());
  thumbnail(a, id);
  return true;
}

/* Not at an error: the save would hold the input that failed, and replaying
** it fail again (the save then set aside as damaged); the autosave before it
** stays. */
static void autosave(App *a)
{
  if (a->mode != MODE_PLAY || !a->ev || a->ev->kind == EVENT_END || a->ev->kind == EVENT_ERROR
      || a->replay || a->lesson)
    return;
  if (!write_slot(a, SLOTS_AUTO))
    fprintf(stderr, "ficelle: autosave failed: %s\n", err_get());
}

/* A new game (chapter 0), or a chapter replayed from the chapter menu. */
static void begin(App *a, int chapter, bool replay)
{
  if (a->stale) /* a writer's edit since the last reload: read it first */
    story_reload(a->story, NULL);
  a->stale = false;
  a->replay = replay;
  layout_reset(a->L);
  a->last_chapter = -1;
  a->mode = MODE_PLAY;
  a->menu = a->history = false;
  settle(a, run(a, &(Stepper){ .call = STEPPER_BEGIN, .chapter = chapter }));
  if (replay)
    notice(a, ui_text(&a->ui, "replay.begin"));
}

/* Loads a save; a damaged one is set aside by the core, never fatal. */
static bool load(App *a, const char *slot)
{
  Stepper st = { .call = STEPPER_LOAD, .slot = slot };
  const Event *ev = run(a, &st);
  bool diverged = st.diverged, missing = st.missing;
  if (!ev) {
    if (!missing)
      fprintf(stderr, "ficelle: %s\n", err_get());
    notice(a, ui_text(&a->ui, missing ? "save.none" : "save.damaged"));
    return false;
  }
  a->replay = false; /* a save loaded is the reader's game again */
  a->last_chapter = -1;
  a->mode = MODE_PLAY;
  a->menu = a->history = a->slots_open = false;
  settle(a, ev);
  if (story_restore_chapter(a->story)) { /* the save's scene is gone */
    json_t *args = json_pack("{s:i}", "chapter", story_restore_chapter(a->story));
    char *said = story_ui_format(a->story, "save.resumed_chapter", args);
    notice(a, said);
    free(said);
    json_decref(args);
  } else {
    notice(a, ui_text(&a->ui, diverged ? "save.diverged" : "save.loaded"));
  }
  return true;
}

static void save(App *a, int id, const char *done)
{
  if (a->replay) {
    notice(a, ui_text(&a->ui, "replay.no_save"));
  } else if (write_slot(a, id)) {
    notice(a, ui_text(&a->ui, done));
  } else {
    fprintf(stderr, "ficelle: %s\n", err_get());
    notice(a, ui_text(&a->ui, "save.failed"));
  }
}

/* A slot taken on the Save or Load screen: asks before it overwrites a save,
** or before a loaded save replaces the game in progress. */
static void slot_chosen(App *a, int id)
{
  SlotInfo si;
  char name[16], when[64];
  Action x = { ACT_SLOT, id };
  slots_info(a->story, id, false, &si);
  slots_when(&a->ui, &si, false, when, sizeof when);
  if (!a->slots.load) {
    if (si.used && !a->confirmed && !a->replay) {
      if (si.chapter > 0 && when[0])
        ask_format(a, x, "confirm.overwrite",
                   json_pack("{s:i, s:s}", "chapter", si.chapter, "time", when),
                   "confirm.overwrite_yes");
      else
        ask(a, x, ui_text(&a->ui, "confirm.overwrite_any"), "confirm.overwrite_yes");
    } else {
      save(a, id, "save.saved");
    }
  } else if (!si.used) {
    notice(a, ui_text(&a->ui, "save.none"));
  } else if (a->mode == MODE_PLAY && !a->confirmed) {
    ask(a, x, ui_text(&a->ui, "confirm.load"), "confirm.load_yes");
  } else {
    load(a, slots_name(id, name, sizeof name));
  }
  slots_info_free(&si);
}

/* The Save (load false) or Load screen, on the page last shown. */
static void open_slots(App *a, bool load_screen)
{
  if (a->lesson) { /* a class's session never touches a reader's game */
    notice(a, ui_text(&a->ui, "classroom.no_saves"));
    return;
  }
  if (!load_screen && a->replay) {
    notice(a, ui_text(&a->ui, "replay.no_save"));
    return;
  }
  a->slots_open = true;
  a->slots.load = load_screen;
  if (a->slots.page < (load_screen ? 0 : 1))
    a->slots.page = 1;
  ui_reset_focus(&a->ui);
}

/* New game: asks first if it would replace the game Continue goes back to. */
static void new_game(App *a)
{
  if (!saves_exists(AUTOSAVE_SLOT) || a->confirmed) {
    begin(a, 0, false);
    return;
  }
  SlotInfo si;
  slots_info(a->story, SLOTS_AUTO, false, &si);
  Action x = { ACT_NEW_GAME, 0 };
  ask_format(a, x, "confirm.new_game", json_pack("{s:i}", "chapter", si.chapter),
             "confirm.new_game_yes");
  slots_info_free(&si);
}

static void set_language(App *a, int index)
{
  const json_t *langs = story_languages(a->story);
  size_t n = json_array_size(langs);
  if (n == 0)
    return;
  size_t at = 0;
  for (size_t i = 0; i < n; i++)
    if (strcmp(json_string_value(json_array_get(langs, i)), story_language(a->story)) == 0)
      at = i;
  size_t next = index < 0 ? (at + 1) % n : (size_t)index % n;
  const char *lang = json_string_value(json_array_get(langs, next));
  if (!lang || !story_set_language(a->story, lang))
    return;
  snprintf(a->set.lang, sizeof a->set.lang, "%s", lang);
  /* The core translated the screen and the page: show them again. */
  if (a->mode == MODE_PLAY) {
    a->last_chapter = -1;
    settle(a, story_event(a->story));
  }
  a->dirty = true;
}

static void toggle_fullscreen(App *a)
{
  a->set.fullscreen = window_toggle_fullscreen(&a->win, a->set.width, a->set.height);
  a->dirty = true;
}

static void restyle(App *a)
{
  ui_set_contrast(&a->ui, a->set.contrast);
  /* a class reads on a projector, from the back of the room */
  a->ui.text_scale = a->set.text_scale * (a->lesson ? 1.3f : 1.0f);
  font_set_dyslexic(a->set.dyslexic);
  layout_invalidate(a->L);
  a->dirty = true;
}

/* Goes on past what is shown, as Enter, Space and a click do. */
static void go_on(App *a)
{
  Uint32 now = SDL_GetTicks();
  if (a->mode != MODE_PLAY || !a->ev)
    return;
  if (layout_typing(a->L, now) && layout_finish(a->L)) {
    a->dirty = true;
    return;
  }
  Stepper cont = { .call = STEPPER_STEP, .in = { INPUT_CONTINUE, 0, NULL } };
  switch (a->ev->kind) {
  case EVENT_LINE:
  case EVENT_CHAPTER:
  case EVENT_CARD:
  case EVENT_ENDING:
    settle(a, run(a, &cont));
    if (a->ev && a->ev->kind == EVENT_CHAPTER)
      autosave(a);
    break;
  case EVENT_END:
    if (!a->replay) /* a finished game; a replay leaves the reader's alone */
      saves_remove(AUTOSAVE_SLOT);
    a->mode = MODE_TITLE;
    ui_reset_focus(&a->ui);
    a->dirty = true;
    break;
  default: break;
  }
}

static void choose(App *a, int i)
{
  if (!a->ev || a->ev->kind != EVENT_CHOICE || i < 0 || i >= a->ev->noptions)
    return;
  if (a->lesson)
    lesson_took(a->lesson, a->story, a->ev, i, story_history_count(a->story));
  layout_chosen(a->L, i);
  settle(a, run(a, &(Stepper){ .call = STEPPER_STEP, .in = { INPUT_CHOICE, i, NULL } }));
  autosave(a);
}

static void act(App *a, Action x);

/* Reads where option i of the class's last choice led, up to the next choice
** or the chapter's end, and comes back: the story is saved, taken to that
** choice, stepped, and restored, the lines kept for screen_peek. */
static void peek(App *a, int option)
{
  Lesson *l = a->lesson;
  size_t len;
  char *now;
  const Event *ev;
  if (!l || !l->before || option < 0 || option >= l->noptions
      || !(now = story_save(a->story, &len)))
    return;
  lesson_peek_clear(l);
  {
    json_t *args = json_pack("{s:s}", "option", l->options[option]);
    char *t = story_ui_format(a->story, "classroom.other_begin", args);
    snprintf(l->peek_title, sizeof l->peek_title, "%s", t ? t : "");
    free(t);
    json_decref(args);
  }
  ev = run(a, &(Stepper){ .call = STEPPER_RESTORE, .save = l->before, .len = l->before_len });
  if (ev && ev->kind == EVENT_CHOICE && option < ev->noptions) {
    ev = run(a, &(Stepper){ .call = STEPPER_STEP, .in = { INPUT_CHOICE, option, NULL } });
    while (ev && ev->kind == EVENT_LINE && l->npeek < LESSON_PEEK && !a->quit) {
      char line[2048];
      snprintf(line, sizeof line, "%s%s%s", ev->speaker ? ev->speaker : "",
               ev->speaker ? " — " : "", ev->text);
      l->peek[l->npeek++] = mem_strdup(line);
      ev = run(a, &(Stepper){ .call = STEPPER_STEP, .in = { INPUT_CONTINUE, 0, NULL } });
    }
  }
  settle(a, run(a, &(Stepper){ .call = STEPPER_RESTORE, .save = now, .len = len }));
  free(now);
  ui_reset_focus(&a->ui);
}

/* The title's "In class": a class reads together from the chapter menu, or
** leaves, its page written. */
static void classroom(App *a, bool on)
{
  if (!on && a->lesson) {
    if (lesson_save(a->lesson, a->story))
      fprintf(stderr, "ficelle: the class's page: %s\n", a->lesson->saved);
    lesson_close(a->lesson);
    a->lesson = NULL;
  } else if (on && !a->lesson) {
    a->lesson = lesson_open();
    a->mode = MODE_CHAPTERS;
  }
  story_set_classroom(a->story, a->lesson != NULL);
  restyle(a);
  ui_reset_focus(&a->ui);
}

/* Enter: the focused button, else on past the line; at a choice, only an
** option the reader focused (arrows, Tab, the mouse); where nothing goes on,
** the first Enter shows where the focus is. In the history it closes it. */
static void select_focused(App *a)
{
  if (a->history) {
    a->history = false;
    return;
  }
  Action x = ui_focused(&a->ui);
  bool playing = a->mode == MODE_PLAY && !a->menu && a->ev;
  if (x.kind != ACT_NONE) {
    act(a, x);
  } else if (playing && a->ev->kind == EVENT_CHOICE && a->lesson
             && lesson_majority(a->lesson, a->ev->noptions) >= 0) {
    choose(a, lesson_majority(a->lesson, a->ev->noptions)); /* the class voted */
  } else if (playing && a->ev->kind == EVENT_CHOICE) {
    /* Nothing focused: Enter never picks an option for the reader (one who
    ** presses Enter through the lines would take choices never seen). Say
    ** how to choose, once. */
    if (!a->hinted)
      notice(a, ui_text(&a->ui, "choice.how"));
    a->hinted = true;
  } else if (playing && a->ev->kind != EVENT_ERROR) {
    go_on(a);
  } else {
    ui_focus_move(&a->ui, 1);
  }
}

/* Esc: one step back out of what is open. */
static void back(App *a)
{
  if (asking(a)) { /* Esc cancels */
    a->pending.kind = ACT_NONE;
    a->ui.focus = a->asked_from;
    return;
  }
  if (a->lesson && (a->lesson->npeek > 0 || a->lesson->peek_title[0]))
    lesson_peek_clear(a->lesson); /* back to the class's page */
  else if (a->prefs_open)
    a->prefs_open = false; /* back to the menu or the title */
  else if (a->slots_open)
    a->slots_open = false; /* back to the menu */
  else if (a->history)
    a->history = false;
  else if (a->menu)
    a->menu = false;
  else if (a->mode == MODE_CHAPTERS)
    a->mode = MODE_TITLE;
  else if (a->mode == MODE_PLAY)
    a->menu = true;
  ui_reset_focus(&a->ui);
}

static void act(App *a, Action x)
{
  switch (x.kind) {
  case ACT_NONE: break;
  case ACT_CONTINUE: go_on(a); break;
  case ACT_CHOICE: choose(a, x.arg); break;
  case ACT_NEW_GAME: new_game(a); break;
  case ACT_RESUME_GAME: load(a, AUTOSAVE_SLOT); break;
  case ACT_CHAPTERS:
    a->mode = MODE_CHAPTERS;
    ui_reset_focus(&a->ui);
    break;
  case ACT_CHAPTER:
    if (a->preset) /* as its defaults say again (a --set stays) */
      story_preset(a->story, x.arg, -1);
    a->preset = false;
    begin(a, x.arg, true);
    break;
  case ACT_PRESET:
    if ((a->preset = story_preset(a->story, x.arg / 16, x.arg % 16))) {
      const json_t *c = chapter_info(a, x.arg / 16);
      begin(a, x.arg / 16, true);
      notice(
          a,
          json_string_value(json_array_get(json_object_get(c, "presets"), (size_t)(x.arg % 16))));
    }
    break;
  case ACT_LANGUAGE: set_language(a, x.arg); break;
  case ACT_QUIT: a->quit = true; break;
  case ACT_RECOVER: settle(a, run(a, &(Stepper){ .call = STEPPER_RECOVER })); break;
  case ACT_RELOAD: {
    /* Says what happened: read again at the same line, or back at the scene's
    ** start (the edit changed what led here), or the error screen. */
    Stepper st = { .call = STEPPER_RELOAD };
    a->menu = a->history = false;
    settle(a, run(a, &st));
    if (a->ev && a->ev->kind != EVENT_ERROR)
      notice(a, ui_text(&a->ui, st.diverged ? "save.diverged" : "reload.done"));
    break;
  }
  case ACT_TITLE:
    autosave(a);
    a->mode = MODE_TITLE;
    a->menu = a->history = false;
    ui_reset_focus(&a->ui);
    break;
  case ACT_RETURN:
    if (a->prefs_open) {
      back(a);
      break;
    }
    a->menu = a->history = false;
    if (a->lesson)
      lesson_peek_clear(a->lesson);
    ui_reset_focus(&a->ui);
    break;
  case ACT_NUMBER:
    if (a->lesson && a->ev && a->ev->kind == EVENT_CHOICE)
      lesson_vote(a->lesson, x.arg, +1); /* in class, a key counts a hand */
    else
      choose(a, x.arg);
    break;
  case ACT_VOTE: lesson_vote(a->lesson, x.arg, +1); break;
  case ACT_UNVOTE:
    if (a->lesson)
      lesson_vote(a->lesson, x.arg, -1);
    break;
  case ACT_MAJORITY:
    if (a->lesson && a->ev && a->ev->kind == EVENT_CHOICE)
      choose(a, lesson_majority(a->lesson, a->ev->noptions));
    break;
  case ACT_OTHER: peek(a, x.arg); break;
  case ACT_TIMER:
    if (a->lesson)
      a->lesson->timer_end =
          a->lesson->timer_end ? 0 : SDL_GetTicks() + (Uint32)a->lesson->timer_minutes * 60000u;
    if (a->lesson)
      a->lesson->timer_rang = false;
    break;
  case ACT_CLASSROOM: classroom(a, !a->lesson); break;
  case ACT_SAVE: open_slots(a, false); break;
  case ACT_LOAD: open_slots(a, true); break;
  case ACT_SLOT: slot_chosen(a, x.arg); break;
  case ACT_SLOT_PAGE: a->slots.page = x.arg; break;
  case ACT_CONFIRM: {
    Action p = a->pending;
    a->pending.kind = ACT_NONE;
    a->ui.focus = a->asked_from;
    if (x.arg && p.kind != ACT_NONE) {
      a->confirmed = true;
      act(a, p);
      a->confirmed = false;
    }
    break;
  }
  case ACT_QUICK_SAVE: save(a, SLOTS_QUICK, "save.quick"); break;
  case ACT_QUICK_LOAD: {
    Action self = { ACT_QUICK_LOAD, 0 };
    if (!saves_exists(QUICK_SLOT))
      notice(a, ui_text(&a->ui, "save.none"));
    else if (a->mode == MODE_PLAY && !a->confirmed)
      ask(a, self, ui_text(&a->ui, "confirm.load"), "confirm.load_yes");
    else
      load(a, QUICK_SLOT);
    break;
  }
  case ACT_HISTORY:
    a->menu = false;
    a->history = true;
    a->hist_scroll = 0;
    break;
  case ACT_FULLSCREEN: toggle_fullscreen(a); break;
  case ACT_BILINGUAL:
    a->set.bilingual = !a->set.bilingual;
    notice(a, ui_text(&a->ui, a->set.bilingual ? "bilingual.on" : "bilingual.off"));
    if (a->mode == MODE_PLAY && a->ev) { /* the page again, each line with its other */
      layout_reset(a->L);
      a->last_chapter = -1;
      settle(a, a->ev);
    }
    break;
  case ACT_DYSLEXIC:
    a->set.dyslexic = !a->set.dyslexic;
    restyle(a);
    break;
  case ACT_TEXT_SIZE: /* + and - stop at the ends: never from the largest to the smallest */
    if (x.arg == 0)
      break;
    a->set.text_scale = settings_size_step(a->set.text_scale, x.arg);
    restyle(a);
    break;
  case ACT_SPEED:
    if (x.arg == 0)
      break;
    a->set.speed = settings_speed_step(a->set.speed, x.arg);
    a->ui.speed = a->set.speed;
    layout_set_speed(a->L, a->set.speed);
    break;
  case ACT_AUTO_PACE:
    if (x.arg != 0)
      a->set.auto_pace = settings_pace_step(a->set.auto_pace, x.arg);
    a->auto_at = 0;
    break;
  case ACT_SKIP_MODE: a->set.skip_all = !a->set.skip_all; break;
  case ACT_CONTRAST:
    a->set.contrast = !a->set.contrast;
    restyle(a);
    break;
  case ACT_PREFS:
    a->prefs_open = true;
    ui_reset_focus(&a->ui);
    break;
  case ACT_SELECT: select_focused(a); break;
  case ACT_BACK: back(a); break;
  case ACT_FOCUS: ui_focus_move(&a->ui, x.arg); break;
  case ACT_SCROLL:
    if (x.arg < 0 && a->hist_scroll == 0)
      a->history = false; /* past the newest */
    a->hist_scroll += x.arg;
    break;
  case ACT_CLICK: break; /* see click(): it needs the pointer */
  case ACT_MENU:
    if (asking(a) || a->slots_open || a->prefs_open) {
      back(a);
      break;
    }
    if (a->mode == MODE_PLAY)
      a->menu = !a->menu;
    a->history = false;
    break;
  case ACT_ROLLBACK:
    /* The story replays to the line or choice before this one. */
    a->last_chapter = -1;
    settle(a, run(a, &(Stepper){ .call = STEPPER_ROLLBACK }));
    if (a->lesson) /* the class takes that choice again */
      lesson_back(a->lesson, story_history_count(a->story));
    break;
  case ACT_FORWARD:
    /* Forward again through what was rolled back, never past where the
    ** reader was: the core shows it from what it kept. */
    if (a->mode == MODE_PLAY && a->ev && story_ahead(a->story) > 0) {
      a->last_chapter = -1;
      settle(a, run(a, &(Stepper){ .call = STEPPER_FORWARD }));
    }
    break;
  case ACT_AUTO:
    a->auto_mode = !a->auto_mode;
    a->auto_at = 0;
    break;
  case ACT_SKIP:
    if (x.arg == 2) { /* the quick menu's button: on until a choice, or off */
      a->skip_held = a->skip_key = false;
      a->skip = !a->skip;
      break;
    }
    if (!x.arg)
      a->skip_held = false;
    a->skip = x.arg != 0 && !a->skip_held;
    a->skip_key = a->skip;
    break;
  case ACT_QUICK:
    a->set.quick = !a->set.quick;
    ui_reset_focus(&a->ui);
    break;
  case ACT_HIDE: a->ui.hide = x.arg != 0; break;
  case ACT_SHOT: a->want_shot = true; break;
  case ACT_VOICE: toggle_voice(a, !a->set.voice, true); break;
  case ACT_TOGGLE: layout_toggle(a->L, x.arg); break;
  case ACT_SUBMIT: choose(a, layout_pick(a->L)); break;
  }
  a->dirty = true;
}

/* ---- drawing -------------------------------------------------------------- */

/* The title, its Continue saying where it goes back to and since when. */
static void title(App *a)
{
  SlotInfo si;
  char label[256] = "", when[64] = "";
  slots_info(a->story, SLOTS_AUTO, false, &si);
  if (si.used && si.chapter > 0) {
    json_t *args = json_pack("{s:i, s:s}", "chapter", si.chapter, "title", si.title);
    char *t = args ? story_ui_format(a->story, "menu.continue_at", args) : NULL;
    snprintf(label, sizeof label, "%s", t ? t : ui_text(&a->ui, "menu.continue"));
    free(t);
    json_decref(args);
    slots_when(&a->ui, &si, true, when, sizeof when);
  } else if (si.used) {
    snprintf(label, sizeof label, "%s", ui_text(&a->ui, "menu.continue"));
  }
  screen_title(&a->ui, si.used ? label : NULL, when, a->lesson != NULL);
  slots_info_free(&si);
}

/* Over the page, in class: the votes at a choice, the timer at a discussion
** stop, the other options' branches after a choice, a branch being read. */
static void draw_lesson(App *a, Uint32 now)
{
  Lesson *l = a->lesson;
  const Event *ev = a->ev;
  if (l->npeek > 0 || l->peek_title[0])
    screen_peek(&a->ui, l->peek_title, (const char *const *)l->peek, l->npeek);
  else if (ev->kind == EVENT_CHOICE)
    screen_votes(&a->ui, ev, l->votes, lesson_majority(l, ev->noptions));
  else if (ev->kind == EVENT_LINE && strcmp(ev->style, "discuss") == 0)
    screen_discuss(&a->ui, ev->text, json_object_get(ev->data, "facts"), l->timer_minutes,
                   l->timer_end, now);
  else if (ev->kind == EVENT_LINE && l->taken >= 0)
    screen_others(&a->ui, (const char *const *)l->options, l->noptions, l->taken);
}

/* The quick menu is under a page being read (lines and choices), unless the
** reader hid it (H), in class (the class's own panels), or at an error. */
static bool quick_shown(const App *a)
{
  return a->set.quick && !a->ui.hide && !a->lesson && a->mode == MODE_PLAY && a->ev
      && (a->ev->kind == EVENT_LINE || a->ev->kind == EVENT_CHOICE);
}

static void draw(App *a)
{
  Uint32 now = SDL_GetTicks();
  Ui *ui = &a->ui;
  int w = 0, h = 0;
  if (window_page_size(&a->win, &w, &h)) { /* windowed: the size to remember */
    a->set.width = a->win.w;
    a->set.height = a->win.h;
  }
  if (w != ui->w || h != ui->h)
    ui_resize(ui, w, h);
  draw_trace_frame(ui->w, ui->h);
  ui_begin(ui);
  switch (a->mode) {
  case MODE_TITLE: title(a); break;
  case MODE_CHAPTERS: screen_chapters(ui, &a->progress); break;
  case MODE_PLAY:
    if (!a->ev) {
      screen_end(ui);
      break;
    }
    switch (a->ev->kind) {
    case EVENT_CHAPTER: screen_chapter(ui, a->ev); break;
    case EVENT_CARD: screen_card(ui, a->ev); break;
    case EVENT_ENDING: screen_ending(ui, a->ev); break;
    case EVENT_ERROR: screen_error(ui, a->ev); break;
    case EVENT_END:
    case EVENT_NONE: screen_end(ui); break;
    default:
      if (quick_shown(a)) { /* the page above the quick menu's strip */
        int strip = screen_quick_height(ui);
        ui->h -= strip, ui->strip = strip;
        layout_draw(a->L, ui, now);
        ui->h += strip, ui->strip = 0;
        screen_quick(ui, a->skip, a->auto_mode);
      } else {
        layout_draw(a->L, ui, now);
      }
      break;
    }
    if (a->lesson && a->ev && !a->menu && !a->history)
      draw_lesson(a, now);
    break;
  }
  if (a->history) {
    ui_begin(ui); /* the page below takes no clicks */
    screen_history(ui, &a->hist_scroll);
  }
  if (a->menu && !a->slots_open && !a->prefs_open) {
    ui_begin(ui);
    screen_menu(ui, a->mode == MODE_PLAY);
  }
  if (a->prefs_open) {
    ui_begin(ui);
    screen_prefs(ui, &a->set);
  }
  if (a->slots_open) {
    ui_begin(ui);
    slots_view_read(&a->slots, a->story);
    slots_draw(ui, &a->slots);
    slots_view_free(&a->slots);
  }
  if (asking(a)) {
    ui_begin(ui);
    slots_confirm(ui, a->question, a->yes);
  }
  if (a->notice[0] && now < a->notice_until)
    screen_notice(ui, a->notice);
  if (a->auto_mode || a->skip) {
    const char *mark = ui_text(ui, a->skip ? "play.skip" : "play.auto");
    int px = ui_font_px(ui, 14);
    int bottom = ui->h - ui_px(ui, 16) - (quick_shown(a) ? screen_quick_height(ui) : 0);
    draw_text_right(ui->r, FONT_SANS_BOLD, px, ui->pal.accent, ui->w - ui_px(ui, 20),
                    bottom - font_line_height(FONT_SANS_BOLD, px), mark);
  }
  draw_trace_end();
}

static void screenshot(App *a)
{
  /* The page's part of the target, which can be larger (window_page_size). */
  SDL_Rect page = { 0, 0, a->ui.w, a->ui.h };
  bool ok = shot_take(a->win.r, page);
  if (!ok)
    fprintf(stderr, "ficelle: %s\n", err_get());
  notice(a, ui_text(&a->ui, ok ? "shot.saved" : "shot.failed"));
}

/* ---- input ---------------------------------------------------------------- */

/* Window points to the page's pixels, with the size the page was laid out for. */
static void mouse_point(App *a, int x, int y, int *px, int *py)
{
  window_to_page(&a->win, a->ui.w, a->ui.h, x, y, px, py);
}

/* A hand over what can be clicked, as on the web the readers know. */
static void update_cursor(App *a)
{
  int wx = 0, wy = 0, x, y;
  SDL_GetMouseState(&wx, &wy);
  mouse_point(a, wx, wy, &x, &y);
  window_set_hand(&a->win, ui_hit(&a->ui, x, y).kind != ACT_NONE);
}

/* A left click: the button under the pointer, else it closes the history,
** else it goes on (not through a menu). */
static void click(App *a, int wx, int wy)
{
  int x, y;
  mouse_point(a, wx, wy, &x, &y);
  Action hit = ui_hit(&a->ui, x, y);
  if (hit.kind != ACT_NONE)
    act(a, hit);
  else if (a->history) {
    a->history = false;
    a->dirty = true;
  } else if (!a->menu && !asking(a))
    go_on(a);
}

/* Would this take an option of the choice shown, though it was not meant for
** it: a key held down since before the choice (its repeats), or any key or
** click in the first CHOICE_GRACE ms after the choice came up? */
static bool too_soon(const App *a, const SDL_Event *e, Action asked)
{
  bool takes = asked.kind == ACT_CHOICE || asked.kind == ACT_SELECT || asked.kind == ACT_CLICK
      || asked.kind == ACT_CONTINUE || asked.kind == ACT_NUMBER || asked.kind == ACT_MAJORITY
      || asked.kind == ACT_SUBMIT;
  if (!takes || a->mode != MODE_PLAY || a->menu || a->history || asking(a) || !a->ev
      || a->ev->kind != EVENT_CHOICE)
    return false;
  if (e->type == SDL_KEYDOWN && e->key.repeat)
    return true;
  return !SDL_TICKS_PASSED(e->common.timestamp, a->choice_at + CHOICE_GRACE);
}

static void handle(App *a, const SDL_Event *e)
{
  int x, y;
  if (a->unheard && e->type == a->unheard) { /* the speech service was not reached */
    notice(a, ui_text(&a->ui, "voice.unreached"));
    a->notice_until = SDL_GetTicks() + 6000; /* a longer message */
    return;
  }
  if (a->changed && e->type == a->changed) {
    /* A writer saved a file: read again as F5 does while a chapter plays,
    ** else before the next one begins. */
    if (a->mode == MODE_PLAY)
      act(a, (Action){ ACT_RELOAD, 0 });
    else
      a->stale = true;
    a->dirty = true;
    return;
  }
  switch (e->type) {
  case SDL_QUIT: a->quit = true; break;
  case SDL_WINDOWEVENT:
    /* Drawn again at the window's real size (window_page_size), which the
    ** size in SDL's event may not be. */
    a->win.stale = true;
    a->dirty = true;
    break;
  case SDL_RENDER_TARGETS_RESET:
  case SDL_RENDER_DEVICE_RESET:
    font_cache_clear();
    a->dirty = true;
    break;
  case SDL_CONTROLLERDEVICEADDED:
    SDL_GameControllerOpen(e->cdevice.which); /* closed by SDL_Quit */
    break;
  case SDL_MOUSEMOTION:
    mouse_point(a, e->motion.x, e->motion.y, &x, &y);
    if (ui_hover(&a->ui, x, y))
      a->dirty = true;
    update_cursor(a);
    break;
  case SDL_KEYDOWN:
  case SDL_KEYUP:
  case SDL_CONTROLLERBUTTONDOWN:
  case SDL_MOUSEBUTTONDOWN:
  case SDL_MOUSEWHEEL: {
    InputContext where = { a->ui.hide, a->history, a->mode == MODE_PLAY && !a->menu && !asking(a) };
    Action asked = input_action(e, where);
    if (too_soon(a, e, asked))
      break;
    if (asked.kind == ACT_CLICK)
      click(a, e->button.x, e->button.y);
    else if (asked.kind != ACT_NONE)
      act(a, asked);
    break;
  }
  default: break;
  }
}

/* Milliseconds until something changes by itself; -1: nothing will. */
static int next_timeout(App *a, Uint32 now)
{
  int t = -1;
#define SOONER(ms)                                                                                 \
  do {                                                                                             \
    int m_ = (ms);                                                                                 \
    if (m_ < 0)                                                                                    \
      m_ = 0;                                                                                      \
    if (t < 0 || m_ < t)                                                                           \
      t = m_;                                                                                      \
  } while (0)
  if (a->mode == MODE_PLAY && !a->menu && !a->history && !asking(a) && a->ev) {
    if (layout_typing(a->L, now))
      SOONER(30);
    else if (a->was_typing) /* it ended since the last frame: its last letters, now */
      SOONER(0);
    if (layout_next_ms(a->L, now) >= 0) /* a task's timer, a figure's "+0,03 €" */
      SOONER(layout_next_ms(a->L, now));
    else if (a->was_moving)
      SOONER(0);
    if (a->skip && a->ev && a->ev->kind == EVENT_LINE)
      SOONER(35);
    if (a->auto_mode && a->ev && a->ev->kind == EVENT_LINE && !layout_typing(a->L, now)) {
      if (!a->auto_at)
        a->auto_at = now + layout_read_ms(a->L, a->set.auto_pace);
      SOONER((int)(a->auto_at - now));
    }
  }
  if (a->lesson && a->lesson->timer_end && a->mode == MODE_PLAY && now < a->lesson->timer_end)
    SOONER((int)((a->lesson->timer_end - now) % 1000) + 1); /* the clock's seconds */
  if (a->notice[0]) {
    if (now >= a->notice_until) {
      a->notice[0] = '\0';
      a->dirty = true;
      SOONER(0);
    } else
      SOONER((int)(a->notice_until - now));
  }
#undef SOONER
  return t;
}

static void tick(App *a, Uint32 now)
{
  if (a->mode != MODE_PLAY || a->menu || a->history || asking(a) || !a->ev) {
    a->was_typing = a->was_moving = false; /* (nothing more to draw for them here) */
    return;
  }
  if (a->skip && a->ev->kind == EVENT_LINE && a->unseen && !a->set.skip_all) {
    /* Ren'Py's default: skip stops at what was never read. */
    a->skip = false;
    a->skip_held = a->skip_key; /* Ctrl's repeats must not start it again */
    notice(a, ui_text(&a->ui, "play.skip_unseen"));
  } else if (a->skip && a->ev->kind == EVENT_LINE) {
    layout_finish(a->L);
    go_on(a);
  } else if (a->auto_mode && a->auto_at && now >= a->auto_at && a->ev->kind == EVENT_LINE) {
    a->auto_at = 0;
    go_on(a);
  }
  /* While typing, every tick draws; once more when it ends, for the last letters. */
  bool typing = layout_typing(a->L, now), moving = layout_next_ms(a->L, now) >= 0;
  if (typing || a->was_typing || moving || a->was_moving)
    a->dirty = true;
  a->was_typing = typing;
  a->was_moving = moving;
  /* A discussion's clock: drawn at each second, and once more at its end. */
  if (a->lesson && a->lesson->timer_end && !a->lesson->timer_rang) {
    a->dirty = true;
    a->lesson->timer_rang = now >= a->lesson->timer_end;
  }
}

static void draw_for_bench(void *a)
{
  draw(a);
}

/* Benchmark (FICELLE_BENCH): reads on from the first frame to a full page
** (up to a dozen lines or a choice) and times it. */
static void bench_first_page(App *a)
{
  bench_mark("first_frame");
  for (int i = 0; i < 12 && a->mode == MODE_PLAY && a->ev && a->ev->kind != EVENT_CHOICE
       && a->ev->kind != EVENT_ERROR && a->ev->kind != EVENT_END;
       i++) {
    layout_finish(a->L);
    go_on(a);
  }
  layout_finish(a->L);
  if (a->mode == MODE_PLAY)
    bench_page(a->win.r, a->L, draw_for_bench, a);
  draw(a);
  SDL_RenderPresent(a->win.r);
  bench_mark("page_ready");
}

int app_run(Story *story, const AppOptions *opt)
{
  App app;
  App *a = &app;
  memset(a, 0, sizeof app);
  a->story = story;
  settings_load(&a->set);
  progress_load(&a->progress);
  if (opt && opt->width > 0 && opt->height > 0) {
    a->set.width = opt->width;
    a->set.height = opt->height;
  }
  if (opt && opt->fullscreen)
    a->set.fullscreen = true;

  SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
  bench_stage("app_run");
  if (SDL_Init(SDL_INIT_VIDEO) != 0) {
    fprintf(stderr, "ficelle: SDL: %s\n", SDL_GetError());
    if (!story && opt && opt->wait_story)
      opt->wait_story(opt->wait_ud); /* let the opening finish before exiting */
    return 1;
  }
  bench_stage("sdl_init");
  /* The story was being opened meanwhile (main.c); from here on it is needed. */
  if (!story && opt && opt->wait_story && !(story = a->story = opt->wait_story(opt->wait_ud))) {
    SDL_Quit();
    return 1;
  }
  bench_stage("story");
  stepper_attach(story);
  /* The reader's last language, unless the command line chose one (the story
  ** then is not in its source language). */
  if (a->set.lang[0] && strcmp(story_language(story), "fr") == 0 && strcmp(a->set.lang, "fr") != 0)
    story_set_language(story, a->set.lang);
  if (!font_init()) {
    fprintf(stderr, "ficelle: %s\n", err_get());
    SDL_Quit();
    return 1;
  }
  bench_stage("fonts");
  if (!window_open(&a->win, story_ui(story, "window.title"), a->set.width, a->set.height,
                   a->set.fullscreen)) {
    fprintf(stderr, "ficelle: %s\n", err_get());
    font_quit();
    SDL_Quit();
    return 1;
  }
  bench_stage("window");
  /* The window tests read what text each frame draws, and where (draw.h). */
  const char *trace_path = getenv("FICELLE_TEXT_TRACE");
  FILE *trace = trace_path && *trace_path ? fopen(trace_path, "w") : NULL;
  if (trace_path && *trace_path && !trace)
    perror(trace_path);
  draw_trace_start(trace);
  a->L = layout_create();
  ui_init(&a->ui, a->win.r, story);
  layout_set_speed(a->L, a->set.speed);
  a->ui.speed = a->set.speed;
  restyle(a);
  a->mode = MODE_TITLE;
  a->slots.page = 1;
  if ((a->changed = SDL_RegisterEvents(1)) == (Uint32)-1)
    a->changed = 0;
  else
    a->watch = watch_start(a->changed);
  if ((a->unheard = SDL_RegisterEvents(1)) == (Uint32)-1)
    a->unheard = 0;
  if (a->set.voice) /* on since the last session: says the first screen */
    toggle_voice(a, true, false);
  if (opt && opt->classroom)
    classroom(a, true);
  if (opt && opt->chapter > 0)
    begin(a, opt->chapter, true); /* a chapter asked for: a replay too */
  a->dirty = true;

  while (!a->quit) {
    if (a->dirty) {
      a->dirty = false;
      draw(a);
      SDL_RenderPresent(a->win.r);
      update_cursor(a);
      say_focus(a);
      if (a->want_shot) {
        /* Read back the frame just drawn: draw it again, read before presenting. */
        draw(a);
        screenshot(a);
        a->want_shot = false;
        draw(a);
        SDL_RenderPresent(a->win.r);
      }
      if (bench_on() && !a->first_frame) {
        a->first_frame = true;
        bench_first_page(a);
      }
    }
    if (!a->pads) {
      /* Gamepads once the first frame is up: looking for them takes time. */
      a->pads = true;
      SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER);
    }
    Uint32 now = SDL_GetTicks();
    int timeout = next_timeout(a, now);
    SDL_Event e;
    int got = timeout < 0 ? SDL_WaitEvent(&e) : SDL_WaitEventTimeout(&e, timeout);
    if (got) {
      handle(a, &e);
      while (!a->quit && SDL_PollEvent(&e))
        handle(a, &e);
    }
    tick(a, SDL_GetTicks());
  }
  watch_stop(a->watch);
  voice_close(a->voice);
  classroom(a, false); /* the class's page, if a class read */
  autosave(a);
  settings_save(&a->set);
  progress_save(&a->progress);
  progress_free(&a->progress);
  layout_destroy(a->L);
  draw_trace_start(NULL);
  if (trace)
    fclose(trace);
  font_quit(); /* its textures belong to the renderer */
  window_close(&a->win);
  SDL_Quit();
  return 0;
}
