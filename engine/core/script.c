/*
** script: the sandboxed Lua state (see script.h).
** The Script sits in the state's extra space, which Lua copies into every new
** thread, so the count hook and the allocator find the limits from any
** coroutine.
*/
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <lauxlib.h>
#include <lualib.h>

#include "err.h"
#include "mem.h"
#include "pattern.h"
#include "script.h"
#include "vfs.h"

#define HOOK_EVERY 1000 /* instructions between two looks at the budget */

struct Script {
  lua_State *L;
  long budget;      /* instructions per step */
  long count;       /* instructions (and counted C steps) in this step */
  size_t cap, used; /* memory */
  bool over;        /* the budget was exceeded in this step */
  double seconds;   /* wall clock per step */
  double deadline;  /* when the step's time is up (script_now) */
  double next_poll; /* when to ask interrupt next */
  ScriptInterrupt interrupt;
  void *interrupt_ud;
};

static Script *get_script(lua_State *L)
{
  return *(Script **)lua_getextraspace(L);
}

/* Seconds on a monotonic clock: a step's time, whatever the system clock does. */
static double script_now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
  Script *sc = ud;
  size_t old = ptr ? osize : 0; /* without ptr, osize is a type tag */
  if (nsize == 0) {
    free(ptr);
    sc->used -= old;
    return NULL;
  }
  if (nsize > old && sc->used + (nsize - old) > sc->cap)
    return NULL; /* Lua raises "not enough memory" */
  ptr = realloc(ptr, nsize);
  if (ptr)
    sc->used = sc->used - old + nsize;
  return ptr;
}

/* Has the step spent its instructions or its time, or been interrupted? The
** reason (what the writer reads after "file:line: <what> ") or NULL. */
static const char *spent(Script *sc, char *why, size_t size)
{
  double now;
  if (sc->count > sc->budget) {
    snprintf(why, size, "ran more than %ld million instructions in one step (an endless loop?)",
             sc->budget / 1000000);
    return why;
  }
  now = script_now();
  if (now > sc->deadline) {
    snprintf(why, size, "ran for more than %g seconds in one step (an endless loop?)", sc->seconds);
    return why;
  }
  if (sc->interrupt && now >= sc->next_poll) {
    sc->next_poll = now + SCRIPT_POLL_MS / 1000.0;
    if (sc->interrupt(sc->interrupt_ud)) {
      snprintf(why, size,
               "was stopped by the reader after %.1f seconds (Esc, or the window closed)",
               now - (sc->deadline - sc->seconds));
      return why;
    }
  }
  return NULL;
}

/* Raises "file:line: <what> <why>" at the first Lua line from the given
** level of L's stack up (0: the running function; 1: the caller of a C
** function, or further up if a tail call or C function took its place). */
static int raise_spent(lua_State *L, int level, const char *what, const char *why)
{
  lua_Debug ar;
  get_script(L)->over = true;
  for (; lua_getstack(L, level, &ar); level++)
    if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0)
      return luaL_error(L, "%s:%d: %s %s", ar.short_src, ar.currentline, what, why);
  return luaL_error(L, "%s %s", what, why);
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
  Script *sc = get_script(L);
  char why[160];
  (void)ar;
  sc->count += HOOK_EVERY;
  if (spent(sc, why, sizeof why))
    raise_spent(L, 0, "the scene", why);
}

void script_charge(lua_State *L, long steps, const char *what)
{
  Script *sc = get_script(L);
  char why[160];
  sc->count += steps;
  if (spent(sc, why, sizeof why))
    raise_spent(L, 1, what, why);
}

/* --- The sandbox's own versions of a few base functions ---------------------- */

/* pcall and xpcall that cannot swallow the budget or the memory cap: a scene
** that catches those errors in a loop would otherwise never stop. */
static int finish_pcall(lua_State *L, int status, lua_KContext extra)
{
  Script *sc = get_script(L);
  if ((status != LUA_OK && status != LUA_YIELD) && (sc->over || status == LUA_ERRMEM))
    return lua_error(L);
  if (status != LUA_OK && status != LUA_YIELD) {
    lua_pushboolean(L, 0);
    lua_pushvalue(L, -2);
    return 2;
  }
  return lua_gettop(L) - (int)extra;
}

static int sandbox_pcall(lua_State *L)
{
  int status;
  luaL_checkany(L, 1);
  lua_pushboolean(L, 1);
  lua_insert(L, 1);
  status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finish_pcall);
  return finish_pcall(L, status, 0);
}

