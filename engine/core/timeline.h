/*
** timeline: the reader's path as checkpoints and inputs. The latest checkpoint
** and the inputs since it are what a save holds; older ones are kept (at most
** TIMELINE_MAX, holding at most TIMELINE_BYTES) so the reader can roll back
** across scene entries.
*/
#ifndef FICELLE_TIMELINE_H
#define FICELLE_TIMELINE_H

#include <stdbool.h>

#include "state.h"

#define TIMELINE_MAX 256
/* What the older checkpoints may hold together (state_checkpoint_size): each
** holds the variables its scene changed (state.h's Vars) and shares the rest,
** but a scene may change large ones every time (a table of 100 MiB rewritten
** at each scene entry would keep 256 of them, none of it counted against the
** scripts' memory cap). Past it, the oldest go first; the latest is kept
** whatever its size. */
#define TIMELINE_BYTES ((size_t)64 << 20)
/* What a mark holds, about, counted against TIMELINE_BYTES (its request is
** shared with nothing once the step is past). */
#define TIMELINE_MARK_BYTES 512
/* The inputs since a checkpoint that keep their mark: the latest ones, at least
** TIMELINE_MARKS of them and at most twice as many (a scene that loops on for
** a million lines keeps a few megabytes, not hundreds). A step back further
** replays from the checkpoint, as a rollback always did. */
#define TIMELINE_MARKS 4096

/* What the reader saw when an input was given, so that a rollback shows it
** again without running the scripts: the step machine's place (its phase,
** chapter, scene, where the script was), the request the event came from and
** its placeholders' values, the screen, and the history's and the page's
** lengths (the page is the last of the history's lines that were on it),
** and the task answered on the page (view.h's source form).
** Strings and references owned by the mark; NULL where there is none. */
typedef struct Mark {
  int phase, chapter, kind, line;
  char *scene, *file, *layout;
  json_t *raw, *vars, *shown;
  int history, page;
  json_t *task;
} Mark;

typedef struct Marks {
  Mark *items;
  size_t n, cap;
} Marks;

typedef struct Past {
  Checkpoint cp;
  InputLog log;
  Marks marks;  /* one for each of the latest inputs of log */
  int history;  /* the history's length at the checkpoint */
  size_t bytes; /* state_checkpoint_size(&cp) */
} Past;

typedef struct Timeline {
  Past now; /* now.cp.scene is NULL before the first checkpoint */
  Past past[TIMELINE_MAX];
  int npast;
  size_t bytes;         /* what the past holds: its checkpoints' bytes */
  unsigned long serial; /* checkpoints taken */
} Timeline;

/* Forgets everything. */
void timeline_clear(Timeline *t);
/* Forgets the older checkpoints only. */
void timeline_clear_past(Timeline *t);
/* Makes cp (taken over: the caller's copy is zeroed) the latest checkpoint, with
** no inputs yet; the one before goes to the past, and the oldest of the past
** are dropped past TIMELINE_MAX or TIMELINE_BYTES. Counts one more checkpoint. */
void timeline_push(Timeline *t, Checkpoint *cp, int history);
/* Puts cp (taken over) in the latest checkpoint's place, with no inputs (a
** restore, which then replays them): the past is kept, nothing is counted. */
void timeline_set(Timeline *t, Checkpoint *cp, int history);
/* Records an input to the latest checkpoint's event, and what the reader saw
** when it was given (m, taken over: the caller's copy is zeroed). */
void timeline_input(Timeline *t, int input, Mark *m);
/* The checkpoints a rollback went back over, the newest first: kept (with
** their inputs' marks) for a roll forward. */
typedef struct Later {
  Past *items;
  int n, cap;
} Later;

/* Where a rollback goes: drops the latest input (and the checkpoints taken
** after it, moved into *later unless it is NULL). The latest checkpoint and its inputs are then the place to
** replay to. TIMELINE_BACK_MARK: what the reader saw when the input was given
** is moved into *m (the caller clears it); TIMELINE_BACK_REPLAY: it was not
** kept (see TIMELINE_MARKS); TIMELINE_BACK_NONE: there is no input before. */
typedef enum TimelineBack {
  TIMELINE_BACK_NONE,
  TIMELINE_BACK_MARK,
  TIMELINE_BACK_REPLAY
} TimelineBack;
TimelineBack timeline_back(Timeline *t, Mark *m, Later *later);
/* Takes again a step timeline_back() took back: the input and its mark (taken
** over), then the checkpoints it went back over (taken over: later is left
** empty), as they were. */
void timeline_forward(Timeline *t, int input, Mark *m, Later *later);
/* Frees what later holds. */
void timeline_later_clear(Later *later);
/* Frees what a mark holds. */
void timeline_mark_clear(Mark *m);

#endif
