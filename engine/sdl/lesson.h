/*
** lesson: the window's classroom mode, a class reading together on a
** projector. At a choice the teacher counts the class's votes (a number key
** or a click gives an option a vote, Shift and the number takes one away) and
** the class takes the most voted option, or the teacher takes one; at a
** discussion stop a timer can run; after a choice the class can read where
** another option led (a peek: the story goes there and comes back, nothing
** kept); the class's path and votes are written (classlog.h) when a chapter
** ends and when the class leaves. No save of a reader's is read or written.
*/
#ifndef FICELLE_LESSON_H
#define FICELLE_LESSON_H

#include <stdbool.h>
#include <SDL.h>

#include "classlog.h"
#include "story.h"

#define LESSON_OPTIONS 16
#define LESSON_PEEK 40 /* lines read of another option's branch, at most */

typedef struct Lesson {
  ClassLog *log;
  char name[64];             /* the record's name: classe-<date>-<time> */
  int votes[LESSON_OPTIONS]; /* at the choice shown */
  char *before;              /* the story saved at the last choice shown */
  size_t before_len;
  char *options[LESSON_OPTIONS]; /* that choice's options, for a peek */
  int noptions, taken;           /* ... and the one taken (-1: not yet) */
  Uint32 timer_end;              /* a discussion's timer: when it rings; 0: stopped */
  bool timer_rang;               /* ... and it has (drawn at 0:00 once) */
  int timer_minutes;
  char *peek[LESSON_PEEK]; /* the lines of a peek being shown, or none */
  int npeek;
  char peek_title[256];
  char saved[1400]; /* the class's page, once written */
} Lesson;

Lesson *lesson_open(void);
void lesson_close(Lesson *l);

/* The story shows ev: at a choice, the votes start at nothing and the story
** is kept for a peek; at a discussion stop, the stop is recorded. */
void lesson_shown(Lesson *l, Story *s, const Event *ev);
/* Option i of the choice shown gets d votes (+1, -1; never below 0). */
void lesson_vote(Lesson *l, int i, int d);
/* The most voted option, or -1 if none has votes or two lead together. */
int lesson_majority(const Lesson *l, int noptions);
/* The class took option i of ev (a CHOICE); the story's history count then. */
void lesson_took(Lesson *l, Story *s, const Event *ev, int i, int history);
/* A rollback: what the class did from that history count on is forgotten. */
void lesson_back(Lesson *l, int history);
/* Writes the class's page (lesson->saved gets its path); false if nothing
** to write or it cannot (err). */
bool lesson_save(Lesson *l, Story *s);
/* Forgets the peek being shown. */
void lesson_peek_clear(Lesson *l);

#endif