static int sandbox_xpcall(lua_State *L)
{
  int status, n = lua_gettop(L);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushboolean(L, 1);
  lua_pushvalue(L, 1);
  lua_rotate(L, 3, 2); /* ... handler true f args */
  status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finish_pcall);
  return finish_pcall(L, status, 2);
}

/* load(chunk [, name [, mode [, env]]]) for text only. */
static int sandbox_load(lua_State *L)
{
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  const char *name = luaL_optstring(L, 2, "=(load)");
  const char *mode = luaL_optstring(L, 3, "t");
  int env = !lua_isnone(L, 4) ? 4 : 0;
  if (strchr(mode, 'b'))
    return luaL_error(L, "binary chunks are not allowed in a story");
  if (luaL_loadbufferx(L, s, len, name, "t") != LUA_OK) {
    luaL_pushfail(L);
    lua_insert(L, -2);
    return 2;
  }
  if (env) {
    lua_pushvalue(L, env);
    if (!lua_setupvalue(L, -2, 1))
      lua_pop(L, 1);
  }
  return 1;
}

/* require(name): lua/<name>.lua, then story/<name>.lua, dots as folders; each
** module runs once and its value is kept in the registry table _LOADED. */
static bool load_on(lua_State *L, const char *path);

static int sandbox_require(lua_State *L)
{
  const char *name = luaL_checkstring(L, 1);
  static const char *const roots[] = { "lua/", "story/" };
  char path[512];
  lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  if (lua_getfield(L, -1, name) != LUA_TNIL)
    return 1;
  lua_pop(L, 1);
  for (size_t i = 0; i < 2; i++) {
    size_t n = (size_t)snprintf(path, sizeof path, "%s%s", roots[i], name);
    for (size_t k = strlen(roots[i]); k < n && k < sizeof path; k++)
      if (path[k] == '.')
        path[k] = '/';
    strncat(path, ".lua", sizeof path - strlen(path) - 1);
    if (vfs_exists(path)) {
      if (!load_on(L, path))
        return luaL_error(L, "%s", err_get());
      lua_pushstring(L, name);
      lua_call(L, 1, 1);
      if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
      }
      lua_pushvalue(L, -1);
      lua_setfield(L, -3, name); /* _LOADED[name] = value */
      return 1;
    }
  }
  return luaL_error(L,
                    "module '%s' not found in the story's lua/ or story/ folders "
                    "(only Lua text modules of the story can be required)",
                    name);
}

static int sandbox_print(lua_State *L)
{
  int n = lua_gettop(L);
  fputs("[story] ", stderr);
  for (int i = 1; i <= n; i++) {
    fputs(luaL_tolstring(L, i, NULL), stderr);
    fputs(i < n ? "\t" : "\n", stderr);
    lua_pop(L, 1);
  }
  if (n == 0)
    fputc('\n', stderr);
  return 0;
}

/* setmetatable without finalisers: a __gc runs inside a garbage collection,
** where Lua runs no hook, so no instruction budget could stop one that loops
** (the engine would hang at the next collection, or at exit). */
static int sandbox_setmetatable(lua_State *L)
{
  if (lua_istable(L, 2) && lua_getfield(L, 2, "__gc") != LUA_TNIL)
    return luaL_error(L,
                      "setmetatable: __gc is not allowed in a story (a finaliser runs "
                      "where nothing can stop it)");
  lua_settop(L, 2);
  lua_pushvalue(L, lua_upvalueindex(1)); /* t mt setmetatable */
  lua_insert(L, 1);
  lua_call(L, 2, 1);
  return 1;
}

