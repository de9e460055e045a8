/*
** story: the step machine (see story.h). A scene runs as a Lua coroutine
** (scene.c) until it asks for something: a line, a choice, a jump, the end of
** a chapter. Lines and choices become events (event.c); `layout` and `bind`
** change the screen without stopping the scene, and every event carries the
** screen as it is. A checkpoint at each scene entry and the inputs since it
** are the reader's whole path (timeline.c): saves, rollback, recovery and hot
** reload are all "apply a checkpoint, replay inputs".
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "event.h"
#include "i18n.h"
#include "lines.h"
#include "mem.h"
#include "scene.h"
#include "story.h"
#include "timeline.h"
#include "vfs.h"

#define DEFAULT_SEED 0x43454E54494D4553ull
#define MAX_JUMPS 200     /* jumps in a row without a line or a choice: fewer than
                             TIMELINE_MAX, so a rollback still reaches the last input */

typedef enum Phase {
  PH_IDLE,      /* not begun */
  PH_CHAPTER,   /* a chapter's title card is shown */
  PH_SCENE,     /* a scene waits at a request */
  PH_CARD,      /* a chapter's discussion card is shown */
  PH_ENDING,    /* an ending is shown */
  PH_END,
  PH_ERROR
} Phase;

struct Story {
  StoryOptions opt;
  Scene *sc;                /* NULL if the engine's own Lua failed at a reload */
  char load_error[1024];    /* why the story's files did not load ("" if they did) */
  char load_file[256];
  int load_line;
  json_t *defs;             /* the chapters as declared, sorted by number */
  json_t *chapters;         /* ... as story_chapters() gives them */
  json_t *scenes, *warnings, *languages;

  char lang[16];
  Catalog *cat;             /* NULL for the source language */
  json_t *ui;
  StoryCollector collect;
  void *collect_ud;

  Phase phase;
  int chapter;
  char scene[128];
  Rng rng;
  json_t *setvars;          /* story_set_var() before begin */

  char *layout;             /* the screen: its layout, */
  json_t *bindings;         /* ... its bindings as the scripts gave them, */
  json_t *bindctx;          /* ... the scene that set each (its translation context,
                               kept when the screen outlives the scene), */
  json_t *tbindings;        /* ... and translated */
  unsigned screen_serial, page_serial;
  Lines page, history;
  Timeline tl;

  EventBuf eb;              /* the current event */
  json_t *raw;              /* the request it came from (a line or a choice) */
  char ev_file[256];
  int ev_line;
  json_t *cp_info;          /* story_checkpoint()'s answer */
  json_t *data_cache;
};

static void enter_scene(Story *s, const char *id, bool checkpoint);
static void run(Story *s, int choice);

/* --- Translation, the screen ------------------------------------------------- */

static Tr tr_of(const Story *s, bool collect)
{
  Tr tr = { s->cat, s->lang, collect ? s->collect : NULL, s->collect_ud, s->ev_file, s->ev_line };
  return tr;
}

static bool has_brace(const json_t *j)
{
  const char *key;
  json_t *val;
  size_t i;
  if (json_is_string(j))
    return strchr(json_string_value(j), '{') != NULL;
  if (json_is_object(j)) {
    json_object_foreach((json_t *)j, key, val)
      if (has_brace(val))
        return true;
  } else if (json_is_array(j)) {
    json_array_foreach(j, i, val)
      if (has_brace(val))
        return true;
  }
  return false;
}

/* The variables, if what is to be shown has placeholders (a new reference or
** NULL). Reading them all is the costly part of a line. */
static json_t *vars_for(Story *s, const json_t *shown)
{
  return s->sc && has_brace(shown) ? scene_get(s->sc, "vars") : NULL;
}

/* Translates the bindings, each in the context of the scene that set it. */
static bool translate_bindings(Story *s, const json_t *vars)
{
  Tr tr = tr_of(s, true);
  size_t n;
  const char **keys = tr_sorted_keys(s->bindings, &n);
  json_t *t = json_object(), *one;
  for (size_t i = 0; i < n; i++) {
    const char *ctx = json_string_value(json_object_get(s->bindctx, keys[i]));
    if (!ctx || !*ctx)
      ctx = s->scene[0] ? s->scene : "screen";
    if (!(one = tr_tree(&tr, ctx, json_object_get(s->bindings, keys[i]), keys[i], vars))) {
      free(keys);
      return json_decref(t), false;
    }
    json_object_set_new(t, keys[i], one);
  }
  free(keys);
  json_decref(s->tbindings);
  s->tbindings = t;
  s->screen_serial++;
  return true;
}

