/* Unit tests of the step API: events, determinism, saves and replay, rollback,
** chapters' defaults, languages, and the errors a writer makes. */
#include "check.h"
#include "i18n.h"
#include "state.h"
#include "story.h"

#define NN "\xE2\x80\xAF"
#define NB "\xC2\xA0"

static const char *const files[] = {
  "story/a.lua",
  "chapter { id = 'c1', number = 1, side = 'yacine', title = 'Un', start = 'c1.a',\n"
  "  defaults = { n = 1 }, sets = { 'side', 'r' },\n"
  "  card = { questions = { 'Pourquoi ?' }, facts = { { 'Un fait.', source = 'Une source' } },\n"
  "           vocabulary = { { 'mot', 'sens' } } } }\n"
  "scene('c1.a', function()\n"
  "  layout 'platform' { balance = v.n, clock = '6 h 12' }\n"
  "  say 'Bonjour ?'\n"
  "  say('Yacine', 'Il a {n} tâches.')\n"
  "  local c = choose { 'Gauche', { 'Caché', when = false }, 'Droite', prompt = 'Où ?' }\n"
  "  v.side = c\n"
  "  v.r = random(1, 1000000)\n"
  "  if c == 1 then jump 'c1.b' else jump 'c1.c' end\n"
  "end)\n"
  "scene('c1.b', function()\n"
  "  say 'À gauche, {r}.'\n"
  "  end_chapter()\n"
  "end)\n"
  "scene('c1.c', function()\n"
  "  say 'À droite, {r}.'\n"
  "  bind { balance = 99, notice = 'Tirage {r}' }\n"
  "  say 'Encore.'\n"
  "  end_chapter()\n"
  "end)\n"
  "chapter { id = 'c2', number = 2, side = 'office', title = 'Deux', start = 'c2.a', defaults = { "
  "n = 5 }, presets = { { 'Sept', set = { n = 7 } } },\n"
  "  card = { questions = { 'Et la fin ?' } } }\n"
  "scene('c2.a', function()\n"
  "  say('Claire', 'n = {n}')\n"
  "  local t = task { kind = 'text', question = 'Toxique ?', text = 'Une phrase.', answers = { "
  "'Oui', 'Non' }, pay = 3 }\n"
  "  ending { id = 'e1', title = 'Fin ' .. t }\n"
  "end)\n",
  "story/b.lua",
  "chapter { id = 'c3', number = 3, side = 'yacine', title = 'Trois', start = 'c3.a', sets = { 'f' "
  "} "
  "}\n"
  "scene('c3.a', function()\n"
  "  local c = choose { 'mort', 'nulle part', 'fonction' }\n"
  "  if c == 1 then jump 'c3.dead' end\n"
  "  if c == 2 then jump 'nowhere' end\n" /* 5 */
  "  v.f = function() end\n"              /* 6 */
  "end)\n"
  "scene('c3.dead', function()\n"
  "  say 'Et puis rien.'\n"
  "end)\n",
  NULL
};

static const Input CONT = { INPUT_CONTINUE, 0, NULL };

static const Event *next(Story *s)
{
  return story_step(s, &CONT);
}

/* The binding `key` of the screen the current event shows. */
static const json_t *shown(Story *s, const char *key)
{
  return json_object_get(story_event(s)->bindings, key);
}

/* Plays from the current event with the given choices (positions), continuing
** past everything else, and writes "kind:text" of each event into out. */
static void play(Story *s, const Event *ev, const int *choices, char *out, size_t size)
{
  out[0] = '\0';
  for (int guard = 0; guard < 100 && ev->kind != EVENT_END && ev->kind != EVENT_ERROR; guard++) {
    size_t n = strlen(out);
    snprintf(out + n, size - n, "%d:%s|", (int)ev->kind, ev->text ? ev->text : "");
    if (ev->kind == EVENT_CHOICE)
      ev = story_step(s, &(Input){ INPUT_CHOICE, *choices++, NULL });
    else
      ev = story_step(s, &CONT);
  }
}

