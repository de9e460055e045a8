/*
** story: the step machine (see story.h). Scenes run as Lua coroutines; each
** request a scene yields (a line, a choice, a screen, a jump) becomes an event
** (event.c translates and typesets it). Checkpoints at scene entries and the inputs
** since them are the whole of the reader's path: saves, rollback, recovery and
** hot reload are all "apply a checkpoint, replay inputs".
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>

#include "story_impl.h"
#include "vfs.h"

static void enter_scene(Story *s, const char *id, bool checkpoint);

/* --- Lua plumbing ---------------------------------------------------------- */

static void push_module(Story *s)
{
  lua_rawgeti(s->L, LUA_REGISTRYINDEX, s->module);
}

json_t *story_module_json(Story *s, const char *field)
{
  json_t *j;
  push_module(s);
  lua_getfield(s->L, -1, field);
  j = script_to_json(s->L, -1, field[0] == 'v' && field[1] == 'a' ? "v" : field);
  lua_pop(s->L, 2);
  return j;
}

/* The current variables (a new reference), or NULL. */
json_t *story_vars_now(Story *s)
{
  return story_module_json(s, "vars");
}

static void set_module_json(Story *s, const char *field, const json_t *j)
{
  push_module(s);
  script_push_json(s->L, j);
  lua_setfield(s->L, -2, field);
  lua_pop(s->L, 1);
}

/* random([m [, n]]): math.random's contract over the story's generator. */
static int story_api_random(lua_State *L)
{
  Story *s = lua_touserdata(L, lua_upvalueindex(1));
  lua_Integer lo = 1, hi;
  switch (lua_gettop(L)) {
  case 0:
    lua_pushnumber(L, (lua_Number)(rng_next(&s->rng) >> 8) / (lua_Number)(1u << 24));
    return 1;
  case 1: hi = luaL_checkinteger(L, 1); break;
  default: lo = luaL_checkinteger(L, 1); hi = luaL_checkinteger(L, 2); break;
  }
  luaL_argcheck(L, lo <= hi, lua_gettop(L), "interval is empty");
  lua_pushinteger(L, (lua_Integer)rng_range(&s->rng, lo, hi));
  return 1;
}

void story_close_coroutine(Story *s)
{
  if (s->co) {
    luaL_unref(s->L, LUA_REGISTRYINDEX, s->co_ref);
    s->co = NULL;
  }
}

/* Parses "file:line: message" into its parts where it has them. */
static void split_position(const char *msg, char *file, size_t fsz, int *line)
{
  const char *p = strstr(msg, ".lua:");
  if (p && (size_t)(p + 4 - msg) < fsz) {
    memcpy(file, msg, (size_t)(p + 4 - msg));
    file[p + 4 - msg] = '\0';
    *line = atoi(p + 5);
  }
}

/* Loads the engine's story API, then every story/ *.lua file in name order. */
static bool load_scripts(Story *s)
{
  ScriptLimits lim = { s->opt.instruction_budget, s->opt.memory_cap };
  char **files;
  s->load_error[0] = s->load_file[0] = '\0';
  s->load_line = 0;
  if (!(s->sc = script_open(&lim, false)))
    return false;
  s->L = script_state(s->sc);
  if (!script_load(s->sc, "lua/ficelle/story.lua") || !script_call(s->sc, 0, 1))
    return false;
  s->module = luaL_ref(s->L, LUA_REGISTRYINDEX);
  lua_pushlightuserdata(s->L, s);
  lua_pushcclosure(s->L, story_api_random, 1);
  lua_pushvalue(s->L, -1);
  lua_setglobal(s->L, "random");
  lua_getglobal(s->L, "math");
  lua_insert(s->L, -2);
  lua_setfield(s->L, -2, "random");
  lua_pushnil(s->L);
  lua_setfield(s->L, -2, "randomseed");
  lua_pop(s->L, 1);

  if (!(files = vfs_list("story")))
    return err_set("story: no story/ folder in %s", vfs_base());
  for (char **f = files; *f; f++) {
    char path[256];
    size_t n = strlen(*f);
    if (n < 5 || n > 200 || strcmp(*f + n - 4, ".lua") != 0)
      continue;
    snprintf(path, sizeof path, "story/%s", *f);
    push_module(s);
    lua_pushstring(s->L, path);
    lua_setfield(s->L, -2, "loading");
    lua_pop(s->L, 1);
    if (!script_load(s->sc, path) || !script_call(s->sc, 0, 0)) {
      snprintf(s->load_error, sizeof s->load_error, "%s", err_get());
      snprintf(s->load_file, sizeof s->load_file, "%s", path);
      split_position(s->load_error, s->load_file, sizeof s->load_file, &s->load_line);
      break;
    }
  }
  vfs_free_list(files);
  return true;
}

