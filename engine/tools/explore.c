/*
** explore: plays every branch of a story through the step API (see tools.h).
** Depth first; a fork is a place kept at the choice (story_place: a save not
** written out, its variables shared) and resumed later, so a branch replays
** only the inputs since its scene's checkpoint. explore_chapters explores
** each chapter on its own from every state the chapters before it leave it in,
** on worker processes (fork: each has its own copy of the story's Lua state).
*/
#include <ctype.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tools/tools.h"
#include "tools/rows.h"
#include "mem.h"
#include "tools/shown.h"
#include "tr.h"
#include "vfs.h"

/* Entry states of a chapter played as one (explore_chapters). Until the story
** reads a variable they differ in, a path plays alike from each of them; there,
** the group is divided by the values read (divide), and each other part goes on
** from the path's last choice or scene entry with its own values
** (story_place_with). A story API that cannot note reads (story_watch) has the
** group split instead at the entry of each scene that may read one (split). A
** chapter's scenes are so played once for entry states that differ only in
** what is read later, or on other paths, instead of once for each. */
typedef struct Group {
  size_t *members; /* indices in Explore's entries; the story holds the first's values */
  size_t n;
  json_t *differ;       /* the variables they differ in (name -> true) */
  bool played;          /* a path played a scene for it (its members begun) */
  const json_t *hashed; /* the names tuples was last worked out for (group_tuples) */
  char *tuples;
  json_t *shown; /* "a|b" -> the distinct values its members hold for them (group_shown) */
  int refs;
} Group;

static void group_release(Group *g)
{
  if (g && --g->refs == 0) {
    free(g->members);
    json_decref(g->differ);
    json_decref(g->shown);
    free(g->tuples);
    free(g);
  }
}

/* The place kept at a choice, shared by the forks to its options: one a
** choice, not one an option. A split keeps one for each part of its group. */
typedef struct Save {
  StoryPlace *place;
  char *trail;         /* the options taken before this choice (Path's trail) */
  char *node;          /* the state key of its scene's entry (explore_chapters) */
  const json_t *entry; /* Explore's entry when it was taken */
  Group *group;        /* the entry states the path plays for (NULL: the one) */
  json_t *at;          /* a split's: the chapter's sets at node, with the part's values */
  json_t *when;        /* a split's: the values its part was split on */
  bool probe;          /* taken by a probe (see probe) */
  bool arrived;        /* a part that goes on from where its path was, in the scene it had
                          arrived at (see divide): node is that scene's state */
  int refs;
} Save;

static void save_release(Save *v)
{
  if (v && --v->refs == 0) {
    story_place_free(v->place);
    free(v->trail);
    free(v->node);
    group_release(v->group);
    json_decref(v->at);
    json_decref(v->when);
    free(v);
  }
}

typedef struct Fork {
  Save *save;
  int choice;       /* the position of the option to take once restored (-1: a split's
                       part, which goes on from the scene's checkpoint) */
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
  Forks parts;    /* a split's parts (see Group): played after those */
  Forks known;    /* the others */
  const ExploreObserver *obs;
  json_t *errors; /* error messages reported */
  json_t *kept;   /* "chapter|card" -> the variables a state key keeps there
                     (an object: name -> true), worked out once (kept_names) */
  /* Chapter by chapter (explore_chapters); chapter 0: the whole story. */
  int chapter;            /* the chapter explored: a path stops at the next one */
  const json_t *sets;     /* what it sets (name -> true): what it passes on */
  const json_t *future;   /* scene -> what it and the scenes after it may read
                           or write (future_names) */
  const json_t *counters; /* the chapter's counters that only count (name ->
                             true, explore_counters): a state keeps their type */
  json_t *graph;          /* state key -> {"to\x1fchange": [to, change]}: where
                           each state explored leads (see way) */
  char *root;             /* the key of the entry's first state (its card) */
  const json_t *entry;    /* the entry state ({vars}: in entries) */
  atomic_long *spent;     /* events played by every worker on this chapter (NULL:
                            counted in st alone) */
  const json_t *entries;  /* the chapter's entry states ([{vars}]) */
  const json_t *def;      /* the chapter's declaration (for entry_words) */
  const json_t *plain;    /* the variables it is opened with alone (the same) */
  const json_t *reads;    /* scene -> what it may read while it plays (future_names'
                             own_reads; JSON null: anything) */
  const json_t *control;  /* scene -> those of its reads that may decide more than the
                             text shown (own_control; JSON null: all) */
  const json_t *together; /* scene -> the others, as the names that choose a text together
                             ("a|b" -> true: own_together) */
  const json_t *text;     /* scene -> what it and the scenes after it only show: a state's
                             key leaves it out (text_names, state_key) */
  Group *group;           /* the entry states the path plays for (NULL: one) */
  bool watching;          /* the story notes the reads of what the group differs in
                             (story_watch): a group is divided at a read (divide), not
                             at the entry of a scene that may read (split) */
  bool *begun;            /* entry index -> a scene was played for it */
  bool lost;              /* a part could not be played (see divide): not whole */
} Explore;

/* Where a path is, for the observer: the scene it plays and the last option
** taken in it; for an error's report, every option taken since the path's
** chapter began. */
typedef struct Path {
  char scene[128];
  char taken[300];
  MemBuf trail; /* "story/a.lua:3#2 story/a.lua:9#1" */
  char *node;   /* explore_chapters: the key of the state at the last scene
                   entry, and the values of the chapter's sets there */
  json_t *at;
  json_t *when; /* a split's part: the values it was split on, for its way in */
  bool resumed; /* a split's part: its scene's entry was told the observer */
  bool probe;   /* a probe (see probe): it stops at its scene's end */
  /* Where the path can be played again from for a part of its group (see
  ** divide): the place of its last choice in its scene, or of its scene's
  ** entry, and the option taken there (choice -1: none). */
  Save *restart;
  int restart_choice;
  char restart_option[300];
} Path;

static void save_release(Save *v);

static void path_free(Path *p)
{
  save_release(p->restart);
  free(p->trail.s);
  free(p->node);
  json_decref(p->at);
  json_decref(p->when);
}

/* The path can be played again from save's place (taking option `choice`,
** named option, unless -1). */
static void set_restart(Path *p, Save *save, int choice, const char *option)
{
  save->refs++;
  save_release(p->restart);
  p->restart = save;
  p->restart_choice = choice;
  snprintf(p->restart_option, sizeof p->restart_option, "%s", option);
}

/* Only explore_chapters keeps a trail (a chapter's options): a whole story's
** would grow with every choice, and be copied at each. */
static void trail_add(const Explore *x, Path *p, const char *option)
{
  if (!x->chapter)
    return;
  if (p->trail.n > 0)
    mem_buf_add(&p->trail, " ", 1);
  mem_buf_add(&p->trail, option, strlen(option));
}

/* Is there budget left for one more event? (Workers may overshoot it by an
** event each: they read the count, then add to it.) */
static bool within(const Explore *x, const ExploreStats *st, long budget)
{
  return st->events < budget && (!x->spent || atomic_load(x->spent) < budget);
}

static void spend(Explore *x, ExploreStats *st)
{
  st->events++;
  if (x->spent)
    atomic_fetch_add(x->spent, 1);
}

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
** budget that stops the exhaustive search still leaves every option played;
** then a split's part (novel: no other). */
static bool pop_fork(Explore *x, Fork *out, bool novel)
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
  if (x->parts.n > 0) {
    *out = x->parts.items[--x->parts.n];
    return true;
  }
  if (novel || x->known.n == 0)
    return false;
  *out = x->known.items[--x->known.n];
  return true;
}

/* --- Keys -------------------------------------------------------------------- */

static int by_string(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Appends tag, then n in decimal (printf's cost showed in a search). */
static void canon_number(MemBuf *b, char tag, unsigned long long n)
{
  char digits[24];
  size_t i = sizeof digits;
  do
    digits[--i] = (char)('0' + n % 10);
  while ((n /= 10) > 0);
  digits[--i] = tag;
  mem_buf_add(b, digits + i, sizeof digits - i);
}

/* Appends the n bytes of s to b as '"', their count, ':' and themselves, a NUL
** and \x01 each written as \x01 and a digit (the key is a C string). */
static void canon_bytes(MemBuf *b, const char *s, size_t n)
{
  size_t from = 0;
  canon_number(b, '"', n);
  mem_buf_add(b, ":", 1);
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\0' || s[i] == '\x01') {
      char esc[2] = { '\x01', s[i] ? '1' : '0' };
      mem_buf_add(b, s + from, i - from);
      mem_buf_add(b, esc, 2);
      from = i + 1;
    }
  mem_buf_add(b, s + from, n - from);
}

/* Appends j to b in a form two values share only if they are equal: objects
** in key order, strings as their length and bytes. Not JSON: only compared
** (json_dumps, sorting keys and escaping, was a third of a large search). */
static void canon_add(MemBuf *b, const json_t *j)
{
  char num[40];
  size_t i, n;
  const char *key;
  json_t *val;
  switch (json_typeof(j)) {
  case JSON_OBJECT: {
    const char *small[64], **keys = small;
    n = json_object_size(j);
    if (n > sizeof small / sizeof *small)
      keys = mem_realloc(NULL, n * sizeof *keys);
    i = 0;
    json_object_foreach((json_t *)j, key, val)
      keys[i++] = key;
    qsort(keys, n, sizeof *keys, by_string);
    mem_buf_add(b, "{", 1);
    for (i = 0; i < n; i++) {
      canon_bytes(b, keys[i], strlen(keys[i]));
      canon_add(b, json_object_get(j, keys[i]));
    }
    mem_buf_add(b, "}", 1);
    if (keys != small)
      free(keys);
    break;
  }
  case JSON_ARRAY:
    mem_buf_add(b, "[", 1);
    json_array_foreach(j, i, val)
      canon_add(b, val);
    mem_buf_add(b, "]", 1);
    break;
  case JSON_STRING: canon_bytes(b, json_string_value(j), json_string_length(j)); break;
  case JSON_INTEGER: {
    json_int_t v = json_integer_value(j);
    canon_number(b, v < 0 ? '-' : 'i',
                 v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v);
    mem_buf_add(b, ";", 1);
    break;
  }
  case JSON_REAL:
    n = (size_t)snprintf(num, sizeof num, "r%.17g;", json_real_value(j));
    mem_buf_add(b, num, n);
    break;
  case JSON_TRUE: mem_buf_add(b, "t", 1); break;
  case JSON_FALSE: mem_buf_add(b, "f", 1); break;
  default: mem_buf_add(b, "n", 1); break;
  }
}

/* j as a key: equal values, and only they, give equal keys. malloc'd. */
static char *canon(const json_t *j)
{
  MemBuf b = { .s = mem_realloc(NULL, 1024), .cap = 1024 }; /* (a state's fits) */
  b.s[0] = '\0';
  canon_add(&b, j);
  return b.s;
}

/* --- Groups of entry states ------------------------------------------------ */

/* The variables of member m of g (its entry state): borrowed. */
static const json_t *member_vars(const Explore *x, const Group *g, size_t m)
{
  return json_object_get(json_array_get(x->entries, g->members[m]), "vars");
}

/* A group of the n entry states at members (taken over): one reference.
** They differ only in names of within, if not NULL (a part of a group
** differs in no more than the group). */
static Group *group_new(const Explore *x, size_t *members, size_t n, const json_t *within)
{
  Group *g = mem_calloc(1, sizeof *g);
  json_t *names = within ? json_incref((json_t *)within) : json_object(), *val;
  const char *name;
  g->members = members;
  g->n = n;
  g->refs = 1;
  g->differ = json_object();
  for (size_t m = 0; !within && n > 1 && m < n; m++)
    json_object_foreach((json_t *)member_vars(x, g, m), name, val)
      json_object_set_new(names, name, json_true());
  json_object_foreach(n > 1 ? names : NULL, name, val) {
    const json_t *first = json_object_get(member_vars(x, g, 0), name);
    for (size_t m = 1; m < n; m++) {
      const json_t *other = json_object_get(member_vars(x, g, m), name);
      if (!(first && other ? json_equal((json_t *)first, (json_t *)other) : first == other)) {
        json_object_set_new(g->differ, name, json_true());
        break;
      }
    }
  }
  json_decref(names);
  return g;
}

/* Appends to b the values of vars for the sorted names (n of them; JSON null
** for one it lacks). */
static void canon_values(MemBuf *b, const json_t *vars, const char **names, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    const json_t *val = json_object_get(vars, names[i]);
    canon_add(b, val ? val : json_null());
  }
}

/* The names of g->differ that names holds (all if names is NULL), sorted,
** into a malloc'd array; their count into *n. */
static const char **differ_in(const Group *g, const json_t *names, size_t *n)
{
  const char **out = mem_calloc(json_object_size(g->differ) + 1, sizeof *out), *name;
  json_t *val;
  *n = 0;
  json_object_foreach(g->differ, name, val)
    if (!names || json_object_get(names, name))
      out[(*n)++] = name;
  qsort(out, *n, sizeof *out, by_string);
  return out;
}

/* What a state key keeps of g for names (what can still be read): the
** distinct values its members hold for those of names they differ in, as
** their count and two 64-bit FNV-1a hashes of their sorted list ("" if they
** differ in none; the full list of a group of thousands would make every key
** as long). Two groups with the same at a scene play alike for each member
** there. Borrowed (kept in g for the names it was last asked for). */
static const char *group_tuples(const Explore *x, Group *g, const json_t *names)
{
  size_t n, k = 0;
  const char **in;
  char **rows;
  uint64_t h1 = 14695981039346656037ULL, h2 = 1099511628211ULL * 31;
  if (g->tuples && g->hashed == names)
    return g->tuples;
  free(g->tuples);
  g->hashed = names;
  in = differ_in(g, names, &n);
  if (n == 0) {
    free(in);
    return g->tuples = mem_strdup("");
  }
  rows = mem_calloc(g->n, sizeof *rows);
  for (size_t m = 0; m < g->n; m++) {
    MemBuf b = { .s = mem_realloc(NULL, 64), .cap = 64 };
    b.s[0] = '\0';
    canon_values(&b, member_vars(x, g, m), in, n);
    rows[m] = b.s;
  }
  qsort(rows, g->n, sizeof *rows, by_string);
  for (size_t m = 0; m < g->n; m++) {
    if (m == 0 || strcmp(rows[m], rows[m - 1]) != 0) {
      k++;
      for (const char *c = rows[m];; c++) { /* FNV-1a, twice; the row's NUL ends it */
        h1 = (h1 ^ (unsigned char)*c) * 1099511628211ULL;
        h2 = (h2 ^ (unsigned char)*c) * 1099511628211ULL + 0x9e3779b97f4a7c15ULL;
        if (!*c)
          break;
      }
    }
  }
  for (size_t m = 0; m < g->n; m++)
    free(rows[m]);
  free(rows);
  free(in);
  g->tuples = mem_realloc(NULL, 64);
  snprintf(g->tuples, 64, "%zu:%016llx%016llx", k, (unsigned long long)h1, (unsigned long long)h2);
  return g->tuples;
}

/* The distinct values g's members hold for the n names of set ("a|b"), as
** [[value, ...]] in the names' order (JSON null for one a member lacks).
** Borrowed: kept in g, whose members never change. */
static json_t *group_shown(const Explore *x, Group *g, const char *set, const char **names,
                           size_t n)
{
  json_t *rows, *seen;
  if (!g->shown)
    g->shown = json_object();
  if ((rows = json_object_get(g->shown, set)))
    return rows;
  rows = json_array();
  seen = json_object();
  for (size_t m = 0; m < g->n; m++) {
    const json_t *vars = member_vars(x, g, m);
    MemBuf b = { 0 };
    canon_values(&b, vars, names, n);
    if (!json_object_get(seen, b.s ? b.s : "")) {
      json_t *row = json_array();
      json_object_set_new(seen, b.s, json_true());
      for (size_t k = 0; k < n; k++) {
        const json_t *val = json_object_get(vars, names[k]);
        json_array_append(row, val ? (json_t *)val : json_null());
      }
      json_array_append_new(rows, row);
    }
    free(b.s);
  }
  json_decref(seen);
  json_object_set_new(g->shown, set, rows);
  return rows;
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
  if (x->chapter && json_object_get(x->future, scene))
    names = json_object_get(x->future, scene);
  if (x->chapter && x->text && json_object_get(x->text, scene))
    names = json_object_get(json_object_get(x->text, scene), "keyed");
  json_object_foreach(json_object_get(cp, "vars"), name, val) {
    if (!json_object_get(names, name) || (x->group && json_object_get(x->group->differ, name)))
      continue;
    if (x->counters && json_is_number(val) && json_object_get(x->counters, name))
      json_object_set_new(kept, name, json_string(json_is_integer(val) ? "#integer" : "#real"));
    else
      json_object_set(kept, name, (json_t *)val);
  }
  if (x->group && json_object_size(x->group->differ) > 0) {
    const char *tuples = group_tuples(x, x->group, names);
    if (tuples[0]) /* (no variable's name begins with '#') */
      json_object_set_new(kept, "#group", json_string(tuples));
  }
  vars = json_dumps(kept, JSON_SORT_KEYS | JSON_COMPACT);
  json_decref(kept);
  n = strlen(scene) + strlen(vars ? vars : "") + 8;
  key = mem_realloc(NULL, n);
  snprintf(key, n, "%s|%d|%s", scene, card, vars ? vars : "");
  free(vars);
  return key;
}

