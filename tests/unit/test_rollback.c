/* Unit tests of rollback without replay (issue 15): stepping back shows each
** event, its screen, page and history exactly as the reader saw them going
** forward, the save is the one taken then, and acting from there plays on as
** before. Replaying from the scene's start at every step back made 100 steps
** back in a 10,000-line scene take seconds (tests/bench/costs.py measures it). */
#include "check.h"
#include "story.h"

static const char *const files[] = {
  "story/a.lua",
  "chapter { id = 'c1', number = 1, side = 'yacine', title = 'Un', start = 'c1.a',\n"
  "  defaults = { n = 0, pick = 0 }, sets = { 'n', 'pick' } }\n"
  "scene('c1.a', function()\n"
  "  for i = 1, 130 do\n"
  "    v.n = v.n + 1\n"
  "    say('Yacine', 'Ligne {n}.')\n"
  "    if i == 40 then layout 'platform' { balance = v.n, clock = '6 h 40' } end\n"
  "    if i == 60 then bind { balance = v.n, clock = '7 h 00' } end\n"
  "    if i == 80 then v.pick = choose { 'Un', 'Deux', prompt = 'Lequel ?' } end\n"
  "    if i == 100 then\n"
  "      task { kind = 'text', question = 'Toxique ?', text = 'Une phrase.',\n"
  "             answers = { 'Oui', 'Non' }, pay = 3 }\n"
  "    end\n"
  "    if i == 120 then jump 'c1.b' end\n"
  "  end\n"
  "end)\n"
  "scene('c1.b', function()\n"
  "  for i = 1, 320 do\n" /* more than a page holds (STORY_PAGE_MAX) */
  "    say('Suite ' .. i .. ', {n}.')\n"
  "    if i % 50 == 0 then v.n = v.n + random(1, 100) end\n"
  "  end\n"
  "  end_chapter()\n"
  "end)\n"
  "chapter { id = 'c2', number = 2, side = 'office', title = 'Deux', start = 'c2.a',\n"
  "  defaults = { n = 0 } }\n"
  "scene('c2.a', function()\n"
  "  say 'Presque.'\n"
  "  ending { id = 'e1', title = 'Fin' }\n"
  "end)\n",
  "lua/layouts/platform.lua",
  "return { mood = 'side', panels = { { kind = 'bar', rect = { 0, 0, 1, 0.1 }, items = { { "
  "bind = 'balance' }, { bind = 'clock' } } } } }\n",
  NULL
};

typedef struct Buf {
  char *p;
  size_t n, cap;
} Buf;

static void put(Buf *b, const char *s)
{
  size_t k = strlen(s ? s : "(null)");
  if (b->n + k + 2 > b->cap) {
    b->cap = 2 * (b->n + k + 2);
    b->p = realloc(b->p, b->cap);
  }
  memcpy(b->p + b->n, s ? s : "(null)", k);
  b->n += k;
  b->p[b->n++] = '|';
  b->p[b->n] = '\0';
}

static void put_int(Buf *b, long x)
{
  char t[32];
  snprintf(t, sizeof t, "%ld", x);
  put(b, t);
}

