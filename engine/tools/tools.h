/*
** tools: programs over the step API that play the story without a reader.
** explore plays every branch; check reports what is broken; extract writes the
** translation catalogs; handout prints a chapter for a class; graph draws
** the story's map; variables lists what the chapters read and set.
*/
#ifndef FICELLE_TOOLS_H
#define FICELLE_TOOLS_H

#include <stdbool.h>
#include <stdio.h>
#include "story.h"

/* A number that took more distinct values than this is a counter, not a
** decision; a scene is explored from at most EXPLORE_VARIANTS states that
** differ only in counters. */
#define EXPLORE_COUNTER 6
#define EXPLORE_VARIANTS 3
#define EXPLORE_BUDGET 400000
/* explore_chapters' budget when none is given: events in each chapter. */
#define EXPLORE_CHAPTER_BUDGET 50000
/* The most worker processes explore_chapters starts. */
#define EXPLORE_WORKERS 64

typedef struct ExploreStats {
  long events;     /* events played */
  long states;     /* distinct states at scene entry */
  long paths;      /* branches followed */
  long endings;    /* paths that reached an ending or the end */
  long pruned;     /* new states left out: they differ only in counters */
  long options;    /* distinct options taken (where written, and number) */
  long untaken;    /* options seen but not taken when the budget stopped */
  bool budget_hit; /* stopped before exploring everything */
} ExploreStats;

/* What a tool is told as the explorer plays; any callback may be NULL. The
** strings are borrowed for the call only. */
typedef struct ExploreObserver {
  void *ud;
  /* Each distinct error event (same file, line and message once); how: the
  ** way it was reached, "chapter c2 begun with {...}, options story/a.lua:3#2
  ** ..." (explore_chapters: the entry state, as what differs from the chapter
  ** opened alone, and the options since; "" from explore_run). */
  void (*on_error)(void *ud, const Event *ev, const char *how);
  /* Each scene entry (a checkpoint that is not a chapter's title card), on
  ** every path, merged or not: from is the scene played before it ("" right
  ** after a chapter's title card), taken the last option taken in from since
  ** it was entered ("file:line#n": where the choice is written and the
  ** option's number; "" if none), chapter the number of the chapter. */
  void (*on_scene)(void *ud, const char *from, const char *to, const char *taken, int chapter);
  /* Each event played, before the explorer answers it; taken as for on_scene:
  ** the last option taken in the scene being played. */
  void (*on_event)(void *ud, const Event *ev, const char *taken);
  /* A fork taken up again: the story is back at this choice (told once by
  ** on_event when first met), and the next on_event follows another option. */
  void (*on_resume)(void *ud, const Event *ev);
  /* With workers: in a worker just started, forget what was gathered (the
  ** parent keeps it); in a worker done, what it gathered as JSON (a new
  ** reference); in the parent, a worker's dump to add (NULL if it had none).
  ** Without on_fork, dump and merge, a tool's gatherings stay in the worker. */
  void (*on_fork)(void *ud);
  json_t *(*dump)(void *ud);
  void (*merge)(void *ud, const json_t *dumped);
} ExploreObserver;

/* Plays every option of every choice from the start of every chapter (from its
** defaults, then from each of its presets unless variables were set), states
** deduplicated at scene entry by scene and variables (and each scene explored
** from EXPLORE_VARIANTS sets of counters at most), until budget events
** (0: EXPLORE_BUDGET). Options not taken yet go first, so that a budget that
** stops the exhaustive search still leaves every option played. Tells obs
** (NULL: no one) what it plays. Fills *st; scenes entered are marked in
** entered (an object: id -> true). */
void explore_run(Story *s, long budget, const ExploreObserver *obs, json_t *entered,
                 ExploreStats *st);

/* Explores each chapter on its own, from each of its entry states: as opened
** alone (its defaults, or the caller's --set), from each of its presets
** (unless --set), and from every state the chapter before it passes on; an
** entry is what the chapter reads from earlier ones (its defaults: one of its
** sets it does not list there, it reads only after setting it, or the story
** API stops with an error), and what it passes on is the whole state carried
** through, with what the chapter set on each way out (to the next chapter's
** title card). Every state at a scene's
** entry is explored once, none left out: a state keeps what that scene and
** the scenes it may jump to read or write (a static scan of their `v.NAME`s
** and placeholders, their file's helpers and story/lib/; all the chapter
** declares where the scan cannot bound it), so the entries that differ only
** in what is no longer read meet there, and each entry's ways out are worked
** out from where its states lead. A worker plays its entries as one group,
** split at each scene that may read what they differ in (see Group in
** explore.c), unless the scene reads it only to choose the text it shows
** (shown.h): then the scene is probed, played again to its end for each
** value not shown yet, and the group goes on whole. The search is exhaustive when the budget (events
** per chapter, all workers together; 0: EXPLORE_CHAPTER_BUDGET) holds. Runs
** on `workers` processes (0: one a core; 1: here), each with its own copy of
** the story: the observer's callbacks run in the workers, and what they
** gather comes back through its dump and merge. Fills *st (totals;
** budget_hit if a chapter was not explored whole) and entered. Returns an
** array, one a chapter: {id, number, entries, whole (entries explored whole:
** all of a worker's, or none if the budget stopped it), begun (entries a
** scene was played for: the options never taken come before a split's parts,
** and those before the other forks), lost (entries whose worker stopped),
** events, states, paths, endings,
** passed (states passed on to the next chapter), reached (ending id -> how
** many entries lead to it), budget_hit?}: a new reference. A scene's
** visits() of another chapter's scene reads 0, as when the chapter is opened
** alone. */
json_t *explore_chapters(Story *s, long budget, int workers, const ExploreObserver *obs,
                         json_t *entered, ExploreStats *st);