/* The names of a set shown together ("a|b|c", see scan), the first max of
** them, into one (each a buffer) and names (pointers to those): their count. */
#define SET_MAX 32
static size_t set_names(const char *set, char one[][128], const char **names)
{
  size_t n = 0, i = 0;
  while (set[i] && n < SET_MAX) {
    size_t k = strcspn(set + i, "|");
    snprintf(one[n], sizeof one[n], "%.*s", (int)k, set + i);
    names[n] = one[n];
    n++;
    i += k + (set[i + k] == '|');
  }
  return n;
}

/* Appends to b the value val of name as a state's key holds it: a counter
** of the chapter's by its type alone (see explore_counters). */
static void canon_kept(MemBuf *b, const Explore *x, const char *name, const json_t *val)
{
  if (!val)
    val = json_null();
  if (x->counters && json_is_number(val) && json_object_get(x->counters, name))
    canon_bytes(b, json_is_integer(val) ? "#integer" : "#real", json_is_integer(val) ? 8 : 5);
  else
    canon_add(b, val);
}

/* Adds to shown the sets of values that the names of each of sets ("a|b")
** take at the story's last checkpoint, for each member of the path's group
** (its own values for those the group differs in), counters by their type;
** true if one was not there. A group's are worked out once a set
** (g->shown). */
static bool shows_new(Story *s, Explore *x, const json_t *sets, json_t *shown)
{
  const json_t *vars = json_object_get(story_checkpoint(s), "vars"), *t;
  const char *set;
  bool fresh = false;
  json_object_foreach((json_t *)sets, set, t) {
    char one[SET_MAX][128];
    const char *names[SET_MAX];
    size_t n = set_names(set, one, names), i;
    bool differ = false;
    MemBuf b = { 0 };
    for (i = 0; i < n; i++)
      differ = differ || (x->group && json_object_get(x->group->differ, names[i]));
    mem_buf_add(&b, set, strlen(set));
    mem_buf_add(&b, "\x1f", 1);
    if (!differ) {
      for (size_t m = 0; m < n; m++)
        canon_kept(&b, x, names[m], json_object_get(vars, names[m]));
      if (!json_object_get(shown, b.s)) {
        json_object_set_new(shown, b.s, json_true());
        fresh = true;
      }
    } else {
      /* the members' values for the names the group differs in, the story's
      ** for the others */
      size_t at = b.n;
      json_t *rows = group_shown(x, x->group, set, names, n), *row;
      json_array_foreach(rows, i, row) {
        b.n = at;
        b.s[at] = '\0';
        for (size_t m = 0; m < n; m++) {
          const json_t *val = json_object_get(x->group->differ, names[m])
              ? json_array_get(row, m)
              : json_object_get(vars, names[m]);
          canon_kept(&b, x, names[m], val);
        }
        if (!json_object_get(shown, b.s)) {
          json_object_set_new(shown, b.s, json_true());
          fresh = true;
        }
      }
    }
    free(b.s);
  }
  return fresh;
}

/* Marks a new checkpoint; false if its state was seen before (the rest of this
** path was, or will be, explored from there), or if the same scene and
** decisions were already explored with EXPLORE_VARIANTS sets of counters:
** counters make the states of a long story multiply, while the branches, not
** the sums, are what can break. */
static bool new_state(Story *s, Explore *x, json_t *entered, ExploreStats *st, char **keyp)
{
  char *key = state_key(s, x), *bar = strchr(key, '|');
  json_t *seen = json_object_get(x->seen, key);
  const char *scene = json_string_value(json_object_get(story_checkpoint(s), "scene"));
  const json_t *text = x->chapter && x->text && scene ? json_object_get(x->text, scene) : NULL;
  *keyp = mem_strdup(key);
  bool fresh = seen == NULL;
  if (text) { /* met again, but with a text not shown from there yet: played again */
    if (!seen)
      json_object_set_new(x->seen, key, seen = json_object());
    if (shows_new(s, x, json_object_get(text, "sets"), seen))
      fresh = true;
    if (fresh)
      st->states++;
  } else if (fresh && x->chapter) { /* one chapter from one entry: nothing left out */
    json_object_set_new(x->seen, key, json_true());
    st->states++;
  } else if (fresh) {
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

static char *entry_words(const json_t *c, const json_t *vars, const json_t *plain);

static void report(Explore *x, const Event *ev, const Path *p)
{
  if (!json_object_get(x->errors, ev->text)) {
    MemBuf how = { 0 };
    json_object_set_new(x->errors, ev->text, json_true());
    if (x->entry) { /* explore_chapters: from which entry, by which options */
      char *words = entry_words(x->def, json_object_get(x->entry, "vars"), x->plain);
      mem_buf_add(&how, words, strlen(words));
      free(words);
      mem_buf_add(&how, ", ", 2);
      if (p->trail.n == 0)
        mem_buf_add(&how, "no option taken", 15);
      else {
        mem_buf_add(&how, "options ", 8);
        mem_buf_add(&how, p->trail.s, p->trail.n);
      }
    }
    if (x->obs->on_error)
      x->obs->on_error(x->obs->ud, ev, how.s ? how.s : "");
    free(how.s);
  }
}

/* The values of the chapter's sets at the story's last checkpoint (a scene's
** entry, or the next chapter's card): a new reference. */
static json_t *sets_now(Story *s, const Explore *x)
{
  const json_t *vars = json_object_get(story_checkpoint(s), "vars"), *val;
  json_t *out = json_object();
  const char *name;
  json_object_foreach((json_t *)vars, name, val)
    if (json_object_get(x->sets, name))
      json_object_set(out, name, (json_t *)val);
  return out;
}

/* A way out of the state p->node: to the state `to` (a key; "" the next
** chapter's card; "#ID" the ending ID), the chapter's sets changed from
** p->at to now (NULL: unchanged), for the members of the group whose values
** are p->when's (NULL: all; a split's way into a part). Two states of the same key write the same
** values afterwards (the key holds all that the scenes after it read or
** write), so a way is the same from every entry that reaches its state. */
static void way(Explore *x, const Path *p, const char *to, const json_t *now)
{
  const json_t *written;
  json_t *change, *ways, *val;
  const char *name;
  char *dump, *k;
  size_t n;
  if (!p->node)
    return;
  {
    /* Only what the node's scene and those after it may write can change:
    ** the others differ between the paths that meet at the node (its key
    ** leaves them out), and at the next chapter's card an unset one holds
    ** that chapter's default, which no scene wrote. */
    char scene[128];
    snprintf(scene, sizeof scene, "%.*s", (int)strcspn(p->node, "|"), p->node);
    written = x->future ? json_object_get(x->future, scene) : NULL;
  }
  change = json_object();
  json_object_foreach((json_t *)now, name, val)
    if ((!written || json_object_get(written, name))
        && !json_equal(val, json_object_get(p->at, name)))
      json_object_set(change, name, val);
  {
    json_t *both = json_pack("[O, O]", change, p->when ? p->when : json_null());
    dump = canon(both);
    json_decref(both);
  }
  n = strlen(to) + strlen(dump) + 2;
  k = mem_realloc(NULL, n);
  snprintf(k, n, "%s\x1f%s", to, dump);
  if (!(ways = json_object_get(x->graph, p->node))) {
    ways = json_object();
    json_object_set_new(x->graph, p->node, ways);
  }
  if (!json_object_get(ways, k))
    json_object_set_new(ways, k, json_pack("[s, o, O?]", to, change, p->when));
  else
    json_decref(change);
  free(dump);
  free(k);
}

/* The state p is at now is key (a scene entered): records the way to it and
** moves p there. */
static void arrive(Story *s, Explore *x, Path *p, const char *key)
{
  json_t *now = sets_now(s, x);
  if (!p->node && !x->root)
    x->root = mem_strdup(key);
  way(x, p, key, now);
  free(p->node);
  json_decref(p->at);
  json_decref(p->when);
  p->when = NULL;
  p->node = mem_strdup(key);
  p->at = now;
}

/* A checkpoint was taken: tells the observer of a scene entered, and starts
** the path's record of it anew. */
static void checkpoint(Story *s, Explore *x, Path *p)
{
  const json_t *cp = story_checkpoint(s);
  const char *scene = json_string_value(json_object_get(cp, "scene"));
  if (json_is_true(json_object_get(cp, "card"))) {
    p->scene[0] = '\0';    /* a chapter begins: its first scene comes from no other */
  } else if (p->resumed) { /* a split's part: the observer was told of this entry */
    snprintf(p->scene, sizeof p->scene, "%s", scene);
    p->resumed = false;
  } else {
    if (x->obs->on_scene)
      x->obs->on_scene(x->obs->ud, p->scene, scene, p->taken,
                       (int)json_integer_value(json_object_get(cp, "chapter")));
    snprintf(p->scene, sizeof p->scene, "%s", scene);
  }
  p->taken[0] = '\0';
}

/* Does the story note reads of what the path's group differs in? */
static bool watched(const Explore *x)
{
  return x->watching && x->group && json_object_size(x->group->differ) > 0;
}

/* Makes g the group the path plays for. */
static void use_group(Story *s, Explore *x, Group *g)
{
  if (g)
    g->refs++;
  group_release(x->group);
  x->group = g;
  if (x->watching) /* (forgets what a replay to a fork's place noted) */
    story_watch(s, g ? g->differ : NULL);
}

/* The key under which a scene played with vars (from's differ, the story's
** own values now for the rest) is kept in x->seen, for probe: what it reads. */
static bool probed(Explore *x, const char *scene, const json_t *reads, const Group *from,
                   const json_t *vars, const json_t *now)
{
  MemBuf b = { .s = mem_realloc(NULL, 64), .cap = 64 };
  const json_t *val, *t;
  const char *name;
  bool seen;
  mem_buf_add(&b, "#probe|", 7);
  mem_buf_add(&b, scene, strlen(scene));
  json_object_foreach((json_t *)reads, name, t) {
    val = json_object_get(from->differ, name) ? json_object_get(vars, name)
                                              : json_object_get(now, name);
    mem_buf_add(&b, "|", 1);
    canon_add(&b, val ? val : json_null());
  }
  if (!(seen = json_object_get(x->seen, b.s) != NULL))
    json_object_set_new(x->seen, b.s, json_true());
  free(b.s);
  return seen;
}

/* The sets of the n shown names that choose a text together (together's
** "a|b", each limited to shown; a shown name in none is a set alone), each as
** the positions of its names in shown: a new array of arrays, no two alike. */
static json_t *joint_sets(const json_t *together, const char **shown, size_t n)
{
  json_t *sets = json_array(), *seen = json_object(), *t;
  bool *in = mem_calloc(n + 1, sizeof *in);
  const char *key;
  json_object_foreach((json_t *)together, key, t) {
    json_t *set = json_array();
    char *k;
    for (const char *q = key; *q;) {
      size_t len = strcspn(q, "|");
      for (size_t i = 0; i < n; i++)
        if (strlen(shown[i]) == len && strncmp(shown[i], q, len) == 0) {
          json_array_append_new(set, json_integer((json_int_t)i));
          in[i] = true;
        }
      q += len + (q[len] == '|');
    }
    k = canon(set);
    if (json_array_size(set) > 0 && !json_object_get(seen, k)) {
      json_object_set_new(seen, k, json_true());
      json_array_append(sets, set);
    }
    free(k);
    json_decref(set);
  }
  for (size_t i = 0; i < n; i++)
    if (!in[i])
      json_array_append_new(sets, json_pack("[I]", (json_int_t)i));
  free(in);
  json_decref(seen);
  return sets;
}

/* A scene's variables that only choose text (shown.h) need not split a group:
** the scene plays alike for each of their values but for the lines shown. So
** that each line is still checked, the scene is played again, as a probe,
** with the values of members of part (a part of the group from, at here, the
** story's variables now): first the member that shows the most sets of values
** of the n shown names that choose a text together (see joint_sets) that the
** part's first member (played by the part) and the probes before do not, and
** so on while one shows any. A probe goes to the scene's end and stops there,
** recording no way (the part's path records them). A scene played already
** with the same values of what it reads (by a part or a probe) is not probed
** again. */
static void probe(Explore *x, const Path *p, const StoryPlace *here, const Group *from,
                  const Group *part, const char **shown, size_t n, const char *scene,
                  const json_t *reads, const json_t *together, const json_t *now)
{
  json_t *ids = json_object(); /* "set=values" -> its number */
  json_t *sets = joint_sets(together, shown, n), *set, *at;
  size_t nsets = json_array_size(sets), *pair = mem_calloc(part->n * nsets + 1, sizeof *pair);
  bool *shows, *used = mem_calloc(part->n, sizeof *used);
  for (size_t m = 0; m < part->n; m++) {
    size_t k, q;
    json_array_foreach(sets, k, set) {
      MemBuf b = { .s = mem_realloc(NULL, 64), .cap = 64 };
      json_t *id;
      canon_number(&b, 's', k);
      json_array_foreach(set, q, at) {
        const json_t *val = json_object_get(member_vars(x, part, m), shown[json_integer_value(at)]);
        canon_add(&b, val ? val : json_null());
      }
      if (!(id = json_object_get(ids, b.s)))
        json_object_set_new(ids, b.s, (id = json_integer((json_int_t)json_object_size(ids))));
      pair[m * nsets + k] = (size_t)json_integer_value(id);
      free(b.s);
    }
  }
  shows = mem_calloc(json_object_size(ids) + 1, sizeof *shows);
  for (size_t m = 0;;) {
    size_t best = 0, most = 0;
    used[m] = true;
    for (size_t k = 0; k < nsets; k++)
      shows[pair[m * nsets + k]] = true;
    if (!probed(x, scene, reads, from, member_vars(x, part, m), now) && m > 0) {
      Save *save = mem_calloc(1, sizeof *save);
      json_t *patch = json_object(), *u;
      const json_t *val;
      const char *name;
      size_t *one = mem_calloc(1, sizeof *one);
      json_object_foreach(from->differ, name, u) {
        val = json_object_get(member_vars(x, part, m), name);
        json_object_set(patch, name, val ? (json_t *)val : json_null());
      }
      *one = part->members[m];
      save->place = story_place_with(here, patch);
      save->group = group_new(x, one, 1, NULL);
      save->trail = mem_strdup(p->trail.s ? p->trail.s : "");
      save->entry = json_array_get(x->entries, *one);
      save->probe = true;
      save->refs = 1;
      push_fork(&x->parts, save, -1, "");
      save_release(save);
      json_decref(patch);
    }
    for (size_t o = 1; o < part->n; o++) {
      size_t gain = 0;
      for (size_t k = 0; !used[o] && k < nsets; k++)
        gain += !shows[pair[o * nsets + k]];
      if (gain > most) {
        most = gain;
        best = o;
      }
    }
    if (most == 0)
      break;
    m = best;
  }
  free(pair);
  free(shows);
  free(used);
  json_decref(ids);
  json_decref(sets);
}

/* The parts of g that agree on the n names of need: an array of arrays of
** member positions in g, in the order of their first member (a new
** reference). */
static json_t *parts_of(const Explore *x, const Group *g, const char **need, size_t n)
{
  json_t *parts = json_object(), *order = json_array(), *part;
  for (size_t m = 0; m < g->n; m++) {
    MemBuf b = { .s = mem_realloc(NULL, 64), .cap = 64 };
    b.s[0] = '\0';
    canon_values(&b, member_vars(x, g, m), need, n);
    if (!(part = json_object_get(parts, b.s))) {
      part = json_array();
      json_object_set_new(parts, b.s, part);
      json_array_append(order, part);
    }
    json_array_append_new(part, json_integer((json_int_t)m));
    free(b.s);
  }
  json_decref(parts);
  return order;
}

/* The group of g's members at the positions part holds: one reference. */
static Group *part_group(const Explore *x, const Group *g, const json_t *part)
{
  size_t k = json_array_size(part), *members = mem_calloc(k + 1, sizeof *members);
  for (size_t j = 0; j < k; j++)
    members[j] = g->members[json_integer_value(json_array_get(part, j))];
  return group_new(x, members, k, g->differ);
}

/* At the entry of a scene that may read variables the path's group differs
** in: probes the group for those that only choose the text shown (see
** probe); unless the story notes reads (x->watching: see divide), splits it
** first into parts that agree on the others, and probes each part. The path
** goes on for the part of the member whose values the story holds; each other
** part gets a fork, to go on from the scene's checkpoint with its own
** values. */
static void split(Story *s, Explore *x, Path *p)
{
  const json_t *cp = story_checkpoint(s), *reads, *control, *together, *val;
  const char *scene = json_string_value(json_object_get(cp, "scene"));
  Group *g = x->group;
  json_t *order, *part;
  StoryPlace *here;
  const char **need, **shown, *name;
  size_t n, ns = 0, i;
  if (!g || json_object_size(g->differ) == 0 || json_is_true(json_object_get(cp, "card")))
    return;
  reads = json_object_get(x->reads, scene);
  control = x->control ? json_object_get(x->control, scene) : NULL;
  together = x->together ? json_object_get(x->together, scene) : NULL;
  if (!json_is_object(reads) || !json_is_object(control))
    control = reads; /* unbounded: every read may decide */
  need = differ_in(g, json_is_object(control) ? control : NULL, &n);
  if (x->watching) /* divided at the read instead (see divide) */
    n = 0;
  shown = differ_in(g, json_is_object(reads) ? reads : NULL, &i);
  for (size_t k = 0; json_is_object(control) && k < i; k++)
    if (!json_object_get(control, shown[k]))
      shown[ns++] = shown[k];
  if ((n == 0 && ns == 0) || !(here = story_place(s))) {
    free(need);
    free(shown);
    return;
  }
  if (n == 0) { /* no split: the scene, probed */
    probe(x, p, here, g, g, shown, ns, scene, reads, together, json_object_get(cp, "vars"));
    story_place_free(here);
    free(need);
    free(shown);
    return;
  }
  g->refs++; /* (the path lets go of it for its part) */
  order = parts_of(x, g, need, n);
  json_array_foreach(order, i, part) {
    Save *save = mem_calloc(1, sizeof *save);
    json_t *patch = json_object(), *t;
    const json_t *rep;
    save->group = part_group(x, g, part);
    rep = member_vars(x, save->group, 0);
    json_object_foreach(g->differ, name, t) {
      val = json_object_get(rep, name);
      json_object_set(patch, name, val ? (json_t *)val : json_null());
    }
    save->place = i > 0 ? story_place_with(here, patch) : NULL;
    save->trail = mem_strdup(p->trail.s ? p->trail.s : "");
    save->node = p->node ? mem_strdup(p->node) : NULL;
    save->entry = json_array_get(x->entries, save->group->members[0]);
    save->at = p->at ? json_copy(p->at) : json_object();
    json_object_foreach(patch, name, t)
      if (json_object_get(x->sets, name)) {
        if (json_is_null(t))
          json_object_del(save->at, name);
        else
          json_object_set(save->at, name, t);
      }
    save->when = json_object();
    for (size_t j = 0; j < n; j++) {
      val = json_object_get(rep, need[j]);
      json_object_set(save->when, need[j], val ? (json_t *)val : json_null());
    }
    save->refs = 1;
    if (ns > 0)
      probe(x, p, here, g, save->group, shown, ns, scene, reads, together,
            json_object_get(cp, "vars"));
    if (i == 0) { /* the story's own member's part: on, from here */
      use_group(s, x, save->group);
      json_decref(p->when);
      p->when = json_incref(save->when);
    } else {
      push_fork(&x->parts, save, -1, "");
    }
    save_release(save);
    json_decref(patch);
  }
  story_place_free(here);
  json_decref(order);
  free(need);
  free(shown);
  group_release(g);
}

/* The story read or wrote variables the path's group differs in, as hits
** says ([name, scene] each: story_watched). A read that the static scan of
** its scene (x->reads, x->control) finds only chooses text is left to the
** scene's probes (see split). The others divide the group by their values:
** the path goes on for the part whose values the story holds, the values it
** was divided on added to its way out of the state it is in (p->when); each
** other part gets a fork, to play again from the path's last choice or its
** scene's entry (p->restart) with its own values. The path read none of the
** group's variables since (it would have been divided there), so that place
** holds the values of every member but for those. A group is so divided only
** when a value of it is used, on the path that uses it: a scene that reads
** the balance only when the account is closed divides on the balance only the
** entries whose account is. */
static void divide(Story *s, Explore *x, Path *p, const json_t *hits)
{
  Group *g = x->group;
  json_t *names = json_object(), *hit, *order, *part;
  const char **need, *name;
  size_t n, i;
  json_array_foreach(hits, i, hit) {
    const char *scene = json_string_value(json_array_get(hit, 1));
    const json_t *reads = scene && x->reads ? json_object_get(x->reads, scene) : NULL;
    const json_t *control = scene && x->control ? json_object_get(x->control, scene) : NULL;
    name = json_string_value(json_array_get(hit, 0));
    if (!name || !json_object_get(g->differ, name))
      continue;
    if (json_is_object(reads) && json_is_object(control) && json_object_get(reads, name)
        && !json_object_get(control, name))
      continue; /* shown only: probed at the scene's entry */
    json_object_set_new(names, name, json_true());
  }
  if (json_object_size(names) == 0) {
    json_decref(names);
    return;
  }
  need = differ_in(g, names, &n);
  g->refs++; /* (the path lets go of it for its part) */
  order = parts_of(x, g, need, n);
  json_array_foreach(order, i, part) {
    Group *into = part_group(x, g, part);
    json_t *when = p->when ? json_deep_copy(p->when) : json_object(), *t;
    const json_t *rep, *val;
    rep = member_vars(x, into, 0);
    for (size_t j = 0; j < n; j++) {
      val = json_object_get(rep, need[j]);
      json_object_set(when, need[j], val ? (json_t *)val : json_null());
    }
    if (i == 0) { /* the story's own member's part: on */
      use_group(s, x, into);
      json_decref(p->when);
      p->when = when;
    } else if (p->restart) {
      Save *save = mem_calloc(1, sizeof *save);
      json_t *patch = json_object();
      json_object_foreach(g->differ, name, t) {
        val = json_object_get(rep, name);
        json_object_set(patch, name, val ? (json_t *)val : json_null());
      }
      save->place = story_place_with(p->restart->place, patch);
      save->trail = mem_strdup(p->restart->trail ? p->restart->trail : "");
      save->node = p->node ? mem_strdup(p->node) : NULL;
      save->when = when;
      save->group = into;
      into->refs++;
      save->entry = json_array_get(x->entries, into->members[0]);
      save->arrived = p->restart_choice < 0;
      save->refs = 1;
      push_fork(&x->parts, save, p->restart_choice, p->restart_option);
      save_release(save);
      json_decref(patch);
    } else { /* (cannot be: a chapter's card comes before any read) */
      fprintf(stderr,
              "explore: a read with no place to play it again from: %zu entry states left\n",
              into->n);
      x->lost = true;
      json_decref(when);
    }
    group_release(into);
  }
  json_decref(order);
  json_decref(names);
  free(need);
  group_release(g);
}

/* Were all of hits (see divide) read in the scene of checkpoint cp? */
static bool read_in(const json_t *hits, const json_t *cp)
{
  const char *scene = json_string_value(json_object_get(cp, "scene"));
  const json_t *hit;
  size_t i;
  if (!scene || json_is_true(json_object_get(cp, "card")))
    return false;
  json_array_foreach(hits, i, hit)
    if (!json_string_value(json_array_get(hit, 1))
        || strcmp(json_string_value(json_array_get(hit, 1)), scene) != 0)
      return false;
  return true;
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
  while (within(x, st, budget)) {
    json_t *hits = NULL; /* what the step that led to ev read of the group's differences */
    if (watched(x))
      hits = story_watched(s);
    /* Read in the scene it entered alone: divided at that scene's entry, once
    ** the path has arrived there; else now, from before (a chapter's card
    ** is no scene: hits is NULL past here unless a scene was entered). */
    if (hits && !(story_checkpoint_serial(s) != serial && read_in(hits, story_checkpoint(s)))) {
      divide(s, x, p, hits);
      json_decref(hits);
      hits = NULL;
    }
    if (story_checkpoint_serial(s) != serial) {
      serial = story_checkpoint_serial(s);
      char *key;
      bool fresh;
      if (p->probe) /* its scene is over (a probe plays for one: hits is NULL) */
        return;
      if (x->chapter
          && json_integer_value(json_object_get(story_checkpoint(s), "chapter")) != x->chapter) {
        json_t *now = sets_now(s, x); /* the next chapter's card: that chapter's to play */
        way(x, p, "", now);
        json_decref(now);
        return;
      }
      checkpoint(s, x, p);
      split(s, x, p);
      if (x->group && !x->group->played
          && !json_is_true(json_object_get(story_checkpoint(s), "card"))) {
        x->group->played = true;
        for (size_t m = 0; m < x->group->n; m++)
          x->begun[x->group->members[m]] = true;
      }
      fresh = new_state(s, x, entered, st, &key);
      if (x->chapter)
        arrive(s, x, p, key);
      free(key);
      if (!fresh) {
        json_decref(hits);
        return;
      }
      if (watched(x)) {
        Save *here = mem_calloc(1, sizeof *here); /* where a part would play again from */
        if ((here->place = story_place(s))) {
          here->trail = mem_strdup(p->trail.s ? p->trail.s : "");
          here->refs = 1;
          set_restart(p, here, -1, "");
        }
        save_release(here);
      }
      if (hits)
        divide(s, x, p, hits);
      json_decref(hits);
    }
    spend(x, st);
    if (x->obs->on_event)
      x->obs->on_event(x->obs->ud, ev, p->taken);
    switch (ev->kind) {
    case EVENT_ERROR: report(x, ev, p); return;
    case EVENT_END: st->endings++; return;
    case EVENT_ENDING:
      if (x->chapter && !p->probe && json_string_value(json_object_get(ev->data, "id"))) {
        char to[300];
        snprintf(to, sizeof to, "#%s", json_string_value(json_object_get(ev->data, "id")));
        way(x, p, to, p->at);
      }
      ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
      break;
    case EVENT_CHOICE: {
      Save *save = ev->noptions > 1 ? mem_calloc(1, sizeof *save) : NULL;
      if (save && !(save->place = story_place(s))) {
        free(save);
        save = NULL;
      }
      if (save) {
        save->refs = 1; /* ours, until the forks have theirs */
        save->trail = mem_strdup(p->trail.s ? p->trail.s : "");
        save->node = mem_strdup(p->node);
        save->entry = x->entry;
        save->group = x->group;
        if (save->group)
          save->group->refs++;
        save->probe = p->probe;
        save->when = p->when ? json_incref(p->when) : NULL;
      }
      for (int i = ev->noptions - 1; save && i >= 1; i--) {
        option_name(ev, i, option, sizeof option);
        push_fork(json_object_get(x->taken, option) ? &x->known : &x->novel, save, i, option);
      }
      option_name(ev, 0, option, sizeof option);
      if (save)
        set_restart(p, save, 0, option);
      save_release(save);
      json_object_set_new(x->taken, option, json_true());
      snprintf(p->taken, sizeof p->taken, "%s", option);
      trail_add(x, p, option);
      ev = story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
      break;
    }
    default: ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL }); break;
    }
  }
  st->budget_hit = true;
}

