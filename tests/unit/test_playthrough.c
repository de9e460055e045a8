/* Unit tests of a long playthrough (issue 15): what it keeps does not grow
** with the chapters played. The history forgets the lines no rollback reaches
** and a chapter's scenes are dropped once no checkpoint is in them; a step
** back over many checkpoints still shows what the reader saw, with the
** variables (a table, a flag changed and changed back, visits) as they were,
** and a save from early on, whose chapter was dropped, loads and plays on.
** The chapters' declarations held whole (in Lua and in C) are those of the
** files read, the others read again when asked for (the chapter menu, an
** ending checked against every chapter's endings). */
#include "check.h"
#include "story.h"
#include "story_impl.h"

#define NCH 60 /* chapters, one file each: more than the timeline keeps */

static char *texts[2 * NCH + 1];
static const char *files[2 * NCH + 1];

/* Chapter k: scenes s1 to s8, s3 and s4 played twice (a loop), each setting
** variables and saying eight lines; s8 asks a choice and ends the chapter. */
static void write_story(void)
{
  for (int k = 1; k <= NCH; k++) {
    char path[64], *src = malloc(8192);
    int n = snprintf(src, 8192,
                     "chapter { id = 'c%02d', number = %d, side = 'yacine', title = 'T%d',\n"
                     "  start = 'c%02d.s1', defaults = { n = 0, log = {}, flag = false },\n"
                     "  sets = { 'n', 'log', 'flag', 'seen', 'pick' } }\n",
                     k, k, k, k);
    for (int i = 1; i <= 8; i++) {
      n += snprintf(src + n, (size_t)(8192 - n),
                    "scene('c%02d.s%d', function()\n"
                    "  v.flag = not v.flag\n"
                    "  local t = v.log\n"
                    "  t[#t + 1] = v.n %% 7\n"
                    "  if #t > 5 then table.remove(t, 1) end\n"
                    "  v.log = t\n"
                    "  v.seen = visits('c%02d.s3')\n"
                    "  for i = 1, 8 do\n"
                    "    v.n = v.n + 1\n"
                    "    say('Chapitre %d, scène %d, ligne ' .. i .. ', {n}.')\n"
                    "  end\n",
                    k, i, k, k, i);
      if (i == 4)
        n += snprintf(src + n, (size_t)(8192 - n),
                      "  if visits('c%02d.s4') < 2 then jump 'c%02d.s3' end\n", k, k);
      if (i < 8)
        n += snprintf(src + n, (size_t)(8192 - n), "  jump 'c%02d.s%d'\nend)\n", k, i + 1);
      else
        n += snprintf(src + n, (size_t)(8192 - n),
                      "  v.pick = choose { 'Un', 'Deux' }\n"
                      "  say 'Fin du chapitre %d, {pick}.'\n"
                      "  end_chapter()\nend)\n",
                      k);
    }
    snprintf(path, sizeof path, "story/c%02d.lua", k);
    texts[2 * (k - 1)] = strdup(path);
    texts[2 * (k - 1) + 1] = src;
  }
  for (int i = 0; i < 2 * NCH; i++)
    files[i] = texts[i];
  files[2 * NCH] = NULL;
  fixture_story(files);
}

/* How many chapter files have their scenes read now. */
static int files_read(Story *s, bool *first)
{
  const char *path;
  bool loaded;
  int n = 0;
  *first = false;
  for (int i = 0; (path = scene_deferred(s->sc, i, &loaded)); i++) {
    n += loaded;
    if (loaded && strcmp(path, "story/c01.lua") == 0)
      *first = true;
  }
  return n;
}

/* The chapters' declarations s holds whole: in Lua (*lua: those the heads'
** cache handed, not kept there) and in C (*c: those not summaries). */
static void declarations_held(Story *s, int *lua, int *c)
{
  json_t *defs, *scenes, *warnings = json_array(), *d;
  size_t i;
  *lua = 0;
  scene_declarations(s->sc, &defs, &scenes, warnings);
  json_array_foreach(defs, i, d)
    *lua += !json_object_get(d, "kept");
  *c = (int)(json_array_size(s->defs) - json_object_size(s->summaries));
  json_decref(defs);
  json_decref(scenes);
  json_decref(warnings);
}

