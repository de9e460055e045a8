/*
** i18n: ids, catalogs, placeholders and the merge of catalogs (see i18n.h).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "mem.h"
#include "i18n.h"
#include "text.h"
#include "vfs.h"

struct Catalog {
  char lang[16];
  json_t *units; /* id -> entry object {id, fr, <lang>, review?, obsolete?} */
  json_t *read;  /* the catalog files read: name -> true */
  json_t *late;  /* ... those read by i18n_need: name -> the entries they
                    added, for i18n_forget */
  bool all;      /* every file of the folder read */
};

uint32_t i18n_hash(const char *s)
{
  uint32_t h = 2166136261u;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 16777619u;
  }
  return h;
}

void i18n_id(char *out, size_t size, const char *context, const char *source, const char *pin)
{
  /* "context:pin" or "context:%08x", cut to size as snprintf would; by hand,
  ** as every line played asks for one (snprintf was a fortieth of a check) */
  char hex[9];
  const char *tail = pin;
  size_t n = 0;
  if (!pin) {
    uint32_t h = i18n_hash(source);
    for (int i = 7; i >= 0; i--, h >>= 4)
      hex[i] = "0123456789abcdef"[h & 15];
    hex[8] = '\0';
    tail = hex;
  }
  if (size == 0)
    return;
  for (const char *p = context; *p && n + 1 < size; p++)
    out[n++] = *p;
  if (n + 1 < size)
    out[n++] = ':';
  for (const char *p = tail; *p && n + 1 < size; p++)
    out[n++] = *p;
  out[n] = '\0';
}

static json_t *load_json(const char *path)
{
  size_t len;
  char *data = vfs_read(path, &len);
  json_error_t e;
  json_t *j;
  if (!data)
    return NULL;
  j = json_loadb(data, len, 0, &e);
  free(data);
  if (!j)
    err_set("%s:%d: %s", path, e.line, e.text);
  return j;
}

/* A story file's catalog's name: "story/ch01_lundi.lua" -> "ch01_lundi.json". */
static void catalog_name(const char *story_file, char *out, size_t size)
{
  const char *base = strrchr(story_file, '/') ? strrchr(story_file, '/') + 1 : story_file;
  size_t n = strlen(base);
  if (n > 4 && strcmp(base + n - 4, ".lua") == 0)
    n -= 4;
  snprintf(out, size, "%.*s.json", (int)n, base);
}

/* Adds a catalog file's entries (name: "ch01_lundi.json"); marks it read.
** added (may be NULL) gets the entries. */
static void add_file(Catalog *c, const char *name, json_t *added)
{
  char path[512];
  json_t *cat, *entries, *e;
  size_t i;
  json_object_set_new(c->read, name, json_true());
  snprintf(path, sizeof path, "story/i18n/%s/%s", c->lang, name);
  if (!(cat = load_json(path))) {
    fprintf(stderr, "ficelle: %s\n", err_get());
    return;
  }
  entries = json_object_get(cat, "entries");
  json_array_foreach(entries, i, e) {
    const char *id = json_string_value(json_object_get(e, "id"));
    if (id && !json_is_true(json_object_get(e, "obsolete"))) {
      json_object_set(c->units, id, e);
      if (added)
        json_array_append(added, e);
    }
  }
  json_decref(cat);
}

Catalog *i18n_open(const char *lang)
{
  return i18n_open_except(lang, NULL);
}

Catalog *i18n_open_except(const char *lang, const json_t *later)
{
  char dir[64];
  char **files;
  Catalog *c;
  json_t *skip = json_object(), *f;
  size_t i;
  snprintf(dir, sizeof dir, "story/i18n/%s", lang);
  if (strlen(lang) >= sizeof c->lang || !vfs_exists(dir) || !(files = vfs_list(dir))) {
    json_decref(skip);
    return err_set("i18n: no translation into '%s' (no folder %s)", lang, dir), NULL;
  }
  json_array_foreach(later, i, f) {
    char name[256];
    catalog_name(json_string_value(f) ? json_string_value(f) : "", name, sizeof name);
    json_object_set_new(skip, name, json_true());
  }
  c = mem_calloc(1, sizeof *c);
  snprintf(c->lang, sizeof c->lang, "%s", lang);
  c->units = json_object();
  c->read = json_object();
  c->late = json_object();
  for (char **g = files; *g; g++)
    if (strstr(*g, ".json") && !json_object_get(skip, *g))
      add_file(c, *g, NULL);
  vfs_free_list(files);
  json_decref(skip);
  return c;
}

