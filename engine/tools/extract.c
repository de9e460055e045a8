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
  json_t *scenes;   /* scene id -> {file, line, last}: where its function is */
  bool partial;     /* the budget stopped the search: a unit not reached may be
                       there still (see revive) */
  int revived;      /* units not reached, kept: still in their source */
  json_t *libs;     /* the literals of story/lib/, the story's own helpers (NULL
                       until read) */
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

static void on_error(void *ud, const Event *ev, const char *how)
{
  char msg[2048];
  (void)ud, (void)how;
  story_error_text(ev, msg, sizeof msg);
  fprintf(stderr, "extract: warning: %s (the branches past it are not collected)\n", msg);
}

/* --- What the search did not reach ------------------------------------------ */

/* The level of a long bracket opening at p ("[[", "[==["), or -1. */
static int long_open(const char *p)
{
  int level = 0;
  if (*p++ != '[')
    return -1;
  while (*p == '=')
    p++, level++;
  return *p == '[' ? level : -1;
}

/* Past a long bracket of this level opening at p; its text into t (NULL:
** skipped, a comment), lines counted. */
static const char *long_text(const char *p, int level, int *line, MemBuf *t)
{
  p += level + 2;
  if (*p == '\r' || *p == '\n') /* a first newline is not part of it */
    (*line)++, p += (p[0] == '\r' && p[1] == '\n') ? 2 : 1;
  for (; *p; p++) {
    if (*p == ']') {
      int k = 1;
      while (p[k] == '=')
        k++;
      if (k - 1 == level && p[k] == ']')
        return p + k + 1;
    }
    if (*p == '\n')
      (*line)++;
    if (t)
      mem_buf_add(t, p, 1);
  }
  return p;
}