static void open_sandbox(lua_State *L)
{
  static const luaL_Reg libs[] = { { LUA_GNAME, luaopen_base },
                                   { LUA_STRLIBNAME, luaopen_string },
                                   { LUA_TABLIBNAME, luaopen_table },
                                   { LUA_MATHLIBNAME, luaopen_math },
                                   { LUA_UTF8LIBNAME, luaopen_utf8 },
                                   { LUA_COLIBNAME, luaopen_coroutine },
                                   { NULL, NULL } };
  static const char *const removed[] = { "dofile", "loadfile", "collectgarbage", NULL };
  static const luaL_Reg replaced[] = { { "load", sandbox_load },     { "pcall", sandbox_pcall },
                                       { "xpcall", sandbox_xpcall }, { "require", sandbox_require },
                                       { "print", sandbox_print },   { NULL, NULL } };
  for (const luaL_Reg *lib = libs; lib->func; lib++) {
    luaL_requiref(L, lib->name, lib->func, 1);
    lua_pop(L, 1);
  }
  lua_pushglobaltable(L);
  for (const char *const *p = removed; *p; p++) {
    lua_pushnil(L);
    lua_setfield(L, -2, *p);
  }
  luaL_setfuncs(L, replaced, 0);
  lua_getfield(L, -1, "setmetatable");
  lua_pushcclosure(L, sandbox_setmetatable, 1);
  lua_setfield(L, -2, "setmetatable");
  lua_getfield(L, -1, "string");
  lua_pushnil(L);
  lua_setfield(L, -2, "dump");
  lua_pop(L, 2);
  pattern_open(L);
  /* The strings' metatable is shared by every scene and by the engine's own
  ** API: getmetatable("") gives a string, not the table to change. */
  lua_pushliteral(L, "");
  if (lua_getmetatable(L, -1)) {
    lua_pushliteral(L, "the strings' metatable is the engine's");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

/* --- The state ----------------------------------------------------------------- */

Script *script_open(const ScriptLimits *lim, bool bare)
{
  Script *sc = mem_calloc(1, sizeof *sc);
  if (!sc)
    return err_set("script: out of memory"), NULL;
  sc->budget = lim && lim->instructions > 0 ? lim->instructions : 50000000L;
  sc->cap = lim && lim->memory > 0 ? lim->memory : (size_t)256 << 20;
  sc->seconds = lim && lim->seconds > 0 ? lim->seconds : 5.0;
  sc->L = lua_newstate(sandbox_alloc, sc);
  if (!sc->L) {
    free(sc);
    return err_set("script: cannot create a Lua state"), NULL;
  }
  *(Script **)lua_getextraspace(sc->L) = sc;
  lua_sethook(sc->L, count_hook, LUA_MASKCOUNT, HOOK_EVERY);
  script_budget_reset(sc);
  if (!bare)
    open_sandbox(sc->L);
  return sc;
}

void script_close(Script *sc)
{
  if (!sc)
    return;
  lua_close(sc->L);
  free(sc);
}

lua_State *script_state(Script *sc)
{
  return sc->L;
}

void script_budget_reset(Script *sc)
{
  double now = script_now();
  sc->count = 0;
  sc->over = false;
  sc->deadline = now + sc->seconds;
  sc->next_poll = now + SCRIPT_POLL_MS / 1000.0;
}

void script_set_interrupt(Script *sc, ScriptInterrupt fn, void *ud)
{
  sc->interrupt = fn;
  sc->interrupt_ud = ud;
}

/* Loads a text chunk onto L's stack: the main state's, or a running scene's
** when a scene requires a module (the chunk must be where the caller is). */
static bool load_on(lua_State *L, const char *path)
{
  size_t len;
  char *src = vfs_read(path, &len), chunkname[512];
  int status;
  if (!src)
    return false;
  snprintf(chunkname, sizeof chunkname, "@%s", path);
  status = luaL_loadbufferx(L, src, len, chunkname, "t");
  free(src);
  if (status != LUA_OK) {
    err_set("%s", lua_tostring(L, -1));
    lua_pop(L, 1);
    return false;
  }
  return true;
}

bool script_load(Script *sc, const char *path)
{
  return load_on(sc->L, path);
}

bool script_load_text(Script *sc, const char *path, const char *text, size_t len)
{
  char chunkname[512];
  snprintf(chunkname, sizeof chunkname, "@%s", path);
  if (luaL_loadbufferx(sc->L, text, len, chunkname, "t") != LUA_OK) {
    err_set("%s", lua_tostring(sc->L, -1));
    lua_pop(sc->L, 1);
    return false;
  }
  return true;
}

static int msghandler(lua_State *L)
{
  const char *msg = lua_tostring(L, 1);
  if (!msg)
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  luaL_traceback(L, L, msg, 1);
  return 1;
}

bool script_call(Script *sc, int nargs, int nresults)
{
  lua_State *L = sc->L;
  int base = lua_gettop(L) - nargs, status;
  lua_pushcfunction(L, msghandler);
  lua_insert(L, base);
  script_budget_reset(sc);
  status = lua_pcall(L, nargs, nresults, base);
  lua_remove(L, base);
  if (status != LUA_OK) {
    err_set("%s", lua_tostring(L, -1));
    lua_pop(L, 1);
    lua_gc(L, LUA_GCCOLLECT);
    return false;
  }
  return true;
}

void script_split_position(const char *msg, char *file, size_t filesz, int *line)
{
  const char *p = strstr(msg, ".lua:");
  if (p && (size_t)(p + 4 - msg) < filesz) {
    memcpy(file, msg, (size_t)(p + 4 - msg));
    file[p + 4 - msg] = '\0';
    *line = atoi(p + 5);
  }
}

/* The first frame of co that runs a story or mod file (not the engine's lua/). */
void script_where(lua_State *co, char *file, size_t filesz, int *line)
{
  lua_Debug ar;
  const char *fallback = NULL;
  int fallback_line = 0;
  for (int level = 0; lua_getstack(co, level, &ar); level++) {
    if (!lua_getinfo(co, "Sl", &ar) || ar.currentline <= 0 || ar.source[0] != '@')
      continue;
    if (strncmp(ar.source, "@lua/", 5) != 0) {
      snprintf(file, filesz, "%s", ar.source + 1);
      *line = ar.currentline;
      return;
    }
    if (!fallback) {
      fallback = ar.source + 1;
      fallback_line = ar.currentline;
    }
  }
  snprintf(file, filesz, "%s", fallback ? fallback : "");
  *line = fallback_line;
}

/* Does msg begin with a position, "file.lua:LINE: "? */
static bool positioned(const char *msg)
{
  size_t k = strcspn(msg, " :");
  const char *p = msg + k;
  if (k < 5 || strncmp(p - 4, ".lua", 4) != 0 || *p != ':' || !isdigit((unsigned char)p[1]))
    return false;
  for (p++; isdigit((unsigned char)*p); p++)
    ;
  return p[0] == ':' && p[1] == ' ';
}

int script_resume(Script *sc, lua_State *co, int nargs, int *nres, char *file, size_t filesz,
                  int *line)
{
  int status;
  char where[256];
  int wline = 0;
  script_budget_reset(sc);
  status = lua_resume(co, sc->L, nargs, nres);
  if (status == LUA_OK || status == LUA_YIELD)
    return status;
  script_where(co, where, sizeof where, &wline);
  {
    const char *msg = lua_tostring(co, -1);
    size_t n = strlen(where);
    if (!msg)
      msg = "(error object is not a string)";
    if (status == LUA_ERRMEM)
      msg = "the scene used more memory than a story may (an endless allocation?)";
    /* Lua's message starts with "file:line: " where it knows them (a story
    ** library's error names its caller's line: error(msg, 2)); where it does
    ** not (memory), add the story's frame. */
    if (n && strncmp(msg, where, n) != 0 && wline > 0 && !positioned(msg))
      err_set("%s:%d: %s", where, wline, msg);
    else
      err_set("%s", msg);
    /* Prefer the position in the message: it is where the error was raised. */
    script_split_position(msg, where, sizeof where, &wline);
  }
  if (file)
    snprintf(file, filesz, "%s", where);
  if (line)
    *line = wline;
  lua_gc(sc->L, LUA_GCCOLLECT);
  return status;
}

/* --- Plain data -------------------------------------------------------------- */

/* Where a value is in what script_to_json converts, as a chain up to its
** root (key NULL: index in a list); written out only for an error message,
** as every request a scene makes is converted (the names written out at each
** key were a fortieth of what the checker spent). */
typedef struct JsonPath {
  const struct JsonPath *up;
  const char *key;
  lua_Integer index;
} JsonPath;

static void path_text(const JsonPath *p, MemBuf *b)
{
  char n[32];
  if (p->up) {
    path_text(p->up, b);
    if (p->key) {
      mem_buf_add(b, ".", 1);
    } else {
      snprintf(n, sizeof n, "[%lld]", (long long)p->index);
      mem_buf_add(b, n, strlen(n));
      return;
    }
  }
  mem_buf_add(b, p->key, strlen(p->key));
}

/* err_set("PATH: why"): NULL, for a return. */
static json_t *path_err(const JsonPath *p, const char *why)
{
  MemBuf b = { 0 };
  path_text(p, &b);
  err_set("%s: %s", b.s, why);
  free(b.s);
  return NULL;
}

static json_t *to_json(lua_State *L, int idx, const JsonPath *path, int depth);

static json_t *table_to_json(lua_State *L, int idx, const JsonPath *path, int depth)
{
  lua_Integer n = (lua_Integer)lua_rawlen(L, idx), count = 0;
  bool seq = true;
  json_t *out;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    count++;
    if (!lua_isinteger(L, -2) || lua_tointeger(L, -2) < 1 || lua_tointeger(L, -2) > n)
      seq = false;
    lua_pop(L, 1);
  }
  if (count == 0)
    return json_object();
  if (seq && count == n) {
    out = json_array();
    for (lua_Integer i = 1; i <= n; i++) {
      JsonPath at = { path, NULL, i };
      json_t *item;
      lua_rawgeti(L, idx, i);
      item = to_json(L, lua_gettop(L), &at, depth + 1);
      lua_pop(L, 1);
      if (!item)
        return json_decref(out), NULL;
      json_array_append_new(out, item);
    }
    return out;
  }
  out = json_object();
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    JsonPath at = { path, NULL, 0 };
    json_t *item;
    if (lua_type(L, -2) != LUA_TSTRING) {
      path_err(path,
               "a table with both a list and names, or keys that are not "
               "strings, cannot be saved");
      lua_pop(L, 2);
      return json_decref(out), NULL;
    }
    at.key = lua_tostring(L, -2);
    item = to_json(L, lua_gettop(L), &at, depth + 1);
    if (!item) {
      lua_pop(L, 2);
      return json_decref(out), NULL;
    }
    json_object_set_new(out, at.key, item);
    lua_pop(L, 1);
  }
  return out;
}