void i18n_need(Catalog *c, const char *story_file)
{
  char name[256], path[512];
  catalog_name(story_file, name, sizeof name);
  if (json_object_get(c->read, name))
    return;
  snprintf(path, sizeof path, "story/i18n/%s/%s", c->lang, name);
  if (vfs_exists(path)) {
    json_t *added = json_array();
    add_file(c, name, added);
    json_object_set_new(c->late, name, added);
  } else {
    json_object_set_new(c->read, name, json_true());
  }
}

void i18n_forget(Catalog *c, const char *story_file)
{
  char name[256];
  json_t *added, *e;
  size_t i;
  if (!c)
    return;
  catalog_name(story_file, name, sizeof name);
  if (!(added = json_object_get(c->late, name)))
    return;
  json_array_foreach(added, i, e) {
    const char *id = json_string_value(json_object_get(e, "id"));
    /* A unit another file set since is that file's; a speaker's name is the
    ** whole story's (kept, or every catalog would be read for it again). */
    if (strncmp(id, "who:", 4) != 0 && json_object_get(c->units, id) == e)
      json_object_del(c->units, id);
  }
  json_object_del(c->read, name);
  json_object_del(c->late, name);
}

size_t i18n_need_count(const Catalog *c)
{
  return c ? json_object_size(c->late) : 0;
}

bool i18n_need_all(Catalog *c)
{
  char dir[64];
  char **files;
  bool added = false;
  snprintf(dir, sizeof dir, "story/i18n/%s", c->lang);
  if (c->all || !(files = vfs_list(dir)))
    return false;
  c->all = true;
  for (char **g = files; *g; g++)
    if (strstr(*g, ".json") && !json_object_get(c->read, *g)) {
      add_file(c, *g, NULL);
      added = true;
    }
  vfs_free_list(files);
  return added;
}

void i18n_close(Catalog *c)
{
  if (!c)
    return;
  json_decref(c->units);
  json_decref(c->read);
  json_decref(c->late);
  free(c);
}

const char *i18n_lookup(const Catalog *c, const char *id, bool *review)
{
  json_t *e = json_object_get(c->units, id);
  const char *t = json_string_value(json_object_get(e, c->lang));
  if (review)
    *review = json_is_true(json_object_get(e, "review"));
  return t && *t ? t : NULL;
}

json_t *i18n_ui_open(const char *lang)
{
  char dir[64], path[512];
  char **files;
  json_t *ui = json_object();
  snprintf(dir, sizeof dir, "lua/i18n/%s", lang);
  if (!vfs_exists(dir) || !(files = vfs_list(dir)))
    return ui;
  for (char **f = files; *f; f++) {
    json_t *j;
    snprintf(path, sizeof path, "%s/%s", dir, *f);
    if (!strstr(*f, ".json"))
      continue;
    if (!(j = load_json(path)) || !json_is_object(j))
      fprintf(stderr, "ficelle: %s: %s\n", path, j ? "not a JSON object" : err_get());
    else
      json_object_update(ui, j);
    json_decref(j);
  }
  vfs_free_list(files);
  /* The interface's French takes the same typography as the story's: a
  ** catalog writes "Langue : {value}" and the reader sees narrow spaces. */
  if (strcmp(lang, I18N_SOURCE) == 0) {
    const char *key;
    json_t *val;
    json_object_foreach(ui, key, val) {
      char *t = json_is_string(val) ? text_french(json_string_value(val)) : NULL;
      if (t)
        json_string_set(val, t);
      free(t);
    }
  }
  return ui;
}

/* --- Values and placeholders ------------------------------------------------ */

#define NNBSP "\xE2\x80\xAF" /* U+202F NARROW NO-BREAK SPACE */

/* Writes a whole number as lang groups its thousands, from 1 000 on: a narrow
** no-break space in French (11 384), a comma in English (11,384). */
static void put_integer(MemBuf *b, long n, const char *lang)
{
  char digits[32];
  const char *sep = strcmp(lang, "fr") == 0 ? NNBSP : ",";
  int len = snprintf(digits, sizeof digits, "%ld", labs(n));
  if (n < 0)
    mem_buf_add(b, "-", 1);
  for (int i = 0; i < len; i++) {
    if (i > 0 && (len - i) % 3 == 0 && len > 3)
      mem_buf_add(b, sep, strlen(sep));
    mem_buf_add(b, digits + i, 1);
  }
}

