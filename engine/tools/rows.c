/*
** rows: sets of states as rows of value numbers (see rows.h). A row is
** hashed as the sum of its cells' hashes (each its column and value mixed by
** splitmix64's finaliser); the table is open addressing with linear probing,
** kept under half full.
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
  free(r->sums);
  free(r->slots);
  rows_init(r, r->width);
}

const uint32_t *rows_get(const Rows *r, size_t i)
{
  return r->cells + i * r->width;
}

uint64_t rows_cell(size_t column, uint32_t value)
{
  uint64_t x = ((uint64_t)column << 32 | value) + 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

static uint64_t row_sum(const uint32_t *row, size_t width)
{
  uint64_t h = 0;
  for (size_t i = 0; i < width; i++)
    h += rows_cell(i, row[i]);
  return h;
}

/* The slot a sum starts its probe at (the sum's high bits, mixed in). */
static size_t slot_of(const Rows *r, uint64_t sum)
{
  return (size_t)(sum ^ (sum >> 32)) & (r->nslots - 1);
}

/* Puts row number i into the table (it is not there). */
static void place(Rows *r, size_t i)
{
  size_t at = slot_of(r, r->sums[i]);
  while (r->slots[at])
    at = (at + 1) & (r->nslots - 1);
  r->slots[at] = i + 1;
}

size_t rows_add(Rows *r, const uint32_t *row)
{
  return rows_add_hashed(r, row, row_sum(row, r->width));
}

size_t rows_add_hashed(Rows *r, const uint32_t *row, uint64_t sum)
{
  size_t at;
  if (2 * (r->n + 1) > r->nslots) { /* grow the table, then the rows */
    free(r->slots);
    r->nslots = r->nslots ? r->nslots * 2 : 1024;
    r->slots = mem_calloc(r->nslots, sizeof *r->slots);
    for (size_t i = 0; i < r->n; i++)
      place(r, i);
  }
  at = slot_of(r, sum);
  for (; r->slots[at]; at = (at + 1) & (r->nslots - 1)) {
    size_t i = r->slots[at] - 1;
    if (r->sums[i] == sum && memcmp(rows_get(r, i), row, r->width * sizeof *row) == 0)
      return i;
  }
  if (r->n == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 256;
    r->cells = mem_realloc(r->cells, r->cap * r->width * sizeof *r->cells);
    r->sums = mem_realloc(r->sums, r->cap * sizeof *r->sums);
  }
  memcpy(r->cells + r->n * r->width, row, r->width * sizeof *row);
  r->sums[r->n] = sum;
  r->slots[at] = ++r->n;
  return r->n - 1;
}
