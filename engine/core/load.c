/*
** load: reading the story's files and catalogs, each when first needed. A
** story opens on the heads of its chapters' files (head.h: the declarations
** the chapter menu and the variables' checks need) and on the catalogs of the
** files it read; a chapter's scenes and its catalogs are read when the reader
** first goes there (a chapter begun, a jump, a save or a rollback into it),
** so opening costs what the first page needs, not the whole story. Tools that
** judge the whole story (check, extract) open it with every file read.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heads.h"
#include "mem.h"
#include "story_impl.h"
#include "vfs.h"

/* A chapter and its number, for sorting. */
typedef struct Numbered {
  json_int_t number;
  json_t *def;
} Numbered;

static int cmp_chapters(const void *a, const void *b)
{
  json_int_t x = ((const Numbered *)a)->number, y = ((const Numbered *)b)->number;
  return (x > y) - (x < y);
}

json_t *load_def(const Story *s, json_t *def)
{
  const char *id = def ? play_str(def, "id") : NULL;
  json_t *full;
  if (!id || !json_object_get(s->summaries, id))
    return def;
  json_object_del(s->summaries, id); /* (before the update: id is def's string) */
  if (s->sc && (full = scene_chapter(s->sc, id))) {
    json_object_update(def, full);
    json_decref(full);
  }
  return def;
}

void load_defs(const Story *s)
{
  size_t i;
  json_t *def;
  if (json_object_size(s->summaries) > 0)
    json_array_foreach(s->defs, i, def)
      load_def(s, def);
}

/* The ids of the endings a chapter declares (its `endings`), a new array. */
static json_t *endings(const json_t *def)
{
  json_t *out = json_array(), *e;
  size_t i;
  json_array_foreach(json_object_get(def, "endings"), i, e)
    if (json_is_string(e))
      json_array_append(out, e);
  return out;
}

/* Chapter i of story_chapters() in the current language: its title and its
** presets' labels, from the catalog of its file (read now if need be, and
** let go once they are translated: a menu opened in English would otherwise
** hold every chapter's catalog). */
static void chapter_entry(Story *s, size_t i)
{
  const json_t *c = load_def(s, json_array_get(s->defs, i)), *p;
  json_t *presets = json_array();
  size_t k, held = i18n_need_count(s->cat);
  Tr tr;
  char *t;
  if (s->cat && play_str(c, "file"))
    i18n_need(s->cat, play_str(c, "file"));
  tr = play_tr(s, false);
  t = tr_unit(&tr, play_str(c, "id"), play_str(c, "title"), NULL, NULL, NULL);
  json_array_foreach(json_object_get(c, "presets"), k, p) {
    char *label = tr_unit(&tr, play_str(c, "id"), play_str(p, "label"), NULL, NULL, NULL);
    json_array_append_new(presets, json_string(label ? label : play_str(p, "label")));
    free(label);
  }
  if (i18n_need_count(s->cat) > held) /* (read for this entry only) */
    i18n_forget(s->cat, play_str(c, "file"));
  json_array_set_new(s->chapters, i,
                     json_pack("{s:s, s:O, s:O, s:s, s:o, s:o}", "id", play_str(c, "id"), "number",
                               json_object_get(c, "number"), "side", json_object_get(c, "side"),
                               "title", t ? t : "", "presets", presets, "endings", endings(c)));
  free(t);
  s->chapter_done[i] = true;
}

void load_chapters_reset(Story *s)
{
  size_t n = json_array_size(s->defs);
  json_decref(s->chapters);
  s->chapters = json_array();
  for (size_t i = 0; i < n; i++)
    json_array_append_new(s->chapters, json_null()); /* (made when asked for) */
  free(s->chapter_done);
  s->chapter_done = mem_calloc(n + 1, sizeof *s->chapter_done);
}

const json_t *load_chapters(Story *s)
{
  for (size_t i = 0; i < json_array_size(s->defs); i++)
    if (!s->chapter_done[i])
      chapter_entry(s, i);
  return s->chapters;
}

const json_t *load_chapter(Story *s, int number)
{
  for (size_t i = 0; i < json_array_size(s->defs); i++) {
    if (json_integer_value(json_object_get(json_array_get(s->defs, i), "number")) != number)
      continue;
    if (!s->chapter_done[i])
      chapter_entry(s, i);
    return json_array_get(s->chapters, i);
  }
  return NULL;
}

