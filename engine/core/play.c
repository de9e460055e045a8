/*
** play: the step machine's moves (see story_impl.h). A scene runs as a Lua
** coroutine (scene.c) until it asks for something: a line, a choice, a jump,
** the end of a chapter. Lines and choices become events (event.c); `layout`
** and `bind` change the view (view.c) without stopping the scene, and every
** event carries the view as it is. A checkpoint at each scene entry and the
** inputs since it are the reader's whole path (timeline.c): a restore, a
** rollback and a reload apply a checkpoint and replay the inputs.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "vfs.h"
#include "story_impl.h"

#define MAX_JUMPS                                                                                  \
  200 /* jumps in a row without a line or a choice: fewer than
                             TIMELINE_MAX, so a rollback still reaches the last input */

#define MAX_UNSEEN 100000 /* lines not shown in a row (a sensitive passage, in class) */

static void enter_scene(Story *s, const char *id, bool checkpoint);
static bool shows(Story *s, const char *name, const json_t *bindings, bool named);
static void run(Story *s, int choice);

Tr play_tr(const Story *s, bool collect)
{
  Tr tr = { s->cat,     s->lang,   collect ? s->collect : NULL, s->collect_ud, s->ev_file,
            s->ev_line, s->typeset };
  return tr;
}

/* The request the event comes from, and its placeholders' values (both
** taken over; NULL for none). */
static void set_raw(Story *s, json_t *req, json_t *vars)
{
  json_decref(s->raw);
  json_decref(s->raw_vars);
  s->raw = req;
  s->raw_vars = vars;
}

/* Does the chapter have a discussion card with something in it? */
static bool has_card(const json_t *def)
{
  static const char *const parts[] = { "questions", "facts", "vocabulary" };
  const json_t *card = json_object_get(def, "card");
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
    if (json_array_size(json_object_get(card, parts[i])) > 0)
      return true;
  return false;
}

/* Is the card shown the one after an ending (the story is over), not the
** end of a chapter that another follows? The request kept says which. */
static bool after_ending(const Story *s)
{
  const json_t *kind = s->raw ? json_object_get(s->raw, "kind") : NULL;
  return json_is_string(kind) && strcmp(json_string_value(kind), "ending") == 0;
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

/* Notes, for the checker's watch (story_watch), each placeholder's name in
** what is to be shown: a value it gives of its own is noted too. */
static void note_placeholders(Scene *sc, const json_t *j)
{
  const char *key;
  json_t *val;
  size_t i;
  if (json_is_string(j)) {
    for (const char *p = strchr(json_string_value(j), '{'); p; p = strchr(p + 1, '{')) {
      char name[64];
      size_t n = strcspn(p + 1, "}:{");
      if (p[1] == '{') {
        p++;
        continue;
      }
      if (n > 0 && n < sizeof name) {
        memcpy(name, p + 1, n);
        name[n] = '\0';
        scene_note(sc, name);
      }
    }
  } else if (json_is_object(j)) {
    json_object_foreach((json_t *)j, key, val)
      note_placeholders(sc, val);
  } else if (json_is_array(j)) {
    json_array_foreach(j, i, val)
      note_placeholders(sc, val);
  }
}

/* The variables, if what is to be shown has placeholders (a new reference or
** NULL): those of the latest checkpoint with what the scripts changed since
** (then the next checkpoint's base), rather than all read from the scripts. */
json_t *play_vars(Story *s, const json_t *shown)
{
  json_t *changes;
  Vars *now;
  if (!s->sc || !has_brace(shown))
    return NULL;
  if (s->watching)
    note_placeholders(s->sc, shown);
  if (!s->vars || !scene_tracks_changes(s->sc))
    return scene_get(s->sc, "vars");
  if (!scene_changes(s->sc, &changes))
    return NULL;
  now = state_vars_change(s->vars, changes);
  state_vars_unref(s->vars);
  s->vars = now;
  return json_incref((json_t *)state_vars_whole(now));
}

/* Fills in what every event says of the screen and of where it comes from. */
const Event *play_stamp(Story *s)
{
  Event *ev = &s->eb.ev;
  ev->scene = s->scene;
  ev->file = s->ev_file;
  ev->line = s->ev_line;
  ev->layout = s->view.layout;
  ev->bindings = s->view.shown;
  ev->screen = s->view.screen;
  ev->page = s->view.page_serial;
  ev->chapter = s->chapter;
  ev->answered = s->view.task_shown;
  return ev;
}

/* The story enters its error state with this message. */
const Event *play_fail(Story *s, const char *file, int line, const char *fmt, ...)
{
  va_list ap;
  char msg[ERR_MAX], where[256];
  va_start(ap, fmt);
  err_vformat(msg, sizeof msg, fmt, ap);
  va_end(ap);
  snprintf(where, sizeof where, "%s", file ? file : ""); /* file may be s->ev_file */
  if (s->sc)
    scene_stop(s->sc);
  s->phase = PH_ERROR;
  snprintf(s->ev_file, sizeof s->ev_file, "%s", where);
  s->ev_line = line;
  set_raw(s, NULL, NULL);
  event_error(&s->eb, msg);
  return play_stamp(s);
}

/* The error of a unit that could not be shown, at the event's line. */
static void fail_here(Story *s)
{
  char why[ERR_MAX];
  snprintf(why, sizeof why, "%s", err_get());
  play_fail(s, s->ev_file, s->ev_line, "%s:%d: %s", s->ev_file, s->ev_line, why);
}

const json_t *play_def(const Story *s, int number)
{
  size_t lo = 0, hi = json_array_size(s->defs), i;
  json_t *c;
  /* defs are sorted by number: a story of hundreds of chapters asks often */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    json_int_t at = json_integer_value(json_object_get(json_array_get(s->defs, mid), "number"));
    if (at == number)
      return load_def(s, json_array_get(s->defs, mid));
    if (at < number)
      lo = mid + 1;
    else
      hi = mid;
  }
  json_array_foreach(s->defs, i, c) /* (a file read late may have renumbered one) */
    if (json_integer_value(json_object_get(c, "number")) == number)
      return load_def(s, c);
  return NULL;
}