static json_t *to_json(lua_State *L, int idx, const JsonPath *path, int depth)
{
  if (depth > 32)
    return path_err(path, "tables nested too deep (a cycle?)");
  switch (lua_type(L, idx)) {
  case LUA_TNIL: return json_null();
  case LUA_TBOOLEAN: return json_boolean(lua_toboolean(L, idx));
  case LUA_TNUMBER:
    if (lua_isinteger(L, idx))
      return json_integer((json_int_t)lua_tointeger(L, idx));
    if (!isfinite(lua_tonumber(L, idx)))
      return path_err(path, "an infinite number cannot be saved");
    return json_real(lua_tonumber(L, idx));
  case LUA_TSTRING: {
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    json_t *j = json_stringn(s, len);
    if (!j)
      path_err(path, "a string that is not UTF-8 cannot be saved");
    return j;
  }
  case LUA_TTABLE:
    if (!lua_checkstack(L, 4))
      return path_err(path, "too deep");
    return table_to_json(L, lua_absindex(L, idx), path, depth);
  default: {
    char why[128];
    snprintf(why, sizeof why,
             "a %s cannot be saved (only numbers, strings, booleans and tables of them)",
             luaL_typename(L, idx));
    return path_err(path, why);
  }
  }
}

json_t *script_to_json(lua_State *L, int idx, const char *what)
{
  JsonPath root = { NULL, what ? what : "value", 0 };
  return to_json(L, lua_absindex(L, idx), &root, 0);
}