/* The chapters' counters (their `counters`: variables that only count, an
** amount or a sum the text shows) that only count indeed: a lexical check of
** the story's files finds every read of one that could decide what follows
** (anywhere but in a placeholder of say, note or bind, or the computing of
** another counter; with a comparison, and/or/not or as a divisor) and every
** later chapter that reads one; each such read is appended to problems (if
** not NULL) as "file:line: message", and its counter is left out (all of
** them if a file reads v another way than v.NAME: v[k]). {chapter
** id: {name: true}}: a new reference. explore_chapters keeps only a counter's
** type in a state (two states that differ only in their counters' numbers
** play the same scenes, choices and lines, with other numbers shown), so
** explores them once. */
json_t *explore_counters(Story *s, json_t *problems);

/* Where a unit belongs (origin.c). The contexts of a story: an object, scene
** or chapter id -> the story file that declares it (a new reference). */
json_t *origin_contexts(Story *s);
/* The story file that declares the context of unit id (the part before its
** ':'), or said (where the unit was said) if no scene or chapter has that id
** (a speaker's name, "who:..."). Borrowed from contexts or said. */
const char *origin_home(const json_t *contexts, const char *id, const char *said);

/* `ficelle check`: explores every chapter from each of its entry states
** (explore_chapters, on jobs worker processes; 0: one a core) and reports
** what is broken. Exit status 0 if the story is clean. */
int check_run(Story *s, long budget, int jobs);

typedef struct ExtractOptions {
  const char *lang; /* the catalogs' language (not the source's) */
  const char *only; /* a story file name to limit the catalogs written to (NULL: all) */
  bool dev;         /* the base game is a source tree being developed (--dev):
                        its catalogs may be written; never without it */
  bool one_mod;     /* one mod was asked for (--mod): the base game's units are
                        left out of it, not refused */
  long budget;
} ExtractOptions;
/* `ficelle extract --lang L`: plays every branch and merges the units into
** <home>/story/i18n/L/<file>.json, where home is the folder of the mod whose
** file declares the unit's context, or the base game's (only with dev). Stops
** before writing anything if a catalog belongs in a zipped mod. 0 if every
** catalog asked for was written. */
int extract_run(Story *s, const ExtractOptions *o);

/* `ficelle graph`: the story's map as one HTML page on out (inline SVG) for
** chapter (0: all): the scenes as the explorer reached them, their choices
** and jumps, endings, dead ends and the scenes never reached, each with its
** file and line; a story's errors are drawn, not failed on. 0; 1 if out
** cannot be written, 2 if there is no such chapter. */
int graph_run(Story *s, int chapter, long budget, FILE *out);

/* `ficelle variables`: what each chapter reads and sets, as Markdown on out
** (lua/VARIABLES.md). 0, or 1 if out cannot be written. */
int variables_run(Story *s, FILE *out);
/* Calls report for each chapter that reads (in its defaults) a variable no
** earlier chapter sets, and that it does not set itself; their number. */
int variables_problems(Story *s, void (*report)(void *ud, const char *msg), void *ud);

/* A chapter as a class reads it on paper (reading.c), along its main path: the
** first option of every choice. {id, number, title, side, items, card, vars}:
** items in order, each {kind: "line", text, style, who?, scene}, {kind:
** "choice", prompt?, options[], task?, drawing?, scene} (drawing: the task's
** image, an Image) or {kind: "ending", text, scene}; card: the discussion
** card; vars: the story's variables at the chapter's end. In the story's
** language. A new reference, or NULL (and why on stderr). */
json_t *reading_path(Story *s, int chapter);
/* The words of a text, as a reader counts them; of a whole path. */
int reading_words(const char *text);
int reading_path_words(const json_t *path);
/* The chapter's notes for teachers (story/teacher/<id>.lua, a TeacherNotes of
** lua/meta/engine.lua), or NULL if it has none. Borrowed. */
const json_t *reading_notes(Story *s, const json_t *path);
/* A text of the notes in lang: a string, or { fr = ..., en = ... } (French if
** lang is missing). NULL if there is none. */
const char *reading_text(const json_t *field, const char *lang);

/* `ficelle words`: each chapter's words along its main path and its reading
** time for a fluent reader, in each language, as a Lua table for
** story/reading/words.lua (the chapter menu shows it without playing the
** story). 0, or 1 if a chapter cannot be read. */
int reading_words_run(Story *s, FILE *out);

/* Words read in a minute, silently: a fluent reader, a young one (the
** teacher's pack and the chapter menu give both). */
#define READING_FLUENT 200
#define READING_YOUNG 120

typedef struct HandoutOptions {
  int chapter;
  bool brief;    /* --short: the summary and the key passages (the notes'
                    passages), the card: at most four A4 pages */
  bool parallel; /* --parallel: the other language beside each line */
} HandoutOptions;
/* `ficelle handout --chapter N`: the chapter as a printable HTML page for a
** class, on out: a line for the pupil's name, its text along the first option
** of every choice with numbered paragraphs, every choice with all its options,
** the task drawings as SVG, and the discussion card with room for answers.
** 0, or 1 on an error. */
int handout_run(Story *s, const HandoutOptions *o, FILE *out);

/* `ficelle teacher --chapter N`: the teacher's pack for a chapter, a printable
** HTML page on out: summary, reading time, content note, objectives and
** subjects, the questions for a 55-minute class with the points to expect, a
** worksheet on the story's own figures, references, and the map of its
** choices (what each option leads to and changes later). 0, or 1. */
int teacher_run(Story *s, int chapter, long budget, FILE *out);

#endif