const char *play_str(const json_t *def, const char *key)
{
  return json_string_value(json_object_get(def, key));
}

/* The current event built again from what it came from (a new language). */
void play_rebuild(Story *s)
{
  Tr tr = play_tr(s, false);
  const json_t *def = play_def(s, s->chapter);
  bool ok = true;
  json_t *vars = NULL;
  switch (s->eb.ev.kind) {
  case EVENT_LINE:
  case EVENT_CHOICE:
    if (!s->raw)
      return;
    vars = play_vars(s, s->raw);
    ok = s->eb.ev.kind == EVENT_LINE ? event_line(&s->eb, &tr, s->scene, s->raw, vars, NULL)
                                     : event_choice(&s->eb, &tr, s->scene, s->raw, vars);
    json_decref(vars);
    break;
  case EVENT_CHAPTER: ok = event_chapter(&s->eb, &tr, def); break;
  case EVENT_CARD: ok = event_card(&s->eb, &tr, def); break;
  case EVENT_ENDING:
    if (s->raw)
      ok = event_ending(&s->eb, &tr, s->raw);
    break;
  default: return;
  }
  if (!ok)
    fail_here(s);
  else
    play_stamp(s);
}

/* Frees the history's lines that no rollback can reach any more (story.h):
** those a page before the oldest checkpoint kept, past the latest
** STORY_HISTORY_MIN; by a thousand at least, so that moving the rest down
** costs little a line. */
static void forget_history(Story *s)
{
  Lines *h = &s->history;
  const Past *oldest = s->tl.npast > 0 ? &s->tl.past[0] : &s->tl.now;
  int at = oldest->history - h->gone, paged = 0;
  if (h->n < STORY_HISTORY_MIN + 1000 || at < 1000)
    return; /* (most checkpoints: nothing to forget, no walk back) */
  /* The marks of the oldest checkpoint's inputs show a page that may begin
  ** before it: a page of lines more is kept. */
  while (at > 0 && paged < STORY_PAGE_MAX)
    paged += h->items[--at].paged;
  if (at > h->n - STORY_HISTORY_MIN)
    at = h->n - STORY_HISTORY_MIN;
  if (at >= 1000)
    lines_forget(h, h->gone + at);
}

static bool take_checkpoint(Story *s, const char *scene, bool card)
{
  Checkpoint cp = { 0 };
  json_t *changes, *whole;
  if (!s->vars || !scene_tracks_changes(s->sc)) { /* read whole (a story begun) */
    state_vars_unref(s->vars);
    s->vars = NULL;
    if (!(whole = scene_get(s->sc, "vars")) || !scene_changes(s->sc, NULL))
      return json_decref(whole), false;
    s->vars = state_vars_new(whole);
  } else {
    Vars *now;
    if (!scene_changes(s->sc, &changes))
      return false;
    now = state_vars_change(s->vars, changes);
    state_vars_unref(s->vars);
    s->vars = now;
  }
  cp.delta = state_vars_ref(s->vars);
  cp.entries = state_entries_ref(s->entries);
  cp.nentries = state_entries_count(s->entries);
  cp.scene = mem_strdup(scene);
  cp.chapter_card = card;
  cp.chapter = s->chapter;
  cp.rng = s->rng;
  view_save(&s->view, &cp);
  timeline_push(&s->tl, &cp, lines_count(&s->history));
  forget_history(s);
  return true;
}

/* Tells the Lua side which chapter plays: a scene reads and sets only the
** variables that chapter declares. */
static bool set_playing(Story *s)
{
  json_t *n = json_integer(s->chapter);
  bool ok = n && scene_set(s->sc, "playing", n);
  json_decref(n);
  return ok;
}

/* Adds the file of chapter n to files (an array of paths), if it is not the
** last one added. */
static void keep_file(Story *s, json_t *files, int n, int *last)
{
  const char *file;
  if (n == *last)
    return;
  *last = n;
  if ((file = play_str(play_def(s, n), "file")))
    json_array_append_new(files, json_string(file));
}

