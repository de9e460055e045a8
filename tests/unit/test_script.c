/* Unit tests of the sandbox, through real scenes: each hostile or broken scene
** gets an error event naming its file and line, and the engine goes on. */
#include "check.h"
#include "err.h"
#include "script.h"
#include "story.h"

static const char *const files[] = {
  "story/a.lua",
  "chapter { id = 't', number = 1, side = 'yacine', title = 'T', start = 't.menu', defaults = { "
  "long = 1500 } }\n"
  "scene('t.menu', function()\n" /* 2 */
  "  local c = choose { 'loop', 'bomb', 'os', 'io', 'binary', 'require', 'pcall', 'ok', 'global', "
  "'screen', 'self', 'ping', 'noopt', 'odd', 'gc', 'strmeta', 'pattern', 'long' }\n"
  "  jump(({ 't.loop', 't.bomb', 't.os', 't.io', 't.binary', 't.require', 't.pcall', 't.ok', "
  "'t.global', 't.screen', 't.self', 't.ping', 't.noopt', 't.odd', 't.gc', 't.strmeta', "
  "'t.pattern', 't.long' })[c])\n"
  "end)\n"
  "scene('t.loop', function()\n" /* 6 */
  "  while true do end\n"        /* 7 */
  "end)\n"
  "scene('t.bomb', function()\n"
  "  local t = {}\n"
  "  while true do t[#t + 1] = string.rep('x', 1000000) .. #t end\n" /* 11 */
  "end)\n"
  "scene('t.os', function()\n"
  "  os.execute('touch /tmp/ficelle-pwned')\n" /* 14 */
  "end)\n"
  "scene('t.io', function()\n"
  "  io.open('/etc/passwd')\n" /* 17 */
  "end)\n"
  "scene('t.binary', function()\n"
  "  assert(load('\\27Lua\\84\\0\\25\\147\\r\\n\\26\\n'))\n" /* 20 */
  "end)\n"
  "scene('t.require', function()\n"
  "  require 'lfs'\n" /* 23 */
  "end)\n"
  "scene('t.pcall', function()\n"
  "  while true do pcall(function() while true do end end) end\n" /* 26 */
  "end)\n"
  "scene('t.ok', function()\n"
  "  say 'Tout va bien.'\n"
  "  end_chapter()\n"
  "end)\n"
  "scene('t.global', function()\n"
  "  assert(dofile == nil and loadfile == nil and string.dump == nil and debug == nil)\n"
  "  assert(package == nil and collectgarbage == nil)\n"
  "  assert(not pcall(load, 'return 1', 'x', 'b'))\n"
  "  local seen = ''\n"
  "  for k in pairs({ zeta = 1, alpha = 2, mid = 3, [2] = 0, [1] = 0 }) do seen = seen .. "
  "tostring(k) end\n"
  "  assert(seen == '12alphamidzeta', 'pairs in key order, not hash order: ' .. seen)\n"
  "  say 'Rien à voir.'\n"
  "  end_chapter()\n"
  "end)\n"
  "scene('t.screen', function()\n"
  "  while true do bind { n = 1 } end\n" /* 43 */
  "end)\n"
  "scene('t.self', function()\n"
  "  jump 't.self'\n" /* 46 */
  "end)\n"
  "scene('t.ping', function() jump 't.pong' end)\n" /* 48 */
  "scene('t.pong', function() jump 't.ping' end)\n" /* 49 */
  "scene('t.noopt', function()\n"
  "  coroutine.yield({ kind = 'choice', options = {} })\n" /* 51 */
  "end)\n"
  "scene('t.odd', function()\n"
  "  coroutine.yield({ kind = 'teleport', to = 't.ok' })\n" /* 54 */
  "end)\n"
  "scene('t.gc', function()\n"
  "  setmetatable({}, { __gc = function() while true do end end })\n" /* 57 */
  "end)\n"
  "scene('t.strmeta', function()\n"
  "  getmetatable('').__index = { upper = function() return 'pwned' end }\n" /* 60 */
  "end)\n"
  "scene('t.pattern', function()\n"
  "  local s = ('a'):rep(30000)\n"
  "  say(tostring(s:find('.-.-.-.-b')))\n" /* 64 */
  "end)\n"
  "scene('t.long', function()\n"
  "  error(('x'):rep(v.long) .. ' the root cause')\n" /* 67 */
  "end)\n",
  NULL
};

static const Event *pick(Story *s, int position)
{
  const Event *ev = story_begin(s, 1);
  ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL }); /* the chapter card */
  REQUIRE(ev->kind == EVENT_CHOICE && ev->noptions == 18);
  return story_step(s, &(Input){ INPUT_CHOICE, position, NULL });
}

