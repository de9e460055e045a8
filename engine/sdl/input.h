/*
** input: what the reader asks for with keys, gamepad buttons and the mouse, as
** Actions, through one keymap kept as data (as Ren'Py keeps its keymap). The
** app applies the actions; nothing here changes the story or the screen.
** (Not the core's Input, which is a step's answer to the story.)
*/
#ifndef FICELLE_INPUT_H
#define FICELLE_INPUT_H

#include <stdbool.h>
#include <SDL.h>

#include "ui.h"

/* Where the reader is: a key may mean one thing on the page and another in the
** history, and most keys mean nothing over a menu. */
typedef struct InputContext {
  bool hidden;  /* the interface is hidden (H): most keys and clicks only show it */
  bool history; /* the history is open */
  bool page;    /* a game is shown and no menu is over it */
} InputContext;

/* The action for an event: a key pressed or released, a gamepad button, a
** mouse button or the wheel. ACT_NONE if it asks for nothing here (other
** events too). ACT_CLICK leaves finding what is under the pointer to the caller. */
Action input_action(const SDL_Event *e, InputContext where);

#endif
