/*
** scene: the story's Lua side (see scene.h). The story API's table (the value
** of lua/ficelle/story.lua) holds the declarations and the variables; the
** engine's C functions are put into it and into the globals here.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>

#include "err.h"
#include "head.h"
#include "heads.h"
#include "i18n.h"
#include "mem.h"
#include "scene.h"
#include "vfs.h"

/* A story file whose head only ran (head.h): read whole when first needed.
** The chapters of a file whose head did not run at all, its stamp the same as
** in the heads' cache, are `kept` there (heads.h, borrowed): they are handed
** to the API's table only when the file is read or a script asks for every
** chapter, and then listed in `chapters` (NULL until then). `head` is the
** file's entry in the heads' cache whether its head ran or not: a file
** dropped (scene_unload_file) hands its chapters back to it, so that a long
** playthrough keeps the declarations of the chapters around it only. */
typedef struct Deferred {
  char *path;       /* "story/ch03_non_conforme.lua" */
  json_t *chapters; /* the ids of the chapters its head declared */
  const HeadsChapter *kept;
  size_t nkept;
  const HeadsChapter *head; /* (borrowed; NULL: the file is in no heads) */
  size_t nhead;
  bool loaded; /* read whole since */
  char *error; /* why it failed to (malloc'd), NULL if it did not */
  char *error_file;
  int error_line;
} Deferred;

struct Scene {
  Script *sc;
  lua_State *L;
  int module;    /* registry ref of the API's table */
  lua_State *co; /* the running scene, kept alive by co_ref */
  int co_ref;
  Rng *rng;
  SceneScreenFn screen;
  void *ud;
  Deferred *deferred; /* in name order */
  int ndeferred, cap;
  bool tracks; /* the story API records the variables set (M.changed) */
};

static void push_module(Scene *sc, lua_State *L)
{
  lua_rawgeti(L, LUA_REGISTRYINDEX, sc->module);
}

static int scene_api_need_all(lua_State *L);
static int scene_api_taken(lua_State *L);

/* random([m [, n]]): math.random's contract over the story's generator. */
static int scene_api_random(lua_State *L)
{
  Scene *sc = lua_touserdata(L, lua_upvalueindex(1));
  lua_Integer lo = 1, hi;
  switch (lua_gettop(L)) {
  case 0:
    lua_pushnumber(L, (lua_Number)(rng_next(sc->rng) >> 8) / (lua_Number)(1u << 24));
    return 1;
  case 1: hi = luaL_checkinteger(L, 1); break;
  default:
    lo = luaL_checkinteger(L, 1);
    hi = luaL_checkinteger(L, 2);
    break;
  }
  luaL_argcheck(L, lo <= hi, lua_gettop(L), "interval is empty");
  lua_pushinteger(L, (lua_Integer)rng_range(sc->rng, lo, hi));
  return 1;
}

/* The variables now, for the screen function (a SceneVarsFn): ctx is the
** running scene's thread, inside scene_api_screen. */
static json_t *screen_vars(void *ctx)
{
  lua_State *L = ctx;
  json_t *vars;
  lua_getfield(L, lua_upvalueindex(2), "vars");
  vars = script_to_json(L, -1, "v");
  lua_pop(L, 1);
  return vars;
}

/* screen(name|nil, bindings|nil, merge): the story API's layout and bind.
** Returns true, or nil and a message (the API raises it at the writer's line). */
static int scene_api_screen(lua_State *L)
{
  Scene *sc = lua_touserdata(L, lua_upvalueindex(1));
  const char *name = luaL_optstring(L, 1, NULL);
  bool merge = lua_toboolean(L, 3), ok;
  json_t *bindings = NULL;
  if (!lua_isnoneornil(L, 2) && !(bindings = script_to_json(L, 2, "bindings")))
    goto fail;
  ok = sc->screen(sc->ud, name, bindings, merge, screen_vars, L);
  json_decref(bindings);
  if (!ok)
    goto fail;
  lua_pushboolean(L, 1);
  return 1;
fail:
  luaL_pushfail(L);
  lua_pushstring(L, err_get());
  return 2;
}

/* nearest(name, names): " (did you mean 'x'?)" for the name in the list
** nearest to name, or "". */
static int scene_api_nearest(lua_State *L)
{
  Nearest near;
  lua_Integer n;
  i18n_nearest_init(&near, luaL_checkstring(L, 1));
  luaL_checktype(L, 2, LUA_TTABLE);
  n = luaL_len(L, 2);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, 2, i);
    i18n_nearest(&near, lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  lua_pushstring(L, i18n_nearest_hint(&near));
  return 1;
}