void i18n_format_value(const json_t *value, const char *format, const char *lang, char *buf,
                       size_t size)
{
  bool fr = !lang || strcmp(lang, "fr") == 0;
  const char *fmt = format ? format : "";
  double x = json_is_number(value) ? json_number_value(value) : 0;
  if (size == 0)
    return;
  if (json_is_number(value) && !(fabs(x) < 1e15)) { /* past what a long rounds to */
    snprintf(buf, size, "%g", x);
  } else if (json_is_number(value) && strcmp(fmt, "euros") == 0) {
    long c = lround(x);
    const char *sign = c < 0 ? "-" : "";
    c = labs(c);
    if (fr)
      snprintf(buf, size, "%s%ld,%02ld" NNBSP "\xE2\x82\xAC", sign, c / 100, c % 100);
    else
      snprintf(buf, size, "%s\xE2\x82\xAC%ld.%02ld", sign, c / 100, c % 100);
  } else if (json_is_number(value) && strcmp(fmt, "percent") == 0) {
    snprintf(buf, size, fr ? "%ld" NNBSP "%%" : "%ld%%", lround(x));
  } else if (json_is_number(value)) {
    if (x == floor(x) || strcmp(fmt, "int") == 0) { /* 22 126, 22,126 */
      MemBuf b = { 0 };
      put_integer(&b, lround(x), fr ? "fr" : "en");
      snprintf(buf, size, "%s", b.s ? b.s : "");
      free(b.s);
    } else
      snprintf(buf, size, "%g", x);
  } else if (json_is_string(value)) {
    snprintf(buf, size, "%s", json_string_value(value));
  } else if (json_is_true(value)) {
    snprintf(buf, size, "\xE2\x9C\x93"); /* ✓ */
  } else if (!value || json_is_null(value) || json_is_false(value)) {
    snprintf(buf, size, "\xE2\x80\x93"); /* – */
  } else {
    snprintf(buf, size, "\xE2\x80\xA6"); /* … */
  }
}

static void buf_str(MemBuf *b, const char *s)
{
  mem_buf_add(b, s, strlen(s));
}

/* Writes a number as lang writes it: grouped thousands, a decimal comma in
** French. */
static void put_number(MemBuf *b, double x, int decimals, const char *lang)
{
  char tmp[64];
  if (decimals == 0 && fabs(x) < 1e15) {
    put_integer(b, lround(x), lang);
    return;
  }
  if (decimals < 0)
    snprintf(tmp, sizeof tmp, "%g", x);
  else
    snprintf(tmp, sizeof tmp, "%.*f", decimals, x);
  if (strcmp(lang, "fr") == 0) {
    char *dot = strchr(tmp, '.');
    if (dot)
      *dot = ',';
  }
  buf_str(b, tmp);
}

static bool put_value(MemBuf *b, const json_t *val, const char *fmt, const char *lang,
                      const char *name)
{
  if (!fmt || !*fmt) {
    if (json_is_string(val))
      buf_str(b, json_string_value(val));
    else if (json_is_integer(val))
      put_number(b, (double)json_integer_value(val), 0, lang);
    else if (json_is_real(val))
      put_number(b, json_real_value(val), -1, lang);
    else if (json_is_boolean(val))
      buf_str(b, json_is_true(val) ? "true" : "false");
    else
      return err_set("placeholder {%s} is not a number or a string", name);
    return true;
  }
  if (!json_is_number(val))
    return err_set("placeholder {%s:%s} needs a number", name, fmt);
  if (strcmp(fmt, "int") == 0) {
    put_number(b, round(json_number_value(val)), 0, lang);
  } else if (fmt[0] == '.' && fmt[1] >= '0' && fmt[1] <= '9' && !fmt[2]) {
    put_number(b, json_number_value(val), fmt[1] - '0', lang); /* {x:.2}: 0,90 */
  } else if (strcmp(fmt, "euros") == 0) {
    char money[64];
    i18n_format_value(val, fmt, lang, money, sizeof money);
    buf_str(b, money);
  } else {
    return err_set("placeholder {%s:%s}: unknown format (use euros, int, or .N for N decimals)",
                   name, fmt);
  }
  return true;
}

