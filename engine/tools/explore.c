/*
** explore: plays every branch of a story through the step API (see tools.h).
** Depth first; a fork is a place kept at the choice (story_place: a save not
** written out, its variables shared) and resumed later, so a branch replays
** only the inputs since its scene's checkpoint.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/tools.h"
#include "mem.h"

/* The place kept at a choice, shared by the forks to its options: one a
** choice, not one an option. */
typedef struct Save {
  StoryPlace *place;
  int refs;
} Save;

static void save_release(Save *v)
{
  if (v && --v->refs == 0) {
    story_place_free(v->place);
    free(v);
  }
}

typedef struct Fork {
  Save *save;
  int choice;       /* the position of the option to take once restored */
  char option[300]; /* where the option is written and its number */
} Fork;

typedef struct Forks {
  Fork *items;
  size_t n, cap;
} Forks;

typedef struct Explore {
  json_t *seen;   /* state keys met */
  json_t *coarse; /* coarse key -> how many states explored under it */
  json_t *values; /* numeric variable -> the distinct values it took */
  json_t *taken;  /* options taken: "file:line#n" -> true */
  Forks novel;    /* forks to an option not taken yet when pushed */
  Forks known;    /* the others */
  const ExploreObserver *obs;
  json_t *errors; /* error messages reported */
  json_t *kept;   /* "chapter|card" -> the variables a state key keeps there
                     (an object: name -> true), worked out once (kept_names) */
} Explore;

/* Where a path is, for the observer: the scene it plays and the last option
** taken in it. */
typedef struct Path {
  char scene[128];
  char taken[300];
} Path;

/* Takes a reference to save. */
static void push_fork(Forks *f, Save *save, int choice, const char *option)
{
  if (f->n == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 256;
    f->items = mem_realloc(f->items, f->cap * sizeof *f->items);
  }
  save->refs++;
  f->items[f->n] = (Fork){ save, choice, "" };
  snprintf(f->items[f->n].option, sizeof f->items[f->n].option, "%s", option);
  f->n++;
}

static void free_forks(Forks *f)
{
  while (f->n > 0)
    save_release(f->items[--f->n].save);
  free(f->items);
}

/* The name of an option of the current choice: where the choice is written
** and the option's number. */
static void option_name(const Event *ev, int i, char *out, size_t size)
{
  snprintf(out, size, "%s:%d#%d", ev->file, ev->line, ev->options[i].index);
}

/* The next fork: one to an option never taken if there is one, so that a
** budget that stops the exhaustive search still leaves every option played. */
static bool pop_fork(Explore *x, Fork *out)
{
  while (x->novel.n > 0) {
    Fork f = x->novel.items[--x->novel.n];
    if (!json_object_get(x->taken, f.option)) {
      *out = f;
      return true;
    }
    push_fork(&x->known, f.save, f.choice, f.option);
    save_release(f.save);
  }
  if (x->known.n == 0)
    return false;
  *out = x->known.items[--x->known.n];
  return true;
}

/* The coarse form of a state key, "scene|card|vars", in which the numbers that
** behave as counters (more than EXPLORE_COUNTER distinct values seen so far:
** a balance, a score) are blanked, while those that encode decisions (a
** threshold of 80, 88 or 95) are kept. malloc'd. */
static char *coarse_key(const char *key, json_t *values)
{
  const char *vars = strchr(key, '|');
  json_error_t e;
  json_t *j, *val;
  const char *name;
  char *dump, *out;
  size_t n;
  vars = vars ? strchr(vars + 1, '|') : NULL;
  if (!vars || !(j = json_loads(vars + 1, 0, &e)))
    return mem_strdup(key);
  json_object_foreach(j, name, val) {
    json_t *seen;
    char *v;
    if (!json_is_number(val))
      continue;
    if (!(seen = json_object_get(values, name))) {
      seen = json_object();
      json_object_set_new(values, name, seen);
    }
    v = json_dumps(val, JSON_ENCODE_ANY);
    json_object_set_new(seen, v, json_true());
    free(v);
    if (json_object_size(seen) > EXPLORE_COUNTER)
      json_object_set_new(j, name, json_string("#"));
  }
  dump = json_dumps(j, JSON_SORT_KEYS | JSON_COMPACT);
  n = (size_t)(vars - key) + strlen(dump) + 2;
  out = mem_realloc(NULL, n);
  snprintf(out, n, "%.*s|%s", (int)(vars - key), key, dump);
  free(dump);
  json_decref(j);
  return out;
}