Scene *scene_open(const ScriptLimits *lim, Rng *rng, SceneScreenFn screen, void *ud)
{
  Scene *sc = mem_calloc(1, sizeof *sc);
  lua_State *L;
  sc->rng = rng;
  sc->screen = screen;
  sc->ud = ud;
  if (!(sc->sc = script_open(lim, false))) {
    free(sc);
    return NULL;
  }
  L = sc->L = script_state(sc->sc);
  if (!script_load(sc->sc, "lua/ficelle/story.lua") || !script_call(sc->sc, 0, 1)) {
    scene_close(sc);
    return NULL;
  }
  sc->module = luaL_ref(L, LUA_REGISTRYINDEX);
  push_module(sc, L);
  sc->tracks = lua_getfield(L, -1, "changed") == LUA_TTABLE; /* (an older story.lua does not) */
  lua_pop(L, 1);
  lua_pushlightuserdata(L, sc);
  lua_pushvalue(L, -2); /* the API's table, for its vars */
  lua_pushcclosure(L, scene_api_screen, 2);
  lua_setfield(L, -2, "screen");
  lua_pushcfunction(L, scene_api_nearest);
  lua_setfield(L, -2, "nearest");
  lua_pushlightuserdata(L, sc);
  lua_pushcclosure(L, scene_api_need_all, 1);
  lua_setfield(L, -2, "need_all");
  lua_pushlightuserdata(L, sc);
  lua_pushcclosure(L, scene_api_taken, 1);
  lua_setfield(L, -2, "taken");
  lua_pop(L, 1);
  lua_pushlightuserdata(L, sc);
  lua_pushcclosure(L, scene_api_random, 1);
  lua_pushvalue(L, -1);
  lua_setglobal(L, "random");
  lua_getglobal(L, "math"); /* random math */
  lua_insert(L, -2);
  lua_setfield(L, -2, "random");
  lua_pushnil(L);
  lua_setfield(L, -2, "randomseed");
  lua_pop(L, 1);
  return sc;
}

void scene_set_interrupt(Scene *sc, ScriptInterrupt fn, void *ud)
{
  script_set_interrupt(sc->sc, fn, ud);
}

void scene_close(Scene *sc)
{
  if (!sc)
    return;
  scene_stop(sc);
  script_close(sc->sc);
  for (int i = 0; i < sc->ndeferred; i++) {
    free(sc->deferred[i].path);
    json_decref(sc->deferred[i].chapters);
    free(sc->deferred[i].error);
    free(sc->deferred[i].error_file);
  }
  free(sc->deferred);
  free(sc);
}

/* Tells the story API which file runs and how (story.lua's loading, header
** and late). */
static void set_loading(Scene *sc, const char *path, bool header, bool late)
{
  push_module(sc, sc->L);
  lua_pushstring(sc->L, path);
  lua_setfield(sc->L, -2, "loading");
  lua_pushboolean(sc->L, header);
  lua_setfield(sc->L, -2, "header");
  lua_pushboolean(sc->L, late);
  lua_setfield(sc->L, -2, "late");
  lua_pop(sc->L, 1);
}

/* Runs text (the whole file, or its head), named after path: false with err,
** and *file and *line where it failed. */
static bool run(Scene *sc, const char *path, const char *text, size_t len, char *file,
                size_t filesz, int *line)
{
  if (script_load_text(sc->sc, path, text, len) && script_call(sc->sc, 0, 0))
    return true;
  snprintf(file, filesz, "%s", path);
  *line = 0;
  script_split_position(err_get(), file, filesz, line);
  return false;
}

/* The ids of the chapters the file's head declared (a new array, maybe
** empty). */
static json_t *declared_by(Scene *sc, const char *path)
{
  lua_State *L = sc->L;
  json_t *ids = json_array();
  push_module(sc, L);
  lua_getfield(L, -1, "chapters");
  for (lua_Integer i = (lua_Integer)lua_rawlen(L, -1); i > 0; i--) {
    lua_rawgeti(L, -1, i);
    lua_getfield(L, -1, "file");
    lua_getfield(L, -2, "id"); /* M chapters def file id */
    if (lua_isstring(L, -2) && lua_isstring(L, -1) && strcmp(lua_tostring(L, -2), path) == 0)
      json_array_append_new(ids, json_string(lua_tostring(L, -1)));
    lua_pop(L, 3);
  }
  lua_pop(L, 2);
  return ids;
}

