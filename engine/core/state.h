/*
** state: what a story is at one moment, as plain data. A checkpoint is taken at
** every scene entry (and chapter start); the inputs since it replay the reader's
** path exactly. A save is one checkpoint and its inputs, as versioned JSON with
** a checksum, so a damaged file is known and set aside, never half-loaded.
*/
#ifndef FICELLE_STATE_H
#define FICELLE_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>

#include "rng.h"

#define STATE_FORMAT 1

/* The scenes entered, in order, after a base of visits: shared by the
** checkpoints taken along a path, each counting the first of them (its
** nentries), so that a checkpoint costs the same however many scenes were
** visited. Opaque, reference counted. */
typedef struct Entries Entries;

/* The variables at a checkpoint as what changed since the one before, over a
** base holding them all: shared by the checkpoints taken along a path, so
** that a checkpoint costs the variables the scene set, however many the story
** has. Worked out whole only where a whole object is needed (a save, a
** restore, the checker's state key). Opaque, reference counted. */
typedef struct Vars Vars;

typedef struct Checkpoint {
  char *scene;       /* the scene to enter */
  bool chapter_card; /* show the chapter's title card before entering it */
  int chapter;       /* the chapter's number */
  json_t *vars;      /* the variables (object, owned); NULL when delta says
                        them (state_checkpoint_vars()) */
  Vars *delta;       /* ... the variables as changes (a reference, or NULL) */
  json_t *visits;    /* scene id -> times entered (object, owned); NULL when
                        entries says it (state_checkpoint_visits()) */
  Entries *entries;  /* ... visits: the base of entries and its first nentries
                        scenes counted (a reference, or NULL) */
  size_t nentries;
  Rng rng;
  char *layout; /* the screen shown, and its bindings (owned) */
  json_t *bindings;
  json_t *bindctx; /* binding -> the scene that set it (owned, may be NULL) */
  json_t *page;    /* the lines on the screen, as sources (lines.h); owned,
                          may be NULL */
  json_t *task;    /* the task answered on that page, as its source (view.h);
                          owned, may be NULL */
} Checkpoint;

/* The inputs since a checkpoint: 0 continues, k > 0 picks the option the
** script numbered k. */
typedef struct InputLog {
  int *items;
  size_t n, cap;
} InputLog;

void state_checkpoint_clear(Checkpoint *cp);
/* The visits of a checkpoint, as an object scene id -> times entered: a new
** reference (an empty object if it has none). */
json_t *state_checkpoint_visits(const Checkpoint *cp);

/* The variables of a checkpoint, a whole object (borrowed: it lives as long
** as cp; NULL if it has none). */
const json_t *state_checkpoint_vars(const Checkpoint *cp);

/* Variables that are all of whole (an object, taken over; never changed in
** place after). */
Vars *state_vars_new(json_t *whole);
/* The variables of prev with changes (taken over: name -> value, JSON null
** for a variable gone) over them: a new reference, prev's own left to the
** caller. Past changes worth half their base, they are made a base of their
** own, so that working the variables out stays as cheap as they are few. */
Vars *state_vars_change(Vars *prev, json_t *changes);
Vars *state_vars_ref(Vars *v);
void state_vars_unref(Vars *v);
/* The variables whole: borrowed, worked out once and kept while v lives. */
const json_t *state_vars_whole(Vars *v);

/* A list of entries after base (taken over; NULL: no visit before). */
Entries *state_entries_new(json_t *base);
Entries *state_entries_ref(Entries *e);
void state_entries_unref(Entries *e);
/* How many entries the list holds. */
size_t state_entries_count(const Entries *e);
/* The visits after the first n entries of e (a new reference). */
json_t *state_entries_visits(const Entries *e, size_t n);
/* Counts one more entry of scene id at the end of *e, which whoever holds *e
** (the story) is at: the checkpoints that share it count fewer. Past a length
** worth its base, *e is replaced by a list whose base counts them all, so that
** working out visits stays as cheap as the visits are few. */
void state_entries_add(Entries **e, const char *id);
/* A copy of src into dst (dst is overwritten, not cleared): its strings are
** copied, its JSON values shared, for they are never changed in place. */
void state_checkpoint_copy(Checkpoint *dst, const Checkpoint *src);

/* What a checkpoint holds, about, in bytes: its strings and the nodes of its
** JSON values (for the timeline's budget). */
size_t state_checkpoint_size(const Checkpoint *cp);

void state_log_push(InputLog *log, int input);
void state_log_clear(InputLog *log);
void state_log_copy(InputLog *dst, const InputLog *src);

/* The save file: "FICELLE-SAVE <format> <checksum>\n" and a JSON body.
** Returns malloc'd text; meta (may be NULL) is stored as is (language, a label). */
char *state_save_write(const Checkpoint *cp, const InputLog *log, const json_t *meta, size_t *len);
/* Parses a save into cp and log (cleared first) and *meta (a new reference, may
** be NULL). False and err saying what is wrong: not a save, another format,
** a checksum that does not match (a damaged file), a missing field. */
bool state_save_read(const char *data, size_t len, Checkpoint *cp, InputLog *log, json_t **meta);

/* FNV-1a, 64 bits: the saves' checksum. */
unsigned long long state_checksum(const char *data, size_t len);

#endif
