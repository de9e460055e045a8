/* Unit tests of the timeline's memory: every checkpoint is a full copy of the
** variables, and 256 of them were kept whatever their size (a story with 1 MiB
** of variables held 256 MiB in checkpoints, none of it counted against the
** scripts' memory cap). jansson's allocations are counted here, through its
** allocator hooks, while a story with large variables enters 300 scenes. */
#include <malloc.h>

#include "check.h"
#include "story.h"
#include "timeline.h"

static size_t live; /* bytes jansson holds */

static void *counted_malloc(size_t n)
{
  void *p = malloc(n);
  if (p)
    live += malloc_usable_size(p);
  return p;
}

static void counted_free(void *p)
{
  if (p)
    live -= malloc_usable_size(p);
  free(p);
}

static const char *const files[] = {
  "story/a.lua",
  "chapter { id = 'c1', number = 1, side = 'yacine', title = 'Un', start = 'c1.a',\n"
  "  defaults = { n = 0 }, sets = { 'n', 'big' } }\n"
  "scene('c1.a', function()\n"
  "  v.n = v.n + 1\n"
  "  v.big = ('x'):rep(1 << 20) .. v.n\n" /* a mebibyte, new in each scene */
  "  say('Ligne ' .. v.n)\n"
  "  jump 'c1.a'\n"
  "end)\n",
  NULL
};

static void test_checkpoints_bounded(void)
{
  Story *s;
  const Event *ev;
  size_t most = 0;
  char want[32];
  fixture_story(files);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_begin(s, 1);
  for (int i = 1; i <= 300; i++) {
    ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
    REQUIRE(ev->kind == EVENT_LINE);
    if (live > most)
      most = live;
  }
  CHECK_STR(ev->text, "Ligne 300");
  printf("# jansson held at most %zu MiB for 300 checkpoints of 1 MiB\n", most >> 20);
  CHECK(most < TIMELINE_BYTES + ((size_t)16 << 20));
  /* The reader still rolls back, across the checkpoints kept. */
  for (int i = 0; i < 20; i++)
    ev = story_rollback(s);
  snprintf(want, sizeof want, "Ligne %d", 280);
  CHECK_STR(ev->text, want);
  story_close(s);
  vfs_close();
  CHECK(live == 0);
}

int main(void)
{
  json_set_alloc_funcs(counted_malloc, counted_free); /* before any JSON */
  RUN(test_checkpoints_bounded);
  return check_done("timeline");
}