static void test_events(Story *s)
{
  const Event *ev = story_begin(s, 0);
  const json_t *b;
  CHECK(ev->kind == EVENT_CHAPTER && ev->chapter == 1);
  CHECK_STR(ev->text, "Un");
  CHECK_STR(json_string_value(json_object_get(ev->data, "side")), "yacine");
  CHECK_STR(ev->layout, "page");
  ev = story_step(s, &CONT); /* layout does not stop the scene: the line shows it */
  CHECK_STR(ev->layout, "platform");
  CHECK(ev->kind == EVENT_LINE && ev->speaker == NULL);
  CHECK_STR(ev->style, "narration");
  CHECK_STR(ev->text, "Bonjour" NN "?"); /* French typography by the engine */
  CHECK_STR(ev->file, "story/a.lua");
  CHECK(ev->line == 7);
  b = ev->bindings;
  CHECK(json_integer_value(json_object_get(b, "balance")) == 1);
  CHECK_STR(json_string_value(json_object_get(b, "clock")),
            "6" NB "h" NB "12"); /* a time does not break */
  /* a wrong input changes nothing */
  CHECK(story_step(s, &(Input){ INPUT_CHOICE, 0, NULL }) == ev);
  CHECK_STR(ev->text, "Bonjour" NN "?");
  ev = next(s);
  CHECK_STR(ev->speaker, "Yacine");
  CHECK_STR(ev->style, "speech");
  CHECK_STR(ev->text, "Il a 1 tâches.");
  ev = next(s);
  CHECK(ev->kind == EVENT_CHOICE && ev->noptions == 2); /* the hidden one left out */
  CHECK_STR(ev->text, "Où" NN "?");
  CHECK_STR(ev->options[1].text, "Droite");
  CHECK(ev->options[1].index == 3);
  CHECK(story_step(s, &(Input){ INPUT_CHOICE, 2, NULL }) == ev); /* out of range */
  CHECK(story_history_count(s) == 2);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 1, NULL });
  CHECK(ev->kind == EVENT_LINE && strncmp(ev->text, "À droite, ", strlen("À droite, ")) == 0);
  CHECK_STR(story_history(s, 2)->text, "Droite");
  CHECK_STR(story_history(s, 2)->style, "choice");
  ev = next(s);
  CHECK(json_integer_value(shown(s, "balance")) == 99);
  ev = next(s);
  CHECK(ev->kind == EVENT_CARD);
  CHECK_STR(json_string_value(json_array_get(json_object_get(ev->data, "questions"), 0)),
            "Pourquoi" NN "?");
  CHECK_STR(json_string_value(
                json_object_get(json_array_get(json_object_get(ev->data, "facts"), 0), "source")),
            "Une source");
  ev = next(s);
  CHECK(ev->kind == EVENT_CHAPTER && ev->chapter == 2);
  ev = next(s);
  CHECK_STR(ev->text, "n = 1"); /* n set in chapter 1: c2's default does not apply */
  ev = next(s);
  CHECK(ev->kind == EVENT_CHOICE && ev->data != NULL);
  CHECK_STR(json_string_value(json_object_get(ev->data, "kind")), "text");
  CHECK_STR(json_string_value(json_object_get(ev->data, "text")), "Une phrase.");
  CHECK(json_integer_value(json_object_get(ev->data, "pay")) == 3);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 1, NULL });
  CHECK(ev->kind == EVENT_ENDING);
  CHECK_STR(ev->text, "Fin 2");
  ev = next(s); /* the ending, then the card of the chapter it ends, then the end */
  CHECK(ev->kind == EVENT_CARD && ev->chapter == 2);
  CHECK_STR(json_string_value(json_array_get(json_object_get(ev->data, "questions"), 0)),
            "Et la fin" NN "?");
  ev = next(s);
  CHECK(ev->kind == EVENT_END);
}

static void test_replay(Story *s)
{
  char first[4096], again[4096], *save;
  size_t len;
  bool diverged = true;
  int path[] = { 1, 0 };
  const Event *ev = story_begin(s, 0);
  while (ev->kind != EVENT_CHOICE)
    ev = story_step(s, &CONT);
  save = story_save(s, &len);
  CHECK(save != NULL);
  play(s, ev, path, first, sizeof first);
  CHECK_HAS(first, "À droite, ");
  /* load -> replay gives exactly the same events, random numbers included */
  ev = story_restore(s, save, len, &diverged);
  CHECK(ev && !diverged);
  CHECK(ev->kind == EVENT_CHOICE);
  play(s, ev, path, again, sizeof again);
  CHECK_STR(again, first);
  /* the same from a fresh story object */
  {
    Story *t = story_open(&(StoryOptions){ .lang = "fr" });
    ev = story_restore(t, save, len, &diverged);
    CHECK(ev && !diverged);
    play(t, ev, path, again, sizeof again);
    CHECK_STR(again, first);
    story_close(t);
  }
  /* a damaged save is refused and the story stays where it was */
  ev = story_restore(s, save, len, NULL);
  save[len - 5] ^= 0x20;
  CHECK(story_restore(s, save, len, NULL) == NULL);
  CHECK_HAS(err_get(), "damaged");
  CHECK(story_event(s) == ev && ev->kind == EVENT_CHOICE);
  free(save);
}

