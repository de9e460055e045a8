/*
** reading: a chapter as a class reads it on paper, along its main path (the
** first option of every choice), gathered into plain data for the handout and
** the teacher's pack (see tools.h); and what a chapter's notes for teachers
** say (story/teacher/<id>.lua).
*/
#include <stdio.h>
#include <string.h>

#include "tools/tools.h"

static json_t *str(const char *s)
{
  return json_string(s ? s : "");
}

/* The item an event is on the page, or NULL if it is none. */
static json_t *item_of(Story *s, const Event *ev)
{
  json_t *it = NULL;
  switch (ev->kind) {
  case EVENT_LINE:
    it = json_pack("{s:s, s:o, s:o, s:o}", "kind", "line", "text", str(ev->text), "style",
                   str(ev->style), "scene", str(ev->scene));
    if (ev->speaker)
      json_object_set_new(it, "who", str(ev->speaker));
    break;
  case EVENT_CHOICE: {
    json_t *options = json_array();
    it =
        json_pack("{s:s, s:o, s:o}", "kind", "choice", "scene", str(ev->scene), "options", options);
    for (int i = 0; i < ev->noptions; i++)
      json_array_append_new(options, str(ev->options[i].text));
    if (ev->text)
      json_object_set_new(it, "prompt", str(ev->text));
    if (ev->data) {
      const char *image = json_string_value(json_object_get(ev->data, "image"));
      json_object_set_new(it, "task", json_deep_copy(ev->data));
      if (image && story_data(s, "images", image))
        json_object_set_new(it, "drawing", json_deep_copy(story_data(s, "images", image)));
    }
    break;
  }
  case EVENT_ENDING:
    it = json_pack("{s:s, s:o, s:o}", "kind", "ending", "text", str(ev->text), "scene",
                   str(ev->scene));
    break;
  default: break;
  }
  return it;
}

json_t *reading_path(Story *s, int chapter)
{
  const Event *ev = story_begin(s, chapter > 0 ? chapter : 1);
  json_t *path, *items;
  if (ev->kind != EVENT_CHAPTER) {
    fprintf(stderr, "%s\n", ev->text ? ev->text : "the chapter does not begin");
    return NULL;
  }
  items = json_array();
  path = json_pack("{s:o, s:i, s:o, s:o, s:o}", "title", str(ev->text), "number", ev->chapter, "id",
                   json_deep_copy(json_object_get(ev->data, "id")), "side",
                   json_deep_copy(json_object_get(ev->data, "side")), "items", items);
  for (int guard = 0; guard < 100000; guard++) {
    bool choice = ev->kind == EVENT_CHOICE;
    json_t *it;
    ev = story_step(s, &(Input){ choice ? INPUT_CHOICE : INPUT_CONTINUE, 0, NULL });
    if ((it = item_of(s, ev)))
      json_array_append_new(items, it);
    switch (ev->kind) {
    case EVENT_CARD:
    case EVENT_END:
    case EVENT_CHAPTER:
    case EVENT_ENDING:
      if (ev->kind == EVENT_CARD)
        json_object_set_new(path, "card", json_deep_copy(ev->data));
      json_object_set_new(path, "vars", story_vars(s));
      return path;
    case EVENT_ERROR:
      fprintf(stderr, "%s\n", ev->text);
      json_decref(path);
      return NULL;
    default: break;
    }
  }
  fprintf(stderr, "the chapter does not end\n");
  json_decref(path);
  return NULL;
}

int reading_words(const char *text)
{
  /* as wc -w counts them: runs of anything but spaces (a narrow no-break
  ** space binds "6 h 12" or "cran :" into one), here only those holding a
  ** letter or a digit (a dash alone is no word) */
  int n = 0;
  bool word = false;
  for (const unsigned char *p = (const unsigned char *)text; p && *p; p++) {
    bool space = *p == ' ' || (*p >= '\t' && *p <= '\r');
    bool letter =
        *p >= 0x80 || (*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z');
    if (space)
      word = false;
    else if (letter && !word) {
      n++;
      word = true;
    }
  }
  return n;
}

int reading_path_words(const json_t *path)
{
  const json_t *it, *o;
  size_t i, k;
  int n = 0;
  json_array_foreach(json_object_get(path, "items"), i, it) {
    const json_t *task = json_object_get(it, "task");
    n += reading_words(json_string_value(json_object_get(it, "text")));
    n += reading_words(json_string_value(json_object_get(it, "prompt")));
    json_array_foreach(json_object_get(it, "options"), k, o)
      n += reading_words(json_string_value(o));
    n += reading_words(json_string_value(json_object_get(task, "question")));
    n += reading_words(json_string_value(json_object_get(task, "text")));
    n += reading_words(json_string_value(json_object_get(task, "a")));
    n += reading_words(json_string_value(json_object_get(task, "b")));
  }
  return n;
}

const json_t *reading_notes(Story *s, const json_t *path)
{
  const char *id = json_string_value(json_object_get(path, "id"));
  char name[128];
  snprintf(name, sizeof name, "%s", id ? id : "");
  return name[0] && story_data(s, "teacher", name) ? story_data(s, "teacher", name) : NULL;
}

const char *reading_text(const json_t *field, const char *lang)
{
  const json_t *t;
  if (json_is_string(field))
    return json_string_value(field);
  if ((t = json_object_get(field, lang)) && json_is_string(t))
    return json_string_value(t);
  return json_string_value(json_object_get(field, "fr"));
}
