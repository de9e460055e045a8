/* Unit tests of the sandbox's string patterns: the same results and errors
** as Lua's own string library over a table of cases (each function, captures,
** anchors, sets, %b, %f, back references, replacements, malformed patterns),
** and a pattern that backtracks stopped by the step's budget and its clock. */
#include <time.h>
#include <lauxlib.h>
#include <lualib.h>

#include "check.h"
#include "script.h"

/* Runs every case through find, match, gmatch and gsub, and returns what each
** gave (or its error) as lines of text. */
static const char cases[] =
    "local cases = {\n"
    "  { 'hello world', 'o' }, { 'hello world', 'o', 6 }, { 'hello world', 'o', -3 },\n"
    "  { 'hello world', 'l+' }, { 'hello world', '^h' }, { 'hello world', '^w' },\n"
    "  { 'hello world', 'd$' }, { 'hello world', 'o$' }, { 'a$b', '$b' }, { 'a.b', '.', 1, true "
    "},\n"
    "  { 'hello', '' }, { '', '' }, { '', 'a*' }, { 'hello', 'x*' }, { 'hello', 'l*', 10 },\n"
    "  { 'hello', 'h', 0 }, { 'hello', 'h', -100 }, { 'abc', 'b', 4 }, { 'abc', '', 4 },\n"
    "  { 'key = value', '(%w+)%s*=%s*(%w+)' }, { '  trim me  ', '^%s*(.-)%s*$' },\n"
    "  { 'x = 10, y = 20', '(%a)%s*=%s*(%d+)' }, { 'THE (quick) fox', '%((%a+)%)' },\n"
    "  { 'f(a(b)c)d', '%b()' }, { 'f(a(b)c', '%b()' }, { 'THE quick', '%f[%a]%a+' },\n"
    "  { 'hello', '()ll()' }, { 'hello', '(h)(e)(l)(l)(o)' }, { 'abcabc', '(abc)%1' },\n"
    "  { 'say \"hi\" now', '([\"\\'])(.-)%1' }, { '[x]', '[]]' }, { 'a-b', '[a-]' },\n"
    "  { 'x^y', '[%^]' }, { 'x^y', '[^x]' }, { 'Hello123', '[%u%d]+' }, { 'a1_B', '[%w_]+' },\n"
    "  { 'tab\\there', '%c' }, { 'abc', '[b-a]' }, { 'éa', '[\\128-\\255]+' },\n"
    "  { 'aaa', 'a-b' }, { 'aaab', 'a-b' }, { 'aaab', 'a?a?b' }, { 'b', 'a?b' },\n"
    "  { '3.14e10', '^[+-]?%d+%.?%d*[eE]?%d*$' }, { 'one two  three', '%S+' },\n"
    "  { 'a,b,,c', '([^,]*)' }, { 'abc', '%' }, { 'abc', '[a' }, { 'abc', '(()' },\n"
    "  { 'abc', '%1' }, { 'abc', '(a)%2' }, { 'abc', 'a)' }, { 'abc', '%b' }, { 'abc', '%f' },\n"
    "  { 'abc', '%fa' }, { 'abc', '(a' }, { 'abc', '[%' }, { 'abc', '%g+' }, { 'a.b', '%.' },\n"
    "  { 'a+b', 'a%+b' }, { 'hello', '.-' }, { 'hello', '.-$' }, { 'hello', 'l-o' },\n"
    "  { 123456, '%d%d' }, { 'x', 1 }, { 'THE END', '%l*' }, { 'the end', '%U+' },\n"
    "  { 'a\\0b', '%z' }, { 'a\\0b', '\\0' }, { 'a\\0b', '[\\0]' }, { 'a\\0b', '.%z?' },\n"
    "}\n"
    "local out = {}\n"
    "local function dump(...)\n"
    "  local t = table.pack(...)\n"
    "  for i = 1, t.n do\n"
    "    t[i] = type(t[i]) == 'string' and string.format('%q', t[i]) or tostring(t[i])\n"
    "  end\n"
    "  return table.concat(t, '|', 1, t.n)\n"
    "end\n"
    "local function all(s, p, init)\n"
    "  local r = {}\n"
    "  for a, b, c in string.gmatch(s, p, init) do r[#r + 1] = dump(a, b, c) end\n"
    "  return table.concat(r, ';')\n"
    "end\n"
    "local repl = { hello = 'HI', o = false, l = 7 }\n"
    "for i, c in ipairs(cases) do\n"
    "  local s, p, init, plain = c[1], c[2], c[3], c[4]\n"
    "  out[#out + 1] = i .. ' find ' .. dump(pcall(string.find, s, p, init, plain))\n"
    "  out[#out + 1] = i .. ' match ' .. dump(pcall(string.match, s, p, init))\n"
    "  out[#out + 1] = i .. ' gmatch ' .. dump(pcall(all, s, p, init))\n"
    "  out[#out + 1] = i .. ' gsub ' .. dump(pcall(string.gsub, s, p, '<%0:%1>'))\n"
    "  out[#out + 1] = i .. ' gsub2 ' .. dump(pcall(string.gsub, s, p, '[%%]', 2))\n"
    "  out[#out + 1] = i .. ' gsubf ' .. dump(pcall(string.gsub, s, p, function(a, b)\n"
    "    if a == 'l' then return nil end\n"
    "    return '{' .. tostring(a) .. ',' .. tostring(b) .. '}'\n"
    "  end))\n"
    "  out[#out + 1] = i .. ' gsubt ' .. dump(pcall(string.gsub, s, p, repl))\n"
    "  out[#out + 1] = i .. ' method ' .. dump(pcall(function() return ('' .. s):find(p) end))\n"
    "end\n"
    "out[#out + 1] = dump(pcall(string.gsub, 'abc', 'b', '%2'))\n"
    "out[#out + 1] = dump(pcall(string.gsub, 'abc', 'b', '%x'))\n"
    "out[#out + 1] = dump(pcall(string.gsub, 'abc', 'b', {b = {}}))\n"
    "out[#out + 1] = dump(pcall(string.gsub, 'abc', 'b', true))\n"
    "out[#out + 1] = dump(pcall(string.gsub, 'abc', '%w', '%%%0', 0))\n"
    "out[#out + 1] = dump(pcall(string.find, 'abc', ('(a)'):rep(33)))\n"
    "out[#out + 1] = dump(pcall(string.match, ('a'):rep(300), ('a?'):rep(300) .. ('a'):rep(300)))\n"
    "local it = string.gmatch('a1b2c3', '%a(%d)')\n"
    "out[#out + 1] = dump(it(), it(), it(), it())\n"
    "return table.concat(out, '\\n')\n";

