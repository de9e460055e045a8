/*
** story: the step API, the one door between a story and everything that shows it.
** A frontend (window, terminal) or a tool (checker, extract) opens a story, begins
** it, then answers each event it gets with an input: step(story, input) -> event.
** The core knows nothing of how events are drawn; determinism is the contract:
** the same scripts, starting state and inputs give the same events.
*/
#ifndef FICELLE_STORY_H
#define FICELLE_STORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

typedef struct Story Story;

typedef enum EventKind {
  EVENT_NONE,    /* nothing begun yet */
  EVENT_LINE,    /* a line to read; answer INPUT_CONTINUE */
  EVENT_CHOICE,  /* options to pick from (maybe a micro-task); answer INPUT_CHOICE */
  EVENT_CHAPTER, /* a chapter begins (its title card); answer INPUT_CONTINUE */
  EVENT_CARD,    /* a chapter ends: its discussion card; answer INPUT_CONTINUE */
  EVENT_ENDING,  /* the story ends on one of its endings; answer INPUT_CONTINUE */
  EVENT_ERROR,   /* a script failed; story_recover() goes back to the last checkpoint */
  EVENT_END      /* nothing more to play */
} EventKind;

typedef struct EventOption {
  const char *text; /* the label, translated and typeset */
  int index;        /* its number in the list as the script wrote it (1-based) */
} EventOption;

/*
** An event. Every pointer in it is owned by the story and stays valid until the
** next call that changes the story (step, begin, restore, rollback, reload,
** set_language). Strings are UTF-8, translated into the story's language, with
** French typography applied when the language is French.
**
** Every event also says what the screen is: the layout, its bindings and the
** page (story_page()). A frontend draws the screen from the event alone, after
** a step as after a restore, a rollback or a change of language: nothing has
** to be remembered from earlier events, and nothing is replayed to it.
*/
typedef struct Event {
  EventKind kind;
  const char *scene;   /* id of the scene being played ("" if none) */
  const char *file;    /* where the script produced it: "story/ch01_lundi.lua" */
  int line;            /* ... and the line (0 if unknown) */
  const char *speaker; /* LINE: who speaks; NULL for narration and notes */
  const char *text;    /* LINE: the text. CHOICE: the prompt or NULL.
                            CHAPTER, ENDING: the title. ERROR: the message. */
  const char *style;   /* LINE: "narration", "speech", "note", or in classroom
                            mode "discuss" (a discussion stop: its question;
                            data {minutes, facts: the chapter card's}) or
                            "summary" (a sensitive passage
                            told in short) */
  int noptions;        /* CHOICE: the options shown (hidden ones left out) */
  const EventOption *options;
  const char *layout;     /* the layout shown ("page", "platform", "chat", ...) */
  const json_t *bindings; /* what the layout shows: the scene's bindings,
                            translated (an object, never NULL) */
  unsigned screen;        /* changes when the layout or its bindings change
                            (or are translated again) */
  unsigned page;          /* changes when the page starts anew (another layout,
                            a chapter, a restore, a rollback, a language);
                            while it stays, the page only grows */
  const json_t *data;     /* CHOICE: the task (object:
                            kind, question, answers[], image, alt, text, a, b, pay,
                            seconds) or NULL. CHAPTER: {id, number, side, title}.
                            CARD: {chapter, title, questions[], facts[{text, source}],
                            vocabulary[{word, definition}]}. ENDING: {id, title}.
                            Borrowed: never freed or changed by the caller. */
  int chapter;            /* number of the chapter being played, 0 before any */
  const json_t *answered; /* the task last answered on the page, or NULL:
                            {task (as data above), answer (its position in
                            task.answers), bindings (the screen's when it was
                            answered)}. A frontend keeps the task on its card
                            from it, after a rollback or a restore too.
                            Borrowed, as data. */
} Event;

typedef enum InputKind {
  INPUT_CONTINUE, /* go on past a line, card, chapter or ending */
  INPUT_CHOICE,   /* pick options[choice] (0-based position in the event) */
  INPUT_VALUE     /* pick the option whose script value is `value` (a screen
                            that routes clicks by value rather than position) */
} InputKind;

