/*
** bench_costs: the in-process half of tests/bench/costs.py (a benchmark, not a
** test: it prints figures). Reads a story folder and measures, through the
** step API only:
**   open DIR [LANG]     story_open + story_begin(1) in LANG (fr): ms to the
**                       first event (the chapter's title card), and the CPU
**                       time of it
**   switch DIR [LANG]   from French, three steps into chapter 1, then
**                       story_set_language(LANG, default en): its ms
**   rollback DIR N K    steps N events from chapter 1 (continue, or the first
**                       option), then K rollbacks: their ms, and that each
**                       one shows what the reader saw K steps before
**   explore DIR B       the checker's search (explore_run) for B events, alone:
**                       its ms and events (opening the story left out)
**   play DIR [FROM [LANG]]  a whole playthrough from chapter FROM (1), in
**                       LANG (fr): continue,
**                       or the first option, to the story's end: its events,
**                       chapters, CPU ms, CPU ms a chapter over the first and
**                       the last tenth of its chapters, and peak RSS
**                       (BENCH_TENTHS=1: CPU ms a chapter for every tenth;
**                       BENCH_MENU=1: the chapter menu asked for first, as
**                       the title screen does)
*/
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "err.h"
#include "mem.h"
#include "story.h"
#include "tools/tools.h"
#include "vfs.h"

static double now_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The process's CPU time (ms): what a loaded machine's waits leave out. */
static double cpu_ms(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The process's peak RSS in MiB: VmHWM, which (unlike getrusage's, kept
** across exec) counts this program only, not what forked it. */
static double peak_rss_mib(void)
{
  char line[256];
  double kib = 0;
  FILE *f = fopen("/proc/self/status", "r");
  while (f && fgets(line, sizeof line, f))
    if (sscanf(line, "VmHWM: %lf", &kib) == 1)
      break;
  if (f)
    fclose(f);
  return kib / 1024.0;
}

static Story *open_dir(const char *argv0, const char *dir, const char *data, const char *lang,
                       bool all)
{
  VfsOptions vo = { 0 };
  Story *s;
  vo.argv0 = argv0;
  vo.base[0] = dir;
  vo.write_dir = data;
  if (!vfs_open(&vo)) {
    fprintf(stderr, "bench_costs: %s\n", err_get());
    exit(1);
  }
  if (!(s = story_open(&(StoryOptions){ .lang = lang, .load_all = all }))) {
    fprintf(stderr, "bench_costs: %s\n", err_get());
    exit(1);
  }
  return s;
}

static const Event *next(Story *s, const Event *ev)
{
  Input in = { ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 0, NULL };
  return story_step(s, &in);
}

