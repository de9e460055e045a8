/*
** bench: the start-up's stages and the page's drawing time, timed for
** tests/bench/run.sh, which reads these lines: keep their format.
*/
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench.h"
#include "font.h"

bool bench_on(void)
{
  static int on = -1;
  if (on < 0)
    on = getenv("FICELLE_BENCH") != NULL;
  return on;
}

static double wall_seconds(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void bench_stage(const char *what)
{
  if (bench_on())
    fprintf(stderr, "bench: stage %s %.6f\n", what, wall_seconds());
}

void bench_mark(const char *what)
{
  if (bench_on())
    fprintf(stderr, "bench: %s %.6f\n", what, wall_seconds());
}

static double median_draw_ms(SDL_Renderer *r, Layout *L, void (*draw)(void *), void *ud, bool cold)
{
  double t[15];
  for (int i = 0; i < 15; i++) {
    if (cold) {
      font_cache_clear();
      layout_invalidate(L);
    }
    double t0 = wall_seconds();
    draw(ud);
    SDL_RenderFlush(r);
    t[i] = wall_seconds() - t0;
  }
  for (int i = 1; i < 15; i++)
    for (int k = i; k > 0 && t[k] < t[k - 1]; k--) {
      double x = t[k];
      t[k] = t[k - 1];
      t[k - 1] = x;
    }
  return t[7] * 1000;
}

void bench_page(SDL_Renderer *r, Layout *L, void (*draw)(void *ud), void *ud)
{
  if (!bench_on())
    return;
  fprintf(stderr, "bench: layout_draw_cold_ms %.3f\n", median_draw_ms(r, L, draw, ud, true));
  fprintf(stderr, "bench: draw_warm_ms %.3f\n", median_draw_ms(r, L, draw, ud, false));
}
