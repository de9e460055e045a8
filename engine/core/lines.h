/*
** lines: lists of what the reader read, kept twice by the story: the history
** (everything since the start or the last restore) and the page (what is on the
** screen now). Each line keeps its source form beside its text, so it can be
** shown again in another language: the unit, its context and the values its
** placeholders had when it was read.
*/
#ifndef FICELLE_LINES_H
#define FICELLE_LINES_H

#include <stdbool.h>
#include <jansson.h>

#include "story.h"
#include "tr.h"

typedef struct Line {
  StoryLine shown; /* first: story_history() hands out &line->shown */
  json_t *src;     /* {text, ctx, id?, who?, args?, style} (owned) */
  bool paged;      /* in the history: the line was also on the page */
} Line;

typedef struct Lines {
  Line *items;
  int n, cap;
  int max;     /* 0: no limit; else the oldest lines go */
  int gone;    /* lines forgotten before items[0] (lines_forget): positions
                  in the list (lines_count, lines_truncate, lines_split)
                  count them */
  int chapter; /* the chapter the lines added now are read in (StoryLine) */
  unsigned long next_seq;
} Lines;

/* The source form of a line: text in context ctx (pinned id and speaker may be
** NULL), with the placeholder values it was shown with (args, may be NULL).
** The strings must be UTF-8 (they come from JSON: they are not checked again).
** A new reference. */
json_t *lines_source(const char *text, const char *ctx, const char *pin, const char *who,
                     const json_t *args, const char *style);

/* Keeps in a line's source the screen's clock when it was said (clock: the
** binding as the scene gave it, ctx: the scene that set it), to be shown
** again as the line's stamp in any language. A clock that is not a string
** is let be. */
void lines_clock(json_t *src, const json_t *clock, const char *ctx);
/* Adds a line, its source (a reference is taken), its shown text and its
** stamp (copied; may be NULL). */
void lines_add(Lines *l, json_t *src, const char *speaker, const char *text, const char *stamp);
/* The last line added was also put on the page (the history's lines that
** were are what a rollback shows the page from: lines_page()). */
void lines_paged(Lines *l);
/* Makes page the last n lines of history that were on the page (a rollback):
** the lines it still shows are kept, the others added from the history, and
** all are numbered anew, in order, after the ones it had. */
void lines_page(Lines *page, const Lines *history, int n);
/* How many lines were added (since the list was emptied), the forgotten
** ones counted: the position after the last. */
int lines_count(const Lines *l);
/* The line at position i (as lines_count counts), or NULL if there is none
** or it was forgotten. */
const Line *lines_at(const Lines *l, int i);
/* Keeps the lines before position n (0 empties the list and forgets nothing
** more: positions count from 0 again). */
void lines_truncate(Lines *l, int n);
/* Frees the lines before position n (at most lines_count): the positions of
** the others do not change. */
void lines_forget(Lines *l, int n);
/* Moves the lines from position n into tail (a roll back keeps them for a
** roll forward), and back at the end of l (tail is left empty). */
void lines_split(Lines *l, int n, Lines *tail);
void lines_join(Lines *l, Lines *tail);
/* The sources, oldest first (a new reference): what a checkpoint keeps. */
json_t *lines_sources(const Lines *l);
/* Adds lines from their sources, shown through tr, marked as on the page
** (they are a page's); false and err if one fails. */
bool lines_add_sources(Lines *l, const json_t *sources, const Tr *tr);
/* Shows every line again through tr (another language). */
bool lines_translate(Lines *l, const Tr *tr);
/* Line i's text as tr shows it (another language), malloc'd; NULL and err. */
char *lines_text_in(const Lines *l, int i, const Tr *tr);

#endif
