/*
** story_impl: the Story itself, shared by story.c (the API) and play.c (the
** step machine's moves, which story.c calls and which call nothing of
** story.c's). Internal to the core; frontends and tools see story.h only.
*/
#ifndef FICELLE_STORY_IMPL_H
#define FICELLE_STORY_IMPL_H

#include "err.h"
#include "event.h"
#include "heads.h"
#include "i18n.h"
#include "lines.h"
#include "scene.h"
#include "story.h"
#include "timeline.h"
#include "view.h"

typedef enum Phase {
  PH_IDLE,    /* not begun */
  PH_CHAPTER, /* a chapter's title card is shown */
  PH_SCENE,   /* a scene waits at a request */
  PH_CARD,    /* a chapter's discussion card is shown */
  PH_ENDING,  /* an ending is shown */
  PH_END,
  PH_ERROR
} Phase;

/* A step rolled back, kept to roll forward without running the scripts: the
** input and what was seen when it was given (the rollback showed that), the
** checkpoints taken after it, what was seen before the rollback, and the
** history's lines read since. */
typedef struct Ahead {
  int input;
  Mark before, after;
  Later later;
  Lines lines;
} Ahead;

struct Story {
  StoryOptions opt;
  StoryInterrupt interrupt; /* story_set_interrupt() */
  void *interrupt_ud;
  Scene *sc;                /* NULL if the engine's own Lua failed at a reload */
  bool watching;            /* story_watch: the checker watches some variables */
  char load_error[ERR_MAX]; /* why the story's files did not load ("" if they did) */
  char load_file[256];
  int load_line;
  json_t *defs;      /* the chapters as declared, sorted by number; those kept
                        in the heads and not yet needed hold only their id,
                        number, side and file (load_def completes one) */
  json_t *summaries; /* the ids of those: id -> true */
  Heads *heads;      /* the heads' cache read at the opening (heads.h), which
                        the scene's kept chapters point into; NULL with
                        load_all */
  json_t *chapters;  /* ... as story_chapters() gives them: entry i is
                        translated once chapter_done[i] (load.c) */
  bool *chapter_done;
  json_t *scenes, *warnings, *languages;
  bool declared;       /* scenes and warnings are those of the files read */
  char late_file[256]; /* where a file read late (load_file) failed */
  int late_line;

  char lang[16];
  Catalog *cat;        /* NULL for the source language */
  Catalog *aside;      /* story_page_in's language's catalog (NULL: none or fr) */
  char aside_lang[16]; /* ... and that language ("": none loaded) */
  json_t *ui;
  StoryCollector collect;
  void *collect_ud;
  json_t *typeset; /* Tr's, for the tools (opt.no_history); else NULL */

  Phase phase;
  int chapter;
  int asked; /* the chapter story_begin was last asked for: a reload of a
                story that never began (it did not load) begins it there */
  char scene[128];
  Rng rng;
  Entries *entries; /* the scenes entered, as the scripts count them (kept
                       here as scene_enter counts, not read back from Lua at
                       every checkpoint: that cost grew with the scenes
                       visited); shared with the checkpoints */
  json_t *setvars;  /* story_set_var() before begin */
  Vars *vars;       /* the variables at the latest checkpoint taken or
                       applied, shared with it: the next one is what the
                       scripts changed over them (NULL: read them whole) */

  View view; /* the layout, its bindings, the page */
  Lines history;
  Timeline tl;

  EventBuf eb;       /* the current event */
  json_t *raw;       /* the request it came from (a line, a choice, an ending) */
  json_t *raw_vars;  /* the variables its placeholders were shown with, or NULL */
  bool stale;        /* a rollback showed an earlier event without running the
                        scripts: they are further on, and the latest checkpoint
                        and its inputs are where to replay them to */
  char ev_file[256]; /* where the script is */
  int ev_line;
  json_t *cp_info;     /* story_checkpoint()'s answer */
  int resumed_chapter; /* story_restore_chapter() */
  json_t *data_cache;
  struct {
    Ahead *items; /* the steps rolled back, the latest last: story_forward() */
    int n, cap;
  } ahead;
};