/* Everything a frontend may show of the story now (serials aside: they
** change by design), and its save. malloc'd. */
static char *snapshot(Story *s, const Event *ev)
{
  Buf b = { 0 };
  char *j, *save;
  size_t len;
  put_int(&b, ev->kind);
  put(&b, ev->scene), put(&b, ev->file), put_int(&b, ev->line);
  put(&b, ev->speaker), put(&b, ev->text), put(&b, ev->style);
  for (int i = 0; i < ev->noptions; i++)
    put(&b, ev->options[i].text), put_int(&b, ev->options[i].index);
  put(&b, ev->layout);
  j = json_dumps(ev->bindings, JSON_SORT_KEYS | JSON_COMPACT);
  put(&b, j), free(j);
  j = ev->data ? json_dumps(ev->data, JSON_SORT_KEYS | JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
  put(&b, j), free(j);
  put_int(&b, ev->chapter);
  j = ev->answered ? json_dumps(ev->answered, JSON_SORT_KEYS | JSON_COMPACT) : NULL;
  put(&b, j), free(j);
  put(&b, "page");
  for (int i = 0; i < story_page_count(s); i++)
    put(&b, story_page(s, i)->speaker), put(&b, story_page(s, i)->text),
        put(&b, story_page(s, i)->style), put(&b, story_page(s, i)->stamp);
  put(&b, "history");
  put_int(&b, story_history_count(s));
  for (int i = 0; i < story_history_count(s); i++)
    put(&b, story_history(s, i)->text), put(&b, story_history(s, i)->style);
  save = story_save(s, &len);
  put(&b, save), free(save);
  return b.p;
}

/* The page's lines are numbered in the order they are shown. */
static bool seq_ordered(const Story *s)
{
  for (int i = 1; i < story_page_count(s); i++)
    if (story_page(s, i)->seq <= story_page(s, i - 1)->seq)
      return false;
  return true;
}

#define MAXEV 1000

static void test_rollback_no_replay(void)
{
  static char *snaps[MAXEV];
  static char *vars[MAXEV];
  static int inputs[MAXEV];
  Story *s;
  const Event *ev;
  int n = 0, back = 0, bad = 0;
  unsigned page;
  fixture_story(files);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_begin(s, 1);
  /* Forward, recording what the reader sees at every event. */
  while (ev->kind != EVENT_END && ev->kind != EVENT_ERROR && n < MAXEV) {
    json_t *v = story_vars(s);
    snaps[n] = snapshot(s, ev);
    vars[n] = json_dumps(v, JSON_SORT_KEYS | JSON_COMPACT);
    json_decref(v);
    inputs[n] = ev->kind == EVENT_CHOICE ? 1 : 0; /* the second option, then 'Non' */
    ev = story_step(
        s, &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, inputs[n], NULL });
    n++;
  }
  if (ev->kind == EVENT_ERROR)
    printf("# %s\n", ev->text);
  REQUIRE(ev->kind == EVENT_END);
  CHECK(n > 440);
  /* Back, one step at a time, to the start: each event as it was. */
  for (int i = n - 1; i >= 0; i--) {
    char *now;
    page = ev->page;
    ev = story_rollback(s);
    now = snapshot(s, ev);
    if (strcmp(now, snaps[i]) != 0 && bad++ < 3)
      printf("# step back to event %d differs:\n#  now  %.300s\n#  then %.300s\n", i, now,
             snaps[i]);
    CHECK(ev->page != page); /* the frontend draws the page anew */
    CHECK(seq_ordered(s));
    free(now);
    back++;
  }
  CHECK(bad == 0);
  CHECK(back == n);
  page = ev->page;
  CHECK(story_rollback(s) == ev && ev->page == page); /* nothing before the first */
  /* Forward again with the same inputs: the same events (the first step
  ** replays, the others run on). */
  for (int i = 0; i < n; i++) {
    char *now = snapshot(s, ev);
    if (strcmp(now, snaps[i]) != 0 && bad++ < 3)
      printf("# forward again, event %d differs:\n#  now  %.300s\n#  then %.300s\n", i, now,
             snaps[i]);
    free(now);
    ev = story_step(
        s, &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, inputs[i], NULL });
  }
  CHECK(bad == 0);
  CHECK(ev->kind == EVENT_END);
  /* 100 steps back, then the variables (the scripts brought back), then on. */
  for (int i = 0; i < 100; i++)
    ev = story_rollback(s);
  {
    json_t *v = story_vars(s);
    char *dump = json_dumps(v, JSON_SORT_KEYS | JSON_COMPACT), *now = snapshot(s, ev);
    CHECK_STR(dump, vars[n - 100]);
    CHECK_STR(now, snaps[n - 100]);
    free(dump), free(now);
    json_decref(v);
  }
  ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
  {
    char *now = snapshot(s, ev);
    CHECK_STR(now, snaps[n - 99]);
    free(now);
  }
  /* Back to the choice, then the other option: another path, played. */
  while (ev->kind != EVENT_CHOICE || ev->data) /* a choice, not the task */
    ev = story_rollback(s);
  CHECK_STR(ev->text,
            "Lequel"
            "\xE2\x80\xAF"
            "?");
  ev = story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
  CHECK(ev->kind == EVENT_LINE);
  {
    json_t *v = story_vars(s);
    CHECK(json_integer_value(json_object_get(v, "pick")) == 1);
    json_decref(v);
  }
  for (int i = 0; i < n; i++)
    free(snaps[i]), free(vars[i]);
  story_close(s);
  vfs_close();
}

