/*
** extract: `ficelle extract --lang L` plays every branch, collects every unit the
** story shows, and merges them into story/i18n/L/<file>.json (see i18n_merge).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "err.h"
#include "i18n.h"
#include "tools/tools.h"
#include "mem.h"

typedef struct Extract {
  json_t *files; /* story file -> array of units {id, line, fr}, first seen */
  json_t *seen;  /* id -> true */
} Extract;

static void collect(void *ud, const char *id, const char *source, const char *file, int line)
{
  Extract *x = ud;
  json_t *list;
  if (json_object_get(x->seen, id) || !file || strncmp(file, "story/", 6) != 0)
    return;
  json_object_set_new(x->seen, id, json_true());
  if (!(list = json_object_get(x->files, file))) {
    list = json_array();
    json_object_set_new(x->files, file, list);
  }
  json_array_append_new(list, json_pack("{s:s, s:i, s:s}", "id", id, "line", line, "fr", source));
}

static void on_error(void *ud, const Event *ev)
{
  (void)ud;
  fprintf(stderr, "extract: warning: %s (the branches past it are not collected)\n", ev->text);
}

static int by_line(const void *a, const void *b)
{
  json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "line"));
  json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "line"));
  return (x > y) - (x < y);
}

/* Sorts units by line, keeping the order seen for equal lines (a stable sort
** by insertion: qsort is not stable, so the index breaks ties). */
static json_t *sorted_units(json_t *units)
{
  size_t n = json_array_size(units), i;
  json_t **tmp = mem_calloc(n + 1, sizeof *tmp), *out = json_array();
  for (i = 0; i < n; i++) {
    tmp[i] = json_array_get(units, i);
    json_object_set_new(tmp[i], "order", json_integer((json_int_t)i));
  }
  qsort(tmp, n, sizeof *tmp, by_line);
  for (i = 1; i < n; i++) /* insertion pass: equal lines back in seen order */
    for (size_t k = i; k > 0
         && json_integer_value(json_object_get(tmp[k], "line"))
             == json_integer_value(json_object_get(tmp[k - 1], "line"))
         && json_integer_value(json_object_get(tmp[k], "order"))
             < json_integer_value(json_object_get(tmp[k - 1], "order"));
         k--) {
      json_t *t = tmp[k];
      tmp[k] = tmp[k - 1];
      tmp[k - 1] = t;
    }
  for (i = 0; i < n; i++) {
    json_object_del(tmp[i], "order");
    json_array_append(out, tmp[i]);
  }
  free(tmp);
  return out;
}

static bool write_catalog(const char *root, const char *lang, const char *file, json_t *units,
                          int totals[4])
{
  char path[1200], dir[1024], tmp[1300], name[128];
  const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
  json_t *old = NULL, *entries, *cat, *sorted = sorted_units(units);
  json_error_t e;
  int st[4];
  snprintf(dir, sizeof dir, "%s/story/i18n", root);
  mkdir(dir, 0755);
  snprintf(dir, sizeof dir, "%s/story/i18n/%s", root, lang);
  mkdir(dir, 0755);
  snprintf(name, sizeof name, "%s", base);
  if (strrchr(name, '.'))
    *strrchr(name, '.') = '\0'; /* ch01_lundi.lua -> ch01_lundi.json */
  snprintf(path, sizeof path, "%s/%s.json", dir, name);
  if ((old = json_load_file(path, 0, &e)) == NULL && e.line != -1) {
    json_decref(sorted);
    return err_set("%s:%d: %s (fix the file; nothing was written)", path, e.line, e.text);
  }
  entries = i18n_merge(sorted, json_object_get(old, "entries"), lang, st);
  for (int i = 0; i < 4; i++)
    totals[i] += st[i];
  cat = json_pack("{s:s, s:s, s:s, s:o}", "language", lang, "source", file, "note",
                  "Written by `ficelle extract`. Translate the empty fields; remove "
                  "\"review\" once a carried-over translation is checked.",
                  "entries", entries);
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  if (json_dump_file(cat, tmp, JSON_INDENT(2)) != 0 || rename(tmp, path) != 0) {
    json_decref(cat), json_decref(old), json_decref(sorted);
    return err_set("%s: cannot write it", path);
  }
  printf("extract: %s: %d kept, %d carried over to review, %d new, %d obsolete kept\n", path, st[0],
         st[1], st[2], st[3]);
  json_decref(cat), json_decref(old), json_decref(sorted);
  return true;
}

int extract_run(Story *s, const char *lang, const char *root, const char *only, long budget)
{
  Extract x = { json_object(), json_object() };
  json_t *entered = json_object(), *units;
  ExploreStats st;
  const char *file;
  int totals[4] = { 0, 0, 0, 0 }, status = 0;
  struct stat sb;
  if (stat(root, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
    fprintf(stderr,
            "extract: the story is read from '%s', not from source folders: "
            "run it with --dev\n",
            root);
    return 2;
  }
  story_set_collector(s, collect, &x);
  explore_run(s, budget, &(ExploreObserver){ NULL, on_error, NULL, NULL }, entered, &st);
  story_set_collector(s, NULL, NULL);
  if (st.budget_hit)
    fprintf(stderr,
            "extract: warning: the budget stopped the exploration; some units "
            "may be missing (raise --budget)\n");
  json_object_foreach(x.files, file, units) {
    if (only && !strstr(file, only))
      continue;
    if (!write_catalog(root, lang, file, units, totals)) {
      fprintf(stderr, "extract: %s\n", err_get());
      status = 1;
    }
  }
  printf("extract: %d units kept, %d to review, %d new, %d obsolete\n", totals[0], totals[1],
         totals[2], totals[3]);
  json_decref(x.files);
  json_decref(x.seen);
  json_decref(entered);
  return status;
}