static int cmp_chapters(const void *a, const void *b)
{
  json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "number"));
  json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "number"));
  return (x > y) - (x < y);
}

/* Reads what the scripts declared: chapters, scenes, warnings. */
static void read_declarations(Story *s)
{
  json_t *defs = NULL, *sorted = json_array();
  size_t i, n;
  json_decref(s->scenes);
  json_decref(s->warnings);
  s->scenes = json_array();
  s->warnings = json_array();
  push_module(s);
  lua_getfield(s->L, -1, "chapters");
  /* The chapter tables hold no functions once normalised, but a writer may add
  ** any field: keep what converts, report the rest. */
  defs = script_to_json(s->L, -1, "chapter");
  lua_pop(s->L, 1);
  if (!defs) {
    json_array_append_new(s->warnings, json_string(err_get()));
    defs = json_array();
  }
  n = json_array_size(defs);
  {
    json_t **tmp = malloc((n ? n : 1) * sizeof *tmp);
    for (i = 0; i < n; i++)
      tmp[i] = json_array_get(defs, i);
    qsort(tmp, n, sizeof *tmp, cmp_chapters);
    for (i = 0; i < n; i++)
      json_array_append(sorted, tmp[i]);
    free(tmp);
  }
  json_decref(defs);
  json_decref(s->chapter_defs);
  s->chapter_defs = sorted;

  lua_getfield(s->L, -1, "scenes");
  lua_pushnil(s->L);
  while (lua_next(s->L, -2)) {          /* ... M scenes id def */
    json_t *sc = json_object();
    lua_Debug ar;
    json_object_set_new(sc, "id", json_string(lua_tostring(s->L, -2)));
    lua_getfield(s->L, -1, "file");
    json_object_set_new(sc, "file", json_string(lua_tostring(s->L, -1)));
    lua_pop(s->L, 1);
    lua_getfield(s->L, -1, "fn");      /* ... M scenes id def fn */
    lua_getinfo(s->L, ">S", &ar);
    json_object_set_new(sc, "line", json_integer(ar.linedefined));
    json_object_set_new(sc, "last", json_integer(ar.lastlinedefined));
    json_array_append_new(s->scenes, sc);
    lua_pop(s->L, 1);
  }
  lua_pop(s->L, 1);
  lua_getfield(s->L, -1, "replaced");
  n = lua_rawlen(s->L, -1);
  for (i = 1; i <= n; i++) {
    char msg[256];
    lua_rawgeti(s->L, -1, (lua_Integer)i);
    snprintf(msg, sizeof msg, "scene '%s' is declared more than once: the last one is used",
             lua_tostring(s->L, -1));
    json_array_append_new(s->warnings, json_string(msg));
    lua_pop(s->L, 1);
  }
  lua_pop(s->L, 2);
}

const json_t *story_chapter_def(Story *s, int number)
{
  size_t i;
  json_t *c;
  json_array_foreach(s->chapter_defs, i, c)
    if (json_integer_value(json_object_get(c, "number")) == number)
      return c;
  return NULL;
}

/* --- Checkpoints ------------------------------------------------------------------ */

