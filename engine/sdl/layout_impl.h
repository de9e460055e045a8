/*
** layout_impl: the Layout itself, shared by layout.c (the page's model) and
** the panel painters (panel_*.c), which read the lines and the choice and keep
** their own layout caches in it (the broken lines, where the page starts).
** Internal to the window; app.c and the tests see layout.h only.
*/
#ifndef FICELLE_LAYOUT_IMPL_H
#define FICELLE_LAYOUT_IMPL_H

#include <stddef.h>
#include <jansson.h>

#include "draw.h"
#include "layout.h"

typedef struct Entry {
  unsigned long seq; /* the page line it shows (StoryLine.seq) */
  char *speaker;     /* NULL for narration */
  char *text;
  char style[16]; /* narration, speech, note, choice */
  bool grouped;   /* painters': follows a line from the same speaker (no name again) */
  char stamp[40]; /* the screen's `clock` when the line came ("" if none): a chat's time */
  DrawPara para;  /* painters' cache: the text laid out */
  DrawPara name;  /* painters' cache: the speaker laid out */
  char *other;    /* the line in the other language (a language class), or NULL */
  DrawPara opara; /* painters' cache: that laid out */
} Entry;

struct Layout {
  char name[32];
  char side[16];
  int chapter; /* the running head: number and title */
  char chapter_title[96];
  json_t *binds; /* owned: the bindings of the screen shown */
  unsigned page; /* the page serial of the lines in log */
  bool synced;   /* log shows a page (false after a reset) */
  Entry *log;
  int nlog, cap;
  /* The lines painter's: the first entry shown, and the newest line when the
  ** page last turned or was fitted. */
  int page_start;
  unsigned long turned;
  bool choosing;
  char *prompt;
  char **options;
  int noptions;
  json_t *task;       /* owned copy of the CHOICE's task, or NULL */
  DrawPara *opt_para; /* painters' cache: the options laid out (once per change of size) */
  DrawPara prompt_para;
  /* A task's life on screen: when it came (its timer runs from then), the
  ** targets the reader ticked on its picture, and once answered the task and
  ** the option taken, kept on the card while the narration speaks of it. */
  Uint32 task_t0;
  unsigned picked;        /* bit i: target i ticked */
  json_t *answered;       /* owned: the task answered, or NULL */
  json_t *answered_binds; /* owned: the bindings when it was answered */
  int answered_choice;
  unsigned answered_picked;
  /* The latest change of a figure on the same screen (the balance after a
  ** task): its binding, by how much, and when, for a bar's "+0,03 €". */
  char delta_key[32];
  double delta;
  Uint32 delta_t;
  Uint32 t0; /* when the newest line began to be typed */
  bool done; /* the newest line is shown whole */
  int cps;
};

/* How long a figure's change is shown beside it, in ms. */
#define LAYOUT_DELTA_MS 2500

/* The targets of a task's picture that the reader ticks (its `grid` cut in
** cells, or its `boxes`), in the picture's units; returns how many (at most
** max). */
int layout_targets(const json_t *task, SDL_FRect *out, int max);

/* Bytes of the newest line the typewriter shows at `now` (SIZE_MAX: all). */
size_t layout_revealed(const Layout *L, Uint32 now);

#endif
