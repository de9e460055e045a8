/* Unit tests of rng: known answers. A save holds the generator's state and the
** reader's inputs, so a replay draws these very numbers again; any change to
** the algorithm, its seeding or rng_range's use of draws must fail here. The
** numbers were computed once with the code of commit dc923aa (GCC and Clang
** agree) and pasted in; never recompute them to make the test pass. */
#include <inttypes.h>

#include "check.h"
#include "rng.h"

#define DEFAULT_SEED 0x43454E54494D4553ull /* "CENTIMES", as in story_impl.h */

/* Checks n values against want, naming the first that differs. */
static void same_numbers(const char *what, const int64_t *got, const int64_t *want, int n)
{
  int i = 0;
  while (i < n && got[i] == want[i])
    i++;
  if (i < n)
    printf("# %s, draw %d: got %" PRId64 ", expected %" PRId64 "\n", what, i, got[i], want[i]);
  CHECK(i == n);
}

static void outputs_are(uint64_t seed, const uint32_t state[4], const uint32_t want[8])
{
  Rng r;
  int64_t got[8], w[8];
  rng_seed(&r, seed);
  CHECK(memcmp(r.s, state, sizeof r.s) == 0);
  for (int i = 0; i < 8; i++) {
    got[i] = rng_next(&r);
    w[i] = want[i];
  }
  same_numbers("rng_next", got, w, 8);
}

/* n draws of rng_range(lo, hi) from a fresh generator. */
static void range_is(uint64_t seed, int64_t lo, int64_t hi, const int64_t *want, int n)
{
  Rng r;
  int64_t got[8];
  char what[96];
  rng_seed(&r, seed);
  for (int i = 0; i < n; i++)
    got[i] = rng_range(&r, lo, hi);
  snprintf(what, sizeof what, "rng_range(%" PRId64 ", %" PRId64 ")", lo, hi);
  same_numbers(what, got, want, n);
}

static void test_next_default_seed(void)
{
  static const uint32_t state[4] = { 0xca400422u, 0x827582eeu, 0xbf3cc232u, 0x50f7ba29u };
  static const uint32_t want[8] = {
    0x5401ed76u, 0x509056b1u, 0x2d9df87cu, 0xfadcf0e4u,
    0xc9adc442u, 0x0d3648b7u, 0x9f9d99d7u, 0x702ee9b2u,
  };
  outputs_are(DEFAULT_SEED, state, want);
}

static void test_next_seed_42(void)
{
  static const uint32_t state[4] = { 0x32262febu, 0xe333b266u, 0x6757130fu, 0xe1ff0e4au };
  static const uint32_t want[8] = {
    0x0b2df8f8u, 0xd9866f7fu, 0xb162a8dbu, 0x04c7dec8u,
    0xc4849debu, 0x48f2d2a6u, 0xb53e6512u, 0x7b7a9e58u,
  };
  outputs_are(42, state, want);
}

/* Ranges of one draw (span <= 2^32 - 1): the same numbers as before the fix
** that made rng_range's arithmetic unsigned. */
static void test_range_narrow(void)
{
  range_is(DEFAULT_SEED, 1, 6, (const int64_t[]){ 3, 2, 5, 3, 1, 2, 4, 3 }, 8);
  range_is(42, 1, 6, (const int64_t[]){ 1, 2, 6, 5, 4, 1, 3, 3 }, 8);
  range_is(DEFAULT_SEED, 1, 1000000, (const int64_t[]){ 412471, 636658, 327485, 783589 }, 4);
  range_is(42, 1, 1000000, (const int64_t[]){ 562233, 466240, 32988, 207561 }, 4);
  range_is(DEFAULT_SEED, -10, 10, (const int64_t[]){ 1, -3, 9, -8 }, 4);
  range_is(42, -10, 10, (const int64_t[]){ 8, 3, 1, 3 }, 4);
  range_is(DEFAULT_SEED, 0, UINT32_MAX - 1,
           (const int64_t[]){ 1409412470, 1351636657, 765327484, 4208783588 }, 4);
  range_is(42, 0, UINT32_MAX - 1, (const int64_t[]){ 187562232, 3649466239, 2976032987, 80207560 },
           4);
}

/* Ranges of two draws, high word first: a span of 2^32 is then the second
** draw (the builds before the fix did the same, by their compiler's choice). */
static void test_range_wide(void)
{
  range_is(DEFAULT_SEED, 0, UINT32_MAX, (const int64_t[]){ 1351636657, 4208783588, 221661367 }, 3);
  range_is(42, 0, UINT32_MAX, (const int64_t[]){ 3649466239, 80207560, 1223873190 }, 3);
  range_is(DEFAULT_SEED, 0, INT64_C(1) << 36,
           (const int64_t[]){ 27033352154, 55700558173, 8600120435, 31779524629 }, 4);
  range_is(42, 0, INT64_C(1) << 36,
           (const int64_t[]){ 37997481968, 47138845755, 48262449352, 10471520263 }, 4);
}

/* hi - lo overflowed int64_t here before the fix (undefined behaviour). */
static void test_range_widest(void)
{
  range_is(DEFAULT_SEED, INT64_MIN, INT64_MAX,
           (const int64_t[]){ INT64_C(-3169991570278558031), INT64_C(-5936315518136028956),
                              INT64_C(5309115323708229815) },
           3);
  range_is(42, INT64_MIN, 0,
           (const int64_t[]){ INT64_C(-8417798380800544897), INT64_C(-5664779722647150905),
                              INT64_C(-4286127311483120987) },
           3);
}

/* Same seed, same numbers; every draw within its bounds. */
static void test_range_bounds(void)
{
  static const int64_t bounds[][2] = {
    { 1, 6 }, { 5, 5 }, { -3, 0 }, { INT64_MAX - 2, INT64_MAX }
  };
  for (size_t k = 0; k < sizeof bounds / sizeof bounds[0]; k++) {
    Rng a, b;
    bool same = true, inside = true;
    int64_t lo = bounds[k][0], hi = bounds[k][1];
    rng_seed(&a, 7);
    rng_seed(&b, 7);
    for (int i = 0; i < 1000; i++) {
      int64_t x = rng_range(&a, lo, hi);
      same = same && x == rng_range(&b, lo, hi);
      inside = inside && x >= lo && x <= hi;
    }
    CHECK(same && inside);
  }
}

int main(void)
{
  RUN(test_next_default_seed);
  RUN(test_next_seed_42);
  RUN(test_range_narrow);
  RUN(test_range_wide);
  RUN(test_range_widest);
  RUN(test_range_bounds);
  return check_done("test_rng");
}
