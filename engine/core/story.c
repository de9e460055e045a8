/*
** story: the step API (see story.h): opening a story, its declarations and
** languages, and the calls a frontend makes. The moves of the step machine are
** in play.c.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "story_impl.h"
#include "vfs.h"

static void ahead_clear(Story *s);

#define DEFAULT_SEED 0x43454E54494D4553ull

Story *story_open(const StoryOptions *opt)
{
  Story *s = mem_calloc(1, sizeof *s);
  if (opt)
    s->opt = *opt;
  view_init(&s->view); /* (its page holds STORY_PAGE_MAX lines: it was set up by hand, unbounded) */
  s->setvars = json_object();
  s->entries = state_entries_new(NULL);
  s->data_cache = json_object();
  s->typeset = s->opt.no_history ? json_object() : NULL;
  snprintf(s->lang, sizeof s->lang, "%s", "fr");
  rng_seed(&s->rng, s->opt.seed ? s->opt.seed : DEFAULT_SEED);
  s->ui = i18n_ui_open("fr");
  if (!load_story(s, false)
      || (opt && opt->lang && strcmp(opt->lang, "fr") != 0 && !story_set_language(s, opt->lang))) {
    story_close(s);
    return NULL;
  }
  event_reset(&s->eb, EVENT_NONE);
  play_stamp(s);
  return s;
}

void story_close(Story *s)
{
  if (!s)
    return;
  scene_close(s->sc);
  heads_free(s->heads);
  i18n_close(s->cat);
  i18n_close(s->aside);
  ahead_clear(s);
  free(s->ahead.items);
  timeline_clear(&s->tl);
  lines_truncate(&s->history, 0);
  event_free(&s->eb);
  view_free(&s->view);
  json_decref(s->defs);
  json_decref(s->summaries);
  json_decref(s->chapters);
  free(s->chapter_done);
  json_decref(s->scenes);
  json_decref(s->warnings);
  json_decref(s->languages);
  json_decref(s->ui);
  json_decref(s->setvars);
  json_decref(s->raw);
  json_decref(s->raw_vars);
  state_entries_unref(s->entries);
  state_vars_unref(s->vars);
  json_decref(s->cp_info);
  json_decref(s->data_cache);
  json_decref(s->typeset);
  free(s);
}

void story_set_classroom(Story *s, bool on)
{
  s->opt.classroom = on;
}

bool story_classroom(const Story *s)
{
  return s->opt.classroom;
}

void story_set_interrupt(Story *s, StoryInterrupt fn, void *ud)
{
  s->interrupt = fn;
  s->interrupt_ud = ud;
  if (s->sc)
    scene_set_interrupt(s->sc, fn, ud);
}

const Event *story_begin(Story *s, int chapter)
{
  const json_t *def;
  const char *key;
  json_t *val, *empty;
  size_t i;
  s->asked = chapter;
  if (!s->sc)
    return play_fail(s, "lua/ficelle/story.lua", 0, "the story did not load");
  scene_stop(s->sc);
  ahead_clear(s);
  timeline_clear(&s->tl);
  s->stale = false;
  lines_truncate(&s->history, 0);
  s->scene[0] = '\0';
  view_set(&s->view, "page", NULL, NULL, false, s->scene);
  view_new_page(&s->view);
  play_translate(s, NULL);
  if (s->load_error[0])
    return play_fail(s, s->load_file, s->load_line, "%s", s->load_error);
  if (json_array_size(s->defs) == 0)
    return play_fail(s, "story", 0, "the story declares no chapter");
  if (chapter <= 0)
    chapter = (int)json_integer_value(json_object_get(json_array_get(s->defs, 0), "number"));
  if (!(def = play_def(s, chapter)))
    return play_fail(s, "story", 0, "there is no chapter %d", chapter);
  rng_seed(&s->rng, s->opt.seed ? s->opt.seed : DEFAULT_SEED);
  empty = json_object();
  scene_set(s->sc, "visits", empty);
  state_entries_unref(s->entries);
  s->entries = state_entries_new(NULL);
  json_object_foreach(s->setvars, key, val)
    json_object_set(empty, key, val);
  scene_set(s->sc, "vars", empty);
  json_decref(empty);
  state_vars_unref(s->vars); /* the first checkpoint reads them whole */
  s->vars = NULL;
  /* This chapter's defaults first, then the earlier chapters' for the rest. */
  scene_default(s->sc, json_object_get(def, "defaults"));
  for (i = json_array_size(s->defs); i-- > 0;) {
    json_t *c = json_array_get(s->defs, i);
    if (json_integer_value(json_object_get(c, "number")) < chapter)
      scene_default(s->sc, json_object_get(load_def(s, c), "defaults"));
  }
  play_start_chapter(s, def);
  return &s->eb.ev;
}