/* A scene that fails: an error event at its line, then the engine recovers to
** the choice before it and plays a good branch. */
static void expect_error(Story *s, int position, int line, const char *words)
{
  const Event *ev = pick(s, position);
  REQUIRE(ev->kind == EVENT_ERROR);
  CHECK_STR(ev->file, "story/a.lua");
  CHECK(ev->line == line);
  CHECK_HAS(ev->text, words);
  CHECK_HAS(ev->text, "story/a.lua:");
  ev = story_recover(s);
  CHECK(ev->kind == EVENT_CHOICE);
  ev = story_step(s, &(Input){ INPUT_CHOICE, 7, NULL });
  CHECK(ev->kind == EVENT_LINE);
  CHECK_STR(ev->text, "Tout va bien.");
}

/* Each test plays a fresh copy of the story. */
static Story *open_story(void)
{
  StoryOptions so = { .lang = "fr",
                      .instruction_budget = 2000000L,
                      .memory_cap = (size_t)64 << 20 };
  Story *s;
  fixture_story(files);
  s = story_open(&so);
  REQUIRE(s != NULL);
  return s;
}

static void close_story(Story *s)
{
  story_close(s);
  vfs_close();
}

static void test_endless_loop(void)
{
  Story *s = open_story();
  expect_error(s, 0, 7, "instructions");
  close_story(s);
}

static void test_pcall_keeps_budget(void)
{
  Story *s = open_story();
  expect_error(s, 6, 26, "instructions");
  close_story(s);
}

static void test_memory_bomb(void)
{
  Story *s = open_story();
  expect_error(s, 1, 11, "memory");
  close_story(s);
}

static void test_no_os_io(void)
{
  Story *s = open_story();
  expect_error(s, 2, 14, "'os'");
  expect_error(s, 3, 17, "'io'");
  close_story(s);
}

static void test_no_binary_chunk(void)
{
  Story *s = open_story();
  expect_error(s, 4, 20, "binary chunk");
  close_story(s);
}

static void test_no_c_require(void)
{
  Story *s = open_story();
  expect_error(s, 5, 23, "module 'lfs' not found");
  close_story(s);
}

/* Endless screen changes: layout and bind do not wait for the reader, so the
** step's instruction budget stops them. */
static void test_endless_screen_changes(void)
{
  Story *s = open_story();
  expect_error(s, 9, 43, "instructions");
  close_story(s);
}

/* Scenes that only jump (to themselves, to each other): an error at the jump,
** not a C stack that grows until the engine crashes; then the reader recovers. */
static void test_jump_loops(void)
{
  Story *s = open_story();
  expect_error(s, 10, 46, "jumped 200 times");
  expect_error(s, 11, 49, "jumped 200 times");
  close_story(s);
}

/* Requests a scene makes by hand (coroutine.yield) that the API would refuse:
** a choice with no option, a kind the engine does not know (it once ended the
** chapter). An error at their line, never a reader stuck. */
/* What cannot be saved is named by where it is, keys and indexes from the
** root; what can is converted whole. */
static void test_to_json_names_the_value(void)
{
  static const char *const cases[][2] = {
    { "return { a = { b = { 1, print } } }", "v.a.b[2]: a function cannot be saved" },
    { "return { 1, 2, { x = 1/0 } }", "v[3].x: an infinite number cannot be saved" },
    { "return { a = { [1] = 1, k = 2 } }", "v.a: a table with both a list and names" },
    { "return { s = '\\255' }", "v.s: a string that is not UTF-8" },
  };
  Script *sc = script_open(&(ScriptLimits){ 0 }, false);
  lua_State *L = script_state(sc);
  json_t *j, *want;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    CHECK(script_load_text(sc, "t.lua", cases[i][0], strlen(cases[i][0])) && script_call(sc, 0, 1));
    CHECK(script_to_json(L, -1, "v") == NULL);
    CHECK_HAS(err_get(), cases[i][1]);
    lua_pop(L, 1);
  }
  CHECK(script_load_text(sc, "t.lua", "return { a = { 1, { b = 'c' } }, n = 2.5 }", 42)
        && script_call(sc, 0, 1));
  j = script_to_json(L, -1, "v");
  want = json_pack("{s:[i,{s:s}], s:f}", "a", 1, "b", "c", "n", 2.5);
  CHECK(j && json_equal(j, want));
  json_decref(j);
  json_decref(want);
  script_close(sc);
}

static void test_hand_made_requests(void)
{
  Story *s = open_story();
  expect_error(s, 12, 51, "a choice with no option");
  expect_error(s, 13, 54, "'teleport'");
  close_story(s);
}

