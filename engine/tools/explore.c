/*
** explore: plays every branch of a story through the step API (see tools.h).
** Depth first; a fork is a save taken at the choice and restored later, so a
** branch replays only the inputs since its scene's checkpoint.
*/
#include <stdlib.h>
#include <string.h>

#include "tools/tools.h"

typedef struct Fork {
  char *save;
  size_t len;
  int choice;   /* the position of the option to take once restored */
} Fork;

typedef struct Forks {
  Fork *items;
  size_t n, cap;
} Forks;

static void push_fork(Forks *f, char *save, size_t len, int choice)
{
  if (f->n == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 256;
    f->items = realloc(f->items, f->cap * sizeof *f->items);
  }
  f->items[f->n++] = (Fork){ save, len, choice };
}

/* Marks a new checkpoint; false if its state was seen before (the rest of this
** path was, or will be, explored from there). */
static bool new_state(Story *s, json_t *seen, json_t *entered, ExploreStats *st)
{
  char *key = story_state_key(s), *bar = strchr(key, '|');
  bool fresh = json_object_get(seen, key) == NULL;
  if (fresh) {
    json_object_set_new(seen, key, json_true());
    st->states++;
  }
  if (bar && bar[1] == '0') {   /* a scene entered, not a chapter card */
    *bar = '\0';
    json_object_set_new(entered, key, json_true());
  }
  free(key);
  return fresh;
}

static void report(json_t *errors, const Event *ev, ExploreOnError on_error, void *ud)
{
  if (!json_object_get(errors, ev->text)) {
    json_object_set_new(errors, ev->text, json_true());
    on_error(ud, ev);
  }
}

/* Follows one path from the current event until it ends, merges or forks. */
static void follow(Story *s, const Event *ev, Forks *forks, json_t *seen, json_t *errors,
                   json_t *entered, long budget, ExploreOnError on_error, void *ud,
                   ExploreStats *st)
{
  unsigned long serial = story_checkpoint_serial(s);
  st->paths++;
  while (st->events < budget) {
    if (story_checkpoint_serial(s) != serial) {
      serial = story_checkpoint_serial(s);
      if (!new_state(s, seen, entered, st))
        return;
    }
    st->events++;
    switch (ev->kind) {
    case EVENT_ERROR:
      report(errors, ev, on_error, ud);
      return;
    case EVENT_END:
      st->endings++;
      return;
    case EVENT_CHOICE: {
      size_t len;
      for (int i = ev->noptions - 1; i >= 1; i--) {
        char *save = story_save(s, &len);
        if (save)
          push_fork(forks, save, len, i);
      }
      ev = story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
      break;
    }
    default:
      ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
      break;
    }
  }
  st->budget_hit = true;
}

void explore_run(Story *s, long budget, ExploreOnError on_error, void *ud,
                 json_t *entered, ExploreStats *st)
{
  const json_t *chapters = story_chapters(s);
  json_t *seen = json_object(), *errors = json_object();
  Forks forks = { 0 };
  size_t i;
  memset(st, 0, sizeof *st);
  if (budget <= 0)
    budget = 2000000;
  /* From every chapter, as a teacher opens it from the menu; the first also
  ** plays the whole story through. A story that does not load has no chapter:
  ** begin once to get its error. */
  for (i = 0; i < (json_array_size(chapters) ? json_array_size(chapters) : 1); i++) {
    int number = (int)json_integer_value(json_object_get(json_array_get(chapters, i), "number"));
    unsigned long before = story_checkpoint_serial(s);
    const Event *ev = story_begin(s, number);
    if (story_checkpoint_serial(s) != before && !new_state(s, seen, entered, st))
      continue;
    follow(s, ev, &forks, seen, errors, entered, budget, on_error, ud, st);
    while (forks.n > 0 && st->events < budget) {
      Fork f = forks.items[--forks.n];
      bool diverged = false;
      ev = story_restore(s, f.save, f.len, &diverged);
      free(f.save);
      if (!ev || diverged) {
        st->budget_hit = true;   /* cannot happen with a deterministic story */
        continue;
      }
      ev = story_step(s, &(Input){ INPUT_CHOICE, f.choice, NULL });
      follow(s, ev, &forks, seen, errors, entered, budget, on_error, ud, st);
    }
  }
  if (forks.n > 0)
    st->budget_hit = true;
  while (forks.n > 0)
    free(forks.items[--forks.n].save);
  free(forks.items);
  json_decref(seen);
  json_decref(errors);
}
