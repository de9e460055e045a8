/*
** tools: programs over the step API that play the story without a reader.
** explore plays every branch; check reports what is broken; extract writes the
** translation catalogs; handout prints a chapter for a class.
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

/* Called for each distinct error event (same file, line and message once). */
typedef void (*ExploreOnError)(void *ud, const Event *ev);

/* Plays every option of every choice from the start of every chapter, states
** deduplicated at scene entry by scene and variables (and each scene explored
** from EXPLORE_VARIANTS sets of counters at most), until budget events
** (0: EXPLORE_BUDGET). Options not taken yet go first, so that a budget that
** stops the exhaustive search still leaves every option played. Fills *st; scenes entered are marked in entered (an
** object: id -> true). */
void explore_run(Story *s, long budget, ExploreOnError on_error, void *ud, json_t *entered,
                 ExploreStats *st);

/* Where a unit belongs (origin.c). The contexts of a story: an object, scene
** or chapter id -> the story file that declares it (a new reference). */
json_t *origin_contexts(Story *s);
/* The story file that declares the context of unit id (the part before its
** ':'), or said (where the unit was said) if no scene or chapter has that id
** (a speaker's name, "who:..."). Borrowed from contexts or said. */
const char *origin_home(const json_t *contexts, const char *id, const char *said);
/* An error event as "file:line: message", its file named as the writer finds
** it (vfs_describe(): "mods/NAME/story/x.lua"), written into out. */
void origin_error(const Event *ev, char *out, size_t size);

/* `ficelle check`: exit status 0 if the story is clean. */
int check_run(Story *s, long budget);

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

/* `ficelle handout --chapter N`: the chapter as a printable HTML page for a
** class, on out: its text along the first option of every choice, every
** choice with all its options, and the discussion card. 0, or 1 on an error. */
int handout_run(Story *s, int chapter, FILE *out);

#endif
