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

typedef struct Checkpoint {
  char *scene;       /* the scene to enter */
  bool chapter_card; /* show the chapter's title card before entering it */
  int chapter;       /* the chapter's number */
  json_t *vars;      /* the variables (object, owned) */
  json_t *visits;    /* scene id -> times entered (object, owned) */
  Rng rng;
  char *layout; /* the screen shown, and its bindings (owned) */
  json_t *bindings;
  json_t *bindctx; /* binding -> the scene that set it (owned, may be NULL) */
  json_t *page;    /* the lines on the screen, as sources (lines.h); owned,
                          may be NULL */
} Checkpoint;

/* The inputs since a checkpoint: 0 continues, k > 0 picks the option the
** script numbered k. */
typedef struct InputLog {
  int *items;
  size_t n, cap;
} InputLog;

void state_checkpoint_clear(Checkpoint *cp);
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