/* The visits a scene reads (visits(id)) are counted by the engine as the
** scripts count them, and checkpoints, saves, restores and rollbacks keep
** them (the engine keeps its own count rather than reading the scripts' at
** every scene entry). */
static const char *const visiting[] = {
  "story/a.lua",
  "chapter { id = 'c1', number = 1, side = 'yacine', title = 'Un', start = 'c1.a',\n"
  "  defaults = { n = 0 }, sets = { 'n' } }\n"
  "scene('c1.a', function()\n"
  "  v.n = visits('c1.a')\n"
  "  say 'Passage {n}.'\n"
  "  if v.n < 3 then jump 'c1.b' end\n"
  "  end_chapter()\n"
  "end)\n"
  "scene('c1.b', function()\n"
  "  say 'Ailleurs.'\n"
  "  jump 'c1.a'\n"
  "end)\n",
  NULL
};

static void test_visits_kept(void)
{
  static const Input CONT = { INPUT_CONTINUE, 0, NULL };
  Story *s, *t;
  const Event *ev;
  char *save;
  size_t len;
  bool diverged = true;
  fixture_story(visiting);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_begin(s, 1);
  ev = story_step(s, &CONT);
  CHECK_STR(ev->text, "Passage 1.");
  ev = story_step(s, &CONT);
  ev = story_step(s, &CONT);
  CHECK_STR(ev->text, "Passage 2.");
  save = story_save(s, &len);
  REQUIRE(save != NULL);
  CHECK_HAS(save, "\"visits\":{\"c1.a\":1,\"c1.b\":1}"); /* at the entry: before it */
  ev = story_step(s, &CONT);
  ev = story_step(s, &CONT);
  CHECK_STR(ev->text, "Passage 3.");
  ev = story_rollback(s);
  ev = story_rollback(s);
  CHECK_STR(ev->text, "Passage 2.");
  ev = story_step(s, &CONT); /* replayed from the checkpoint, its visits */
  ev = story_step(s, &CONT);
  CHECK_STR(ev->text, "Passage 3.");
  REQUIRE((t = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_restore(t, save, len, &diverged);
  CHECK(ev && !diverged);
  CHECK_STR(ev->text, "Passage 2.");
  ev = story_step(t, &CONT);
  ev = story_step(t, &CONT);
  CHECK_STR(ev->text, "Passage 3.");
  ev = story_step(t, &CONT);
  CHECK(ev->kind == EVENT_CARD);
  /* A place kept in memory: resumed twice, the same (what it shares with
  ** the story is never changed by playing on). */
  {
    StoryPlace *place;
    char *again;
    size_t alen;
    ev = story_begin(s, 1);
    for (int i = 0; i < 3; i++)
      ev = story_step(s, &CONT);
    CHECK_STR(ev->text, "Passage 2.");
    REQUIRE((place = story_place(s)) != NULL);
    for (int round = 0; round < 2; round++) {
      diverged = true;
      ev = story_step(s, &CONT);
      ev = story_step(s, &CONT);
      CHECK_STR(ev->text, "Passage 3.");
      ev = story_resume(s, place, &diverged);
      CHECK(!diverged);
      CHECK_STR(ev->text, "Passage 2.");
      again = story_save(s, &alen);
      CHECK_STR(again, save);
      free(again);
    }
    story_place_free(place);
  }
  free(save);
  story_close(t);
  story_close(s);
  vfs_close();
}

/* A scene far longer than the marks kept (TIMELINE_MARKS): the last steps
** back are replays, and land where they should. */
static const char *const looping[] = {
  "story/a.lua",
  "chapter { id = 'c1', number = 1, side = 'yacine', title = 'Un', start = 'c1.a' }\n"
  "scene('c1.a', function()\n"
  "  for i = 1, 9000 do say('Ligne ' .. i) end\n"
  "  end_chapter()\n"
  "end)\n",
  NULL
};

static void test_long_scene(void)
{
  static const Input CONT = { INPUT_CONTINUE, 0, NULL };
  Story *s;
  const Event *ev;
  char want[32];
  int at = 9000, bad = 0;
  fixture_story(looping);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_begin(s, 1);
  for (int i = 0; i <= 9000; i++)
    ev = story_step(s, &CONT);
  CHECK(ev->kind == EVENT_CARD);
  ev = story_rollback(s);
  CHECK_STR(ev->text, "Ligne 9000");
  /* 9000 - 8192 + 4096 marks were kept; three steps past them replay. */
  for (int i = 0; i < 9000 - 8192 + 4096 + 3; i++) {
    ev = story_rollback(s);
    snprintf(want, sizeof want, "Ligne %d", --at);
    if ((!ev->text || strcmp(ev->text, want) != 0) && bad++ < 3)
      printf("# back to %s, got %s\n", want, ev->text ? ev->text : "(null)");
  }
  CHECK(bad == 0);
  CHECK(story_page_count(s) == STORY_PAGE_MAX);
  CHECK_STR(story_page(s, STORY_PAGE_MAX - 1)->text, want);
  ev = story_step(s, &CONT);
  snprintf(want, sizeof want, "Ligne %d", at + 1);
  CHECK_STR(ev->text, want);
  story_close(s);
  vfs_close();
}

/* Roll forward (issue 10's wheel down and Page Down): after stepping back,
** each step forward shows the event, page, history and save the reader had
** there, up to the live point, without a new path; a step from halfway plays
** on as it did; a step after a rollback leaves nothing ahead. */
static void test_roll_forward(void)
{
  static char *snaps[MAXEV];
  static int inputs[MAXEV];
  Story *s;
  const Event *ev;
  int n = 0, bad = 0;
  fixture_story(files);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_begin(s, 1);
  while (ev->kind != EVENT_END && ev->kind != EVENT_ERROR && n < MAXEV) {
    snaps[n] = snapshot(s, ev);
    inputs[n] = ev->kind == EVENT_CHOICE ? 1 : 0;
    ev = story_step(
        s, &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, inputs[n], NULL });
    n++;
  }
  REQUIRE(ev->kind == EVENT_END);
  CHECK(story_ahead(s) == 0);
  CHECK(story_forward(s) == ev); /* at the live point: nothing ahead */
  /* Each line of the history knows its chapter (the history's separators). */
  {
    int count = story_history_count(s);
    REQUIRE(count > 2);
    CHECK(story_history(s, 0)->chapter == 1);
    CHECK(story_history(s, count - 2)->chapter == 1);
    CHECK_STR(story_history(s, count - 1)->text, "Presque.");
    CHECK(story_history(s, count - 1)->chapter == 2);
  }
  /* 200 back (across the jump to c1.b and the chapter's end), 200 forward. */
  for (int i = 0; i < 200; i++)
    ev = story_rollback(s);
  CHECK(story_ahead(s) == 200);
  for (int i = n - 199; i < n; i++) {
    unsigned page = ev->page;
    char *now;
    ev = story_forward(s);
    now = snapshot(s, ev);
    if (strcmp(now, snaps[i]) != 0 && bad++ < 3)
      printf("# forward to event %d differs:\n#  now  %.300s\n#  then %.300s\n", i, now, snaps[i]);
    CHECK(ev->page != page);
    CHECK(seq_ordered(s));
    free(now);
  }
  CHECK(bad == 0);
  ev = story_forward(s);
  CHECK(ev->kind == EVENT_END);
  CHECK(story_ahead(s) == 0);
  /* Back to before the choice, forward past it: the option taken is kept. */
  while (ev->kind != EVENT_CHOICE || ev->data)
    ev = story_rollback(s);
  for (int i = 0; i < 5; i++)
    ev = story_rollback(s);
  int ahead = story_ahead(s);
  for (int i = 0; i < 8; i++)
    ev = story_forward(s);
  CHECK(story_ahead(s) == ahead - 8);
  {
    json_t *v = story_vars(s);
    CHECK(json_integer_value(json_object_get(v, "pick")) == 2);
    json_decref(v);
  }
  /* A step from there plays on as before, and nothing is ahead any more. */
  {
    int at = -1;
    char *now = snapshot(s, ev);
    for (int i = 0; i < n && at < 0; i++)
      if (strcmp(now, snaps[i]) == 0)
        at = i;
    free(now);
    REQUIRE(at >= 0);
    ev = story_step(
        s, &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, inputs[at], NULL });
    now = snapshot(s, ev);
    CHECK_STR(now, snaps[at + 1]);
    free(now);
  }
  CHECK(story_ahead(s) == 0);
  ev = story_rollback(s);
  CHECK(story_ahead(s) == 1);
  story_set_language(s, "fr");
  CHECK(story_ahead(s) == 0);
  for (int i = 0; i < n; i++)
    free(snaps[i]);
  story_close(s);
}

