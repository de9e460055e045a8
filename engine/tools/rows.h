/*
** rows: sets of states of the story's variables, kept as rows of numbers (a
** value's number in a table of the values met), for the states the checker
** passes from chapter to chapter. They number hundreds of thousands; made as
** JSON objects, keyed and compared as text, they cost more than all the
** chapters' search.
*/
#ifndef FICELLE_ROWS_H
#define FICELLE_ROWS_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

/* The values met, each numbered from 1 (0: no value, a variable unset). */
typedef struct RowValues {
  json_t *index; /* a value's canonical text -> its number */
  json_t *list;  /* the values, the first at 0 */
} RowValues;

void rows_values_init(RowValues *v);
void rows_values_clear(RowValues *v);
/* The number of j (0 for NULL), given one if it has none. */
uint32_t rows_value(RowValues *v, const json_t *j);
/* The value numbered id: borrowed; NULL for 0. */
const json_t *rows_json(const RowValues *v, uint32_t id);

/* A set of rows of `width` numbers each, in the order they were added. */
typedef struct Rows {
  size_t width;
  uint32_t *cells; /* row i at cells + i * width */
  uint64_t *sums;  /* row i's hash */
  size_t n, cap;
  size_t *slots; /* a hash table of row numbers + 1 (0: empty), nslots a power of 2 */
  size_t nslots;
} Rows;

void rows_init(Rows *r, size_t width);
void rows_clear(Rows *r);
/* Adds row (width numbers) unless the set holds it: its index either way. */
size_t rows_add(Rows *r, const uint32_t *row);

/* A row's hash is the sum of its cells' (rows_cell), so that a row made from
** another by changing a few cells is hashed by changing those cells' terms
** alone (pass_on makes millions of rows so). rows_add_hashed(r, row, sum)
** is rows_add with the sum given. */
uint64_t rows_cell(size_t column, uint32_t value);
size_t rows_add_hashed(Rows *r, const uint32_t *row, uint64_t sum);
/* Row i: borrowed, until the next rows_add. */
const uint32_t *rows_get(const Rows *r, size_t i);

#endif
