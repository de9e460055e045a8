/*
** app: the reader's window. Runs a story in an SDL2 window until the reader quits:
** title screen, chapter select, the novel page and the story's layouts, menus,
** history, saves and settings. Owns nothing of the story but what it draws.
*/
#ifndef FICELLE_APP_H
#define FICELLE_APP_H

#include <stdbool.h>
#include "story.h"

typedef struct AppOptions {
  int chapter; /* > 0: skip the title screen and begin this chapter */
  bool fullscreen;
  int width, height; /* the window's size in points; 0: remembered or 1280x720 */
  /* With story NULL: called once SDL is up, to get the story being opened on
  ** another thread (NULL if it failed: app_run then returns 1). */
  Story *(*wait_story)(void *ud);
  void *wait_ud;
  bool classroom; /* a class reads together (lesson.h): the chapter menu first */
} AppOptions;

/* Opens the window and plays. story may be NULL if opt->wait_story gives it.
** Returns the process exit status. */
int app_run(Story *story, const AppOptions *opt);

#endif
