/*
** settings: what the reader chose for the window (its size, fullscreen, the
** language, the text's size and speed, OpenDyslexic), kept in settings.json in
** the user's folder beside the saves.
*/
#ifndef FICELLE_SETTINGS_H
#define FICELLE_SETTINGS_H

#include <stdbool.h>

typedef struct Settings {
  int width, height; /* the window's size in points, windowed */
  bool fullscreen, dyslexic;
  bool bilingual; /* the other language under each line (a language class) */
  bool voice;     /* self-voicing (V): lines, options and buttons said aloud */
  int speed;      /* typewriter, characters a second; 0: at once */
  float text_scale;
  char lang[16]; /* "": the story's own language */
} Settings;

/* Fills s with the defaults (1280x720, windowed, 45 characters a second, text
** scale 1), then with what settings.json says where it says it well: a width
** under 320, a height under 240 or a text scale out of 0.7..2 is ignored. A
** missing or unreadable file leaves the defaults; never fails. */
void settings_load(Settings *s);
/* Writes s to settings.json; a failure is reported on stderr, not fatal. */
void settings_save(const Settings *s);

#endif
