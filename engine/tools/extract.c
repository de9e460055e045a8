/*
** extract: `ficelle extract --lang L` plays every branch, collects every unit the
** story shows, and merges them into story/i18n/L/<file>.json (see i18n_merge)
** of the mod whose file declares the unit's context, or of the base game's
** source tree under --dev. Every catalog is written atomically (vfs_write_real).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "err.h"
#include "i18n.h"
#include "mem.h"
#include "tools/tools.h"
#include "vfs.h"

typedef struct Extract {
  json_t *files;    /* the units' home (a story file) -> array of units {id, line, fr} */
  json_t *seen;     /* id -> true */
  json_t *contexts; /* scene or chapter id -> the file declaring it */
} Extract;

static void collect(void *ud, const char *id, const char *source, const char *file, int line)
{
  Extract *x = ud;
  const char *home;
  json_t *list;
  if (json_object_get(x->seen, id) || !file || strncmp(file, "story/", 6) != 0)
    return;
  home = origin_home(x->contexts, id, file);
  if (strncmp(home, "story/", 6) != 0)
    return;
  json_object_set_new(x->seen, id, json_true());
  if (!(list = json_object_get(x->files, home))) {
    list = json_array();
    json_object_set_new(x->files, home, list);
  }
  json_array_append_new(list, json_pack("{s:s, s:i, s:s}", "id", id, "line", line, "fr", source));
}