static bool take_checkpoint(Story *s, const char *scene, bool card)
{
  json_t *vars = story_vars_now(s), *visits;
  if (!vars)
    return false;
  visits = story_module_json(s, "visits");
  if (s->cp.scene) {   /* the older checkpoint goes to the rollback stack */
    if (s->npast == MAX_PAST) {
      state_checkpoint_clear(&s->past[0].cp);
      state_log_clear(&s->past[0].log);
      memmove(s->past, s->past + 1, (MAX_PAST - 1) * sizeof *s->past);
      s->npast--;
    }
    s->past[s->npast].cp = s->cp;
    s->past[s->npast].log = s->log;
    s->past[s->npast].history = s->cp_history;
    s->npast++;
    memset(&s->cp, 0, sizeof s->cp);
    memset(&s->log, 0, sizeof s->log);
  }
  state_checkpoint_clear(&s->cp);
  state_log_clear(&s->log);
  s->cp.scene = strdup(scene);
  s->cp.chapter_card = card;
  s->cp.chapter = s->chapter;
  s->cp.vars = vars;
  s->cp.visits = visits;
  s->cp.rng = s->rng;
  s->cp.layout = strdup(s->layout);
  s->cp.bindings = json_deep_copy(s->bindings);
  s->cp.bindctx = json_deep_copy(s->bindctx);
  s->cp_history = s->nhist;
  s->serial++;
  return true;
}

/* Shows a layout with bindings (NULL: none). ctx (may be NULL) says which scene
** set each binding; without it, the current scene set them all. */
static void set_layout(Story *s, const char *name, const json_t *bindings, const json_t *ctx)
{
  const char *key;
  json_t *val;
  if (name && strcmp(name, s->layout) != 0) {
    free(s->layout);
    s->layout = strdup(name);
  }
  json_decref(s->bindings);
  s->bindings = bindings ? json_deep_copy(bindings) : json_object();
  json_decref(s->bindctx);
  s->bindctx = ctx ? json_deep_copy(ctx) : json_object();
  if (!ctx)
    json_object_foreach(s->bindings, key, val)
      json_object_set_new(s->bindctx, key, json_string(s->scene));
}

/* Applies the chapter's defaults to the variables it reads that are not set. */
static void apply_defaults(Story *s, const json_t *def)
{
  json_t *defaults = json_object_get(def, "defaults"), *val;
  const char *key;
  push_module(s);
  lua_getfield(s->L, -1, "vars");
  json_object_foreach(defaults, key, val) {
    if (lua_getfield(s->L, -1, key) == LUA_TNIL) {
      script_push_json(s->L, val);
      lua_setfield(s->L, -3, key);
    }
    lua_pop(s->L, 1);
  }
  lua_pop(s->L, 2);
}

static void start_chapter(Story *s, const json_t *def)
{
  s->chapter = (int)json_integer_value(json_object_get(def, "number"));
  apply_defaults(s, def);
  snprintf(s->scene, sizeof s->scene, "%s", json_str(def, "start"));
  if (!take_checkpoint(s, json_str(def, "start"), true)) {
    event_fail(s, json_str(def, "file"), 0, "%s", err_get());
    return;
  }
  s->phase = PH_CHAPTER;
  json_decref(s->raw);
  s->raw = NULL;
  event_chapter(s);
}

/* --- Running scenes ------------------------------------------------------------- */

static void resume(Story *s, int nargs);

static void handle_request(Story *s, json_t *req)
{
  const char *kind = json_str(req, "kind");
  json_decref(s->raw);
  s->raw = req;
  script_where(s->co, s->ev_file, sizeof s->ev_file, &s->ev_line);
  if (strcmp(kind, "line") == 0 || strcmp(kind, "choice") == 0) {
    s->phase = PH_SCENE;
    event_build(s);
    if (s->ev.kind == EVENT_LINE)
      event_history_add(s, s->ev.speaker, s->ev.text, s->ev.style);
  } else if (strcmp(kind, "layout") == 0) {
    const json_t *b = json_object_get(req, "bindings");
    if (json_is_true(json_object_get(req, "merge"))) {
      if (json_str(req, "name") && strcmp(json_str(req, "name"), s->layout) != 0)
        set_layout(s, json_str(req, "name"), NULL, NULL);
      json_object_update(s->bindings, (json_t *)b);
      {
        const char *key;
        json_t *val;
        json_object_foreach((json_t *)b, key, val)
          json_object_set_new(s->bindctx, key, json_string(s->scene));
      }
    } else {
      set_layout(s, json_str(req, "name"), b, NULL);
    }
    s->phase = PH_SCENE;
    if (!event_bindings(s)) {
      event_fail(s, s->ev_file, s->ev_line, "%s:%d: %s", s->ev_file, s->ev_line, err_get());
      return;
    }
    event_build(s);
  } else if (strcmp(kind, "jump") == 0) {
    char to[128];
    snprintf(to, sizeof to, "%s", json_str(req, "to"));
    story_close_coroutine(s);
    enter_scene(s, to, true);
  } else if (strcmp(kind, "end_chapter") == 0) {
    story_close_coroutine(s);
    s->phase = PH_CARD;
    event_card(s);
  } else if (strcmp(kind, "ending") == 0) {
    story_close_coroutine(s);
    s->phase = PH_ENDING;
    event_ending(s);
  }
}