/* A new entry of the files left for later. */
static Deferred *defer(Scene *sc, const char *path)
{
  Deferred *d;
  if (sc->ndeferred == sc->cap) {
    sc->cap = sc->cap ? 2 * sc->cap : 16;
    sc->deferred = mem_realloc(sc->deferred, (size_t)sc->cap * sizeof *d);
  }
  d = &sc->deferred[sc->ndeferred++];
  memset(d, 0, sizeof *d);
  d->path = mem_strdup(path);
  return d;
}

/* Runs the head of a chapter's file only, and keeps the file for later; or,
** if the file has no head that runs on its own, the whole file. */
static bool load_one(Scene *sc, const char *path, bool all, char *file, size_t filesz, int *line)
{
  size_t len = 0, end;
  bool ok;
  char *text = vfs_read(path, &len);
  json_t *ids = NULL;
  if (!text) {
    snprintf(file, filesz, "%s", path);
    *line = 0;
    return false;
  }
  if (!all && (end = head_end(text, len)) > 0) {
    set_loading(sc, path, true, false);
    if (run(sc, path, text, end, file, filesz, line)
        && json_array_size(ids = declared_by(sc, path)) > 0) {
      Deferred *d = defer(sc, path);
      d->chapters = ids;
      free(text);
      set_loading(sc, "?", false, false);
      return true;
    }
    json_decref(ids);
    /* A head that does not run alone: the whole file (as it is: its card was
    ** blanked) says what is wrong. */
    free(text);
    if (!(text = vfs_read(path, &len))) {
      snprintf(file, filesz, "%s", path);
      *line = 0;
      return false;
    }
  }
  set_loading(sc, path, false, false);
  ok = run(sc, path, text, len, file, filesz, line);
  free(text);
  set_loading(sc, "?", false, false);
  return ok;
}

/* Declares the chapters a file's head declared when it was last run (kept, n
** of them, whose file's stamp is still the file's), without reading the file:
** handed to Lua only when needed (push_kept). */
static void add_kept(Scene *sc, const char *path, const HeadsChapter *kept, size_t n)
{
  Deferred *d = defer(sc, path);
  d->kept = d->head = kept;
  d->nkept = d->nhead = n;
}

/* A kept chapter's declaration as plain data, its file set: a new reference,
** NULL if it does not parse (the heads' checksum makes that unlikely). */
static json_t *kept_decl(const Deferred *d, size_t k)
{
  json_t *def = json_loadb(d->kept[k].decl, d->kept[k].len, 0, NULL);
  if (!json_is_object(def)) {
    json_decref(def);
    return NULL;
  }
  json_object_set_new(def, "file", json_string(d->path));
  return def;
}

/* Hands a file's kept chapters to Lua (into the API's chapters), as their
** heads declared them: before the file is read whole, which then finds them
** there as it would have had their heads run. */
static void push_kept(Scene *sc, Deferred *d)
{
  lua_State *L = sc->L;
  if (!d->kept)
    return;
  push_module(sc, L);
  lua_getfield(L, -1, "chapters"); /* M chapters */
  for (size_t k = 0; k < d->nkept; k++) {
    json_t *def = kept_decl(d, k);
    if (!def)
      continue; /* (reading the file declares it) */
    script_push_json(L, def);
    lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
    json_decref(def);
  }
  lua_pop(L, 2);
  d->chapters = json_array();
  for (size_t k = 0; k < d->nkept; k++)
    json_array_append_new(d->chapters, json_string(d->kept[k].id));
  d->kept = NULL;
  d->nkept = 0;
}

/* need_all(): every chapter into the API's chapters (a script that looks at
** them all: an ending checked against every chapter's endings). */
static int scene_api_need_all(lua_State *L)
{
  Scene *sc = lua_touserdata(L, lua_upvalueindex(1));
  for (int i = 0; i < sc->ndeferred; i++)
    push_kept(sc, &sc->deferred[i]);
  return 0;
}

/* taken(number): the id of a chapter of that number among those kept and not
** yet handed to Lua, or nil (chapter's check that numbers are unique). */
static int scene_api_taken(lua_State *L)
{
  Scene *sc = lua_touserdata(L, lua_upvalueindex(1));
  lua_Integer n = luaL_checkinteger(L, 1);
  for (int i = 0; i < sc->ndeferred; i++)
    for (size_t k = 0; k < sc->deferred[i].nkept; k++)
      if (sc->deferred[i].kept[k].number == n) {
        lua_pushstring(L, sc->deferred[i].kept[k].id);
        return 1;
      }
  lua_pushnil(L);
  return 1;
}