static void new_page(Story *s)
{
  lines_truncate(&s->page, 0);
  s->page_serial++;
}

/* Shows a layout with bindings (NULL: none). ctx (may be NULL) says which scene
** set each binding; without it, the current scene set them all. */
static void set_layout(Story *s, const char *name, const json_t *bindings, const json_t *ctx)
{
  const char *key;
  json_t *val;
  if (name && strcmp(name, s->layout) != 0) {
    free(s->layout);
    s->layout = mem_strdup(name);
    new_page(s);
  }
  json_decref(s->bindings);
  s->bindings = bindings ? json_deep_copy(bindings) : json_object();
  json_decref(s->bindctx);
  s->bindctx = ctx ? json_deep_copy(ctx) : json_object();
  if (!ctx)
    json_object_foreach(s->bindings, key, val)
      json_object_set_new(s->bindctx, key, json_string(s->scene));
}

/* `layout` and `bind`, from the running scene (see SceneScreenFn). */
static bool on_screen(void *ud, const char *name, const json_t *bindings, bool merge,
                      const json_t *vars)
{
  Story *s = ud;
  scene_where(s->sc, s->ev_file, sizeof s->ev_file, &s->ev_line);
  if (!merge) {
    set_layout(s, name, bindings, NULL);
  } else {
    const char *key;
    json_t *val;
    if (name && strcmp(name, s->layout) != 0)
      set_layout(s, name, NULL, NULL);
    json_object_foreach((json_t *)bindings, key, val) {
      json_object_set(s->bindings, key, val);
      json_object_set_new(s->bindctx, key, json_string(s->scene));
    }
  }
  return translate_bindings(s, vars);
}

/* --- Events ------------------------------------------------------------------ */

/* Fills in what every event says of the screen and of where it comes from. */
static const Event *stamp(Story *s)
{
  Event *ev = &s->eb.ev;
  ev->scene = s->scene;
  ev->file = s->ev_file;
  ev->line = s->ev_line;
  ev->layout = s->layout;
  ev->bindings = s->tbindings;
  ev->screen = s->screen_serial;
  ev->page = s->page_serial;
  ev->chapter = s->chapter;
  return ev;
}

/* The story enters its error state with this message. */
static const Event *fail(Story *s, const char *file, int line, const char *fmt, ...) ERR_PRINTF(4, 5);
static const Event *fail(Story *s, const char *file, int line, const char *fmt, ...)
{
  va_list ap;
  char msg[1024], where[256];
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  snprintf(where, sizeof where, "%s", file ? file : "");   /* file may be s->ev_file */
  if (s->sc)
    scene_stop(s->sc);
  s->phase = PH_ERROR;
  snprintf(s->ev_file, sizeof s->ev_file, "%s", where);
  s->ev_line = line;
  json_decref(s->raw);
  s->raw = NULL;
  event_error(&s->eb, msg);
  return stamp(s);
}

/* The error of a unit that could not be shown, at the event's line. */
static void fail_here(Story *s)
{
  char why[1024];
  snprintf(why, sizeof why, "%s", err_get());
  fail(s, s->ev_file, s->ev_line, "%s:%d: %s", s->ev_file, s->ev_line, why);
}

static const json_t *def_of(const Story *s, int number)
{
  size_t i;
  json_t *c;
  json_array_foreach(s->defs, i, c)
    if (json_integer_value(json_object_get(c, "number")) == number)
      return c;
  return NULL;
}

static const char *def_str(const json_t *def, const char *key)
{
  return json_string_value(json_object_get(def, key));
}

/* The current event built again from what it came from (a new language). */
static void rebuild_event(Story *s)
{
  Tr tr = tr_of(s, false);
  const json_t *def = def_of(s, s->chapter);
  bool ok = true;
  json_t *vars = NULL;
  switch (s->eb.ev.kind) {
  case EVENT_LINE:
  case EVENT_CHOICE:
    if (!s->raw)
      return;
    vars = vars_for(s, s->raw);
    ok = s->eb.ev.kind == EVENT_LINE
         ? event_line(&s->eb, &tr, s->scene, s->raw, vars, NULL)
         : event_choice(&s->eb, &tr, s->scene, s->raw, vars);
    json_decref(vars);
    break;
  case EVENT_CHAPTER: ok = event_chapter(&s->eb, &tr, def); break;
  case EVENT_CARD: ok = event_card(&s->eb, &tr, def); break;
  case EVENT_ENDING:
    if (s->raw)
      ok = event_ending(&s->eb, &tr, s->raw);
    break;
  default:
    return;
  }
  if (!ok)
    fail_here(s);
  else
    stamp(s);
}