/* What cases gives on a state: a malloc'd string. */
static char *run_cases(lua_State *L, Script *sc)
{
  const char *text;
  char *out;
  REQUIRE(luaL_loadstring(L, cases) == LUA_OK);
  if (sc)
    REQUIRE(script_call(sc, 0, 1));
  else
    REQUIRE(lua_pcall(L, 0, 1, 0) == LUA_OK);
  text = lua_tostring(L, -1);
  REQUIRE(text != NULL);
  out = strdup(text);
  lua_pop(L, 1);
  return out;
}

/* Line by line, so that a difference is shown where it is. */
static void same_lines(const char *got, const char *want)
{
  while (*got || *want) {
    size_t g = strcspn(got, "\n"), w = strcspn(want, "\n");
    char a[600], b[600];
    snprintf(a, sizeof a, "%.*s", (int)g, got);
    snprintf(b, sizeof b, "%.*s", (int)w, want);
    CHECK_STR(a, b);
    got += g + (got[g] == '\n');
    want += w + (want[w] == '\n');
  }
}

static void test_same_as_lua(void)
{
  lua_State *plain = luaL_newstate();
  Script *sc = script_open(NULL, false);
  char *want, *got;
  REQUIRE(plain && sc);
  luaL_openlibs(plain);
  want = run_cases(plain, NULL);
  got = run_cases(script_state(sc), sc);
  same_lines(got, want);
  CHECK(strlen(want) > 5000); /* the cases did run */
  free(want);
  free(got);
  script_close(sc);
  lua_close(plain);
}

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A pattern that backtracks ran in C for hours, where no hook fires: its steps
** are counted against the step's budget, through pcall too. */
static void test_backtracking_stopped(void)
{
  static const char *const bad[] = {
    "return (('a'):rep(30000)):find('.-.-.-.-b')",
    "return (('a'):rep(30000)):match('(.*)(.*)(.*)(.*)b')",
    "return (('a'):rep(30000)):gsub('a*a*a*a*b', '')",
    "for x in (('a'):rep(30000)):gmatch('.-.-.-.-b') do end",
    "local ok, e = pcall(string.find, ('a'):rep(30000), '.-.-.-.-b'); return e",
    "return (('a'):rep(30000)):gsub('.', function() return (('a'):rep(3000)):find('.-.-b') end)",
  };
  ScriptLimits lim = { 20000000L, 0, 0 };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    Script *sc = script_open(&lim, false);
    double t0 = now();
    REQUIRE(sc);
    REQUIRE(luaL_loadbuffer(script_state(sc), bad[i], strlen(bad[i]), "@story/p.lua") == LUA_OK);
    CHECK(!script_call(sc, 0, 0));
    CHECK_HAS(err_get(), "story/p.lua:1: string.");
    CHECK_HAS(err_get(), "more than 20 million instructions");
    CHECK(now() - t0 < 3.0);
    script_close(sc);
  }
}

