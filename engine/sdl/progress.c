/*
** progress: the lines seen as a sorted array of 64-bit hashes (FNV-1a of the
** scene, the script's file and line), a few kilobytes for a whole story.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "err.h"
#include "mem.h"
#include "progress.h"
#include "vfs.h"

#define PROGRESS_PATH VFS_USER "progress.json"
#define PROGRESS_MAX_BYTES ((size_t)4 << 20)

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 0x100000001b3ull;
  }
  return h;
}

static uint64_t line_hash(const Event *ev)
{
  char where[32];
  uint64_t h = 0xcbf29ce484222325ull;
  const char *scene = ev->scene ? ev->scene : "", *file = ev->file ? ev->file : "";
  h = fnv(h, scene, strlen(scene) + 1);
  h = fnv(h, file, strlen(file) + 1);
  snprintf(where, sizeof where, "%d", ev->line);
  return fnv(h, where, strlen(where));
}

/* Where h is in the array, or would go. */
static size_t find(const Progress *p, uint64_t h)
{
  size_t lo = 0, hi = p->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (p->seen[mid] < h)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static bool insert(Progress *p, uint64_t h)
{
  size_t at = find(p, h);
  if (at < p->n && p->seen[at] == h)
    return false;
  if (p->n == p->cap) {
    p->cap = p->cap ? 2 * p->cap : 256;
    p->seen = mem_realloc(p->seen, p->cap * sizeof *p->seen);
  }
  memmove(p->seen + at + 1, p->seen + at, (p->n - at) * sizeof *p->seen);
  p->seen[at] = h;
  p->n++;
  return true;
}

void progress_load(Progress *p)
{
  memset(p, 0, sizeof *p);
  char *src = vfs_read_max(PROGRESS_PATH, PROGRESS_MAX_BYTES, NULL);
  if (!src)
    return;
  json_error_t e;
  json_t *o = json_loads(src, 0, &e), *v;
  free(src);
  if (!json_is_object(o)) {
    fprintf(stderr, "ficelle: %s:%d: %s (the reading progress starts anew)\n", PROGRESS_PATH,
            e.line, o ? "not an object" : e.text);
    json_decref(o);
    return;
  }
  size_t i;
  json_array_foreach(json_object_get(o, "seen"), i, v) {
    const char *hex = json_string_value(v);
    if (hex)
      insert(p, strtoull(hex, NULL, 16));
  }
  json_array_foreach(json_object_get(o, "chapters"), i, v) {
    if (i < PROGRESS_CHAPTERS && json_is_integer(v) && json_integer_value(v) >= CHAPTER_UNREAD
        && json_integer_value(v) <= CHAPTER_READ)
      p->chapters[i] = (unsigned char)json_integer_value(v);
  }
  json_decref(o);
}

void progress_save(Progress *p)
{
  if (!p->dirty)
    return;
  json_t *o = json_object(), *seen = json_array(), *chapters = json_array();
  char hex[24];
  int last = 0;
  for (size_t i = 0; i < p->n; i++) {
    snprintf(hex, sizeof hex, "%016llx", (unsigned long long)p->seen[i]);
    json_array_append_new(seen, json_string(hex));
  }
  for (int i = 0; i < PROGRESS_CHAPTERS; i++)
    if (p->chapters[i])
      last = i + 1;
  for (int i = 0; i < last; i++)
    json_array_append_new(chapters, json_integer(p->chapters[i]));
  json_object_set_new(o, "chapters", chapters);
  json_object_set_new(o, "seen", seen);
  char *text = json_dumps(o, JSON_COMPACT);
  if (text && vfs_write(PROGRESS_PATH, text, strlen(text)))
    p->dirty = false;
  else
    fprintf(stderr, "ficelle: progress not saved: %s\n", err_get());
  free(text);
  json_decref(o);
}

void progress_free(Progress *p)
{
  free(p->seen);
  memset(p, 0, sizeof *p);
}

bool progress_seen(const Progress *p, const Event *ev)
{
  uint64_t h = line_hash(ev);
  size_t at = find(p, h);
  return at < p->n && p->seen[at] == h;
}

bool progress_see(Progress *p, const Event *ev)
{
  bool added = insert(p, line_hash(ev));
  p->dirty |= added;
  return added;
}

void progress_chapter(Progress *p, int chapter, ChapterRead status)
{
  if (chapter < 0 || chapter >= PROGRESS_CHAPTERS || p->chapters[chapter] >= status)
    return;
  p->chapters[chapter] = (unsigned char)status;
  p->dirty = true;
}

ChapterRead progress_chapter_read(const Progress *p, int chapter)
{
  return chapter >= 0 && chapter < PROGRESS_CHAPTERS ? (ChapterRead)p->chapters[chapter]
                                                     : CHAPTER_UNREAD;
}