typedef struct Input {
  InputKind kind;
  int choice;
  const char *value;
} Input;

typedef struct StoryOptions {
  const char *lang;        /* "fr" (the source) or a catalog's language */
  uint64_t seed;           /* the story's random generator; 0: a fixed default */
  long instruction_budget; /* Lua instructions per step; 0: the default (50 M) */
  size_t memory_cap;       /* bytes the scripts may hold; 0: the default (256 MiB) */
  bool classroom;          /* a class reads together (story_set_classroom) */
  double step_seconds;     /* wall clock a step may take; 0: the default (5 s) */
  bool load_all;           /* read every story file and catalog at once (tools that
                            judge the whole story); else a chapter's scenes and
                            catalogs are read when first needed */
  bool no_history;         /* keep no reader's history (tools that only play:
                            story_history has nothing, a save or place
                            restored does not lay out its page's lines again,
                            and a line's typesetting is done once a text) */
} StoryOptions;

/* Opens the story found in the vfs (lua/ and story/). Returns NULL (and err_get())
** only if the engine's own Lua files cannot run; a broken story file opens, and
** story_begin() then returns its error as an EVENT_ERROR. Unless opt.load_all,
** only the chapters' declarations are read (the head of each chapter's file):
** a chapter's scenes and catalogs are read when the story first goes there,
** and a file that fails then gives an EVENT_ERROR with its file and line. */
Story *story_open(const StoryOptions *opt);
void story_close(Story *s);

/* Classroom mode, for the next story_begin: the story's discussion stops are
** shown (LINE, style "discuss") and the lines of its sensitive passages give
** way to their summary (LINE, style "summary"); otherwise neither is shown.
** Saves and inputs are played in the mode they were made in: a frontend in
** classroom mode neither writes nor loads the reader's saves. */
void story_set_classroom(Story *s, bool on);
bool story_classroom(const Story *s);
/* Asked every 50 ms while a step runs, on the thread that steps: true stops
** the step, which then ends in an EVENT_ERROR (the reader closed the window
** while a scene looped). fn NULL: none. */
typedef bool (*StoryInterrupt)(void *ud);
void story_set_interrupt(Story *s, StoryInterrupt fn, void *ud);

/* A chapter's preset (its `presets`, a way the earlier chapters might have
** gone: the index in story_chapters()'s "presets"), for the next story_begin;
** index -1 sets nothing again (the chapter's defaults). Replaces what
** story_set_var() set. False and err if the chapter has no such preset. */
bool story_preset(Story *s, int chapter, int index);
/* Whether story_set_var() or story_preset() has set anything for the next
** story_begin. */
bool story_has_sets(const Story *s);
/* What is set for the next story_begin (story_set_var, story_preset): an
** object, name -> value. Borrowed; changed by the next of those calls. */
const json_t *story_sets(const Story *s);
/* Sets for the next story_begin exactly the variables of vars (an object,
** name -> any JSON value; NULL: none), in place of what was set: the checker
** begins a chapter from each state earlier chapters leave it in. The values
** are not checked against the declarations. */
void story_set_vars(Story *s, const json_t *vars);

/* Starts the story: chapter 0 or 1 from its beginning, chapter n from its first
** scene with the chapters' defaults for what earlier chapters would have set. */
const Event *story_begin(Story *s, int chapter);
/* Answers the current event. A wrong input (a choice out of range, a choice to a
** line) returns the same event again, unchanged, and records nothing. */
const Event *story_step(Story *s, const Input *in);
const Event *story_event(const Story *s);

/* Sets a variable before story_begin() (as a teacher's "what if"): value is a
** number, true, false, or else taken as a string. False and err (with the
** nearest name) if no chapter reads a variable of that name. */
bool story_set_var(Story *s, const char *name, const char *value);
/* The variables now, as a JSON object: a new reference the caller releases
** (NULL and err if one cannot be saved). */
json_t *story_vars(Story *s);

/* The chapters: an array of {id, number, side, title, presets, endings} sorted by
** number, titles and the presets' labels (an array of strings) translated
** (which reads every chapter's catalog). Borrowed; made again only by a change
** of language or a reload. */
const json_t *story_chapters(Story *s);
/* One chapter's entry as story_chapters() gives it (only its catalog read),
** or NULL if there is no chapter `number`. Borrowed, as above. The number of
** chapters without translating or reading any: story_chapter_count(). */
const json_t *story_chapter(Story *s, int number);

