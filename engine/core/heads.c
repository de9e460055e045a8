/*
** heads: the kept declarations of the story files' heads (see heads.h). The
** text: a first line "ficelle-heads 1 CRC LENGTH" (the CRC-32 and length of
** the rest), the API's stamp on a line, then for each file, sorted by path,
**   f <tab> path <tab> stamp <tab> chapters <newline>
** and for each of its chapters
**   c <tab> number <tab> id <tab> side <tab> bytes <newline> JSON <newline>
** Fields hold no tab nor line break; the JSON is skipped by its length, so
** opening the cache costs a pass over its lines, not a parse of every chapter.
*/
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heads.h"
#include "mem.h"
#include "ziplist.h"

#define MAGIC "ficelle-heads 1 "

typedef struct Entry {
  const char *path, *stamp; /* in the Heads' text, or in own */
  HeadsChapter *ch;
  size_t n;
  char *own; /* the strings of an entry put since (NULL: in the text) */
  bool seen;
} Entry;

struct Heads {
  char *text; /* the text parsed, which the entries from it point into */
  char *api;
  Entry *e; /* sorted by path */
  size_t n, cap;
  bool changed;
};

Heads *heads_new(const char *api)
{
  Heads *h = mem_calloc(1, sizeof *h);
  h->api = mem_strdup(api);
  return h;
}

static void entry_free(Entry *e)
{
  free(e->ch);
  free(e->own);
}

void heads_free(Heads *h)
{
  if (!h)
    return;
  for (size_t i = 0; i < h->n; i++)
    entry_free(&h->e[i]);
  free(h->e);
  free(h->text);
  free(h->api);
  free(h);
}

/* The field at *p up to the byte stop (before end), made a string in place:
** its start, *p moved past stop; NULL if there is no stop before end. */
static char *field(char **p, const char *end, char stop)
{
  char *at = *p, *q = memchr(at, stop, (size_t)(end - at));
  if (!q)
    return NULL;
  *q = '\0';
  *p = q + 1;
  return at;
}

/* A decimal count in s (digits only), within [0, max]: -1 if s is anything
** else. */
static long long count(const char *s, long long max)
{
  long long v = 0;
  if (!*s)
    return -1;
  for (; *s; s++) {
    if (*s < '0' || *s > '9' || v > max / 10)
      return -1;
    v = 10 * v + (*s - '0');
  }
  return v > max ? -1 : v;
}

/* The first line after MAGIC: eight lowercase hex digits (the body's
** CRC-32), a space, the body's length. */
static bool header(const char *p, uint32_t *crc, long long *body, long long max)
{
  uint32_t v = 0;
  for (int i = 0; i < 8; i++, p++) {
    int d = *p >= '0' && *p <= '9' ? *p - '0' : *p >= 'a' && *p <= 'f' ? *p - 'a' + 10 : -1;
    if (d < 0)
      return false;
    v = v << 4 | (uint32_t)d;
  }
  *crc = v;
  return *p == ' ' && (*body = count(p + 1, max)) >= 0;
}

static Entry *grow(Heads *h)
{
  if (h->n == h->cap) {
    h->cap = h->cap ? 2 * h->cap : 16;
    h->e = mem_realloc(h->e, h->cap * sizeof *h->e);
  }
  memset(&h->e[h->n], 0, sizeof *h->e);
  return &h->e[h->n++];
}