static void test_rollback(Story *s)
{
  const Event *ev = story_begin(s, 0);
  while (ev->kind != EVENT_CHOICE)
    ev = story_step(s, &CONT);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 1, NULL }); /* Droite: jumps to c1.c */
  ev = next(s);
  CHECK_STR(ev->text, "Encore.");
  ev = story_rollback(s);
  CHECK(ev->kind == EVENT_LINE && strncmp(ev->text, "À droite, ", strlen("À droite, ")) == 0);
  ev = story_rollback(s);          /* back across the jump */
  CHECK(ev->kind == EVENT_CHOICE); /* the previous decision */
  CHECK(story_history_count(s) == 2);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 0, NULL }); /* decide otherwise */
  CHECK(ev->kind == EVENT_LINE && strncmp(ev->text, "À gauche, ", strlen("À gauche, ")) == 0);
  ev = story_rollback(s);
  ev = story_rollback(s);
  CHECK_STR(ev->text, "Il a 1 tâches.");
  ev = story_rollback(s);
  ev = story_rollback(s);
  CHECK(ev->kind == EVENT_CHAPTER);
  CHECK(story_rollback(s) == ev); /* nothing before it */
}

static void test_chapters_and_vars(Story *s)
{
  const Event *ev = story_begin(s, 2);
  CHECK(ev->kind == EVENT_CHAPTER && ev->chapter == 2);
  ev = next(s);
  CHECK_STR(ev->text, "n = 5");          /* the chapter's default */
  CHECK(!story_set_var(s, "nope", "9")); /* no chapter reads it: a typo, refused */
  CHECK_HAS(err_get(), "--set nope: no chapter declares");
  CHECK(story_set_var(s, "n", "9"));
  story_begin(s, 2);
  ev = next(s);
  CHECK_STR(ev->text, "n = 9"); /* a teacher's what-if wins */
  /* a preset of the chapter's, as the chapter menu offers it */
  CHECK_STR(json_string_value(json_array_get(
                json_object_get(json_array_get(story_chapters(s), 1), "presets"), 0)),
            "Sept");
  CHECK(story_preset(s, 2, 0));
  story_begin(s, 2);
  CHECK_STR(next(s)->text, "n = 7");
  CHECK(!story_preset(s, 2, 3));
  CHECK(story_preset(s, 2, -1)); /* its defaults again */
  story_begin(s, 2);
  CHECK_STR(next(s)->text, "n = 5");
  CHECK(json_array_size(story_chapters(s)) == 5);
  CHECK(story_begin(s, 7)->kind == EVENT_ERROR);
}

static void test_errors(Story *s)
{
  const Event *ev = story_begin(s, 3);
  ev = next(s);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
  CHECK(ev->kind == EVENT_LINE);
  ev = next(s);
  CHECK(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text, "ended without jump");
  CHECK_STR(ev->file, "story/b.lua");
  ev = story_recover(s);
  CHECK(ev->kind == EVENT_LINE); /* back before the failing step */
  ev = story_begin(s, 3);
  ev = next(s);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 1, NULL });
  CHECK(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text, "unknown scene 'nowhere'");
  CHECK(ev->line == 5);
  ev = story_recover(s);
  CHECK(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 2, NULL });
  CHECK(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text, "story/b.lua:6:");
  CHECK_HAS(ev->text, "a function cannot be a story variable");
}

static void test_language(Story *s)
{
  const Event *ev = story_begin(s, 0);
  CHECK(story_set_language(s, "en"));
  ev = story_event(s);
  CHECK_STR(ev->text, "One");
  ev = next(s);
  CHECK_STR(ev->text, "Hello?"); /* no French spaces in English */
  ev = next(s);
  /* its translation names a placeholder the scene does not give: the French
  ** stands in, as for a missing one, rather than an error that replays */
  CHECK_STR(ev->text, "Il a 1 tâches.");
  /* a binding set in one scene keeps its translation in the next one */
  CHECK_STR(json_string_value(shown(s, "clock")), "6:12 a.m.");
  ev = next(s);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 1, NULL }); /* jumps to c1.c */
  CHECK_STR(ev->scene, "c1.c");
  CHECK_STR(json_string_value(shown(s, "clock")), "6:12 a.m.");
  ev = next(s); /* after bind { balance } */
  CHECK_STR(json_string_value(shown(s, "clock")), "6:12 a.m.");
  CHECK(json_integer_value(shown(s, "balance")) == 99);
  CHECK(story_set_language(s, "fr"));
  CHECK_STR(json_string_value(shown(s, "clock")), "6" NB "h" NB "12");
  CHECK(!story_set_language(s, "xx"));
  CHECK_STR(story_language(s), "fr");
}

