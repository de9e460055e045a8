/*
** tr: a unit in the reader's language (see tr.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "mem.h"
#include "text.h"
#include "tr.h"

char *tr_unit(const Tr *tr, const char *context, const char *src, const char *pin,
              const json_t *args, const json_t *vars)
{
  char id[256], *filled = NULL, *out;
  const char *text = src;
  bool french = true; /* the source, or its fallback for a missing translation */
  if (!src)
    return err_set("a text is missing"), NULL;
  i18n_id(id, sizeof id, context, src, pin);
  if (tr->collect)
    tr->collect(tr->collect_ud, id, src, tr->file ? tr->file : "", tr->line);
  if (tr->cat) {
    const char *t = i18n_lookup(tr->cat, id, NULL);
    if (!t && strcmp(context, "who") == 0 && i18n_need_all(tr->cat))
      t = i18n_lookup(tr->cat, id, NULL);
    if (t) {
      text = t;
      french = false;
    }
  }
  if (strchr(text, '{')) {
    filled = i18n_format(text, args, vars, tr->lang);
    if (!filled && !french) {
      /* A translation whose placeholders the scene does not give (a
      ** translator's typo): the reader gets the French, not a stopped story;
      ** `check` reports the translation. */
      fprintf(stderr, "ficelle: %s: %s (the French is shown)\n", id, err_get());
      text = src;
      french = true;
      if (strchr(text, '{'))
        filled = i18n_format(text, args, vars, tr->lang);
      else
        filled = mem_strdup(text);
    }
    if (!filled)
      return NULL;
    text = filled;
  }
  /* The scripts' strings and the catalogs' are UTF-8 already (both reach here
  ** through Jansson, which checks), and typography keeps them so. */
  if (french && !filled && tr->typeset) {
    const json_t *done = json_object_get(tr->typeset, text);
    if (done)
      return mem_strdup(json_string_value(done));
    out = text_french(text);
    if (out)
      json_object_set_new(tr->typeset, text, json_string(out));
    return out;
  }
  out = french ? text_french(text) : mem_strdup(text);
  free(filled);
  return out;
}

static bool is_name_key(const char *key)
{
  static const char *const keys[] = { "id",    "kind", "image", "value", "layout", "mood",
                                      "style", "tone", "icon",  "color", NULL };
  for (const char *const *k = keys; *k; k++)
    if (strcmp(key, *k) == 0)
      return true;
  return false;
}

static int cmp_keys(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

const char **tr_sorted_keys(const json_t *obj, size_t *n)
{
  const char **keys, *k;
  json_t *val;
  size_t i = 0;
  *n = json_object_size(obj);
  keys = mem_calloc(*n + 1, sizeof *keys);
  json_object_foreach((json_t *)obj, k, val)
    keys[i++] = k;
  qsort(keys, *n, sizeof *keys, cmp_keys);
  return keys;
}

json_t *tr_tree(const Tr *tr, const char *context, const json_t *j, const char *key,
                const json_t *vars)
{
  json_t *out, *t;
  if (json_is_string(j)) {
    char *s;
    if (key && is_name_key(key))
      return json_copy((json_t *)j);
    if (!(s = tr_unit(tr, context, json_string_value(j), NULL, NULL, vars)))
      return NULL;
    out = json_string(s);
    free(s);
    return out;
  }
  if (json_is_object(j)) {
    /* In key order: a Lua table's order is its hash's, and the order units are
    ** met in is the order of the catalogs that extract writes. */
    size_t n;
    const char **keys = tr_sorted_keys(j, &n);
    out = json_object();
    for (size_t i = 0; i < n; i++) {
      if (!(t = tr_tree(tr, context, json_object_get(j, keys[i]), keys[i], vars))) {
        free(keys);
        return json_decref(out), NULL;
      }
      json_object_set_new(out, keys[i], t);
    }
    free(keys);
    return out;
  }
  if (json_is_array(j)) {
    json_t *val;
    size_t i;
    out = json_array();
    json_array_foreach(j, i, val) {
      if (!(t = tr_tree(tr, context, val, key, vars)))
        return json_decref(out), NULL;
      json_array_append_new(out, t);
    }
    return out;
  }
  return json_deep_copy(j);
}

bool tr_has_braces(const json_t *j)
{
  const char *key;
  json_t *val;
  size_t i;
  if (json_is_string(j))
    return strchr(json_string_value(j), '{') != NULL;
  if (json_is_object(j))
    json_object_foreach((json_t *)j, key, val)
      if (tr_has_braces(val))
        return true;
  if (json_is_array(j))
    json_array_foreach(j, i, val)
      if (tr_has_braces(val))
        return true;
  return false;
}

json_t *tr_snapshot(const char *src, const json_t *args, const json_t *vars)
{
  json_t *snap = json_object();
  const char *p = src;
  if (json_is_object(args))
    json_object_update(snap, (json_t *)args);
  while (p && (p = strchr(p, '{'))) {
    char name[128];
    size_t n;
    if (p[1] == '{') { /* "{{" is a brace */
      p += 2;
      continue;
    }
    n = strcspn(p + 1, ":}");
    if (n > 0 && n < sizeof name && !json_object_getn(snap, p + 1, n)) {
      const json_t *val;
      memcpy(name, p + 1, n);
      name[n] = '\0';
      if ((val = json_object_get(vars, name)))
        json_object_set(snap, name, (json_t *)val);
    }
    p += 1 + n;
  }
  return snap;
}
