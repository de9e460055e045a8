/*
** ficelle: the command line. Mounts the story (the archive, or the source
** folders in development) and its mods, opens it, and hands it to a frontend
** (the window, the terminal) or a tool (check, extract, handout, graph,
** variables), which
** see the game with its mods exactly as the frontends do.
*/
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "err.h"
#include "sdl/app.h"
#include "story.h"
#include "text/textui.h"
#include "tools/tools.h"
#include "vfs.h"

static const char usage[] =
    "Usage: ficelle [COMMAND] [OPTIONS]\n"
    "Plays Centimes, an interactive fiction, with the Ficelle engine.\n"
    "\n"
    "Commands:\n"
    "  (none)             play in a window\n"
    "  check              play every branch of the game and its mods, report what is\n"
    "                     broken (a mod's file as mods/NAME/story/x.lua:LINE)\n"
    "  extract --lang L   update the catalogs of language L from the French: a mod's\n"
    "                     lines in mods/NAME/story/i18n/L/ (a folder: a .zip cannot\n"
    "                     be written), the base game's in story/i18n/L/ only with\n"
    "                     --dev, never otherwise (--only NAME: only the catalog of\n"
    "                     the story file NAME)\n"
    "  handout --chapter N  a chapter as a printable page for a class (HTML, on\n"
    "                     standard output; --lang en for the English; --short: its\n"
    "                     summary and key passages, four pages at most; --parallel:\n"
    "                     the other language beside each paragraph; --classroom:\n"
    "                     the discussion stops, with room to answer, and the\n"
    "                     sensitive passages in short)\n"
    "  teacher --chapter N  the teacher's pack for a chapter: summary, reading time,\n"
    "                     objectives, the questions for a lesson, a worksheet on the\n"
    "                     story's figures, references, the map of its choices (HTML,\n"
    "                     on standard output; --lang en)\n"
    "  graph              the story's map: each chapter's scenes, choices, jumps and\n"
    "                     endings as check plays them, each with its file and line\n"
    "                     (an HTML page with SVG, on standard output; --chapter N\n"
    "                     for one chapter, --lang en, --budget N)\n"
    "  variables          what each chapter reads (its defaults) and sets, and which\n"
    "                     chapters read what it sets (Markdown, on standard output)\n"
    "  words              each chapter's words and reading time along its main path,\n"
    "                     in each language: story/reading/words.lua, which the\n"
    "                     chapter menu shows (Lua, on standard output)\n"
    "  Each tool works on the game as it is played, mods included, and says so on\n"
    "  its first line of standard error (\"check: the base game and mods: NAME\").\n"
    "\n";
/* (two strings: C99 promises no more than 4095 characters in one) */
static const char usage_options[] =
    "Options:\n"
    "  --text             play in the terminal (screen readers, pipes, tests)\n"
    "  --no-wait          in the terminal, print the text without waiting for Enter:\n"
    "                     only choices read a line (a script of answers, a reader\n"
    "                     who listens straight through)\n"
    "  --trace            in the terminal, also print lines starting \"@ \" for\n"
    "                     tests: scenes entered, variables set, options chosen,\n"
    "                     input lines read, the end\n"
    "  --lang L           language: fr (the source) or en\n"
    "  --classroom        a class reads together: discussion stops, sensitive\n"
    "                     passages in short, votes at each choice (in the terminal:\n"
    "                     the counts, \"14 9\"; :other N reads another option's\n"
    "                     branch); the class's path and votes are written to\n"
    "                     DATA-DIR/classroom/ as a page to print and a file to keep;\n"
    "                     no save of the reader's is read or written\n"
    "  --chapter N        begin at chapter N (its defaults stand in for earlier choices)\n"
    "  --set NAME=VALUE   set a story variable before beginning (what if...)\n"
    "  --dev              read the source folders, not the archive (automatic when\n"
    "                     run from the build tree): an edited scene shows at once;\n"
    "                     given explicitly, lets extract write the base game's\n"
    "                     catalogs (in the source folders, or the --archive folder)\n"
    "  --archive PATH     read the story from this archive (or folder)\n"
    "  --data-dir DIR     where saves, settings and mods live (default: the user's\n"
    "                     data directory)\n"
    "  --no-mods          do not mount the mods of the data directory\n"
    "  --mod NAME         mount the base game and this one mod only: a folder NAME or\n"
    "                     NAME.zip in the data directory's mods/, or a mod's path\n"
    "                     (with a '/': ./my_mod)\n"
    "  --seed N           seed of the story's random generator\n"
    "  --budget N         check, extract, graph, teacher: the most events to play\n"
    "                     (default 400000; check: in each chapter)\n"
    "  --jobs N           check: worker processes (default: one a core)\n"
    "  --width N, --height N, --fullscreen   the window\n"
    "  --help, --version\n"
    "\n"
    "Mods: each folder or .zip of DATA-DIR/mods/ is mounted over the game, a later\n"
    "name over an earlier one. A mod holds what it adds or replaces, laid out as\n"
    "the game is: story/*.lua (chapters and scenes), story/images/*.lua,\n"
    "lua/layouts/*.lua, story/i18n/L/*.json (its catalogs, one per story file),\n"
    "lua/i18n/L/*.json (interface strings). To check and translate one:\n"
    "  ficelle check --mod NAME && ficelle extract --lang en --mod NAME\n";