/* The chapters a file's head declared (without their cards), for heads. */
static json_t *head_chapters(Scene *sc, const Deferred *d)
{
  json_t *out = json_array(), *id;
  size_t i;
  json_array_foreach(d->chapters, i, id) {
    json_t *def = scene_chapter(sc, json_string_value(id));
    if (def)
      json_array_append_new(out, def);
  }
  return out;
}

bool scene_load_story(Scene *sc, bool all, Heads *heads, char *file, size_t filesz, int *line)
{
  char **files;
  bool ok = true;
  if (!(files = vfs_list("story")))
    return err_set("story: no story/ folder in %s", vfs_base());
  for (char **f = files; *f && ok; f++) {
    char path[256], stamp[1200];
    size_t n = strlen(*f);
    const HeadsChapter *kept;
    int before = sc->ndeferred;
    if (n < 5 || n > 200 || strcmp(*f + n - 4, ".lua") != 0)
      continue;
    snprintf(path, sizeof path, "story/%s", *f);
    if (!all && heads && vfs_stamp(path, stamp, sizeof stamp)) {
      if ((n = heads_get(heads, path, stamp, &kept)) > 0) {
        add_kept(sc, path, kept, n);
        continue;
      }
      ok = load_one(sc, path, all, file, filesz, line);
      if (ok && sc->ndeferred > before) {
        Deferred *d = &sc->deferred[sc->ndeferred - 1];
        json_t *defs = head_chapters(sc, d);
        heads_put(heads, path, stamp, defs);
        json_decref(defs);
        d->nhead = heads_get(heads, path, stamp, &d->head); /* (0 if it was refused) */
      } else {
        heads_drop(heads, path);
      }
      continue;
    }
    ok = load_one(sc, path, all, file, filesz, line);
  }
  vfs_free_list(files);
  if (heads && ok)
    heads_prune(heads); /* the entries of files gone (a mod taken out) go too */
  return ok;
}

int scene_chapter_count(Scene *sc)
{
  lua_Unsigned n;
  push_module(sc, sc->L);
  lua_getfield(sc->L, -1, "chapters");
  n = lua_rawlen(sc->L, -1);
  lua_pop(sc->L, 2);
  for (int i = 0; i < sc->ndeferred; i++)
    n += sc->deferred[i].nkept;
  return (int)n;
}

const char *scene_deferred(const Scene *sc, int i, bool *loaded)
{
  if (i < 0 || i >= sc->ndeferred)
    return NULL;
  if (loaded)
    *loaded = sc->deferred[i].loaded;
  return sc->deferred[i].path;
}

/* Is chapter the id's chapter ("ch03" of "ch03.bus")? */
static bool is_prefix(const char *chapter, const char *id)
{
  size_t n = strlen(chapter);
  return strncmp(id, chapter, n) == 0 && (id[n] == '\0' || id[n] == '.');
}

const char *scene_file_of(const Scene *sc, const char *id)
{
  for (int i = 0; i < sc->ndeferred; i++) {
    const Deferred *d = &sc->deferred[i];
    const json_t *c;
    size_t k;
    if (d->loaded && !d->error)
      continue;
    json_array_foreach(d->chapters, k, c)
      if (is_prefix(json_string_value(c), id))
        return d->path;
    for (k = 0; k < d->nkept; k++)
      if (is_prefix(d->kept[k].id, id))
        return d->path;
  }
  return NULL;
}

json_t *scene_chapter(Scene *sc, const char *chapter)
{
  lua_State *L = sc->L;
  json_t *def = NULL;
  push_module(sc, L);
  lua_getfield(L, -1, "chapters");
  for (lua_Integer i = (lua_Integer)lua_rawlen(L, -1); i > 0 && !def; i--) {
    lua_rawgeti(L, -1, i);
    lua_getfield(L, -1, "id"); /* M chapters def id */
    if (lua_isstring(L, -1) && strcmp(lua_tostring(L, -1), chapter) == 0)
      def = script_to_json(L, -2, "chapter");
    lua_pop(L, 2);
  }
  lua_pop(L, 2);
  for (int i = sc->ndeferred; i-- > 0 && !def;)
    for (size_t k = sc->deferred[i].nkept; k-- > 0 && !def;)
      if (strcmp(sc->deferred[i].kept[k].id, chapter) == 0)
        def = kept_decl(&sc->deferred[i], k);
  return def;
}

