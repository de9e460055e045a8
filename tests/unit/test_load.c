/* Unit tests of lazy loading (issue 15): a story opens on its chapters' heads
** (their declarations) and reads a chapter's scenes and catalog when it first
** goes there, by its title card, a jump, a save or a change of language. A
** story whose later file is broken opens and plays up to it, then shows the
** file and line; the tools' load_all reads everything at once, as before. */
#include <utime.h>

#include "check.h"
#include "head.h"
#include "i18n.h"
#include "story.h"

/* c.lua fails at line 4, after its head: only reaching chapter 3 says so. */
static const char *const files[] = {
  "story/a.lua",
  "-- Chapitre 1\n"
  "chapter { id = 'c1', number = 1, side = 'yacine', title = 'Un', start = 'c1.a',\n"
  "  defaults = { n = 1 }, sets = { 'n' } }\n"
  "scene('c1.a', function()\n"
  "  say 'Premier.'\n"
  "  if choose { 'Finir', 'Sauter' } == 2 then jump 'c2.b' end\n"
  "  end_chapter()\n"
  "end)\n",
  "story/b.lua",
  "chapter { id = 'c2', number = 2, side = 'office', title = 'Deux', start = 'c2.a',\n"
  "  defaults = { n = 5 }, sets = { 'n' },\n"
  "  presets = { { 'Sept', set = { n = 7 } } },\n"
  "  card = { questions = { 'Et alors ?' },\n"
  "           facts = { { 'Un fait.', source = 'Une source' } } } }\n"
  "scene('c2.a', function()\n"
  "  say 'Deux.'\n"
  "  say 'n = {n}'\n"
  "  end_chapter()\n"
  "end)\n"
  "scene('c2.b', function()\n"
  "  say 'Sauté.'\n"
  "  end_chapter()\n"
  "end)\n",
  "story/c.lua",
  "chapter { id = 'c3', number = 3, side = 'yacine', title = 'Trois', start = 'c3.a' }\n"
  "scene('c3.a', function()\n"
  "  say 'Trois.'\n"
  "  say 'Oups' end end\n" /* 4: an 'end' too many */
  "end)\n",
  "story/z.lua", /* no chapter of its own: read at once, and it replaces c2.b */
  "scene('c2.b', function()\n"
  "  say 'Remplacé.'\n"
  "  end_chapter()\n"
  "end)\n",
  "story/i18n/en/a.json",
  "{ \"language\": \"en\", \"source\": \"story/a.lua\", \"entries\": [\n"
  "  { \"id\": \"c1:" /* the title's id is its chapter and the hash of "Un" */
  "%UN%\", \"fr\": \"Un\", \"en\": \"One\" },\n"
  "  { \"id\": \"c1.a:%PREMIER%\", \"fr\": \"Premier.\", \"en\": \"First.\" } ] }",
  "story/i18n/en/b.json",
  "{ \"language\": \"en\", \"source\": \"story/b.lua\", \"entries\": [\n"
  "  { \"id\": \"c2:%DEUX%\", \"fr\": \"Deux\", \"en\": \"Two\" },\n"
  "  { \"id\": \"c2.a:%DEUX_POINT%\", \"fr\": \"Deux.\", \"en\": \"Two.\" } ] }",
  NULL
};

/* The fixture's files with the catalogs' ids filled in (i18n_id of the French). */
static const char *const *fixture(void)
{
  static char *out[32];
  static const struct {
    const char *mark, *context, *fr;
  } ids[] = { { "%UN%", "c1", "Un" },
              { "%DEUX%", "c2", "Deux" },
              { "%DEUX_POINT%", "c2.a", "Deux." },
              { "%PREMIER%", "c1.a", "Premier." } };
  int n = 0;
  for (const char *const *f = files; *f; f++, n++) {
    char *t = strdup(*f);
    for (size_t k = 0; k < sizeof ids / sizeof *ids; k++) {
      char *at = strstr(t, ids[k].mark), id[64], *u;
      if (!at)
        continue;
      i18n_id(id, sizeof id, ids[k].context, ids[k].fr, NULL);
      u = malloc(strlen(t) + strlen(id) + 1);
      sprintf(u, "%.*s%s%s", (int)(at - t), t, strchr(id, ':') + 1, at + strlen(ids[k].mark));
      free(t);
      t = u;
    }
    free(out[n]);
    out[n] = t;
  }
  out[n] = NULL;
  return (const char *const *)out;
}

