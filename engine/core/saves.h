/*
** saves: the reader's save files, the same for every frontend. A slot is a
** name ("auto", "slot1", ...) and a file in the write dir's saves/ folder.
** A damaged save is set aside (renamed "<slot>.sav.damaged") and reported,
** never fatal: the game goes on where it was.
*/
#ifndef FICELLE_SAVES_H
#define FICELLE_SAVES_H

#include <stdbool.h>
#include <stddef.h>

#include "story.h"

/* The largest save read or written: a save is the variables and the inputs
** of one chapter, a few KiB; a larger file is not one this engine wrote. */
#define SAVES_MAX_BYTES ((size_t)16 << 20)

/* The path of a slot's file in the vfs ("user/saves/<slot>.sav"). */
void saves_path(const char *slot, char *buf, size_t size);
/* Is there a save in this slot? */
bool saves_exists(const char *slot);
/* Saves the story in a slot (atomically). False and err on failure (a state
** larger than SAVES_MAX_BYTES, which could not be read back, included). */
bool saves_write(Story *s, const char *slot);
/* Loads a slot and replays it. NULL if there is none (*missing set) or if it
** is damaged (set aside; err says what was wrong and where it went); the story
** is then unchanged. *diverged: see story_restore(). */
const Event *saves_load(Story *s, const char *slot, bool *diverged, bool *missing);
/* Removes a slot (a finished game's autosave). */
void saves_remove(const char *slot);

#endif