static void resume(Story *s, int nargs)
{
  int nres = 0, line = 0, status;
  char file[256];
  status = script_resume(s->sc, s->co, nargs, &nres, file, sizeof file, &line);
  if (status == LUA_YIELD) {
    json_t *req = nres >= 1 ? script_to_json(s->co, -1, "request") : NULL;
    char where[256];
    int wline;
    lua_pop(s->co, nres);
    if (!req || !json_str(req, "kind")) {
      script_where(s->co, where, sizeof where, &wline);
      event_fail(s, where, wline, "%s:%d: %s", where, wline,
           req ? "a scene yielded something that is not a request" : err_get());
      json_decref(req);
      return;
    }
    handle_request(s, req);
  } else if (status == LUA_OK) {
    const json_t *sc;
    size_t i;
    const char *where = "";
    int last = 0;
    json_array_foreach(s->scenes, i, sc) {
      if (strcmp(json_str(sc, "id"), s->scene) == 0) {
        where = json_str(sc, "file");
        last = (int)json_integer_value(json_object_get(sc, "last"));
      }
    }
    event_fail(s, where, last, "%s:%d: scene '%s' ended without jump, end_chapter or ending: "
               "the reader would be stuck", where, last, s->scene);
  } else {
    event_fail(s, file, line, "%s", err_get());
  }
}

static void enter_scene(Story *s, const char *id, bool checkpoint)
{
  char from[256];
  int from_line = s->ev_line;
  snprintf(from, sizeof from, "%s", s->ev_file);
  push_module(s);
  lua_getfield(s->L, -1, "scenes");
  if (lua_getfield(s->L, -1, id) != LUA_TTABLE) {
    lua_pop(s->L, 3);
    event_fail(s, from, from_line, "%s:%d: jump to an unknown scene '%s'", from, from_line, id);
    return;
  }
  snprintf(s->scene, sizeof s->scene, "%s", id);
  if (checkpoint && !take_checkpoint(s, id, false)) {
    lua_pop(s->L, 3);
    event_fail(s, from, from_line, "%s:%d: %s", from, from_line, err_get());
    return;
  }
  /* visits[id] += 1, after the checkpoint: a replay counts it again */
  lua_getfield(s->L, -3, "visits");          /* M scenes def visits */
  lua_getfield(s->L, -1, id);
  lua_pushinteger(s->L, lua_tointeger(s->L, -1) + 1);
  lua_setfield(s->L, -3, id);
  lua_pop(s->L, 2);
  story_close_coroutine(s);
  s->co = lua_newthread(s->L);
  s->co_ref = luaL_ref(s->L, LUA_REGISTRYINDEX);
  lua_getfield(s->L, -1, "fn");
  lua_xmove(s->L, s->co, 1);
  lua_pop(s->L, 3);
  s->phase = PH_SCENE;
  resume(s, 0);
}

/* Goes back to a checkpoint: its variables, generator, screen and history. */
static void apply_checkpoint(Story *s, const Checkpoint *cp, int history)
{
  story_close_coroutine(s);
  set_module_json(s, "vars", cp->vars);
  set_module_json(s, "visits", cp->visits);
  s->rng = cp->rng;
  s->chapter = cp->chapter;
  set_layout(s, cp->layout, cp->bindings, cp->bindctx);
  event_bindings(s);
  event_history_truncate(s, history);
  if (!story_chapter_def(s, cp->chapter) && cp->chapter != 0) {
    event_fail(s, "", 0, "the save's chapter %d is not in the story", cp->chapter);
    return;
  }
  if (cp->chapter_card) {
    snprintf(s->scene, sizeof s->scene, "%s", cp->scene);
    s->phase = PH_CHAPTER;
    json_decref(s->raw);
    s->raw = NULL;
    event_chapter(s);
  } else {
    snprintf(s->ev_file, sizeof s->ev_file, "%s", "save");
    s->ev_line = 0;
    enter_scene(s, cp->scene, false);
  }
}

