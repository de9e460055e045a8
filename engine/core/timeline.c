/*
** timeline: checkpoints and inputs, for saves and rollback (see timeline.h).
*/
#include <stdlib.h>
#include <string.h>

#include "mem.h"

#include "timeline.h"

void timeline_mark_clear(Mark *m)
{
  free(m->scene);
  free(m->file);
  free(m->layout);
  json_decref(m->raw);
  json_decref(m->vars);
  json_decref(m->shown);
  json_decref(m->task);
  memset(m, 0, sizeof *m);
}

static void past_clear(Past *p)
{
  state_checkpoint_clear(&p->cp);
  state_log_clear(&p->log);
  while (p->marks.n > 0)
    timeline_mark_clear(&p->marks.items[--p->marks.n]);
  free(p->marks.items);
  memset(&p->marks, 0, sizeof p->marks);
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

/* The latest checkpoint goes to the past (the oldest of it dropped past
** TIMELINE_MAX or TIMELINE_BYTES); t->now is then to be set. */
static void now_to_past(Timeline *t)
{
  if (t->npast == TIMELINE_MAX)
    drop_oldest(t);
  t->now.bytes += t->now.marks.n * TIMELINE_MARK_BYTES;
  t->past[t->npast++] = t->now;
  t->bytes += t->now.bytes;
  while (t->bytes > TIMELINE_BYTES && t->npast > 0)
    drop_oldest(t);
}

void timeline_push(Timeline *t, Checkpoint *cp, int history)
{
  if (t->now.cp.scene) {
    now_to_past(t);
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

void timeline_input(Timeline *t, int input, Mark *m)
{
  Marks *ms = &t->now.marks;
  state_log_push(&t->now.log, input);
  if (ms->n == 2 * TIMELINE_MARKS) { /* the oldest half go, at once */
    for (size_t i = 0; i < TIMELINE_MARKS; i++)
      timeline_mark_clear(&ms->items[i]);
    memmove(ms->items, ms->items + TIMELINE_MARKS, TIMELINE_MARKS * sizeof *ms->items);
    ms->n = TIMELINE_MARKS;
  }
  if (ms->n == ms->cap) {
    ms->cap = ms->cap ? 2 * ms->cap : 64;
    ms->items = mem_realloc(ms->items, ms->cap * sizeof *ms->items);
  }
  ms->items[ms->n++] = *m;
  memset(m, 0, sizeof *m);
}

TimelineBack timeline_back(Timeline *t, Mark *m, Later *later)
{
  if (!t->now.cp.scene)
    return TIMELINE_BACK_NONE;
  while (t->now.log.n == 0) {
    if (t->npast == 0)
      return TIMELINE_BACK_NONE;
    if (later) {
      if (later->n == later->cap) {
        later->cap = later->cap ? 2 * later->cap : 4;
        later->items = mem_realloc(later->items, (size_t)later->cap * sizeof *later->items);
      }
      later->items[later->n++] = t->now;
    } else {
      past_clear(&t->now);
    }
    t->now = t->past[--t->npast];
    t->bytes -= t->now.bytes;
  }
  t->now.log.n--;
  if (t->now.marks.n == 0) /* the marks of the latest inputs were all taken back */
    return TIMELINE_BACK_REPLAY;
  *m = t->now.marks.items[--t->now.marks.n];
  return TIMELINE_BACK_MARK;
}

void timeline_forward(Timeline *t, int input, Mark *m, Later *later)
{
  timeline_input(t, input, m);
  while (later->n > 0) { /* the oldest of them first */
    now_to_past(t);
    t->now = later->items[--later->n];
  }
  timeline_later_clear(later);
}

void timeline_later_clear(Later *later)
{
  while (later->n > 0)
    past_clear(&later->items[--later->n]);
  free(later->items);
  memset(later, 0, sizeof *later);
}