/* Drops the scenes of the files read late that no checkpoint the reader can
** go back to is in (nor the chapter about to be played), their catalogs and
** their chapters' declarations (load_drop_file): a long playthrough keeps
** the code, the translations and the declarations of the chapters around
** it, not of all it went through. A file dropped is read again if a
** rollback, a load or a jump goes there, a declaration when it is asked
** for (the chapter menu, --set, an ending checked against every chapter). */
static void drop_chapters(Story *s, int playing)
{
  json_t *files = json_array(), *f;
  const char *path;
  int last = 0;
  size_t k;
  keep_file(s, files, playing, &last);
  keep_file(s, files, s->tl.now.cp.chapter, &last);
  for (int i = s->tl.npast - 1; i >= 0; i--)
    keep_file(s, files, s->tl.past[i].cp.chapter, &last);
  for (int a = 0; a < s->ahead.n; a++)
    for (int i = 0; i < s->ahead.items[a].later.n; i++)
      keep_file(s, files, s->ahead.items[a].later.items[i].cp.chapter, &last);
  for (int i = 0; (path = scene_deferred(s->sc, i, NULL)); i++) {
    bool keep = !scene_droppable(s->sc, i);
    json_array_foreach(files, k, f)
      keep = keep || strcmp(json_string_value(f), path) == 0;
    if (!keep)
      load_drop_file(s, path);
  }
  load_summarise(s, files);
  json_decref(files);
}

void play_start_chapter(Story *s, const json_t *def)
{
  Tr tr;
  int number = (int)json_integer_value(json_object_get(def, "number"));
  /* The chapter's scenes and catalog, read at its title card: an error in
  ** its file shows now, with its line. (Reading may declare chapters anew.) */
  if (!load_file(s, play_str(def, "file"))) {
    play_fail(s, s->late_file, s->late_line, "%s", err_get());
    return;
  }
  if (!(def = play_def(s, number))) {
    play_fail(s, "story", 0, "there is no chapter %d", number);
    return;
  }
  load_chapter(s, number); /* its entry in the menu's language, here rather than
                              when a frontend first asks (on another thread) */
  drop_chapters(s, number);
  tr = play_tr(s, true);
  s->chapter = number;
  s->history.chapter = s->view.page.chapter = s->chapter;
  if (!set_playing(s) || !scene_default(s->sc, json_object_get(def, "defaults"))) {
    char why[ERR_MAX];
    snprintf(why, sizeof why, "%s", err_get());
    play_fail(s, play_str(def, "file"), 0, "chapter %s's defaults: %s", play_str(def, "id"), why);
    return;
  }
  snprintf(s->scene, sizeof s->scene, "%s", play_str(def, "start"));
  snprintf(s->ev_file, sizeof s->ev_file, "%s", play_str(def, "file"));
  s->ev_line = 0;
  view_new_page(&s->view); /* a chapter is a page break */
  if (!take_checkpoint(s, play_str(def, "start"), true)) {
    play_fail(s, play_str(def, "file"), 0, "%s", err_get());
    return;
  }
  s->phase = PH_CHAPTER;
  set_raw(s, NULL, NULL);
  tr = play_tr(s, true);
  event_chapter(&s->eb, &tr, def);
  {
    /* The presets' labels are the chapter's units too (check, extract). */
    const json_t *p;
    size_t i;
    json_array_foreach(json_object_get(def, "presets"), i, p)
      free(tr_unit(&tr, play_str(def, "id"), play_str(p, "label"), NULL, NULL, NULL));
  }
  play_stamp(s);
}

/* The screen's clock, kept in a line's source as it is said; the clock as
** shown (borrowed), or NULL. */
static const char *stamp_line(Story *s, json_t *src)
{
  lines_clock(src, json_object_get(s->view.bindings, "clock"),
              json_string_value(json_object_get(s->view.bindctx, "clock")));
  return json_string_value(json_object_get(s->view.shown, "clock"));
}

/* A line or a choice: the event the reader sees. */
static void show(Story *s, json_t *req)
{
  const char *kind = json_string_value(json_object_get(req, "kind"));
  Tr tr = play_tr(s, true);
  json_t *vars = play_vars(s, req), *source = NULL;
  bool ok;
  set_raw(s, req, vars); /* kept for a rollback to show the event again */
  s->phase = PH_SCENE;
  if (strcmp(kind, "line") == 0) {
    if ((ok = event_line(&s->eb, &tr, s->scene, req, vars, &source)) && s->eb.ev.data
        && strcmp(s->eb.ev.style, "discuss") == 0) {
      /* a discussion stop has the chapter's facts at hand, as its card gives them */
      const json_t *def = play_def(s, s->chapter);
      const json_t *facts = json_object_get(json_object_get(def, "card"), "facts");
      json_t *t = json_is_array(facts) ? tr_tree(&tr, play_str(def, "id"), facts, "facts", NULL)
                                       : json_array();
      if (t)
        json_object_set_new((json_t *)s->eb.ev.data, "facts", t);
    }
    if (ok) {
      const Event *ev = &s->eb.ev;
      const char *stamp = stamp_line(s, source);
      lines_add(&s->view.page, json_incref(source), ev->speaker, ev->text, stamp);
      if (s->opt.no_history) {
        json_decref(source);
      } else {
        lines_add(&s->history, source, ev->speaker, ev->text, stamp);
        lines_paged(&s->history);
      }
    }
  } else {
    /* A task's drawing must exist: a misspelt name showed only its alt text. */
    const char *image = json_string_value(json_object_get(json_object_get(req, "task"), "image"));
    ok =
        (!image || play_data(s, "images", image)) && event_choice(&s->eb, &tr, s->scene, req, vars);
  }
  if (!ok)
    fail_here(s);
  else
    play_stamp(s);
}