/* Reads the entries of the body [p, end): false at the first flaw. */
static bool parse_body(Heads *h, char *p, const char *end)
{
  const char *last = NULL;
  while (p < end) {
    char *kind = field(&p, end, '\t'), *path, *stamp, *nch;
    long long n;
    Entry *e;
    if (!kind || strcmp(kind, "f") != 0 || !(path = field(&p, end, '\t'))
        || !(stamp = field(&p, end, '\t')) || !(nch = field(&p, end, '\n'))
        || (n = count(nch, 100000)) <= 0 || (last && strcmp(last, path) >= 0))
      return false;
    last = path;
    e = grow(h);
    e->path = path;
    e->stamp = stamp;
    e->ch = mem_calloc((size_t)n, sizeof *e->ch);
    for (long long k = 0; k < n; k++) {
      HeadsChapter *c = &e->ch[e->n];
      char *num, *bytes;
      long long number, len;
      if (!(kind = field(&p, end, '\t')) || strcmp(kind, "c") != 0 || !(num = field(&p, end, '\t'))
          || !(c->id = field(&p, end, '\t')) || !(c->side = field(&p, end, '\t'))
          || !(bytes = field(&p, end, '\n')))
        return false;
      number = strtoll(num, &kind, 10);
      if (!*num || *kind || number < -2147483647 || number > 2147483647
          || (len = count(bytes, end - p)) < 0 || p + len >= end || p[len] != '\n')
        return false;
      c->number = (int)number;
      c->decl = p;
      c->len = (size_t)len;
      p[len] = '\0';
      p += len + 1;
      e->n++;
    }
  }
  return true;
}

Heads *heads_parse(char *text, size_t len, const char *api)
{
  Heads *h;
  char *p = text, *end = text + len, *head, *was;
  uint32_t crc;
  long long body;
  if (len < sizeof MAGIC || memcmp(text, MAGIC, sizeof MAGIC - 1) != 0
      || !(head = field(&p, end, '\n'))
      || !header(head + sizeof MAGIC - 1, &crc, &body, (long long)len) || body != end - p
      || ziplist_crc(p, (size_t)body) != crc || !(was = field(&p, end, '\n'))
      || strcmp(was, api) != 0) {
    free(text);
    return NULL;
  }
  h = heads_new(api);
  h->text = text;
  if (!parse_body(h, p, end)) {
    heads_free(h);
    return NULL;
  }
  return h;
}

/* The index of path's entry, or where it would go (*found false). */
static size_t find(const Heads *h, const char *path, bool *found)
{
  size_t lo = 0, hi = h->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(h->e[mid].path, path);
    if (c == 0) {
      *found = true;
      return mid;
    }
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  *found = false;
  return lo;
}

size_t heads_get(Heads *h, const char *path, const char *stamp, const HeadsChapter **out)
{
  bool found;
  size_t i = find(h, path, &found);
  *out = NULL;
  if (!found)
    return 0;
  h->e[i].seen = true;
  if (strcmp(h->e[i].stamp, stamp) != 0)
    return 0;
  *out = h->e[i].ch;
  return h->e[i].n;
}

static void remove_at(Heads *h, size_t i)
{
  entry_free(&h->e[i]);
  memmove(&h->e[i], &h->e[i + 1], (h->n - i - 1) * sizeof *h->e);
  h->n--;
  h->changed = true;
}

void heads_drop(Heads *h, const char *path)
{
  bool found;
  size_t i = find(h, path, &found);
  if (found)
    remove_at(h, i);
}

/* d as compact JSON, malloc'd (json_dumpb, not json_dumps: its text is ours to
** free, whatever allocator jansson was given); NULL if it cannot be. */
static char *dump(const json_t *d)
{
  size_t n = json_dumpb(d, NULL, 0, JSON_COMPACT | JSON_SORT_KEYS);
  char *text;
  if (n == 0)
    return NULL;
  text = mem_realloc(NULL, n + 1);
  n = json_dumpb(d, text, n, JSON_COMPACT | JSON_SORT_KEYS);
  text[n] = '\0';
  return text;
}

static bool plain(const char *s)
{
  return s && !strpbrk(s, "\t\n");
}

