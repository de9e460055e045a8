/*
** rows: sets of states as rows of value numbers (see rows.h). A row is
** hashed with FNV-1a over its numbers; the table is open addressing with
** linear probing, kept under half full.
*/
#include <string.h>

#include "tools/rows.h"
#include "mem.h"

void rows_values_init(RowValues *v)
{
  v->index = json_object();
  v->list = json_array();
  json_array_append_new(v->list, json_null()); /* number 0: no value */
}

void rows_values_clear(RowValues *v)
{
  json_decref(v->index);
  json_decref(v->list);
  v->index = v->list = NULL;
}

uint32_t rows_value(RowValues *v, const json_t *j)
{
  char *key;
  json_t *at;
  uint32_t id;
  if (!j)
    return 0;
  /* JSON_ENCODE_ANY | JSON_SORT_KEYS | JSON_COMPACT: equal values, equal texts */
  key = json_dumps(j, JSON_ENCODE_ANY | JSON_SORT_KEYS | JSON_COMPACT);
  if ((at = json_object_get(v->index, key))) {
    free(key);
    return (uint32_t)json_integer_value(at);
  }
  id = (uint32_t)json_array_size(v->list);
  json_array_append(v->list, (json_t *)j);
  json_object_set_new(v->index, key, json_integer(id));
  free(key);
  return id;
}

const json_t *rows_json(const RowValues *v, uint32_t id)
{
  return id ? json_array_get(v->list, id) : NULL;
}

void rows_init(Rows *r, size_t width)
{
  memset(r, 0, sizeof *r);
  r->width = width ? width : 1; /* (a row of no variable: one 0) */
}

void rows_clear(Rows *r)
{
  free(r->cells);
  free(r->slots);
  rows_init(r, r->width);
}

const uint32_t *rows_get(const Rows *r, size_t i)
{
  return r->cells + i * r->width;
}

static size_t hash_row(const uint32_t *row, size_t width)
{
  uint64_t h = 14695981039346656037ULL;
  for (size_t i = 0; i < width; i++)
    h = (h ^ row[i]) * 1099511628211ULL;
  return (size_t)(h ^ (h >> 29));
}

/* Puts row number i into the table (it is not there). */
static void place(Rows *r, size_t i)
{
  size_t at = hash_row(rows_get(r, i), r->width) & (r->nslots - 1);
  while (r->slots[at])
    at = (at + 1) & (r->nslots - 1);
  r->slots[at] = i + 1;
}

size_t rows_add(Rows *r, const uint32_t *row)
{
  size_t at;
  if (2 * (r->n + 1) > r->nslots) { /* grow the table, then the rows */
    free(r->slots);
    r->nslots = r->nslots ? r->nslots * 2 : 1024;
    r->slots = mem_calloc(r->nslots, sizeof *r->slots);
    for (size_t i = 0; i < r->n; i++)
      place(r, i);
  }
  at = hash_row(row, r->width) & (r->nslots - 1);
  for (; r->slots[at]; at = (at + 1) & (r->nslots - 1))
    if (memcmp(rows_get(r, r->slots[at] - 1), row, r->width * sizeof *row) == 0)
      return r->slots[at] - 1;
  if (r->n == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 256;
    r->cells = mem_realloc(r->cells, r->cap * r->width * sizeof *r->cells);
  }
  memcpy(r->cells + r->n * r->width, row, r->width * sizeof *row);
  r->slots[at] = ++r->n;
  return r->n - 1;
}
