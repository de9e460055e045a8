/*
** story_impl: what story.c (the step machine) and event.c (the events it shows)
** share: the Story itself. Internal to the core; frontends see story.h only.
*/
#ifndef FICELLE_STORY_IMPL_H
#define FICELLE_STORY_IMPL_H

#include <lua.h>

#include "err.h"
#include "i18n.h"
#include "rng.h"
#include "script.h"
#include "state.h"
#include "story.h"

#define MAX_PAST 256        /* older checkpoints kept for rollback */
#define MAX_PASSIVE 10000   /* screen changes in a row without a line or choice */
#define DEFAULT_SEED 0x43454E54494D4553ull

typedef enum Phase {
  PH_IDLE,      /* not begun */
  PH_CHAPTER,   /* a chapter's title card is shown */
  PH_SCENE,     /* a scene waits at a request */
  PH_CARD,      /* a chapter's discussion card is shown */
  PH_ENDING,    /* an ending is shown */
  PH_END,
  PH_ERROR
} Phase;

typedef struct Past {
  Checkpoint cp;
  InputLog log;
  int history;
} Past;

struct Story {
  StoryOptions opt;
  Script *sc;
  lua_State *L;
  int module;               /* registry ref of lua/ficelle/story.lua's table */
  char load_error[1024];    /* why the scripts did not load ("" if they did) */
  char load_file[256];
  int load_line;
  json_t *chapter_defs;     /* the chapters as declared, sorted by number */
  json_t *chapters;         /* ... as story_chapters() gives them */
  json_t *scenes, *warnings, *languages;

  char lang[16];
  Catalog *cat;             /* NULL for the source language */
  json_t *ui;

  Phase phase;
  lua_State *co;            /* the scene's coroutine, kept alive by co_ref */
  int co_ref;
  int chapter;
  char scene[128];
  Rng rng;
  char *layout;
  json_t *bindings;         /* as the script gave them */
  json_t *tbindings;        /* translated */
  json_t *bindctx;          /* binding -> the scene that set it: its translation
                               context, kept when the screen outlives the scene */
  json_t *setvars;          /* story_set_var() before begin */

  Checkpoint cp;            /* the latest checkpoint and the inputs since */
  InputLog log;
  int cp_history;           /* history length at the checkpoint */
  Past past[MAX_PAST];
  int npast;
  unsigned long serial;

  Event ev;                 /* the current event and what it points into */
  json_t *raw;              /* the request it came from */
  char ev_file[256];
  int ev_line;
  json_t *pool;             /* strings and data of the current event */
  EventOption *opts;
  int opts_cap;
  long passive_run;          /* passive events in a row (a scene that only changes the screen) */

  StoryHistory *hist;
  int nhist, hist_cap;

  json_t *data_cache;
  StoryCollector collect;
  void *collect_ud;
};

static inline const char *json_str(const json_t *obj, const char *key)
{
  return json_string_value(json_object_get(obj, key));
}

/* story.c */
json_t *story_module_json(Story *s, const char *field);  /* a field of the API's table, as JSON (new ref) */
json_t *story_vars_now(Story *s);                         /* the variables (new ref), or NULL and err */
const json_t *story_chapter_def(Story *s, int number);    /* a chapter as declared, or NULL */
void story_close_coroutine(Story *s);

/* event.c: each builds s->ev (and what it points into) from the story's state. */
void event_reset(Story *s, EventKind kind);
/* The story enters its error state with this message (file and line kept). */
const Event *event_fail(Story *s, const char *file, int line, const char *fmt, ...) ERR_PRINTF(4, 5);
/* Translates, fills and typesets one unit; the result lives until the next event.
** NULL (err set) if a placeholder has no value. */
const char *event_tr(Story *s, const char *context, const char *src, const char *pin,
                     const json_t *args, const char *file, int line);
void event_build(Story *s);      /* a line, a choice or a screen, from s->raw */
void event_chapter(Story *s);    /* the title card of s->chapter */
void event_card(Story *s);       /* the discussion card of s->chapter */
void event_ending(Story *s);     /* an ending, from s->raw */
bool event_bindings(Story *s);   /* translates s->bindings into s->tbindings */
void event_history_add(Story *s, const char *speaker, const char *text, const char *style);
void event_history_truncate(Story *s, int n);

#endif
