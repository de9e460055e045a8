/*
** rng: the story's seeded random generator (xoshiro128**), so that scripts draw
** the same numbers on every replay. Its whole state is four words, saved in
** each checkpoint.
*/
#ifndef FICELLE_RNG_H
#define FICELLE_RNG_H

#include <stdint.h>

typedef struct Rng {
  uint32_t s[4];
} Rng;

/* Seeds the generator (splitmix64 over seed, so nearby seeds differ). */
void rng_seed(Rng *r, uint64_t seed);
uint32_t rng_next(Rng *r);
/* A whole number in [lo, hi], without modulo bias. lo <= hi. */
int64_t rng_range(Rng *r, int64_t lo, int64_t hi);

#endif