/* --- Checkpoints -------------------------------------------------------------- */

static bool take_checkpoint(Story *s, const char *scene, bool card)
{
  Checkpoint cp = { 0 };
  if (!(cp.vars = scene_get(s->sc, "vars")))
    return false;
  cp.visits = scene_get(s->sc, "visits");
  cp.scene = mem_strdup(scene);
  cp.chapter_card = card;
  cp.chapter = s->chapter;
  cp.rng = s->rng;
  cp.layout = mem_strdup(s->layout);
  cp.bindings = json_deep_copy(s->bindings);
  cp.bindctx = json_deep_copy(s->bindctx);
  cp.page = lines_sources(&s->page);
  timeline_push(&s->tl, &cp, s->history.n);
  return true;
}

static void start_chapter(Story *s, const json_t *def)
{
  Tr tr = tr_of(s, true);
  s->chapter = (int)json_integer_value(json_object_get(def, "number"));
  scene_default(s->sc, json_object_get(def, "defaults"));
  snprintf(s->scene, sizeof s->scene, "%s", def_str(def, "start"));
  snprintf(s->ev_file, sizeof s->ev_file, "%s", def_str(def, "file"));
  s->ev_line = 0;
  new_page(s);   /* a chapter is a page break */
  if (!take_checkpoint(s, def_str(def, "start"), true)) {
    fail(s, def_str(def, "file"), 0, "%s", err_get());
    return;
  }
  s->phase = PH_CHAPTER;
  json_decref(s->raw);
  s->raw = NULL;
  tr = tr_of(s, true);
  event_chapter(&s->eb, &tr, def);
  stamp(s);
}

/* --- Running scenes ----------------------------------------------------------- */

/* A line or a choice: the event the reader sees. */
static void show(Story *s, json_t *req)
{
  const char *kind = json_string_value(json_object_get(req, "kind"));
  Tr tr = tr_of(s, true);
  json_t *vars = vars_for(s, req), *source = NULL;
  bool ok;
  json_decref(s->raw);
  s->raw = req;
  s->phase = PH_SCENE;
  if (strcmp(kind, "line") == 0) {
    if ((ok = event_line(&s->eb, &tr, s->scene, req, vars, &source))) {
      const Event *ev = &s->eb.ev;
      lines_add(&s->page, json_incref(source), ev->speaker, ev->text);
      lines_add(&s->history, source, ev->speaker, ev->text);
    }
  } else {
    ok = event_choice(&s->eb, &tr, s->scene, req, vars);
  }
  json_decref(vars);
  if (!ok)
    fail_here(s);
  else
    stamp(s);
}

/* Where the running scene's body ends: a scene that gets there is stuck. */
static void fell_off(Story *s)
{
  const json_t *sc;
  size_t i;
  const char *where = "";
  int last = 0;
  json_array_foreach(s->scenes, i, sc) {
    if (strcmp(def_str(sc, "id"), s->scene) == 0) {
      where = def_str(sc, "file");
      last = (int)json_integer_value(json_object_get(sc, "last"));
    }
  }
  fail(s, where, last, "%s:%d: scene '%s' ended without jump, end_chapter or ending: "
       "the reader would be stuck", where, last, s->scene);
}

