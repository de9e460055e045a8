/*
** settings: the reader's settings.json, read once at start-up with defaults
** and ranges, written when the window closes.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "err.h"
#include "settings.h"
#include "vfs.h"

#define SETTINGS_PATH VFS_USER "settings.json"
#define SETTINGS_MAX_BYTES ((size_t)64 << 10) /* a few hundred bytes when written here */

void settings_load(Settings *s)
{
  s->width = 1280;
  s->height = 720;
  s->fullscreen = false;
  s->dyslexic = false;
  s->bilingual = false;
  s->voice = false;
  s->speed = 45;
  s->text_scale = 1.0f;
  s->lang[0] = '\0';
  char *src = vfs_read_max(SETTINGS_PATH, SETTINGS_MAX_BYTES, NULL);
  json_t *o = src ? json_loads(src, 0, NULL) : NULL;
  free(src);
  if (!o)
    return;
  json_t *v;
  if (json_is_integer(v = json_object_get(o, "width")) && json_integer_value(v) >= 320
      && json_integer_value(v) <= 16384)
    s->width = (int)json_integer_value(v);
  if (json_is_integer(v = json_object_get(o, "height")) && json_integer_value(v) >= 240
      && json_integer_value(v) <= 16384)
    s->height = (int)json_integer_value(v);
  if (json_is_boolean(v = json_object_get(o, "fullscreen")))
    s->fullscreen = json_is_true(v);
  if (json_is_boolean(v = json_object_get(o, "dyslexic")))
    s->dyslexic = json_is_true(v);
  if (json_is_boolean(v = json_object_get(o, "bilingual")))
    s->bilingual = json_is_true(v);
  if (json_is_boolean(v = json_object_get(o, "voice")))
    s->voice = json_is_true(v);
  if (json_is_integer(v = json_object_get(o, "speed")))
    s->speed = (int)json_integer_value(v);
  if (json_is_number(v = json_object_get(o, "text_scale")))
    s->text_scale = (float)json_number_value(v);
  if (s->text_scale < 0.7f || s->text_scale > 2.0f)
    s->text_scale = 1.0f;
  if (json_is_string(v = json_object_get(o, "lang")))
    snprintf(s->lang, sizeof s->lang, "%s", json_string_value(v));
  json_decref(o);
}

void settings_save(const Settings *s)
{
  json_t *o =
      json_pack("{s:i, s:i, s:b, s:b, s:b, s:i, s:f, s:s}", "width", s->width, "height", s->height,
                "fullscreen", s->fullscreen, "dyslexic", s->dyslexic, "bilingual", s->bilingual,
                "speed", s->speed, "text_scale", (double)s->text_scale, "lang", s->lang);
  if (o)
    json_object_set_new(o, "voice", json_boolean(s->voice));
  char *text = o ? json_dumps(o, JSON_INDENT(2) | JSON_SORT_KEYS) : NULL;
  if (text && !vfs_write(SETTINGS_PATH, text, strlen(text)))
    fprintf(stderr, "ficelle: settings not saved: %s\n", err_get());
  free(text);
  json_decref(o);
}