char *i18n_format(const char *tmpl, const json_t *args, const json_t *vars, const char *lang)
{
  MemBuf b = { 0 };
  const char *p = tmpl;
  mem_buf_add(&b, "", 0);
  while (*p) {
    const char *open = strchr(p, '{'), *end = open ? open : p + strlen(p);
    for (const char *q = p; q < end; q++) { /* the literal text; "}}" is a brace */
      mem_buf_add(&b, q, 1);
      if (q[0] == '}' && q[1] == '}')
        q++;
    }
    if (!open)
      break;
    if (open[1] == '{') {
      buf_str(&b, "{");
      p = open + 2;
      continue;
    }
    {
      const char *close = strchr(open, '}');
      char name[64], *fmt;
      const json_t *val;
      size_t n;
      if (!close || (n = (size_t)(close - open - 1)) == 0 || n >= sizeof name) {
        free(b.s);
        return err_set("a '{' without its placeholder name and '}' (write {{ for a brace)"), NULL;
      }
      memcpy(name, open + 1, n);
      name[n] = '\0';
      if ((fmt = strchr(name, ':')))
        *fmt++ = '\0';
      val = json_object_get(args, name);
      if (!val)
        val = json_object_get(vars, name);
      if (!val || json_is_null(val)) {
        free(b.s);
        return err_set("placeholder {%s} has no value (not in the arguments nor in v)", name), NULL;
      }
      if (!put_value(&b, val, fmt, lang, name)) {
        free(b.s);
        return NULL;
      }
      p = close + 1;
    }
  }
  return b.s;
}

/* --- Similarity and merge ------------------------------------------------------ */

static unsigned *decode(const char *s, size_t *n)
{
  size_t len = strlen(s);
  unsigned *cp = mem_realloc(NULL, (len + 1) * sizeof *cp);
  const char *p = s;
  *n = 0;
  while (*p)
    cp[(*n)++] = text_utf8_next(&p);
  return cp;
}

double i18n_similarity(const char *a, const char *b)
{
  size_t n, m;
  unsigned *x = decode(a, &n), *y = decode(b, &m);
  size_t *row = mem_realloc(NULL, (m + 1) * sizeof *row);
  double sim;
  for (size_t j = 0; j <= m; j++)
    row[j] = j;
  for (size_t i = 1; i <= n; i++) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= m; j++) {
      size_t up = row[j], best = diag + (x[i - 1] != y[j - 1]);
      if (up + 1 < best)
        best = up + 1;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      row[j] = best;
      diag = up;
    }
  }
  sim = (n || m) ? 1.0 - (double)row[m] / (double)(n > m ? n : m) : 1.0;
  free(x), free(y), free(row);
  return sim;
}

void i18n_nearest_init(Nearest *n, const char *name)
{
  n->name = name ? name : "";
  n->score = 0.6;
  n->best[0] = n->hint[0] = '\0';
}

void i18n_nearest(Nearest *n, const char *known)
{
  double x;
  if (known && strlen(known) < sizeof n->best && (x = i18n_similarity(known, n->name)) > n->score) {
    n->score = x;
    strcpy(n->best, known);
  }
}

const char *i18n_nearest_hint(Nearest *n)
{
  if (n->best[0])
    snprintf(n->hint, sizeof n->hint, " (did you mean '%s'?)", n->best);
  else
    n->hint[0] = '\0';
  return n->hint;
}

static const char *context_of(const char *id, size_t *len)
{
  const char *colon = strrchr(id, ':');
  *len = colon ? (size_t)(colon - id) : strlen(id);
  return id;
}

/* The orphans of one context (entries of the old catalog that hold a
** translation and whose id the story no longer says), sorted by line, for
** i18n_merge's search of an edited line's old translation. */
typedef struct Orphans {
  json_t **items;
  size_t n, cap;
} Orphans;

static int by_old_line(const void *a, const void *b)
{
  json_int_t x = json_integer_value(json_object_get(*(json_t *const *)a, "line"));
  json_int_t y = json_integer_value(json_object_get(*(json_t *const *)b, "line"));
  return (x > y) - (x < y);
}

/* How many orphans nearest by line an edited line is compared with: beyond
** them a line moved far, and the edit distance of each pair costs the product
** of their lengths (against every orphan, 1,000 edited lines took seconds). */
#define MERGE_NEAREST 48