/* Runs the scene until it shows something or ends. Jumps are followed here, in
** a loop, so that scenes that only jump to each other end in an error, not in
** a C stack that grows until it breaks. */
static void run(Story *s, int choice)
{
  for (int jumps = 0;; jumps++) {
    json_t *req;
    const char *kind;
    char to[128];
    SceneStatus st = scene_resume(s->sc, choice, &req, s->ev_file, sizeof s->ev_file, &s->ev_line);
    choice = 0;
    if (st == SCENE_DONE) {
      fell_off(s);
      return;
    }
    if (st == SCENE_FAILED) {
      char why[1024];
      snprintf(why, sizeof why, "%s", err_get());
      fail(s, s->ev_file, s->ev_line, "%s", why);
      return;
    }
    kind = json_string_value(json_object_get(req, "kind"));
    if (strcmp(kind, "line") == 0 || strcmp(kind, "choice") == 0) {
      show(s, req);
      return;
    }
    if (strcmp(kind, "jump") != 0) {
      scene_stop(s->sc);
      json_decref(s->raw);
      s->raw = req;
      s->phase = strcmp(kind, "ending") == 0 ? PH_ENDING : PH_CARD;
      {
        Tr tr = tr_of(s, true);
        bool ok = s->phase == PH_ENDING ? event_ending(&s->eb, &tr, req)
                                        : event_card(&s->eb, &tr, def_of(s, s->chapter));
        if (!ok)
          fail_here(s);
        else
          stamp(s);
      }
      return;
    }
    snprintf(to, sizeof to, "%s", json_string_value(json_object_get(req, "to")));
    json_decref(req);
    if (jumps == MAX_JUMPS) {
      fail(s, s->ev_file, s->ev_line, "%s:%d: the scenes jumped %d times without showing "
           "anything to read (an endless loop?)", s->ev_file, s->ev_line, MAX_JUMPS);
      return;
    }
    enter_scene(s, to, true);
    if (s->phase == PH_ERROR)
      return;
  }
}

/* Enters scene id (a checkpoint first if asked). Does not run it. */
static void enter_scene(Story *s, const char *id, bool checkpoint)
{
  char from[256];
  int from_line = s->ev_line;
  snprintf(from, sizeof from, "%s", s->ev_file);
  if (!scene_exists(s->sc, id)) {
    fail(s, from, from_line, "%s:%d: jump to an unknown scene '%s'", from, from_line, id);
    return;
  }
  snprintf(s->scene, sizeof s->scene, "%s", id);
  if (checkpoint && !take_checkpoint(s, id, false)) {
    char why[1024];
    snprintf(why, sizeof why, "%s", err_get());
    fail(s, from, from_line, "%s:%d: %s", from, from_line, why);
    return;
  }
  scene_enter(s->sc, id);
  s->phase = PH_SCENE;
}

/* Goes back to a checkpoint: its variables, generator, screen, page and history. */
static void apply_checkpoint(Story *s, const Checkpoint *cp, int history)
{
  Tr tr = tr_of(s, false);
  scene_stop(s->sc);
  scene_set(s->sc, "vars", cp->vars);
  scene_set(s->sc, "visits", cp->visits);
  s->rng = cp->rng;
  s->chapter = cp->chapter;
  snprintf(s->scene, sizeof s->scene, "%s", cp->scene);
  set_layout(s, cp->layout, cp->bindings, cp->bindctx);
  translate_bindings(s, cp->vars);
  lines_truncate(&s->history, history);
  new_page(s);
  if (cp->page && !lines_add_sources(&s->page, cp->page, &tr)) {
    fail(s, "save", 0, "the page of the save: %s", err_get());
    return;
  }
  if (history == 0)   /* a save read anew: its page is what was read before */
    lines_add_sources(&s->history, cp->page, &tr);
  if (!def_of(s, cp->chapter) && cp->chapter != 0) {
    fail(s, "", 0, "the save's chapter %d is not in the story", cp->chapter);
    return;
  }
  json_decref(s->raw);
  s->raw = NULL;
  if (cp->chapter_card) {
    s->phase = PH_CHAPTER;
    tr = tr_of(s, true);
    event_chapter(&s->eb, &tr, def_of(s, s->chapter));
    stamp(s);
    return;
  }
  snprintf(s->ev_file, sizeof s->ev_file, "%s", "save");
  s->ev_line = 0;
  enter_scene(s, cp->scene, false);
  if (s->phase != PH_ERROR)
    run(s, 0);
}

/* The logged form of an input to the current event: 0, or the script's number
** of the option taken; -1 if the input does not answer the event. */
static int logged_input(const Story *s, const Input *in)
{
  const Event *ev = &s->eb.ev;
  if (ev->kind == EVENT_CHOICE) {
    if (in->kind == INPUT_CHOICE && in->choice >= 0 && in->choice < ev->noptions)
      return ev->options[in->choice].index;
    if (in->kind == INPUT_VALUE && in->value) {
      const json_t *o;
      size_t i;
      json_array_foreach(json_object_get(s->raw, "options"), i, o) {
        const json_t *v = json_object_get(o, "value");
        char buf[64];
        const char *as_text = json_string_value(v);
        if (json_is_integer(v)) {
          snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
          as_text = buf;
        }
        if (as_text && strcmp(as_text, in->value) == 0)
          return (int)json_integer_value(json_object_get(o, "index"));
      }
    }
    return -1;
  }
  if (ev->kind == EVENT_END || ev->kind == EVENT_ERROR || ev->kind == EVENT_NONE)
    return -1;
  return in->kind == INPUT_CONTINUE ? 0 : -1;
}