/* A step's wall clock: a budget of instructions too large to matter, and the
** step still ends at its deadline, in Lua as in a pattern. */
static void test_step_clock(void)
{
  static const char *const slow[] = {
    "while true do end",
    "return (('a'):rep(30000)):find('.-.-.-.-b')",
  };
  ScriptLimits lim = { 1000000000000L, 0, 0.3 };
  for (size_t i = 0; i < sizeof slow / sizeof *slow; i++) {
    Script *sc = script_open(&lim, false);
    double t0 = now(), t;
    REQUIRE(sc);
    REQUIRE(luaL_loadbuffer(script_state(sc), slow[i], strlen(slow[i]), "@story/p.lua") == LUA_OK);
    CHECK(!script_call(sc, 0, 0));
    t = now() - t0;
    CHECK_HAS(err_get(), "story/p.lua:1: ");
    CHECK_HAS(err_get(), "more than 0.3 seconds");
    CHECK(t >= 0.3 && t < 1.0);
    script_close(sc);
  }
}

static int polls;

static bool stop_after_three(void *ud)
{
  (void)ud;
  return ++polls >= 3;
}

/* The frontend's interrupt (the reader closed the window) is asked every
** SCRIPT_POLL_MS and stops the step at once. */
static void test_interrupt(void)
{
  Script *sc = script_open(&(ScriptLimits){ 1000000000000L, 0, 60 }, false);
  double t0 = now(), t;
  REQUIRE(sc);
  polls = 0;
  script_set_interrupt(sc, stop_after_three, NULL);
  REQUIRE(luaL_loadbuffer(script_state(sc), "while true do end", 17, "@story/p.lua") == LUA_OK);
  CHECK(!script_call(sc, 0, 0));
  t = now() - t0;
  CHECK_HAS(err_get(), "story/p.lua:1: the scene was stopped");
  CHECK(polls == 3);
  CHECK(t < 1.0);
  script_close(sc);
}

int main(void)
{
  RUN(test_same_as_lua);
  RUN(test_backtracking_stopped);
  RUN(test_step_clock);
  RUN(test_interrupt);
  return check_done("test_pattern");
}