/* Starts a path at a chapter's beginning (story_begin) and follows it. */
static void start(Story *s, Explore *x, int number, json_t *entered, long budget, ExploreStats *st)
{
  unsigned long before = story_checkpoint_serial(s);
  const Event *ev = story_begin(s, number);
  Path p = { .scene = "" };
  follow(s, ev, before, x, &p, entered, budget, st);
  path_free(&p);
}

/* Plays the forks left (novel: only those to an option never taken), each
** from its place, until none is left or the budget is spent. */
static void drain(Story *s, Explore *x, json_t *entered, long budget, ExploreStats *st, bool novel)
{
  Fork f;
  while (within(x, st, budget) && pop_fork(x, &f, novel)) {
    bool diverged = false;
    const Event *ev;
    Path p = { .scene = "" };
    unsigned long before;
    /* A place at a scene's entry holds the scene's first step, played again
    ** here with the part's own values: what it reads of them is noted (and
    ** divided, in follow). A place at a choice is the path's own, played
    ** again to its choice: it read nothing its group differs in (it would
    ** have divided there), so what the replay notes is forgotten. */
    if (f.choice < 0)
      use_group(s, x, f.save->group);
    ev = story_resume(s, f.save->place, &diverged);
    if (!ev || diverged) { /* cannot happen with a deterministic story */
      save_release(f.save);
      st->budget_hit = true;
      continue;
    }
    before = story_checkpoint_serial(s);
    if (x->obs->on_resume)
      x->obs->on_resume(x->obs->ud, ev);
    if (f.choice >= 0)
      use_group(s, x, f.save->group);
    if (f.choice < 0 && f.save->probe) { /* a probe: the scene's entry is behind it */
      snprintf(p.scene, sizeof p.scene, "%s",
               json_string_value(json_object_get(story_checkpoint(s), "scene")));
      p.probe = true;
      if (f.save->trail[0])
        mem_buf_add(&p.trail, f.save->trail, strlen(f.save->trail));
      x->entry = f.save->entry;
      save_release(f.save);
      follow(s, ev, before, x, &p, entered, budget, st);
      path_free(&p);
      continue;
    }
    if (f.choice < 0 && f.save->arrived) { /* a divided part: where its path was */
      const json_t *cp = story_checkpoint(s);
      if (!json_is_true(json_object_get(cp, "card")))
        snprintf(p.scene, sizeof p.scene, "%s", json_string_value(json_object_get(cp, "scene")));
      p.node = f.save->node ? mem_strdup(f.save->node) : NULL;
      p.at = sets_now(s, x); /* (its checkpoint holds the part's values) */
      p.when = json_incref(f.save->when);
      if (f.save->trail[0])
        mem_buf_add(&p.trail, f.save->trail, strlen(f.save->trail));
      x->entry = f.save->entry;
      set_restart(&p, f.save, -1, "");
      save_release(f.save);
      follow(s, ev, before, x, &p, entered, budget, st);
      path_free(&p);
      continue;
    }
    if (f.choice < 0) { /* a split's part: at its scene's entry, which it arrives at */
      p.node = f.save->node ? mem_strdup(f.save->node) : NULL;
      p.at = json_incref(f.save->at);
      p.when = json_incref(f.save->when);
      p.resumed = true;
      if (f.save->trail[0])
        mem_buf_add(&p.trail, f.save->trail, strlen(f.save->trail));
      x->entry = f.save->entry;
      save_release(f.save);
      follow(s, ev, before - 1, x, &p, entered, budget, st);
      path_free(&p);
      continue;
    }
    /* The fork is at a choice, so its checkpoint is the entry of the scene it is in. */
    snprintf(p.scene, sizeof p.scene, "%s",
             json_string_value(json_object_get(story_checkpoint(s), "scene")));
    snprintf(p.taken, sizeof p.taken, "%s", f.option);
    p.probe = f.save->probe;
    if (f.save->trail[0])
      mem_buf_add(&p.trail, f.save->trail, strlen(f.save->trail));
    trail_add(x, &p, f.option);
    if (x->chapter) {
      p.node = mem_strdup(f.save->node);
      p.at = sets_now(s, x);
      p.when = json_incref(f.save->when);
      x->entry = f.save->entry;
    }
    set_restart(&p, f.save, f.choice, f.option);
    save_release(f.save);
    json_object_set_new(x->taken, f.option, json_true());
    ev = story_step(s, &(Input){ INPUT_CHOICE, f.choice, NULL });
    follow(s, ev, before, x, &p, entered, budget, st);
    path_free(&p);
  }
}

/* The options never taken among the forks left (counted, and named in
** untaken if not NULL); frees them. */
static void forget_forks(Explore *x, ExploreStats *st, json_t *untaken)
{
  for (size_t i = 0; i < x->novel.n; i++)
    if (!json_object_get(x->taken, x->novel.items[i].option)) {
      st->untaken++;
      if (untaken)
        json_object_set_new(untaken, x->novel.items[i].option, json_true());
    }
  if (x->novel.n > 0 || x->parts.n > 0 || x->known.n > 0)
    st->budget_hit = true;
  free_forks(&x->novel);
  free_forks(&x->parts);
  free_forks(&x->known);
  x->novel = x->parts = x->known = (Forks){ 0 };
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
  size_t i;
  const json_t *c;
  memset(st, 0, sizeof *st);
  if (budget <= 0)
    budget = EXPLORE_BUDGET;
  /* Every chapter's first path, as a teacher opens it from the menu (the
  ** first also plays the whole story through); then the forks. A story that
  ** does not load has no chapter: begin once to get its error. */
  for (i = 0; i < (json_array_size(chapters) ? json_array_size(chapters) : 1); i++)
    start(s, &x, (int)json_integer_value(json_object_get(json_array_get(chapters, i), "number")),
          entered, budget, st);
  /* Then the chapters' presets, as a teacher opens them from the menu, unless
  ** the caller set variables of its own (--set): those stand. */
  if (!story_has_sets(s)) {
    json_array_foreach(chapters, i, c) {
      int number = (int)json_integer_value(json_object_get(c, "number"));
      for (size_t k = 0; k < json_array_size(json_object_get(c, "presets")); k++)
        if (story_preset(s, number, (int)k))
          start(s, &x, number, entered, budget, st);
      story_preset(s, number, -1);
    }
  }
  drain(s, &x, entered, budget, st, false);
  st->options = (long)json_object_size(x.taken);
  forget_forks(&x, st, NULL);
  json_decref(x.seen);
  json_decref(x.coarse);
  json_decref(x.values);
  json_decref(x.taken);
  json_decref(x.errors);
  json_decref(x.kept);
}

