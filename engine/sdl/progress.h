/*
** progress: what this reader has read, whatever the game or the session: the
** lines seen (so that skip can stop at unread text, as Ren'Py's does) and how
** far each chapter was read (the chapter menu's status). Kept in progress.json
** beside the saves; a replay counts as reading.
*/
#ifndef FICELLE_PROGRESS_H
#define FICELLE_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "story.h"

#define PROGRESS_CHAPTERS 64

typedef enum ChapterRead {
  CHAPTER_UNREAD,
  CHAPTER_BEGUN, /* its title card was shown */
  CHAPTER_READ   /* read to its discussion card */
} ChapterRead;

typedef struct Progress {
  uint64_t *seen; /* a hash of each line seen (its scene, file and line), sorted */
  size_t n, cap;
  unsigned char chapters[PROGRESS_CHAPTERS]; /* a ChapterRead for each number */
  bool dirty;                                /* changed since loaded or saved */
} Progress;

/* Reads progress.json; a missing or damaged file is an empty progress (a
** damaged one reported on stderr). */
void progress_load(Progress *p);
/* Writes progress.json if it changed; a failure is reported, not fatal. */
void progress_save(Progress *p);
void progress_free(Progress *p);

/* Whether the line ev (an EVENT_LINE) was seen before; progress_see() marks
** it seen and returns whether it was not. */
bool progress_seen(const Progress *p, const Event *ev);
bool progress_see(Progress *p, const Event *ev);
/* A chapter's status only rises (a chapter read stays read when replayed). */
void progress_chapter(Progress *p, int chapter, ChapterRead status);
ChapterRead progress_chapter_read(const Progress *p, int chapter);

#endif
