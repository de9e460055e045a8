/*
** stepper: the story's steps on a worker thread, the window's thread waiting
** for them (see stepper.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <SDL.h>

#include "err.h"
#include "saves.h"
#include "stepper.h"

#define KEPT_MAX 64    /* events queued again after a step; more are dropped */
#define QUIT_GRACE 700 /* ms a stopped step may take before the game quits anyway */

static SDL_atomic_t stop; /* the step must stop */
static Uint32 done_event; /* pushed by the worker when its call returns */

typedef struct Work {
  Story *s;
  Stepper *st;
  const Event *ev;
  char err[ERR_MAX]; /* err is per thread: the worker's, for the caller's */
} Work;

static bool stopped(void *ud)
{
  (void)ud;
  return SDL_AtomicGet(&stop) != 0;
}

void stepper_attach(Story *s)
{
  story_set_interrupt(s, stopped, NULL);
}

static void call(Work *w)
{
  Stepper *st = w->st;
  switch (st->call) {
  case STEPPER_BEGIN: w->ev = story_begin(w->s, st->chapter); break;
  case STEPPER_STEP: w->ev = story_step(w->s, &st->in); break;
  case STEPPER_LOAD: w->ev = saves_load(w->s, st->slot, &st->diverged, &st->missing); break;
  case STEPPER_RELOAD: w->ev = story_reload(w->s, &st->diverged); break;
  case STEPPER_RECOVER: w->ev = story_recover(w->s); break;
  case STEPPER_ROLLBACK: w->ev = story_rollback(w->s); break;
  case STEPPER_FORWARD: w->ev = story_forward(w->s); break;
  case STEPPER_RESTORE: w->ev = story_restore(w->s, st->save, st->len, &st->diverged); break;
  }
  snprintf(w->err, sizeof w->err, "%s", err_get());
}

static int worker(void *ud)
{
  SDL_Event e;
  call(ud);
  SDL_zero(e);
  e.type = done_event;
  SDL_PushEvent(&e);
  return 0;
}

/* Does this event ask to stop the step? */
static bool stops(const SDL_Event *e)
{
  if (e->type == SDL_QUIT)
    return true;
  if (e->type == SDL_KEYDOWN)
    return e->key.keysym.sym == SDLK_ESCAPE;
  if (e->type == SDL_CONTROLLERBUTTONDOWN)
    return e->cbutton.button == SDL_CONTROLLER_BUTTON_B
        || e->cbutton.button == SDL_CONTROLLER_BUTTON_START;
  return false;
}

const Event *stepper_run(Story *s, Stepper *st)
{
  Work w = { s, st, NULL, "" };
  SDL_Event kept[KEPT_MAX], e;
  int nkept = 0;
  Uint32 quit_at = 0;
  SDL_Thread *t;
  st->quit = false;
  if (!done_event)
    done_event = SDL_RegisterEvents(1);
  SDL_AtomicSet(&stop, 0);
  if (done_event == (Uint32)-1 || !(t = SDL_CreateThread(worker, "story", &w))) {
    call(&w); /* here, as the story ran before it had a thread */
    err_set("%s", w.err);
    return w.ev;
  }
  for (;;) {
    bool got = SDL_WaitEventTimeout(&e, 100) != 0;
    if (quit_at && SDL_TICKS_PASSED(SDL_GetTicks(), quit_at)) {
      /* A C call of the story's that nothing interrupts: the reader asked to
      ** leave, and leaves; the story, half-way through a step, is not saved. */
      fprintf(stderr, "ficelle: the story did not stop within a second: quitting\n");
      _Exit(1);
    }
    if (!got)
      continue;
    if (e.type == done_event)
      break;
    if (stops(&e)) {
      SDL_AtomicSet(&stop, 1);
      if (e.type == SDL_QUIT) {
        st->quit = true;
        quit_at = SDL_GetTicks() + QUIT_GRACE;
      }
    }
    if (nkept < KEPT_MAX && e.type != SDL_QUIT)
      kept[nkept++] = e;
  }
  SDL_WaitThread(t, NULL);
  SDL_AtomicSet(&stop, 0);
  for (int i = 0; i < nkept; i++)
    SDL_PushEvent(&kept[i]);
  err_set("%s", w.err);
  return w.ev;
}