/* Is a line shown in the story's mode? A class (classroom mode) sees the
** discussion stops and the summaries of sensitive passages, not the passages'
** own lines; a reader alone the reverse. */
static bool shown_in_mode(const Story *s, const json_t *req)
{
  const char *style = json_string_value(json_object_get(req, "style"));
  bool extra = style && (strcmp(style, "discuss") == 0 || strcmp(style, "summary") == 0);
  if (s->opt.classroom)
    return extra || !json_is_true(json_object_get(req, "hard"));
  return !extra;
}

/* A line not shown in this mode is still translated (check and extract see
** its units, and a broken placeholder is an error in either mode). */
static bool unshown(Story *s, const json_t *req)
{
  Tr tr = play_tr(s, true);
  json_t *vars = play_vars(s, req);
  bool ok = event_line(&s->eb, &tr, s->scene, req, vars, NULL);
  json_decref(vars);
  if (!ok)
    fail_here(s);
  return ok;
}

/* Where the running scene's body ends: a scene that gets there is stuck. */
static void fell_off(Story *s)
{
  const json_t *sc;
  size_t i;
  const char *where = "";
  int last = 0;
  json_array_foreach(load_scenes(s), i, sc) {
    if (strcmp(play_str(sc, "id"), s->scene) == 0) {
      where = play_str(sc, "file");
      last = (int)json_integer_value(json_object_get(sc, "last"));
    }
  }
  play_fail(s, where, last,
            "%s:%d: scene '%s' ended without jump, end_chapter or ending: "
            "the reader would be stuck",
            where, last, s->scene);
}