const char *story_language(const Story *s);
/* Switches language at run time; the current event is translated again.
** False (and err) if there is no catalog for lang. */
bool story_set_language(Story *s, const char *lang);
/* The languages offered: "fr" and each folder of story/i18n/. Borrowed array. */
const json_t *story_languages(Story *s);
/* An interface string ("menu.new_game") in the current language, from
** lua/i18n/<lang>.json; the key itself if none. */
const char *story_ui(Story *s, const char *key);
/* A story file's path as the writer finds it, into out: a mod's file under
** its folder ("mods/NAME/story/x.lua"), the base game's as it is. */
const char *story_file_where(const char *file, char *out, size_t size);
/* An error event as "file:line: message", its file named by story_file_where,
** into out. What the error screen, the terminal and the tools show. */
const char *story_error_text(const Event *ev, char *out, size_t size);
/* An interface template ("menu.setting": "{label} : {value}") filled with
** args (an object of strings and numbers), typeset as the story's text is:
** malloc'd, the caller frees it. The key itself if there is no such string. */
char *story_ui_format(Story *s, const char *key, const json_t *args);

/* A save: the last checkpoint and the inputs since, as text (malloc'd, the caller
** frees it). NULL before story_begin(). */
char *story_save(Story *s, size_t *len);
/* Loads a save and replays it. Returns NULL (err says why) if the save is damaged
** or of another format; the story is then unchanged. If the scripts changed and
** the replay no longer fits, resumes at the checkpoint and sets *diverged. If
** the save's scene is no longer in the story (renamed or removed by an edit),
** resumes at the start of its chapter (its title card), with the save's
** variables, and sets *diverged too: see story_restore_chapter(). */
const Event *story_restore(Story *s, const char *save, size_t len, bool *diverged);
/* A place in the story kept in memory: what a save holds (the last checkpoint
** and the inputs since), not written out. Taking one costs the inputs since
** the checkpoint, whatever the size of the variables (they are shared); the
** checker keeps one at every choice. NULL before story_begin(). Freed with
** story_place_free (NULL is let be). */
typedef struct StoryPlace StoryPlace;
StoryPlace *story_place(Story *s);
/* A copy of p whose checkpoint's variables hold the values of changes (name ->
** value, JSON null for none): where the story would be had it held them there.
** The checker plays entry states that differ only in variables not read yet
** as one, and goes on from such a copy for each group once one is read. */
StoryPlace *story_place_with(const StoryPlace *p, const json_t *changes);
void story_place_free(StoryPlace *p);
/* Goes back to a place of this story (as story_restore() does with a save of
** it; the story may have moved on or elsewhere since): *diverged (may be NULL)
** is set if the replay no longer fits (the story's scripts were reloaded). */
const Event *story_resume(Story *s, const StoryPlace *p, bool *diverged);

/* The chapter whose start the last story_restore() resumed at because the
** save's scene was gone; 0 if it did not. */
int story_restore_chapter(const Story *s);
/* Goes back to the previous line or choice the reader saw, shown again from
** what the story kept of it (no script runs: a step back costs a page, however
** long the scene); the scripts are brought back to it by one replay, with
** fewer inputs, only when the reader then acts (story_step) or the variables
** or the language are asked for. Returns the current event unchanged at the
** first one of a checkpoint that has none before it. */
const Event *story_rollback(Story *s);
/* Rolls forward through what a rollback took back, up to where the reader
** was (the live point): each step shown again from what the story kept of it,
** without running the scripts, as a rollback shows it. story_ahead() says how
** many steps there are; 0 (the reader is at the live point) after any other
** call that moves the story (a step, a begin, a restore, a reload, a change
** of language). Returns the current event unchanged when there is none. */
const Event *story_forward(Story *s);
int story_ahead(const Story *s);
/* After an EVENT_ERROR: back to the last checkpoint (scene entry), replaying the
** inputs since minus the one that failed. */
const Event *story_recover(Story *s);
/* Reads the scripts again (a writer's edit) and replays to where the reader was. */
const Event *story_reload(Story *s, bool *diverged);