/* A writer's edit while a reader is in the scene: the reader stays where they
** were; a broken edit shows its error, and the next fix brings them back. */
static void test_reload(Story *s, const char *root)
{
  char path[1024], *text, *edited, here[128];
  const Event *ev = story_begin(s, 1);
  bool diverged = true;
  ev = next(s);
  ev = next(s);
  CHECK(ev->kind == EVENT_LINE && ev->speaker != NULL);
  snprintf(here, sizeof here, "%s", ev->text); /* "Il a 1 tâches." */
  snprintf(path, sizeof path, "%s/story/a.lua", root);
  text = slurp(path);
  edited = strdup(text);
  memcpy(strstr(edited, "Bonjour ?"), "Bonsoir ?", 9);
  write_file(path, edited);
  ev = story_reload(s, &diverged);
  CHECK(!diverged);
  CHECK_STR(ev->text, here);
  CHECK_STR(story_history(s, 0)->text, "Bonsoir" NN "?");
  write_file(path, "scene('c1.a', function()\n  say 'oops'\n  if then\nend)\n");
  ev = story_reload(s, NULL);
  CHECK(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text, "story/a.lua:3:");
  CHECK_STR(ev->file, "story/a.lua");
  CHECK(ev->line == 3);
  write_file(path, text);
  ev = story_reload(s, &diverged);
  CHECK(!diverged);
  CHECK_STR(ev->text, here);
  /* an edit after which the reader's inputs no longer fit: back to the start
  ** of the scene, and the engine says so */
  write_file(path,
             "chapter { id = 'c1', number = 1, side = 'yacine', title = 'Un', start = 'c1.a' }\n"
             "scene('c1.a', function()\n  choose { 'Seul choix' }\n  end_chapter()\nend)\n");
  ev = story_reload(s, &diverged);
  CHECK(diverged);
  CHECK(ev->kind == EVENT_CHOICE && ev->noptions == 1);
  CHECK_STR(ev->options[0].text, "Seul choix");
  /* a story that never began (broken when the reader asked for chapter 2):
  ** the reload after the fix begins it there, not at chapter 1 */
  write_file(path, "if then\n");
  ev = story_begin(s, 2);
  CHECK(ev->kind == EVENT_ERROR);
  write_file(path, text);
  ev = story_reload(s, NULL);
  CHECK(ev->kind == EVENT_CHAPTER && ev->chapter == 2);
  free(text);
  free(edited);
  story_reload(s, NULL);
}

/* The texts of the page, "|"-joined, into out. */
static const char *page_text(Story *s, char *out, size_t size)
{
  out[0] = '\0';
  for (int i = 0; i < story_page_count(s); i++) {
    size_t n = strlen(out);
    snprintf(out + n, size - n, "%s%s", i ? "|" : "", story_page(s, i)->text);
  }
  return out;
}

/* To "Encore.", on the platform: the page holds the whole scene. */
static const Event *to_encore(Story *s)
{
  const Event *ev = story_begin(s, 0);
  while (ev->kind != EVENT_CHOICE)
    ev = next(s);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 1, NULL }); /* Droite: jumps to c1.c */
  return next(s);
}

/* A rollback gives the page back as it was: every line, not only the current. */
static void test_page_rollback(Story *s)
{
  char before[1024], after[1024], back[1024];
  const Event *ev = story_begin(s, 0);
  unsigned page;
  while (ev->kind != EVENT_CHOICE)
    ev = next(s);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 1, NULL });
  page_text(s, before, sizeof before);
  CHECK_HAS(before, "Bonjour" NN "?|Il a 1 tâches.|Droite|À droite, ");
  ev = next(s);
  CHECK_STR(ev->text, "Encore.");
  page_text(s, after, sizeof after);
  CHECK(story_page_count(s) == 5);
  CHECK_STR(story_page(s, 2)->style, "choice");
  CHECK_STR(story_page(s, 4)->text, "Encore.");
  page = ev->page;
  ev = story_rollback(s);
  CHECK(ev->page != page); /* the frontend draws it anew */
  CHECK_STR(page_text(s, back, sizeof back), before);
  CHECK_STR(ev->layout, "platform");
  CHECK(json_integer_value(json_object_get(ev->bindings, "balance")) == 1); /* before bind */
  ev = story_rollback(s); /* across the jump, to the choice */
  CHECK(ev->kind == EVENT_CHOICE);
  CHECK_STR(page_text(s, back, sizeof back), "Bonjour" NN "?|Il a 1 tâches.");
}

/* A change of language translates the page, the screen and the history. */
static void test_page_language(Story *s)
{
  char fr[1024], back[1024];
  const Event *ev = to_encore(s);
  page_text(s, fr, sizeof fr);
  CHECK(story_set_language(s, "en"));
  ev = story_event(s);
  CHECK(story_page_count(s) == 5);
  CHECK_STR(story_page(s, 0)->text, "Hello?");
  CHECK_STR(story_history(s, 0)->text, "Hello?");
  CHECK_STR(ev->text, "Encore.");
  CHECK_STR(json_string_value(json_object_get(ev->bindings, "clock")), "6:12 a.m.");
  CHECK(story_set_language(s, "fr"));
  CHECK_STR(page_text(s, back, sizeof back), fr);
}