/* A __gc finaliser runs where no hook does (a loop in it hung the engine at
** the next collection, or at exit); the strings' metatable is shared with the
** engine's API. Neither is the story's to set. */
static void test_no_finaliser_no_string_metatable(void)
{
  Story *s = open_story();
  expect_error(s, 14, 57, "__gc is not allowed");
  expect_error(s, 15, 60, "attempt to index a string value");
  close_story(s);
}

/* A string pattern that backtracks runs in C, where the instruction hook never
** fires: it froze the engine. Its matching steps count against the budget. */
static void test_backtracking_pattern(void)
{
  Story *s = open_story();
  expect_error(s, 16, 64, "string.find ran more than 2 million instructions");
  close_story(s);
}

/* A long message was cut at 1 KiB, its end (the root cause) lost: it is cut
** in its middle, the file and line at its start and the cause at its end. */
static void test_long_error_keeps_its_cause(void)
{
  char prefix[600];
  Story *s = open_story();
  const Event *ev;
  expect_error(s, 17, 67, "the root cause");
  close_story(s);
  s = open_story();
  REQUIRE(story_set_var(s, "long", "100000"));
  ev = pick(s, 17);
  REQUIRE(ev->kind == EVENT_ERROR);
  CHECK(strncmp(ev->text, "story/a.lua:67: xxx", 19) == 0);
  CHECK_HAS(ev->text, "x […] x");
  CHECK_HAS(ev->text, "xxx the root cause");
  CHECK(strlen(ev->text) < ERR_MAX);
  close_story(s);
  /* Nested prefixes, each copying the message below: the cause survives. */
  memset(prefix, 'p', sizeof prefix - 1);
  prefix[sizeof prefix - 1] = '\0';
  err_set("story/a.lua:3: %s", "the root cause");
  for (int i = 0; i < 10; i++) {
    char why[ERR_MAX];
    snprintf(why, sizeof why, "%s", err_get());
    err_set("%d %s: %s", i, prefix, why);
  }
  CHECK(strncmp(err_get(), "9 ppp", 5) == 0);
  CHECK_HAS(err_get(), "story/a.lua:3: the root cause");
  CHECK(strlen(err_get()) == ERR_MAX - 1);
}

/* What the sandbox leaves out, and pairs in key order (asserts in t.global). */
static void test_globals(void)
{
  Story *s = open_story();
  const Event *ev = pick(s, 8);
  CHECK(ev->kind == EVENT_LINE);
  CHECK_STR(ev->text, "Rien à voir."); /* if not, the text is the failed assert */
  close_story(s);
}

/* A story file requires a module of its own from lua/, through the vfs; a
** second require gives the same table (the module ran once); a scene requires
** one while it runs (the chunk is loaded where the scene runs). */
static void test_require_story_module(void)
{
  static const char *const mine[] = {
    "story/a.lua",
    "local helper = require 'helper'\n"
    "assert(require 'helper' == helper, 'the module ran twice')\n"
    "chapter { id = 't', number = 1, side = 'yacine', title = 'T', start = 't.a' }\n"
    "scene('t.a', function()\n"
    "  say('Réponse ' .. helper.answer)\n"
    "  say('Encore ' .. require('helper').answer .. ' ' .. require('other').n)\n"
    "  end_chapter()\n"
    "end)\n",
    "lua/other.lua",
    "return { n = 7 }\n",
    "lua/helper.lua",
    "return { answer = 42 }\n",
    NULL
  };
  Story *s;
  const Event *ev;
  fixture_story(mine);
  s = story_open(&(StoryOptions){ .lang = "fr" });
  if (!s)
    printf("# %s\n", err_get());
  REQUIRE(s != NULL);
  story_begin(s, 1);
  ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL }); /* the chapter card */
  CHECK(ev->kind == EVENT_LINE);
  CHECK_STR(ev->text, "Réponse 42");
  ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL }); /* require inside a scene */
  CHECK_STR(ev->text, "Encore 42 7");
  close_story(s);
}

int main(void)
{
  RUN(test_endless_loop);
  RUN(test_pcall_keeps_budget);
  RUN(test_memory_bomb);
  RUN(test_no_os_io);
  RUN(test_no_binary_chunk);
  RUN(test_no_c_require);
  RUN(test_endless_screen_changes);
  RUN(test_jump_loops);
  RUN(test_to_json_names_the_value);
  RUN(test_hand_made_requests);
  RUN(test_no_finaliser_no_string_metatable);
  RUN(test_backtracking_pattern);
  RUN(test_long_error_keeps_its_cause);
  RUN(test_globals);
  RUN(test_require_story_module);
  return check_done("test_script");
}
