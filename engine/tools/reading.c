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

int reading_words_run(Story *s, FILE *out)
{
  const json_t *defs = story_declarations(s), *c, *langs = story_languages(s);
  json_t *table = json_object();
  size_t i, k;
  int status = 0;
  char lang0[16];
  snprintf(lang0, sizeof lang0, "%s", story_language(s));
  for (k = 0; k <= json_array_size(langs) && !status; k++) {
    /* the source first, then each translation */
    const char *lang = k == 0 ? "fr" : json_string_value(json_array_get(langs, k - 1));
    if (k > 0 && strcmp(lang, "fr") == 0)
      continue;
    if (!story_set_language(s, lang))
      continue;
    json_array_foreach(defs, i, c) {
      int number = (int)json_integer_value(json_object_get(c, "number"));
      const char *id = json_string_value(json_object_get(c, "id"));
      json_t *path = reading_path(s, number), *entry;
      if (!path) {
        fprintf(stderr, "words: chapter %d cannot be read along its main path\n", number);
        status = 1;
        break;
      }
      if (!(entry = json_object_get(table, id))) {
        entry = json_object();
        json_object_set_new(table, id, entry);
      }
      json_object_set_new(entry, lang, json_integer(reading_path_words(path)));
      json_decref(path);
    }
  }
  story_set_language(s, lang0);
  fputs("-- story/reading/words.lua: each chapter's words along its main path (the\n"
        "-- first option of every choice), in each language, and the minutes a fluent\n"
        "-- reader takes, as the chapter menu shows them. Written by `ficelle words\n"
        "-- --dev --no-mods > story/reading/words.lua`; do not edit (a test compares).\n"
        "return {\n",
        out);
  json_array_foreach(defs, i, c) {
    const char *id = json_string_value(json_object_get(c, "id")), *lang;
    const json_t *entry = json_object_get(table, id), *n;
    if (!entry)
      continue;
    fprintf(out, "  %s = {\n    words = {", id);
    json_object_foreach((json_t *)entry, lang, n)
      fprintf(out, " %s = %d,", lang, (int)json_integer_value(n));
    fputs(" },\n    minutes = {", out);
    json_object_foreach((json_t *)entry, lang, n)
      fprintf(out, " %s = %d,", lang,
              (int)((json_integer_value(n) + READING_FLUENT - 1) / READING_FLUENT));
    fputs(" },\n  },\n", out);
  }
  fputs("}\n", out);
  json_decref(table);
  return status;
}