/* The variables that can still be read at a checkpoint of chapter `number`
** (at its title card: card): what this chapter or a later one declares in its
** defaults (the variables a chapter reads from earlier ones), and inside a
** chapter what it sets (a scene reads nothing else: the API refuses it).
** Worked out once a chapter and kept in x->kept: walking every chapter's
** declarations at every scene entry made a state key cost more as the story
** grew. Borrowed. */
static const json_t *kept_names(Explore *x, const json_t *defs, int number, bool card)
{
  char key[64];
  const json_t *c, *val;
  const char *name;
  json_t *names;
  size_t i, k;
  snprintf(key, sizeof key, "%d|%d", number, card);
  if ((names = json_object_get(x->kept, key)))
    return names;
  names = json_object();
  json_array_foreach(defs, i, c) {
    json_int_t n = json_integer_value(json_object_get(c, "number"));
    if (n >= number)
      json_object_foreach(json_object_get(c, "defaults"), name, val)
        json_object_set_new(names, name, json_true());
    if (n == number && !card)
      json_array_foreach(json_object_get(c, "sets"), k, val)
        if (json_string_value(val))
          json_object_set_new(names, json_string_value(val), json_true());
  }
  json_object_set_new(x->kept, key, names);
  return names;
}

/* The state at the last checkpoint as one string: "scene|card|vars", where
** only what can still be read counts (kept_names). malloc'd. */
static char *state_key(Story *s, Explore *x)
{
  const json_t *cp = story_checkpoint(s), *defs = story_declarations(s), *val, *names;
  const char *name, *scene = json_string_value(json_object_get(cp, "scene"));
  int chapter = (int)json_integer_value(json_object_get(cp, "chapter"));
  bool card = json_is_true(json_object_get(cp, "card"));
  json_t *kept = json_object();
  char *vars, *key;
  size_t n;
  names = kept_names(x, defs, chapter, card);
  json_object_foreach(json_object_get(cp, "vars"), name, val) {
    if (json_object_get(names, name))
      json_object_set(kept, name, (json_t *)val);
  }
  vars = json_dumps(kept, JSON_SORT_KEYS | JSON_COMPACT);
  json_decref(kept);
  n = strlen(scene) + strlen(vars ? vars : "") + 8;
  key = mem_realloc(NULL, n);
  snprintf(key, n, "%s|%d|%s", scene, card, vars ? vars : "");
  free(vars);
  return key;
}

/* Marks a new checkpoint; false if its state was seen before (the rest of this
** path was, or will be, explored from there), or if the same scene and
** decisions were already explored with EXPLORE_VARIANTS sets of counters:
** counters make the states of a long story multiply, while the branches, not
** the sums, are what can break. */
static bool new_state(Story *s, Explore *x, json_t *entered, ExploreStats *st)
{
  char *key = state_key(s, x), *bar = strchr(key, '|');
  bool fresh = json_object_get(x->seen, key) == NULL;
  if (fresh) {
    char *coarse = coarse_key(key, x->values);
    json_t *count = json_object_get(x->coarse, coarse);
    json_object_set_new(x->seen, key, json_true());
    if (count && json_integer_value(count) >= EXPLORE_VARIANTS) {
      st->pruned++;
      fresh = false;
    } else {
      json_object_set_new(x->coarse, coarse,
                          json_integer(count ? json_integer_value(count) + 1 : 1));
      st->states++;
    }
    free(coarse);
  }
  if (bar && bar[1] == '0') { /* a scene entered, not a chapter card */
    *bar = '\0';
    json_object_set_new(entered, key, json_true());
  }
  free(key);
  return fresh;
}

static void report(Explore *x, const Event *ev)
{
  if (!json_object_get(x->errors, ev->text)) {
    json_object_set_new(x->errors, ev->text, json_true());
    if (x->obs->on_error)
      x->obs->on_error(x->obs->ud, ev);
  }
}

/* A checkpoint was taken: tells the observer of a scene entered, and starts
** the path's record of it anew. */
static void checkpoint(Story *s, Explore *x, Path *p)
{
  const json_t *cp = story_checkpoint(s);
  const char *scene = json_string_value(json_object_get(cp, "scene"));
  if (json_is_true(json_object_get(cp, "card"))) {
    p->scene[0] = '\0'; /* a chapter begins: its first scene comes from no other */
  } else {
    if (x->obs->on_scene)
      x->obs->on_scene(x->obs->ud, p->scene, scene, p->taken,
                       (int)json_integer_value(json_object_get(cp, "chapter")));
    snprintf(p->scene, sizeof p->scene, "%s", scene);
  }
  p->taken[0] = '\0';
}