/* What the story's files declare: the chapters (defs, sorted by number; only
** if their number changed, as a play may hold one), the scenes and the
** warnings. */
static void declarations(Story *s)
{
  json_t *defs, *sides = json_object();
  Numbered *tmp;
  size_t i, n;
  json_decref(s->scenes);
  json_decref(s->warnings);
  s->warnings = json_array();
  scene_declarations(s->sc, &defs, &s->scenes, s->warnings);
  n = json_array_size(defs);
  tmp = mem_calloc(n + 1, sizeof *tmp);
  for (i = 0; i < n; i++) {
    tmp[i].def = json_array_get(defs, i);
    tmp[i].number = json_integer_value(json_object_get(tmp[i].def, "number"));
  }
  qsort(tmp, n, sizeof *tmp, cmp_chapters);
  if (!s->defs || json_array_size(s->defs) != n) {
    json_decref(s->defs);
    s->defs = json_array();
    json_object_clear(s->summaries);
    for (i = 0; i < n; i++) {
      json_array_append(s->defs, tmp[i].def);
      /* A chapter kept in the heads: the rest of it when it is needed. */
      if (json_object_get(tmp[i].def, "kept")) {
        json_object_del(tmp[i].def, "kept");
        json_object_set_new(s->summaries, play_str(tmp[i].def, "id"), json_true());
      }
    }
    load_chapters_reset(s);
  }
  for (i = 0; i < n; i++) {
    char path[128];
    const char *side = play_str(tmp[i].def, "side");
    /* A side is a palette: the frontends draw the chapter in its colours. */
    snprintf(path, sizeof path, "assets/palettes/%s.json", side ? side : "");
    if (!side || json_object_get(sides, side))
      continue; /* (a few sides for many chapters: each looked for once) */
    json_object_set_new(sides, side, json_true());
    if (!vfs_exists(path)) {
      char msg[300];
      snprintf(msg, sizeof msg, "%s: chapter %s: side '%s' has no palette (%s)",
               play_str(tmp[i].def, "file"), play_str(tmp[i].def, "id"), side, path);
      json_array_append_new(s->warnings, json_string(msg));
    }
  }
  free(tmp);
  json_decref(defs);
  json_decref(sides);
  s->declared = true;
}

/* What the heads declared, kept in the write dir between runs (heads.h): the
** next opening declares a chapter whose file has not changed without reading
** it. Its key is the engine's story API as it is (a new engine, new heads). A
** cache that does not read back whole is started again, and written over. */
#define HEADS VFS_USER "cache/heads"

static Heads *heads_read(void)
{
  char api[1200], *text;
  size_t len;
  Heads *h = NULL;
  if (!vfs_stamp("lua/ficelle/story.lua", api, sizeof api))
    return NULL;
  if (vfs_exists(HEADS) && (text = vfs_read(HEADS, &len)))
    h = heads_parse(text, len, api);
  return h ? h : heads_new(api);
}

bool load_story(Story *s, bool fresh)
{
  ScriptLimits lim = { s->opt.instruction_budget, s->opt.memory_cap, s->opt.step_seconds };
  Heads *heads = NULL;
  bool ok;
  heads_free(s->heads); /* (the scene that pointed into it is closed) */
  s->heads = NULL;
  s->load_error[0] = s->load_file[0] = '\0';
  s->load_line = 0;
  if (!(s->sc = scene_open(&lim, &s->rng, play_on_screen, s)))
    return false;
  scene_set_interrupt(s->sc, s->interrupt, s->interrupt_ud);
  if (!s->opt.load_all && (heads = heads_read()) && fresh)
    heads_clear(heads); /* a writer's reload: every head runs again */
  ok = scene_load_story(s->sc, s->opt.load_all, heads, s->load_file, sizeof s->load_file,
                        &s->load_line);
  if (!ok)
    snprintf(s->load_error, sizeof s->load_error, "%s", err_get());
  if (heads && heads_changed(heads)) {
    size_t n;
    char *text = heads_dump(heads, &n);
    /* A cache: if it cannot be written, the next opening runs the heads. */
    vfs_write(HEADS, text, n);
    free(text);
    if (vfs_exists(VFS_USER "cache/heads.json")) /* an older engine's, in JSON */
      vfs_remove(VFS_USER "cache/heads.json");
  }
  s->heads = heads; /* kept: the scene's kept chapters are in it */
  json_decref(s->defs);
  s->defs = NULL;
  if (!s->summaries)
    s->summaries = json_object();
  declarations(s);
  return true;
}

/* The files whose head only ran and that are not read yet, for a catalog to
** leave theirs for later (a new array). */
static json_t *unread(const Story *s)
{
  json_t *out = json_array();
  bool loaded;
  const char *path;
  for (int i = 0; s->sc && (path = scene_deferred(s->sc, i, &loaded)); i++)
    if (!loaded)
      json_array_append_new(out, json_string(path));
  return out;
}

