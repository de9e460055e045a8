/*
** state: checkpoints, input logs and save files (see state.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "mem.h"
#include "state.h"

static char *dup_or_null(const char *s)
{
  return mem_strdup(s);
}

struct Entries {
  int refs;
  json_t *base; /* never changed */
  char **ids;
  size_t n, cap;
};

Entries *state_entries_new(json_t *base)
{
  Entries *e = mem_calloc(1, sizeof *e);
  e->refs = 1;
  e->base = json_is_object(base) ? base : (json_decref(base), json_object());
  return e;
}

Entries *state_entries_ref(Entries *e)
{
  if (e)
    e->refs++;
  return e;
}

void state_entries_unref(Entries *e)
{
  if (!e || --e->refs > 0)
    return;
  while (e->n > 0)
    free(e->ids[--e->n]);
  free(e->ids);
  json_decref(e->base);
  free(e);
}

size_t state_entries_count(const Entries *e)
{
  return e ? e->n : 0;
}

json_t *state_entries_visits(const Entries *e, size_t n)
{
  json_t *v;
  if (!e)
    return json_object();
  v = json_copy(e->base); /* shallow: its counts are replaced, never changed */
  for (size_t i = 0; i < n && i < e->n; i++)
    json_object_set_new(v, e->ids[i],
                        json_integer(json_integer_value(json_object_get(v, e->ids[i])) + 1));
  return v;
}

void state_entries_add(Entries **e, const char *id)
{
  Entries *x = *e;
  if (!x)
    x = *e = state_entries_new(NULL);
  if (x->n >= 64 + json_object_size(x->base)) {
    Entries *y = state_entries_new(state_entries_visits(x, x->n));
    state_entries_unref(x);
    x = *e = y;
  }
  if (x->n == x->cap) {
    x->cap = x->cap ? 2 * x->cap : 64;
    x->ids = mem_realloc(x->ids, x->cap * sizeof *x->ids);
  }
  x->ids[x->n++] = mem_strdup(id);
}

struct Vars {
  int refs;
  Vars *prev;      /* NULL: a base, whose changes are every variable */
  json_t *changes; /* name -> value, JSON null: gone (never changed in place) */
  size_t total;    /* the changes of the links from the base, this one's too */
  json_t *whole;   /* the variables, once worked out (or the base's changes) */
};

Vars *state_vars_new(json_t *whole)
{
  Vars *v = mem_calloc(1, sizeof *v);
  v->refs = 1;
  v->changes = json_is_object(whole) ? whole : (json_decref(whole), json_object());
  v->whole = json_incref(v->changes);
  return v;
}

Vars *state_vars_ref(Vars *v)
{
  if (v)
    v->refs++;
  return v;
}

void state_vars_unref(Vars *v)
{
  while (v && --v->refs == 0) { /* a long chain, freed without recursion */
    Vars *prev = v->prev;
    json_decref(v->changes);
    json_decref(v->whole);
    free(v);
    v = prev;
  }
}

/* The base of a chain. */
static const Vars *vars_base(const Vars *v)
{
  while (v->prev)
    v = v->prev;
  return v;
}

/* The variables of v worked out: a new object sharing their values. */
static json_t *vars_build(const Vars *v)
{
  size_t n = 0, i;
  const Vars *x, **links;
  json_t *w, *val;
  const char *key;
  if (v->whole)
    return json_copy(v->whole); /* shallow: values are shared, never changed */
  for (x = v; x->prev && !x->whole; x = x->prev)
    n++;
  links = mem_calloc(n ? n : 1, sizeof *links);
  for (i = n, x = v; i > 0; x = x->prev)
    links[--i] = x;
  w = json_copy(x->whole); /* the nearest links worked out, then the later ones */
  for (i = 0; i < n; i++)
    json_object_foreach(links[i]->changes, key, val) {
      if (json_is_null(val))
        json_object_del(w, key);
      else
        json_object_set(w, key, val);
    }
  free(links);
  return w;
}

Vars *state_vars_change(Vars *prev, json_t *changes)
{
  Vars *v;
  json_t *w, *val;
  const char *key;
  if (json_object_size(changes) == 0) {
    json_decref(changes);
    return state_vars_ref(prev);
  }
  if (prev->total + json_object_size(changes)
      > 16 + json_object_size(vars_base(prev)->changes) / 2) {
    w = vars_build(prev);
    json_object_foreach(changes, key, val) {
      if (json_is_null(val))
        json_object_del(w, key);
      else
        json_object_set(w, key, val);
    }
    json_decref(changes);
    return state_vars_new(w);
  }
  v = mem_calloc(1, sizeof *v);
  v->refs = 1;
  v->prev = state_vars_ref(prev);
  v->changes = changes;
  v->total = prev->total + json_object_size(changes);
  return v;
}

const json_t *state_vars_whole(Vars *v)
{
  if (!v->whole)
    v->whole = vars_build(v);
  return v->whole;
}

const json_t *state_checkpoint_vars(const Checkpoint *cp)
{
  if (cp->vars)
    return cp->vars;
  return cp->delta ? state_vars_whole(cp->delta) : NULL;
}