/* The option taken goes to the history and, unless it answers a task (a click
** on a card, not a sentence of the story), to the page. */
static void note_choice(Story *s, int input)
{
  const json_t *o;
  size_t i;
  json_array_foreach(json_object_get(s->raw, "options"), i, o) {
    if (json_integer_value(json_object_get(o, "index")) != input)
      continue;
    const char *text = s->eb.ev.options[i].text;
    json_t *src = lines_source(def_str(o, "text"), s->scene, def_str(o, "id"), NULL, NULL, "choice");
    if (!json_object_get(s->raw, "task"))
      lines_add(&s->page, json_incref(src), NULL, text);
    lines_add(&s->history, src, NULL, text);
  }
}

/* Moves on with a logged input (validated). */
static void advance(Story *s, int input)
{
  timeline_input(&s->tl, input);
  if (s->eb.ev.kind == EVENT_CHOICE)
    note_choice(s, input);
  switch (s->phase) {
  case PH_CHAPTER: {
    char start[128];
    snprintf(start, sizeof start, "%s", s->scene);
    snprintf(s->ev_file, sizeof s->ev_file, "%s", def_str(def_of(s, s->chapter), "file"));
    s->ev_line = 0;
    enter_scene(s, start, true);
    if (s->phase != PH_ERROR)
      run(s, 0);
    break;
  }
  case PH_SCENE:
    run(s, s->eb.ev.kind == EVENT_CHOICE ? input : 0);
    break;
  case PH_CARD: {
    const json_t *next = NULL, *c;
    size_t i;
    json_array_foreach(s->defs, i, c) {
      if (json_integer_value(json_object_get(c, "number")) > s->chapter) {
        next = c;
        break;
      }
    }
    if (next) {
      start_chapter(s, next);
      break;
    }
    s->phase = PH_END;   /* the last chapter ended */
    event_reset(&s->eb, EVENT_END);
    stamp(s);
    break;
  }
  case PH_ENDING:
    s->phase = PH_END;
    event_reset(&s->eb, EVENT_END);
    stamp(s);
    break;
  default:
    break;
  }
}

/* Replays logged inputs from the current event; false if one does not fit. */
static bool replay(Story *s, const InputLog *log)
{
  for (size_t i = 0; i < log->n; i++) {
    Input in = { INPUT_CONTINUE, 0, NULL };
    if (log->items[i] > 0) {
      in.kind = INPUT_CHOICE;
      in.choice = -1;
      for (int k = 0; k < s->eb.ev.noptions; k++)
        if (s->eb.ev.options[k].index == log->items[i])
          in.choice = k;
    }
    if (logged_input(s, &in) != log->items[i])
      return false;
    advance(s, log->items[i]);
  }
  return true;
}

/* Applies cp and replays log; on a mismatch, stays at the checkpoint. The
** latest checkpoint becomes cp (copied); the older ones are kept. */
static bool restore_to(Story *s, const Checkpoint *cp, const InputLog *log, int history)
{
  Checkpoint mine, latest;
  InputLog ours;
  bool ok;
  state_checkpoint_copy(&mine, cp);
  state_checkpoint_copy(&latest, cp);
  state_log_copy(&ours, log);
  timeline_set(&s->tl, &latest, history);
  apply_checkpoint(s, &mine, history);
  ok = replay(s, &ours);
  if (!ok) {
    state_checkpoint_copy(&latest, cp);
    timeline_set(&s->tl, &latest, history);
    apply_checkpoint(s, &mine, history);
  }
  state_checkpoint_clear(&mine);
  state_log_clear(&ours);
  return ok;
}

/* --- Loading ------------------------------------------------------------------- */

static int cmp_chapters(const void *a, const void *b)
{
  json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "number"));
  json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "number"));
  return (x > y) - (x < y);
}

/* The chapters' titles in the current language, for story_chapters(). */
static void make_chapters(Story *s)
{
  Tr tr = tr_of(s, false);
  size_t i;
  json_t *c;
  json_decref(s->chapters);
  s->chapters = json_array();
  json_array_foreach(s->defs, i, c) {
    char *t = tr_unit(&tr, def_str(c, "id"), def_str(c, "title"), NULL, NULL, NULL);
    json_array_append_new(s->chapters, json_pack("{s:s, s:O, s:O, s:s}", "id", def_str(c, "id"),
                          "number", json_object_get(c, "number"), "side", json_object_get(c, "side"),
                          "title", t ? t : ""));
    free(t);
  }
}