void heads_put(Heads *h, const char *path, const char *stamp, const json_t *defs)
{
  size_t n = json_array_size(defs), i, *at, size;
  char **decl;
  const json_t *d;
  MemBuf b = { 0 };
  Entry e = { 0 };
  bool found;
  heads_drop(h, path);
  if (n == 0 || !plain(path) || !plain(stamp))
    return;
  decl = mem_calloc(n, sizeof *decl);
  at = mem_calloc(4 * n + 2, sizeof *at);
  /* The strings one after the other in one block, NUL-ended; pointed at once
  ** the block has stopped moving. */
  at[0] = b.n;
  mem_buf_add(&b, path, strlen(path) + 1);
  at[1] = b.n;
  mem_buf_add(&b, stamp, strlen(stamp) + 1);
  json_array_foreach(defs, i, d) {
    const char *id = json_string_value(json_object_get(d, "id"));
    const char *side = json_string_value(json_object_get(d, "side"));
    json_int_t number = json_integer_value(json_object_get(d, "number"));
    if (!plain(id) || !plain(side) || !json_is_integer(json_object_get(d, "number"))
        || number < -2147483647 || number > 2147483647 || !(decl[i] = dump(d))) {
      for (size_t k = 0; k < n; k++)
        free(decl[k]);
      free(decl);
      free(at);
      free(b.s);
      return;
    }
    at[2 + 4 * i] = b.n;
    mem_buf_add(&b, id, strlen(id) + 1);
    at[3 + 4 * i] = b.n;
    mem_buf_add(&b, side, strlen(side) + 1);
    at[4 + 4 * i] = b.n;
    size = strlen(decl[i]);
    mem_buf_add(&b, decl[i], size + 1);
    at[5 + 4 * i] = size;
    free(decl[i]);
  }
  e.own = b.s;
  e.path = b.s + at[0];
  e.stamp = b.s + at[1];
  e.ch = mem_calloc(n, sizeof *e.ch);
  e.n = n;
  e.seen = true;
  json_array_foreach(defs, i, d) {
    e.ch[i].number = (int)json_integer_value(json_object_get(d, "number"));
    e.ch[i].id = b.s + at[2 + 4 * i];
    e.ch[i].side = b.s + at[3 + 4 * i];
    e.ch[i].decl = b.s + at[4 + 4 * i];
    e.ch[i].len = at[5 + 4 * i];
  }
  free(decl);
  free(at);
  i = find(h, path, &found);
  grow(h);
  memmove(&h->e[i + 1], &h->e[i], (h->n - 1 - i) * sizeof *h->e);
  h->e[i] = e;
  h->changed = true;
}

void heads_clear(Heads *h)
{
  while (h->n > 0)
    remove_at(h, h->n - 1);
}

void heads_prune(Heads *h)
{
  for (size_t i = h->n; i-- > 0;)
    if (!h->e[i].seen)
      remove_at(h, i);
}

bool heads_changed(const Heads *h)
{
  return h->changed;
}

char *heads_dump(const Heads *h, size_t *len)
{
  MemBuf b = { 0 };
  char line[96], *out;
  mem_buf_add(&b, h->api, strlen(h->api));
  mem_buf_add(&b, "\n", 1);
  for (size_t i = 0; i < h->n; i++) {
    const Entry *e = &h->e[i];
    mem_buf_add(&b, "f\t", 2);
    mem_buf_add(&b, e->path, strlen(e->path));
    mem_buf_add(&b, "\t", 1);
    mem_buf_add(&b, e->stamp, strlen(e->stamp));
    snprintf(line, sizeof line, "\t%zu\n", e->n);
    mem_buf_add(&b, line, strlen(line));
    for (size_t k = 0; k < e->n; k++) {
      const HeadsChapter *c = &e->ch[k];
      snprintf(line, sizeof line, "c\t%d\t", c->number);
      mem_buf_add(&b, line, strlen(line));
      mem_buf_add(&b, c->id, strlen(c->id));
      mem_buf_add(&b, "\t", 1);
      mem_buf_add(&b, c->side, strlen(c->side));
      snprintf(line, sizeof line, "\t%zu\n", c->len);
      mem_buf_add(&b, line, strlen(line));
      mem_buf_add(&b, c->decl, c->len);
      mem_buf_add(&b, "\n", 1);
    }
  }
  snprintf(line, sizeof line, MAGIC "%08" PRIx32 " %zu\n", ziplist_crc(b.s, b.n), b.n);
  *len = strlen(line) + b.n;
  out = mem_realloc(NULL, *len + 1);
  memcpy(out, line, strlen(line));
  memcpy(out + strlen(line), b.s, b.n);
  out[*len] = '\0';
  free(b.s);
  return out;
}