/* A save keeps the page: a fresh story shows it whole after the load. */
static void test_page_restore(Story *s)
{
  char before[1024], after[1024], *save;
  size_t len;
  bool diverged = true;
  Story *t;
  const Event *ev;
  to_encore(s);
  page_text(s, before, sizeof before);
  save = story_save(s, &len);
  REQUIRE(save != NULL);
  CHECK_HAS(save, "\"page\"");
  t = story_open(&(StoryOptions){ .lang = "fr" });
  REQUIRE(t != NULL);
  ev = story_restore(t, save, len, &diverged);
  CHECK(ev && !diverged);
  CHECK_STR(page_text(t, after, sizeof after), before);
  CHECK(story_history_count(t) == 5); /* what was on the page was read */
  story_close(t);
  free(save);
}

/* A chapter starts a new page; its lines are its own. */
static void test_page_new_chapter(Story *s)
{
  const Event *ev = to_encore(s);
  ev = next(s);
  CHECK(ev->kind == EVENT_CARD);
  ev = next(s);
  CHECK(ev->kind == EVENT_CHAPTER && story_page_count(s) == 0);
  ev = next(s);
  CHECK(story_page_count(s) == 1);
  CHECK_STR(story_page(s, 0)->text, ev->text);
}

/* The screen's serial moves with its bindings, not with every line. */
static void test_screen_serial(Story *s)
{
  const Event *ev = story_begin(s, 0);
  unsigned screen;
  char drawn[64];
  ev = next(s);
  screen = ev->screen;
  ev = next(s); /* another line, same screen */
  CHECK(ev->screen == screen);
  ev = next(s);
  REQUIRE(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 1, NULL });
  screen = ev->screen;
  REQUIRE(strncmp(ev->text, "À droite, ", strlen("À droite, ")) == 0);
  snprintf(drawn, sizeof drawn, "Tirage %.*s", (int)(strlen(ev->text) - strlen("À droite, ") - 1),
           ev->text + strlen("À droite, "));
  ev = next(s); /* after bind { balance = 99, notice = 'Tirage {r}' } */
  CHECK(ev->screen != screen);
  CHECK(json_integer_value(json_object_get(ev->bindings, "balance")) == 99);
  /* a binding's placeholder takes its value from v (read only for it) */
  CHECK_STR(json_string_value(json_object_get(ev->bindings, "notice")), drawn);
}

/* Borrowed results do not pile up: the chapter list is one list. */
static void test_chapters_borrowed(Story *s)
{
  const json_t *first = story_chapters(s);
  json_t *vars;
  for (int i = 0; i < 1000; i++)
    CHECK(story_chapters(s) == first);
  story_begin(s, 0);
  vars = story_vars(s); /* a new reference, the caller's */
  CHECK(json_integer_value(json_object_get(vars, "n")) == 1);
  json_decref(vars);
}

/* A save from before the page was kept (no "page" field) still loads: the
** page then starts at its checkpoint. */
static void test_save_without_page(Story *s)
{
  Checkpoint cp = { 0 };
  InputLog log = { 0 };
  json_t *meta = NULL;
  char *save, *old;
  size_t len, olen;
  const Event *ev;
  bool diverged = true;
  to_encore(s);
  save = story_save(s, &len);
  REQUIRE(state_save_read(save, len, &cp, &log, &meta));
  json_decref(cp.page);
  cp.page = NULL;
  old = state_save_write(&cp, &log, meta, &olen);
  CHECK(!strstr(old, "\"page\""));
  ev = story_restore(s, old, olen, &diverged);
  CHECK(ev && !diverged);
  CHECK_STR(ev->text, "Encore.");
  CHECK(story_page_count(s) == 2); /* the scene's own lines */
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  json_decref(meta);
  free(save);
  free(old);
}

/* A save edited by hand (or by a story edit since): the checkpoint's fields
** are replaced through f, and the save written again, its checksum right. */
static char *edited_save(Story *s, void (*f)(Checkpoint *cp), size_t *len)
{
  Checkpoint cp = { 0 };
  InputLog log = { 0 };
  json_t *meta = NULL;
  size_t n;
  char *save = story_save(s, &n), *out;
  REQUIRE(state_save_read(save, n, &cp, &log, &meta));
  f(&cp);
  out = state_save_write(&cp, &log, meta, len);
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  json_decref(meta);
  free(save);
  return out;
}