/* --- Chapter by chapter ----------------------------------------------------- */

/* Adds to names what chapter c reads (its defaults) and what it sets. */
static void add_names(json_t *names, const json_t *c)
{
  const char *name;
  const json_t *val;
  size_t k;
  json_object_foreach(json_object_get(c, "defaults"), name, val)
    json_object_set_new(names, name, json_true());
  json_array_foreach(json_object_get(c, "sets"), k, val)
    if (json_string_value(val))
      json_object_set_new(names, json_string_value(val), json_true());
}

/* For each variable a chapter declares in its defaults, the first such
** chapter's position in defs: a new reference, name -> position. */
static json_t *first_defaults(const json_t *defs)
{
  json_t *first = json_object();
  const json_t *c, *val;
  const char *name;
  size_t j;
  json_array_foreach(defs, j, c)
    json_object_foreach(json_object_get(c, "defaults"), name, val)
      if (!json_object_get(first, name))
        json_object_set_new(first, name, json_integer((json_int_t)j));
  return first;
}

/* Is name read in the defaults of a chapter before position k (firsts:
** first_defaults)? */
static bool read_before(const json_t *firsts, const char *name, size_t k)
{
  const json_t *at = json_object_get(firsts, name);
  return at && (size_t)json_integer_value(at) < k;
}

/* Adds to names what chapter k of defs may read on entry: its defaults, and
** those of its sets that an earlier chapter reads (story_begin gives them that
** chapter's default). Its other sets it reads only once set: a value passed
** on to it for them would change nothing, and the states passed on would
** differ in them on every path (a day's ledger, a chapter's own counts). */
static void add_read_names(json_t *names, const json_t *defs, const json_t *firsts, size_t k)
{
  const json_t *c = json_array_get(defs, k), *val;
  const char *name;
  size_t m;
  json_object_foreach(json_object_get(c, "defaults"), name, val)
    json_object_set_new(names, name, json_true());
  json_array_foreach(json_object_get(c, "sets"), m, val)
    if (json_string_value(val) && read_before(firsts, json_string_value(val), k))
      json_object_set_new(names, json_string_value(val), json_true());
}

/* For each chapter i of defs, the names the chapters from i on read or set
** (later[i]) and those the chapters after i may read on entry (after[i]),
** each made once from the end: a chapter's union of the chapters after it,
** made again for each, cost the square of the chapters. New references. */
static void suffix_names(const json_t *defs, const json_t *firsts, json_t **later, json_t **after)
{
  size_t n = json_array_size(defs);
  for (size_t i = n; i-- > 0;) {
    later[i] = i + 1 < n ? json_copy(later[i + 1]) : json_object();
    add_names(later[i], json_array_get(defs, i));
    after[i] = i + 1 < n ? json_copy(after[i + 1]) : json_object();
    if (i + 1 < n)
      add_read_names(after[i], defs, firsts, i + 1);
  }
}

/* The variables of vars that names holds: a new object. */
static json_t *project(const json_t *vars, const json_t *names)
{
  json_t *out = json_object(), *val;
  const char *name;
  json_object_foreach((json_t *)vars, name, val)
    if (json_object_get(names, name))
      json_object_set(out, name, val);
  return out;
}

/* Gives the variables vars lacks the values of defaults (as scene_default). */
static void fill(json_t *vars, const json_t *defaults)
{
  const char *name;
  json_t *val;
  json_object_foreach((json_t *)defaults, name, val)
    if (!json_object_get(vars, name))
      json_object_set(vars, name, val);
}

/* --- What a scene and the scenes after it may read or write --------------- */

static bool word_char(char c)
{
  return isalnum((unsigned char)c) || c == '_' || (unsigned char)c >= 0x80;
}

/* A placeholder at src[at] in a string ("{NAME}", "{NAME:euros}"): a text
** shown with no value of its own for NAME shows v.NAME, so NAME is read. Its
** name into name ("" if none); the index of the last character taken ("{{"
** both). */
static size_t placeholder(const char *src, size_t at, size_t to, char name[128])
{
  size_t k = at + 1;
  name[0] = '\0';
  if (k < to && src[k] == '{')
    return k;
  while (k < to && word_char(src[k]))
    k++;
  if (k > at + 1 && k < to && (src[k] == '}' || src[k] == ':'))
    snprintf(name, 128, "%.*s", (int)(k - at - 1), src + at + 1);
  return k - 1;
}

/* A read of name at src[at] that only chooses text: into the names its
** statement in sh reads (sets), or if it is in none, into together alone. */
static void read_together(const Shown *sh, json_t **sets, json_t *together, size_t at,
                          const char *name)
{
  size_t k = shown_span(sh, at);
  if (k == (size_t)-1) {
    json_object_set_new(together, name, json_true());
    return;
  }
  if (!sets[k])
    sets[k] = json_object();
  json_object_set_new(sets[k], name, json_true());
}

/* Scans src[from, to) as Lua: each `v.NAME` (and each placeholder in a
** string) into names; each of those reads that may decide more than what text
** is shown (not a placeholder, nor a read shown.h lists) into control; for
** the others, the names that choose a text together ("a|b", sorted: those
** of one statement, see shown.h; a placeholder elsewhere alone) into
** together; each `jump "ID"`'s scene into jumps (any may be NULL: not kept).
** False if v is reached another way (v[k], v passed along) or a jump goes
** where no literal says: then nothing can be left out. Strings and comments
** are skipped. */
static bool scan(const char *src, size_t from, size_t to, json_t *names, json_t *control,
                 json_t *together, json_t *jumps)
{
  Shown sh = { 0 };
  json_t **sets = NULL; /* the names each statement of sh reads */
  size_t next = 0;
  bool ok = true;
  char name[128];
  if (control || together) {
    shown_scan(&sh, src, from, to);
    sets = mem_calloc(sh.nspans + 1, sizeof *sets);
  }
  for (size_t i = from; ok && i < to; i++) {
    char c = src[i];
    if (c == '-' && i + 1 < to && src[i + 1] == '-') {
      while (i < to && src[i] != '\n')
        i++;
    } else if (c == '"' || c == '\'') {
      for (i++; i < to && src[i] != c && src[i] != '\n'; i++)
        if (src[i] == '\\')
          i++;
        else if (src[i] == '{') {
          size_t at = i;
          i = placeholder(src, i, to, name);
          if (name[0] && names)
            json_object_set_new(names, name, json_true());
          if (name[0] && together)
            read_together(&sh, sets, together, at, name);
        }
    } else if (word_char(c)
               && (i == from
                   || (!word_char(src[i - 1]) && src[i - 1] != '.' && src[i - 1] != ':'))) {
      size_t j = i, k;
      while (j < to && word_char(src[j]))
        j++;
      for (k = j; k < to && (src[k] == ' ' || src[k] == '\t'); k++)
        ;
      if (j - i == 1 && c == 'v') {
        size_t a;
        bool shown;
        if (k >= to || src[k] != '.') {
          ok = false;
          break;
        }
        for (k++; k < to && src[k] == ' '; k++)
          ;
        for (a = k; k < to && word_char(src[k]); k++)
          ;
        if (k == a) {
          ok = false;
          break;
        }
        while (next < sh.nreads && sh.reads[next] < i)
          next++;
        shown = next < sh.nreads && sh.reads[next] == i;
        snprintf(name, sizeof name, "%.*s", (int)(k - a), src + a);
        if (names)
          json_object_set_new(names, name, json_true());
        if (control && !shown)
          json_object_set_new(control, name, json_true());
        if (together && shown)
          read_together(&sh, sets, together, i, name);
        j = k;
      } else if (j - i == 4 && strncmp(src + i, "jump", 4) == 0) {
        size_t a;
        if (k < to && src[k] == '(')
          for (k++; k < to && src[k] == ' '; k++)
            ;
        if (k >= to || (src[k] != '"' && src[k] != '\'')) {
          ok = false;
          break;
        }
        for (a = ++k; k < to && src[k] != src[a - 1]; k++)
          ;
        if (jumps) {
          char id[128];
          snprintf(id, sizeof id, "%.*s", (int)(k - a), src + a);
          json_object_set_new(jumps, id, json_true());
        }
        j = k + 1;
      }
      i = j - 1;
    }
  }
  for (size_t k = 0; sets && k < sh.nspans; k++)
    if (sets[k]) {
      size_t n;
      const char **keys = tr_sorted_keys(sets[k], &n);
      MemBuf b = { 0 };
      for (size_t m = 0; m < n; m++) {
        if (m > 0)
          mem_buf_add(&b, "|", 1);
        mem_buf_add(&b, keys[m], strlen(keys[m]));
      }
      if (together)
        json_object_set_new(together, b.s, json_true());
      free(b.s);
      free(keys);
      json_decref(sets[k]);
    }
  free(sets);
  shown_free(&sh);
  return ok;
}

static int by_line(const void *a, const void *b)
{
  json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "line"));
  json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "line"));
  return (x > y) - (x < y);
}

/* Sorts an array of objects by their "line". */
static void sort_by_line(json_t *a)
{
  size_t n = json_array_size(a), i;
  json_t **items = mem_calloc(n ? n : 1, sizeof *items);
  for (i = 0; i < n; i++)
    items[i] = json_incref(json_array_get(a, i));
  qsort(items, n, sizeof *items, by_line);
  json_array_clear(a);
  for (i = 0; i < n; i++)
    json_array_append_new(a, items[i]);
  free(items);
}

/* The offset of line `line` (1-based) in src. */
static size_t line_at(const char *src, long line)
{
  size_t i = 0;
  for (long l = 1; l < line && src[i]; i++)
    if (src[i] == '\n')
      l++;
  return i;
}

/* The end of the helper whose `local function` line ends at src[from]: just
** after the first line after it that is "end" alone at the line's start (a
** comment may follow); 0 if there is none before `to`. */
static size_t helper_end(const char *src, size_t from, size_t to)
{
  for (size_t i = from; i + 4 <= to; i++)
    if (src[i] == '\n' && strncmp(src + i + 1, "end", 3) == 0
        && (i + 4 == to || src[i + 4] == '\n' || src[i + 4] == '\r' || src[i + 4] == ' '
            || src[i + 4] == '\t' || src[i + 4] == '-'))
      return i + 4;
  return 0;
}

/* Scans src[a, z), the part of a chapter's file outside its scenes: each
** `local function NAME(` at a line's start, to its "end", into helpers (NAME
** -> {names: what it reads or writes, control: those reads that may decide,
** together: the others (see scan), from, to: where it is}); the rest into top
** (and top_control, top_together), and where that rest is into tops ([from,
** to] each). False if either cannot be bounded (see scan). */
static bool scan_outside(const char *src, size_t a, size_t z, json_t *helpers, json_t *top,
                         json_t *top_control, json_t *top_together, json_t *tops)
{
  size_t i = a, seg = a;
  bool ok = true;
  while (i < z) {
    size_t eol = i, n = i + 15, end;
    while (eol < z && src[eol] != '\n')
      eol++;
    if ((i == a || src[i - 1] == '\n') && eol - i > 15
        && strncmp(src + i, "local function ", 15) == 0) {
      while (n < eol && word_char(src[n]))
        n++;
      if (n > i + 15 && src[n] == '(' && (end = helper_end(src, eol, z))) {
        json_t *names = json_object(), *control = json_object(), *together = json_object();
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)(n - i - 15), src + i + 15);
        ok = scan(src, seg, i, top, top_control, top_together, NULL) && ok;
        json_array_append_new(tops, json_pack("[I, I]", (json_int_t)seg, (json_int_t)i));
        ok = scan(src, i, end, names, control, together, NULL) && ok;
        json_object_set_new(helpers, name,
                            json_pack("{s:o, s:o, s:o, s:I, s:I}", "names", names, "control",
                                      control, "together", together, "from", (json_int_t)i, "to",
                                      (json_int_t)end));
        seg = i = end;
        continue;
      }
    }
    i = eol + 1;
  }
  json_array_append_new(tops, json_pack("[I, I]", (json_int_t)seg, (json_int_t)z));
  return scan(src, seg, z, top, top_control, top_together, NULL) && ok;
}

static size_t skip_quoted(const char *src, size_t i, size_t to);

/* Is the word src[i, j) a story variable (v.NAME) or a table's key (NAME =),
** not a helper's name? */
static bool not_named(const char *src, size_t i, size_t j, size_t z)
{
  if (i >= 2 && src[i - 1] == '.' && src[i - 2] == 'v' && (i == 2 || !word_char(src[i - 3])))
    return true;
  while (j < z && (src[j] == ' ' || src[j] == '\t'))
    j++;
  return j < z && src[j] == '=' && (j + 1 == z || src[j + 1] != '=');
}

/* Adds to out the helpers whose name src[a, z) mentions outside its comments
** and strings (a call, or the helper passed along), and those that they
** mention in turn. */
static void mentioned(const char *src, size_t a, size_t z, const json_t *helpers, json_t *out)
{
  const char *name;
  const json_t *h;
  json_object_foreach((json_t *)helpers, name, h) {
    size_t n = strlen(name), j;
    if (json_object_get(out, name))
      continue;
    for (size_t i = a; i + n <= z; i++)
      if ((j = skip_quoted(src, i, z)) != i || src[i] == '"' || src[i] == '\'')
        i = j;
      else if (strncmp(src + i, name, n) == 0 && (i == 0 || !word_char(src[i - 1]))
               && (i + n == z || !word_char(src[i + n])) && !not_named(src, i, i + n, z)) {
        json_object_set_new(out, name, json_true());
        mentioned(src, (size_t)json_integer_value(json_object_get(h, "from")),
                  (size_t)json_integer_value(json_object_get(h, "to")), helpers, out);
        break;
      }
  }
}

/* Does src call require, outside lines that are comments? */
static bool requires(const char *src)
{
  for (const char *r = strstr(src, "require"); r; r = strstr(r + 1, "require")) {
    const char *line = r;
    while (line > src && line[-1] != '\n')
      line--;
    while (line < r && (*line == ' ' || *line == '\t'))
      line++;
    if (strncmp(line, "--", 2) != 0)
      return true;
  }
  return false;
}

/* What the story's own helpers (story/lib/) read or write, as their `v.NAME`s
** say: {top: what their code outside functions does, fns: {NAME: what
** `function M.NAME(` does, with the functions of its file it names}}, so
** that a scene counts only the functions it names (future_names). A new
** reference, or NULL if a static scan cannot bound it. One file that
** requires nothing: with more, every scene counts all they read (fns empty).
** Made once for every chapter. */
static json_t *lib_names(void)
{
  json_t *top = json_object(), *fns = json_object();
  char **libs = vfs_list("story/lib");
  size_t nlibs = 0;
  bool bounded = true;
  for (char **f = libs; f && *f; f++)
    nlibs += strlen(*f) >= 5 && strcmp(*f + strlen(*f) - 4, ".lua") == 0;
  for (char **f = libs; f && *f && bounded; f++) {
    char path[300], *lib;
    json_t *all, *exported;
    size_t i = 0, seg = 0, z;
    snprintf(path, sizeof path, "story/lib/%s", *f);
    if (strlen(*f) < 5 || strcmp(*f + strlen(*f) - 4, ".lua") != 0 || !(lib = vfs_read(path, NULL)))
      continue;
    z = strlen(lib);
    if (nlibs > 1 || requires(lib)) { /* every scene counts it all */
      bounded = scan(lib, 0, z, top, NULL, NULL, NULL);
      free(lib);
      continue;
    }
    all = json_object();      /* each function of the file: {names, from, to} */
    exported = json_object(); /* those of M */
    while (bounded && i < z) {
      size_t eol = i, n, end, at = 0;
      bool m = false;
      while (eol < z && lib[eol] != '\n')
        eol++;
      if (i == 0 || lib[i - 1] == '\n') {
        if (strncmp(lib + i, "function M.", 11) == 0)
          at = i + 11, m = true;
        else if (strncmp(lib + i, "local function ", 15) == 0)
          at = i + 15;
      }
      for (n = at; at && n < eol && word_char(lib[n]); n++)
        ;
      if (at && n > at && lib[n] == '(' && (end = helper_end(lib, eol, z))) {
        json_t *names = json_object();
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)(n - at), lib + at);
        bounded =
            scan(lib, seg, i, top, NULL, NULL, NULL) && scan(lib, i, end, names, NULL, NULL, NULL);
        json_object_set_new(all, name,
                            json_pack("{s:o, s:I, s:I}", "names", names, "from", (json_int_t)i,
                                      "to", (json_int_t)end));
        if (m)
          json_object_set_new(exported, name, json_true());
        seg = i = end;
        continue;
      }
      i = eol + 1;
    }
    bounded = bounded && scan(lib, seg, z, top, NULL, NULL, NULL);
    {
      const char *name;
      json_t *t;
      json_object_foreach(exported, name, t) {
        /* it and the functions it names, and those they name */
        json_t *used = json_object(), *names = json_object(), *u;
        const json_t *fn = json_object_get(all, name);
        const char *other;
        json_object_set_new(used, name, json_true());
        mentioned(lib, (size_t)json_integer_value(json_object_get(fn, "from")),
                  (size_t)json_integer_value(json_object_get(fn, "to")), all, used);
        json_object_foreach(used, other, u)
          json_object_update(names, json_object_get(json_object_get(all, other), "names"));
        if ((u = json_object_get(fns, name)))
          json_object_update(u, names);
        else
          json_object_set(fns, name, names);
        json_decref(names);
        json_decref(used);
      }
    }
    json_decref(all);
    json_decref(exported);
    free(lib);
  }
  vfs_free_list(libs);
  if (!bounded) {
    json_decref(top);
    json_decref(fns);
    return NULL;
  }
  if (nlibs > 1) { /* (none was split into functions) */
    json_decref(fns);
    fns = json_object();
  }
  return json_pack("{s:o, s:o}", "top", top, "fns", fns);
}