bool scene_load_file(Scene *sc, const char *path, char *file, size_t filesz, int *line)
{
  Deferred *d = NULL;
  size_t len;
  char *text;
  bool ok;
  for (int i = 0; i < sc->ndeferred && !d; i++)
    if (strcmp(sc->deferred[i].path, path) == 0)
      d = &sc->deferred[i];
  if (!d)
    return true; /* read whole at the start */
  if (d->loaded) {
    if (!d->error)
      return true;
    snprintf(file, filesz, "%s", d->error_file);
    *line = d->error_line;
    return err_set("%s", d->error);
  }
  d->loaded = true;
  push_kept(sc, d);
  if (!(text = vfs_read(path, &len))) {
    snprintf(file, filesz, "%s", path);
    *line = 0;
    ok = false;
  } else {
    set_loading(sc, path, false, true);
    ok = run(sc, path, text, len, file, filesz, line);
    set_loading(sc, "?", false, false);
    free(text);
  }
  if (!ok) { /* kept: the file is not run twice, its error is said again */
    d->error = mem_strdup(err_get());
    d->error_file = mem_strdup(file);
    d->error_line = *line;
  }
  return ok;
}

/* Is the table on top of L one of d's chapters as its heads' entry has it (the
** same id and number)? */
static bool from_head(lua_State *L, const Deferred *d)
{
  bool yes = false;
  lua_getfield(L, -1, "file");
  lua_getfield(L, -2, "id");
  lua_getfield(L, -3, "number"); /* ... def file id number */
  if (lua_isstring(L, -3) && strcmp(lua_tostring(L, -3), d->path) == 0 && lua_isstring(L, -2))
    for (size_t k = 0; k < d->nhead && !yes; k++)
      yes = strcmp(d->head[k].id, lua_tostring(L, -2)) == 0
          && lua_tointeger(L, -1) == d->head[k].number;
  lua_pop(L, 3);
  return yes;
}

/* Takes d's chapters out of the API's table, back to its heads' entry (as if
** they had never been handed), if the table holds every one of them as the
** entry has it: a file edited without its stamp changing keeps them there. A
** chapter the whole file declares and its head did not stays. */
static bool hand_back(Scene *sc, Deferred *d)
{
  lua_State *L = sc->L;
  lua_Integer n, i, j = 0;
  size_t found = 0;
  if (d->kept || !d->head)
    return false;
  push_module(sc, L);
  lua_getfield(L, -1, "chapters"); /* M chapters */
  n = (lua_Integer)lua_rawlen(L, -1);
  for (i = 1; i <= n; i++) {
    lua_rawgeti(L, -1, i);
    found += from_head(L, d);
    lua_pop(L, 1);
  }
  if (found != d->nhead) {
    lua_pop(L, 2);
    return false;
  }
  for (i = 1; i <= n; i++) { /* the others moved up, in their order */
    lua_rawgeti(L, -1, i);   /* M chapters def */
    if (from_head(L, d))
      lua_pop(L, 1);
    else
      lua_rawseti(L, -2, ++j);
  }
  for (i = j + 1; i <= n; i++) {
    lua_pushnil(L);
    lua_rawseti(L, -2, i);
  }
  lua_pop(L, 2);
  json_decref(d->chapters); /* (push_kept lists them again) */
  d->chapters = NULL;
  d->kept = d->head;
  d->nkept = d->nhead;
  return true;
}

bool scene_droppable(const Scene *sc, int i)
{
  const Deferred *d = i >= 0 && i < sc->ndeferred ? &sc->deferred[i] : NULL;
  return d && !d->error && (d->loaded || (!d->kept && d->head));
}

bool scene_unload_file(Scene *sc, const char *path)
{
  lua_State *L = sc->L;
  Deferred *d = NULL;
  bool handed;
  for (int i = 0; i < sc->ndeferred && !d; i++)
    if (strcmp(sc->deferred[i].path, path) == 0)
      d = &sc->deferred[i];
  if (!d || d->error)
    return false;
  handed = hand_back(sc, d);
  if (!d->loaded)
    return handed;
  d->loaded = false;
  push_module(sc, L);
  lua_getfield(L, -1, "scenes");
  lua_pushnil(L);
  while (lua_next(L, -2)) { /* M scenes id def */
    lua_getfield(L, -1, "file");
    if (lua_isstring(L, -1) && strcmp(lua_tostring(L, -1), path) == 0) {
      lua_pushvalue(L, -3);
      lua_pushnil(L);
      lua_rawset(L, -6); /* clearing a field lua_next has passed is allowed */
    }
    lua_pop(L, 2);
  }
  lua_pop(L, 2);
  return true;
}