static bool is_passive(const Event *ev)
{
  return ev->kind == EVENT_LAYOUT;
}

bool story_event_is_passive(const Event *ev)
{
  return is_passive(ev);
}

/* The logged form of an input to the current event: 0, or the script's number
** of the option taken; -1 if the input does not answer the event. */
static int logged_input(const Story *s, const Input *in)
{
  const Event *ev = &s->ev;
  if (ev->kind == EVENT_CHOICE) {
    if (in->kind == INPUT_CHOICE && in->choice >= 0 && in->choice < ev->noptions)
      return ev->options[in->choice].index;
    if (in->kind == INPUT_VALUE && in->value) {
      const json_t *opts = json_object_get(s->raw, "options"), *o;
      size_t i;
      json_array_foreach(opts, i, o) {
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

/* Moves on with a logged input (validated). */
static void advance(Story *s, int input)
{
  if (!is_passive(&s->ev)) {
    state_log_push(&s->log, input);
    if (s->ev.kind == EVENT_CHOICE) {
      for (int i = 0; i < s->ev.noptions; i++)
        if (s->ev.options[i].index == input)
          event_history_add(s, NULL, s->ev.options[i].text, "choice");
    }
  }
  switch (s->phase) {
  case PH_CHAPTER: {
    char start[128];
    snprintf(start, sizeof start, "%s", s->scene);
    snprintf(s->ev_file, sizeof s->ev_file, "%s", json_str(story_chapter_def(s, s->chapter), "file"));
    s->ev_line = 0;
    enter_scene(s, start, true);
    break;
  }
  case PH_SCENE:
    if (s->ev.kind == EVENT_CHOICE) {
      lua_pushinteger(s->co, input);
      resume(s, 1);
    } else {
      resume(s, 0);
    }
    break;
  case PH_CARD: {
    const json_t *next = NULL, *c;
    size_t i;
    json_array_foreach(s->chapter_defs, i, c) {
      if (json_integer_value(json_object_get(c, "number")) > s->chapter) {
        next = c;
        break;
      }
    }
    if (next) {
      start_chapter(s, next);
    } else {
      s->phase = PH_END;
      event_reset(s, EVENT_END);
    }
    break;
  }
  case PH_ENDING:
    s->phase = PH_END;
    event_reset(s, EVENT_END);
    break;
  default:
    break;
  }
}

/* Goes past passive events, as a frontend does, but not forever. */
static void skip_passive(Story *s)
{
  for (int n = 0; is_passive(&s->ev); n++) {
    if (n == MAX_PASSIVE) {
      event_fail(s, s->ev_file, s->ev_line, "%s:%d: the scene changed the screen %d times "
                 "without showing anything to read (an endless loop?)", s->ev_file,
                 s->ev_line, MAX_PASSIVE);
      return;
    }
    advance(s, 0);
  }
}

/* Replays logged inputs from the current event; false if one does not fit. */
static bool replay(Story *s, const InputLog *log)
{
  for (size_t i = 0; i < log->n; i++) {
    Input in = { INPUT_CONTINUE, 0, NULL };
    skip_passive(s);
    if (log->items[i] > 0) {
      in.kind = INPUT_CHOICE;
      in.choice = -1;
      for (int k = 0; k < s->ev.noptions; k++)
        if (s->ev.options[k].index == log->items[i])
          in.choice = k;
    }
    if (logged_input(s, &in) != log->items[i])
      return false;
    advance(s, log->items[i]);
  }
  skip_passive(s);
  return true;
}

/* Applies cp and replays log; on a mismatch, stays at the checkpoint. The
** current checkpoint becomes cp (copied); the rollback stack is kept. */
static bool restore_to(Story *s, const Checkpoint *cp, const InputLog *log, int history)
{
  Checkpoint mine;
  InputLog ours;
  bool ok;
  state_checkpoint_copy(&mine, cp);
  state_log_copy(&ours, log);
  state_checkpoint_clear(&s->cp);
  state_log_clear(&s->log);
  state_checkpoint_copy(&s->cp, &mine);
  s->cp_history = history;
  apply_checkpoint(s, &mine, history);
  ok = replay(s, &ours);
  if (!ok) {
    state_log_clear(&s->log);
    apply_checkpoint(s, &mine, history);
    skip_passive(s);
  }
  state_checkpoint_clear(&mine);
  state_log_clear(&ours);
  return ok;
}

/* --- The API ------------------------------------------------------------------ */

Story *story_open(const StoryOptions *opt)
{
  Story *s = calloc(1, sizeof *s);
  if (!s)
    return err_set("story: out of memory"), NULL;
  if (opt)
    s->opt = *opt;
  s->layout = strdup("page");
  s->bindings = json_object();
  s->tbindings = json_object();
  s->bindctx = json_object();
  s->pool = json_array();
  s->setvars = json_object();
  s->data_cache = json_object();
  s->chapter_defs = json_array();
  s->scenes = json_array();
  s->warnings = json_array();
  s->chapters = json_array();
  snprintf(s->lang, sizeof s->lang, "%s", "fr");
  rng_seed(&s->rng, s->opt.seed ? s->opt.seed : DEFAULT_SEED);
  if (!load_scripts(s)) {
    story_close(s);
    return NULL;
  }
  read_declarations(s);
  s->ui = i18n_ui_open("fr");
  if (opt && opt->lang && strcmp(opt->lang, "fr") != 0 && !story_set_language(s, opt->lang)) {
    story_close(s);
    return NULL;
  }
  story_chapters(s);
  return s;
}

static void clear_past(Story *s)
{
  for (int i = 0; i < s->npast; i++) {
    state_checkpoint_clear(&s->past[i].cp);
    state_log_clear(&s->past[i].log);
  }
  s->npast = 0;
}

void story_close(Story *s)
{
  if (!s)
    return;
  script_close(s->sc);
  i18n_close(s->cat);
  clear_past(s);
  state_checkpoint_clear(&s->cp);
  state_log_clear(&s->log);
  event_history_truncate(s, 0);
  free(s->hist);
  free(s->opts);
  free(s->layout);
  json_decref(s->chapter_defs);
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
  json_decref(s->pool);
  json_decref(s->data_cache);
  free(s);
}

const Event *story_begin(Story *s, int chapter)
{
  const json_t *def;
  size_t i;
  const char *key;
  json_t *val, *c;
  story_close_coroutine(s);
  clear_past(s);
  state_checkpoint_clear(&s->cp);
  state_log_clear(&s->log);
  event_history_truncate(s, 0);
  s->scene[0] = '\0';
  set_layout(s, "page", NULL, NULL);
  event_bindings(s);
  if (s->load_error[0])
    return event_fail(s, s->load_file, s->load_line, "%s", s->load_error);
  if (json_array_size(s->chapter_defs) == 0)
    return event_fail(s, "story", 0, "the story declares no chapter");
  if (chapter <= 0)
    chapter = (int)json_integer_value(json_object_get(json_array_get(s->chapter_defs, 0), "number"));
  if (!(def = story_chapter_def(s, chapter)))
    return event_fail(s, "story", 0, "there is no chapter %d", chapter);
  rng_seed(&s->rng, s->opt.seed ? s->opt.seed : DEFAULT_SEED);
  {
    json_t *empty = json_object();
    set_module_json(s, "visits", empty);
    set_module_json(s, "vars", empty);
    json_decref(empty);
  }
  push_module(s);
  lua_getfield(s->L, -1, "vars");
  json_object_foreach(s->setvars, key, val) {
    script_push_json(s->L, val);
    lua_setfield(s->L, -2, key);
  }
  lua_pop(s->L, 2);
  /* This chapter's defaults first, then the earlier chapters' for the rest. */
  apply_defaults(s, def);
  for (i = json_array_size(s->chapter_defs); i-- > 0;) {
    c = json_array_get(s->chapter_defs, i);
    if (json_integer_value(json_object_get(c, "number")) < chapter)
      apply_defaults(s, c);
  }
  start_chapter(s, def);
  return &s->ev;
}

const Event *story_step(Story *s, const Input *in)
{
  int input = logged_input(s, in);
  if (input < 0)
    return &s->ev;
  advance(s, input);
  /* Each step has its instruction budget, so a scene that changes the screen
  ** in an endless loop would never be caught by it. */
  if (!is_passive(&s->ev))
    s->passive_run = 0;
  else if (++s->passive_run > MAX_PASSIVE)
    return event_fail(s, s->ev_file, s->ev_line, "%s:%d: the scene changed the screen %d times "
                      "without showing anything to read (an endless loop?)", s->ev_file,
                      s->ev_line, MAX_PASSIVE);
  return &s->ev;
}

const Event *story_event(const Story *s)
{
  return &s->ev;
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

const json_t *story_vars(Story *s)
{
  json_t *v = story_vars_now(s);
  if (!v)
    return NULL;
  json_array_append_new(s->pool, v);
  return v;
}

const json_t *story_chapters(Story *s)
{
  size_t i;
  json_t *c;
  json_array_clear(s->chapters);
  json_array_foreach(s->chapter_defs, i, c) {
    json_t *o = json_object();
    const char *t = event_tr(s, json_str(c, "id"), json_str(c, "title"), NULL, NULL, json_str(c, "file"), 0);
    json_object_set_new(o, "id", json_string(json_str(c, "id")));
    json_object_set(o, "number", json_object_get(c, "number"));
    json_object_set(o, "side", json_object_get(c, "side"));
    json_object_set_new(o, "title", json_string(t ? t : ""));
    json_array_append_new(s->chapters, o);
  }
  return s->chapters;
}

const char *story_language(const Story *s)
{
  return s->lang;
}

bool story_set_language(Story *s, const char *lang)
{
  Catalog *cat = NULL;
  if (strcmp(lang, "fr") != 0 && !(cat = i18n_open(lang)))
    return false;
  i18n_close(s->cat);
  s->cat = cat;
  snprintf(s->lang, sizeof s->lang, "%s", lang);
  json_decref(s->ui);
  s->ui = i18n_ui_open(lang);
  event_bindings(s);
  story_chapters(s);
  switch (s->ev.kind) {   /* the current event, in the new language */
  case EVENT_LINE: case EVENT_CHOICE: case EVENT_LAYOUT:
    if (s->raw)
      event_build(s);
    if (s->ev.kind == EVENT_LINE && s->nhist > 0) {
      event_history_truncate(s, s->nhist - 1);
      event_history_add(s, s->ev.speaker, s->ev.text, s->ev.style);
    }
    break;
  case EVENT_CHAPTER: event_chapter(s); break;
  case EVENT_CARD: event_card(s); break;
  case EVENT_ENDING: event_ending(s); break;
  default: break;
  }
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
  if (!s->cp.scene)
    return err_set("save: the story has not begun"), NULL;
  meta = json_pack("{s:s, s:i}", "lang", s->lang, "chapter", s->chapter);
  out = state_save_write(&s->cp, &s->log, meta, len);
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
  if (s->load_error[0]) {
    state_checkpoint_clear(&cp);
    state_log_clear(&log);
    return event_fail(s, s->load_file, s->load_line, "%s", s->load_error);
  }
  clear_past(s);
  event_history_truncate(s, 0);
  ok = restore_to(s, &cp, &log, 0);
  if (diverged)
    *diverged = !ok;
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  return &s->ev;
}

const Event *story_rollback(Story *s)
{
  Checkpoint cp;
  InputLog log;
  int history;
  if (!s->cp.scene)
    return &s->ev;
  while (s->log.n == 0) {
    Past *p;
    if (s->npast == 0)
      return &s->ev;
    p = &s->past[--s->npast];
    state_checkpoint_clear(&s->cp);
    state_log_clear(&s->log);
    s->cp = p->cp;
    s->log = p->log;
    s->cp_history = p->history;
  }
  state_checkpoint_copy(&cp, &s->cp);
  state_log_copy(&log, &s->log);
  log.n--;
  history = s->cp_history;
  restore_to(s, &cp, &log, history);
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  return &s->ev;
}

const Event *story_recover(Story *s)
{
  if (s->load_error[0] || !s->cp.scene)
    return &s->ev;
  return story_rollback(s);
}

const Event *story_reload(Story *s, bool *diverged)
{
  Checkpoint cp;
  InputLog log;
  int history = s->cp_history;
  bool had = s->cp.scene != NULL, ok = true;
  char lang[16];
  snprintf(lang, sizeof lang, "%s", s->lang);
  if (had) {
    state_checkpoint_copy(&cp, &s->cp);
    state_log_copy(&log, &s->log);
  }
  story_close_coroutine(s);
  script_close(s->sc);
  s->sc = NULL;
  json_object_clear(s->data_cache);
  if (!load_scripts(s))
    return event_fail(s, "lua/ficelle/story.lua", 0, "%s", err_get());
  read_declarations(s);
  if (strcmp(lang, "fr") != 0)
    story_set_language(s, lang);
  if (s->load_error[0]) {
    /* Keep the reader's place for the next reload, once the writer fixed it. */
    if (had) {
      state_checkpoint_clear(&cp);
      state_log_clear(&log);
    }
    return event_fail(s, s->load_file, s->load_line, "%s", s->load_error);
  }
  if (!had)
    return story_begin(s, 0);
  ok = restore_to(s, &cp, &log, history);
  if (diverged)
    *diverged = !ok;
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  return &s->ev;
}

const json_t *story_data(Story *s, const char *kind, const char *name)
{
  char key[256], path[300];
  json_t *j;
  snprintf(key, sizeof key, "%s/%s", kind, name);
  if ((j = json_object_get(s->data_cache, key)))
    return j;
  if (strcmp(kind, "layouts") == 0)
    snprintf(path, sizeof path, "lua/layouts/%s.lua", name);
  else if (strcmp(kind, "images") == 0)
    snprintf(path, sizeof path, "story/images/%s.lua", name);
  else
    return err_set("story_data: unknown kind '%s'", kind), NULL;
  if (strchr(name, '/') || strstr(name, ".."))
    return err_set("story_data: bad name '%s'", name), NULL;
  if (!(j = script_eval_data(path)))
    return NULL;
  json_object_set_new(s->data_cache, key, j);
  return j;
}

const json_t *story_bindings(Story *s)
{
  return s->tbindings;
}

int story_history_count(const Story *s)
{
  return s->nhist;
}

const StoryHistory *story_history(const Story *s, int i)
{
  return i >= 0 && i < s->nhist ? &s->hist[i] : NULL;
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
  return s->serial;
}

/* Is name read by chapter `from` or a later one, by its own declaration? */
static bool read_from(const Story *s, const char *name, int from)
{
  const json_t *c;
  size_t i;
  json_array_foreach(s->chapter_defs, i, c)
    if (json_integer_value(json_object_get(c, "number")) >= from
        && json_object_get(json_object_get(c, "defaults"), name))
      return true;
  return false;
}

/* Is name an earlier chapter's own variable ("ch01_mother" in chapter 2)? */
static bool earlier_local(const Story *s, const char *name, int chapter)
{
  const json_t *c;
  size_t i;
  json_array_foreach(s->chapter_defs, i, c) {
    const char *id = json_string_value(json_object_get(c, "id"));
    size_t n = id ? strlen(id) : 0;
    if (n && json_integer_value(json_object_get(c, "number")) < chapter
        && strncmp(name, id, n) == 0 && name[n] == '_')
      return true;
  }
  return false;
}

char *story_state_key(const Story *s)
{
  char *vars, *key;
  json_t *kept = json_object(), *val;
  const char *name;
  size_t n;
  if (!s->cp.scene)
    return strdup("");
  /* Only what can still be read counts. At a chapter's start, that is what it
  ** or a later chapter declares in its defaults (the variables a chapter reads
  ** from earlier ones); inside a chapter, everything but the earlier chapters'
  ** own variables (named after their chapter: ch01_...) that no later chapter
  ** declares. */
  json_object_foreach(s->cp.vars, name, val) {
    bool later = read_from(s, name, s->cp.chapter);
    if (s->cp.chapter_card ? later : (later || !earlier_local(s, name, s->cp.chapter)))
      json_object_set(kept, name, val);
  }
  vars = json_dumps(kept, JSON_SORT_KEYS | JSON_COMPACT);
  json_decref(kept);
  n = strlen(s->cp.scene) + strlen(vars ? vars : "") + 8;
  key = malloc(n);
  snprintf(key, n, "%s|%d|%s", s->cp.scene, s->cp.chapter_card, vars ? vars : "");
  free(vars);
  return key;
}

int story_visits(Story *s, const char *scene)
{
  int n;
  push_module(s);
  lua_getfield(s->L, -1, "visits");
  lua_getfield(s->L, -1, scene);
  n = (int)lua_tointeger(s->L, -1);
  lua_pop(s->L, 3);
  return n;
}