const Event *story_step(Story *s, const Input *in)
{
  int input = play_input(s, in);
  if (input >= 0)
    ahead_clear(s);             /* the reader reads on from here: what was ahead is gone */
  if (input >= 0 && s->stale) { /* the reader acts after a rollback: one replay */
    play_settle(s);
    input = play_input(s, in);
  }
  if (input >= 0)
    play_advance(s, input);
  return &s->eb.ev;
}

const Event *story_event(const Story *s)
{
  return &s->eb.ev;
}

/* Is name a variable some chapter declares (its defaults or sets)? If not,
** *hint gets " (did you mean 'x'?)" for the nearest one, or "". */
static bool declared(const Story *s, const char *name, char *hint, size_t size)
{
  const json_t *c, *val;
  const char *key;
  Nearest near;
  size_t i, k;
  i18n_nearest_init(&near, name);
  load_defs(s);
  json_array_foreach(s->defs, i, c) {
    json_object_foreach(json_object_get(c, "defaults"), key, val) {
      if (strcmp(key, name) == 0)
        return true;
      i18n_nearest(&near, key);
    }
    json_array_foreach(json_object_get(c, "sets"), k, val) {
      if (json_string_value(val) && strcmp(json_string_value(val), name) == 0)
        return true;
      i18n_nearest(&near, json_string_value(val));
    }
  }
  snprintf(hint, size, "%s", i18n_nearest_hint(&near));
  return false;
}

bool story_preset(Story *s, int chapter, int index)
{
  const json_t *def = play_def(s, chapter), *set, *val;
  const char *key;
  set = json_object_get(json_array_get(json_object_get(def, "presets"), (size_t)index), "set");
  if (index >= 0 && !json_is_object(set))
    return err_set("chapter %d has no preset %d", chapter, index + 1);
  json_object_clear(s->setvars);
  json_object_foreach((json_t *)set, key, val)
    json_object_set(s->setvars, key, (json_t *)val);
  return true;
}

bool story_has_sets(const Story *s)
{
  return json_object_size(s->setvars) > 0;
}

const json_t *story_sets(const Story *s)
{
  return s->setvars;
}

bool story_watch(Story *s, const json_t *names)
{
  s->watching = false;
  if (!s->sc || !scene_watch(s->sc, names))
    return false;
  s->watching = names && json_object_size(names) > 0;
  return true;
}

json_t *story_watched(Story *s)
{
  return s->watching ? scene_watched(s->sc) : NULL;
}

void story_set_vars(Story *s, const json_t *vars)
{
  const char *key;
  json_t *val;
  json_object_clear(s->setvars);
  json_object_foreach((json_t *)vars, key, val)
    json_object_set(s->setvars, key, val);
}

bool story_set_var(Story *s, const char *name, const char *value)
{
  char *end, hint[160];
  long long n = strtoll(value, &end, 10);
  json_t *j;
  if (!declared(s, name, hint, sizeof hint))
    return err_set("--set %s: no chapter declares a variable of that name (in its 'defaults' "
                   "or 'sets')%s",
                   name, hint);
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
  play_settle(s);
  return s->sc ? scene_get(s->sc, "vars") : json_object();
}

const json_t *story_chapters(Story *s)
{
  return load_chapters(s);
}