void scene_declarations(Scene *sc, json_t **chapters, json_t **scenes, json_t *warnings)
{
  lua_State *L = sc->L;
  size_t n;
  push_module(sc, L);
  lua_getfield(L, -1, "chapters");
  /* The chapter tables hold no functions once normalised, but a writer may add
  ** any field: keep what converts, report the rest. */
  if (!(*chapters = script_to_json(L, -1, "chapter"))) {
    json_array_append_new(warnings, json_string(err_get()));
    *chapters = json_array();
  } else if (!json_is_array(*chapters)) { /* an empty table: {} */
    json_decref(*chapters);
    *chapters = json_array();
  }
  lua_pop(L, 1);
  for (int i = 0; i < sc->ndeferred; i++)
    for (size_t k = 0; k < sc->deferred[i].nkept; k++) {
      const HeadsChapter *c = &sc->deferred[i].kept[k];
      json_t *summary = json_object();
      json_object_set_new_nocheck(summary, "id", json_string(c->id));
      json_object_set_new_nocheck(summary, "number", json_integer(c->number));
      json_object_set_new_nocheck(summary, "side", json_string(c->side));
      json_object_set_new_nocheck(summary, "file", json_string(sc->deferred[i].path));
      json_object_set_new_nocheck(summary, "kept", json_true());
      json_array_append_new(*chapters, summary);
    }
  *scenes = json_array();
  lua_getfield(L, -1, "scenes");
  lua_pushnil(L);
  while (lua_next(L, -2)) { /* M scenes id def */
    json_t *s = json_object();
    lua_Debug ar;
    json_object_set_new(s, "id", json_string(lua_tostring(L, -2)));
    lua_getfield(L, -1, "file");
    json_object_set_new(s, "file", json_string(lua_tostring(L, -1)));
    lua_pop(L, 1);
    lua_getfield(L, -1, "fn"); /* M scenes id def fn */
    lua_getinfo(L, ">S", &ar);
    json_object_set_new(s, "line", json_integer(ar.linedefined));
    json_object_set_new(s, "last", json_integer(ar.lastlinedefined));
    json_array_append_new(*scenes, s);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  lua_getfield(L, -1, "replaced");
  n = lua_rawlen(L, -1);
  for (size_t i = 1; i <= n; i++) {
    char msg[256];
    lua_rawgeti(L, -1, (lua_Integer)i);
    snprintf(msg, sizeof msg, "scene '%s' is declared more than once: the last one is used",
             lua_tostring(L, -1));
    json_array_append_new(warnings, json_string(msg));
    lua_pop(L, 1);
  }
  lua_pop(L, 2);
}

json_t *scene_get(Scene *sc, const char *table)
{
  json_t *j;
  push_module(sc, sc->L);
  lua_getfield(sc->L, -1, table);
  j = script_to_json(sc->L, -1, strcmp(table, "vars") == 0 ? "v" : table);
  lua_pop(sc->L, 2);
  return j;
}

/* Forgets which variables changed (M.changed, M.tables_read): the module
** table is at the top of the stack. */
static void forget_changes(lua_State *L)
{
  lua_newtable(L);
  lua_setfield(L, -2, "changed");
  lua_pushboolean(L, false);
  lua_setfield(L, -2, "tables_read");
}

bool scene_tracks_changes(const Scene *sc)
{
  return sc->tracks;
}

bool scene_changes(Scene *sc, json_t **changes)
{
  lua_State *L = sc->L;
  json_t *out = changes ? json_object() : NULL;
  bool tables;
  push_module(sc, L);
  lua_getfield(L, -1, "vars");    /* M vars */
  lua_getfield(L, -2, "changed"); /* M vars changed */
  lua_getfield(L, -3, "tables_read");
  tables = lua_toboolean(L, -1);
  lua_pop(L, 1);
  if (tables) { /* every table variable counts as changed */
    lua_pushnil(L);
    while (lua_next(L, -3)) { /* M vars changed name value */
      if (lua_type(L, -1) == LUA_TTABLE) {
        lua_pushvalue(L, -2);
        lua_pushboolean(L, true);
        lua_rawset(L, -5);
      }
      lua_pop(L, 1);
    }
  }
  if (out)
    lua_pushnil(L);
  while (out && lua_next(L, -2)) { /* M vars changed name true */
    json_t *val;
    char what[160];
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING)
      continue;
    lua_pushvalue(L, -1);
    lua_rawget(L, -4); /* M vars changed name value */
    snprintf(what, sizeof what, "v.%s", lua_tostring(L, -2));
    val = lua_isnil(L, -1) ? json_null() : script_to_json(L, -1, what);
    lua_pop(L, 1);
    if (!val) {
      json_decref(out);
      lua_pop(L, 4);
      return false;
    }
    json_object_set_new(out, lua_tostring(L, -1), val);
  }
  lua_pop(L, 2);
  forget_changes(L);
  lua_pop(L, 1);
  if (changes)
    *changes = out;
  return true;
}