/* Into text[id]: of future (what scene id and the scenes it reaches may read),
** the names that none of them may read to decide more than the text shown
** (control: scene -> such reads, JSON null: any) nor write ("only"); the
** others ("keyed"); and the sets of names that choose a text together in
** those scenes (together) with one of "only" in them ("sets": ["a|b"]).
** Nothing if no name is only shown. See state_key. */
static void text_names(json_t *text, const char *id, const json_t *future, const json_t *reach,
                       const json_t *control, const json_t *together)
{
  json_t *only = json_deep_copy(future), *keyed, *sets, *t;
  const char *at, *name, *set;
  json_object_foreach((json_t *)reach, at, t) {
    const json_t *c = json_object_get(control, at);
    if (!json_is_object(c)) { /* unbounded: any may decide */
      json_decref(only);
      return;
    }
    json_object_foreach((json_t *)c, name, t)
      json_object_del(only, name);
  }
  if (json_object_size(only) == 0) {
    json_decref(only);
    return;
  }
  keyed = json_object();
  json_object_foreach((json_t *)future, name, t)
    if (!json_object_get(only, name))
      json_object_set_new(keyed, name, json_true());
  sets = json_object();
  json_object_foreach((json_t *)reach, at, t) {
    const json_t *tt = json_object_get(together, at), *u;
    json_object_foreach((json_t *)tt, set, u) {
      char one[SET_MAX][128];
      const char *names[SET_MAX];
      size_t n = set_names(set, one, names);
      for (size_t i = 0; i < n; i++)
        if (json_object_get(only, names[i])) { /* one of its names only shows text */
          json_object_set_new(sets, set, json_true());
          break;
        }
    }
  }
  json_object_set_new(text, id,
                      json_pack("{s:o, s:o, s:o}", "only", only, "keyed", keyed, "sets", sets));
}

/* For each scene of chapter c (those declared in its file): what it and the
** scenes it may jump to after it read or write, as its `v.NAME`s and
** placeholders say, with what its file writes outside its scenes (helpers)
** and story/lib/ (the story's own helpers), limited to what the chapter reads
** and sets (reads). A scene whose future a static scan cannot bound (v reached
** another way, a jump to a scene not written as a literal, or to another
** file's) has all of reads. A state at a scene's entry need keep no more: two
** that agree on it play alike to the chapter's end, and write the same values.
** A new reference: scene id -> names (name -> true). Into *own (if not NULL),
** a new reference: what each scene may read or write while it plays, before
** any jump: its own names, those of the helpers of its file it mentions (and
** of those they mention), the file's code outside helpers and story/lib/;
** JSON null for a scene that cannot be bounded. Into *own_control (with
** own_reads), the same limited to the reads that may decide more than the
** text shown (see scan; story/lib/'s all may); into *own_together, for the
** others, the names that choose a text together ("a|b": see scan). */
static json_t *future_names(const json_t *c, const json_t *by_file, const json_t *libs,
                            const json_t *reads, json_t **own_reads, json_t **own_control,
                            json_t **own_together, json_t **text)
{
  const char *file = json_string_value(json_object_get(c, "file"));
  json_t *own = json_object(), *jumps = json_object(), *global = json_object(), *out;
  json_t *open = json_object(), *helpers = json_object(), *top = json_object();
  json_t *controls = json_object(), *top_control = json_object();
  json_t *togethers = json_object(), *top_together = json_object();
  json_t *spans = json_object(), *tops = json_array(), *val;
  char *src = file ? vfs_read(file, NULL) : NULL;
  bool bounded = src != NULL;
  size_t i, k, from = 0;
  const char *id;
  /* The scenes of the file in order: each from its line to its closing
  ** "end)" at the start of a line; the rest of the file is its helpers'. */
  const json_t *order = file ? json_object_get(by_file, file) : NULL;
  for (i = 0; bounded && i < json_array_size(order); i++) {
    const json_t *a = json_array_get(order, i), *b = json_array_get(order, i + 1);
    size_t start = line_at(src, (long)json_integer_value(json_object_get(a, "line")));
    size_t stop =
        b ? line_at(src, (long)json_integer_value(json_object_get(b, "line"))) : strlen(src);
    const char *end = strstr(src + start, "\nend)");
    json_t *names = json_object(), *to = json_object(), *control = json_object();
    json_t *together = json_object();
    if (start < from) { /* not in the order of the file: nothing bounded */
      bounded = false;
      json_decref(names);
      json_decref(to);
      json_decref(control);
      json_decref(together);
      break;
    }
    bounded = bounded
        && scan_outside(src, from, start, helpers, top, top_control, top_together,
                        tops); /* helpers before it */
    if (end && (size_t)(end - src) < stop)
      stop = (size_t)(end - src) + 5;
    id = json_string_value(json_object_get(a, "id"));
    if (!scan(src, start, stop, names, control, together, to))
      json_object_set_new(open, id, json_true());
    json_object_set_new(controls, id, control);
    json_object_set_new(togethers, id, together);

    json_object_set_new(own, id, names);
    json_object_set_new(jumps, id, to);
    json_object_set_new(spans, id, json_pack("[I, I]", (json_int_t)start, (json_int_t)stop));
    from = stop;
  }
  if (bounded)
    bounded = scan_outside(src, from, strlen(src), helpers, top, top_control, top_together, tops);
  if (bounded && libs) {
    /* story/lib/: its code outside functions counts for every scene; each of
    ** its functions, for a scene or helper that names it (as a helper does) */
    const json_t *lt = json_object_get(libs, "top"), *fn;
    const char *name;
    json_object_update(top, (json_t *)lt);
    json_object_update(top_control, (json_t *)lt);
    json_object_foreach(json_object_get(libs, "fns"), name, fn) {
      json_t *h = json_object_get(helpers, name);
      if (h) { /* a helper of the file of the same name: both */
        json_object_update(json_object_get(h, "names"), (json_t *)fn);
        json_object_update(json_object_get(h, "control"), (json_t *)fn);
      } else
        json_object_set_new(helpers, name,
                            json_pack("{s:O, s:O, s:{}, s:i, s:i}", "names", fn, "control", fn,
                                      "together", "from", 0, "to", 0));
    }
  }
  bounded = bounded && libs;
  /* What every scene may read: all outside the scenes (the helpers, as a
  ** scene's future reaches any of them). */
  json_object_update(global, top);
  json_object_foreach(helpers, id, val)
    json_object_update(global, json_object_get(val, "names"));
  if (own_reads) {
    /* A helper that the code outside helpers mentions may be called from any
    ** scene: it is read as theirs. */
    json_t *always = json_object(), *names, *control, *together, *span;
    const char *name;
    *own_reads = json_object();
    *own_control = json_object();
    *own_together = json_object();
    json_array_foreach(bounded ? tops : NULL, k, span)
      mentioned(src, (size_t)json_integer_value(json_array_get(span, 0)),
                (size_t)json_integer_value(json_array_get(span, 1)), helpers, always);
    json_object_foreach(always, name, val) {
      json_object_update(top, json_object_get(json_object_get(helpers, name), "names"));
      json_object_update(top_control, json_object_get(json_object_get(helpers, name), "control"));
      json_object_update(top_together, json_object_get(json_object_get(helpers, name), "together"));
    }
    json_decref(always);
    json_object_foreach(own, id, val) {
      json_t *used = json_object(), *h;
      if (!bounded || json_object_get(open, id)) {
        json_object_set_new(*own_reads, id, json_null());
        json_object_set_new(*own_control, id, json_null());
        json_object_set_new(*own_together, id, json_null());
        json_decref(used);
        continue;
      }
      names = json_deep_copy(val);
      control = json_deep_copy(json_object_get(controls, id));
      together = json_deep_copy(json_object_get(togethers, id));
      mentioned(src, (size_t)json_integer_value(json_array_get(json_object_get(spans, id), 0)),
                (size_t)json_integer_value(json_array_get(json_object_get(spans, id), 1)), helpers,
                used);
      json_object_foreach(used, name, h) {
        json_object_update(names, json_object_get(json_object_get(helpers, name), "names"));
        json_object_update(control, json_object_get(json_object_get(helpers, name), "control"));
        json_object_update(together, json_object_get(json_object_get(helpers, name), "together"));
      }
      json_object_update(names, top);
      json_object_update(control, top_control);
      json_object_update(together, top_together);
      json_object_set_new(*own_reads, id, project(names, reads));
      json_object_set_new(*own_control, id, project(control, reads));
      json_object_set_new(*own_together, id, together);
      json_decref(names);
      json_decref(control);
      json_decref(used);
    }
  }
  out = json_object();
  if (text)
    *text = json_object();
  json_object_foreach(own, id, val) {
    /* the scenes reachable from this one, itself included */
    json_t *reach = json_object(), *queue = json_array(), *names = json_object();
    bool all = !bounded;
    const char *name;
    json_t *t;
    json_array_append_new(queue, json_string(id));
    json_object_set_new(reach, id, json_true());
    for (k = 0; k < json_array_size(queue) && !all; k++) {
      const char *at = json_string_value(json_array_get(queue, k));
      if (json_object_get(open, at) || !json_object_get(own, at)) {
        all = true; /* unbounded, or a scene of another file */
        break;
      }
      json_object_update(names, json_object_get(own, at));
      json_object_foreach(json_object_get(jumps, at), name, t)
        if (!json_object_get(reach, name)) {
          json_object_set_new(reach, name, json_true());
          json_array_append_new(queue, json_string(name));
        }
    }
    json_object_update(names, global);
    json_object_set_new(out, id, all ? json_deep_copy(reads) : project(names, reads));
    if (text && own_reads && !all)
      text_names(*text, id, json_object_get(out, id), reach, *own_control, *own_together);
    json_decref(reach);
    json_decref(queue);
    json_decref(names);
  }
  free(src);
  json_decref(own);
  json_decref(jumps);
  json_decref(global);
  json_decref(open);
  json_decref(helpers);
  json_decref(top);
  json_decref(spans);
  json_decref(tops);
  json_decref(controls);
  json_decref(top_control);
  json_decref(togethers);
  json_decref(top_together);
  return out;
}

/* The story's scenes by file, each file's in the order of its lines: a new
** reference, file -> [scene]. Made once: the scenes are declared anew each
** time a file is read (as a chapter is played), and reading them all again
** for each chapter cost the square of the chapters. */
static json_t *scenes_by_file(Story *s)
{
  json_t *by_file = json_object(), *sc, *list;
  const char *file;
  size_t i;
  json_array_foreach(story_scenes(s), i, sc) {
    if (!(file = json_string_value(json_object_get(sc, "file"))))
      continue;
    if (!(list = json_object_get(by_file, file))) {
      list = json_array();
      json_object_set_new(by_file, file, list);
    }
    json_array_append(list, sc);
  }
  json_object_foreach(by_file, file, list)
    sort_by_line(list);
  return by_file;
}

/* --- Counters --------------------------------------------------------------- */

/* A counter (a chapter's `counters`) only counts: a sum or an amount the text
** shows. Read anywhere else, it could decide what follows, and the states that
** differ only in it could not be explored once. A lexical check, strict on
** purpose: a read of v.NAME is allowed as a field of the placeholders' table
** of say, note or bind (`say("...", { out = v.ch05_withdrawn })`), or on the
** right of an assignment to counters (`v.ch05_weeks = v.balance + v.x`), and
** then in an expression with no comparison, no and/or/not and no division by
** it; every other read is a problem. */

/* Skips a string or a comment at src[i] (i < to): the index of its last
** character; i itself if there is none there. */
static size_t skip_quoted(const char *src, size_t i, size_t to)
{
  char c = src[i];
  if (c == '-' && i + 1 < to && src[i + 1] == '-') {
    while (i < to && src[i] != '\n')
      i++;
    return i;
  }
  if (c == '"' || c == '\'') {
    for (i++; i < to && src[i] != c && src[i] != '\n'; i++)
      if (src[i] == '\\')
        i++;
  }
  return i;
}

/* Does src[a, z) only compute, deciding nothing: no comparison, no and, or,
** not, and no division or modulo before `at` (where the counter is)? */
static bool only_computes(const char *src, size_t a, size_t z, size_t at)
{
  for (size_t i = a; i < z; i++) {
    char c = src[i];
    size_t j = skip_quoted(src, i, z);
    if (j != i || c == '"' || c == '\'') {
      i = j;
      continue;
    }
    if (c == '<' || c == '>' || (c == '=' && i + 1 < z && src[i + 1] == '=') || c == '~')
      return false;
    if ((c == '/' || c == '%') && i < at)
      return false;
    if (word_char(c) && (i == a || !word_char(src[i - 1]))) {
      size_t k = i;
      while (k < z && word_char(src[k]))
        k++;
      if ((k - i == 3 && (strncmp(src + i, "and", 3) == 0 || strncmp(src + i, "not", 3) == 0))
          || (k - i == 2 && strncmp(src + i, "or", 2) == 0))
        return false;
      i = k - 1;
    }
  }
  return true;
}

/* The end of the expression that goes on at src[from]: the first ',', ';' or
** closing bracket outside brackets, or the line's end. */
static size_t expression_end(const char *src, size_t from, size_t to)
{
  int depth = 0;
  for (size_t i = from; i < to; i++) {
    char c = src[i];
    size_t j = skip_quoted(src, i, to);
    if (c == '-' && j != i)
      return i;
    if (j != i || c == '"' || c == '\'') {
      i = j;
      continue;
    }
    if (c == '(' || c == '{' || c == '[')
      depth++;
    else if (c == ')' || c == '}' || c == ']') {
      if (depth-- == 0)
        return i;
    } else if (depth == 0 && (c == ',' || c == ';' || c == '\n'))
      return i;
  }
  return to;
}

/* The word ending at src[at] (spaces before at skipped), if one of the calls
** that show text: say, note, bind (not a field: `x.say`). */
static bool text_call(const char *src, size_t at)
{
  static const char *const calls[] = { "say", "note", "bind" };
  size_t e = at, b;
  while (e > 0 && (src[e - 1] == ' ' || src[e - 1] == '\t'))
    e--;
  for (b = e; b > 0 && word_char(src[b - 1]); b--)
    ;
  if (b > 0 && (src[b - 1] == '.' || src[b - 1] == ':'))
    return false;
  for (size_t i = 0; i < sizeof calls / sizeof *calls; i++)
    if (e - b == strlen(calls[i]) && strncmp(src + b, calls[i], e - b) == 0)
      return true;
  return false;
}

/* Is the line at src[line] an assignment to variables ("v.a, v.b = ...")? Its
** '=' into *eq, and into *only whether all it assigns are counters. */
static bool assigned(const char *src, size_t line, size_t to, const json_t *counters, size_t *eq,
                     bool *only)
{
  size_t i = line;
  *only = true;
  for (;;) {
    size_t a;
    while (i < to && (src[i] == ' ' || src[i] == '\t'))
      i++;
    if (i + 2 > to || src[i] != 'v' || src[i + 1] != '.')
      return false;
    for (a = i += 2; i < to && word_char(src[i]); i++)
      ;
    {
      char name[128];
      snprintf(name, sizeof name, "%.*s", (int)(i - a), src + a);
      if (!json_object_get(counters, name))
        *only = false;
    }
    while (i < to && (src[i] == ' ' || src[i] == '\t'))
      i++;
    if (i < to && src[i] == ',') {
      i++;
      continue;
    }
    if (i + 1 < to && src[i] == '=' && src[i + 1] != '=') {
      *eq = i;
      return true;
    }
    return false;
  }
}