int main(int argc, char **argv)
{
  const char *data = getenv("BENCH_DATA_DIR") ? getenv("BENCH_DATA_DIR") : "/tmp";
  Story *s;
  const Event *ev;
  double t0, t1;
  if (argc >= 3 && strcmp(argv[1], "open") == 0) {
    double c0 = cpu_ms();
    t0 = now_ms();
    s = open_dir(argv[0], argv[2], data, argc >= 4 ? argv[3] : "fr", false);
    ev = story_begin(s, 1);
    t1 = now_ms();
    if (ev->kind != EVENT_CHAPTER) {
      fprintf(stderr, "bench_costs: no title card: %s\n", ev->text ? ev->text : "");
      return 1;
    }
    printf("first_event_ms %.2f kind %d cpu_ms %.2f\n", t1 - t0, ev->kind, cpu_ms() - c0);
  } else if (argc >= 3 && strcmp(argv[1], "switch") == 0) {
    s = open_dir(argv[0], argv[2], data, "fr", false);
    ev = story_begin(s, 1);
    for (int i = 0; i < 3; i++)
      ev = next(s, ev);
    t0 = now_ms();
    if (!story_set_language(s, argc >= 4 ? argv[3] : "en")) {
      fprintf(stderr, "bench_costs: %s\n", err_get());
      return 1;
    }
    t1 = now_ms();
    printf("switch_ms %.2f kind %d\n", t1 - t0, story_event(s)->kind);
  } else if (argc >= 5 && strcmp(argv[1], "rollback") == 0) {
    long n = atol(argv[3]), k = atol(argv[4]), bad = 0;
    char **texts = mem_calloc((size_t)n + 1, sizeof *texts);
    s = open_dir(argv[0], argv[2], data, "fr", false);
    ev = story_begin(s, 1);
    for (long i = 0; i < n && ev->kind != EVENT_END && ev->kind != EVENT_ERROR; i++) {
      texts[i] = mem_strdup(ev->text ? ev->text : "");
      ev = next(s, ev);
    }
    if (ev->kind == EVENT_ERROR) {
      fprintf(stderr, "bench_costs: %s\n", ev->text);
      return 1;
    }
    t0 = now_ms();
    for (long i = 0; i < k; i++)
      ev = story_rollback(s);
    t1 = now_ms();
    /* After k rollbacks from event n, the reader is at event n - k. */
    if (!ev->text || strcmp(ev->text, texts[n - k]) != 0)
      bad++;
    printf("rollback_ms %.2f steps %ld from %ld wrong %ld per_step_ms %.3f\n", t1 - t0, k, n, bad,
           (t1 - t0) / (double)k);
    for (long i = 0; i < n; i++)
      free(texts[i]);
    free(texts);
  } else if (argc >= 4 && strcmp(argv[1], "explore") == 0) {
    ExploreStats st;
    json_t *entered = json_object();
    s = open_dir(argv[0], argv[2], data, "fr", true);
    t0 = now_ms();
    explore_run(s, atol(argv[3]), NULL, entered, &st);
    t1 = now_ms();
    printf("explore_ms %.1f events %ld states %ld us_per_event %.2f\n", t1 - t0, st.events,
           st.states, (t1 - t0) * 1e3 / (double)(st.events ? st.events : 1));
    json_decref(entered);
  } else if (argc >= 3 && strcmp(argv[1], "play") == 0) {
    /* at[i]: the CPU time when chapter i's title card showed; at[n]: the end. */
    size_t n = 0, cap = 64, tenth;
    double *at = mem_calloc(cap, sizeof *at);
    long events = 0;
    t0 = cpu_ms();
    s = open_dir(argv[0], argv[2], data, argc >= 5 ? argv[4] : "fr", false);
    if (getenv("BENCH_MENU"))
      story_chapters(s);
    ev = story_begin(s, argc >= 4 ? atoi(argv[3]) : 1);
    for (; ev->kind != EVENT_END && ev->kind != EVENT_ERROR; events++) {
      if (ev->kind == EVENT_CHAPTER) {
        if (n + 1 == cap)
          at = mem_realloc(at, (cap *= 2) * sizeof *at);
        at[n++] = cpu_ms();
      }
      ev = next(s, ev);
    }
    if (ev->kind == EVENT_ERROR) {
      fprintf(stderr, "bench_costs: %s\n", ev->text);
      return 1;
    }
    t1 = at[n] = cpu_ms();
    tenth = n >= 10 ? n / 10 : 1;
    printf("play_cpu_ms %.1f open_ms %.1f events %ld chapters %zu first_tenth_ms_per_chapter %.2f "
           "last_tenth_ms_per_chapter %.2f peak_rss_mib %.1f\n",
           t1 - t0, n ? at[0] - t0 : 0.0, events, n, n ? (at[tenth] - at[0]) / (double)tenth : 0.0,
           n ? (at[n] - at[n - tenth]) / (double)tenth : 0.0, peak_rss_mib());
    if (getenv("BENCH_TENTHS"))
      for (size_t i = 0; i + tenth <= n; i += tenth)
        printf("chapters %zu-%zu: %.2f ms a chapter\n", i, i + tenth,
               (at[i + tenth] - at[i]) / (double)tenth);
    free(at);
  } else {
    fprintf(stderr,
            "usage: bench_costs open DIR [LANG] | switch DIR [LANG] | rollback DIR N K | "
            "explore DIR B | play DIR [FROM [LANG]]\n");
    return 2;
  }
  story_close(s);
  vfs_close();
  return 0;
}