static void unknown_scene(Checkpoint *cp)
{
  free(cp->scene);
  cp->scene = strdup("c1.nowhere");
}

static void gone_chapter(Checkpoint *cp)
{
  unknown_scene(cp);
  cp->chapter = 9;
}

static void wrong_type(Checkpoint *cp)
{
  json_object_set_new(cp->vars, "r", json_pack("{s:i}", "not", 1)); /* "À droite, {r}." */
}

static void too_big(Checkpoint *cp)
{
  size_t n = (size_t)40 << 20;
  char *big = malloc(n + 1);
  memset(big, 'x', n);
  big[n] = '\0';
  json_object_set_new(cp->vars, "big", json_string(big));
  free(big);
}

/* A save the story cannot play (its chapter gone, a variable of the wrong
** type, variables past the scripts' memory cap) is refused before it replaces
** the reader's game: NULL and the reason, and the game goes on where it was. */
static void test_unplayable_saves(Story *s)
{
  void (*edits[])(Checkpoint *) = { gone_chapter, wrong_type, too_big };
  const char *why[] = { "its chapter 9 is not in the story", "placeholder {r}", "memory" };
  char before[1024], after[1024];
  to_encore(s);
  page_text(s, before, sizeof before);
  for (int i = 0; i < 3; i++) {
    size_t len;
    char *bad = edited_save(s, edits[i], &len);
    bool diverged = false;
    CHECK(story_restore(s, bad, len, &diverged) == NULL);
    CHECK_HAS(err_get(), why[i]);
    CHECK(story_event(s)->kind == EVENT_LINE);
    CHECK_STR(story_event(s)->text, "Encore.");
    CHECK_STR(page_text(s, after, sizeof after), before);
    free(bad);
  }
  CHECK(next(s)->kind == EVENT_CARD); /* and it plays on */
}

/* A save whose scene an edit removed was refused (and set aside as damaged,
** the reader's game lost): it resumes at its chapter's start, with its
** variables, and says so. */
static void test_save_scene_gone(Story *s)
{
  const Event *ev;
  bool diverged = false;
  size_t len;
  char *save;
  json_t *vars;
  to_encore(s);
  save = edited_save(s, unknown_scene, &len);
  ev = story_restore(s, save, len, &diverged);
  free(save);
  if (!ev)
    printf("# %s\n", err_get());
  REQUIRE(ev != NULL);
  CHECK(diverged);
  CHECK(story_restore_chapter(s) == 1);
  CHECK(ev->kind == EVENT_CHAPTER && ev->chapter == 1);
  CHECK(story_page_count(s) == 0);
  vars = story_vars(s);
  CHECK(json_integer_value(json_object_get(vars, "side")) == 3); /* the reader's choice */
  json_decref(vars);
  ev = next(s);
  CHECK(ev->kind == EVENT_LINE);
  CHECK_STR(ev->text, "Bonjour" NN "?");
  /* A save that fits says nothing of a chapter. */
  save = story_save(s, &len);
  ev = story_restore(s, save, len, &diverged);
  free(save);
  CHECK(ev && !diverged && story_restore_chapter(s) == 0);
}

/* Names written wrong: a layout, a task's drawing. */
static const char names[] =
    "chapter { id = 'c4', number = 4, side = 'yacine', title = 'Quatre', start = 'c4.a',"
    " defaults = { count = 0 }, sets = { 'seen' } }\n"
    "scene('c4.a', function()\n"
    "  local c = choose { 'une mise en page', 'une image', 'un champ', 'un panneau', 'lire', "
    "'poser', 'un libellé' }\n"
    "  if c == 1 then\n"
    "    layout 'plaform' { balance = 1 }\n" /* 5 */
    "  elseif c == 2 then\n"
    "    task { kind = 'image', image = 'ru', question = 'Q', answers = { 'A', 'B' } }\n" /* 7 */
    "  elseif c == 3 then\n"
    "    layout 'platform' { balanse = 1 }\n" /* 9 */
    "  elseif c == 4 then\n"
    "    layout 'broken'\n" /* 11 */
    "  elseif c == 5 then\n"
    "    if v.cont then say 'jamais' end\n" /* 13 */
    "  elseif c == 6 then\n"
    "    v.sen = true\n" /* 15 */
    "  else\n"
    "    layout 'labels'\n" /* 17 */
    "  end\n"
    "  end_chapter()\n"
    "end)\n";

