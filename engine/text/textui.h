/*
** textui: plays a story in a terminal, or from a pipe. Choices answered by
** number or label, plain
** lines a screen reader reads in order, and commands (:back, :save, :load,
** :lang, :quit; in classroom mode :other N). The end of the input ends the
** session cleanly.
*/
#ifndef FICELLE_TEXTUI_H
#define FICELLE_TEXTUI_H

#include <stdbool.h>
#include "story.h"

typedef struct TextOptions {
  int chapter;    /* 0: from the beginning */
  int width;      /* columns to wrap at */
  bool wait;      /* each text waits for a line; false: only choices read one */
  bool trace;     /* also print "@ " lines for tests: scenes entered, variables
                    set, options chosen, input lines read, the end */
  bool classroom; /* a class reads together: discussion stops, summaries of
                     sensitive passages, votes at each choice (the counts of
                     each option, "14 9"), :other N to read another option's
                     branch; the class's path and votes are written at the end
                     (classroom/ in the data dir); no save is read or written */
} TextOptions;

/* Plays until the story ends or the input does. Returns 0, or 3 if the last
** event shown was an error the reader did not move past. */
int textui_run(Story *s, const TextOptions *opt);

#endif
