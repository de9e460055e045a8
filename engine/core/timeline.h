/*
** timeline: the reader's path as checkpoints and inputs. The latest checkpoint
** and the inputs since it are what a save holds; older ones are kept (at most
** TIMELINE_MAX) so the reader can roll back across scene entries.
*/
#ifndef FICELLE_TIMELINE_H
#define FICELLE_TIMELINE_H

#include <stdbool.h>

#include "state.h"

#define TIMELINE_MAX 256

typedef struct Past {
  Checkpoint cp;
  InputLog log;
  int history; /* the history's length at the checkpoint */
} Past;

typedef struct Timeline {
  Past now; /* now.cp.scene is NULL before the first checkpoint */
  Past past[TIMELINE_MAX];
  int npast;
  unsigned long serial; /* checkpoints taken */
} Timeline;

/* Forgets everything. */
void timeline_clear(Timeline *t);
/* Forgets the older checkpoints only. */
void timeline_clear_past(Timeline *t);
/* Makes cp (taken over: the caller's copy is zeroed) the latest checkpoint, with
** no inputs yet; the one before goes to the past. Counts one more checkpoint. */
void timeline_push(Timeline *t, Checkpoint *cp, int history);
/* Puts cp (taken over) in the latest checkpoint's place, with no inputs (a
** restore, which then replays them): the past is kept, nothing is counted. */
void timeline_set(Timeline *t, Checkpoint *cp, int history);
/* Records an input to the latest checkpoint's event. */
void timeline_input(Timeline *t, int input);
/* Where a rollback goes: the latest checkpoint that has inputs, with one
** input fewer, copied into *cp, *log and *history (the checkpoints after it
** are dropped). False if there is nothing before. */
bool timeline_back(Timeline *t, Checkpoint *cp, InputLog *log, int *history);

#endif
