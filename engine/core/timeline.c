/*
** timeline: checkpoints and inputs, for saves and rollback (see timeline.h).
*/
#include <string.h>

#include "timeline.h"

static void past_clear(Past *p)
{
  state_checkpoint_clear(&p->cp);
  state_log_clear(&p->log);
  p->history = 0;
  p->bytes = 0;
}

void timeline_clear_past(Timeline *t)
{
  for (int i = 0; i < t->npast; i++)
    past_clear(&t->past[i]);
  t->npast = 0;
  t->bytes = 0;
}

/* Forgets the oldest checkpoint of the past. */
static void drop_oldest(Timeline *t)
{
  t->bytes -= t->past[0].bytes;
  past_clear(&t->past[0]);
  memmove(t->past, t->past + 1, (size_t)(t->npast - 1) * sizeof *t->past);
  t->npast--;
}

void timeline_clear(Timeline *t)
{
  timeline_clear_past(t);
  past_clear(&t->now);
}

static void set_now(Timeline *t, Checkpoint *cp, int history)
{
  memset(&t->now, 0, sizeof t->now);
  t->now.cp = *cp;
  t->now.history = history;
  t->now.bytes = state_checkpoint_size(cp);
  memset(cp, 0, sizeof *cp);
}

void timeline_push(Timeline *t, Checkpoint *cp, int history)
{
  if (t->now.cp.scene) {
    if (t->npast == TIMELINE_MAX)
      drop_oldest(t);
    t->past[t->npast++] = t->now;
    t->bytes += t->now.bytes;
    while (t->bytes > TIMELINE_BYTES && t->npast > 0)
      drop_oldest(t);
  } else {
    past_clear(&t->now);
  }
  set_now(t, cp, history);
  t->serial++;
}

void timeline_set(Timeline *t, Checkpoint *cp, int history)
{
  past_clear(&t->now);
  set_now(t, cp, history);
}

void timeline_input(Timeline *t, int input)
{
  state_log_push(&t->now.log, input);
}

bool timeline_back(Timeline *t, Checkpoint *cp, InputLog *log, int *history)
{
  if (!t->now.cp.scene)
    return false;
  while (t->now.log.n == 0) {
    if (t->npast == 0)
      return false;
    past_clear(&t->now);
    t->now = t->past[--t->npast];
    t->bytes -= t->now.bytes;
  }
  state_checkpoint_copy(cp, &t->now.cp);
  state_log_copy(log, &t->now.log);
  log->n--;
  *history = t->now.history;
  return true;
}