/* At a chapter's title card, s holds whole the declarations of the files it
** has read (one chapter each), no more; *most: the most seen so far. */
static void check_held(Story *s, int *most)
{
  bool first;
  int lua, c, read = files_read(s, &first);
  declarations_held(s, &lua, &c);
  if (lua != read || c > read)
    printf("# at chapter %d: %d files read, %d declarations whole in Lua, %d in C\n", s->chapter,
           read, lua, c);
  CHECK(lua == read);
  CHECK(c <= read);
  CHECK(i18n_need_count(s->cat) <= (size_t)read); /* (the menu's catalogs went too) */
  if (lua > *most)
    *most = lua;
}

static char *vars_now(Story *s)
{
  json_t *v = story_vars(s);
  char *d = json_dumps(v, JSON_SORT_KEYS | JSON_COMPACT);
  json_decref(v);
  return d;
}

#define MAXEV 8000

static void test_long_playthrough(void)
{
  static char *seen[MAXEV], *vars[MAXEV], *lines[MAXEV * 2];
  static int inputs[MAXEV];
  Story *s, *t;
  const Event *ev;
  char *early = NULL, *late = NULL;
  size_t early_len = 0, late_len = 0;
  int n = 0, nlines = 0, bad = 0, early_at = 0, late_at = 0, first, count, most = 0, lua, c;
  bool first_read;
  write_story();
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_begin(s, 1);
  while (ev->kind != EVENT_END && ev->kind != EVENT_ERROR && n < MAXEV) {
    seen[n] = strdup(ev->text ? ev->text : "");
    vars[n] = vars_now(s);
    if (n == 40)
      early = story_save(s, &early_len), early_at = n;
    if (ev->kind == EVENT_CHAPTER && ev->chapter == NCH - 5)
      late = story_save(s, &late_len), late_at = n;
    if (ev->kind == EVENT_CHAPTER)
      check_held(s, &most);
    inputs[n] = ev->kind == EVENT_CHOICE ? (n / 7) % 2 : 0;
    ev = story_step(
        s, &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, inputs[n], NULL });
    n++;
    /* The lines the history gained, as the reader read them. */
    for (count = story_history_count(s); nlines < count; nlines++)
      lines[nlines] = strdup(story_history(s, nlines)->text);
  }
  if (ev->kind == EVENT_ERROR)
    printf("# %s\n", ev->text);
  REQUIRE(ev->kind == EVENT_END);
  REQUIRE(early && late);
  CHECK(n > 5000);

  /* The history counts every line, keeps the latest, forgot the oldest. */
  first = story_history_first(s);
  count = story_history_count(s);
  CHECK(count == nlines);
  CHECK(first >= 1000);
  CHECK(count - first >= STORY_HISTORY_MIN);
  CHECK(story_history(s, first - 1) == NULL);
  for (int i = first; i < count; i++)
    if (strcmp(story_history(s, i)->text, lines[i]) != 0 && bad++ < 3)
      printf("# history line %d: %s, read as %s\n", i, story_history(s, i)->text, lines[i]);
  CHECK(bad == 0);
  /* The scenes of the chapters long left were dropped, and their
  ** declarations; the title screen still counts and lists every chapter. */
  CHECK(files_read(s, &first_read) < NCH / 2);
  CHECK(!first_read);
  CHECK(most >= 3 && most < NCH / 2);
  CHECK(story_chapter_count(s) == NCH);
  {
    const json_t *menu = story_chapters(s), *e;
    size_t i;
    char title[32];
    CHECK(json_array_size(menu) == NCH);
    json_array_foreach(menu, i, e) {
      snprintf(title, sizeof title, "T%zu", i + 1);
      CHECK_STR(json_string_value(json_object_get(e, "title")), title);
      CHECK(json_integer_value(json_object_get(e, "number")) == (json_int_t)i + 1);
    }
    /* What the tools judge: every declaration, read whole again. */
    json_array_foreach(story_declarations(s), i, e)
      CHECK(json_object_get(e, "start") && json_object_get(e, "defaults"));
    declarations_held(s, &lua, &c);
    CHECK(c == NCH);
  }

  /* Back over many checkpoints: each event as it was, the variables too
  ** (every tenth step: asking for them replays from the checkpoint). */
  for (int i = n - 1, k = 0; i >= 0 && k < 1500; i--, k++) {
    ev = story_rollback(s);
    if (strcmp(ev->text ? ev->text : "", seen[i]) != 0 && bad++ < 3)
      printf("# step back to event %d: %s, was %s\n", i, ev->text, seen[i]);
    if (k % 10 == 0) {
      char *now = vars_now(s);
      if (strcmp(now, vars[i]) != 0 && bad++ < 3)
        printf("# step back to event %d: variables %s, were %s\n", i, now, vars[i]);
      free(now);
    }
  }
  CHECK(bad == 0);
  CHECK(story_history_count(s) >= story_history_first(s));

  /* A save from chapter 1, whose scenes were dropped: it loads (the file is
  ** read again) and plays on as it did. */
  {
    bool diverged = true;
    char *now;
    ev = story_restore(s, early, early_len, &diverged);
    REQUIRE(ev != NULL);
    CHECK(!diverged);
    CHECK(files_read(s, &first_read) >= 1 && first_read);
    CHECK(json_object_get(play_def(s, 1), "start") != NULL); /* whole again */
    CHECK_STR(ev->text, seen[early_at]);
    now = vars_now(s);
    CHECK_STR(now, vars[early_at]);
    free(now);
    for (int i = early_at; i < early_at + 200; i++) {
      if (strcmp(ev->text ? ev->text : "", seen[i]) != 0 && bad++ < 3)
        printf("# after the early save, event %d: %s, was %s\n", i, ev->text, seen[i]);
      ev = story_step(
          s, &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, inputs[i], NULL });
      if (ev->kind == EVENT_CHAPTER)
        check_held(s, &most);
    }
    CHECK(bad == 0);
  }
  story_close(s);

  /* A save taken after many scenes round-trips in a new story and plays on
  ** to the same end. */
  REQUIRE((t = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  {
    bool diverged = true;
    char *now;
    ev = story_restore(t, late, late_len, &diverged);
    REQUIRE(ev != NULL);
    CHECK(!diverged);
    now = vars_now(t);
    CHECK_STR(now, vars[late_at]);
    free(now);
    for (int i = late_at; i < n; i++) {
      if (strcmp(ev->text ? ev->text : "", seen[i]) != 0 && bad++ < 3)
        printf("# after the late save, event %d: %s, was %s\n", i, ev->text, seen[i]);
      ev = story_step(
          t, &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, inputs[i], NULL });
      if (ev->kind == EVENT_CHAPTER) /* (the chapters kept in the heads' cache) */
        check_held(t, &most);
    }
    CHECK(ev->kind == EVENT_END);
    CHECK(bad == 0);
  }
  story_close(t);
  vfs_close();
  for (int i = 0; i < n; i++)
    free(seen[i]), free(vars[i]);
  for (int i = 0; i < nlines; i++)
    free(lines[i]);
  for (int i = 0; i < 2 * NCH; i++)
    free(texts[i]);
  free(early);
  free(late);
}

