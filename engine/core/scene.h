/*
** scene: the story's Lua side, the only part of the step machine that sees a
** lua_State. Loads the engine's story API and the story's files into the
** sandbox, reads what they declare, runs a scene as a coroutine up to its next
** request, and moves the variables between Lua and plain data.
*/
#ifndef FICELLE_SCENE_H
#define FICELLE_SCENE_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>

#include "heads.h"
#include "rng.h"
#include "script.h"

typedef struct Scene Scene;

/* The variables now (the story API's `v`) as an object, a new reference;
** NULL and err if they cannot be (a function in a variable). ctx is what the
** screen function was given with it. */
typedef json_t *(*SceneVarsFn)(void *ctx);

/* What `layout` and `bind` do: show the layout `name` (NULL: the one shown)
** with these bindings (plain data, borrowed), merged over the ones shown or in
** their place; vars(ctx) gives the variables now, for placeholders (made only
** if one asks: a copy of every variable at each `bind` was a sixth of what
** the checker spent). False and err: the scene gets the error at its line. */
typedef bool (*SceneScreenFn)(void *ud, const char *name, const json_t *bindings, bool merge,
                              SceneVarsFn vars, void *ctx);

typedef enum SceneStatus {
  SCENE_REQUEST, /* the scene asks for something: *request says what */
  SCENE_DONE,    /* the scene's function returned (a writer's mistake) */
  SCENE_FAILED   /* a script error: err, file and line say where */
} SceneStatus;

/* Opens the sandbox and runs lua/ficelle/story.lua in it; `random` draws from
** rng and `layout`/`bind` call screen(ud, ...). NULL and err if the engine's own
** Lua fails. */
Scene *scene_open(const ScriptLimits *lim, Rng *rng, SceneScreenFn screen, void *ud);
void scene_close(Scene *sc);

/* The function asked whether to stop a running step (script_set_interrupt). */
void scene_set_interrupt(Scene *sc, ScriptInterrupt fn, void *ud);

/* Runs the story/ *.lua files in name order: each one whole (all), or else
** only the head of each file that declares a chapter (head.h: its declaration,
** what the chapter menu and the variables' checks need), the rest of it left
** for scene_load_file; a file without such a head runs whole. False at the
** first that fails, with err and its file and line. heads (may be NULL) is
** what the heads declared the last time, kept by the caller between runs
** (heads.h): a file whose stamp (vfs_stamp) has not changed is not even read,
** its chapters are declared again from there, and handed to Lua only when
** its file is read or a script asks for them all (the scene points into
** heads: keep it until scene_close); the others' entries are written into
** it, and those of files gone dropped. */
bool scene_load_story(Scene *sc, bool all, Heads *heads, char *file, size_t filesz, int *line);
/* The files whose head only ran, in name order: path i (borrowed) and whether
** it has been read whole since; NULL past the last. */
const char *scene_deferred(const Scene *sc, int i, bool *loaded);
/* How many chapters the files run so far and the heads kept declared. */
int scene_chapter_count(Scene *sc);
/* The file not yet read whole (or that failed to be) whose chapter's id starts scene id ("ch03" for
** "ch03.bus"), or NULL. Borrowed. */
const char *scene_file_of(const Scene *sc, const char *id);
/* Runs the rest of a file whose head only ran (its scenes): true at once if
** it is not such a file or ran already. A file that fails is not run again:
** the same error (err, file, line) is returned each time it is asked for. */
bool scene_load_file(Scene *sc, const char *path, char *file, size_t filesz, int *line);
/* Undoes scene_load_file: the scenes the file declared are dropped (Lua frees
** their code once nothing runs it), and the file is read again when one of
** them is asked for; its chapters go back to the heads' entry they came from
** (as if the file's head had not run: scene_chapter parses them from there),
** which is done too for a file not read whose chapters a script asked for
** (need_all). True if anything was dropped; false for a file not read that
** way (or that failed: its error is kept). */
bool scene_unload_file(Scene *sc, const char *path);
/* Would scene_unload_file drop anything of file i (as scene_deferred numbers
** them)? (A look that costs nothing, for a pass over every file.) */
bool scene_droppable(const Scene *sc, int i);
/* Chapter `chapter` as declared now (a head declares no card: its file read
** whole does; one kept in the heads is parsed for it), a new reference; NULL
** if no such chapter. */
json_t *scene_chapter(Scene *sc, const char *chapter);

/* What the story declared. chapters: an array of chapter tables as written
** (new reference); a chapter kept in the heads and not yet needed is only
** {id, number, side, file, kept = true} (scene_chapter gives the rest). scenes: [{id, file, line, last}] (new reference). Warnings
** (scenes declared twice, chapter tables that do not convert) are appended to
** `warnings`. */
void scene_declarations(Scene *sc, json_t **chapters, json_t **scenes, json_t *warnings);

/* The variables ("vars") or scene visits ("visits") as plain data: a new
** reference, or NULL and err naming a value that cannot be saved. */
json_t *scene_get(Scene *sc, const char *table);
/* The variables set since the last call, or since the variables were last
** replaced (scene_set): into *changes (if not NULL) as an object name ->
** value, JSON null for a variable set to nil (a new reference); every table
** variable is in it if one was read since (it may have been changed in
** place). Forgets them. False and err naming a value that cannot be saved. */
bool scene_changes(Scene *sc, json_t **changes);
/* Does the story API (lua/ficelle/story.lua) record what scene_changes says?
** An older one, in an archive of its own, does not: read the variables whole. */
bool scene_tracks_changes(const Scene *sc);
/* Replaces a table's content; false and err if the scripts' memory cannot
** hold it (a save's variables too large for the cap), the engine unharmed. */
bool scene_set(Scene *sc, const char *table, const json_t *value);
/* Sets the variables of `defaults` that are nil; false and err as above. */
bool scene_default(Scene *sc, const json_t *defaults);

/* The checker's watch (engine/tools/explore.c): from now on, each read or
** write of a variable named in names (name -> anything; NULL or empty: none)
** is noted, with the scene it is in. False if the story API cannot (an
** older one, in an archive of its own). Forgets what was noted. */
bool scene_watch(Scene *sc, const json_t *names);
/* Notes a read of variable name if it is watched (the engine's own: a
** placeholder filled in from the variables). */
void scene_note(Scene *sc, const char *name);
/* What was noted since the last call or scene_watch: a new reference, an
** array of [name, scene id ("" if none)] in the order of the reads; NULL if
** nothing was. Forgets it. */
json_t *scene_watched(Scene *sc);

/* Is there a scene `id`? */
bool scene_exists(Scene *sc, const char *id);
/* Starts scene `id` (its visits count one more): false if there is none. */
bool scene_enter(Scene *sc, const char *id);
/* Runs the scene until its next request; choice >= 1 is the answer to a
** choice, 0 none. *request (SCENE_REQUEST) is a new reference. */
SceneStatus scene_resume(Scene *sc, int choice, json_t **request, char *file, size_t filesz,
                         int *line);
/* Where the scene stands: the story file and line it waits at. */
void scene_where(Scene *sc, char *file, size_t filesz, int *line);
/* Ends the running scene, if any. */
void scene_stop(Scene *sc);

#endif