static const Input CONT = { INPUT_CONTINUE, 0, NULL };

static Story *open_story(const char *lang, bool all)
{
  Story *s;
  fixture_story(fixture());
  s = story_open(&(StoryOptions){ .lang = lang, .load_all = all });
  if (!s) {
    printf("Bail out! %s\n", err_get());
    exit(99);
  }
  return s;
}

/* A broken later file: the story opens and plays up to it; reaching it shows
** its file and line, and the reader goes back to the last checkpoint. */
static void test_broken_later_file(void)
{
  Story *s = open_story("fr", false);
  const Event *ev = story_begin(s, 1);
  CHECK(ev->kind == EVENT_CHAPTER && ev->chapter == 1);
  CHECK(json_array_size(story_declarations(s)) == 3); /* the menu knows every chapter */
  CHECK_STR(json_string_value(json_object_get(story_chapter(s, 3), "title")), "Trois");
  CHECK_STR(story_step(s, &CONT)->text, "Premier.");
  ev = story_step(s, &CONT);
  CHECK(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
  CHECK(ev->kind == EVENT_CARD); /* chapter 1 has no card: an empty one */
  ev = story_step(s, &CONT);
  CHECK(ev->kind == EVENT_CHAPTER && ev->chapter == 2);
  CHECK_STR(story_step(s, &CONT)->text, "Deux.");
  CHECK_STR(story_step(s, &CONT)->text, "n = 1"); /* chapter 1 set it: no default */
  ev = story_step(s, &CONT);
  CHECK(ev->kind == EVENT_CARD);
  /* The card, which the head left out, read with the file. */
  CHECK_STR(json_string_value(json_array_get(json_object_get(ev->data, "questions"), 0)),
            "Et alors\xE2\x80\xAF?"); /* (French typography) */
  ev = story_step(s, &CONT);
  CHECK(ev->kind == EVENT_ERROR);
  CHECK_STR(ev->file, "story/c.lua");
  CHECK(ev->line == 4);
  CHECK_HAS(ev->text, "story/c.lua:4:");
  ev = story_recover(s);
  CHECK(ev->kind != EVENT_ERROR); /* the engine goes on */
  /* Asked again, the same error: the file is not run twice. */
  ev = story_begin(s, 3);
  CHECK(ev->kind == EVENT_ERROR && ev->line == 4);
  CHECK_STR(ev->file, "story/c.lua");
  CHECK(story_begin(s, 2)->kind == EVENT_CHAPTER);
  story_close(s);
}

/* The tools read every file at once: the broken one stops the story at its
** beginning, as it always did. */
static void test_load_all(void)
{
  Story *s = open_story("fr", true);
  const Event *ev = story_begin(s, 1);
  CHECK(ev->kind == EVENT_ERROR);
  CHECK_STR(ev->file, "story/c.lua");
  CHECK(ev->line == 4);
  story_close(s);
}

/* A jump into a file not read yet reads it; a later file's scene of the same
** id (z.lua's, read at the start) still wins, as in name order. */
static void test_jump_reads_file(void)
{
  Story *s = open_story("fr", false);
  const Event *ev = story_begin(s, 1);
  story_step(s, &CONT);
  story_step(s, &CONT);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 1, NULL });
  CHECK(ev->kind == EVENT_LINE);
  CHECK_STR(ev->text, "Remplacé.");
  {
    char *w = json_dumps(story_warnings(s), 0);
    CHECK_HAS(w, "'c2.b' is declared more than once");
    free(w);
  }
  story_close(s);
}

/* A save made in chapter 2, loaded by a story that has read only heads. */
static void test_restore_reads_file(void)
{
  Story *s = open_story("fr", false);
  const Event *ev = story_begin(s, 2);
  char *save;
  size_t len;
  bool diverged = true;
  story_step(s, &CONT);
  ev = story_step(s, &CONT);
  CHECK_STR(ev->text, "n = 5");
  save = story_save(s, &len);
  story_close(s);
  s = open_story("fr", false);
  ev = story_restore(s, save, len, &diverged);
  CHECK(ev && ev->kind == EVENT_LINE);
  CHECK(ev && !diverged);
  CHECK_STR(ev ? ev->text : NULL, "n = 5");
  CHECK(story_step(s, &CONT)->kind == EVENT_CARD);
  free(save);
  story_close(s);
}