/* Variables as changes over the checkpoint before: the checkpoints of a
** playthrough hold what an engine that reads the variables whole at each
** scene entry holds (an older story.lua, which records no changes, makes it
** do so). Tables changed in place (read through v, listed by pairs, nested,
** shared by two variables), a variable set to nil, one set and set back,
** changes before a scene's first line and after its last, placeholders,
** defaults of a new chapter. */
static const char *const changing[] = {
  "story/a.lua",
  "chapter { id = 'c1', number = 1, side = 'yacine', title = 'Un', start = 'c1.a',\n"
  "  defaults = { a = {}, n = 0 }, sets = { 'a', 'b', 'n', 'gone', 'flag', 'deep' } }\n"
  "scene('c1.a', function()\n"
  "  v.flag = true\n"
  "  say 'Un.'\n"
  "  v.gone = 'là'\n"
  "  v.deep = { x = { 1, 2 } }\n"
  "  v.b = v.a\n"
  "  jump 'c1.b'\n"
  "end)\n"
  "scene('c1.b', function()\n"
  "  v.a[#v.a + 1] = visits('c1.b')\n"
  "  say 'Deux, {n}.'\n"
  "  v.flag = false\n"
  "  v.gone = nil\n"
  "  jump 'c1.c'\n"
  "end)\n"
  "scene('c1.c', function()\n"
  "  for _, x in pairs(v) do\n"
  "    if type(x) == 'table' and x.x then x.x[#x.x + 1] = 3 end\n"
  "  end\n"
  "  say 'Trois, {n}.'\n"
  "  v.flag = true\n"
  "  v.n = v.n + 1\n"
  "  if visits('c1.c') < 3 then jump 'c1.b' end\n"
  "  jump 'c1.d'\n"
  "end)\n"
  "scene('c1.d', function()\n"
  "  local t = v.deep\n"
  "  say 'Quatre.'\n"
  "  t.x[1] = 9\n"
  "  jump 'c1.e'\n"
  "end)\n"
  "scene('c1.e', function()\n"
  "  say 'Cinq, {n}.'\n"
  "  v.flag = false\n"
  "  v.flag = true\n"
  "  end_chapter()\n"
  "end)\n"
  "chapter { id = 'c2', number = 2, side = 'office', title = 'Deux', start = 'c2.a',\n"
  "  defaults = { n = 0, extra = 5 }, sets = { 'n', 'extra' } }\n"
  "scene('c2.a', function()\n"
  "  v.extra = v.extra + v.n\n"
  "  say 'Six, {extra}.'\n"
  "  jump 'c2.b'\n"
  "end)\n"
  "scene('c2.b', function()\n"
  "  say 'Sept, {extra}.'\n"
  "  ending { id = 'e1', title = 'Fin' }\n"
  "end)\n",
  NULL, /* lua/ficelle/story.lua, for the reference */
  NULL, NULL
};

