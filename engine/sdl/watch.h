/*
** watch: tells the window when a file of the story changes on disk, so that a
** writer's save shows at once, as F5 would show it. It watches the folders a
** story is read from when they are folders (the source tree in --dev, mods
** that are folders): story/, story/images/, story/i18n/<lang>/, lua/layouts/
** and lua/i18n/<lang>/. Linux's inotify, on a thread of its own that sleeps
** until a file is written; a burst of writes (an editor's save) is one event.
*/
#ifndef FICELLE_WATCH_H
#define FICELLE_WATCH_H

#include <stdint.h>

typedef struct Watch Watch;

/* Starts watching the folders of the vfs (see vfs.h); each change pushes an
** SDL event of type `type`. NULL if there is nothing to watch (an archive and
** no folder mods) or the system cannot (the window then does without). */
Watch *watch_start(uint32_t type);
/* Stops the thread and frees w (NULL is fine). */
void watch_stop(Watch *w);

#endif