/* The orphans of orphans (one context, sorted by line) nearest to line, not
** used yet, at most MERGE_NEAREST: the best by similarity above 0.5 (the
** nearest line among equals), or NULL. An orphan of the very same French is
** found first by exact (its text -> orphans). */
static json_t *closest_orphan(const Orphans *o, const json_t *exact, const json_t *used,
                              const char *fr, long line, double *sim_out)
{
  size_t lo = 0, hi = o->n, seen = 0, below, above;
  json_t *best = NULL, *e;
  double best_sim = 0.5;
  long best_dist = 0;
  size_t k, flen = text_utf8_len(fr, strlen(fr));
  json_array_foreach(json_object_get(exact, fr), k, e) {
    long dist = labs(line - (long)json_integer_value(json_object_get(e, "line")));
    if (json_object_get(used, json_string_value(json_object_get(e, "id"))))
      continue;
    if (!best || dist < best_dist)
      best = e, best_dist = dist;
  }
  if (best) {
    *sim_out = 1.0;
    return best;
  }
  while (lo < hi) { /* the first orphan at or after line */
    size_t mid = (lo + hi) / 2;
    if ((long)json_integer_value(json_object_get(o->items[mid], "line")) < line)
      lo = mid + 1;
    else
      hi = mid;
  }
  below = lo, above = lo;
  while (seen < MERGE_NEAREST && (below > 0 || above < o->n)) {
    long db = below > 0
        ? labs(line - (long)json_integer_value(json_object_get(o->items[below - 1], "line")))
        : -1;
    long da = above < o->n
        ? labs(line - (long)json_integer_value(json_object_get(o->items[above], "line")))
        : -1;
    const char *ofr;
    size_t olen;
    double sim;
    long dist;
    e = (da < 0 || (db >= 0 && db <= da)) ? o->items[--below] : o->items[above++];
    dist = labs(line - (long)json_integer_value(json_object_get(e, "line")));
    if (json_object_get(used, json_string_value(json_object_get(e, "id"))))
      continue;
    seen++;
    ofr = json_string_value(json_object_get(e, I18N_SOURCE));
    olen = text_utf8_len(ofr, strlen(ofr));
    /* the edit distance is at least the difference of the lengths */
    if (flen + olen > 0
        && (double)(flen < olen ? flen : olen) / (double)(flen > olen ? flen : olen) < best_sim)
      continue;
    sim = i18n_similarity(fr, ofr);
    if (sim > best_sim || (best && sim == best_sim && dist < best_dist)) {
      best = e;
      best_sim = sim;
      best_dist = dist;
    }
  }
  *sim_out = best_sim;
  return best;
}