/* Runs the scene until it shows something or ends. Jumps are followed here, in
** a loop, so that scenes that only jump to each other end in an error, not in
** a C stack that grows until it breaks. */
static void run(Story *s, int choice)
{
  for (int jumps = 0, unseen = 0;; jumps++) {
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
      char why[ERR_MAX];
      snprintf(why, sizeof why, "%s", err_get());
      play_fail(s, s->ev_file, s->ev_line, "%s", why);
      return;
    }
    kind = json_string_value(json_object_get(req, "kind"));
    if (strcmp(kind, "choice") == 0 && json_array_size(json_object_get(req, "options")) == 0) {
      json_decref(req);
      play_fail(s, s->ev_file, s->ev_line,
                "%s:%d: a choice with no option: the reader would be stuck", s->ev_file,
                s->ev_line);
      return;
    }
    if (strcmp(kind, "line") == 0 && !shown_in_mode(s, req)) {
      bool ok = unshown(s, req);
      json_decref(req);
      if (!ok)
        return;
      if (++unseen == MAX_UNSEEN) {
        play_fail(s, s->ev_file, s->ev_line,
                  "%s:%d: %d lines went unshown in a row (an endless loop in a sensitive "
                  "passage?)",
                  s->ev_file, s->ev_line, MAX_UNSEEN);
        return;
      }
      jumps--; /* a line is no jump */
      continue;
    }
    if (strcmp(kind, "line") == 0 || strcmp(kind, "choice") == 0) {
      show(s, req);
      return;
    }
    if (strcmp(kind, "ending") == 0 || strcmp(kind, "end_chapter") == 0) {
      scene_stop(s->sc);
      set_raw(s, req, NULL);
      s->phase = strcmp(kind, "ending") == 0 ? PH_ENDING : PH_CARD;
      if (s->phase == PH_CARD) { /* the card is the chapter's: its units are where it is declared */
        snprintf(s->ev_file, sizeof s->ev_file, "%s", play_str(play_def(s, s->chapter), "file"));
        s->ev_line = 0;
      }
      {
        Tr tr = play_tr(s, true);
        bool ok = s->phase == PH_ENDING ? event_ending(&s->eb, &tr, req)
                                        : event_card(&s->eb, &tr, play_def(s, s->chapter));
        if (!ok)
          fail_here(s);
        else
          play_stamp(s);
      }
      return;
    }
    if (strcmp(kind, "jump") != 0 || !json_is_string(json_object_get(req, "to"))) {
      char what[64];
      snprintf(what, sizeof what, "%s", kind);
      json_decref(req);
      play_fail(s, s->ev_file, s->ev_line,
                "%s:%d: a scene asked for '%s', which the engine does not know", s->ev_file,
                s->ev_line, what);
      return;
    }
    snprintf(to, sizeof to, "%s", json_string_value(json_object_get(req, "to")));
    json_decref(req);
    if (jumps == MAX_JUMPS) {
      play_fail(s, s->ev_file, s->ev_line,
                "%s:%d: the scenes jumped %d times without showing "
                "anything to read (an endless loop?)",
                s->ev_file, s->ev_line, MAX_JUMPS);
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
  switch (load_scene(s, id)) {
  case -1: /* its chapter's file, read now, fails: where */
    play_fail(s, s->late_file, s->late_line, "%s", err_get());
    return;
  case 0:
    play_fail(s, from, from_line, "%s:%d: jump to an unknown scene '%s'", from, from_line, id);
    return;
  default: break;
  }
  snprintf(s->scene, sizeof s->scene, "%s", id);
  if (checkpoint && !take_checkpoint(s, id, false)) {
    char why[ERR_MAX];
    snprintf(why, sizeof why, "%s", err_get());
    play_fail(s, from, from_line, "%s:%d: %s", from, from_line, why);
    return;
  }
  scene_enter(s->sc, id);
  state_entries_add(&s->entries, id);
  s->phase = PH_SCENE;
}

/* Goes back to a checkpoint: its variables, generator, screen, page and history. */
static void apply_checkpoint(Story *s, const Checkpoint *cp, int history)
{
  Tr tr = play_tr(s, false);
  json_t *visits = state_checkpoint_visits(cp);
  const json_t *vars = state_checkpoint_vars(cp);
  bool ok;
  scene_stop(s->sc);
  /* The story goes on from the checkpoint's entries if it is at their end;
  ** else (others were added after it) from a list of its own. */
  state_entries_unref(s->entries);
  if (!cp->visits && state_entries_count(cp->entries) == cp->nentries)
    s->entries = state_entries_ref(cp->entries);
  else
    s->entries = state_entries_new(json_incref(visits));
  ok = scene_set(s->sc, "vars", vars) && scene_set(s->sc, "visits", visits);
  json_decref(visits);
  /* The scripts' variables are the checkpoint's now: the next checkpoint is
  ** what they change over them. */
  state_vars_unref(s->vars);
  s->vars = !ok   ? NULL
      : cp->delta ? state_vars_ref(cp->delta)
      : vars      ? state_vars_new(json_incref((json_t *)vars))
                  : NULL;
  if (!ok) {
    char why[ERR_MAX];
    snprintf(why, sizeof why, "%s", err_get());
    play_fail(s, "save", 0, "the variables of the save: %s", why);
    return;
  }
  s->rng = cp->rng;
  s->chapter = cp->chapter;
  s->history.chapter = s->view.page.chapter = s->chapter;
  if (!set_playing(s)) {
    play_fail(s, "save", 0, "%s", err_get());
    return;
  }
  snprintf(s->scene, sizeof s->scene, "%s", cp->scene);
  lines_truncate(&s->history, history);
  if (!view_load(&s->view, cp, &tr, s->scene) || !play_translate(s, vars)) {
    char why[ERR_MAX];
    snprintf(why, sizeof why, "%s", err_get());
    play_fail(s, "save", 0, "the screen of the save: %s", why);
    return;
  }
  if (history == 0 && !s->opt.no_history) /* a save read anew: its page is what was read before */
    lines_add_sources(&s->history, cp->page, &tr);
  if (!play_def(s, cp->chapter) && cp->chapter != 0) {
    play_fail(s, "", 0, "the save's chapter %d is not in the story", cp->chapter);
    return;
  }
  set_raw(s, NULL, NULL);
  if (cp->chapter_card) {
    s->phase = PH_CHAPTER;
    tr = play_tr(s, true);
    event_chapter(&s->eb, &tr, play_def(s, s->chapter));
    play_stamp(s);
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
int play_input(const Story *s, const Input *in)
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
    json_t *src =
        lines_source(play_str(o, "text"), s->scene, play_str(o, "id"), NULL, NULL, "choice");
    const char *stamp = stamp_line(s, src);
    if (!json_object_get(s->raw, "task"))
      lines_add(&s->view.page, json_incref(src), NULL, text, stamp);
    if (s->opt.no_history)
      json_decref(src);
    else
      lines_add(&s->history, src, NULL, text, stamp);
    if (!json_object_get(s->raw, "task")) {
      if (!s->opt.no_history)
        lines_paged(&s->history);
    } else { /* the task stays on its card, answered, as long as the page */
      Tr tr = play_tr(s, false);
      view_answer(&s->view, &tr, json_object_get(s->raw, "task"), s->scene, s->raw_vars, (int)i);
    }
  }
}

Mark play_mark(const Story *s)
{
  Mark m = { (int)s->phase,
             s->chapter,
             (int)s->eb.ev.kind,
             s->ev_line,
             mem_strdup(s->scene),
             mem_strdup(s->ev_file),
             mem_strdup(s->view.layout),
             json_incref(s->raw),
             json_incref(s->raw_vars),
             json_incref(s->view.shown),
             lines_count(&s->history),
             s->view.page.n,
             json_incref(s->view.task) };
  return m;
}

/* Moves on with a logged input (validated). */
void play_advance(Story *s, int input)
{
  Mark m = play_mark(s);
  timeline_input(&s->tl, input, &m);
  if (s->eb.ev.kind == EVENT_CHOICE)
    note_choice(s, input);
  switch (s->phase) {
  case PH_CHAPTER: {
    char start[128];
    snprintf(start, sizeof start, "%s", s->scene);
    snprintf(s->ev_file, sizeof s->ev_file, "%s", play_str(play_def(s, s->chapter), "file"));
    s->ev_line = 0;
    enter_scene(s, start, true);
    if (s->phase != PH_ERROR)
      run(s, 0);
    break;
  }
  case PH_SCENE: run(s, s->eb.ev.kind == EVENT_CHOICE ? input : 0); break;
  case PH_CARD: {
    const json_t *next = NULL, *c;
    size_t i;
    if (after_ending(s)) { /* the card of the chapter that ended the story */
      s->phase = PH_END;
      event_reset(&s->eb, EVENT_END);
      play_stamp(s);
      break;
    }
    json_array_foreach(s->defs, i, c) {
      if (json_integer_value(json_object_get(c, "number")) > s->chapter) {
        next = c;
        break;
      }
    }
    if (next) {
      play_start_chapter(s, next);
      break;
    }
    s->phase = PH_END; /* the last chapter ended */
    event_reset(&s->eb, EVENT_END);
    play_stamp(s);
    break;
  }
  case PH_ENDING: {
    /* The ending shown, the chapter's discussion card, as every chapter ends
    ** (a class discusses the ending too); then the end. */
    const json_t *def = play_def(s, s->chapter);
    if (def && has_card(def)) {
      Tr tr = play_tr(s, true);
      s->phase = PH_CARD;
      snprintf(s->ev_file, sizeof s->ev_file, "%s", play_str(def, "file"));
      s->ev_line = 0;
      if (!event_card(&s->eb, &tr, def))
        fail_here(s);
      else
        play_stamp(s);
      break;
    }
    s->phase = PH_END;
    event_reset(&s->eb, EVENT_END);
    play_stamp(s);
    break;
  }
  default: break;
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
    if (play_input(s, &in) != log->items[i])
      return false;
    play_advance(s, log->items[i]);
  }
  return true;
}

/* Applies cp and replays log; on a mismatch, stays at the checkpoint. The
** latest checkpoint becomes cp (copied); the older ones are kept. */
bool play_restore(Story *s, const Checkpoint *cp, const InputLog *log, int history)
{
  Checkpoint mine, latest;
  InputLog ours;
  bool ok;
  s->stale = false;
  if (cp->scene && load_scene(s, cp->scene) < 0) { /* a save into a chapter not read yet */
    play_fail(s, s->late_file, s->late_line, "%s", err_get());
    return false;
  }
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

void play_back(Story *s, const Mark *m)
{
  Tr tr = play_tr(s, false);
  const json_t *def;
  bool ok = true;
  s->stale = true;
  s->phase = (Phase)m->phase;
  s->chapter = m->chapter;
  s->history.chapter = s->view.page.chapter = s->chapter;
  def = play_def(s, s->chapter);
  snprintf(s->scene, sizeof s->scene, "%s", m->scene);
  snprintf(s->ev_file, sizeof s->ev_file, "%s", m->file);
  s->ev_line = m->line;
  set_raw(s, json_incref(m->raw), json_incref(m->vars));
  /* The screen as it was, under new serials: a frontend draws it anew. */
  free(s->view.layout);
  s->view.layout = mem_strdup(m->layout);
  json_decref(s->view.shown);
  s->view.shown = json_incref(m->shown);
  s->view.screen++;
  lines_truncate(&s->history, m->history);
  lines_page(&s->view.page, &s->history, m->page);
  view_set_task(&s->view, m->task, &tr);
  s->view.page_serial++;
  switch ((EventKind)m->kind) {
  case EVENT_LINE: ok = event_line(&s->eb, &tr, s->scene, s->raw, s->raw_vars, NULL); break;
  case EVENT_CHOICE: ok = event_choice(&s->eb, &tr, s->scene, s->raw, s->raw_vars); break;
  case EVENT_CHAPTER: ok = event_chapter(&s->eb, &tr, def); break;
  case EVENT_CARD: ok = event_card(&s->eb, &tr, def); break;
  case EVENT_ENDING: ok = s->raw && event_ending(&s->eb, &tr, s->raw); break;
  default: ok = false; break; /* no input answers another event */
  }
  if (!ok) { /* cannot be (it was shown once): the replay shows it, or why not */
    play_settle(s);
    return;
  }
  play_stamp(s);
}

void play_settle(Story *s)
{
  Checkpoint cp;
  InputLog log;
  if (!s->stale)
    return;
  state_checkpoint_copy(&cp, &s->tl.now.cp);
  state_log_copy(&log, &s->tl.now.log);
  play_restore(s, &cp, &log, s->tl.now.history);
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
}

bool play_translate(Story *s, const json_t *vars)
{
  Tr tr = play_tr(s, true);
  return view_translate(&s->view, &tr, vars, s->scene);
}

bool play_on_screen(void *ud, const char *name, const json_t *bindings, bool merge,
                    SceneVarsFn vars, void *ctx)
{
  Story *s = ud;
  json_t *now = NULL;
  bool ok;
  scene_where(s->sc, s->ev_file, sizeof s->ev_file, &s->ev_line);
  if (name && !play_data(s, "layouts", name)) /* a misspelt layout: an error, not the page */
    return false;
  if (!shows(s, name ? name : s->view.layout, bindings, name != NULL))
    return false;
  view_set(&s->view, name, bindings, NULL, merge, s->scene);
  if (tr_has_braces(s->view.bindings) && !(now = vars(ctx)))
    return false;
  ok = play_translate(s, now);
  json_decref(now);
  return ok;
}

/* --- Data files: layouts and images ---------------------------------------- */

/* The folder and the path of a data file. False if kind or name is not one. */
static bool data_path(const char *kind, const char *name, const char **dir, char *path, size_t size)
{
  if (strchr(name, '/') || strstr(name, ".."))
    return err_set("'%s' is not a name (no '/' or '..')", name);
  if (strcmp(kind, "layouts") == 0)
    *dir = "lua/layouts";
  else if (strcmp(kind, "images") == 0)
    *dir = "story/images";
  else if (strcmp(kind, "teacher") == 0)
    *dir = "story/teacher";
  else if (strcmp(kind, "reading") == 0)
    *dir = "story/reading";
  else
    return err_set("story_data: unknown kind '%s'", kind);
  snprintf(path, size, "%s/%s.lua", *dir, name);
  return true;
}

/* " (did you mean 'platform'?)" for the name of dir closest to name, or "". */
static void did_you_mean(const char *dir, const char *name, char *out, size_t size)
{
  char **files = vfs_list(dir);
  Nearest near;
  i18n_nearest_init(&near, name);
  for (char **f = files; f && *f; f++) {
    char stem[128];
    size_t n = strlen(*f);
    if (n < 5 || n - 4 >= sizeof stem || strcmp(*f + n - 4, ".lua") != 0)
      continue;
    memcpy(stem, *f, n - 4);
    stem[n - 4] = '\0';
    i18n_nearest(&near, stem);
  }
  vfs_free_list(files);
  snprintf(out, size, "%s", i18n_nearest_hint(&near));
}

/* The panel kinds the frontends draw (engine/sdl/panel.c; the terminal prints
** the same). A layout naming another is an error, not an empty panel. */
static const char *const panel_kinds[] = { "lines",  "messages", "task",    "bar",   "header",
                                           "rows",   "notice",   "sidebar", "frame", "list",
                                           "button", "progress", "table",   NULL };

static void field(json_t *fields, const json_t *obj, const char *key, const char *dflt)
{
  const char *b = json_string_value(json_object_get(obj, key));
  if (b || dflt)
    json_object_set_new(fields, b ? b : dflt, json_true());
}

/* Is obj's `key`, if it has one, an interface text (a key of ui)? False and
** err naming the layout's file, its panel and the nearest key if not. */
static bool ui_key(const json_t *ui, const char *path, size_t panel, const char *kind,
                   const json_t *obj, const char *key)
{
  const char *name = json_string_value(json_object_get(obj, key)), *k;
  const json_t *val;
  Nearest near;
  if (!name || json_object_get(ui, name))
    return true;
  i18n_nearest_init(&near, name);
  json_object_foreach((json_t *)ui, k, val)
    i18n_nearest(&near, k);
  return err_set("%s: panel %zu (%s): no interface text '%s' (its %s; the texts are in "
                 "lua/i18n/fr/*.json)%s",
                 path, panel, kind, name, key, i18n_nearest_hint(&near));
}

/* Checks a layout's panels and lists the bindings it shows (an object: name ->
** true). False and err naming the layout file and the panel if one is wrong:
** an unknown kind, a rect out of the window, a key of no interface text. */
static bool layout_fields(const json_t *ui, const char *path, const json_t *layout, json_t *fields)
{
  const json_t *panel, *x;
  size_t i, k;
  const json_t *panels = json_object_get(layout, "panels");
  /* (an empty Lua table comes as an empty object) */
  if (panels && !json_is_array(panels)
      && !(json_is_object(panels) && json_object_size(panels) == 0))
    return err_set("%s: a layout's 'panels' are a list", path);
  json_array_foreach(json_object_get(layout, "panels"), i, panel) {
    const char *kind = json_string_value(json_object_get(panel, "kind"));
    const json_t *rect = json_object_get(panel, "rect");
    const char *const *known;
    for (known = panel_kinds; *known && (!kind || strcmp(*known, kind) != 0); known++)
      ;
    if (!*known) {
      Nearest near;
      i18n_nearest_init(&near, kind);
      for (known = panel_kinds; kind && *known; known++)
        i18n_nearest(&near, *known);
      return err_set("%s: panel %zu: no panel kind '%s'%s", path, i + 1, kind ? kind : "(none)",
                     i18n_nearest_hint(&near));
    }
    json_array_foreach(rect, k, x)
      if (!json_is_number(x) || json_number_value(x) < 0 || json_number_value(x) > 1)
        return err_set("%s: panel %zu (%s): its rect is fractions of the window, 0 to 1", path,
                       i + 1, kind);
    json_array_foreach(json_object_get(panel, "narrow"), k, x)
      if (!json_is_number(x) || json_number_value(x) < 0 || json_number_value(x) > 1)
        return err_set("%s: panel %zu (%s): its narrow rect is fractions of the window, 0 to 1",
                       path, i + 1, kind);
    if (!ui_key(ui, path, i + 1, kind, panel, "ui"))
      return false;
    json_array_foreach(json_object_get(panel, "items"), k, x)
      if (!ui_key(ui, path, i + 1, kind, x, "ui") || !ui_key(ui, path, i + 1, kind, x, "label"))
        return false;
    json_array_foreach(json_object_get(panel, "fields"), k, x)
      if (!ui_key(ui, path, i + 1, kind, x, "label"))
        return false;
    if (strcmp(kind, "rows") == 0 || strcmp(kind, "notice") == 0 || strcmp(kind, "list") == 0
        || strcmp(kind, "progress") == 0 || strcmp(kind, "table") == 0)
      field(fields, panel, "bind", kind), field(fields, panel, "tone", NULL);
    else if (strcmp(kind, "button") == 0)
      field(fields, panel, "bind", NULL), field(fields, panel, "from", NULL);
    else if (strcmp(kind, "sidebar") == 0)
      field(fields, panel, "channel", NULL), field(fields, panel, "people", NULL);
    json_array_foreach(json_object_get(panel, "items"), k, x)
      field(fields, x, "bind", NULL);
    json_array_foreach(json_object_get(panel, "fields"), k, x)
      field(fields, x, "bind", NULL);
  }
  return true;
}

/* Does layout `name` show every binding of `bindings`? False and err naming
** the first it does not (it would be dropped without a word) and what it shows.
** A bare bind on a screen that shows no binding at all (the page) is let be:
** figures a scene keeps up to date there reach the screens that show them. */
static bool shows(Story *s, const char *name, const json_t *bindings, bool named)
{
  const json_t *layout = play_data(s, "layouts", name), *val;
  json_t *fields;
  const char *key;
  if (!layout)
    return !named; /* a bare bind on a layout no scene named (the engine's page) */
  {
    char key2[256];
    snprintf(key2, sizeof key2, "fields/%s", name); /* kept by play_data */
    fields = json_object_get(s->data_cache, key2);
  }
  if (!named && json_object_size(fields) == 0)
    return true;
  json_object_foreach((json_t *)bindings, key, val) {
    if (!json_object_get(fields, key)) {
      char list[512] = "";
      const char *f;
      json_t *t;
      json_object_foreach(fields, f, t)
        snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", list[0] ? ", " : "", f);
      return err_set("layout '%s' shows no '%s' (it shows: %s)", name, key,
                     list[0] ? list : "no binding");
    }
  }
  return true;
}

const json_t *play_data(Story *s, const char *kind, const char *name)
{
  char key[256], path[300], hint[160];
  const char *dir = NULL;
  json_t *j;
  snprintf(key, sizeof key, "%s/%s", kind, name);
  if ((j = json_object_get(s->data_cache, key)))
    return j;
  if (!data_path(kind, name, &dir, path, sizeof path))
    return NULL;
  if (!vfs_exists(path)) {
    did_you_mean(dir, name, hint, sizeof hint);
    return err_set("there is no %s '%s' (%s)%s",
                   strcmp(kind, "layouts") == 0       ? "layout"
                       : strcmp(kind, "images") == 0  ? "image"
                       : strcmp(kind, "reading") == 0 ? "reading time"
                                                      : "teacher's notes",
                   name, path, hint),
           NULL;
  }
  if (!(j = script_eval_data(path)))
    return NULL;
  if (strcmp(kind, "layouts") == 0) {
    json_t *fields = json_object();
    if (!json_is_object(j) || !layout_fields(s->ui, path, j, fields)) {
      if (!json_is_object(j))
        err_set("%s: a layout is a table", path);
      json_decref(fields);
      json_decref(j);
      return NULL;
    }
    snprintf(path, sizeof path, "fields/%s", name); /* the bindings it shows, for shows() */
    json_object_set_new(s->data_cache, path, fields);
  }
  json_object_set_new(s->data_cache, key, j);
  return j;
}