/* Opens the sandbox, loads the story's files and reads their declarations.
** False only if the engine's own Lua fails; a story file that fails is kept in
** load_error, for story_begin() to show. */
static bool load(Story *s)
{
  ScriptLimits lim = { s->opt.instruction_budget, s->opt.memory_cap };
  json_t *defs, **tmp;
  size_t i, n;
  s->load_error[0] = s->load_file[0] = '\0';
  s->load_line = 0;
  if (!(s->sc = scene_open(&lim, &s->rng, on_screen, s)))
    return false;
  if (!scene_load_story(s->sc, s->load_file, sizeof s->load_file, &s->load_line))
    snprintf(s->load_error, sizeof s->load_error, "%s", err_get());
  json_decref(s->scenes);
  json_decref(s->warnings);
  s->warnings = json_array();
  scene_declarations(s->sc, &defs, &s->scenes, s->warnings);
  n = json_array_size(defs);
  tmp = mem_calloc(n + 1, sizeof *tmp);
  for (i = 0; i < n; i++)
    tmp[i] = json_array_get(defs, i);
  qsort(tmp, n, sizeof *tmp, cmp_chapters);
  json_decref(s->defs);
  s->defs = json_array();
  for (i = 0; i < n; i++) {
    char path[128];
    const char *side = def_str(tmp[i], "side");
    json_array_append(s->defs, tmp[i]);
    /* A side is a palette: the frontends draw the chapter in its colours. */
    snprintf(path, sizeof path, "assets/palettes/%s.json", side ? side : "");
    if (side && !vfs_exists(path)) {
      char msg[300];
      snprintf(msg, sizeof msg, "%s: chapter %s: side '%s' has no palette (%s)",
               def_str(tmp[i], "file"), def_str(tmp[i], "id"), side, path);
      json_array_append_new(s->warnings, json_string(msg));
    }
  }
  free(tmp);
  json_decref(defs);
  make_chapters(s);
  return true;
}

/* --- The API -------------------------------------------------------------------- */

Story *story_open(const StoryOptions *opt)
{
  Story *s = mem_calloc(1, sizeof *s);
  if (opt)
    s->opt = *opt;
  s->layout = mem_strdup("page");
  s->bindings = json_object();
  s->tbindings = json_object();
  s->bindctx = json_object();
  s->setvars = json_object();
  s->data_cache = json_object();
  s->page.max = STORY_PAGE_MAX;
  snprintf(s->lang, sizeof s->lang, "%s", "fr");
  rng_seed(&s->rng, s->opt.seed ? s->opt.seed : DEFAULT_SEED);
  s->ui = i18n_ui_open("fr");
  if (!load(s) || (opt && opt->lang && strcmp(opt->lang, "fr") != 0
                   && !story_set_language(s, opt->lang))) {
    story_close(s);
    return NULL;
  }
  event_reset(&s->eb, EVENT_NONE);
  stamp(s);
  return s;
}

void story_close(Story *s)
{
  if (!s)
    return;
  scene_close(s->sc);
  i18n_close(s->cat);
  timeline_clear(&s->tl);
  lines_truncate(&s->page, 0);
  lines_truncate(&s->history, 0);
  event_free(&s->eb);
  free(s->layout);
  json_decref(s->defs);
  json_decref(s->chapters);
  json_decref(s->scenes);
  json_decref(s->warnings);
  json_decref(s->languages);
  json_decref(s->ui);
  json_decref(s->bindings);
  json_decref(s->tbindings);
  json_decref(s->bindctx);
  json_decref(s->setvars);
  json_decref(s->raw);
  json_decref(s->cp_info);
  json_decref(s->data_cache);
  free(s);
}