json_t *i18n_merge(const json_t *units, const json_t *old, const char *lang, int stats[4])
{
  json_t *out = json_array(), *known = json_object(), *used = json_object(), *u, *e;
  json_t *live = json_object();  /* the ids the story says now */
  json_t *kept = json_object();  /* "French\x1ftranslation" of the entries written */
  json_t *byctx = json_object(); /* context -> its orphans' index in orphans */
  json_t *exacts = json_array(); /* for each index: French -> its orphans */
  Orphans *orphans = NULL;
  size_t i, k, nctx = 0;
  int st[4] = { 0, 0, 0, 0 };
  json_array_foreach(units, i, u)
    json_object_set_new(live, json_string_value(json_object_get(u, "id")), json_true());
  json_array_foreach(old, i, e) {
    const char *id = json_string_value(json_object_get(e, "id"));
    if (id)
      json_object_set(known, id, e);
  }
  /* The orphans by context, each context's sorted by line. */
  json_array_foreach(old, k, e) {
    const char *oid = json_string_value(json_object_get(e, "id"));
    const char *ofr = json_string_value(json_object_get(e, I18N_SOURCE));
    const char *otr = json_string_value(json_object_get(e, lang));
    char ctx[512];
    size_t olen;
    json_t *at, *same, *exact;
    Orphans *o;
    if (!oid || !ofr || !otr || !*otr || json_object_get(live, oid))
      continue;
    context_of(oid, &olen);
    snprintf(ctx, sizeof ctx, "%.*s", (int)olen, oid);
    if (!(at = json_object_get(byctx, ctx))) {
      at = json_integer((json_int_t)nctx++);
      json_object_set_new(byctx, ctx, at);
      orphans = mem_realloc(orphans, nctx * sizeof *orphans);
      orphans[nctx - 1] = (Orphans){ 0 };
      json_array_append_new(exacts, json_object());
    }
    o = &orphans[json_integer_value(at)];
    if (o->n == o->cap) {
      o->cap = o->cap ? o->cap * 2 : 16;
      o->items = mem_realloc(o->items, o->cap * sizeof *o->items);
    }
    o->items[o->n++] = e;
    exact = json_array_get(exacts, (size_t)json_integer_value(at));
    if (!(same = json_object_get(exact, ofr))) {
      same = json_array();
      json_object_set_new(exact, ofr, same);
    }
    json_array_append(same, e);
  }
  for (i = 0; i < nctx; i++)
    qsort(orphans[i].items, orphans[i].n, sizeof *orphans[i].items, by_old_line);
  json_array_foreach(units, i, u) {
    const char *id = json_string_value(json_object_get(u, "id"));
    const char *fr = json_string_value(json_object_get(u, "fr"));
    json_t *entry = json_object(), *prev = json_object_get(known, id);
    json_object_set_new(entry, "id", json_string(id));
    json_object_set(entry, "line", json_object_get(u, "line"));
    json_object_set_new(entry, I18N_SOURCE, json_string(fr));
    if (prev && !json_is_true(json_object_get(prev, "obsolete"))) {
      json_t *t = json_object_get(prev, lang);
      json_object_set_new(entry, lang,
                          json_string(json_string_value(t) ? json_string_value(t) : ""));
      if (json_is_true(json_object_get(prev, "review"))) {
        json_object_set_new(entry, "review", json_true());
        json_object_set(entry, "was", json_object_get(prev, "was"));
      }
      json_object_set_new(used, id, json_true());
      st[0]++;
    } else {
      /* The French changed: the closest orphan of the same context. */
      size_t clen;
      char ctx[512];
      json_t *best = NULL, *at;
      double sim = 0;
      context_of(id, &clen);
      snprintf(ctx, sizeof ctx, "%.*s", (int)clen, id);
      if ((at = json_object_get(byctx, ctx)))
        best = closest_orphan(&orphans[json_integer_value(at)],
                              json_array_get(exacts, (size_t)json_integer_value(at)), used, fr,
                              (long)json_integer_value(json_object_get(u, "line")), &sim);
      if (best) {
        json_object_set(entry, lang, json_object_get(best, lang));
        json_object_set_new(entry, "review", json_true());
        json_object_set(entry, "was", json_object_get(best, I18N_SOURCE));
        json_object_set_new(used, json_string_value(json_object_get(best, "id")), json_true());
        st[1]++;
      } else {
        json_object_set_new(entry, lang, json_string(""));
        st[2]++;
      }
    }
    json_array_append_new(out, entry);
  }
  for (i = 0; i < nctx; i++)
    free(orphans[i].items);
  free(orphans);
  json_decref(byctx);
  json_decref(exacts);
  /* What the story no longer says, but a translator wrote, is never lost;
  ** unless the same French with the same translation is still in use. */
  {
    json_t *o;
    json_array_foreach(out, k, o) {
      char pair[4096];
      snprintf(pair, sizeof pair, "%s\x1f%s", json_string_value(json_object_get(o, I18N_SOURCE)),
               json_string_value(json_object_get(o, lang)));
      json_object_set_new(kept, pair, json_true());
    }
  }
  json_array_foreach(old, i, e) {
    const char *id = json_string_value(json_object_get(e, "id"));
    const char *tr = json_string_value(json_object_get(e, lang));
    char pair[4096];
    if (!id || json_object_get(used, id) || json_object_get(live, id) || !tr || !*tr)
      continue;
    snprintf(pair, sizeof pair, "%s\x1f%s", json_string_value(json_object_get(e, I18N_SOURCE)), tr);
    if (json_object_get(kept, pair))
      continue;
    {
      json_t *keep = json_deep_copy(e);
      json_object_set_new(keep, "obsolete", json_true());
      json_array_append_new(out, keep);
      st[3]++;
    }
  }
  json_decref(known);
  json_decref(used);
  json_decref(live);
  json_decref(kept);
  if (stats)
    memcpy(stats, st, sizeof st);
  return out;
}
