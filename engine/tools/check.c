/*
** check: `ficelle check` plays every branch and reports, with file and line,
** what a reader or a translator would trip on (see tools.h). A file of a mod
** is named as the writer finds it: "mods/NAME/story/x.lua:12".
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "i18n.h"
#include "tools/tools.h"
#include "vfs.h"

typedef struct Check {
  int errors;
  json_t *units;    /* id -> {fr, file, line}, first place seen */
  json_t *contexts; /* scene or chapter id -> the file declaring it */
  json_t *endings;  /* ending id -> {title, paths}: the endings reached */
  json_t *found;    /* "file:line: message" -> how it was reached, in the order met */
  json_t *reports;  /* explore_chapters' report, one a chapter */
} Check;

/* Counts the paths that reach each ending. */
static void on_event(void *ud, const Event *ev, const char *taken)
{
  Check *c = ud;
  const char *id = json_string_value(json_object_get(ev->data, "id"));
  json_t *e;
  (void)taken;
  if (ev->kind != EVENT_ENDING || !id)
    return;
  if (!(e = json_object_get(c->endings, id))) {
    e = json_pack("{s:s, s:i}", "title", ev->text ? ev->text : "", "paths", 0);
    json_object_set_new(c->endings, id, e);
  }
  json_object_set_new(e, "paths",
                      json_integer(json_integer_value(json_object_get(e, "paths")) + 1));
}

/* A worker forgets what the parent has gathered already, and gives back what
** it gathered itself. */
static void on_fork(void *ud)
{
  Check *c = ud;
  json_object_clear(c->units);
  json_object_clear(c->endings);
  json_object_clear(c->found);
}

static json_t *dump(void *ud)
{
  Check *c = ud;
  return json_pack("{s:O, s:O, s:O}", "units", c->units, "endings", c->endings, "found", c->found);
}

static void merge(void *ud, const json_t *d)
{
  Check *c = ud;
  const char *key;
  json_t *val, *e;
  json_object_foreach(json_object_get(d, "units"), key, val)
    if (!json_object_get(c->units, key))
      json_object_set(c->units, key, val);
  json_object_foreach(json_object_get(d, "found"), key, val)
    if (!json_object_get(c->found, key))
      json_object_set(c->found, key, val);
  json_object_foreach(json_object_get(d, "endings"), key, val) {
    if (!(e = json_object_get(c->endings, key))) {
      json_object_set_new(c->endings, key, json_deep_copy(val));
      continue;
    }
    json_object_set_new(e, "paths",
                        json_integer(json_integer_value(json_object_get(e, "paths"))
                                     + json_integer_value(json_object_get(val, "paths"))));
  }
}

/* "on 3 paths, from 2 of 5 entry states of chapter ch08": a path is a branch
** of the search within the chapter where the ending is reached (a branch
** that meets a state explored already, from any entry, stops there and is
** not counted again); the entry states are those from which some path leads
** to it, the states met on the way included. */
static void say_reached(Check *c, const char *id, const json_t *r, const char *note)
{
  long long n = (long long)json_integer_value(json_object_get(r, "paths"));
  const json_t *rep;
  size_t i;
  printf("check: ending '%s' (%s) reached on %lld path%s", id,
         json_string_value(json_object_get(r, "title")), n, n == 1 ? "" : "s");
  json_array_foreach(c->reports, i, rep) {
    long long from = json_integer_value(json_object_get(json_object_get(rep, "reached"), id));
    long long total = json_integer_value(json_object_get(rep, "entries"));
    if (from > 0)
      printf(", from %lld of %lld entry state%s of chapter %s", from, total, total == 1 ? "" : "s",
             json_string_value(json_object_get(rep, "id")));
  }
  printf("%s\n", note);
}

/* Was chapter id's search exhaustive (every entry state played whole)? */
static bool chapter_whole(const Check *c, const char *id)
{
  const json_t *r;
  size_t i;
  json_array_foreach(c->reports, i, r)
    if (strcmp(json_string_value(json_object_get(r, "id")), id) == 0)
      return json_integer_value(json_object_get(r, "whole"))
          == json_integer_value(json_object_get(r, "entries"));
  return true;
}