json_t *state_checkpoint_visits(const Checkpoint *cp)
{
  if (cp->visits)
    return json_incref(cp->visits);
  return state_entries_visits(cp->entries, cp->nentries);
}

void state_checkpoint_clear(Checkpoint *cp)
{
  state_entries_unref(cp->entries);
  state_vars_unref(cp->delta);
  free(cp->scene);
  free(cp->layout);
  json_decref(cp->vars);
  json_decref(cp->visits);
  json_decref(cp->bindings);
  json_decref(cp->bindctx);
  json_decref(cp->page);
  json_decref(cp->task);
  memset(cp, 0, sizeof *cp);
}

void state_checkpoint_copy(Checkpoint *dst, const Checkpoint *src)
{
  *dst = *src;
  dst->scene = dup_or_null(src->scene);
  dst->layout = dup_or_null(src->layout);
  /* A checkpoint's values are never changed in place once taken (whoever
  ** makes a checkpoint makes them anew: from the scripts, the view, a save),
  ** so copies share them: a copy costs the same however large they grow. */
  dst->vars = json_incref(src->vars);
  dst->delta = state_vars_ref(src->delta);
  dst->visits = json_incref(src->visits);
  dst->entries = state_entries_ref(src->entries);
  dst->bindings = json_incref(src->bindings);
  dst->bindctx = json_incref(src->bindctx);
  dst->page = json_incref(src->page);
  dst->task = json_incref(src->task);
}

/* A JSON value's bytes, about: jansson's node for each value, an object's
** keys and slots, the strings. */
static size_t json_size(const json_t *j)
{
  size_t n = 48, i;
  const char *key;
  json_t *val;
  if (json_is_string(j))
    return n + json_string_length(j) + 1;
  if (json_is_object(j)) {
    json_object_foreach((json_t *)j, key, val)
      n += 64 + strlen(key) + json_size(val);
  } else if (json_is_array(j)) {
    json_array_foreach(j, i, val)
      n += sizeof val + json_size(val);
  }
  return n;
}

size_t state_checkpoint_size(const Checkpoint *cp)
{
  size_t n =
      sizeof *cp + (cp->scene ? strlen(cp->scene) : 0) + (cp->layout ? strlen(cp->layout) : 0);
  const json_t *parts[] = { cp->vars, cp->bindings, cp->bindctx, cp->page, cp->task };
  /* The visits, a count for each scene entered, are not walked: their size
  ** grows with the path, and a checkpoint is taken at every scene entry. */
  n += json_object_size(cp->visits) * 96;
  if (cp->entries)
    n += json_object_size(cp->entries->base) * 96 / 4 + cp->nentries * 32; /* shared */
  if (cp->delta) /* its changes, and a share of its base */
    n += json_size(cp->delta->changes) / (cp->delta->prev ? 1 : 4) + sizeof *cp->delta;
  for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
    if (parts[i])
      n += json_size(parts[i]);
  return n;
}

void state_log_push(InputLog *log, int input)
{
  if (log->n == log->cap) {
    log->cap = log->cap ? log->cap * 2 : 64;
    log->items = mem_realloc(log->items, log->cap * sizeof *log->items);
  }
  log->items[log->n++] = input;
}

void state_log_clear(InputLog *log)
{
  free(log->items);
  memset(log, 0, sizeof *log);
}

void state_log_copy(InputLog *dst, const InputLog *src)
{
  dst->n = dst->cap = src->n;
  dst->items = NULL;
  if (src->n) {
    dst->items = mem_realloc(NULL, src->n * sizeof *dst->items);
    memcpy(dst->items, src->items, src->n * sizeof *dst->items);
  }
}

unsigned long long state_checksum(const char *data, size_t len)
{
  unsigned long long h = 14695981039346656037ull;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)data[i];
    h *= 1099511628211ull;
  }
  return h;
}

