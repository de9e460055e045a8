/*
** classlog: what a class did with the story it read together (classroom
** mode): each choice with the votes for each option and the option taken,
** each discussion stop reached. Kept as JSON, a file the teacher keeps to
** set beside next year's class, and written as a printable page that shows
** an earlier class's votes beside this one's (the same choice: the same
** place in the story, file and line). Both frontends keep one.
*/
#ifndef FICELLE_CLASSLOG_H
#define FICELLE_CLASSLOG_H

#include <stdbool.h>
#include <stdio.h>
#include "story.h"

typedef struct ClassLog ClassLog;

ClassLog *classlog_open(void);
void classlog_close(ClassLog *c);

/* A choice the class decided: ev a CHOICE event of s, votes[i] the votes for
** ev->options[i] (NULL: none counted, the teacher just took one), taken the
** option taken (0-based), history the story's history count before it. A
** choice without a prompt is named by the last line read before it. */
void classlog_choice(ClassLog *c, Story *s, const Event *ev, const int *votes, int taken,
                     int history);
/* A discussion stop reached (a LINE of style "discuss"). */
void classlog_stop(ClassLog *c, const Event *ev, int history);
/* The class went back (a rollback) to a history of this count: what it did
** from there on is forgotten, to be done again. */
void classlog_back(ClassLog *c, int history);
/* How many steps (choices and stops) are kept. */
int classlog_count(const ClassLog *c);

/* The record as JSON (a new reference): {format, chapters: [number], steps:
** [{kind: "choice", where, chapter, prompt, options: [{text, votes}], taken}
** or {kind: "stop", where, chapter, question}]}. */
json_t *classlog_json(const ClassLog *c);
/* The printable page on out, in the story's language; earlier (may be NULL)
** an earlier class's classlog_json, whose votes are set beside. */
void classlog_page(const ClassLog *c, Story *s, const json_t *earlier, FILE *out);
/* Writes both into the write dir, classroom/<name>.json and .html, and the
** page's real path into path. The earlier class is the latest other record
** of classroom/ (its name sorts last). False (and err) if it cannot. */
bool classlog_save(const ClassLog *c, Story *s, const char *name, char *path, size_t size);

#endif
