/*
** event: what the reader sees of a scene's requests (see story_impl.h). Every
** string a scene shows is a unit of translation: looked up in the catalog,
** its placeholders filled, French typography applied; the results live in the
** event's pool until the next event.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "story_impl.h"
#include "text.h"

/* --- Translation -------------------------------------------------------------- */

/* Translates, fills and typesets one unit; the result lives in the event pool.
** NULL (err set) if a placeholder has no value. */
const char *event_tr(Story *s, const char *context, const char *src, const char *pin,
                      const json_t *args, const char *file, int line)
{
  char id[256];
  const char *text = src;
  char *filled = NULL, *typeset = NULL;
  bool french = true;   /* the source, or its fallback for a missing translation */
  json_t *str;
  if (!src)
    return err_set("a text is missing"), NULL;
  i18n_id(id, sizeof id, context, src, pin);
  if (s->collect)
    s->collect(s->collect_ud, id, src, file, line);
  if (s->cat) {
    const char *t = i18n_lookup(s->cat, id, NULL);
    if (t) {
      text = t;
      french = false;
    }
  }
  if (strchr(text, '{')) {
    json_t *vars = story_vars_now(s);
    filled = i18n_format(text, args, vars, s->lang);
    json_decref(vars);
    if (!filled)
      return NULL;
    text = filled;
  }
  if (french)
    text = typeset = text_french(text);
  str = json_string(text);
  free(filled);
  free(typeset);
  if (!str)
    return err_set("a text that is not UTF-8"), NULL;
  json_array_append_new(s->pool, str);
  return json_string_value(str);
}

static bool is_name_key(const char *key)
{
  static const char *const keys[] = { "id", "kind", "image", "value", "layout", "mood",
                                      "style", "icon", "color", NULL };
  for (const char *const *k = keys; *k; k++)
    if (strcmp(key, *k) == 0)
      return true;
  return false;
}