typedef struct Args {
  const char *command, *lang, *archive, *data_dir, *only, *mod;
  bool text, dev, no_dev, mods, no_wait, trace, brief, parallel, classroom;
  int chapter, width, height;
  bool fullscreen;
  long budget;
  int jobs;
  unsigned long long seed;
  const char *sets[32];
  int nsets;
} Args;

static int parse_int(const char *s, const char *what)
{
  char *end;
  long n = strtol(s ? s : "", &end, 10);
  if (!s || !*s || *end || n < 0 || n > INT_MAX) {
    fprintf(stderr, "ficelle: %s expects a number\n", what);
    exit(2);
  }
  return (int)n;
}

static void parse_args(int argc, char **argv, Args *a)
{
  memset(a, 0, sizeof *a);
  a->mods = true;
  for (int i = 1; i < argc; i++) {
    const char *o = argv[i], *next = i + 1 < argc ? argv[i + 1] : NULL;
    if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
      fputs(usage, stdout);
      fputs(usage_options, stdout);
      exit(0);
    } else if (strcmp(o, "--version") == 0) {
      printf("ficelle %s (Lua 5.4, PhysicsFS, SDL2)\n", FICELLE_VERSION);
      exit(0);
    } else if (strcmp(o, "--text") == 0) {
      a->text = true;
    } else if (strcmp(o, "--dev") == 0) {
      a->dev = true;
    } else if (strcmp(o, "--no-wait") == 0) {
      a->no_wait = true;
    } else if (strcmp(o, "--trace") == 0) {
      a->trace = true;
    } else if (strcmp(o, "--no-mods") == 0) {
      a->mods = false;
    } else if (strcmp(o, "--fullscreen") == 0) {
      a->fullscreen = true;
    } else if (strcmp(o, "--lang") == 0 && next) {
      a->lang = argv[++i];
    } else if (strcmp(o, "--classroom") == 0) {
      a->classroom = true;
    } else if (strcmp(o, "--short") == 0) {
      a->brief = true;
    } else if (strcmp(o, "--parallel") == 0) {
      a->parallel = true;
    } else if (strcmp(o, "--only") == 0 && next) {
      a->only = argv[++i];
    } else if (strcmp(o, "--archive") == 0 && next) {
      a->archive = argv[++i];
      a->no_dev = true;
    } else if (strcmp(o, "--data-dir") == 0 && next) {
      a->data_dir = argv[++i];
    } else if (strcmp(o, "--mod") == 0 && next) {
      a->mod = argv[++i];
    } else if (strcmp(o, "--chapter") == 0) {
      a->chapter = parse_int(next, "--chapter"), i++;
    } else if (strcmp(o, "--width") == 0) {
      a->width = parse_int(next, "--width"), i++;
    } else if (strcmp(o, "--height") == 0) {
      a->height = parse_int(next, "--height"), i++;
    } else if (strcmp(o, "--budget") == 0) {
      a->budget = parse_int(next, "--budget"), i++;
    } else if (strcmp(o, "--jobs") == 0) {
      a->jobs = parse_int(next, "--jobs"), i++;
    } else if (strcmp(o, "--seed") == 0) {
      a->seed = (unsigned long long)parse_int(next, "--seed"), i++;
    } else if (strcmp(o, "--set") == 0 && next && strchr(next, '=')) {
      if (a->nsets < 32)
        a->sets[a->nsets++] = argv[++i];
    } else if (o[0] != '-' && !a->command) {
      a->command = o;
    } else {
      fprintf(stderr, "ficelle: unknown option '%s' (see --help)\n", o);
      exit(2);
    }
  }
  if (a->mod && !a->mods) {
    fprintf(stderr, "ficelle: --mod and --no-mods together: which one? (see --help)\n");
    exit(2);
  }
}

