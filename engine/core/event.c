/*
** event: what the reader sees of a request or a declaration (see event.h).
*/
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "lines.h"
#include "mem.h"

void event_free(EventBuf *b)
{
  json_decref(b->pool);
  free(b->opts);
  memset(b, 0, sizeof *b);
}

void event_reset(EventBuf *b, EventKind kind)
{
  json_decref(b->pool);
  b->pool = json_array();
  memset(&b->ev, 0, sizeof b->ev);
  b->ev.kind = kind;
}

/* Keeps s (malloc'd, taken over) for the event's life. */
static const char *keep(EventBuf *b, char *s)
{
  json_t *j = json_string(s ? s : "");
  free(s);
  json_array_append_new(b->pool, j);
  return json_string_value(j);
}

static const json_t *keep_json(EventBuf *b, json_t *j)
{
  json_array_append_new(b->pool, j);
  return j;
}

static const char *str(const json_t *obj, const char *key)
{
  return json_string_value(json_object_get(obj, key));
}

void event_error(EventBuf *b, const char *msg)
{
  event_reset(b, EVENT_ERROR);
  b->ev.text = keep(b, mem_strdup(msg));
}

bool event_line(EventBuf *b, const Tr *tr, const char *ctx, const json_t *req, const json_t *vars,
                json_t **source)
{
  const json_t *args = json_object_get(req, "args");
  const char *who = str(req, "who"), *style;
  char *speaker = NULL, *text;
  event_reset(b, EVENT_LINE);
  /* the style as a constant (the request goes before the event does) */
  style = who ? "speech" : "narration";
  for (const char *const *k = (const char *const[]){ "note", "discuss", "summary", NULL }; *k; k++)
    if (str(req, "style") && strcmp(str(req, "style"), *k) == 0)
      style = *k;
  b->ev.style = style;
  if (strcmp(style, "discuss") == 0) {
    const json_t *m = json_object_get(req, "minutes");
    b->ev.data = keep_json(b, json_pack("{s:I}", "minutes", m ? json_integer_value(m) : 5));
  }
  if (who && !(speaker = tr_unit(tr, "who", who, NULL, NULL, NULL)))
    return false;
  if (!(text = tr_unit(tr, ctx, str(req, "text"), str(req, "id"), args, vars))) {
    free(speaker);
    return false;
  }
  b->ev.speaker = speaker ? keep(b, speaker) : NULL;
  b->ev.text = keep(b, text);
  if (source) {
    json_t *snap = tr_snapshot(str(req, "text"), args, vars);
    *source = lines_source(str(req, "text"), ctx, str(req, "id"), who, snap, style);
    json_decref(snap);
  }
  return true;
}

bool event_choice(EventBuf *b, const Tr *tr, const char *ctx, const json_t *req, const json_t *vars)
{
  const json_t *options = json_object_get(req, "options"), *o;
  const json_t *task = json_object_get(req, "task");
  size_t i, n = json_array_size(options);
  char *t;
  event_reset(b, EVENT_CHOICE);
  if ((int)n > b->opts_cap) {
    b->opts_cap = (int)n;
    b->opts = mem_realloc(b->opts, n * sizeof *b->opts);
  }
  if (str(req, "prompt")) {
    if (!(t = tr_unit(tr, ctx, str(req, "prompt"), NULL, NULL, vars)))
      return false;
    b->ev.text = keep(b, t);
  }
  json_array_foreach(options, i, o) {
    if (!(t = tr_unit(tr, ctx, str(o, "text"), str(o, "id"), NULL, vars)))
      return false;
    b->opts[i].text = keep(b, t);
    b->opts[i].index = (int)json_integer_value(json_object_get(o, "index"));
  }
  b->ev.options = b->opts;
  b->ev.noptions = (int)n;
  if (task) {
    json_t *tt = tr_tree(tr, ctx, task, NULL, vars);
    if (!tt)
      return false;
    b->ev.data = keep_json(b, tt);
  }
  return true;
}

bool event_chapter(EventBuf *b, const Tr *tr, const json_t *def)
{
  json_t *data = json_object();
  char *title = tr_unit(tr, str(def, "id"), str(def, "title"), NULL, NULL, NULL);
  event_reset(b, EVENT_CHAPTER);
  json_object_set_new(data, "id", json_string(str(def, "id")));
  json_object_set(data, "number", json_object_get(def, "number"));
  json_object_set(data, "side", json_object_get(def, "side"));
  json_object_set_new(data, "title", json_string(title ? title : ""));
  free(title);
  b->ev.data = keep_json(b, data);
  b->ev.text = str(data, "title");
  return true;
}

bool event_card(EventBuf *b, const Tr *tr, const json_t *def)
{
  static const char *const parts[] = { "questions", "facts", "vocabulary", NULL };
  const json_t *card = json_object_get(def, "card");
  const char *ctx = str(def, "id");
  json_t *data = json_object(), *t;
  char *title = tr_unit(tr, ctx, str(def, "title"), NULL, NULL, NULL);
  event_reset(b, EVENT_CARD);
  json_object_set_new(data, "chapter",
                      json_integer(json_integer_value(json_object_get(def, "number"))));
  json_object_set_new(data, "title", json_string(title ? title : ""));
  free(title);
  for (const char *const *p = parts; *p; p++) { /* in the order a card is read */
    const json_t *part = json_object_get(card, *p);
    if (!json_is_array(part)) { /* none written (an empty table) */
      json_object_set_new(data, *p, json_array());
      continue;
    }
    if (!(t = tr_tree(tr, ctx, part, *p, NULL))) {
      json_decref(data);
      return false;
    }
    json_object_set_new(data, *p, t);
  }
  b->ev.data = keep_json(b, data);
  b->ev.text = str(data, "title");
  return true;
}

/* The lines of an ending's summary ({text, args}) or credits (strings), each
** translated as a unit of the "ending" context; NULL and err on a bad one. */
static json_t *ending_lines(const Tr *tr, const json_t *items)
{
  json_t *out = json_array(), *it;
  size_t i;
  json_array_foreach(items, i, it) {
    const json_t *args = json_object_get(it, "args");
    const char *src = json_is_string(it) ? json_string_value(it) : str(it, "text");
    char *t = tr_unit(tr, "ending", src, NULL, json_is_object(args) ? args : NULL, NULL);
    if (!t) {
      json_decref(out);
      return NULL;
    }
    json_array_append_new(out, json_string(t));
    free(t);
  }
  return out;
}

bool event_ending(EventBuf *b, const Tr *tr, const json_t *req)
{
  json_t *data = json_object(), *summary, *credits;
  char *title = tr_unit(tr, "ending", str(req, "title"), NULL, NULL, NULL);
  summary = ending_lines(tr, json_object_get(req, "summary"));
  credits = summary ? ending_lines(tr, json_object_get(req, "credits")) : NULL;
  if (!credits) {
    free(title);
    json_decref(summary);
    json_decref(data);
    return false;
  }
  event_reset(b, EVENT_ENDING);
  json_object_set_new(data, "id", json_string(str(req, "id")));
  json_object_set_new(data, "title", json_string(title ? title : ""));
  json_object_set_new(data, "summary", summary);
  json_object_set_new(data, "credits", credits);
  free(title);
  b->ev.data = keep_json(b, data);
  b->ev.text = str(data, "title");
  return true;
}