/* A misspelt layout or drawing is an error at the writer's line, with the name
** nearest to it (it used to fall back to the page, or to the drawing's alt). */
static void test_names(Story *s)
{
  const Event *ev = story_begin(s, 4);
  ev = next(s);
  REQUIRE(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
  REQUIRE(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text, "story/c.lua:5:");
  CHECK_HAS(ev->text, "there is no layout 'plaform'");
  CHECK_HAS(ev->text, "did you mean 'platform'?");
  ev = story_recover(s);
  REQUIRE(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 1, NULL });
  REQUIRE(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text, "story/c.lua:7:");
  CHECK_HAS(ev->text, "there is no image 'ru'");
  CHECK_HAS(ev->text, "did you mean 'rue'?");
  ev = story_recover(s);
  REQUIRE(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 2, NULL });
  REQUIRE(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text, "story/c.lua:9:");
  CHECK_HAS(ev->text, "layout 'platform' shows no 'balanse' (it shows: balance, clock, notice)");
  ev = story_recover(s);
  REQUIRE(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 3, NULL });
  REQUIRE(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text, "story/c.lua:11:");
  CHECK_HAS(ev->text,
            "lua/layouts/broken.lua: panel 1: no panel kind 'line' (did you mean 'lines'?)");
  /* a variable the chapter does not declare, read or set: it used to read as
  ** nil, a condition on it silently false */
  ev = story_recover(s);
  REQUIRE(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 4, NULL });
  REQUIRE(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text,
            "story/c.lua:13: v.cont: chapter c4 does not declare this variable "
            "(did you mean 'count'?)");
  ev = story_recover(s);
  REQUIRE(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 5, NULL });
  REQUIRE(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text,
            "story/c.lua:15: v.sen: chapter c4 does not declare that it sets this "
            "variable (did you mean 'seen'?)");
  /* a label that names no interface text (the key itself used to be shown) */
  ev = story_recover(s);
  REQUIRE(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 6, NULL });
  REQUIRE(ev->kind == EVENT_ERROR);
  CHECK_HAS(ev->text, "story/c.lua:17:");
  CHECK_HAS(ev->text,
            "lua/layouts/labels.lua: panel 1 (bar): no interface text 'platfrom.balance' "
            "(its label;");
  CHECK_HAS(ev->text, "(did you mean 'platform.balance'?)");
}

/* A class reading together: a discussion stop and a sensitive passage. */
static const char classroom[] =
    "chapter { id = 'c5', number = 5, side = 'yacine', title = 'Cinq', start = 'c5.a' }\n"
    "scene('c5.a', function()\n"
    "  say 'Avant.'\n"
    "  discuss('Qui décide ?', { minutes = 3 })\n"
    "  sensitive('Un passage dur, résumé.', function()\n"
    "    say 'Dur 1.'\n"
    "    choose { 'Lire', 'Passer' }\n"
    "    note 'Dur 2.'\n"
    "  end)\n"
    "  say 'Après.'\n"
    "  end_chapter()\n"
    "end)\n";

static void count_unit(void *ud, const char *id, const char *source, const char *file, int line)
{
  (void)id, (void)file, (void)line;
  if (strcmp(source, "Qui décide ?") == 0 || strcmp(source, "Un passage dur, résumé.") == 0)
    ++*(int *)ud;
}

/* Events of chapter 5 until its card, "|"-joined (a choice as "?"), into out. */
static const char *play_c5(Story *s, char *out, size_t size)
{
  const Event *ev = story_begin(s, 5);
  out[0] = '\0';
  for (int guard = 0; guard < 20 && ev->kind != EVENT_CARD && ev->kind != EVENT_ERROR; guard++) {
    size_t n = strlen(out);
    if (ev->kind == EVENT_LINE)
      snprintf(out + n, size - n, "%s%s", n ? "|" : "", ev->text);
    else if (ev->kind == EVENT_CHOICE)
      snprintf(out + n, size - n, "%s?", n ? "|" : "");
    if (ev->kind == EVENT_LINE && strcmp(ev->style, "discuss") == 0)
      CHECK(json_integer_value(json_object_get(ev->data, "minutes")) == 3);
    if (ev->kind == EVENT_LINE && strcmp(ev->text, "Un passage dur, résumé.") == 0)
      CHECK_STR(ev->style, "summary");
    ev = story_step(s,
                    &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 0, NULL });
  }
  CHECK(ev->kind == EVENT_CARD);
  return out;
}

/* Alone, a reader reads the passage and never sees the stop nor the summary
** (which are still translation units); a class sees the stop, the summary in
** the passage's place, and the passage's choice. */
static void test_classroom(Story *s)
{
  char got[512];
  int units = 0;
  story_set_collector(s, count_unit, &units);
  CHECK_STR(play_c5(s, got, sizeof got), "Avant.|Dur 1.|?|Dur 2.|Après.");
  CHECK(units == 2);
  story_set_collector(s, NULL, NULL);
  CHECK(!story_classroom(s));
  story_set_classroom(s, true);
  CHECK_STR(play_c5(s, got, sizeof got),
            "Avant.|Qui décide" NN "?|Un passage dur, résumé.|?|Après.");
  /* a rollback in class stays in class */
  story_rollback(s);
  CHECK_STR(story_event(s)->text, "Après.");
  story_set_classroom(s, false);
}