/* A language: the catalogs of the chapters read, then of each as it is read. */
static void test_language(void)
{
  Story *s = open_story("fr", false);
  const Event *ev = story_begin(s, 2);
  ev = story_step(s, &CONT);
  CHECK_STR(ev->text, "Deux.");
  CHECK(story_set_language(s, "en"));
  CHECK_STR(story_event(s)->text, "Two.");
  /* chapter 1's title: its catalog read for it */
  CHECK_STR(json_string_value(json_object_get(story_chapter(s, 1), "title")), "One");
  story_close(s);
  s = open_story("en", false);
  ev = story_begin(s, 1);
  CHECK_STR(ev->text, "One");
  story_step(s, &CONT);
  story_step(s, &CONT);
  story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
  ev = story_step(s, &CONT); /* chapter 2's card, then its file and catalog */
  CHECK(ev->kind == EVENT_CHAPTER);
  CHECK_STR(ev->text, "Two");
  CHECK_STR(story_step(s, &CONT)->text, "Two.");
  story_close(s);
}

/* The heads' declarations are kept in the write dir: a second opening runs
** none; an edited file (its size or time changed) has its head run again; a
** file read whole brings its chapter up to date even when its stamp lied; a
** damaged cache is not trusted, and is written again. */
static void test_heads_kept(void)
{
  Story *s = open_story("fr", false);
  const char *root = vfs_base();
  char path[600], cache[600], *b;
  struct stat st;
  story_close(s);
  snprintf(cache, sizeof cache, "%s/user/cache/heads", root);
  b = slurp(cache);
  CHECK(strncmp(b, "ficelle-heads 1 ", 16) == 0);
  CHECK_HAS(b, "story/b.lua");
  CHECK_HAS(b, "\"Deux\"");
  CHECK(!strstr(b, "Et alors")); /* no card: read with the file */
  free(b);
  s = story_open(&(StoryOptions){ .lang = "fr" });
  CHECK_STR(json_string_value(json_object_get(story_chapter(s, 2), "title")), "Deux");
  story_close(s);
  /* An edit: another title, another size. */
  snprintf(path, sizeof path, "%s/story/b.lua", root);
  b = slurp(path);
  {
    char *at = strstr(b, "title = 'Deux'"), *edited = malloc(strlen(b) + 8);
    sprintf(edited, "%.*stitle = 'Deux bis'%s", (int)(at - b), b, at + strlen("title = 'Deux'"));
    write_file(path, edited);
    free(edited);
  }
  free(b);
  s = story_open(&(StoryOptions){ .lang = "fr" });
  CHECK_STR(json_string_value(json_object_get(story_chapter(s, 2), "title")), "Deux bis");
  story_close(s);
  /* A stamp that lies (the same size, the time put back): the head is not
  ** run, the menu says what the cache says; the title card, read with the
  ** whole file, says what the file says. */
  REQUIRE(stat(path, &st) == 0);
  b = slurp(path);
  memcpy(strstr(b, "Deux bis"), "Deux BIS", 8);
  write_file(path, b);
  free(b);
  utime(path, &(struct utimbuf){ st.st_atime, st.st_mtime });
  s = story_open(&(StoryOptions){ .lang = "fr" });
  CHECK_STR(json_string_value(json_object_get(story_chapter(s, 2), "title")), "Deux bis");
  CHECK_STR(story_begin(s, 2)->text, "Deux BIS");
  story_close(s);
  /* The cache damaged (its text edited by hand, its checksum not): not
  ** trusted, the heads run, and it is written again, whole. */
  b = slurp(cache);
  memcpy(strstr(b, "Deux bis"), "Deux XYZ", 8);
  write_file(cache, b);
  free(b);
  s = story_open(&(StoryOptions){ .lang = "fr" });
  CHECK_STR(json_string_value(json_object_get(story_chapter(s, 2), "title")), "Deux BIS");
  story_close(s);
  b = slurp(cache);
  CHECK(strstr(b, "Deux BIS") && !strstr(b, "Deux XYZ") && strstr(b, "story/a.lua"));
  /* ... and cut short */
  b[strlen(b) / 2] = '\0';
  write_file(cache, b);
  free(b);
  s = story_open(&(StoryOptions){ .lang = "fr" });
  CHECK_STR(json_string_value(json_object_get(story_chapter(s, 2), "title")), "Deux BIS");
  CHECK(json_array_size(story_declarations(s)) == 3);
  story_close(s);
  b = slurp(cache);
  CHECK(strstr(b, "story/a.lua") && strstr(b, "story/c.lua"));
  free(b);
  /* A chapter's file added, then taken out: its entry goes with it. */
  snprintf(path, sizeof path, "%s/story/d.lua", root);
  write_file(path,
             "chapter { id = 'c4', number = 4, side = 'yacine', title = 'Quatre', start = "
             "'c4.a' }\n");
  story_close(story_open(&(StoryOptions){ .lang = "fr" }));
  b = slurp(cache);
  CHECK_HAS(b, "story/d.lua");
  free(b);
  remove(path);
  story_close(story_open(&(StoryOptions){ .lang = "fr" }));
  b = slurp(cache);
  CHECK(!strstr(b, "story/d.lua") && strstr(b, "story/b.lua"));
  free(b);
}