/* A tool's first line on stderr: what it is about to judge, so that a writer
** sees that the mod was included. */
static void say_scope(const char *command)
{
  const char *const *m = vfs_mods();
  fprintf(stderr, "%s: the base game", command);
  for (int i = 0; m[i]; i++)
    fprintf(stderr, "%s%s", i ? ", " : " and mods: ", m[i]);
  fputc('\n', stderr);
}

/* Is this executable the one in the build tree (a developer's run)? */
static bool in_build_tree(void)
{
  char exe[PATH_MAX], build[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0 || !realpath(FICELLE_BUILD_ROOT, build))
    return false;
  exe[n] = '\0';
  return strncmp(exe, build, strlen(build)) == 0 && exe[strlen(build)] == '/';
}

/* Is PATH a readable file? Copies it into buf (size PATH_MAX + 64) if so. */
static bool readable(char *buf, const char *path)
{
  if (access(path, R_OK) != 0)
    return false;
  snprintf(buf, PATH_MAX + 64, "%s", path);
  return true;
}

/* The archive beside the executable (the build tree); else where an install
** put it, seen from the executable (bin/../share/ficelle: a DESTDIR install or
** a moved prefix); else the data dir baked in at build time. */
static const char *find_archive(void)
{
  static char path[PATH_MAX + 64];
  char exe[PATH_MAX], try[PATH_MAX + 64];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    char *slash;
    exe[n] = '\0';
    if ((slash = strrchr(exe, '/')))
      *slash = '\0';
    snprintf(try, sizeof try, "%s/centimes.zip", exe);
    if (readable(path, try))
      return path;
    snprintf(try, sizeof try, "%s/" FICELLE_DATA_FROM_BIN "/centimes.zip", exe);
    if (readable(path, try))
      return path;
  }
  /* Where the reader's install put it, or the path the error will name. */
  return FICELLE_DATA_DIR "/centimes.zip";
}

/* Opening the story: Lua, the chapters, the catalogs. The window does it on a
** thread while SDL connects to the display (tests/bench: about a third of the
** time to the first frame each). */
typedef struct Opening {
  const Args *args;
  StoryOptions so;
  Story *story;
  char error[ERR_MAX];
  pthread_t thread;
} Opening;

static void *open_story(void *ud)
{
  Opening *o = ud;
  const Args *a = o->args;
  if (!(o->story = story_open(&o->so))) {
    snprintf(o->error, sizeof o->error, "%s", err_get());
    return NULL;
  }
  for (int i = 0; i < a->nsets; i++) {
    char name[64];
    const char *eq = strchr(a->sets[i], '=');
    snprintf(name, sizeof name, "%.*s", (int)(eq - a->sets[i]), a->sets[i]);
    if (!story_set_var(o->story, name, eq + 1)) {
      snprintf(o->error, sizeof o->error, "%s", err_get());
      story_close(o->story);
      o->story = NULL;
      return NULL;
    }
  }
  return NULL;
}

static Story *wait_story(void *ud)
{
  Opening *o = ud;
  pthread_join(o->thread, NULL);
  if (!o->story)
    fprintf(stderr, "ficelle: %s\n", o->error);
  return o->story;
}