/* Reports each read of a counter in file's src where it could decide. */
static void counter_reads(const char *file, const char *src, const json_t *counters,
                          json_t *problems)
{
  size_t to = strlen(src), line = 0, stack[64];
  int depth = 0, at_line = 0; /* brackets open here, and at the line's start */
  long lineno = 1;
  for (size_t i = 0; i < to; i++) {
    char c = src[i];
    size_t j = skip_quoted(src, i, to);
    if (j != i || c == '"' || c == '\'') {
      i = j;
      if (i < to && src[i] == '\n') {
        lineno++;
        line = i + 1;
        at_line = depth;
      }
      continue;
    }
    if (c == '\n') {
      lineno++;
      line = i + 1;
      at_line = depth;
    } else if (c == '(' || c == '{' || c == '[') {
      if (depth < 64)
        stack[depth] = i;
      depth++;
    } else if (c == ')' || c == '}' || c == ']') {
      if (depth > 0)
        depth--;
    } else if (c == 'v' && (i == 0 || (!word_char(src[i - 1]) && src[i - 1] != '.'))
               && (i + 1 >= to || !word_char(src[i + 1])) && (i + 1 >= to || src[i + 1] != '.')) {
      /* v reached another way (v[k], v passed along): no read of it can be
      ** named, so no counter is checked. */
      char msg[400];
      snprintf(msg, sizeof msg,
               "%s:%ld: v is read here other than as v.NAME: with counters declared, read "
               "every variable as v.NAME (check cannot tell what this reads)",
               file, lineno);
      json_array_append_new(problems, json_string(msg));
    } else if (c == 'v' && i + 1 < to && src[i + 1] == '.' && (i == 0 || !word_char(src[i - 1]))
               && (i == 0 || src[i - 1] != '.')) {
      size_t a = i + 2, k = a, eq = 0;
      char name[128];
      const json_t *chapter;
      bool fine = false, only = false;
      while (k < to && word_char(src[k]))
        k++;
      snprintf(name, sizeof name, "%.*s", (int)(k - a), src + a);
      if (!(chapter = json_object_get(counters, name))) {
        i = k - 1;
        continue;
      }
      if (depth == at_line && assigned(src, line, to, counters, &eq, &only))
        fine = i < eq || (only && only_computes(src, eq + 1, expression_end(src, eq + 1, to), i));
      else if (depth > 0 && depth <= 64 && src[stack[depth - 1]] == '{'
               && (text_call(src, stack[depth - 1])
                   || (depth >= 2 && src[stack[depth - 2]] == '('
                       && text_call(src, stack[depth - 2])))) {
        size_t f = i; /* the field: from its separator before to its end */
        while (f > stack[depth - 1] && src[f - 1] != ',' && src[f - 1] != ';' && src[f - 1] != '{')
          f--;
        fine = only_computes(src, f, expression_end(src, k, to), i);
      }
      if (!fine) {
        char msg[600];
        snprintf(msg, sizeof msg,
                 "%s:%ld: v.%s is a counter of chapter %s: read here, it could decide what "
                 "follows; a counter is read only in a placeholder of say, note or bind, or to "
                 "compute another counter (no comparison, no and/or/not, never a divisor)",
                 file, lineno, name, json_string_value(chapter));
        json_array_append_new(problems, json_string(msg));
      }
      i = k - 1;
    }
  }
}

json_t *explore_counters(Story *s, json_t *problems)
{
  const json_t *defs = story_declarations(s), *c, *val, *d;
  json_t *counters = json_object(), *out = json_object(), *files = json_object(), *bad;
  const char *name, *file;
  size_t i, k;
  char **libs;
  json_array_foreach(defs, i, c) {
    json_array_foreach(json_object_get(c, "counters"), k, val)
      if (json_string_value(val))
        json_object_set_new(counters, json_string_value(val),
                            json_string(json_string_value(json_object_get(c, "id"))));
    if (json_string_value(json_object_get(c, "file")))
      json_object_set_new(files, json_string_value(json_object_get(c, "file")), json_true());
  }
  if (json_object_size(counters) > 0 && (libs = vfs_list("story/lib"))) {
    for (char **f = libs; *f; f++) {
      char path[300];
      snprintf(path, sizeof path, "story/lib/%s", *f);
      if (strlen(*f) > 4 && strcmp(*f + strlen(*f) - 4, ".lua") == 0)
        json_object_set_new(files, path, json_true());
    }
    vfs_free_list(libs);
  }
  bad = json_array();
  json_object_foreach(json_object_size(counters) ? files : NULL, file, val) {
    char *src = vfs_read(file, NULL);
    if (src)
      counter_reads(file, src, counters, bad);
    free(src);
  }
  /* A counter a later chapter reads would carry its grouped values on. */
  json_array_foreach(defs, i, c)
    json_object_foreach(json_object_get(c, "defaults"), name, val)
      if ((d = json_object_get(counters, name))) {
        char msg[600];
        snprintf(msg, sizeof msg,
                 "%s: chapter %s reads v.%s (in its defaults), a counter of chapter %s: a "
                 "counter is its own chapter's, never read by a later one",
                 json_string_value(json_object_get(c, "file")),
                 json_string_value(json_object_get(c, "id")), name, json_string_value(d));
        json_array_append_new(bad, json_string(msg));
      }
  /* What is left, chapter by chapter: the counters no problem names (none if
  ** v is read another way). */
  json_array_foreach(bad, k, val)
    if (strstr(json_string_value(val), ": v is read here"))
      json_object_clear(counters);
  json_object_foreach(counters, name, d) {
    bool fine = true;
    char word[160];
    snprintf(word, sizeof word, "v.%s ", name);
    json_array_foreach(bad, k, val)
      fine = fine && !strstr(json_string_value(val), word);
    if (fine) {
      json_t *set = json_object_get(out, json_string_value(d));
      if (!set) {
        set = json_object();
        json_object_set_new(out, json_string_value(d), set);
      }
      json_object_set_new(set, name, json_true());
    }
  }
  if (problems)
    json_array_extend(problems, bad);
  json_decref(bad);
  json_decref(files);
  json_decref(counters);
  return out;
}

/* Which entries a worker takes: every step-th from next (of n). Each worker
** plays its share as one group; dealing them in turn spreads the entry
** states' differences over the workers. */
typedef struct Jobs {
  size_t next, n, step;
} Jobs;

/* The states in an order where each comes after those it leads to (but on a
** loop), from node on, into order; done: node -> false while its ways are
** followed, true after. True if a way leads back to a state not done. */
static bool post_order(const json_t *graph, const char *node, json_t *done, json_t *order)
{
  const json_t *at = json_object_get(done, node);
  const char *k;
  json_t *w;
  bool loop = false;
  if (at)
    return !json_is_true(at);
  json_object_set_new(done, node, json_false());
  json_object_foreach(json_object_get(graph, node), k, w) {
    const char *to = json_string_value(json_array_get(w, 0));
    if (to[0] && to[0] != '#')
      loop |= post_order(graph, to, done, order);
  }
  json_object_set_new(done, node, json_true());
  json_array_append_new(order, json_string(node));
  return loop;
}

/* The ways out of a chapter, worked out from its graph (see way) as rows
** (rows.h): an outcome is [the chapter's sets as a way out leaves them (0:
** unchanged since the state), the values a member of the group must hold for
** it (0: any), the ending's id (0: none, the next chapter)]. */
typedef struct Outcomes {
  RowValues values;
  json_t *set_col, *when_col; /* a name -> its column among the sets, the whens */
  const char **sets, **whens; /* the names by column */
  size_t nsets, nwhens;
  Rows rows; /* the outcomes met, each once */
} Outcomes;

/* Numbers the names of obj (sorted) into col and *names. */
static size_t columns(const json_t *obj, json_t **col, const char ***names)
{
  const char *name;
  json_t *val;
  size_t n = 0;
  *names = mem_calloc(json_object_size(obj) + 1, sizeof **names);
  json_object_foreach((json_t *)obj, name, val)
    (*names)[n++] = name;
  qsort(*names, n, sizeof **names, by_string);
  *col = json_object();
  for (size_t i = 0; i < n; i++)
    json_object_set_new(*col, (*names)[i], json_integer((json_int_t)i));
  return n;
}

/* A way's own outcome row into row: its change, its when, its end. */
static void way_row(Outcomes *o, const json_t *change, const json_t *when, const char *end,
                    uint32_t *row)
{
  const char *name;
  json_t *val, *col;
  memset(row, 0, o->rows.width * sizeof *row);
  json_object_foreach((json_t *)change, name, val)
    if ((col = json_object_get(o->set_col, name)))
      row[json_integer_value(col)] = rows_value(&o->values, val);
  json_object_foreach((json_t *)when, name, val)
    if ((col = json_object_get(o->when_col, name)))
      row[o->nsets + (size_t)json_integer_value(col)] = rows_value(&o->values, val);
  if (end) {
    json_t *id = json_string(end);
    row[o->nsets + o->nwhens] = rows_value(&o->values, id);
    json_decref(id);
  }
}

/* The outcome of a way (its row) then a later outcome (NULL: the chapter's end
** or an ending, the way's own), into out: false if their whens disagree. An
** ending's outcome keeps no change (what it leaves is not passed on). */
static bool compose(const Outcomes *o, const uint32_t *way, const uint32_t *later, uint32_t *out)
{
  size_t w = o->rows.width;
  memcpy(out, way, w * sizeof *out);
  if (!later)
    return true;
  for (size_t i = 0; i < o->nsets; i++)
    if (later[i])
      out[i] = later[i];
  for (size_t i = o->nsets; i < o->nsets + o->nwhens; i++)
    if (later[i]) {
      if (out[i] && out[i] != later[i])
        return false;
      out[i] = later[i];
    }
  out[w - 1] = later[w - 1];
  if (out[w - 1])
    memset(out, 0, o->nsets * sizeof *out);
  return true;
}