const json_t *story_chapter(Story *s, int number)
{
  return load_chapter(s, number);
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
  if (strcmp(lang, "fr") != 0 && !(cat = load_catalog(s, lang)))
    return false;
  ahead_clear(s); /* its lines are in the other language */
  play_settle(s); /* the event is built again from the scripts' state */
  i18n_close(s->cat);
  s->cat = cat;
  /* The history may hold the lines of chapters whose files were read before a
  ** reload (and are not read again since): their catalogs too. */
  for (int i = 0, last = 0; cat && i < s->history.n; i++) {
    int c = s->history.items[i].shown.chapter;
    if (c != last && play_def(s, c) && play_str(play_def(s, c), "file"))
      i18n_need(cat, play_str(play_def(s, c), "file"));
    last = c;
  }
  snprintf(s->lang, sizeof s->lang, "%s", lang);
  json_decref(s->ui);
  s->ui = i18n_ui_open("fr"); /* a text not yet translated shows in French */
  if (strcmp(lang, "fr") != 0) {
    json_t *own = i18n_ui_open(lang);
    json_object_update(s->ui, own);
    json_decref(own);
  }
  load_chapters_reset(s); /* translated when asked for */
  /* The screen as it is, in the new language. */
  tr = play_tr(s, false);
  vars = play_vars(s, s->view.bindings);
  play_translate(s, vars);
  json_decref(vars);
  lines_translate(&s->view.page, &tr);
  lines_translate(&s->history, &tr);
  s->view.page_serial++;
  play_rebuild(s);
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

char *story_ui_format(Story *s, const char *key, const json_t *args)
{
  char *t = i18n_format(story_ui(s, key), args, NULL, s->lang);
  return t ? t : mem_strdup(key);
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

struct StoryPlace {
  Checkpoint cp;
  InputLog log;
};

StoryPlace *story_place(Story *s)
{
  StoryPlace *p;
  if (!s->tl.now.cp.scene)
    return err_set("place: the story has not begun"), NULL;
  p = mem_calloc(1, sizeof *p);
  state_checkpoint_copy(&p->cp, &s->tl.now.cp);
  state_log_copy(&p->log, &s->tl.now.log);
  return p;
}

StoryPlace *story_place_with(const StoryPlace *p, const json_t *changes)
{
  StoryPlace *q = mem_calloc(1, sizeof *q);
  state_checkpoint_copy(&q->cp, &p->cp);
  state_log_copy(&q->log, &p->log);
  if (q->cp.delta) {
    Vars *d = state_vars_change(q->cp.delta, json_copy((json_t *)changes));
    state_vars_unref(q->cp.delta);
    q->cp.delta = d;
  } else {
    json_t *whole = q->cp.vars ? json_copy(q->cp.vars) : json_object();
    const char *name;
    json_t *val;
    json_object_foreach((json_t *)changes, name, val)
      if (json_is_null(val))
        json_object_del(whole, name);
      else
        json_object_set(whole, name, val);
    json_decref(q->cp.vars);
    q->cp.vars = whole;
  }
  return q;
}

void story_place_free(StoryPlace *p)
{
  if (!p)
    return;
  state_checkpoint_clear(&p->cp);
  state_log_clear(&p->log);
  free(p);
}

const Event *story_resume(Story *s, const StoryPlace *p, bool *diverged)
{
  bool ok;
  if (s->load_error[0] || !s->sc)
    return play_fail(s, s->load_file, s->load_line, "%s", s->load_error);
  s->resumed_chapter = 0;
  ahead_clear(s);
  timeline_clear_past(&s->tl);
  ok = play_restore(s, &p->cp, &p->log, 0);
  if (diverged)
    *diverged = !ok;
  return &s->eb.ev;
}

/* Can this story play the checkpoint at all? False and err if not. */
static bool playable(Story *s, const Checkpoint *cp)
{
  if (cp->chapter != 0 && !play_def(s, cp->chapter))
    return err_set("its chapter %d is not in the story", cp->chapter);
  switch (load_scene(s, cp->scene)) {
  case -1: return err_set("%s", err_get()); /* its chapter's file fails: said with its line */
  case 0:
    return err_set("its scene '%s' is not in the story (renamed or removed since)", cp->scene);
  default: break;
  }
  return true;
}

/* A checkpoint whose scene is gone becomes its chapter's start (the title
** card, the page empty), with its variables, visits and generator: the
** reader's decisions stay, the inputs since it go. False if the chapter is
** gone too. */
static bool to_chapter_start(Story *s, Checkpoint *cp, InputLog *log)
{
  char start[128];
  snprintf(start, sizeof start, "%s",
           play_str(play_def(s, cp->chapter), "start") ? play_str(play_def(s, cp->chapter), "start")
                                                       : "");
  if (!start[0] || load_scene(s, start) != 1)
    return false;
  free(cp->scene);
  cp->scene = mem_strdup(start);
  cp->chapter_card = true;
  free(cp->layout);
  cp->layout = mem_strdup("page");
  json_decref(cp->bindings);
  cp->bindings = json_object();
  json_decref(cp->bindctx);
  json_decref(cp->page);
  cp->bindctx = cp->page = NULL;
  state_log_clear(log);
  return true;
}

/* Parses a save and plays it: NULL and err if it is damaged or cannot be played
** here (the story is then wherever the attempt left it). */
static const Event *restore(Story *s, const char *save, size_t len, bool *diverged)
{
  Checkpoint cp = { 0 };
  InputLog log = { 0 };
  bool ok = true;
  s->resumed_chapter = 0;
  if (!state_save_read(save, len, &cp, &log, NULL))
    return NULL;
  if (cp.scene && load_scene(s, cp.scene) == 0 && to_chapter_start(s, &cp, &log))
    s->resumed_chapter = cp.chapter;
  if (!playable(s, &cp)) {
    char why[ERR_MAX];
    snprintf(why, sizeof why, "%s", err_get());
    err_set("save: %s", why);
    ok = false;
  } else {
    timeline_clear_past(&s->tl);
    ok = play_restore(s, &cp, &log, 0);
    if (diverged)
      *diverged = !ok || s->resumed_chapter;
    ok = true;
  }
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  return ok ? &s->eb.ev : NULL;
}

const Event *story_restore(Story *s, const char *save, size_t len, bool *diverged)
{
  char *before = NULL, why[ERR_MAX];
  size_t blen = 0;
  const Event *ev;
  ahead_clear(s);
  if (s->load_error[0] || !s->sc)
    return play_fail(s, s->load_file, s->load_line, "%s", s->load_error);
  /* The reader's game as it is, to come back to if the save cannot be played:
  ** a save is checked against the story before it replaces anything. */
  if (s->tl.now.cp.scene && s->eb.ev.kind != EVENT_ERROR)
    before = story_save(s, &blen);
  ev = restore(s, save, len, diverged);
  if (ev && ev->kind != EVENT_ERROR) {
    free(before);
    return ev;
  }
  snprintf(why, sizeof why, "%s", ev ? ev->text : err_get());
  if (before && !restore(s, before, blen, NULL))
    play_fail(s, "save", 0, "the game before the load could not be taken up again: %s", err_get());
  free(before);
  if (ev) /* it began, then failed: the story cannot play it */
    err_set("save: the story cannot play it: %s", why);
  else
    err_set("%s", why);
  return NULL;
}

int story_restore_chapter(const Story *s)
{
  return s->resumed_chapter;
}

/* A rollback shows what the reader saw from what the timeline kept of it, and
** runs no script: the scripts are brought back (one replay from the latest
** checkpoint) only when the reader acts, so stepping back k times costs k
** pages, not k replays. */
/* Forgets the steps rolled back (the reader went another way, or the story
** changed under them). */
static void ahead_clear(Story *s)
{
  while (s->ahead.n > 0) {
    Ahead *a = &s->ahead.items[--s->ahead.n];
    timeline_mark_clear(&a->before);
    timeline_mark_clear(&a->after);
    timeline_later_clear(&a->later);
    lines_truncate(&a->lines, 0);
  }
}

const Event *story_rollback(Story *s)
{
  Mark m;
  Ahead a;
  memset(&a, 0, sizeof a);
  if (s->eb.ev.kind == EVENT_ERROR || s->eb.ev.kind == EVENT_NONE)
    ahead_clear(s); /* an error is not a place to come back to */
  switch (timeline_back(&s->tl, &m, &a.later)) {
  case TIMELINE_BACK_NONE: timeline_later_clear(&a.later); break;
  case TIMELINE_BACK_MARK:
    if (s->eb.ev.kind != EVENT_ERROR && s->eb.ev.kind != EVENT_NONE) {
      a.input = s->tl.now.log.items[s->tl.now.log.n]; /* (taken back, not freed) */
      a.after = play_mark(s);
      lines_split(&s->history, m.history, &a.lines);
    }
    play_back(s, &m);
    if (a.after.scene) {
      a.before = m; /* kept: the roll forward gives it back to the timeline */
      if (s->ahead.n == s->ahead.cap) {
        s->ahead.cap = s->ahead.cap ? 2 * s->ahead.cap : 16;
        s->ahead.items = mem_realloc(s->ahead.items, (size_t)s->ahead.cap * sizeof *s->ahead.items);
      }
      s->ahead.items[s->ahead.n++] = a;
    } else {
      timeline_mark_clear(&m);
      timeline_later_clear(&a.later);
    }
    break;
  case TIMELINE_BACK_REPLAY: /* far back in a very long scene: a replay */
    timeline_later_clear(&a.later);
    ahead_clear(s); /* (marks too old to be kept: no way forward but reading) */
    s->stale = true;
    play_settle(s);
    break;
  }
  return &s->eb.ev;
}

int story_ahead(const Story *s)
{
  return s->ahead.n;
}

const Event *story_forward(Story *s)
{
  if (s->ahead.n == 0)
    return &s->eb.ev;
  Ahead *a = &s->ahead.items[--s->ahead.n];
  timeline_forward(&s->tl, a->input, &a->before, &a->later);
  lines_join(&s->history, &a->lines);
  play_back(s, &a->after);
  timeline_mark_clear(&a->after);
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
  ahead_clear(s); /* the scripts changed: what they showed may not come again */
  snprintf(lang, sizeof lang, "%s", s->lang);
  if (had) {
    state_checkpoint_copy(&cp, &s->tl.now.cp);
    state_log_copy(&log, &s->tl.now.log);
  }
  scene_close(s->sc);
  s->sc = NULL;
  state_vars_unref(s->vars); /* a new sandbox: its variables come from the restore */
  s->vars = NULL;
  json_object_clear(s->data_cache);
  if (!load_story(s, true)) {
    state_checkpoint_clear(&cp);
    state_log_clear(&log);
    return play_fail(s, "lua/ficelle/story.lua", 0, "%s", err_get());
  }
  if (strcmp(lang, "fr") != 0)
    story_set_language(s, lang);
  if (s->load_error[0]) {
    /* The reader's place stays in the timeline for the reload after the fix. */
    state_checkpoint_clear(&cp);
    state_log_clear(&log);
    return play_fail(s, s->load_file, s->load_line, "%s", s->load_error);
  }
  if (!had) /* it never began: where the reader asked it to */
    return story_begin(s, s->asked);
  ok = play_restore(s, &cp, &log, history);
  if (diverged)
    *diverged = !ok;
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  return &s->eb.ev;
}

const json_t *story_data(Story *s, const char *kind, const char *name)
{
  return play_data(s, kind, name);
}

int story_history_count(const Story *s)
{
  return lines_count(&s->history);
}

int story_history_first(const Story *s)
{
  return s->history.gone;
}

const StoryLine *story_history(const Story *s, int i)
{
  const Line *x = lines_at(&s->history, i);
  return x ? &x->shown : NULL;
}

int story_page_count(const Story *s)
{
  return s->view.page.n;
}

char *story_page_in(Story *s, int i, const char *lang)
{
  Tr tr = { NULL, lang, NULL, NULL, NULL, 0, NULL };
  if (strcmp(lang, "fr") != 0 && strcmp(lang, s->aside_lang) != 0) {
    Catalog *cat = load_catalog(s, lang);
    if (!cat)
      return NULL;
    i18n_close(s->aside);
    s->aside = cat;
    snprintf(s->aside_lang, sizeof s->aside_lang, "%s", lang);
  }
  tr.cat = strcmp(lang, "fr") == 0 ? NULL : s->aside;
  return lines_text_in(&s->view.page, i, &tr);
}

const StoryLine *story_page(const Story *s, int i)
{
  return i >= 0 && i < s->view.page.n ? &s->view.page.items[i].shown : NULL;
}

void story_set_collector(Story *s, StoryCollector fn, void *ud)
{
  s->collect = fn;
  s->collect_ud = ud;
}

const json_t *story_scenes(Story *s)
{
  load_all(s);
  return s->scenes;
}

const json_t *story_warnings(Story *s)
{
  load_all(s);
  return s->warnings;
}

unsigned long story_checkpoint_serial(const Story *s)
{
  return s->tl.serial;
}

const json_t *story_checkpoint(Story *s)
{
  const Checkpoint *cp = &s->tl.now.cp;
  const json_t *vars = state_checkpoint_vars(cp);
  json_decref(s->cp_info);
  s->cp_info = json_pack("{s:s, s:i, s:b, s:o}", "scene", cp->scene ? cp->scene : "", "chapter",
                         cp->chapter, "card", cp->chapter_card, "vars",
                         vars ? json_incref((json_t *)vars) : json_object());
  return s->cp_info;
}

const json_t *story_declarations(const Story *s)
{
  load_defs(s);
  return s->defs;
}

int story_chapter_count(const Story *s)
{
  return (int)json_array_size(s->defs);
}

const char *story_file_where(const char *file, char *out, size_t size)
{
  return vfs_describe(file ? file : "", out, size);
}

const char *story_error_text(const Event *ev, char *out, size_t size)
{
  char where[600];
  const char *at = ev->file[0] ? strstr(ev->text, ev->file) : NULL;
  if (!ev->file[0]) {
    snprintf(out, size, "%s", ev->text);
    return out;
  }
  vfs_describe(ev->file, where, sizeof where);
  if (at) /* the message names the file itself */
    snprintf(out, size, "%.*s%s%s", (int)(at - ev->text), ev->text, where, at + strlen(ev->file));
  else
    snprintf(out, size, "%s:%d: %s", where, ev->line, ev->text);
  return out;
}