/* The next chapter, kept in the heads' cache, after a chapter's card: its
** declaration, file and card as on a first opening. */
static void test_kept_next_chapter(void)
{
  Story *s = open_story("fr", false);
  const Event *ev;
  story_close(s);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "en" })) != NULL);
  ev = story_begin(s, 1);
  CHECK_STR(ev->text, "One");
  story_step(s, &CONT);
  story_step(s, &CONT);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
  CHECK(ev->kind == EVENT_CARD);
  ev = story_step(s, &CONT);
  CHECK(ev->kind == EVENT_CHAPTER && ev->chapter == 2);
  CHECK_STR(ev->text, "Two");
  CHECK_STR(story_step(s, &CONT)->text, "Two.");
  CHECK_STR(story_step(s, &CONT)->text, "n = 1");
  ev = story_step(s, &CONT);
  CHECK(ev->kind == EVENT_CARD);
  CHECK_STR(json_string_value(json_array_get(json_object_get(ev->data, "questions"), 0)),
            "Et alors\xE2\x80\xAF?"); /* the card, read with the file */
  ev = story_step(s, &CONT);
  CHECK(ev->kind == EVENT_ERROR && ev->line == 4); /* c.lua's error, at its line */
  CHECK_STR(ev->file, "story/c.lua");
  story_close(s);
}

/* Two chapters whose declarations the second opening takes from the heads'
** cache: what the chapter menu, --set, an ending and the numbers' check read
** of a chapter not yet needed is what its head declared. */
static const char *const kept_files[] = {
  "story/a.lua",
  "chapter { id = 'c1', number = 1, side = 'yacine', title = 'Un', start = 'c1.a',\n"
  "  defaults = { n = 1 }, sets = { 'n' } }\n"
  "scene('c1.a', function()\n"
  "  say 'Un.'\n"
  "  ending { id = 'fin', title = 'Fin' }\n"
  "end)\n",
  "story/b.lua",
  "chapter { id = 'c2', number = 2, side = 'office', title = 'Deux', start = 'c2.a',\n"
  "  defaults = { m = 2, n = 5 }, sets = { 'n' }, endings = { 'fin' },\n"
  "  presets = { { 'Sept', set = { n = 7 } } } }\n"
  "scene('c2.a', function()\n"
  "  say 'm = {m}, n = {n}'\n"
  "  end_chapter()\n"
  "end)\n",
  NULL
};

