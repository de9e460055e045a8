/*
** bench: the figures tests/bench/run.sh reads when FICELLE_BENCH is set, as
** lines "bench: <what> <value>" on stderr: the wall-clock time of each stage
** of the start-up, of the first frame and of the first full page, and what
** that page costs to draw. Without FICELLE_BENCH every call does nothing.
*/
#ifndef FICELLE_BENCH_H
#define FICELLE_BENCH_H

#include <stdbool.h>
#include <SDL.h>

#include "layout.h"

/* True if FICELLE_BENCH is set (asked once, at the first call). */
bool bench_on(void);
/* "bench: stage <what> <seconds>": a stage of the start-up is over. */
void bench_stage(const char *what);
/* "bench: <what> <seconds>" (first_frame, page_ready); seconds of the wall clock. */
void bench_mark(const char *what);
/* "bench: layout_draw_cold_ms <ms>" and "bench: draw_warm_ms <ms>": the median
** of 15 calls of draw(ud) (a frame drawn, not presented) with the font cache
** and L's laid-out lines emptied before each, then of 15 as they come. */
void bench_page(SDL_Renderer *r, Layout *L, void (*draw)(void *ud), void *ud);

#endif
