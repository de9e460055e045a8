/*
** graph: the story's map, gathered by graph.c from the exploration, written
** as one HTML page, each chapter's map drawn by graph_svg.c.
*/
#ifndef FICELLE_GRAPH_H
#define FICELLE_GRAPH_H

#include <stdbool.h>
#include <stdio.h>
#include "tools/tools.h"

/* What the explorer met. An outcome is where a path in a scene went:
** "scene:ID", "card" (the chapter's end), "ending:ID" or "error:MESSAGE"; a
** taken is the option taken last before it ("file:line#n", "" if none). */
typedef struct Graph {
  Story *story;
  int chapter;     /* the chapter drawn; 0: all */
  json_t *scenes;  /* id -> {id, file, line, chapter, reached, start,
                      choices: [choice key], out: {outcome: {taken: true}}} */
  json_t *order;   /* the scene ids: first reached first, then the others */
  json_t *choices; /* "scene|file:line" -> {file, line, task, prompt,
                      options: {"n": label}, decides (its options lead to
                      different outcomes)} */
  json_t *titles;  /* "ending:ID" -> the ending's title */
  json_t *errors;  /* messages of errors outside any scene -> true */
  ExploreStats stats;
} Graph;

/* Writes on out one chapter's section of the page: title (the chapter's),
** its counts, and its map as an inline SVG whose classes the page's style
** colours; a line of counts on stderr. Nothing if it has no scene (number 0:
** the scenes of no chapter). */
void graph_chapter(const Graph *g, FILE *out, int number, const char *title);

#endif
