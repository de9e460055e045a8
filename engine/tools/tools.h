/*
** tools: programs over the step API that play the story without a reader.
** explore plays every branch; check reports what is broken; extract writes the
** translation catalogs.
*/
#ifndef FICELLE_TOOLS_H
#define FICELLE_TOOLS_H

#include <stdbool.h>
#include "story.h"

typedef struct ExploreStats {
  long events;      /* events played */
  long states;      /* distinct states at scene entry */
  long paths;       /* branches followed */
  long endings;     /* paths that reached an ending or the end */
  bool budget_hit;  /* stopped before exploring everything */
} ExploreStats;

/* Called for each distinct error event (same file, line and message once). */
typedef void (*ExploreOnError)(void *ud, const Event *ev);

/* Plays every option of every choice from the start of every chapter, states
** deduplicated at scene entry by scene and variables, until budget events
** (0: two million). Fills *st; scenes entered are marked in entered (an
** object: id -> true). */
void explore_run(Story *s, long budget, ExploreOnError on_error, void *ud,
                 json_t *entered, ExploreStats *st);

/* `ficelle check`: exit status 0 if the story is clean. */
int check_run(Story *s, long budget);
/* `ficelle extract --lang L`: updates the catalogs under root/story/i18n/L. */
int extract_run(Story *s, const char *lang, const char *root, long budget);

#endif