/* Plays changing[] to its end: the variables of each checkpoint, as JSON
** lines (malloc'd). */
static char *checkpoints_of(int *count)
{
  Story *s;
  const Event *ev;
  unsigned long serial = 0;
  size_t n = 0;
  char *out = calloc(1, 1);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_begin(s, 1);
  *count = 0;
  for (;;) {
    if (story_checkpoint_serial(s) != serial) {
      char *d =
          json_dumps(json_object_get(story_checkpoint(s), "vars"), JSON_SORT_KEYS | JSON_COMPACT);
      out = realloc(out, n + strlen(d) + 2);
      n += (size_t)sprintf(out + n, "%s\n", d);
      free(d);
      serial = story_checkpoint_serial(s);
      (*count)++;
    }
    if (ev->kind == EVENT_END || ev->kind == EVENT_ERROR)
      break;
    ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
  }
  if (ev->kind == EVENT_ERROR)
    printf("# %s\n", ev->text);
  CHECK(ev->kind == EVENT_END);
  story_close(s);
  vfs_close();
  return out;
}

static void test_changes(void)
{
  static const char *mine[5];
  char path[512], *api, *at, *want, *got;
  const char *src = getenv("SOURCE_ROOT");
  int nwant, ngot;
  memcpy(mine, changing, sizeof mine);
  /* The reference: a story.lua that records nothing (as before issue 15). */
  snprintf(path, sizeof path, "%s/lua/ficelle/story.lua", src ? src : "../..");
  api = slurp(path);
  REQUIRE((at = strstr(api, "changed = {},")) != NULL);
  memcpy(at, "ignored", 7);
  REQUIRE((at = strstr(api, "M.changed[k]")) != NULL);
  memcpy(at, "M.ignored", 9);
  mine[2] = "lua/ficelle/story.lua";
  mine[3] = api;
  fixture_story(mine);
  want = checkpoints_of(&nwant);
  mine[2] = NULL;
  fixture_story(mine);
  got = checkpoints_of(&ngot);
  CHECK(nwant >= 12);
  CHECK(ngot == nwant);
  CHECK_STR(got, want);
  free(api), free(want), free(got);
}