/* The task answered stays with its page into the next scene: at a line there,
** the event hands it over (with the answer given), and a save of that line
** loaded again gives it back from the checkpoint (no replay answers it). */
static void test_task_kept(void)
{
  Story *s;
  const Event *ev;
  char *before, *save, *now;
  size_t len;
  bool diverged = false;
  fixture_story(files);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  ev = story_begin(s, 1);
  for (int guard = 0; guard < 400 && ev->kind != EVENT_END && ev->kind != EVENT_ERROR; guard++) {
    if (ev->kind == EVENT_LINE && strcmp(ev->scene, "c1.b") == 0)
      break;
    CHECK(ev->kind != EVENT_CHOICE || !ev->data || !ev->answered); /* not yet answered */
    ev = story_step(s,
                    &(Input){ ev->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 1, NULL });
  }
  REQUIRE(ev->kind == EVENT_LINE && strcmp(ev->scene, "c1.b") == 0);
  REQUIRE(ev->answered != NULL);
  CHECK(json_integer_value(json_object_get(ev->answered, "answer")) == 1);
  CHECK_STR(json_string_value(json_object_get(json_object_get(ev->answered, "task"), "kind")),
            "text");
  CHECK(json_is_object(json_object_get(ev->answered, "bindings")));
  ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
  before = snapshot(s, ev);
  save = story_save(s, &len);
  REQUIRE(save != NULL);
  CHECK(strstr(save, "\"answered\"") != NULL); /* the checkpoint at c1.b keeps it */
  for (int i = 0; i < 5; i++)
    ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
  ev = story_restore(s, save, len, &diverged);
  REQUIRE(ev != NULL);
  CHECK(!diverged);
  now = snapshot(s, ev);
  /* the same event, screen, task and page (the history starts again at a
  ** restore: it is what was read since) */
  *strstr(now, "|history|") = *strstr(before, "|history|") = '\0';
  CHECK_STR(now, before);
  free(now), free(before), free(save);
  /* Another layout is another page: the task goes with the old one. */
  ev = story_begin(s, 2);
  CHECK(ev->answered == NULL);
  story_close(s);
}