/* A fresh copy of the story (and its English catalog, whose ids are those the
** engine computes) for each test. */
static Story *open_story(void)
{
  static char catalog[1024];
  const char *mine[24] = {
    files[0],
    files[1],
    files[2],
    files[3],
    "story/c.lua",
    names,
    "story/d.lua",
    classroom,
    "lua/layouts/platform.lua",
    "return { mood = 'side', panels = { { kind = 'bar', rect = { 0, 0, "
    "1, 0.1 }, items = { { bind = 'balance' }, { bind = 'clock' }, { bind = 'notice' } } "
    "} } }\n",
    "lua/layouts/labels.lua",
    "return { panels = { { kind = 'bar', rect = { 0, 0, 1, 1 }, items = { "
    "{ bind = 'balance', label = 'platfrom.balance' } } } } }\n",
    "lua/i18n/fr/t.json",
    "{ \"platform.balance\": \"Solde\" }\n",
    "lua/layouts/broken.lua",
    "return { panels = { { kind = 'line', rect = { 0, 0, 1, 1 } } } }\n",
    "story/images/rue.lua",
    "return { w = 4, h = 3, shapes = {} }\n",
    "story/i18n/en/a.json",
    catalog,
    NULL
  };
  Story *s;
  snprintf(catalog, sizeof catalog,
           "{\"entries\": [{\"id\": \"c1.a:%08x\", \"fr\": \"Bonjour ?\", \"en\": \"Hello?\"},"
           " {\"id\": \"c1:%08x\", \"fr\": \"Un\", \"en\": \"One\"},"
           " {\"id\": \"c1.a:%08x\", \"fr\": \"6 h 12\", \"en\": \"6:12 a.m.\"},"
           " {\"id\": \"c1.a:%08x\", \"fr\": \"Il a {n} tâches.\", \"en\": \"{nope} tasks.\"}]}",
           (unsigned)i18n_hash("Bonjour ?"), (unsigned)i18n_hash("Un"),
           (unsigned)i18n_hash("6 h 12"), (unsigned)i18n_hash("Il a {n} tâches."));
  fixture_story(mine);
  /* 32 MiB for the scripts: a save's variables past it must not abort */
  s = story_open(&(StoryOptions){ .lang = "fr", .memory_cap = (size_t)32 << 20 });
  if (!s)
    printf("# %s\n", err_get());
  REQUIRE(s != NULL);
  return s;
}

static void close_story(Story *s)
{
  story_close(s);
  vfs_close();
}

/* Runs test(story) on a fresh story. */
#define RUN_STORY(test) RUN(test##_fresh)
#define FRESH(test)                                                                                \
  static void test##_fresh(void)                                                                   \
  {                                                                                                \
    Story *s = open_story();                                                                       \
    test(s);                                                                                       \
    close_story(s);                                                                                \
  }
FRESH(test_events)
FRESH(test_replay)
FRESH(test_rollback)
FRESH(test_language)
FRESH(test_chapters_and_vars)
FRESH(test_errors)
FRESH(test_page_rollback)
FRESH(test_page_language)
FRESH(test_page_restore)
FRESH(test_page_new_chapter)
FRESH(test_screen_serial)
FRESH(test_chapters_borrowed)
FRESH(test_save_without_page)
FRESH(test_unplayable_saves)
FRESH(test_save_scene_gone)
FRESH(test_names)
FRESH(test_classroom)

static void test_reload_fresh(void)
{
  Story *s = open_story();
  char root[512];
  snprintf(root, sizeof root, "%s", vfs_base());
  test_reload(s, root);
  close_story(s);
}

int main(void)
{
  RUN_STORY(test_events);
  RUN_STORY(test_replay);
  RUN_STORY(test_rollback);
  RUN_STORY(test_language);
  RUN_STORY(test_chapters_and_vars);
  RUN_STORY(test_errors);
  RUN_STORY(test_reload);
  RUN_STORY(test_page_rollback);
  RUN_STORY(test_page_language);
  RUN_STORY(test_page_restore);
  RUN_STORY(test_page_new_chapter);
  RUN_STORY(test_screen_serial);
  RUN_STORY(test_chapters_borrowed);
  RUN_STORY(test_save_without_page);
  RUN_STORY(test_unplayable_saves);
  RUN_STORY(test_save_scene_gone);
  RUN_STORY(test_names);
  RUN_STORY(test_classroom);
  return check_done("story");
}
