/*
** rng: xoshiro128** by Blackman and Vigna (public domain algorithm), seeded by
** splitmix64.
*/
#include "rng.h"

static uint32_t rotl(uint32_t x, int k)
{
  return (x << k) | (x >> (32 - k));
}

void rng_seed(Rng *r, uint64_t seed)
{
  for (int i = 0; i < 4; i++) {
    uint64_t z = (seed += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    r->s[i] = (uint32_t)((z ^ (z >> 31)) >> 16);
  }
  if (!(r->s[0] | r->s[1] | r->s[2] | r->s[3]))
    r->s[0] = 1; /* the all-zero state is a fixed point */
}

uint32_t rng_next(Rng *r)
{
  uint32_t *s = r->s;
  uint32_t result = rotl(s[1] * 5, 7) * 9;
  uint32_t t = s[1] << 9;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 11);
  return result;
}

int64_t rng_range(Rng *r, int64_t lo, int64_t hi)
{
  /* Unsigned throughout: hi - lo overflows int64_t when the range is wide (and
  ** the conversion back wraps, as on every two's complement target). */
  uint64_t span = (uint64_t)hi - (uint64_t)lo + 1; /* 0: all 2^64 values */
  uint64_t x;
  if (span == 0 || span > UINT32_MAX) { /* wider than one draw: combine two */
    /* Two statements: the high word is drawn first, on every compiler, as
    ** saves replay (one expression would leave the order unspecified). */
    x = (uint64_t)rng_next(r) << 32;
    x |= rng_next(r);
    return (int64_t)((uint64_t)lo + (span ? x % span : x));
  }
  uint32_t limit = (uint32_t)(UINT32_MAX - (UINT32_MAX % span + 1) % span);
  do
    x = rng_next(r);
  while (x > limit);
  return (int64_t)((uint64_t)lo + x % span);
}