Catalog *load_catalog(const Story *s, const char *lang)
{
  json_t *later = unread(s);
  Catalog *c = i18n_open_except(lang, later);
  json_decref(later);
  return c;
}

bool load_file(Story *s, const char *file)
{
  char path[256];
  int before;
  bool ok;
  if (!file || !s->sc)
    return true;
  snprintf(path, sizeof path, "%s", file); /* (file may be a declaration's, changed below) */
  before = scene_chapter_count(s->sc);
  s->late_file[0] = '\0';
  s->late_line = 0;
  ok = scene_load_file(s->sc, path, s->late_file, sizeof s->late_file, &s->late_line);
  if (s->cat)
    i18n_need(s->cat, path);
  if (s->aside)
    i18n_need(s->aside, path);
  s->declared = false; /* its scenes: story_scenes() asks again */
  /* A file may declare a chapter its head did not (a second one): the
  ** declarations are read again at once then, for the chapter to be played. */
  if (scene_chapter_count(s->sc) != before)
    declarations(s);
  /* The file's chapters as it declares them: their cards, which their heads
  ** left out, and anything an older head said otherwise. Only what differs
  ** is set: a caller may hold the rest. */
  for (size_t i = 0; ok && i < json_array_size(s->defs); i++) {
    json_t *def = json_array_get(s->defs, i), *now, *val;
    const char *key, *at = play_str(def, "file");
    if (!at || strcmp(at, path) != 0 || !(now = scene_chapter(s->sc, play_str(def, "id"))))
      continue;
    json_object_foreach(now, key, val)
      if (!json_equal(json_object_get(def, key), val))
        json_object_set(def, key, val);
    json_object_del(s->summaries, play_str(def, "id")); /* (whole now) */
    json_decref(now);
  }
  return ok;
}

bool load_drop_file(Story *s, const char *path)
{
  if (!s->sc || !scene_unload_file(s->sc, path))
    return false;
  s->declared = false; /* its scenes: story_scenes() asks again */
  i18n_forget(s->cat, path);
  i18n_forget(s->aside, path);
  return true;
}

/* Is key one that a chapter's summary keeps (what declarations() makes of
** one kept in the heads)? */
static bool summary_key(const char *key)
{
  return strcmp(key, "id") == 0 || strcmp(key, "number") == 0 || strcmp(key, "side") == 0
      || strcmp(key, "file") == 0;
}

void load_summarise(Story *s, const json_t *files)
{
  json_t *def, *f, *val;
  const char *key, *file = NULL;
  void *tmp;
  size_t i, k;
  if (s->opt.load_all || !s->sc)
    return;
  json_array_foreach(s->defs, i, def) {
    const char *id = play_str(def, "id");
    bool keep = !id || !(file = play_str(def, "file")) || json_object_get(s->summaries, id);
    if (keep)
      continue;
    json_array_foreach(files, k, f)
      keep = keep || strcmp(json_string_value(f), file) == 0;
    if (keep)
      continue;
    /* (id, def's own string, is kept: the summaries' key is a copy) */
    json_object_set_new(s->summaries, id, json_true());
    json_object_foreach_safe(def, tmp, key, val)
      if (!summary_key(key))
        json_object_del(def, key);
  }
}

int load_scene(Story *s, const char *id)
{
  const char *path;
  bool loaded;
  if (scene_exists(s->sc, id))
    return 1;
  if ((path = scene_file_of(s->sc, id))) {
    char file[256];
    snprintf(file, sizeof file, "%s", path);
    if (!load_file(s, file))
      return -1;
    if (scene_exists(s->sc, id))
      return 1;
  }
  /* Not where its id says: a scene may be declared in any file. */
  for (int i = 0; (path = scene_deferred(s->sc, i, &loaded)); i++) {
    char file[256];
    snprintf(file, sizeof file, "%s", path);
    if (!loaded && !load_file(s, file))
      return -1;
  }
  return scene_exists(s->sc, id) ? 1 : 0;
}

const json_t *load_scenes(Story *s)
{
  if (s->sc && !s->declared)
    declarations(s);
  return s->scenes;
}

bool load_all(Story *s)
{
  const char *path;
  bool loaded, ok = true;
  for (int i = 0; s->sc && (path = scene_deferred(s->sc, i, &loaded)); i++) {
    char file[256];
    snprintf(file, sizeof file, "%s", path);
    if (!loaded && !load_file(s, file))
      ok = false;
  }
  load_scenes(s);
  return ok;
}