/* A deep copy of j with every shown string translated. NULL and err on failure. */
static int cmp_keys(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static json_t *tr_tree(Story *s, const char *context, const json_t *j, const char *key)
{
  if (json_is_string(j)) {
    const char *t;
    if (key && is_name_key(key))
      return json_copy((json_t *)j);
    if (!(t = event_tr(s, context, json_string_value(j), NULL, NULL, s->ev_file, s->ev_line)))
      return NULL;
    return json_string(t);
  }
  if (json_is_object(j)) {
    /* Keys in sorted order: a Lua table's order is its hash's, and the order in
    ** which units are met is the order of the catalogs that extract writes. */
    size_t n = json_object_size(j), i = 0;
    const char **keys = malloc((n ? n : 1) * sizeof *keys), *k;
    json_t *out = json_object(), *val, *t;
    json_object_foreach((json_t *)j, k, val)
      keys[i++] = k;
    qsort(keys, n, sizeof *keys, cmp_keys);
    for (i = 0; i < n; i++) {
      if (!(t = tr_tree(s, context, json_object_get(j, keys[i]), keys[i]))) {
        free(keys);
        return json_decref(out), NULL;
      }
      json_object_set_new(out, keys[i], t);
    }
    free(keys);
    return out;
  }
  if (json_is_array(j)) {
    json_t *out = json_array(), *val, *t;
    size_t i;
    json_array_foreach(j, i, val) {
      if (!(t = tr_tree(s, context, val, key)))
        return json_decref(out), NULL;
      json_array_append_new(out, t);
    }
    return out;
  }
  return json_deep_copy(j);
}


/* --- Events ------------------------------------------------------------------- */

void event_reset(Story *s, EventKind kind)
{
  json_decref(s->pool);
  s->pool = json_array();
  memset(&s->ev, 0, sizeof s->ev);
  s->ev.kind = kind;
  s->ev.scene = s->scene;
  s->ev.file = s->ev_file;
  s->ev.line = s->ev_line;
  s->ev.layout = s->layout;
  s->ev.chapter = s->chapter;
}

const Event *event_fail(Story *s, const char *file, int line, const char *fmt, ...)
{
  va_list ap;
  char msg[1024];
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  story_close_coroutine(s);
  s->phase = PH_ERROR;
  snprintf(s->ev_file, sizeof s->ev_file, "%s", file ? file : "");
  s->ev_line = line;
  json_decref(s->raw);
  s->raw = NULL;
  event_reset(s, EVENT_ERROR);
  json_array_append_new(s->pool, json_string(msg));
  s->ev.text = json_string_value(json_array_get(s->pool, 0));
  return &s->ev;
}

void event_history_add(Story *s, const char *speaker, const char *text, const char *style)
{
  StoryHistory *h;
  if (s->nhist == s->hist_cap) {
    s->hist_cap = s->hist_cap ? s->hist_cap * 2 : 256;
    s->hist = realloc(s->hist, (size_t)s->hist_cap * sizeof *s->hist);
  }
  h = &s->hist[s->nhist++];
  h->speaker = speaker ? strdup(speaker) : NULL;
  h->text = strdup(text ? text : "");
  h->style = style;
}

void event_history_truncate(Story *s, int n)
{
  while (s->nhist > n) {
    StoryHistory *h = &s->hist[--s->nhist];
    free((char *)h->speaker);
    free((char *)h->text);
  }
}

/* The translated bindings of the screen, rebuilt when they change. */
bool event_bindings(Story *s)
{
  size_t n = json_object_size(s->bindings), i = 0;
  const char **keys = malloc((n ? n : 1) * sizeof *keys), *key;
  json_t *t = json_object(), *val, *one;
  json_object_foreach(s->bindings, key, val)
    keys[i++] = key;
  qsort(keys, n, sizeof *keys, cmp_keys);   /* see tr_tree */
  for (i = 0; i < n; i++) {
    /* each binding in the context of the scene that set it */
    const char *ctx = json_str(s->bindctx, keys[i]);
    if (!ctx || !*ctx)
      ctx = s->scene[0] ? s->scene : "screen";
    if (!(one = tr_tree(s, ctx, json_object_get(s->bindings, keys[i]), keys[i]))) {
      free(keys);
      return json_decref(t), false;
    }
    json_object_set_new(t, keys[i], one);
  }
  free(keys);
  json_decref(s->tbindings);
  s->tbindings = t;
  return true;
}

/* Builds s->ev from s->raw (a line, a choice or a screen). */
void event_build(Story *s)
{
  const char *kind = json_str(s->raw, "kind"), *ctx = s->scene;
  if (strcmp(kind, "line") == 0) {
    const json_t *args = json_object_get(s->raw, "args");
    const char *who = json_str(s->raw, "who"), *text;
    event_reset(s, EVENT_LINE);
    s->ev.style = strcmp(json_str(s->raw, "style"), "note") == 0 ? "note"
                : who ? "speech" : "narration";
    if (who && !(s->ev.speaker = event_tr(s, "who", who, NULL, NULL, s->ev_file, s->ev_line)))
      goto bad;
    if (!(text = event_tr(s, ctx, json_str(s->raw, "text"), json_str(s->raw, "id"), args, s->ev_file, s->ev_line)))
      goto bad;
    s->ev.text = text;
  } else if (strcmp(kind, "choice") == 0) {
    json_t *options = json_object_get(s->raw, "options"), *o;
    const json_t *task = json_object_get(s->raw, "task");
    size_t i, n = json_array_size(options);
    event_reset(s, EVENT_CHOICE);
    if ((int)n > s->opts_cap) {
      s->opts_cap = (int)n;
      s->opts = realloc(s->opts, n * sizeof *s->opts);
    }
    if (json_str(s->raw, "prompt") &&
        !(s->ev.text = event_tr(s, ctx, json_str(s->raw, "prompt"), NULL, NULL, s->ev_file, s->ev_line)))
      goto bad;
    json_array_foreach(options, i, o) {
      const char *t = event_tr(s, ctx, json_str(o, "text"), json_str(o, "id"), NULL, s->ev_file, s->ev_line);
      if (!t)
        goto bad;
      s->opts[i].text = t;
      s->opts[i].index = (int)json_integer_value(json_object_get(o, "index"));
    }
    s->ev.options = s->opts;
    s->ev.noptions = (int)n;
    if (task) {
      json_t *t = tr_tree(s, ctx, task, NULL);
      if (!t)
        goto bad;
      json_array_append_new(s->pool, t);
      s->ev.data = t;
    }
  } else {   /* layout */
    event_reset(s, EVENT_LAYOUT);
    s->ev.data = s->tbindings;
  }
  return;
bad:
  event_fail(s, s->ev_file, s->ev_line, "%s:%d: %s", s->ev_file, s->ev_line, err_get());
}

void event_chapter(Story *s)
{
  const json_t *def = story_chapter_def(s, s->chapter);
  json_t *data = json_object();
  const char *title;
  s->ev_line = 0;
  snprintf(s->ev_file, sizeof s->ev_file, "%s", json_str(def, "file"));
  event_reset(s, EVENT_CHAPTER);
  title = event_tr(s, json_str(def, "id"), json_str(def, "title"), NULL, NULL, s->ev_file, 0);
  json_object_set_new(data, "id", json_string(json_str(def, "id")));
  json_object_set(data, "number", json_object_get(def, "number"));
  json_object_set(data, "side", json_object_get(def, "side"));
  json_object_set_new(data, "title", json_string(title ? title : ""));
  json_array_append_new(s->pool, data);
  s->ev.text = json_str(data, "title");
  s->ev.data = data;
}

void event_card(Story *s)
{
  const json_t *def = story_chapter_def(s, s->chapter);
  const json_t *card = json_object_get(def, "card");
  const char *ctx = json_str(def, "id");
  json_t *data, *t;
  s->ev_line = 0;
  snprintf(s->ev_file, sizeof s->ev_file, "%s", json_str(def, "file"));
  static const char *const parts[] = { "questions", "facts", "vocabulary", NULL };
  event_reset(s, EVENT_CARD);
  data = json_object();
  json_object_set_new(data, "chapter", json_integer(s->chapter));
  json_object_set_new(data, "title", json_string(event_tr(s, ctx, json_str(def, "title"), NULL, NULL, s->ev_file, 0)));
  for (const char *const *p = parts; *p; p++) {   /* in the order a card is read */
    const json_t *part = json_object_get(card, *p);
    if (!part || !json_is_array(part)) {   /* none written (an empty table) */
      json_object_set_new(data, *p, json_array());
      continue;
    }
    if (!(t = tr_tree(s, ctx, part, *p))) {
      json_decref(data);
      event_fail(s, s->ev_file, 0, "%s: the discussion card: %s", s->ev_file, err_get());
      return;
    }
    json_object_set_new(data, *p, t);
  }
  json_array_append_new(s->pool, data);
  s->ev.text = json_str(data, "title");
  s->ev.data = data;
}

void event_ending(Story *s)
{
  json_t *data = json_object();
  const char *title;
  event_reset(s, EVENT_ENDING);
  title = event_tr(s, "ending", json_str(s->raw, "title"), NULL, NULL, s->ev_file, s->ev_line);
  json_object_set_new(data, "id", json_string(json_str(s->raw, "id")));
  json_object_set_new(data, "title", json_string(title ? title : ""));
  json_array_append_new(s->pool, data);
  s->ev.text = json_str(data, "title");
  s->ev.data = data;
}