const Event *story_begin(Story *s, int chapter)
{
  const json_t *def;
  const char *key;
  json_t *val, *empty;
  size_t i;
  if (!s->sc)
    return fail(s, "lua/ficelle/story.lua", 0, "the story did not load");
  scene_stop(s->sc);
  timeline_clear(&s->tl);
  lines_truncate(&s->history, 0);
  s->scene[0] = '\0';
  set_layout(s, "page", NULL, NULL);
  new_page(s);
  translate_bindings(s, NULL);
  if (s->load_error[0])
    return fail(s, s->load_file, s->load_line, "%s", s->load_error);
  if (json_array_size(s->defs) == 0)
    return fail(s, "story", 0, "the story declares no chapter");
  if (chapter <= 0)
    chapter = (int)json_integer_value(json_object_get(json_array_get(s->defs, 0), "number"));
  if (!(def = def_of(s, chapter)))
    return fail(s, "story", 0, "there is no chapter %d", chapter);
  rng_seed(&s->rng, s->opt.seed ? s->opt.seed : DEFAULT_SEED);
  empty = json_object();
  scene_set(s->sc, "visits", empty);
  json_object_foreach(s->setvars, key, val)
    json_object_set(empty, key, val);
  scene_set(s->sc, "vars", empty);
  json_decref(empty);
  /* This chapter's defaults first, then the earlier chapters' for the rest. */
  scene_default(s->sc, json_object_get(def, "defaults"));
  for (i = json_array_size(s->defs); i-- > 0;) {
    const json_t *c = json_array_get(s->defs, i);
    if (json_integer_value(json_object_get(c, "number")) < chapter)
      scene_default(s->sc, json_object_get(c, "defaults"));
  }
  start_chapter(s, def);
  return &s->eb.ev;
}

const Event *story_step(Story *s, const Input *in)
{
  int input = logged_input(s, in);
  if (input >= 0)
    advance(s, input);
  return &s->eb.ev;
}

const Event *story_event(const Story *s)
{
  return &s->eb.ev;
}

bool story_set_var(Story *s, const char *name, const char *value)
{
  char *end;
  long long n = strtoll(value, &end, 10);
  json_t *j;
  if (*value && !*end)
    j = json_integer(n);
  else if (strcmp(value, "true") == 0 || strcmp(value, "false") == 0)
    j = json_boolean(value[0] == 't');
  else {
    double d = strtod(value, &end);
    j = (*value && !*end) ? json_real(d) : json_string(value);
  }
  if (!j)
    return err_set("--set %s: not UTF-8", name);
  json_object_set_new(s->setvars, name, j);
  return true;
}

json_t *story_vars(Story *s)
{
  return s->sc ? scene_get(s->sc, "vars") : json_object();
}

const json_t *story_chapters(Story *s)
{
  return s->chapters;
}

const char *story_language(const Story *s)
{
  return s->lang;
}

bool story_set_language(Story *s, const char *lang)
{
  Catalog *cat = NULL;
  Tr tr;
  json_t *vars;
  if (strcmp(lang, "fr") != 0 && !(cat = i18n_open(lang)))
    return false;
  i18n_close(s->cat);
  s->cat = cat;
  snprintf(s->lang, sizeof s->lang, "%s", lang);
  json_decref(s->ui);
  s->ui = i18n_ui_open(lang);
  make_chapters(s);
  /* The screen as it is, in the new language. */
  tr = tr_of(s, false);
  vars = vars_for(s, s->bindings);
  translate_bindings(s, vars);
  json_decref(vars);
  lines_translate(&s->page, &tr);
  lines_translate(&s->history, &tr);
  s->page_serial++;
  rebuild_event(s);
  return true;
}

const json_t *story_languages(Story *s)
{
  char **dirs;
  if (s->languages)
    return s->languages;
  s->languages = json_array();
  json_array_append_new(s->languages, json_string("fr"));
  if ((dirs = vfs_list("story/i18n"))) {
    for (char **d = dirs; *d; d++)
      if (strcmp(*d, "fr") != 0 && strlen(*d) < 16)
        json_array_append_new(s->languages, json_string(*d));
    vfs_free_list(dirs);
  }
  return s->languages;
}

const char *story_ui(Story *s, const char *key)
{
  const char *t = json_string_value(json_object_get(s->ui, key));
  return t ? t : key;
}

char *story_save(Story *s, size_t *len)
{
  json_t *meta;
  char *out;
  if (!s->tl.now.cp.scene)
    return err_set("save: the story has not begun"), NULL;
  meta = json_pack("{s:s, s:i}", "lang", s->lang, "chapter", s->chapter);
  out = state_save_write(&s->tl.now.cp, &s->tl.now.log, meta, len);
  json_decref(meta);
  return out;
}