/* What scene_set and scene_default ask of the Lua side, run in a protected
** call: pushing a save's variables allocates, and past the memory cap Lua
** raises an error that, unprotected, would abort the engine. */
typedef struct Moving {
  Scene *sc;
  const char *table;   /* scene_set: the table to replace */
  const json_t *value; /* ... its new content, or scene_default's defaults */
} Moving;

static int scene_set_protected(lua_State *L)
{
  Moving *m = lua_touserdata(L, 1);
  push_module(m->sc, L);
  script_push_json(L, m->value);
  lua_setfield(L, -2, m->table);
  if (strcmp(m->table, "vars") == 0)
    forget_changes(L);
  return 0;
}

static int scene_default_protected(lua_State *L)
{
  Moving *m = lua_touserdata(L, 1);
  const char *key;
  json_t *val;
  push_module(m->sc, L);
  lua_getfield(L, -1, "vars");    /* m M vars */
  lua_getfield(L, -2, "changed"); /* m M vars changed */
  json_object_foreach((json_t *)m->value, key, val) {
    if (lua_getfield(L, -2, key) == LUA_TNIL) {
      script_push_json(L, val);
      lua_setfield(L, -4, key);
      lua_pushboolean(L, true);
      lua_setfield(L, -3, key);
    }
    lua_pop(L, 1);
  }
  return 0;
}

static bool protected(Scene *sc, lua_CFunction fn, Moving *m)
{
  lua_pushcfunction(sc->L, fn);
  lua_pushlightuserdata(sc->L, m);
  return script_call(sc->sc, 1, 0);
}

bool scene_set(Scene *sc, const char *table, const json_t *value)
{
  Moving m = { sc, table, value };
  return protected(sc, scene_set_protected, &m);
}

bool scene_default(Scene *sc, const json_t *defaults)
{
  Moving m = { sc, NULL, defaults };
  return protected(sc, scene_default_protected, &m);
}

bool scene_exists(Scene *sc, const char *id)
{
  bool yes;
  push_module(sc, sc->L);
  lua_getfield(sc->L, -1, "scenes");
  yes = lua_getfield(sc->L, -1, id) == LUA_TTABLE;
  lua_pop(sc->L, 3);
  return yes;
}

/* scene_watch's, in a protected call (see Moving): M.watch from m->value's
** names (none: nil), M.watched a new empty list. */
static int scene_watch_protected(lua_State *L)
{
  Moving *m = lua_touserdata(L, 1);
  const char *name;
  json_t *val;
  push_module(m->sc, L);
  if (m->value && json_object_size(m->value) > 0) {
    lua_createtable(L, 0, (int)json_object_size(m->value));
    json_object_foreach((json_t *)m->value, name, val) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, name);
    }
  } else {
    lua_pushnil(L);
  }
  lua_setfield(L, -2, "watch");
  lua_newtable(L);
  lua_setfield(L, -2, "watched");
  return 0;
}

/* scene_note's, protected: m->table (a name), noted if M.watch holds it. */
static int scene_note_protected(lua_State *L)
{
  Moving *m = lua_touserdata(L, 1);
  push_module(m->sc, L);
  if (lua_getfield(L, -1, "watch") == LUA_TTABLE && lua_getfield(L, -1, m->table) != LUA_TNIL
      && lua_getfield(L, -3, "watched") == LUA_TTABLE) { /* M watch w watched */
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    lua_pushstring(L, m->table);
    lua_rawseti(L, -2, n + 1);
    if (lua_getfield(L, -4, "here") != LUA_TSTRING) {
      lua_pop(L, 1);
      lua_pushliteral(L, "");
    }
    lua_rawseti(L, -2, n + 2);
  }
  return 0;
}