/* Each ending a chapter declares (its `endings`), reached or not, and those
** reached that none declares: a writer sees at once which are never reached.
** An ending not reached by a search the budget stopped may lie beyond it: a
** note, not an error (the chapter's line says the search was cut). */
static void report_endings(Check *c, Story *s)
{
  const json_t *chapters = story_chapters(s), *ch, *e;
  json_t *declared = json_object();
  const char *id;
  size_t i, k;
  json_array_foreach(chapters, i, ch)
    json_array_foreach(json_object_get(ch, "endings"), k, e) {
      const json_t *r = json_object_get(c->endings, json_string_value(e));
      json_object_set_new(declared, json_string_value(e), json_true());
      if (r) {
        say_reached(c, json_string_value(e), r, "");
      } else if (!chapter_whole(c, json_string_value(json_object_get(ch, "id")))) {
        printf("check: chapter %s: ending '%s' not reached before the budget stopped the "
               "search (raise it with --budget)\n",
               json_string_value(json_object_get(ch, "id")), json_string_value(e));
      } else {
        printf("error: chapter %s: ending '%s' is never reached\n",
               json_string_value(json_object_get(ch, "id")), json_string_value(e));
        c->errors++;
      }
    }
  json_object_foreach(c->endings, id, e)
    if (!json_object_get(declared, id))
      say_reached(c, id, e, " (no chapter lists it in 'endings')");
  json_decref(declared);
}

/* Kept, to be printed once the search is over (workers find them apart). */
static void on_error(void *ud, const Event *ev, const char *how)
{
  Check *c = ud;
  char msg[2048];
  story_error_text(ev, msg, sizeof msg);
  if (!json_object_get(c->found, msg))
    json_object_set_new(c->found, msg, json_string(how));
}

/* A declaration that cannot be right (variables_problems), as an error. */
static void on_declaration(void *ud, const char *msg)
{
  Check *c = ud;
  char where[600];
  const char *colon = strchr(msg, ':');
  char file[300];
  c->errors++;
  if (colon && (size_t)(colon - msg) < sizeof file) {
    snprintf(file, sizeof file, "%.*s", (int)(colon - msg), msg);
    printf("error: %s%s\n", vfs_describe(file, where, sizeof where), colon);
  } else {
    printf("error: %s\n", msg);
  }
}

static void collect(void *ud, const char *id, const char *source, const char *file, int line)
{
  Check *c = ud;
  if (!json_object_get(c->units, id))
    json_object_set_new(
        c->units, id,
        json_pack("{s:s, s:s, s:i}", "fr", source, "file", file ? file : "", "line", line));
}

/* The placeholders of a text, sorted, as one string ("{a}{b:euros}"). */
static void placeholders(const char *s, char *out, size_t size)
{
  const char *p;
  out[0] = '\0';
  for (p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
    const char *q = strchr(p, '}');
    if (p[1] == '{') {
      p++;
      continue;
    }
    if (!q)
      break;
    if (strlen(out) + (size_t)(q - p) + 2 < size)
      strncat(out, p, (size_t)(q - p + 1));
  }
}

/* What to run for the units of lang to translate, for each place they belong:
** homes is an object, the home file of one such unit for each mod (by the
** mod's name) or for the base game (""). */
static void say_how_to_translate(const json_t *homes, const char *lang)
{
  const char *key;
  json_t *home;
  json_object_foreach((json_t *)homes, key, home) {
    const char *file = json_string_value(home);
    int m = vfs_mod_of(file);
    char where[600];
    size_t n = strlen(vfs_describe(file, where, sizeof where)), k = strlen(file);
    if (m < 0) {
      printf("       run `ficelle extract --dev --lang %s` in a checkout, then translate "
             "story/i18n/%s/\n",
             lang, lang);
      continue;
    }
    where[n >= k ? n - k : 0] = '\0'; /* "mods/NAME/" */
    printf("       run `ficelle extract --lang %s --mod %s`, then translate %sstory/i18n/%s/\n",
           lang, strncmp(where, "mods/", 5) == 0 ? vfs_mods()[m] : vfs_mod_path(m), where, lang);
  }
}

