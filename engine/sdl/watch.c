/*
** watch: a story's folders watched with inotify (see watch.h).
*/
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "mem.h"
#include "vfs.h"
#include "watch.h"

#ifdef __linux__
#include <dirent.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#define QUIET_MS 150 /* a burst of writes is over after this much quiet */

struct Watch {
  int fd;      /* inotify's */
  int stop[2]; /* a pipe: a byte written stops the thread */
  uint32_t type;
  int folders;
  SDL_Thread *thread;
};

static bool is_dir(const char *path)
{
  struct stat st;
  return path && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void add(Watch *w, const char *path)
{
  if (is_dir(path)
      && inotify_add_watch(w->fd, path,
                           IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)
          >= 0)
    w->folders++;
}

/* root/dir and each folder in it (a language's catalogs). */
static void add_with_children(Watch *w, const char *root, const char *dir)
{
  char path[1024];
  DIR *d;
  struct dirent *e;
  snprintf(path, sizeof path, "%s/%s", root, dir);
  add(w, path);
  if (!(d = opendir(path)))
    return;
  while ((e = readdir(d)))
    if (e->d_name[0] != '.') {
      char sub[1300];
      snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
      add(w, sub);
    }
  closedir(d);
}

static void add_root(Watch *w, const char *root)
{
  char path[1024];
  if (!is_dir(root))
    return; /* an archive: it does not change under the reader */
  snprintf(path, sizeof path, "%s/story", root);
  add(w, path);
  snprintf(path, sizeof path, "%s/story/images", root);
  add(w, path);
  snprintf(path, sizeof path, "%s/lua/layouts", root);
  add(w, path);
  add_with_children(w, root, "story/i18n");
  add_with_children(w, root, "lua/i18n");
}

/* Reads what inotify has; true if a story file (.lua, .json) is among it,
** not an editor's swap or backup file. */
static bool drain(int fd)
{
  union {
    struct inotify_event align; /* the events are read into it aligned */
    char buf[4096];
  } u;
  const char *buf = u.buf;
  bool story = false;
  ssize_t n;
  while ((n = read(fd, u.buf, sizeof u.buf)) > 0) {
    for (const char *p = buf; p < buf + n;) {
      const struct inotify_event *e = (const struct inotify_event *)p;
      size_t len = e->len ? strlen(e->name) : 0;
      if ((len > 4 && strcmp(e->name + len - 4, ".lua") == 0)
          || (len > 5 && strcmp(e->name + len - 5, ".json") == 0))
        story = true;
      p += sizeof *e + e->len;
    }
  }
  return story;
}

static int watching(void *ud)
{
  Watch *w = ud;
  struct pollfd p[2] = { { w->fd, POLLIN, 0 }, { w->stop[0], POLLIN, 0 } };
  for (;;) {
    bool story;
    if (poll(p, 2, -1) < 0)
      continue;
    if (p[1].revents)
      return 0;
    story = drain(w->fd);
    /* until the burst is over: one reload for an editor's whole save */
    while (poll(p, 2, QUIET_MS) > 0) {
      if (p[1].revents)
        return 0;
      story |= drain(w->fd);
    }
    if (story) {
      SDL_Event e = { 0 };
      e.type = w->type;
      SDL_PushEvent(&e);
    }
  }
}

Watch *watch_start(uint32_t type)
{
  Watch *w = mem_calloc(1, sizeof *w);
  w->type = type;
  w->stop[0] = w->stop[1] = -1;
  if ((w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) < 0)
    goto fail;
  add_root(w, vfs_base());
  for (int i = 0; vfs_mod_path(i); i++)
    add_root(w, vfs_mod_path(i));
  if (w->folders == 0 || pipe(w->stop) != 0
      || !(w->thread = SDL_CreateThread(watching, "watch", w)))
    goto fail;
  return w;
fail:
  if (w->fd >= 0)
    close(w->fd);
  if (w->stop[0] >= 0)
    close(w->stop[0]), close(w->stop[1]);
  free(w);
  return NULL;
}

void watch_stop(Watch *w)
{
  if (!w)
    return;
  if (write(w->stop[1], "", 1) != 1) {
    SDL_DetachThread(w->thread); /* it keeps w: left to the process's end */
    return;
  }
  SDL_WaitThread(w->thread, NULL);
  close(w->stop[0]);
  close(w->stop[1]);
  close(w->fd);
  free(w);
}

#else /* no inotify: F5 only */

Watch *watch_start(uint32_t type)
{
  (void)type;
  return NULL;
}

void watch_stop(Watch *w)
{
  (void)w;
}

#endif