const Event *story_restore(Story *s, const char *save, size_t len, bool *diverged)
{
  Checkpoint cp = { 0 };
  InputLog log = { 0 };
  bool ok;
  if (!state_save_read(save, len, &cp, &log, NULL))
    return NULL;
  if (s->load_error[0] || !s->sc) {
    state_checkpoint_clear(&cp);
    state_log_clear(&log);
    return fail(s, s->load_file, s->load_line, "%s", s->load_error);
  }
  timeline_clear_past(&s->tl);
  ok = restore_to(s, &cp, &log, 0);
  if (diverged)
    *diverged = !ok;
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  return &s->eb.ev;
}

const Event *story_rollback(Story *s)
{
  Checkpoint cp;
  InputLog log;
  int history;
  if (!timeline_back(&s->tl, &cp, &log, &history))
    return &s->eb.ev;
  restore_to(s, &cp, &log, history);
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  return &s->eb.ev;
}

const Event *story_recover(Story *s)
{
  if (s->load_error[0] || !s->tl.now.cp.scene)
    return &s->eb.ev;
  return story_rollback(s);
}

const Event *story_reload(Story *s, bool *diverged)
{
  Checkpoint cp = { 0 };
  InputLog log = { 0 };
  int history = s->tl.now.history;
  bool had = s->tl.now.cp.scene != NULL, ok;
  char lang[16];
  snprintf(lang, sizeof lang, "%s", s->lang);
  if (had) {
    state_checkpoint_copy(&cp, &s->tl.now.cp);
    state_log_copy(&log, &s->tl.now.log);
  }
  scene_close(s->sc);
  s->sc = NULL;
  json_object_clear(s->data_cache);
  if (!load(s)) {
    state_checkpoint_clear(&cp);
    state_log_clear(&log);
    return fail(s, "lua/ficelle/story.lua", 0, "%s", err_get());
  }
  if (strcmp(lang, "fr") != 0)
    story_set_language(s, lang);
  if (s->load_error[0]) {
    /* The reader's place stays in the timeline for the reload after the fix. */
    state_checkpoint_clear(&cp);
    state_log_clear(&log);
    return fail(s, s->load_file, s->load_line, "%s", s->load_error);
  }
  if (!had)
    return story_begin(s, 0);
  ok = restore_to(s, &cp, &log, history);
  if (diverged)
    *diverged = !ok;
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  return &s->eb.ev;
}

const json_t *story_data(Story *s, const char *kind, const char *name)
{
  char key[256], path[300];
  json_t *j;
  snprintf(key, sizeof key, "%s/%s", kind, name);
  if ((j = json_object_get(s->data_cache, key)))
    return j;
  if (strchr(name, '/') || strstr(name, ".."))
    return err_set("story_data: bad name '%s'", name), NULL;
  if (strcmp(kind, "layouts") == 0)
    snprintf(path, sizeof path, "lua/layouts/%s.lua", name);
  else if (strcmp(kind, "images") == 0)
    snprintf(path, sizeof path, "story/images/%s.lua", name);
  else
    return err_set("story_data: unknown kind '%s'", kind), NULL;
  if (!(j = script_eval_data(path)))
    return NULL;
  json_object_set_new(s->data_cache, key, j);
  return j;
}

int story_history_count(const Story *s)
{
  return s->history.n;
}

const StoryLine *story_history(const Story *s, int i)
{
  return i >= 0 && i < s->history.n ? &s->history.items[i].shown : NULL;
}

int story_page_count(const Story *s)
{
  return s->page.n;
}

const StoryLine *story_page(const Story *s, int i)
{
  return i >= 0 && i < s->page.n ? &s->page.items[i].shown : NULL;
}

void story_set_collector(Story *s, StoryCollector fn, void *ud)
{
  s->collect = fn;
  s->collect_ud = ud;
}

const json_t *story_scenes(Story *s)
{
  return s->scenes;
}

const json_t *story_warnings(Story *s)
{
  return s->warnings;
}

unsigned long story_checkpoint_serial(const Story *s)
{
  return s->tl.serial;
}

const json_t *story_checkpoint(Story *s)
{
  const Checkpoint *cp = &s->tl.now.cp;
  json_decref(s->cp_info);
  s->cp_info = json_pack("{s:s, s:i, s:b, s:O}", "scene", cp->scene ? cp->scene : "",
                         "chapter", cp->chapter, "card", cp->chapter_card,
                         "vars", cp->vars ? cp->vars : json_object());
  return s->cp_info;
}

const json_t *story_declarations(const Story *s)
{
  return s->defs;
}