/* A new empty M.watched, in a protected call. */
static int scene_forget_protected(lua_State *L)
{
  Moving *m = lua_touserdata(L, 1);
  push_module(m->sc, L);
  lua_newtable(L);
  lua_setfield(L, -2, "watched");
  return 0;
}

bool scene_watch(Scene *sc, const json_t *names)
{
  Moving m = { sc, NULL, names };
  bool able;
  push_module(sc, sc->L);
  able = lua_getfield(sc->L, -1, "watched") == LUA_TTABLE;
  lua_pop(sc->L, 2);
  return able && protected(sc, scene_watch_protected, &m);
}

void scene_note(Scene *sc, const char *name)
{
  Moving m = { sc, name, NULL };
  protected(sc, scene_note_protected, &m);
}

json_t *scene_watched(Scene *sc)
{
  lua_State *L = sc->L;
  json_t *out = NULL;
  lua_Integer n;
  push_module(sc, L);
  if (lua_getfield(L, -1, "watched") == LUA_TTABLE && (n = (lua_Integer)lua_rawlen(L, -1)) > 0) {
    out = json_array(); /* (reading the strings there allocates nothing in Lua) */
    for (lua_Integer i = 1; i + 1 <= n; i += 2) {
      lua_rawgeti(L, -1, i);
      lua_rawgeti(L, -2, i + 1);
      if (lua_type(L, -2) == LUA_TSTRING)
        json_array_append_new(out,
                              json_pack("[ss]", lua_tostring(L, -2),
                                        lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : ""));
      lua_pop(L, 2);
    }
  }
  lua_pop(L, 2);
  if (out) {
    Moving m = { sc, NULL, NULL };
    protected(sc, scene_forget_protected, &m);
  }
  return out;
}

bool scene_enter(Scene *sc, const char *id)
{
  lua_State *L = sc->L;
  push_module(sc, L);
  lua_getfield(L, -1, "scenes");
  if (lua_getfield(L, -1, id) != LUA_TTABLE) { /* M scenes def */
    lua_pop(L, 3);
    return false;
  }
  lua_getfield(L, -3, "visits"); /* M scenes def visits */
  lua_getfield(L, -1, id);
  lua_pushinteger(L, lua_tointeger(L, -1) + 1);
  lua_setfield(L, -3, id);
  lua_pop(L, 2);
  lua_pushinteger(L, 0); /* out of any sensitive passage */
  lua_setfield(L, -4, "sensitive");
  lua_newtable(L); /* no line recapped yet */
  lua_setfield(L, -4, "recaps");
  lua_pushstring(L, id); /* where reads are noted (scene_watch) */
  lua_setfield(L, -4, "here");
  scene_stop(sc);
  sc->co = lua_newthread(L);
  sc->co_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_getfield(L, -1, "fn");
  lua_xmove(L, sc->co, 1);
  lua_pop(L, 3);
  return true;
}

SceneStatus scene_resume(Scene *sc, int choice, json_t **request, char *file, size_t filesz,
                         int *line)
{
  int nres = 0, status;
  *request = NULL;
  if (!sc->co) {
    err_set("no scene is running");
    return SCENE_FAILED;
  }
  if (choice > 0)
    lua_pushinteger(sc->co, choice);
  status = script_resume(sc->sc, sc->co, choice > 0, &nres, file, filesz, line);
  if (status == LUA_OK)
    return SCENE_DONE;
  if (status != LUA_YIELD)
    return SCENE_FAILED;
  *request = nres >= 1 ? script_to_json(sc->co, -1, "request") : NULL;
  lua_pop(sc->co, nres);
  scene_where(sc, file, filesz, line);
  if (!*request || !json_is_string(json_object_get(*request, "kind"))) {
    char why[ERR_MAX];
    snprintf(why, sizeof why, "%s",
             *request ? "a scene yielded something that is not a request" : err_get());
    json_decref(*request);
    *request = NULL;
    err_set("%s:%d: %s", file, *line, why);
    return SCENE_FAILED;
  }
  return SCENE_REQUEST;
}

void scene_where(Scene *sc, char *file, size_t filesz, int *line)
{
  if (!sc->co) {
    snprintf(file, filesz, "%s", "");
    *line = 0;
    return;
  }
  script_where(sc->co, file, filesz, line);
}

void scene_stop(Scene *sc)
{
  if (sc->co) {
    luaL_unref(sc->L, LUA_REGISTRYINDEX, sc->co_ref);
    sc->co = NULL;
  }
}
