/*
** heads: what the heads of the story's files declared (head.h), kept in the
** write dir between runs, so that the next opening declares the chapters of a
** file that has not changed without reading the file. A text of lines and
** lengths that opens in one pass: each chapter's number, id and side are
** read at once, its declaration (JSON) is parsed only when the chapter is
** needed. A checksum covers the whole text: a damaged one is not trusted.
*/
#ifndef FICELLE_HEADS_H
#define FICELLE_HEADS_H

#include <stdbool.h>
#include <stddef.h>
#include <jansson.h>

typedef struct Heads Heads;

/* A chapter as a file's head declared it. Its strings belong to the Heads. */
typedef struct HeadsChapter {
  int number;
  const char *id;
  const char *side;
  const char *decl; /* its declaration, JSON, NUL-terminated */
  size_t len;       /* strlen(decl) */
} HeadsChapter;

/* An empty cache for the engine's story API `api` (a stamp: a new engine's
** API, new heads). */
Heads *heads_new(const char *api);
/* The cache in text (len bytes, which it takes: heads_free frees it, and it
** is freed at once if NULL is returned). NULL if text is not a cache of this
** API, or is damaged in any way (the checksum, a line, a length): the caller
** starts an empty one, which it writes over this one. */
Heads *heads_parse(char *text, size_t len, const char *api);
void heads_free(Heads *h);

/* The chapters kept for path if its stamp is still `stamp`: their count and
** *out (borrowed, valid until the entry changes); 0 if path has no entry, or
** one of another stamp. The entry is marked seen either way. */
size_t heads_get(Heads *h, const char *path, const char *stamp, const HeadsChapter **out);
/* Keeps what path's head declared now: defs, an array of chapter tables
** (each with a string id and side and an integer number; the entry is
** dropped instead if one has not, or if path or stamp hold a tab or a line
** break). Marks the entry seen. */
void heads_put(Heads *h, const char *path, const char *stamp, const json_t *defs);
/* Forgets path's entry, if any. */
void heads_drop(Heads *h, const char *path);
/* Forgets every entry (a writer's reload: every head runs again). */
void heads_clear(Heads *h);
/* Forgets the entries not seen since the cache was opened (files gone). */
void heads_prune(Heads *h);
/* Has anything changed since the cache was opened or parsed? */
bool heads_changed(const Heads *h);

/* The cache as text, for heads_parse: malloc'd (the caller frees it), its
** length in *len. */
char *heads_dump(const Heads *h, size_t *len);

#endif