static void check_language(Check *c, const char *lang)
{
  Catalog *cat = i18n_open(lang);
  const char *id;
  json_t *u, *homes = json_object();
  int missing = 0, review = 0;
  if (!cat) {
    printf("error: %s\n", err_get());
    c->errors++;
    return;
  }
  json_object_foreach(c->units, id, u) {
    bool rev = false;
    const char *t = i18n_lookup(cat, id, &rev);
    const char *file = json_string_value(json_object_get(u, "file"));
    int line = (int)json_integer_value(json_object_get(u, "line"));
    const char *fr = json_string_value(json_object_get(u, "fr"));
    char where[600];
    size_t n = strlen(vfs_describe(file, where, sizeof where));
    if (line > 0)
      snprintf(where + n, sizeof where - n, ":%d", line);
    if (!t || rev) {
      const char *home = origin_home(c->contexts, id, file);
      int m = vfs_mod_of(home);
      json_object_set_new(homes, m < 0 ? "" : vfs_mods()[m], json_string(home));
    }
    if (!t) {
      if (missing++ < 20)
        printf("error: %s: [%s] missing translation of \"%s\"\n", where, lang, fr);
    } else if (rev) {
      if (review++ < 20)
        printf("error: %s: [%s] translation to review: \"%s\"\n", where, lang, fr);
    } else {
      char a[256], b[256];
      placeholders(fr, a, sizeof a);
      placeholders(t, b, sizeof b);
      if (strcmp(a, b) != 0) {
        printf("error: %s: [%s] the translation's placeholders %s differ from the "
               "source's %s\n",
               where, lang, b[0] ? b : "(none)", a[0] ? a : "(none)");
        c->errors++;
      }
    }
  }
  if (missing > 20 || review > 20)
    printf("error: [%s] ... %d missing and %d to review in all\n", lang, missing, review);
  say_how_to_translate(homes, lang);
  c->errors += missing + review;
  json_decref(homes);
  i18n_close(cat);
}

/* The interface texts of lang against the French: each key it lacks shows in
** French to its readers. */
static void check_ui(Check *c, const char *lang)
{
  json_t *fr = i18n_ui_open(I18N_SOURCE), *own = i18n_ui_open(lang), *val;
  const char *key;
  int missing = 0;
  json_object_foreach(fr, key, val)
    if (!json_object_get(own, key) && missing++ < 20)
      printf("error: lua/i18n/%s: [%s] missing translation of the interface text '%s' "
             "(\"%s\"): its readers see the French\n",
             lang, lang, key, json_string_value(val));
  if (missing > 20)
    printf("error: lua/i18n/%s: ... %d interface texts missing in all\n", lang, missing);
  c->errors += missing;
  json_decref(fr);
  json_decref(own);
}

/* Each chapter's search: from how many entry states, how far, whether whole. */
static void report_chapters(Check *c, long budget)
{
  const json_t *r;
  size_t i;
  json_array_foreach(c->reports, i, r) {
    long long entries = json_integer_value(json_object_get(r, "entries"));
    long long whole = json_integer_value(json_object_get(r, "whole"));
    long long lost = json_integer_value(json_object_get(r, "lost"));
    const char *id = json_string_value(json_object_get(r, "id"));
    long long states = json_integer_value(json_object_get(r, "states"));
    long long paths = json_integer_value(json_object_get(r, "paths"));
    long long passed = json_integer_value(json_object_get(r, "passed"));
    printf("check: chapter %s: %lld entry state%s, %lld events, %lld state%s, %lld path%s; %lld "
           "state%s passed on",
           id, entries, entries == 1 ? "" : "s",
           (long long)json_integer_value(json_object_get(r, "events")), states,
           states == 1 ? "" : "s", paths, paths == 1 ? "" : "s", passed, passed == 1 ? "" : "s");
    if (whole == entries) {
      printf("; exhaustive\n");
      continue;
    }
    printf("\n");
    if (lost > 0) {
      printf("error: chapter %s: a worker stopped: %lld of its %lld entry states were not "
             "explored\n",
             id, lost, entries);
      c->errors++;
    } else {
      printf("check: chapter %s: not exhaustive: the budget of %ld events stopped its search, "
             "which had begun %lld of its %lld entry states (raise it with --budget)\n",
             id, budget > 0 ? budget : (long)EXPLORE_CHAPTER_BUDGET,
             (long long)json_integer_value(json_object_get(r, "begun")), entries);
    }
  }
}