/* A data file as JSON: kind "layouts" reads lua/layouts/<name>.lua, "images"
** story/images/<name>.lua, "teacher" story/teacher/<chapter id>.lua (the
** notes for teachers), "reading" story/reading/<name>.lua (what `ficelle
** words` measured: the chapters' reading times); each returns a table of plain data. Cached and
** owned by the story; NULL (and err) if missing or broken. */
const json_t *story_data(Story *s, const char *kind, const char *name);

/* Page line i's text in another language (a reader of a language class reads
** both), malloc'd; NULL and err if the language has no catalog. */
char *story_page_in(Story *s, int i, const char *lang);

/* A line the reader read: in the history, or on the page. */
typedef struct StoryLine {
  const char *speaker; /* NULL for narration */
  const char *text;
  const char *style; /* "narration", "speech", "note" or "choice" (an
                            option the reader took; a task's answer is not
                            on the page, only in the history) */
  unsigned long seq; /* numbers the lines of a page (or of the history)
                            in the order they were added */
  int chapter;       /* the chapter being played when it was read (0: none) */
  const char *stamp; /* the screen's clock when it was said (a chat's
                            message shows it), NULL if none was bound */
} StoryLine;

/* What the reader has read since the start or the last restore (what was on
** the page at a restored checkpoint included): lines and the options taken,
** oldest first, in the current language. Borrowed. The count is of every line
** read; the lines before story_history_first() are forgotten (NULL): the
** history keeps the lines the reader can roll back over, a page before them,
** and at least the latest STORY_HISTORY_MIN, so that a long playthrough
** holds what a few dozen scenes read, not the whole story. */
#define STORY_HISTORY_MIN 1000
int story_history_count(const Story *s);
int story_history_first(const Story *s);
const StoryLine *story_history(const Story *s, int i);

/* The page: what is on the screen now. The lines said since the layout
** changed or the chapter began (the current LINE is the last one), and the
** options taken among them; at most STORY_PAGE_MAX, the oldest going first.
** A restore, a rollback and a change of language give the page back as it was,
** in the current language. Borrowed. */
#define STORY_PAGE_MAX 200
int story_page_count(const Story *s);
const StoryLine *story_page(const Story *s, int i);

/* --- For tools (checker, extract) ------------------------------------------- */

/* The checker plays entry states that differ only in variables not read yet
** as one (engine/tools/explore.c): it watches those variables' names (name ->
** anything; NULL or empty: none), and each read or write of one by the
** scripts, or by a placeholder filled in from the variables, is noted with
** the scene it is in. False if this story's API cannot (an older one, in an
** archive of its own). Forgets what was noted. */
bool story_watch(Story *s, const json_t *names);
/* What was noted since story_watch or the last call: an array of [name, scene
** id ("" if none)], a new reference; NULL if nothing was. Forgets it. */
json_t *story_watched(Story *s);

/* Called with every translation unit an event shows: its id, its French text,
** and where the script wrote it. */
typedef void (*StoryCollector)(void *ud, const char *id, const char *source, const char *file,
                               int line);
void story_set_collector(Story *s, StoryCollector fn, void *ud);
/* The scenes declared: an array of {id, file, line}. Borrowed. Reads every
** story file not read yet (as story_warnings() does). */
const json_t *story_scenes(Story *s);
/* What loading noticed without failing (a scene declared twice): strings. */
const json_t *story_warnings(Story *s);
/* Counts the checkpoints taken; a tool sees a scene entry when it moves. */
unsigned long story_checkpoint_serial(const Story *s);
/* The latest checkpoint: {scene, chapter, card (true at a chapter's title
** card), vars}. Borrowed until the next call to it or the next step. */
const json_t *story_checkpoint(Story *s);
/* The chapters as the scripts declared them (id, number, side, title, start,
** defaults, card, file), sorted by number, untranslated. Borrowed. The
** declarations kept from an earlier run (the heads' cache) are all parsed
** for it: story_chapter_count() says how many without that. */
const json_t *story_declarations(const Story *s);
/* How many chapters the story declares. */
int story_chapter_count(const Story *s);

#endif