char *state_save_write(const Checkpoint *cp, const InputLog *log, const json_t *meta, size_t *len)
{
  json_t *body = json_object(), *rng = json_array(), *inputs = json_array();
  char *text, *out;
  size_t tlen, hlen;
  char header[64];
  for (int i = 0; i < 4; i++)
    json_array_append_new(rng, json_integer(cp->rng.s[i]));
  for (size_t i = 0; i < log->n; i++)
    json_array_append_new(inputs, json_integer(log->items[i]));
  json_object_set_new(body, "scene", json_string(cp->scene ? cp->scene : ""));
  json_object_set_new(body, "chapter_card", json_boolean(cp->chapter_card));
  json_object_set_new(body, "chapter", json_integer(cp->chapter));
  json_object_set(body, "vars", (json_t *)state_checkpoint_vars(cp));
  json_object_set_new(body, "visits", state_checkpoint_visits(cp));
  json_object_set_new(body, "rng", rng);
  json_object_set_new(body, "layout", json_string(cp->layout ? cp->layout : "page"));
  json_object_set_new(body, "bindings", cp->bindings ? json_incref(cp->bindings) : json_object());
  if (cp->bindctx)
    json_object_set(body, "bindctx", cp->bindctx);
  if (cp->page && json_array_size(cp->page) > 0)
    json_object_set(body, "page", cp->page);
  if (cp->task)
    json_object_set(body, "answered", cp->task);
  json_object_set_new(body, "inputs", inputs);
  if (meta)
    json_object_set(body, "meta", (json_t *)meta);
  text = json_dumps(body, JSON_SORT_KEYS | JSON_COMPACT);
  json_decref(body);
  if (!text)
    return err_set("save: cannot write the state"), NULL;
  tlen = strlen(text);
  hlen = (size_t)snprintf(header, sizeof header, "FICELLE-SAVE %d %016llx\n", STATE_FORMAT,
                          state_checksum(text, tlen));
  out = mem_realloc(NULL, hlen + tlen + 2);
  memcpy(out, header, hlen);
  memcpy(out + hlen, text, tlen);
  out[hlen + tlen] = '\n';
  out[hlen + tlen + 1] = '\0';
  free(text);
  if (len)
    *len = hlen + tlen + 1;
  return out;
}

static bool need(json_t *j, const char *field, json_type type, json_t **out)
{
  json_t *v = json_object_get(j, field);
  if (!v || json_typeof(v) != type)
    return err_set("save: the field '%s' is missing or of the wrong type", field);
  *out = v;
  return true;
}

bool state_save_read(const char *data, size_t len, Checkpoint *cp, InputLog *log, json_t **meta)
{
  int format;
  unsigned long long sum;
  const char *body, *end = data + len;
  json_error_t e;
  json_t *j, *card, *x, *scene = NULL, *chapter = NULL, *vars = NULL, *visits = NULL;
  json_t *rng = NULL, *layout = NULL, *bindings = NULL, *inputs = NULL;
  size_t i;
  char header[64];
  const char *nl;
  if (len < 14 || strncmp(data, "FICELLE-SAVE ", 13) != 0)
    return err_set("save: not a Ficelle save");
  /* The header line, as a string of its own: data need not end with a NUL. */
  nl = memchr(data, '\n', len < sizeof header ? len : sizeof header);
  if (!nl)
    return err_set("save: its header is damaged");
  memcpy(header, data, (size_t)(nl - data));
  header[nl - data] = '\0';
  if (sscanf(header + 13, "%d %llx", &format, &sum) != 2)
    return err_set("save: its header is damaged");
  if (format != STATE_FORMAT)
    return err_set("save: format %d, this engine reads format %d", format, STATE_FORMAT);
  if (!(body = memchr(data, '\n', len)))
    return err_set("save: its header is damaged");
  body++;
  while (end > body && (end[-1] == '\n' || end[-1] == '\r'))
    end--;
  if (state_checksum(body, (size_t)(end - body)) != sum)
    return err_set("save: its checksum does not match (the file is damaged)");
  if (!(j = json_loadb(body, (size_t)(end - body), 0, &e)))
    return err_set("save: %s", e.text);
  if (!need(j, "scene", JSON_STRING, &scene) || !need(j, "chapter", JSON_INTEGER, &chapter)
      || !need(j, "vars", JSON_OBJECT, &vars) || !need(j, "visits", JSON_OBJECT, &visits)
      || !need(j, "rng", JSON_ARRAY, &rng) || !need(j, "layout", JSON_STRING, &layout)
      || !need(j, "bindings", JSON_OBJECT, &bindings) || !need(j, "inputs", JSON_ARRAY, &inputs)) {
    json_decref(j);
    return false;
  }
  if (json_array_size(rng) != 4) {
    json_decref(j);
    return err_set("save: the field 'rng' is damaged");
  }
  card = json_object_get(j, "chapter_card");
  state_checkpoint_clear(cp);
  state_log_clear(log);
  cp->scene = mem_strdup(json_string_value(scene));
  cp->chapter_card = json_is_true(card);
  cp->chapter = (int)json_integer_value(chapter);
  cp->vars = json_incref(vars);
  cp->visits = json_incref(visits);
  for (i = 0; i < 4; i++)
    cp->rng.s[i] = (uint32_t)json_integer_value(json_array_get(rng, i));
  cp->layout = mem_strdup(json_string_value(layout));
  cp->bindings = json_incref(bindings);
  cp->bindctx = json_is_object(json_object_get(j, "bindctx"))
      ? json_incref(json_object_get(j, "bindctx"))
      : NULL;
  /* Saves written before the page was kept have none: the page then starts
  ** at the checkpoint's scene. */
  cp->page =
      json_is_array(json_object_get(j, "page")) ? json_incref(json_object_get(j, "page")) : NULL;
  cp->task = json_is_object(json_object_get(j, "answered"))
      ? json_incref(json_object_get(j, "answered"))
      : NULL;
  json_array_foreach(inputs, i, x)
    state_log_push(log, (int)json_integer_value(x));
  if (meta)
    *meta = json_incref(json_object_get(j, "meta"));
  json_decref(j);
  return true;
}