int check_run(Story *s, long budget, int jobs)
{
  Check c = { 0, json_object(), origin_contexts(s), json_object(), json_object(), NULL };
  ExploreObserver obs = { .ud = &c,
                          .on_error = on_error,
                          .on_event = on_event,
                          .on_fork = on_fork,
                          .dump = dump,
                          .merge = merge };
  json_t *entered = json_object(), *sc, *w, *how;
  const json_t *langs;
  const char *msg;
  ExploreStats st;
  size_t i;
  long entries = 0;
  for (const char *const *m = vfs_mod_problems(); *m; m++) {
    printf("error: the mod %s (the game leaves it out)\n", *m);
    c.errors++;
  }
  variables_problems(s, on_declaration, &c);
  {
    json_t *problems = json_array(), *p;
    size_t k;
    json_decref(explore_counters(s, problems));
    json_array_foreach(problems, k, p)
      on_declaration(&c, json_string_value(p));
    json_decref(problems);
  }
  fflush(stdout);
  story_set_collector(s, collect, &c);
  c.reports = explore_chapters(s, budget, jobs, &obs, entered, &st);
  story_set_collector(s, NULL, NULL);
  json_object_foreach(c.found, msg, how) {
    printf("error: %s\n", msg);
    if (json_string_length(how) > 0)
      printf("       reached: %s\n", json_string_value(how));
    c.errors++;
  }
  /* A story whose files do not load reaches no scene: the error that says
  ** why is the one to read, not a line for each scene it left unplayed. */
  if (json_object_size(entered) == 0 && c.errors > 0 && json_array_size(story_scenes(s)) > 0) {
    printf("check: the error above stops the story before its first scene: its %zu scenes "
           "were not played\n",
           json_array_size(story_scenes(s)));
  } else
    json_array_foreach(story_scenes(s), i, sc) {
      const char *id = json_string_value(json_object_get(sc, "id"));
      if (!json_object_get(entered, id)) {
        char where[600];
        const char *file = json_string_value(json_object_get(sc, "file"));
        printf("error: %s:%lld: scene '%s' is never reached\n",
               vfs_describe(file ? file : "", where, sizeof where),
               (long long)json_integer_value(json_object_get(sc, "line")), id);
        c.errors++;
      }
    }
  json_array_foreach(story_warnings(s), i, w) {
    /* "story/x.lua: ..." names the file as the writer finds it */
    const char *text = json_string_value(w), *colon = strchr(text, ':');
    char file[300], where[600];
    if (strncmp(text, "story/", 6) == 0 && colon && (size_t)(colon - text) < sizeof file) {
      snprintf(file, sizeof file, "%.*s", (int)(colon - text), text);
      printf("warning: %s%s\n", vfs_describe(file, where, sizeof where), colon);
    } else {
      printf("warning: %s\n", text);
    }
  }
  langs = story_languages(s);
  json_array_foreach(langs, i, w)
    if (strcmp(json_string_value(w), I18N_SOURCE) != 0)
      check_language(&c, json_string_value(w)), check_ui(&c, json_string_value(w));
  if (json_object_size(entered) > 0) {
    report_endings(&c, s);
    report_chapters(&c, budget);
  }
  json_array_foreach(c.reports, i, w)
    entries += (long)json_integer_value(json_object_get(w, "entries"));
  printf("check: %ld events, %ld states, %ld paths, %ld reached an end, %zu scenes, "
         "%zu translation units\n",
         st.events, st.states, st.paths, st.endings, json_array_size(story_scenes(s)),
         json_object_size(c.units));
  if (json_object_size(entered) == 0) {
    /* nothing was played: no word of branches (the errors above say why) */
  } else if (!st.budget_hit) {
    printf("check: exhaustive: every state of every chapter from each of its entry states "
           "(%ld in all); every branch played (%ld options)\n",
           entries, st.options);
  } else if (st.untaken == 0) {
    printf("check: not exhaustive (see the chapters above); every option (%ld) of every "
           "choice was taken at least once\n",
           st.options);
  } else {
    printf("error: the budget stopped before %ld options were taken; raise it with --budget\n",
           st.untaken);
    c.errors++;
  }
  printf("check: %d error%s\n", c.errors, c.errors == 1 ? "" : "s");
  json_decref(entered);
  json_decref(c.units);
  json_decref(c.contexts);
  json_decref(c.endings);
  json_decref(c.found);
  json_decref(c.reports);
  return c.errors ? 1 : 0;
}
