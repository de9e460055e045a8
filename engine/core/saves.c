/*
** saves: slots, and a damaged save set aside (see saves.h).
*/
#include <stdio.h>
#include <stdlib.h>

#include "err.h"
#include "saves.h"
#include "vfs.h"

void saves_path(const char *slot, char *buf, size_t size)
{
  snprintf(buf, size, "%ssaves/%s.sav", VFS_USER, slot);
}

bool saves_exists(const char *slot)
{
  char path[256];
  saves_path(slot, path, sizeof path);
  return vfs_exists(path);
}

bool saves_write(Story *s, const char *slot)
{
  char path[256];
  size_t len = 0;
  char *data = story_save(s, &len);
  bool ok;
  if (!data)
    return false;
  saves_path(slot, path, sizeof path);
  if (len > SAVES_MAX_BYTES) {
    free(data);
    return err_set("%s: the game's state is %zu MiB, more than the %zu MiB a save may hold "
                   "(the story keeps too much in its variables)",
                   path, len >> 20, SAVES_MAX_BYTES >> 20);
  }
  ok = vfs_write(path, data, len);
  free(data);
  return ok;
}

const Event *saves_load(Story *s, const char *slot, bool *diverged, bool *missing)
{
  char path[256], aside[280], why[ERR_MAX];
  size_t len = 0;
  char *data;
  const Event *ev;
  saves_path(slot, path, sizeof path);
  *missing = false;
  if (!(data = vfs_read_max(path, SAVES_MAX_BYTES, &len))) {
    *missing = !vfs_exists(path);
    return NULL;
  }
  ev = story_restore(s, data, len, diverged);
  free(data);
  if (ev)
    return ev;
  snprintf(why, sizeof why, "%s", err_get());
  snprintf(aside, sizeof aside, "%s.damaged", path);
  if (vfs_rename(path, aside))
    err_set("%s: %s (set aside as %s)", path, why, aside);
  else
    err_set("%s: %s (could not set it aside: %s)", path, why, err_get());
  return NULL;
}

void saves_remove(const char *slot)
{
  char path[256];
  saves_path(slot, path, sizeof path);
  vfs_remove(path);
}
