/* Unit tests of rows: the sets of states the checker passes from chapter to
** chapter, and the hash pass_on makes from a row's changes alone. */
#include "check.h"
#include "tools/rows.h"

/* The same row added twice is one; rows that differ are not. */
static void test_a_row_once(void)
{
  Rows r;
  uint32_t a[3] = { 1, 2, 3 }, b[3] = { 1, 2, 4 }, c[3] = { 3, 2, 1 };
  rows_init(&r, 3);
  CHECK(rows_add(&r, a) == 0);
  CHECK(rows_add(&r, b) == 1);
  CHECK(rows_add(&r, c) == 2); /* the same numbers in another order */
  CHECK(rows_add(&r, a) == 0);
  CHECK(r.n == 3);
  CHECK(rows_get(&r, 1)[2] == 4);
  rows_clear(&r);
}

/* A row hashed from another by changing some cells' terms is the row the
** whole sum finds: pass_on's rows meet those carry made, through the growth
** of the table (2,000 rows: the table doubles several times). */
static void test_sum_by_changes(void)
{
  Rows r;
  uint32_t base[4], row[4];
  rows_init(&r, 4);
  for (uint32_t i = 0; i < 2000; i++) {
    uint32_t full[4] = { i, i % 7 + 1, 5, i / 3 };
    CHECK(rows_add(&r, full) == i);
  }
  for (uint32_t i = 0; i < 2000; i++) {
    uint64_t sum = 0, h;
    base[0] = i, base[1] = 99, base[2] = 98, base[3] = i / 3;
    for (size_t j = 0; j < 4; j++)
      sum += rows_cell(j, base[j]);
    for (size_t j = 0; j < 4; j++)
      row[j] = base[j];
    h = sum;
    row[1] = i % 7 + 1, h += rows_cell(1, row[1]) - rows_cell(1, base[1]);
    row[2] = 5, h += rows_cell(2, row[2]) - rows_cell(2, base[2]);
    CHECK(rows_add_hashed(&r, row, h) == i);
  }
  CHECK(r.n == 2000);
  rows_clear(&r);
}

int main(void)
{
  RUN(test_a_row_once);
  RUN(test_sum_by_changes);
  return check_done("test_rows");
}