/* play.c */
/* What the reader sees now, for a rollback to show it again. */
Mark play_mark(const Story *s);
/* The translator for what the story shows now; collect: tell the collector. */
Tr play_tr(const Story *s, bool collect);
/* The variables if `shown` has placeholders (a new reference), else NULL. */
json_t *play_vars(Story *s, const json_t *shown);
/* Fills in what every event says of the screen and of where it comes from. */
const Event *play_stamp(Story *s);
/* The story enters its error state with this message. */
const Event *play_fail(Story *s, const char *file, int line, const char *fmt, ...) ERR_PRINTF(4, 5);
/* A chapter as declared, or NULL; a string field of a declaration. */
const json_t *play_def(const Story *s, int number);
const char *play_str(const json_t *def, const char *key);
/* The current event built again (a new language). */
void play_rebuild(Story *s);
/* Begins a chapter: its defaults, a page break, a checkpoint, its title card. */
void play_start_chapter(Story *s, const json_t *def);
/* The logged form of an input to the current event: 0, or the script's number
** of the option taken; -1 if the input does not answer the event. */
int play_input(const Story *s, const Input *in);
/* Moves on with a logged input (validated by play_input). */
void play_advance(Story *s, int input);
/* After a rollback, the event the reader saw when the latest input was given
** (m, from timeline_back), shown again without running the scripts: the story
** is stale until play_settle(). */
void play_back(Story *s, const Mark *m);
/* Brings the scripts to the event shown (one replay from the latest
** checkpoint) if a rollback left them further on; nothing otherwise. */
void play_settle(Story *s);
/* Applies cp and replays log; on a mismatch, stays at the checkpoint (false).
** The latest checkpoint becomes cp (copied); the older ones are kept. */
bool play_restore(Story *s, const Checkpoint *cp, const InputLog *log, int history);
/* A data file (kind "layouts" or "images") as JSON, cached: story_data(). NULL
** and err if there is none (with the nearest name there is) or it is broken. */
const json_t *play_data(Story *s, const char *kind, const char *name);
/* Translates the view's bindings (vars may be NULL). */
bool play_translate(Story *s, const json_t *vars);
/* `layout` and `bind` from the running scene (a SceneScreenFn). */
bool play_on_screen(void *ud, const char *name, const json_t *bindings, bool merge,
                    SceneVarsFn vars, void *ctx);

/* load.c */
/* Opens the sandbox and runs the story's files: every one if opt.load_all,
** else the heads of the chapters' files (the rest read by load_file); reads
** what they declare. A head whose file has not changed since the last run is
** not run again (its declarations are kept in the write dir), unless fresh
** (a writer's reload). False only if the engine's own Lua fails; a story file
** that fails is kept in load_error, for story_begin() to show. */
bool load_story(Story *s, bool fresh);
/* def (one of s->defs) whole: a chapter kept in the heads and not yet needed
** is completed from its declaration (parsed now). Returns def; NULL for NULL.
** (s is const as its callers' are: only the declarations' cache is filled.) */
json_t *load_def(const Story *s, json_t *def);
/* Every chapter of s->defs whole (what judges them all: --set, the tools). */
void load_defs(const Story *s);
/* Reads the rest of a file whose head only ran, and its catalogs: false and
** err (late_file, late_line: where) if it fails, each time it is asked. */
bool load_file(Story *s, const char *path);
/* Undoes load_file for a file the reader can no longer go back to: its
** scenes, its catalogs and its chapters in Lua (scene_unload_file), read
** again when asked for. False if there was nothing to drop. */
bool load_drop_file(Story *s, const char *path);
/* Makes every chapter's declaration whose file is not in `files` (an array
** of paths, borrowed) a summary again (id, number, side and file), completed
** by load_def when it is next asked for: what a long playthrough holds of
** the declarations stays what the chapters around it need. Nothing with
** load_all: the tools hold declarations as story_declarations() gave them. */
void load_summarise(Story *s, const json_t *files);
/* Makes sure the file of scene id is read: 1 if the scene is there now, 0 if
** no file declares it, -1 if a file failed (as load_file). */
int load_scene(Story *s, const char *id);
/* The scenes of the files read so far ({id, file, line, last}). Borrowed. */
const json_t *load_scenes(Story *s);
/* Reads every file not read yet (tools); false if one failed. */
bool load_all(Story *s);
/* A catalog of lang with the files not read yet left out. NULL and err. */
Catalog *load_catalog(const Story *s, const char *lang);
/* story_chapters(): every entry translated (their catalogs read); one entry,
** or NULL; and all made again untranslated (a new language, new chapters). */
const json_t *load_chapters(Story *s);
const json_t *load_chapter(Story *s, int number);
void load_chapters_reset(Story *s);

#endif