void script_push_json(lua_State *L, const json_t *j)
{
  luaL_checkstack(L, 4, "JSON too deep");
  switch (json_typeof(j)) {
  case JSON_OBJECT: {
    const char *key;
    json_t *val;
    lua_createtable(L, 0, (int)json_object_size(j));
    json_object_foreach((json_t *)j, key, val) {
      script_push_json(L, val);
      lua_setfield(L, -2, key);
    }
    break;
  }
  case JSON_ARRAY: {
    size_t i;
    json_t *val;
    lua_createtable(L, (int)json_array_size(j), 0);
    json_array_foreach(j, i, val) {
      script_push_json(L, val);
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    break;
  }
  case JSON_STRING: lua_pushlstring(L, json_string_value(j), json_string_length(j)); break;
  case JSON_INTEGER: lua_pushinteger(L, (lua_Integer)json_integer_value(j)); break;
  case JSON_REAL: lua_pushnumber(L, json_real_value(j)); break;
  case JSON_TRUE: lua_pushboolean(L, 1); break;
  case JSON_FALSE: lua_pushboolean(L, 0); break;
  case JSON_NULL: lua_pushnil(L); break;
  }
}

json_t *script_eval_data(const char *path)
{
  ScriptLimits lim = { 1000000L, (size_t)16 << 20, 0 };
  Script *sc = script_open(&lim, true);
  json_t *out = NULL;
  if (!sc)
    return NULL;
  if (script_load(sc, path) && script_call(sc, 0, 1)) {
    if (lua_type(sc->L, -1) != LUA_TTABLE)
      err_set("%s: a data file must return a table", path);
    else
      out = script_to_json(sc->L, -1, path);
  }
  script_close(sc);
  return out;
}