int main(int argc, char **argv)
{
  Args a;
  VfsOptions vo = { 0 };
  Opening op = { 0 };
  Story *story;
  int status;
  bool tool;
  parse_args(argc, argv, &a);
  tool = a.command != NULL;
  if (tool && strcmp(a.command, "check") != 0 && strcmp(a.command, "extract") != 0
      && strcmp(a.command, "handout") != 0 && strcmp(a.command, "graph") != 0
      && strcmp(a.command, "variables") != 0 && strcmp(a.command, "teacher") != 0
      && strcmp(a.command, "words") != 0) {
    fprintf(stderr, "ficelle: unknown command '%s' (see --help)\n", a.command);
    return 2;
  }
  vo.argv0 = argv[0];
  vo.write_dir = a.data_dir;
  vo.mods = a.mods; /* the tools judge the game as it is played */
  vo.mod = a.mod;
  if (a.archive) {
    vo.base[0] = a.archive;
  } else if (a.dev || (!a.no_dev && in_build_tree())) {
    vo.base[0] = FICELLE_SOURCE_ROOT;
    vo.base[1] = FICELLE_BUILD_ROOT "/centimes.zip"; /* the fonts */
  } else {
    vo.base[0] = find_archive();
  }
  if (!vfs_open(&vo)) {
    fprintf(stderr, "ficelle: %s\n", err_get());
    return 1;
  }
  if (tool)
    say_scope(a.command);
  else
    for (const char *const *m = vfs_mods(); *m; m++)
      fprintf(stderr, "ficelle: mod '%s' mounted\n", *m);
  for (const char *const *m = vfs_mod_problems(); *m; m++)
    fprintf(stderr, "ficelle: mod left out: %s\n", *m);
  if (!tool && !a.text && !getenv("DISPLAY") && !getenv("WAYLAND_DISPLAY")
      && !getenv("SDL_VIDEODRIVER")) {
    fprintf(stderr, "ficelle: no display to open a window on: playing in the terminal\n");
    a.text = true;
  }
  op.args = &a;
  /* check and extract judge the French source; the pages are for readers. */
  op.so.lang = tool && (strcmp(a.command, "check") == 0 || strcmp(a.command, "extract") == 0)
      ? "fr"
      : a.lang;
  op.so.seed = a.seed;
  op.so.load_all = tool;   /* the tools judge every chapter; a reader reads one at a time */
  op.so.no_history = tool; /* and they read no history */
  if (!tool && !a.text && pthread_create(&op.thread, NULL, open_story, &op) == 0) {
    AppOptions ao = { a.chapter, a.fullscreen, a.width, a.height, wait_story, &op, a.classroom };
    status = app_run(NULL, &ao);
    story_close(op.story);
    vfs_close();
    return status;
  }
  open_story(&op);
  if (!(story = op.story)) {
    fprintf(stderr, "ficelle: %s\n", op.error);
    vfs_close();
    return 1;
  }
  if (tool && strcmp(a.command, "check") == 0) {
    status = check_run(story, a.budget, a.jobs);
  } else if (tool && strcmp(a.command, "handout") == 0) {
    HandoutOptions ho = { a.chapter, a.brief, a.parallel };
    story_set_classroom(story, a.classroom); /* a class's handout: its stops, passages in short */
    status = handout_run(story, &ho, stdout);
  } else if (tool && strcmp(a.command, "teacher") == 0) {
    status = teacher_run(story, a.chapter, a.budget, stdout);
  } else if (tool && strcmp(a.command, "variables") == 0) {
    status = variables_run(story, stdout);
  } else if (tool && strcmp(a.command, "words") == 0) {
    status = reading_words_run(story, stdout);
  } else if (tool && strcmp(a.command, "graph") == 0) {
    status = graph_run(story, a.chapter, a.budget, stdout);
  } else if (tool) {
    if (!a.lang || strcmp(a.lang, "fr") == 0) {
      fprintf(stderr, "ficelle: extract needs --lang L (a translation, not fr)\n");
      status = 2;
    } else {
      ExtractOptions eo = { a.lang, a.only, a.dev, a.mod != NULL, a.budget };
      status = extract_run(story, &eo);
    }
  } else if (a.text) {
    TextOptions to = { a.chapter, 72, !a.no_wait, a.trace, a.classroom };
    status = textui_run(story, &to);
  } else {
    AppOptions ao = { a.chapter, a.fullscreen, a.width, a.height, NULL, NULL, a.classroom };
    status = app_run(story, &ao);
  }
  story_close(story);
  vfs_close();
#ifdef __EMSCRIPTEN__
  /* In a page, main's return after the window's waits (which return to the
  ** browser) ends nothing: exit does, and tells the page (tools/web). */
  exit(status);
#endif
  return status;
}