/* Follows one path from the current event until it ends, merges or forks. */
/* serial: the checkpoint count before the step that led to ev, so that a scene
** that step entered is seen; p: the path so far (its scene, the option just
** taken). */
static void follow(Story *s, const Event *ev, unsigned long serial, Explore *x, Path *p,
                   json_t *entered, long budget, ExploreStats *st)
{
  char option[300];
  st->paths++;
  while (st->events < budget) {
    if (story_checkpoint_serial(s) != serial) {
      serial = story_checkpoint_serial(s);
      checkpoint(s, x, p);
      if (!new_state(s, x, entered, st))
        return;
    }
    st->events++;
    if (x->obs->on_event)
      x->obs->on_event(x->obs->ud, ev, p->taken);
    switch (ev->kind) {
    case EVENT_ERROR: report(x, ev); return;
    case EVENT_END: st->endings++; return;
    case EVENT_CHOICE: {
      Save *save = ev->noptions > 1 ? mem_calloc(1, sizeof *save) : NULL;
      if (save && !(save->place = story_place(s))) {
        free(save);
        save = NULL;
      }
      if (save)
        save->refs = 1; /* ours, until the forks have theirs */
      for (int i = ev->noptions - 1; save && i >= 1; i--) {
        option_name(ev, i, option, sizeof option);
        push_fork(json_object_get(x->taken, option) ? &x->known : &x->novel, save, i, option);
      }
      save_release(save);
      option_name(ev, 0, option, sizeof option);
      json_object_set_new(x->taken, option, json_true());
      snprintf(p->taken, sizeof p->taken, "%s", option);
      ev = story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
      break;
    }
    default: ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL }); break;
    }
  }
  st->budget_hit = true;
}

void explore_run(Story *s, long budget, const ExploreObserver *obs, json_t *entered,
                 ExploreStats *st)
{
  static const ExploreObserver none = { 0 };
  const json_t *chapters = story_chapters(s);
  Explore x = { .seen = json_object(),
                .coarse = json_object(),
                .values = json_object(),
                .taken = json_object(),
                .obs = obs ? obs : &none,
                .errors = json_object(),
                .kept = json_object() };
  Fork f;
  size_t i;
  const json_t *c;
  memset(st, 0, sizeof *st);
  if (budget <= 0)
    budget = EXPLORE_BUDGET;
  /* Every chapter's first path, as a teacher opens it from the menu (the
  ** first also plays the whole story through); then the forks. A story that
  ** does not load has no chapter: begin once to get its error. */
  for (i = 0; i < (json_array_size(chapters) ? json_array_size(chapters) : 1); i++) {
    int number = (int)json_integer_value(json_object_get(json_array_get(chapters, i), "number"));
    unsigned long before = story_checkpoint_serial(s);
    const Event *ev = story_begin(s, number);
    Path p = { "", "" };
    follow(s, ev, before, &x, &p, entered, budget, st);
  }
  /* Then the chapters' presets, as a teacher opens them from the menu, unless
  ** the caller set variables of its own (--set): those stand. */
  if (!story_has_sets(s)) {
    json_array_foreach(chapters, i, c) {
      int number = (int)json_integer_value(json_object_get(c, "number"));
      for (size_t k = 0; k < json_array_size(json_object_get(c, "presets")); k++) {
        unsigned long before = story_checkpoint_serial(s);
        Path p = { "", "" };
        if (!story_preset(s, number, (int)k))
          continue;
        const Event *ev = story_begin(s, number);
        follow(s, ev, before, &x, &p, entered, budget, st);
      }
      story_preset(s, number, -1);
    }
  }
  while (st->events < budget && pop_fork(&x, &f)) {
    bool diverged = false;
    const Event *ev = story_resume(s, f.save->place, &diverged);
    save_release(f.save);
    if (!ev || diverged) { /* cannot happen with a deterministic story */
      st->budget_hit = true;
      continue;
    }
    unsigned long before = story_checkpoint_serial(s);
    Path p;
    if (x.obs->on_resume)
      x.obs->on_resume(x.obs->ud, ev);
    /* The fork is at a choice, so its checkpoint is the entry of the scene it is in. */
    snprintf(p.scene, sizeof p.scene, "%s",
             json_string_value(json_object_get(story_checkpoint(s), "scene")));
    snprintf(p.taken, sizeof p.taken, "%s", f.option);
    json_object_set_new(x.taken, f.option, json_true());
    ev = story_step(s, &(Input){ INPUT_CHOICE, f.choice, NULL });
    follow(s, ev, before, &x, &p, entered, budget, st);
  }
  st->options = (long)json_object_size(x.taken);
  for (i = 0; i < x.novel.n; i++)
    if (!json_object_get(x.taken, x.novel.items[i].option))
      st->untaken++;
  if (x.novel.n > 0 || x.known.n > 0)
    st->budget_hit = true;
  free_forks(&x.novel);
  free_forks(&x.known);
  json_decref(x.seen);
  json_decref(x.coarse);
  json_decref(x.values);
  json_decref(x.taken);
  json_decref(x.errors);
  json_decref(x.kept);
}
