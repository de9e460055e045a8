/*
** stepper: the story's steps on a thread of their own. The window's thread
** waits for each step while it keeps reading the window's events, so a scene
** that loops never holds the reader: Esc, closing the window and SIGTERM (an
** SDL_QUIT) stop it at once (the core's interrupt), and the step ends on the
** error screen. What the reader did meanwhile is queued again for afterwards.
*/
#ifndef FICELLE_STEPPER_H
#define FICELLE_STEPPER_H

#include <stdbool.h>

#include "story.h"

typedef enum StepperCall {
  STEPPER_BEGIN,    /* story_begin(story, chapter) */
  STEPPER_STEP,     /* story_step(story, &in) */
  STEPPER_LOAD,     /* saves_load(story, slot, &diverged, &missing) */
  STEPPER_RELOAD,   /* story_reload(story, &diverged) */
  STEPPER_RECOVER,  /* story_recover(story) */
  STEPPER_ROLLBACK, /* story_rollback(story) */
  STEPPER_FORWARD,  /* story_forward(story) */
  STEPPER_RESTORE   /* story_restore(story, save, len, &diverged) */
} StepperCall;

typedef struct Stepper {
  StepperCall call;
  int chapter;      /* BEGIN */
  Input in;         /* STEP */
  const char *slot; /* LOAD */
  const char *save; /* RESTORE: a story_save() and its length */
  size_t len;
  bool diverged; /* LOAD, RELOAD, RESTORE: what the call said */
  bool missing;  /* LOAD */
  bool quit;     /* the reader closed the window (or SIGTERM) meanwhile */
} Stepper;

/* Makes the story ask the stepper whether to stop a step (story_set_interrupt). */
void stepper_attach(Story *s);

/* Runs the call on a thread and returns its event (err_get() as the call left
** it, on this thread). Waits here meanwhile, reading the window's events: an
** SDL_QUIT, Esc or a gamepad's B or Start stops the step. Where no thread can
** be made, runs the call here. */
const Event *stepper_run(Story *s, Stepper *st);

#endif