static void test_kept_chapters(void)
{
  const char *root = fixture_story(kept_files);
  char path[600], *b;
  Story *s;
  const Event *ev;
  const json_t *c;
  struct stat st;
  snprintf(path, sizeof path, "%s/user/cache/heads.json", root); /* an older engine's cache */
  write_file(path, "{\"api\": \"x\", \"files\": {}}");
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  story_close(s); /* the cache written, the older one gone */
  CHECK(stat(path, &st) != 0);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  CHECK(story_chapter_count(s) == 2);
  /* --set knows chapter 2's variables, and still names the nearest */
  CHECK(story_set_var(s, "m", "3"));
  CHECK(!story_set_var(s, "mn", "3"));
  CHECK_HAS(err_get(), "--set mn: no chapter declares a variable of that name");
  story_close(s);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  c = json_array_get(story_chapters(s), 1); /* the menu: title, side, presets */
  CHECK_STR(json_string_value(json_object_get(c, "title")), "Deux");
  CHECK_STR(json_string_value(json_object_get(c, "side")), "office");
  CHECK_STR(json_string_value(json_array_get(json_object_get(c, "presets"), 0)), "Sept");
  CHECK(story_preset(s, 2, 0));
  CHECK(json_integer_value(json_object_get(story_sets(s), "n")) == 7);
  story_close(s);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_begin(s, 2); /* chapter 2's defaults, then chapter 1's for the rest */
  CHECK(ev->kind == EVENT_CHAPTER);
  CHECK_STR(story_step(s, &CONT)->text, "m = 2, n = 5");
  story_close(s);
  /* An ending that only a chapter not read yet declares. */
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  story_begin(s, 1);
  CHECK_STR(story_step(s, &CONT)->text, "Un.");
  ev = story_step(s, &CONT);
  CHECK(ev->kind == EVENT_ENDING);
  story_close(s);
  /* ... and one that none declares: the same error as ever. */
  snprintf(path, sizeof path, "%s/story/a.lua", root);
  b = slurp(path);
  memcpy(strstr(b, "'fin'"), "'fon'", 5);
  write_file(path, b);
  free(b);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  story_begin(s, 1);
  story_step(s, &CONT);
  ev = story_step(s, &CONT);
  CHECK(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text, "ending: 'fon' is not in any chapter's endings");
  story_close(s);
  /* A file edited to take a number a kept chapter has: its head says so. */
  snprintf(path, sizeof path, "%s/story/b.lua", root);
  b = slurp(path);
  {
    char *at = strstr(b, "number = 2"), *edited = malloc(strlen(b) + 2);
    /* (another size: the same second may hold both versions) */
    sprintf(edited, "%.*snumber = 01%s", (int)(at - b), b, at + strlen("number = 2"));
    write_file(path, edited);
    free(edited);
  }
  free(b);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_begin(s, 1);
  CHECK(ev->kind == EVENT_ERROR);
  CHECK_STR(ev->file, "story/b.lua");
  CHECK(ev->line == 1);
  CHECK_HAS(ev->text, "chapter c2: number 1 is already chapter c1");
  story_close(s);
}

/* After a writer's reload in chapter 2, only chapter 2's file is read again:
** a change of language still translates chapter 1's lines in the history. */
static void test_reload_then_language(void)
{
  Story *s = open_story("fr", false);
  bool diverged = true, found = false;
  story_begin(s, 1);
  story_step(s, &CONT);
  story_step(s, &CONT);
  story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
  story_step(s, &CONT);
  CHECK(story_step(s, &CONT)->kind == EVENT_LINE); /* "Deux." */
  CHECK(story_reload(s, &diverged)->kind == EVENT_LINE);
  CHECK(!diverged);
  CHECK(story_set_language(s, "en"));
  CHECK_STR(story_event(s)->text, "Two.");
  for (int i = 0; i < story_history_count(s); i++)
    if (strcmp(story_history(s, i)->text, "First.") == 0)
      found = true;
  CHECK(found);
  story_close(s);
}

/* Where a file's head ends: strings, comments and fields do not fool it; the
** card is blanked with its lines kept. */
static void test_head_end(void)
{
  char a[] = "-- chapter { x }\nlocal t = \"chapter {\"\nchapter { id = 'c', n = { 1 } }\nscene()";
  char b[] = "x.chapter { }\nlocal s = [[ chapter { ]]\n";
  char c[] = "chapter { id = 'c',\n  card = { 'q',\n 'r' } }\nrest";
  char d[] = "chapter { id = 'a' }\nscene('a.x', f)\nchapter { id = 'b' }\nscene('b.x', g)";
  size_t n = head_end(a, strlen(a));
  CHECK(n > 0 && strncmp(a + n - 3, "} }", 3) == 0 && strcmp(a + n, "\nscene()") == 0);
  CHECK(head_end(b, strlen(b)) == 0);
  n = head_end(c, strlen(c));
  CHECK(n > 0 && strcmp(c + n, "\nrest") == 0);
  CHECK(strstr(c, "card=0") != NULL && !strstr(c, "'q'"));
  n = 0;
  for (const char *p = c; (p = strchr(p, '\n')); p++)
    n++;
  CHECK(n == 3); /* its line breaks kept */
  n = head_end(d, strlen(d));
  CHECK(n > 0 && strcmp(d + n, "\nscene('b.x', g)") == 0); /* the last chapter */
}

int main(void)
{
  RUN(test_head_end);
  RUN(test_broken_later_file);
  RUN(test_load_all);
  RUN(test_jump_reads_file);
  RUN(test_restore_reads_file);
  RUN(test_language);
  RUN(test_heads_kept);
  RUN(test_kept_chapters);
  RUN(test_kept_next_chapter);
  RUN(test_reload_then_language);
  return check_done("load");
}