static int by_id(const void *a, const void *b)
{
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

/* Every way out of the chapter from root, its first state (NULL: none),
** worked out over graph from the last states back: once if no way loops back,
** else again until nothing changes. The outcomes' numbers in o->rows into
** *out (malloc'd), their count into *nout. */
static void outcomes(Outcomes *o, const json_t *graph, const char *root, uint32_t **out,
                     size_t *nout)
{
  json_t *order = json_array(), *done = json_object(), *number = json_object(), *w, *ways;
  size_t nodes, i, k, width = o->rows.width;
  uint32_t **sets, *row = mem_calloc(width, sizeof *row), *mine = mem_calloc(width, sizeof *mine);
  size_t *sizes;
  const char *node, *wk;
  bool changed = true, loop = false;
  *out = NULL;
  *nout = 0;
  json_object_foreach((json_t *)graph, node, ways)
    loop |= post_order(graph, node, done, order);
  nodes = json_array_size(order); /* (a state with no way out is in it, not in graph) */
  sets = mem_calloc(nodes + 1, sizeof *sets);
  sizes = mem_calloc(nodes + 1, sizeof *sizes);
  json_array_foreach(order, i, w)
    json_object_set_new(number, json_string_value(w), json_integer((json_int_t)i));
  while (changed) {
    changed = false;
    json_array_foreach(order, i, w) {
      uint32_t *acc = NULL;
      size_t n = 0, cap = 0;
      json_object_foreach(json_object_get(graph, json_string_value(w)), wk, ways) {
        const char *to = json_string_value(json_array_get(ways, 0));
        const json_t *at = to[0] && to[0] != '#' ? json_object_get(number, to) : NULL;
        size_t j = at ? (size_t)json_integer_value(at) : 0, count = at ? sizes[j] : 1;
        way_row(o, json_array_get(ways, 1), json_array_get(ways, 2), to[0] == '#' ? to + 1 : NULL,
                mine);
        if (to[0] == '#')
          memset(mine, 0, o->nsets * sizeof *mine);
        for (k = 0; k < count; k++) {
          if (!compose(o, mine, at ? rows_get(&o->rows, sets[j][k]) : NULL, row))
            continue;
          if (n == cap)
            acc = mem_realloc(acc, (cap = cap ? cap * 2 : 16) * sizeof *acc);
          acc[n++] = (uint32_t)rows_add(&o->rows, row);
        }
      }
      if (n > 1) { /* sorted, each once */
        size_t m = 1;
        qsort(acc, n, sizeof *acc, by_id);
        for (k = 1; k < n; k++)
          if (acc[k] != acc[m - 1])
            acc[m++] = acc[k];
        n = m;
      }
      changed |= n != sizes[i];
      free(sets[i]);
      sets[i] = acc;
      sizes[i] = n;
    }
    changed = changed && loop; /* without a loop, each state came after its ways' */
  }
  if (root && (w = json_object_get(number, root))) {
    i = (size_t)json_integer_value(w);
    *out = sets[i];
    *nout = sizes[i];
    sets[i] = NULL;
  }
  for (i = 0; i < nodes; i++)
    free(sets[i]);
  free(sets);
  free(sizes);
  free(row);
  free(mine);
  json_decref(order);
  json_decref(done);
  json_decref(number);
}

/* The number of change in changes ({index: canonical text -> number, list:
** [change]}), given one if it has none. */
static json_int_t change_number(json_t *changes, const json_t *change)
{
  char *k = canon(change);
  json_t *at = json_object_get(json_object_get(changes, "index"), k);
  json_int_t n;
  if (at) {
    free(k);
    return json_integer_value(at);
  }
  n = (json_int_t)json_array_size(json_object_get(changes, "list"));
  json_array_append(json_object_get(changes, "list"), (json_t *)change);
  json_object_set_new(json_object_get(changes, "index"), k, json_integer(n));
  free(k);
  return n;
}

/* Each member's share of the outcomes of its group's first state (their
** numbers in o): its exits (the changes, numbered in changes: into done's
** entry index -> {exits: [number], endings}) and endings, those whose when its
** values match. The outcomes are looked up by the columns their when holds, a
** member's values for those at once. */
static void share_outcomes(const Explore *x, const Group *g, Outcomes *o, const uint32_t *outs,
                           size_t nouts, json_t *done, json_t *changes, bool whole)
{
  json_t *domains = json_object(), *d, *val, **change_of = mem_calloc(nouts + 1, sizeof *change_of);
  const char *k;
  size_t w = o->rows.width, i;
  uint32_t *mine = mem_calloc(w, sizeof *mine);
  for (i = 0; i < nouts; i++) {
    const uint32_t *row = rows_get(&o->rows, outs[i]);
    MemBuf dk = { 0 }, vk = { 0 };
    json_t *list;
    mem_buf_add(&dk, "", 0);
    mem_buf_add(&vk, "", 0);
    for (size_t c = 0; c < o->nwhens; c++)
      if (row[o->nsets + c]) {
        canon_number(&dk, ',', c);
        canon_number(&vk, ',', row[o->nsets + c]);
      }
    if (!(d = json_object_get(domains, dk.s))) {
      json_t *cols = json_array();
      for (size_t c = 0; c < o->nwhens; c++)
        if (row[o->nsets + c])
          json_array_append_new(cols, json_integer((json_int_t)c));
      d = json_pack("{s:o, s:{}}", "cols", cols, "by");
      json_object_set_new(domains, dk.s, d);
    }
    if (!(list = json_object_get(json_object_get(d, "by"), vk.s))) {
      list = json_array();
      json_object_set_new(json_object_get(d, "by"), vk.s, list);
    }
    json_array_append_new(list, json_integer((json_int_t)i));
    if (!row[w - 1]) { /* an exit: its change as an object, numbered */
      json_t *change = json_object();
      for (size_t c = 0; c < o->nsets; c++)
        if (row[c])
          json_object_set(change, o->sets[c], (json_t *)rows_json(&o->values, row[c]));
      change_of[i] = json_integer(change_number(changes, change));
      json_decref(change);
    }
    free(dk.s);
    free(vk.s);
  }
  for (size_t m = 0; m < g->n; m++) {
    json_t *exits = json_array(), *endings = json_object(), *ids = json_array(), *at;
    const json_t *vars = member_vars(x, g, m);
    char index[32];
    for (size_t c = 0; c < o->nwhens; c++) {
      const json_t *v = json_object_get(vars, o->whens[c]);
      mine[c] = rows_value(&o->values, v ? v : json_null());
    }
    json_object_foreach(domains, k, d) {
      MemBuf vk = { 0 };
      size_t q;
      mem_buf_add(&vk, "", 0);
      json_array_foreach(json_object_get(d, "cols"), q, val)
        canon_number(&vk, ',', mine[json_integer_value(val)]);
      json_array_foreach(json_object_get(json_object_get(d, "by"), vk.s), q, at) {
        size_t j = (size_t)json_integer_value(at);
        const uint32_t *row = rows_get(&o->rows, outs[j]);
        if (row[w - 1])
          json_object_set_new(endings, json_string_value(rows_json(&o->values, row[w - 1])),
                              json_true());
        else
          json_array_append(exits, change_of[j]);
      }
      free(vk.s);
    }
    json_object_foreach(endings, k, val)
      json_array_append_new(ids, json_string(k));
    json_decref(endings);
    snprintf(index, sizeof index, "%zu", g->members[m]);
    json_object_set_new(done, index,
                        json_pack("{s:o, s:o, s:b, s:b}", "exits", exits, "endings", ids, "whole",
                                  whole, "begun", x->begun[g->members[m]]));
  }
  for (i = 0; i < nouts; i++)
    json_decref(change_of[i]);
  free(change_of);
  free(mine);
  json_decref(domains);
}

/* What a chapter is explored with (explore_chapters). */
typedef struct Chapter {
  int number;
  const json_t *def;      /* its declaration */
  const json_t *entries;  /* its entry states: [{vars}] */
  const json_t *plain;    /* the variables it is opened with alone */
  const json_t *sets;     /* what it sets that it passes on (name -> true) */
  const json_t *future;   /* scene -> what it and the scenes after it may read */
  const json_t *reads;    /* scene -> what it may read while it plays */
  const json_t *control;  /* scene -> those reads that may decide more than the text shown */
  const json_t *together; /* scene -> the others, as the names that choose a text together */
  const json_t *text;     /* scene -> what it and the scenes after it only show (text_names) */
  const json_t *counters; /* its counters (explore_counters) */
} Chapter;

/* Explores chapter `number` from the entries jobs gives this worker (every
** step-th from its next), as one group (see Group). The states are shared by
** the parts of the group (a state met again is not explored again, whichever
** part reached it first), and where each leads is recorded, so that each
** entry's ways out are worked out after (outcomes). {entries: {index:
** {exits: [what the chapter's sets hold at the next chapter's card that
** differs from the entry], endings: [ids], whole: played to the end}},
** taken, untaken, events, states, paths, endings, hit}: a new reference. */
static json_t *work(Story *s, const ExploreObserver *obs, const Chapter *ch, long budget,
                    atomic_long *spent, Jobs *jobs, json_t *entered)
{
  Explore x = { .seen = json_object(),
                .coarse = json_object(),
                .values = json_object(),
                .taken = json_object(),
                .obs = obs,
                .errors = json_object(),
                .kept = json_object(),
                .chapter = ch->number,
                .sets = ch->sets,
                .future = ch->future,
                .counters = ch->counters,
                .graph = json_object(),
                .spent = spent,
                .entries = ch->entries,
                .def = ch->def,
                .plain = ch->plain,
                .reads = ch->reads,
                .control = ch->control,
                .together = ch->together,
                .text = ch->text };
  json_t *done = json_object(), *untaken = json_object(), *out;
  json_t *changes = json_pack("{s:{}, s:[]}", "index", "list");
  ExploreStats st = { 0 };
  size_t *members = mem_realloc(NULL, (jobs->n / jobs->step + 1) * sizeof *members), n = 0;
  Group *root = NULL;
  for (size_t i = jobs->next; i < jobs->n; i += jobs->step)
    members[n++] = i;
  x.begun = mem_calloc(json_array_size(ch->entries) + 1, sizeof *x.begun);
  if (n > 0) {
    const json_t *e = json_array_get(ch->entries, members[0]);
    root = group_new(&x, members, n, NULL);
    x.watching = story_watch(s, NULL);
    use_group(s, &x, root);
    x.entry = e;
    story_set_vars(s, json_object_get(e, "vars"));
    start(s, &x, ch->number, entered, budget, &st);
    /* Its options never taken first, then every other fork: a budget that
    ** stops the search has played every option it could. */
    drain(s, &x, entered, budget, &st, true);
  }
  drain(s, &x, entered, budget, &st, false);
  forget_forks(&x, &st, untaken);
  use_group(s, &x, NULL);
  if (root) {
    Outcomes o;
    uint32_t *outs;
    size_t nouts, width;
    rows_values_init(&o.values);
    o.nsets = columns(ch->sets, &o.set_col, &o.sets);
    o.nwhens = columns(root->differ, &o.when_col, &o.whens);
    width = o.nsets + o.nwhens + 1;
    rows_init(&o.rows, width);
    outcomes(&o, x.graph, x.root, &outs, &nouts);
    share_outcomes(&x, root, &o, outs, nouts, done, changes, !st.budget_hit && x.root && !x.lost);
    free(outs);
    rows_clear(&o.rows);
    rows_values_clear(&o.values);
    json_decref(o.set_col);
    json_decref(o.when_col);
    free(o.sets);
    free(o.whens);
  }
  group_release(root);
  free(x.root);
  free(x.begun);
  out = json_pack("{s:o, s:O, s:I, s:I, s:I, s:I, s:o, s:b, s:O}", "entries", done, "taken",
                  x.taken, "events", (json_int_t)st.events, "states", (json_int_t)st.states,
                  "paths", (json_int_t)st.paths, "endings", (json_int_t)st.endings, "untaken",
                  untaken, "hit", st.budget_hit, "changes", json_object_get(changes, "list"));
  json_decref(changes);
  json_decref(x.seen);
  json_decref(x.coarse);
  json_decref(x.values);
  json_decref(x.graph);
  json_decref(x.taken);
  json_decref(x.errors);
  json_decref(x.kept);
  return out;
}

/* Adds a worker's result to the chapter's: its entries into done (their
** changes numbered in changes), its figures
** into st and report, its options into taken. */
static void gather(const json_t *res, json_t *done, json_t *changes, json_t *taken, json_t *untaken,
                   ExploreStats *st, json_t *report)
{
  static const char *const figures[] = { "events", "states", "paths", "endings" };
  long *totals[] = { &st->events, &st->states, &st->paths, &st->endings };
  const char *key;
  json_t *val;
  json_object_foreach(json_object_get(res, "entries"), key, val) {
    /* its changes' numbers, the worker's, made the chapter's */
    json_t *exits = json_array(), *x;
    size_t i;
    json_array_foreach(json_object_get(val, "exits"), i, x)
      json_array_append_new(
          exits,
          json_integer(change_number(
              changes,
              json_array_get(json_object_get(res, "changes"), (size_t)json_integer_value(x)))));
    json_object_set_new(val, "exits", exits);
    json_object_set(done, key, val);
  }
  json_object_foreach(json_object_get(res, "taken"), key, val)
    json_object_set(taken, key, val);
  json_object_foreach(json_object_get(res, "untaken"), key, val)
    json_object_set(untaken, key, val);
  for (size_t k = 0; k < sizeof figures / sizeof *figures; k++) {
    json_int_t n = json_integer_value(json_object_get(res, figures[k]));
    *totals[k] += (long)n;
    json_object_set_new(report, figures[k],
                        json_integer(json_integer_value(json_object_get(report, figures[k])) + n));
  }
  if (json_is_true(json_object_get(res, "hit")))
    json_object_set_new(report, "budget_hit", json_true());
}

/* Plays every entry of one chapter, on `workers` processes, and gathers what
** they found into done (index -> {exits, whole}) and report. */
static void run_chapter(Story *s, const ExploreObserver *obs, const Chapter *ch, long budget,
                        int workers, json_t *entered, json_t *taken, json_t *untaken, json_t *done,
                        json_t *changes, json_t *report, ExploreStats *st)
{
  size_t n = json_array_size(ch->entries);
  FILE *shared = tmpfile();
  atomic_long *spent = MAP_FAILED;
  pid_t pids[EXPLORE_WORKERS];
  FILE *outs[EXPLORE_WORKERS];
  int started = 0;
  /* A worker costs a fork and its results' way back: a chapter of a few
  ** entries is explored here. */
  if (n < 4)
    workers = 1;
  if (workers > (int)n)
    workers = (int)n;
  if (workers > EXPLORE_WORKERS)
    workers = EXPLORE_WORKERS;
  /* The budget's count, shared by the workers (a file mapped by all). */
  if (shared && ftruncate(fileno(shared), sizeof *spent) == 0)
    spent = mmap(NULL, sizeof *spent, PROT_READ | PROT_WRITE, MAP_SHARED, fileno(shared), 0);
  if (spent != MAP_FAILED)
    atomic_init(spent, 0);
  /* The entries' indices in a pipe the workers read, written before they
  ** start (a pipe holds 64 KiB: 16,384 of them); more, dealt in turn. */
  fflush(stdout);
  fflush(stderr);
  for (int w = 0; workers > 1 && spent != MAP_FAILED && w < workers; w++) {
    if (!(outs[w] = tmpfile()))
      break;
    if ((pids[w] = fork()) < 0) {
      fclose(outs[w]);
      break;
    }
    if (pids[w] == 0) {
      Jobs jobs = { (size_t)w, n, (size_t)workers };
      json_t *own = json_object(), *res;
      if (obs->on_fork)
        obs->on_fork(obs->ud);
      res = work(s, obs, ch, budget, spent, &jobs, own);
      json_object_set_new(res, "entered", own);
      if (obs->dump)
        json_object_set_new(res, "tool", obs->dump(obs->ud));
      _exit(json_dumpf(res, outs[w], JSON_COMPACT) == 0 && fflush(outs[w]) == 0 ? 0 : 1);
    }
    started++;
  }
  if (started == 0) { /* one process: here */
    Jobs jobs = { 0, n, 1 };
    json_t *res;
    res = work(s, obs, ch, budget, spent != MAP_FAILED ? spent : NULL, &jobs, entered);
    gather(res, done, changes, taken, untaken, st, report);
    json_decref(res);
  }
  for (int w = 0; w < started; w++) {
    int status = 0;
    json_t *res = NULL, *val;
    const char *key;
    json_error_t e;
    while (waitpid(pids[w], &status, 0) < 0)
      ;
    rewind(outs[w]);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && (res = json_loadf(outs[w], 0, &e))) {
      gather(res, done, changes, taken, untaken, st, report);
      json_object_foreach(json_object_get(res, "entered"), key, val)
        json_object_set(entered, key, val);
      if (obs->merge)
        obs->merge(obs->ud, json_object_get(res, "tool"));
    } else {
      fprintf(stderr, "explore: a worker on chapter %d stopped (%s %d): its entries are lost\n",
              ch->number, WIFSIGNALED(status) ? "signal" : "status",
              WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
    }
    json_decref(res);
    fclose(outs[w]);
  }
  if (spent != MAP_FAILED)
    munmap(spent, sizeof *spent);
  if (shared)
    fclose(shared);
}

/* An entry's words for a report: the chapter and what its state holds that
** the chapter's own defaults (as opened alone) do not. malloc'd. */
static char *entry_words(const json_t *c, const json_t *vars, const json_t *plain)
{
  json_t *diff = json_object(), *val;
  const char *name;
  char *dump, *out;
  size_t n;
  json_object_foreach((json_t *)vars, name, val)
    if (!json_equal(val, json_object_get(plain, name)))
      json_object_set(diff, name, val);
  dump = json_dumps(diff, JSON_SORT_KEYS | JSON_COMPACT);
  n = strlen(dump) + 200;
  out = mem_realloc(NULL, n);
  if (json_object_size(diff) == 0)
    snprintf(out, n, "chapter %s begun as opened alone",
             json_string_value(json_object_get(c, "id")));
  else
    snprintf(out, n, "chapter %s begun with %s", json_string_value(json_object_get(c, "id")), dump);
  free(dump);
  json_decref(diff);
  return out;
}

/* The states carried from one chapter to the next, as rows (rows.h) over
** the names the chapters from there on read or set (later), sorted. */
typedef struct Carried {
  const char **names; /* borrowed from later's keys */
  size_t n;
  json_t *column; /* name -> its position */
  Rows rows;
} Carried;

static void carried_init(Carried *c, const json_t *names)
{
  const char *name;
  json_t *val;
  c->names = mem_calloc(json_object_size(names) + 1, sizeof *c->names);
  c->n = 0;
  json_object_foreach((json_t *)names, name, val)
    c->names[c->n++] = name;
  qsort(c->names, c->n, sizeof *c->names, by_string);
  c->column = json_object();
  for (size_t i = 0; i < c->n; i++)
    json_object_set_new(c->column, c->names[i], json_integer((json_int_t)i));
  rows_init(&c->rows, c->n);
}

static void carried_clear(Carried *c)
{
  free(c->names);
  json_decref(c->column);
  rows_clear(&c->rows);
  c->names = NULL;
  c->column = NULL;
}

/* Adds to c the state vars holds (its names that c keeps): its row. */
static size_t carry(Carried *c, RowValues *values, const json_t *vars)
{
  uint32_t *row = mem_calloc(c->rows.width, sizeof *row);
  const char *name;
  json_t *val, *at;
  size_t r;
  json_object_foreach((json_t *)vars, name, val)
    if ((at = json_object_get(c->column, name)))
      row[json_integer_value(at)] = rows_value(values, val);
  r = rows_add(&c->rows, row);
  free(row);
  return r;
}

/* The entry of chapter c that row r of in leads to (what the chapter reads on
** entry: the columns of in that first marks): its number, from index (key ->
** number); a new one's first row into rows (entry -> a row of in, room for one
** per row of in), n counted. key: the caller's buffer, made anew each call (one
** buffer for all the rows: grown afresh for each of hundreds of thousands, it
** was most of a check under MALLOC_PERTURB_, as meson's tests run, glibc
** filling the free space a small realloc split off). */
static size_t add_entry(json_t *index, size_t *rows, size_t *n, const bool *first,
                        const Carried *in, size_t r, MemBuf *key)
{
  const uint32_t *row = rows_get(&in->rows, r);
  json_t *at;
  key->n = 0;
  mem_buf_add(key, "", 0);
  for (size_t i = 0; i < in->n; i++)
    if (first[i])
      canon_number(key, ',', row[i]);
  if (!(at = json_object_get(index, key->s))) {
    at = json_integer((json_int_t)*n);
    json_object_set_new(index, key->s, at);
    rows[(*n)++] = r;
  }
  return (size_t)json_integer_value(at);
}

/* The entry state of row r of in, as the search takes it: {vars: what the
** chapter reads on entry (first's columns)}. A new reference. */
static json_t *entry_json(const Carried *in, const RowValues *values, const bool *first, size_t r)
{
  const uint32_t *row = rows_get(&in->rows, r);
  json_t *vars = json_object();
  for (size_t i = 0; i < in->n; i++)
    if (row[i] && first[i])
      json_object_set(vars, in->names[i], (json_t *)rows_json(values, row[i]));
  return json_pack("{s:o}", "vars", vars);
}

/* Passes on the states of in, each by the ways out of the entry it leads to
** (result: entry -> {exits: [change numbers]}; changes: the changes), to out:
** cut to what the chapters after read on entry (after), the change over it,
** the next chapter's defaults (next) for what it lacks. */
static void pass_on(const Carried *in, const size_t *entry_of, const json_t *const *result,
                    const json_t *changes, const json_t *after, const json_t *next,
                    RowValues *values, Carried *out)
{
  size_t w = out->rows.width, nchanges = json_array_size(changes);
  long *from = mem_calloc(w, sizeof *from); /* out's column -> in's (-1: none) */
  uint32_t *fill = mem_calloc(w, sizeof *fill), *base = mem_calloc(w, sizeof *base);
  uint32_t *row = mem_calloc(w, sizeof *row);
  /* each change cut to after, as (column, value) pairs: pairs[at[i] .. at[i+1]) */
  size_t *at = mem_calloc(nchanges + 1, sizeof *at), npairs = 0, cap = 64;
  uint32_t(*pairs)[2] = mem_realloc(NULL, cap * sizeof *pairs);
  for (size_t j = 0; j < out->n; j++) {
    json_t *col = json_object_get(in->column, out->names[j]);
    from[j] = col && json_object_get(after, out->names[j]) ? (long)json_integer_value(col) : -1;
    fill[j] = rows_value(values, json_object_get(next, out->names[j]));
  }
  for (size_t i = 0; i < nchanges; i++) {
    const char *name;
    json_t *val, *col;
    at[i] = npairs;
    json_object_foreach(json_array_get(changes, i), name, val)
      if (json_object_get(after, name) && (col = json_object_get(out->column, name))) {
        if (npairs == cap)
          pairs = mem_realloc(pairs, (cap *= 2) * sizeof *pairs);
        pairs[npairs][0] = (uint32_t)json_integer_value(col);
        pairs[npairs][1] = rows_value(values, val);
        npairs++;
      }
  }
  at[nchanges] = npairs;
  for (size_t r = 0; r < in->rows.n; r++) {
    const uint32_t *src = rows_get(&in->rows, r);
    const json_t *exits, *x;
    uint64_t sum = 0;
    size_t m;
    if (!(exits = json_object_get(result[entry_of[r]], "exits")))
      continue;
    /* the row it leaves with, but for what each way out changes (a column
    ** unset takes next's value); each way's row hashed from its changes */
    for (size_t j = 0; j < w; j++) {
      base[j] = from[j] >= 0 ? src[from[j]] : 0;
      if (!base[j])
        base[j] = fill[j];
      sum += rows_cell(j, base[j]);
    }
    json_array_foreach(exits, m, x) {
      size_t i = (size_t)json_integer_value(x);
      uint64_t h = sum;
      memcpy(row, base, w * sizeof *row);
      for (size_t q = at[i]; q < at[i + 1]; q++) {
        size_t c = pairs[q][0];
        row[c] = pairs[q][1] ? pairs[q][1] : fill[c];
        h += rows_cell(c, row[c]) - rows_cell(c, base[c]);
      }
      rows_add_hashed(&out->rows, row, h);
    }
  }
  free(from);
  free(fill);
  free(base);
  free(row);
  free(at);
  free(pairs);
}

/* The entries a chapter is played from (their states: entry_json), of the n
** whose rows in in are rows. Those that differ only in what its scenes only
** show (t's "only": no scene of the chapter reads it to decide or writes it)
** play alike and leave by the same ways; of them, only as many are played as
** it takes to hold, for each set of names shown together (t's "sets"), each
** set of values one of them holds (the one that holds the most not held yet
** first, as probe takes them), so that each line is still shown with every
** value that reaches it. Into stand (malloc'd), for each entry, the index in
** the array returned (a new reference) of one played that plays as it does. */
static json_t *cover(const Carried *in, const RowValues *values, const bool *first,
                     const size_t *rows, size_t n, const json_t *t, size_t **stand)
{
  const json_t *only = json_object_get(t, "only"), *sets = json_object_get(t, "sets"), *u;
  json_t *played = json_array(), *classes = json_object(), *cls;
  const char *key, *set;
  size_t k, nsets = json_object_size(sets), q = 0;
  MemBuf b = { .s = mem_realloc(NULL, 256), .cap = 256 };
  size_t *at = mem_calloc(n + 1, sizeof *at), **cols = mem_calloc(nsets + 1, sizeof *cols);
  size_t *ncols = mem_calloc(nsets + 1, sizeof *ncols);
  bool *picked = mem_calloc(n + 1, sizeof *picked), *shown = mem_calloc(in->n + 1, sizeof *shown);
  *stand = mem_realloc(NULL, (n + 1) * sizeof **stand);
  for (size_t i = 0; i < in->n; i++)
    shown[i] = first[i] && json_object_get(only, in->names[i]);
  json_object_foreach((json_t *)sets, set, u) { /* each set's columns only shown */
    char one[SET_MAX][128];
    const char *names[SET_MAX];
    size_t nn = set_names(set, one, names);
    cols[q] = mem_calloc(nn + 1, sizeof **cols);
    for (size_t i = 0; i < nn; i++) {
      json_t *col = json_object_get(in->column, names[i]);
      if (col && shown[json_integer_value(col)])
        cols[q][ncols[q]++] = (size_t)json_integer_value(col);
    }
    q++;
  }
  for (k = 0; k < n; k++) { /* its class: its values but for what is only shown */
    const uint32_t *row = rows_get(&in->rows, rows[k]);
    b.n = 0; /* (one buffer for all: see add_entry) */
    mem_buf_add(&b, "", 0);
    for (size_t i = 0; i < in->n; i++)
      if (first[i] && !shown[i])
        canon_number(&b, ',', row[i]);
    if (!(cls = json_object_get(classes, b.s)))
      json_object_set_new(classes, b.s, cls = json_array());
    json_array_append_new(cls, json_integer((json_int_t)k));
  }
  free(b.s);
  json_object_foreach(classes, key, cls) {
    size_t m = json_array_size(cls), stand_in = 0;
    char ***holds = mem_calloc(m, sizeof *holds); /* member -> each set's values, as a key */
    json_t *left = json_object();
    bool any = false;
    for (size_t i = 0; i < m; i++) {
      const uint32_t *row =
          rows_get(&in->rows, rows[(size_t)json_integer_value(json_array_get(cls, i))]);
      holds[i] = mem_calloc(nsets + 1, sizeof **holds);
      for (q = 0; q < nsets; q++) { /* (made at its size: see add_entry) */
        size_t cap = 22 * (ncols[q] + 1) + 1;
        MemBuf h = { .s = mem_realloc(NULL, cap), .cap = cap };
        canon_number(&h, '#', q);
        for (size_t c = 0; c < ncols[q]; c++)
          canon_number(&h, ',', row[cols[q][c]]);
        holds[i][q] = h.s;
        json_object_set_new(left, h.s, json_true());
      }
    }
    do { /* the entry that holds the most not held yet */
      size_t best = 0, most = 0;
      for (size_t i = 0; i < m; i++) {
        size_t c = 0;
        for (q = 0; q < nsets; q++)
          c += json_object_get(left, holds[i][q]) != NULL;
        if (c > most)
          most = c, best = i;
      }
      k = (size_t)json_integer_value(json_array_get(cls, best));
      picked[k] = true;
      if (!any)
        stand_in = k, any = true;
      for (q = 0; q < nsets; q++)
        json_object_del(left, holds[best][q]);
    } while (json_object_size(left) > 0);
    for (size_t i = 0; i < m; i++) { /* (an entry's number until the end) */
      (*stand)[json_integer_value(json_array_get(cls, i))] = stand_in;
      for (q = 0; q < nsets; q++)
        free(holds[i][q]);
      free(holds[i]);
    }
    free(holds);
    json_decref(left);
  }
  /* played in the entries' order; each entry to its stand-in's place there */
  for (k = 0; k < n; k++)
    if (picked[k]) {
      at[k] = json_array_size(played);
      json_array_append_new(played, entry_json(in, values, first, rows[k]));
    }
  for (k = 0; k < n; k++)
    (*stand)[k] = at[picked[k] ? k : (*stand)[k]];
  for (q = 0; q < nsets; q++)
    free(cols[q]);
  free(cols);
  free(ncols);
  free(picked);
  free(shown);
  free(at);
  json_decref(classes);
  return played;
}

json_t *explore_chapters(Story *s, long budget, int workers, const ExploreObserver *obs,
                         json_t *entered, ExploreStats *st)
{
  static const ExploreObserver none = { 0 };
  json_t *by_file = scenes_by_file(s); /* (reads every file: before the declarations) */
  const json_t *defs = story_declarations(s);
  json_t *user = json_deep_copy(story_sets(s));
  RowValues values; /* the values the carried states hold */
  Carried in;       /* the states the chapter before passed on */
  json_t *taken = json_object(), *untaken = json_object(), *reports = json_array();
  json_t *counted = explore_counters(s, NULL); /* chapter id -> its counters */
  json_t *firsts = first_defaults(defs), *libs = lib_names();
  json_t *merged = json_object(); /* the defaults so far, a chapter's over earlier ones' */
  size_t n = json_array_size(defs);
  json_t **later = mem_calloc(n + 1, sizeof *later), **after = mem_calloc(n + 1, sizeof *after);
  const char *key0;
  json_t *val0;
  memset(st, 0, sizeof *st);
  suffix_names(defs, firsts, later, after);
  rows_values_init(&values);
  carried_init(&in, n ? later[0] : NULL);
  if (!obs)
    obs = &none;
  if (budget <= 0)
    budget = EXPLORE_CHAPTER_BUDGET;
  if (workers <= 0)
    workers = (int)sysconf(_SC_NPROCESSORS_ONLN);
  if (n == 0) { /* a story that does not load: begin once for its error */
    Explore x = { .seen = json_object(),
                  .coarse = json_object(),
                  .values = json_object(),
                  .taken = taken,
                  .obs = obs,
                  .errors = json_object(),
                  .kept = json_object() };
    start(s, &x, 0, entered, budget, st);
    forget_forks(&x, st, NULL);
    json_decref(x.seen);
    json_decref(x.coarse);
    json_decref(x.values);
    json_decref(x.errors);
    json_decref(x.kept);
  }
  for (size_t i = 0; i < n; i++) {
    const json_t *c = json_array_get(defs, i), *p, *next = json_array_get(defs, i + 1);
    int number = (int)json_integer_value(json_object_get(c, "number"));
    json_t *reads = json_object(), *sets = json_object(), *val;
    json_t *first = json_object(); /* what it reads from earlier chapters */
    const json_t *live;
    json_t *plain = json_deep_copy(user), *index = json_object();
    size_t *entry_rows = NULL, nentries = 0; /* entry -> its first row of in */
    MemBuf entry_key = { 0 };                /* (add_entry's) */
    json_t *done = json_object(); /* played entry (its index in played) -> what it found */
    json_t *changes = json_pack("{s:{}, s:[]}", "index", "list");
    json_t *report, *future, *own = NULL, *control = NULL, *together = NULL, *text = NULL;
    const json_t **result = NULL; /* entry -> what playing it found (in done) */
    bool *column_read;            /* in's column -> the chapter reads it on entry */
    json_t *reached = json_object();
    json_t *preset_rows = json_array();
    const char *key;
    size_t k, whole = 0, lost = 0, begun = 0, alone, *entry_of;
    Carried out;
    add_names(reads, c);
    future = future_names(c, by_file, libs, reads, &own, &control, &together, &text);
    /* What story_begin gives it: its defaults, then the earlier chapters'. */
    json_object_update(merged, json_object_get(c, "defaults"));
    /* What its first scene and every scene after it may read (all it reads if
    ** a static scan cannot bound it): a default no scene reads is dead. */
    live = json_object_get(future, json_string_value(json_object_get(c, "start")));
    json_object_foreach(json_object_get(c, "defaults"), key, val)
      if (!live || json_object_get(live, key))
        json_object_set_new(first, key, json_true());
    /* A set an earlier chapter reads is given that chapter's default when
    ** this one is begun without it (story_begin): not nil, so a read of it
    ** before it is set is no error, and its value on entry counts. */
    json_array_foreach(json_object_get(c, "sets"), k, val)
      if (json_string_value(val) && read_before(firsts, json_string_value(val), i)
          && (!live || json_object_get(live, json_string_value(val))))
        json_object_set_new(first, json_string_value(val), json_true());
    json_array_foreach(json_object_get(c, "sets"), k, val)
      if (json_string_value(val)
          && !json_object_get(json_object_get(counted, json_string_value(json_object_get(c, "id"))),
                              json_string_value(val)))
        json_object_set_new(sets, json_string_value(val), json_true());
    /* Its entries: as opened alone, from each preset (unless --set), and from
    ** every state the chapter before passed on, each limited to what this
    ** chapter reads from earlier ones (its defaults that a scene may read: the
    ** others cannot change what it does): one of its sets that is
    ** not among them is read only after the chapter set it (the story API
    ** makes reading it before an error, which the search would meet), so its
    ** value on entry changes nothing the chapter does; the state carried on
    ** keeps it, for the chapters after. */
    fill(plain, merged);
    alone = carry(&in, &values, plain);
    json_array_foreach(json_object_size(user) ? NULL : json_object_get(c, "presets"), k, p) {
      json_t *set = json_deep_copy(json_object_get(p, "set"));
      if (!json_is_object(set))
        set = json_object();
      fill(set, merged);
      json_array_append_new(preset_rows, json_integer((json_int_t)carry(&in, &values, set)));
      json_decref(set);
    }
    column_read = mem_calloc(in.n + 1, sizeof *column_read);
    for (size_t q = 0; q < in.n; q++)
      column_read[q] = json_object_get(first, in.names[q]) != NULL;
    entry_of = mem_realloc(NULL, (in.rows.n + 1) * sizeof *entry_of);
    entry_rows = mem_realloc(NULL, (in.rows.n + 1) * sizeof *entry_rows);
    entry_key = (MemBuf){ .s = mem_realloc(NULL, 256), .cap = 256 };
    for (size_t r = 0; r < in.rows.n; r++)
      entry_of[r] = (size_t)-1;
    entry_of[alone] = add_entry(index, entry_rows, &nentries, column_read, &in, alone, &entry_key);
    json_array_foreach(preset_rows, k, val) {
      size_t r = (size_t)json_integer_value(val);
      entry_of[r] = add_entry(index, entry_rows, &nentries, column_read, &in, r, &entry_key);
    }
    for (size_t r = 0; r < in.rows.n; r++)
      if (entry_of[r] == (size_t)-1)
        entry_of[r] = add_entry(index, entry_rows, &nentries, column_read, &in, r, &entry_key);
    report = json_pack("{s:s, s:i, s:I, s:I, s:I, s:I, s:I}", "id",
                       json_string_value(json_object_get(c, "id")), "number", number, "entries",
                       (json_int_t)nentries, "events", (json_int_t)0, "states", (json_int_t)0,
                       "paths", (json_int_t)0, "endings", (json_int_t)0);
    {
      /* played from the fewest entries that stand for all (cover) */
      const json_t *t =
          text ? json_object_get(text, json_string_value(json_object_get(c, "start"))) : NULL;
      size_t *stand = NULL;
      json_t *played =
          t ? cover(&in, &values, column_read, entry_rows, nentries, t, &stand) : json_array();
      for (k = 0; !t && k < nentries; k++)
        json_array_append_new(played, entry_json(&in, &values, column_read, entry_rows[k]));
      Chapter chap = { .number = number,
                       .def = c,
                       .entries = played,
                       .plain = plain,
                       .sets = sets,
                       .future = future,
                       .reads = own,
                       .control = control,
                       .together = together,
                       .text = text,
                       .counters =
                           json_object_get(counted, json_string_value(json_object_get(c, "id"))) };
      run_chapter(s, obs, &chap, budget, workers, entered, taken, untaken, done, changes, report,
                  st);
      /* each entry's result: its own, or that of the one played for it */
      result = mem_calloc(nentries + 1, sizeof *result);
      {
        size_t np = json_array_size(played);
        const json_t **of = mem_calloc(np + 1, sizeof *of);
        size_t *played_for; /* played -> how many entries it stands for */
        char at[32];
        for (size_t q = 0; q < np; q++) {
          snprintf(at, sizeof at, "%zu", q);
          of[q] = json_object_get(done, at);
        }
        played_for = mem_calloc(np + 1, sizeof *played_for);
        for (k = 0; k < nentries; k++) {
          result[k] = of[stand ? stand[k] : k];
          played_for[stand ? stand[k] : k]++;
        }
        /* the figures of each played, as many times as it stands for */
        for (size_t q = 0; q < np; q++) {
          const json_t *r = of[q], *end;
          size_t m, times = played_for[q];
          if (!r) {
            lost += times;
            continue;
          }
          whole += times * json_is_true(json_object_get(r, "whole"));
          begun += times * json_is_true(json_object_get(r, "begun"));
          json_array_foreach(json_object_get(r, "endings"), m, end) {
            const char *id = json_string_value(end);
            json_object_set_new(
                reached, id,
                json_integer(json_integer_value(json_object_get(reached, id)) + (json_int_t)times));
          }
        }
        free(of);
        free(played_for);
      }
      free(stand);
      json_decref(played);
    }
    /* What it passes on: each state that came in, with what this chapter set
    ** on each way out from its entry; the next chapter's defaults for the
    ** rest, as its card gives them. */
    carried_init(&out, i + 1 < n ? later[i + 1] : NULL);
    if (next)
      pass_on(&in, entry_of, result, json_object_get(changes, "list"), after[i],
              json_object_get(next, "defaults"), &values, &out);
    json_object_set_new(report, "whole", json_integer((json_int_t)whole));
    json_object_set_new(report, "reached", reached);
    json_decref(future);
    json_decref(own);
    json_decref(control);
    json_decref(together);
    json_decref(text);
    json_object_set_new(report, "lost", json_integer((json_int_t)lost));
    json_object_set_new(report, "begun", json_integer((json_int_t)begun));
    json_object_set_new(report, "passed", json_integer((json_int_t)out.rows.n));
    if (whole < nentries)
      st->budget_hit = true;
    json_array_append_new(reports, report);
    carried_clear(&in);
    in = out;
    free(entry_of);
    free(result);
    free(column_read);
    json_decref(preset_rows);
    json_decref(reads);
    json_decref(first);
    json_decref(sets);
    json_decref(plain);
    free(entry_rows);
    free(entry_key.s);
    json_decref(index);
    json_decref(done);
    json_decref(changes);
  }
  story_set_vars(s, user);
  st->options = (long)json_object_size(taken);
  json_object_foreach(untaken, key0, val0)
    st->untaken += !json_object_get(taken, key0);
  json_decref(untaken);
  json_decref(user);
  carried_clear(&in);
  rows_values_clear(&values);
  json_decref(taken);
  json_decref(counted);
  json_decref(by_file);
  json_decref(firsts);
  json_decref(libs);
  json_decref(merged);
  for (size_t i = 0; i < n; i++) {
    json_decref(later[i]);
    json_decref(after[i]);
  }
  free(later);
  free(after);
  return reports;
}
