/*
** settings: the reader's settings.json, read once at start-up with defaults
** and ranges, written when the window closes.
*/
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
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
  s->contrast = false;
  s->skip_all = false;
  s->quick = true;
  s->voice = false;
  s->speed = 45;
  s->auto_pace = 45;
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
  if (json_is_boolean(v = json_object_get(o, "contrast")))
    s->contrast = json_is_true(v);
  if (json_is_boolean(v = json_object_get(o, "skip_all")))
    s->skip_all = json_is_true(v);
  if (json_is_boolean(v = json_object_get(o, "quick_menu")))
    s->quick = json_is_true(v);
  if (json_is_boolean(v = json_object_get(o, "voice")))
    s->voice = json_is_true(v);
  if (json_is_integer(v = json_object_get(o, "speed")))
    s->speed = (int)json_integer_value(v);
  if (json_is_integer(v = json_object_get(o, "auto_pace")) && json_integer_value(v) >= 5
      && json_integer_value(v) <= 500)
    s->auto_pace = (int)json_integer_value(v);
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
      json_pack("{s:i, s:i, s:b, s:b, s:b, s:b, s:b, s:b, s:b, s:i, s:i, s:f, s:s}", "width",
                s->width, "height", s->height, "fullscreen", s->fullscreen, "dyslexic", s->dyslexic,
                "bilingual", s->bilingual, "contrast", s->contrast, "skip_all", s->skip_all,
                "quick_menu", s->quick, "voice", s->voice, "speed", s->speed, "auto_pace",
                s->auto_pace, "text_scale", (double)s->text_scale, "lang", s->lang);
  char *text = o ? json_dumps(o, JSON_INDENT(2) | JSON_SORT_KEYS) : NULL;
  if (text && !vfs_write(SETTINGS_PATH, text, strlen(text)))
    fprintf(stderr, "ficelle: settings not saved: %s\n", err_get());
  free(text);
  json_decref(o);
}

/* ---- the steps ------------------------------------------------------------ */

static const int speeds[SETTINGS_SPEEDS] = { 25, 45, 90, 0 };        /* 0: at once, the fastest */
static const int paces[SETTINGS_PACES] = { 15, 20, 30, 45, 60, 80 }; /* the shortest wait first */

/* The step nearest v among n values; a speed of 0 (at once) is its own step. */
static int nearest(const int *steps, int n, int v)
{
  int best = -1;
  for (int i = 0; i < n; i++) {
    if ((steps[i] == 0) != (v <= 0))
      continue;
    if (best < 0 || abs(steps[i] - v) < abs(steps[best] - v))
      best = i;
  }
  return best < 0 ? 0 : best;
}

static int clamp_step(int i, int n)
{
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}

int settings_size_at(float scale)
{
  return clamp_step((int)lroundf((scale - 0.85f) / 0.15f), SETTINGS_SIZES);
}

float settings_size_step(float scale, int d)
{
  return 0.85f + 0.15f * (float)clamp_step(settings_size_at(scale) + d, SETTINGS_SIZES);
}

int settings_speed_at(int speed)
{
  return nearest(speeds, SETTINGS_SPEEDS, speed);
}

int settings_speed_step(int speed, int d)
{
  return speeds[clamp_step(settings_speed_at(speed) + d, SETTINGS_SPEEDS)];
}

int settings_pace_at(int pace)
{
  return nearest(paces, SETTINGS_PACES, pace);
}

int settings_pace_step(int pace, int d)
{
  return paces[clamp_step(settings_pace_at(pace) + d, SETTINGS_PACES)];
}