/* Decodes the escape after a backslash at p into t; returns what follows it. */
static const char *escape(const char *p, int *line, MemBuf *t)
{
  static const char from[] = "abfnrtv\\\"'", to[] = "\a\b\f\n\r\t\v\\\"'";
  const char *k = *p ? strchr(from, *p) : NULL;
  char out[8];
  if (k) {
    mem_buf_add(t, &to[k - from], 1);
    return p + 1;
  }
  if (*p == '\n') {
    (*line)++;
    mem_buf_add(t, "\n", 1);
    return p + 1;
  }
  if (*p == 'z') { /* skips the spaces that follow */
    for (p++; *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'; p++)
      if (*p == '\n')
        (*line)++;
    return p;
  }
  if (*p == 'x' && p[1] && p[2]) {
    char hex[3] = { p[1], p[2], '\0' };
    out[0] = (char)strtol(hex, NULL, 16);
    mem_buf_add(t, out, 1);
    return p + 3;
  }
  if (*p >= '0' && *p <= '9') {
    int v = 0, i;
    for (i = 0; i < 3 && p[i] >= '0' && p[i] <= '9'; i++)
      v = v * 10 + (p[i] - '0');
    out[0] = (char)v;
    mem_buf_add(t, out, 1);
    return p + i;
  }
  if (*p == 'u' && p[1] == '{') {
    char *end;
    unsigned long c = strtoul(p + 2, &end, 16);
    size_t n = 0;
    if (c < 0x80)
      out[n++] = (char)c;
    else if (c < 0x800)
      out[n++] = (char)(0xC0 | (c >> 6)), out[n++] = (char)(0x80 | (c & 0x3F));
    else if (c < 0x10000)
      out[n++] = (char)(0xE0 | (c >> 12)), out[n++] = (char)(0x80 | ((c >> 6) & 0x3F)),
      out[n++] = (char)(0x80 | (c & 0x3F));
    else
      out[n++] = (char)(0xF0 | (c >> 18)), out[n++] = (char)(0x80 | ((c >> 12) & 0x3F)),
      out[n++] = (char)(0x80 | ((c >> 6) & 0x3F)), out[n++] = (char)(0x80 | (c & 0x3F));
    mem_buf_add(t, out, n);
    return *end == '}' ? end + 1 : end;
  }
  return *p ? p + 1 : p;
}

/* The string literals of a Lua source, as Lua reads them: an object, text ->
** the lines where it is written (an array). Comments are left out. */
static json_t *literals(const char *src)
{
  json_t *out = json_object();
  MemBuf t = { 0 };
  int line = 1, level;
  const char *p = src;
  while (*p) {
    int at = line;
    t.n = 0;
    mem_buf_add(&t, "", 0);
    if (*p == '\n') {
      line++, p++;
    } else if (p[0] == '-' && p[1] == '-') {
      p += 2;
      if ((level = long_open(p)) >= 0)
        p = long_text(p, level, &line, NULL);
      else
        while (*p && *p != '\n')
          p++;
    } else if ((level = long_open(p)) >= 0 || *p == '"' || *p == '\'') {
      json_t *lines;
      if (level >= 0) {
        p = long_text(p, level, &line, &t);
      } else {
        char q = *p++;
        while (*p && *p != q && *p != '\n')
          p = *p == '\\' ? escape(p + 1, &line, &t) : (mem_buf_add(&t, p, 1), p + 1);
        if (*p == q)
          p++;
      }
      if (!(lines = json_object_get(out, t.s))) {
        lines = json_array();
        json_object_set_new(out, t.s, lines);
      }
      json_array_append_new(lines, json_integer(at));
    } else {
      p++;
    }
  }
  free(t.s);
  return out;
}

/* The first line in [from, to] where text is written as a literal; 0 if none. */
static int literal_line(const json_t *lits, const char *text, int from, int to)
{
  const json_t *x;
  size_t i;
  json_array_foreach(json_object_get(lits, text), i, x)
    if (json_integer_value(x) >= from && json_integer_value(x) <= to)
      return (int)json_integer_value(x);
  return 0;
}

/* Does text match a format string (a literal with "%s", "%d"... that the
** script fills with string.format)? Each conversion matches any text. */
static bool formatted(const char *fmt, const char *text)
{
  const char *star = NULL, *retry = NULL;
  while (*text) {
    if (fmt[0] == '%' && fmt[1] == '%') {
      if (*text != '%')
        goto back;
      fmt += 2, text++;
    } else if (fmt[0] == '%') {
      fmt += 1 + strspn(fmt + 1, "-+ #0123456789.");
      if (*fmt)
        fmt++;
      star = fmt, retry = text;
    } else if (*fmt == *text) {
      fmt++, text++;
    } else {
    back:
      if (!star)
        return false;
      fmt = star, text = ++retry;
    }
  }
  while (fmt[0] == '%' && fmt[1] != '%' && fmt[1]) { /* conversions that took "" */
    fmt += 1 + strspn(fmt + 1, "-+ #0123456789.");
    if (*fmt)
      fmt++;
  }
  return *fmt == '\0';
}

/* The line of a format string of lits that text matches; 0 if none. A
** format of less than two characters of its own ("%s") proves nothing. */
static int format_line(const json_t *lits, const char *text)
{
  const char *lit;
  json_t *lines;
  json_object_foreach((json_t *)lits, lit, lines) {
    size_t own = 0;
    for (const char *c = lit; *c; c++) {
      if (*c == '%') {
        c += 1 + strspn(c + 1, "-+ #0123456789."); /* at its conversion, if any */
        if (!*c)
          break;
      } else if (*c != ' ') {
        own++;
      }
    }
    if (strchr(lit, '%') && own >= 2 && formatted(lit, text))
      return (int)json_integer_value(json_array_get(lines, 0));
  }
  return 0;
}

/* The literals of the story's helpers (story/lib/, which scenes call to make
** their texts: amounts, names): read once. */
static const json_t *lib_literals(Extract *x)
{
  char **files;
  if (x->libs)
    return x->libs;
  x->libs = json_object();
  if ((files = vfs_list("story/lib"))) {
    for (char **f = files; *f; f++) {
      char path[300], *src;
      json_t *lits;
      snprintf(path, sizeof path, "story/lib/%s", *f);
      if (strlen(*f) < 5 || strcmp(*f + strlen(*f) - 4, ".lua") != 0
          || !(src = vfs_read(path, NULL)))
        continue;
      lits = literals(src);
      json_object_update(x->libs, lits); /* (a line in another file: lines are not used) */
      json_decref(lits);
      free(src);
    }
    vfs_free_list(files);
  }
  return x->libs;
}

/* The length of the sign written around amounts that s starts with (a
** narrow or plain no-break space, €, an em or en dash), or 0. */
static size_t sign_len(const char *s)
{
  static const char *const signs[] = { "\xE2\x80\xAF", "\xC2\xA0", "\xE2\x82\xAC", "\xE2\x80\x94",
                                       "\xE2\x80\x93" }; /* nnbsp, nbsp, €, —, – */
  for (size_t k = 0; k < sizeof signs / sizeof *signs; k++)
    if (strncmp(s, signs[k], strlen(signs[k])) == 0)
      return strlen(signs[k]);
  return 0;
}

/* The length of what starts s if it is no letter: an ASCII digit, space or
** punctuation, or a sign (sign_len); 0 at a letter or the end. */
static size_t filler_len(const char *s)
{
  if (!*s || ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z'))
    return 0;
  return (unsigned char)*s < 0x80 ? 1 : sign_len(s);
}

/* Is s figures alone: digits, spaces and the signs written around amounts,
** with no letter? */
static bool figures_only(const char *s)
{
  bool digit = false;
  size_t n;
  for (; *s; s += n) {
    if (!(n = filler_len(s)))
      return false;
    digit |= *s >= '0' && *s <= '9';
  }
  return digit;
}

/* The pieces a scene may build a text from (by concatenation, string.format or
** a placeholder): the literals of a source cut at their conversions ("%s",
** "{n}"), those of two bytes or more with a letter, sorted, with where those
** beginning with each byte begin. */
typedef struct Pieces {
  const char **items;
  size_t n, start[257];
  json_t *own; /* the pieces' strings */
} Pieces;

static int by_text(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void pieces_cut(json_t *own, const char *lit)
{
  while (*lit) {
    const char *end = lit, *p;
    bool letter = false;
    while (*end && *end != '%' && *end != '{')
      end++;
    for (p = lit; p < end; p += filler_len(p) ? filler_len(p) : 1)
      letter |= !filler_len(p);
    if (end - lit >= 2 && letter)
      json_object_setn_new(own, lit, (size_t)(end - lit), json_true());
    if (*end == '%') {
      end += 1 + strspn(end + 1, "-+ #0123456789.");
      if (*end)
        end++; /* the conversion */
    } else if (*end == '{')
      end = strchr(end, '}') ? strchr(end, '}') + 1 : end + 1;
    lit = end > lit ? end : lit + 1;
  }
}

static void pieces_make(Pieces *ps, const json_t *a, const json_t *b)
{
  const char *lit;
  json_t *v;
  size_t i = 0, c;
  ps->own = json_object();
  json_object_foreach((json_t *)a, lit, v)
    pieces_cut(ps->own, lit);
  json_object_foreach((json_t *)b, lit, v)
    pieces_cut(ps->own, lit);
  ps->n = json_object_size(ps->own);
  ps->items = mem_calloc(ps->n ? ps->n : 1, sizeof *ps->items);
  json_object_foreach(ps->own, lit, v)
    ps->items[i++] = lit;
  qsort(ps->items, ps->n, sizeof *ps->items, by_text);
  for (c = 0, i = 0; c <= 256; c++) {
    while (i < ps->n && (unsigned char)ps->items[i][0] < c)
      i++;
    ps->start[c] = i;
  }
}

static void pieces_free(Pieces *ps)
{
  free(ps->items);
  json_decref(ps->own);
}

/* Can text be made of pieces of ps, end to end, with fillers (figures,
** spaces, punctuation, signs: what a scene computes) between them? Then the
** static scan cannot prove it gone. */
static bool made_of(const Pieces *ps, const char *text)
{
  size_t len = strlen(text), i, k, n;
  bool *at = mem_calloc(len + 1, sizeof *at), made;
  at[0] = true;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    if (!at[i])
      continue;
    if ((n = filler_len(text + i)))
      at[i + n] = true;
    for (k = ps->start[c]; k < ps->start[c + 1]; k++) {
      n = strlen(ps->items[k]);
      if (n <= len - i && memcmp(text + i, ps->items[k], n) == 0)
        at[i + n] = true;
    }
  }
  made = at[len];
  free(at);
  return made;
}

/* When the budget stopped the search, the units of file's catalog that it did
** not reach are kept (added to units) unless they are known to be gone, or
** were marked obsolete before: a unit stays if its context is still declared
** in file (its scene or chapter, or it is a speaker's name) and its text is
** still written there (a static scan): as a string literal or a format string
** that makes it, in the scene's function, in a helper of the file or in the
** story's helpers (story/lib/); or as pieces of those literals end to end,
** with figures between them ("Lot 7 — Modération de textes — 0,09 € la tâche",
** a helper's format, a lot's name and an amount); or as figures alone
** ("2 069 000 / 2 400 000", "0,92": an amount a scene computes, which no
** static scan can prove gone). A speaker's name the search met in another
** file stays in this one too (which file says it first depends on where the
** search went). A unit whose scene is gone, or whose text is no longer
** written, is left to the merge: carried over to review, or kept as obsolete. */
static void revive(Extract *x, const char *file, json_t *entries, json_t *units)
{
  char *src = vfs_read(file, NULL);
  json_t *lits, *e, *here = json_object(), *u;
  Pieces ps = { 0 };
  size_t i;
  if (!src)
    return;
  lits = literals(src);
  free(src);
  json_array_foreach(units, i, u)
    json_object_set_new(here, json_string_value(json_object_get(u, "id")), json_true());
  json_array_foreach(entries, i, e) {
    const char *id = json_string_value(json_object_get(e, "id"));
    const char *fr = json_string_value(json_object_get(e, I18N_SOURCE));
    const char *colon = id ? strrchr(id, ':') : NULL, *home;
    const json_t *sc;
    char ctx[256];
    int from = 0, to = 1 << 30, line;
    if (!colon || !fr || json_object_get(here, id) || (size_t)(colon - id) >= sizeof ctx
        || json_is_true(json_object_get(e, "obsolete"))) /* judged so before: left so */
      continue;
    snprintf(ctx, sizeof ctx, "%.*s", (int)(colon - id), id);
    if (json_object_get(x->seen, id) && strcmp(ctx, "who") != 0)
      continue; /* met, in another file's catalog */
    if ((sc = json_object_get(x->scenes, ctx))) {
      from = (int)json_integer_value(json_object_get(sc, "line"));
      to = (int)json_integer_value(json_object_get(sc, "last"));
    }
    /* a speaker's name, or an ending's lines (context "ending"), may be in any
    ** file: its own is where its text is still written */
    home = strcmp(ctx, "who") == 0 || strcmp(ctx, "ending") == 0
        ? file
        : json_string_value(json_object_get(x->contexts, ctx));
    if (!home || strcmp(home, file) != 0)
      continue;
    /* In its scene's function, or else in a helper of the file the scene calls,
    ** or made by the story's helpers, or of their pieces and figures. */
    if (!(line = literal_line(lits, fr, from, to)) && !(line = literal_line(lits, fr, 0, 1 << 30))
        && !(line = format_line(lits, fr)) && !literal_line(lib_literals(x), fr, 0, 1 << 30)
        && !format_line(lib_literals(x), fr) && !figures_only(fr)) {
      if (!ps.own)
        pieces_make(&ps, lits, lib_literals(x));
      if (!made_of(&ps, fr))
        continue;
    }
    if (!line) /* made by a helper: where the scene begins */
      line = from;
    json_array_append_new(units, json_pack("{s:s, s:i, s:s}", "id", id, "line", line, "fr", fr));
    json_object_set_new(x->seen, id, json_true());
    json_object_set_new(here, id, json_true());
    x->revived++;
  }
  if (ps.own)
    pieces_free(&ps);
  json_decref(here);
  json_decref(lits);
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

static bool write_catalog(Extract *x, const char *file, const char *lang, json_t *units,
                          int totals[4])
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
  if (x->partial)
    revive(x, file, json_object_get(old, "entries"), units);
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
  Extract x = { json_object(), json_object(), origin_contexts(s), json_object(), false, 0, NULL };
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
  explore_run(s, o->budget, &(ExploreObserver){ .on_error = on_error }, entered, &st);
  story_set_collector(s, NULL, NULL);
  if (st.budget_hit) {
    const json_t *sc;
    size_t i;
    fprintf(stderr,
            "extract: warning: the budget stopped the exploration; some units "
            "may be missing (raise --budget); those of the catalogs are kept while "
            "their scene and text are still in the story\n");
    x.partial = true;
    json_array_foreach(story_scenes(s), i, sc)
      json_object_set(x.scenes, json_string_value(json_object_get(sc, "id")), (json_t *)sc);
  }
  if (!plan(&x, o, allowed, &refused)) {
    fprintf(stderr, "extract: nothing written\n");
    status = 1;
    goto done;
  }
  json_object_foreach(allowed, file, units) {
    if (!write_catalog(&x, file, o->lang, units, totals)) {
      fprintf(stderr, "extract: %s\n", err_get());
      status = 1;
    }
  }
  printf("extract: %d units kept, %d to review, %d new, %d obsolete\n", totals[0], totals[1],
         totals[2], totals[3]);
  if (x.revived > 0)
    printf("extract: %d units the search did not reach kept (still in the story: their "
           "scene, and their text as written)\n",
           x.revived);
  if (!say_refused(o, refused))
    status = 1;
done:
  json_decref(x.files);
  json_decref(x.seen);
  json_decref(x.contexts);
  json_decref(x.scenes);
  json_decref(x.libs);
  json_decref(allowed);
  json_decref(entered);
  return status;
}
