/*
** tr: a unit of a story shown to the reader, in the reader's language. A unit
** is looked up in the catalog by its context and French text (or pinned id),
** its placeholders filled, and French typography applied. Knows nothing of the
** story: the caller passes the catalog and the variables.
*/
#ifndef FICELLE_TR_H
#define FICELLE_TR_H

#include <jansson.h>

#include "i18n.h"

/* Called with every unit translated: its id, its French text, and where the
** script wrote it (the checker and extract collect them). */
typedef void (*TrCollector)(void *ud, const char *id, const char *source, const char *file,
                            int line);

typedef struct Tr {
  Catalog *cat;        /* NULL for the source language; a speaker missing from what
                    it has read reads the rest (i18n_need_all) */
  const char *lang;    /* "fr", "en", ... */
  TrCollector collect; /* may be NULL */
  void *collect_ud;
  const char *file; /* where the units come from, for the collector */
  int line;
  json_t *typeset; /* may be NULL; French text with no placeholder -> its
                      typesetting, kept for the tools, which play the same
                      lines many times (a reader's would grow with the story) */
} Tr;

/* Translates, fills and typesets one unit. args and vars (objects, may be NULL)
** give the placeholders' values. Returns a malloc'd string, or NULL and err if
** src is NULL, a placeholder has no value, or the text is not UTF-8. */
char *tr_unit(const Tr *tr, const char *context, const char *src, const char *pin,
              const json_t *args, const json_t *vars);

/* A deep copy of j with every string shown to the reader translated; strings
** under name keys (id, kind, image, ...) are names and stay as they are.
** Objects are walked in key order, the order the catalogs list units in.
** A new reference, or NULL and err. */
json_t *tr_tree(const Tr *tr, const char *context, const json_t *j, const char *key,
                const json_t *vars);

/* Does a string of j (at any depth) hold a '{', a placeholder's or not? Only
** then does tr_tree need the variables. */
bool tr_has_braces(const json_t *j);

/* The values src's placeholders take now, from args then vars: what the unit
** needs to be shown again later, in another language, once the variables have
** moved on. A new reference (an object, maybe empty). */
json_t *tr_snapshot(const char *src, const json_t *args, const json_t *vars);

/* The keys of an object in byte order, NULL-ended; malloc'd (the strings are
** the object's). */
const char **tr_sorted_keys(const json_t *obj, size_t *n);

#endif