static void on_error(void *ud, const Event *ev)
{
  char msg[2048];
  (void)ud;
  origin_error(ev, msg, sizeof msg);
  fprintf(stderr, "extract: warning: %s (the branches past it are not collected)\n", msg);
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

static bool is_dir(const char *path)
{
  struct stat sb;
  return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* Where the catalogs of a story file go: the folder (or .zip) of the mod that
** holds it, or the base game's first mount. */
static const char *home_root(const char *file)
{
  int m = vfs_mod_of(file);
  return m >= 0 ? vfs_mod_path(m) : vfs_base();
}

/* The catalog as it stands: the file at path; if there is none yet and the
** catalog is a mod's, the one of the same name the game reads now (the base
** game's, for a mod that replaces a story file), so that the translations of
** the lines the mod kept are carried over. NULL if neither; false on a broken
** file. */
static bool old_catalog(const char *path, const char *vpath, bool mod, json_t **old)
{
  json_error_t e;
  char *text;
  if ((*old = json_load_file(path, 0, &e)))
    return true;
  if (e.line != -1) /* there, but not JSON */
    return err_set("%s:%d: %s (fix the file; nothing was written)", path, e.line, e.text);
  if (!mod || !vfs_exists(vpath) || !(text = vfs_read(vpath, NULL)))
    return true;
  *old = json_loads(text, 0, &e);
  free(text);
  if (*old)
    printf("extract: %s: begun from the catalog the game reads now, %s\n", path, vpath);
  return true;
}

static bool write_catalog(const char *file, const char *lang, json_t *units, int totals[4])
{
  char path[1200], vpath[300], name[128];
  const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
  json_t *old, *entries, *cat, *sorted;
  char *text;
  int st[4];
  bool ok;
  snprintf(name, sizeof name, "%s", base);
  if (strrchr(name, '.'))
    *strrchr(name, '.') = '\0'; /* ch01_lundi.lua -> ch01_lundi.json */
  snprintf(path, sizeof path, "%s/story/i18n/%s/%s.json", home_root(file), lang, name);
  snprintf(vpath, sizeof vpath, "story/i18n/%s/%s.json", lang, name);
  if (!old_catalog(path, vpath, vfs_mod_of(file) >= 0, &old))
    return false;
  sorted = sorted_units(units);
  entries = i18n_merge(sorted, json_object_get(old, "entries"), lang, st);
  for (int i = 0; i < 4; i++)
    totals[i] += st[i];
  cat = json_pack("{s:s, s:s, s:s, s:o}", "language", lang, "source", file, "note",
                  "Written by `ficelle extract`. Translate the empty fields; remove "
                  "\"review\" once a carried-over translation is checked.",
                  "entries", entries);
  text = json_dumps(cat, JSON_INDENT(2));
  ok = text && vfs_write_real(path, text, strlen(text));
  if (!text)
    err_set("%s: cannot write it", path);
  if (ok)
    printf("extract: %s: %d kept, %d carried over to review, %d new, %d obsolete kept\n", path,
           st[0], st[1], st[2], st[3]);
  free(text);
  json_decref(cat), json_decref(old), json_decref(sorted);
  return ok;
}

static void say_zipped(int m)
{
  fprintf(stderr,
          "extract: the mod '%s' is a zip archive (%s): its catalogs cannot be written; "
          "unzip it into a folder of mods/ to translate it\n",
          vfs_mods()[m], vfs_mod_path(m));
}

/* Which catalogs may be written. A catalog in a zipped mod cannot be: said,
** and false (nothing is to be written then). Those of the base game are left
** out without o->dev (or when the base is an archive), their units counted in
** *refused. */
static bool plan(const Extract *x, const ExtractOptions *o, json_t *allowed, int *refused)
{
  const char *file;
  json_t *units, *said = json_object();
  bool ok = true;
  *refused = 0;
  json_object_foreach(x->files, file, units) {
    int m = vfs_mod_of(file);
    if (o->only && !strstr(file, o->only))
      continue;
    if (m >= 0 && !is_dir(vfs_mod_path(m))) {
      if (!json_object_get(said, vfs_mod_path(m)))
        say_zipped(m);
      json_object_set_new(said, vfs_mod_path(m), json_true());
      ok = false;
    } else if (m < 0 && (o->one_mod || !o->dev || !is_dir(vfs_base()))) {
      *refused += (int)json_array_size(units);
    } else {
      json_object_set(allowed, file, units);
    }
  }
  json_decref(said);
  return ok;
}

/* Why the base game's units were left out. True if that is what was asked. */
static bool say_refused(const ExtractOptions *o, int refused)
{
  const char *base = vfs_base();
  if (refused == 0)
    return true;
  if (o->one_mod) {
    fprintf(stderr, "extract: only the mod's catalogs: %d units of the base game left out\n",
            refused);
    return true;
  }
  if (o->dev && !is_dir(base))
    fprintf(stderr,
            "extract: the base game is read from the archive %s: its catalogs cannot be "
            "written (--dev writes those of a checkout's source folders; %d units left out)\n",
            base, refused);
  else if (!is_dir(base))
    fprintf(stderr,
            "extract: the base game's catalogs are in the archive; run with --dev from a "
            "checkout to update them (%d units left out; --mod NAME translates one mod)\n",
            refused);
  else
    fprintf(stderr,
            "extract: the base game's catalogs are in %s, which extract writes only with "
            "--dev; run with --dev to update them (%d units left out; --mod NAME "
            "translates one mod)\n",
            base, refused);
  return false;
}

int extract_run(Story *s, const ExtractOptions *o)
{
  Extract x = { json_object(), json_object(), origin_contexts(s) };
  json_t *entered = json_object(), *allowed = json_object(), *units;
  ExploreStats st;
  const char *file;
  int totals[4] = { 0, 0, 0, 0 }, status = 0, refused = 0;
  if (strspn(o->lang, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-")
      != strlen(o->lang)) {
    fprintf(stderr, "extract: '%s' is not a language's name (en, pt_BR)\n", o->lang);
    status = 2;
    goto done;
  }
  if (o->one_mod && vfs_mod_path(0) && !is_dir(vfs_mod_path(0))) {
    say_zipped(0); /* known before playing anything */
    fprintf(stderr, "extract: nothing written\n");
    status = 1;
    goto done;
  }
  story_set_collector(s, collect, &x);
  explore_run(s, o->budget, &(ExploreObserver){ NULL, on_error, NULL, NULL, NULL }, entered, &st);
  story_set_collector(s, NULL, NULL);
  if (st.budget_hit)
    fprintf(stderr,
            "extract: warning: the budget stopped the exploration; some units "
            "may be missing (raise --budget)\n");
  if (!plan(&x, o, allowed, &refused)) {
    fprintf(stderr, "extract: nothing written\n");
    status = 1;
    goto done;
  }
  json_object_foreach(allowed, file, units) {
    if (!write_catalog(file, o->lang, units, totals)) {
      fprintf(stderr, "extract: %s\n", err_get());
      status = 1;
    }
  }
  printf("extract: %d units kept, %d to review, %d new, %d obsolete\n", totals[0], totals[1],
         totals[2], totals[3]);
  if (!say_refused(o, refused))
    status = 1;
done:
  json_decref(x.files);
  json_decref(x.seen);
  json_decref(x.contexts);
  json_decref(allowed);
  json_decref(entered);
  return status;
}