/* An ending checked against every chapter's endings, at the end of a long
** playthrough: the first chapter's, long dropped, is read again for it (from
** the heads' cache, whether the heads ran in this opening or an earlier
** one); a chapter played after that lets them all go again. The chapter menu
** opened first, in English, reads every chapter's catalog for its titles and
** lets each go once they are translated; the menu keeps its titles. */
static void test_endings_after_drop(void)
{
  enum { N = 40 };
  static char *mytexts[4 * N + 1];
  static const char *mine[4 * N + 1];
  for (int k = 1; k <= N; k++) {
    char path[64], id[64], ctx[16], title[16], *src = malloc(1024), *cat = malloc(512);
    snprintf(src, 1024,
             "chapter { id = 'c%02d', number = %d, side = 'yacine', title = 'T%d',\n"
             "  start = 'c%02d.a', endings = { '%s' } }\n"
             "scene('c%02d.a', function()\n" /* 20 entries: 20 checkpoints */
             "  say 'Chapitre %d.'\n"
             "  jump(visits('c%02d.a') < 20 and 'c%02d.a' or 'c%02d.b')\nend)\n"
             "scene('c%02d.b', function()\n"
             "  say 'Suite %d.'\n"
             "  %s\nend)\n",
             k, k, k, k, k == 1 ? "fin" : "autre", k, k, k, k, k, k, k,
             k == N ? "ending { id = 'fin', title = 'Fin' }" : "end_chapter()");
    snprintf(path, sizeof path, "story/c%02d.lua", k);
    mine[2 * (k - 1)] = mytexts[2 * (k - 1)] = strdup(path);
    mine[2 * (k - 1) + 1] = mytexts[2 * (k - 1) + 1] = src;
    snprintf(title, sizeof title, "T%d", k);
    snprintf(ctx, sizeof ctx, "c%02d", k);
    i18n_id(id, sizeof id, ctx, title, NULL);
    snprintf(cat, 512,
             "{ \"language\": \"en\", \"source\": \"story/c%02d.lua\", \"entries\": [\n"
             "  { \"id\": \"%s\", \"fr\": \"T%d\", \"en\": \"Title %d\" } ] }",
             k, id, k, k);
    snprintf(path, sizeof path, "story/i18n/en/c%02d.json", k);
    mine[2 * N + 2 * (k - 1)] = mytexts[2 * N + 2 * (k - 1)] = strdup(path);
    mine[2 * N + 2 * (k - 1) + 1] = mytexts[2 * N + 2 * (k - 1) + 1] = cat;
  }
  mine[4 * N] = NULL;
  fixture_story(mine);
  for (int run = 0; run < 2; run++) { /* the heads run, then kept */
    Story *s;
    const Event *ev;
    char *save = NULL;
    size_t save_len = 0;
    int most = 0, lua, c, events = 0;
    const json_t *menu;
    REQUIRE((s = story_open(&(StoryOptions){ .lang = "en" })) != NULL);
    menu = story_chapters(s);
    REQUIRE(json_array_size(menu) == N);
    CHECK_STR(json_string_value(json_object_get(json_array_get(menu, N - 1), "title")), "Title 40");
    CHECK(i18n_need_count(s->cat) == 0); /* (each let go once its titles were read) */
    ev = story_begin(s, 1);
    CHECK(i18n_need_count(s->cat) == 1);
    CHECK_STR(ev->text, "Title 1");
    CHECK_STR(json_string_value(json_object_get(json_array_get(menu, N - 1), "title")), "Title 40");
    while (ev->kind != EVENT_END && ev->kind != EVENT_ERROR && ev->kind != EVENT_ENDING
           && events++ < 50 * N) {
      if (ev->kind == EVENT_CHAPTER)
        check_held(s, &most);
      if (ev->kind == EVENT_CHAPTER && ev->chapter == N - 1)
        save = story_save(s, &save_len);
      ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
    }
    if (ev->kind == EVENT_ERROR)
      printf("# %s\n", ev->text);
    CHECK(ev->kind == EVENT_ENDING);
    CHECK(most < N / 2);
    declarations_held(s, &lua, &c);
    CHECK(lua == N); /* every chapter's endings were asked for */
    /* Back to chapter N - 1's title card, on to chapter N's: let go again. */
    REQUIRE(save != NULL);
    ev = story_restore(s, save, save_len, NULL);
    REQUIRE(ev != NULL && ev->kind == EVENT_CHAPTER);
    do
      ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
    while (ev->kind != EVENT_CHAPTER && ev->kind != EVENT_ERROR && events++ < 100 * N);
    REQUIRE(ev->kind == EVENT_CHAPTER && ev->chapter == N);
    declarations_held(s, &lua, &c);
    CHECK(lua < N / 2);
    check_held(s, &most);
    CHECK(story_chapter_count(s) == N);
    free(save);
    story_close(s);
  }
  vfs_close();
  for (int i = 0; i < 4 * N; i++)
    free(mytexts[i]);
}

int main(void)
{
  RUN(test_changes);
  RUN(test_long_playthrough);
  RUN(test_endings_after_drop);
  return check_done("playthrough");
}
