/*
** script: the Lua 5.4 sandbox the story runs in. No os, io, debug or package
** library, no binary chunks, `require` only from the archive's lua/ and story/
** folders, an instruction budget per step and a cap on memory, so that a broken
** or hostile scene gets a clear error and the engine goes on.
*/
#ifndef FICELLE_SCRIPT_H
#define FICELLE_SCRIPT_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>
#include <lua.h>

typedef struct Script Script;

/* Asked about every SCRIPT_POLL_MS while a step runs: true stops the step with
** an error (the reader closed the window). */
typedef bool (*ScriptInterrupt)(void *ud);
#define SCRIPT_POLL_MS 50

typedef struct ScriptLimits {
  long instructions; /* per step (script_budget_reset); 0: 50 million */
  size_t memory;     /* bytes; 0: 256 MiB */
  double seconds;    /* wall clock per step; 0: 5 */
} ScriptLimits;

/* Creates a sandboxed state with the safe standard functions (base without
** dofile/loadfile, string without dump, table, math, utf8, coroutine), a
** text-only `load`, `require` over the vfs, and `print` to stderr. bare: no
** library at all (for data files). NULL and err_get() on failure. */
Script *script_open(const ScriptLimits *lim, bool bare);
void script_close(Script *sc);
lua_State *script_state(Script *sc);

/* Starts a new step: the instruction count goes back to zero and the step's
** clock starts. */
void script_budget_reset(Script *sc);

/* Sets the function asked whether to stop a running step (NULL: none). */
void script_set_interrupt(Script *sc, ScriptInterrupt fn, void *ud);

/* For C functions of the sandbox that loop (pattern matching): counts steps of
** their work as instructions of the step's budget and looks at the step's
** clock. Raises an error at the Lua caller's line, naming `what` ("string.find"),
** when the budget or the time is spent or the step is interrupted; such an
** error goes through the sandbox's pcall. */
void script_charge(lua_State *L, long steps, const char *what);

/* Loads a text chunk from the vfs, named "@path" so errors say "path:line:".
** Pushes the function; false (nothing pushed, err set) on a syntax error. */
bool script_load(Script *sc, const char *path);
/* The same with the text given (the head of a story file, see head.h): text
** only, named "@path", so its errors say the file and its line. */
bool script_load_text(Script *sc, const char *path, const char *text, size_t len);

/* Calls the function below nargs arguments under a traceback handler, from a
** fresh budget: the one protected entry point from C into Lua. Returns true, or
** false with err set to "file:line: message". */
bool script_call(Script *sc, int nargs, int nresults);

/* Resumes a coroutine (see lua_resume). Returns LUA_OK, LUA_YIELD, or an error
** status with err set to "file:line: message" and *file / *line (may be NULL)
** set to the first frame of the story that failed. */
int script_resume(Script *sc, lua_State *co, int nargs, int *nres, char *file, size_t filesz,
                  int *line);

/* The file and line of the first frame of co that runs story code (not the
** engine's lua/ folder): where a writer should look. "" and 0 if none. */
void script_where(lua_State *co, char *file, size_t filesz, int *line);

/* Reads "file.lua:line: message" into file and *line; leaves them as they are
** if msg does not start with a position. */
void script_split_position(const char *msg, char *file, size_t filesz, int *line);

/* Plain data between Lua and JSON. script_to_json converts the value at idx
** (nil, booleans, numbers, strings, tables of them with string keys or 1..n)
** and returns a new reference, or NULL with err naming the path of the bad
** value (what: "v" gives "v.list[2]: a function cannot be saved"). */
json_t *script_to_json(lua_State *L, int idx, const char *what);
void script_push_json(lua_State *L, const json_t *j);

/* Runs a data file (a chunk that returns a table) in a bare state, with a small
** budget, and returns its value as JSON (a new reference), or NULL and err. */
json_t *script_eval_data(const char *path);

#endif
