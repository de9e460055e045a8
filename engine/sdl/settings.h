/*
** settings: what the reader chose for the window (its size, fullscreen, the
** language, the text's size and speed, auto-forward's pace, what skip skips,
** OpenDyslexic, high contrast), kept in settings.json in the user's folder
** beside the saves. The Preferences screen (screen_prefs) shows them all.
*/
#ifndef FICELLE_SETTINGS_H
#define FICELLE_SETTINGS_H

#include <stdbool.h>

typedef struct Settings {
  int width, height; /* the window's size in points, windowed */
  bool fullscreen, dyslexic;
  bool bilingual; /* the other language under each line (a language class) */
  bool contrast;  /* the high-contrast palette on every screen */
  bool skip_all;  /* Ctrl skips unread text too; false: only what was seen */
  bool quick;     /* the quick menu under the page (H shows or hides it) */
  bool voice;     /* self-voicing (V): lines, options and buttons said aloud */
  int speed;      /* typewriter, characters a second; 0: at once */
  int auto_pace;  /* auto-forward: ms of reading a character (+ 1.2 s a line) */
  float text_scale;
  char lang[16]; /* "": the story's own language */
} Settings;

/* The steps the Preferences screen goes through (text sizes smallest first,
** speeds slowest first, auto-forward's waits shortest first);
** none wraps round at its ends. settings_step() moves `value` d steps (to the
** nearest step first, for a value written by hand) and returns the new value;
** settings_step_at() says which step a value is (0 .. n-1). */
#define SETTINGS_SIZES 6 /* text scale: 0.85 to 1.6 by 0.15 */
#define SETTINGS_SPEEDS 4
#define SETTINGS_PACES 6
float settings_size_step(float scale, int d);
int settings_size_at(float scale);
int settings_speed_step(int speed, int d);
int settings_speed_at(int speed);
int settings_pace_step(int pace, int d);
int settings_pace_at(int pace);

/* Fills s with the defaults (1280x720, windowed, 45 characters a second, text
** scale 1, auto-forward 45 ms a character, skip of seen text only), then with what settings.json says where it says it well: a width
** under 320, a height under 240, a text scale out of 0.7..2 or a pace out of
** 5..500 ms is ignored. A
** missing or unreadable file leaves the defaults; never fails. */
void settings_load(Settings *s);
/* Writes s to settings.json; a failure is reported on stderr, not fatal. */
void settings_save(const Settings *s);

#endif