/* What one event shows, but the page, the history and the save. malloc'd. */
static char *event_words(const Event *ev)
{
  Buf b = { 0 };
  put_int(&b, ev->kind);
  put(&b, ev->scene), put(&b, ev->file), put_int(&b, ev->line);
  put(&b, ev->speaker), put(&b, ev->text), put(&b, ev->style);
  for (int i = 0; i < ev->noptions; i++)
    put(&b, ev->options[i].text), put_int(&b, ev->options[i].index);
  return b.p;
}

/* A story opened for a tool (no_history) plays the same events, keeps no
** history, and a place taken in it resumes to the same event: the checker
** plays with it, and does not lay out again, at each place it resumes, the
** lines of a page that nobody reads. */
static void test_no_history(void)
{
  Story *s, *t;
  const Event *a, *b;
  StoryPlace *pa = NULL, *pb = NULL;
  char *at = NULL, *wa, *wb;
  int n = 0, differ = 0;
  fixture_story(files);
  REQUIRE((s = story_open(&(StoryOptions){ .lang = "fr" })) != NULL);
  REQUIRE((t = story_open(&(StoryOptions){ .lang = "fr", .no_history = true })) != NULL);
  a = story_begin(s, 1);
  b = story_begin(t, 1);
  while (a->kind != EVENT_END && a->kind != EVENT_ERROR && n < MAXEV) {
    wa = event_words(a);
    wb = event_words(b);
    differ += strcmp(wa, wb) != 0;
    if (n == 300) { /* in c1.b, past a page of lines */
      pa = story_place(s);
      pb = story_place(t);
      at = strdup(wa);
    }
    free(wa);
    free(wb);
    a = story_step(s, &(Input){ a->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 1, NULL });
    b = story_step(t, &(Input){ b->kind == EVENT_CHOICE ? INPUT_CHOICE : INPUT_CONTINUE, 1, NULL });
    n++;
  }
  CHECK(n > 400);
  CHECK(differ == 0);
  CHECK(b->kind == a->kind);
  CHECK(story_history_count(s) > 0);
  CHECK(story_history_count(t) == 0);
  REQUIRE(pa != NULL && pb != NULL);
  {
    bool da = false, db = false;
    a = story_resume(s, pa, &da);
    b = story_resume(t, pb, &db);
    REQUIRE(a != NULL && b != NULL);
    CHECK(!da && !db);
    wa = event_words(a);
    wb = event_words(b);
    CHECK(strcmp(wa, at) == 0);
    CHECK(strcmp(wb, at) == 0);
    CHECK(story_page_count(t) > 0); /* the screen's page is kept */
    CHECK(story_history_count(t) == 0);
    free(wa);
    free(wb);
  }
  free(at);
  story_place_free(pa);
  story_place_free(pb);
  story_close(s);
  story_close(t);
}

int main(void)
{
  RUN(test_rollback_no_replay);
  RUN(test_no_history);
  RUN(test_task_kept);
  RUN(test_visits_kept);
  RUN(test_long_scene);
  RUN(test_roll_forward);
  return check_done("rollback");
}
