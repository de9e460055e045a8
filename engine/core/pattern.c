/*
** pattern: Lua 5.4's string patterns, matched by a backtracking matcher that
** counts its steps (see pattern.h). Same syntax, results and errors as Lua's
** own: classes (%a %c %d %g %l %p %s %u %w %x %z and their capitals), sets,
** '.', anchors, the quantifiers * + - ?, captures, position captures, %b,
** %f and back references %1-%9.
*/
#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <lauxlib.h>

#include "pattern.h"
#include "script.h"

#define MAX_DEPTH 200     /* nested matches: Lua's "pattern too complex" */
#define MAX_CAPTURES 32   /* as Lua's */
#define CHARGE_EVERY 1000 /* steps between two looks at the budget */

#define CAP_OPEN (-1)     /* a capture begun, not yet closed */
#define CAP_POSITION (-2) /* a position capture: () */

typedef struct Match {
  lua_State *L;
  const char *what; /* "string.find", for the budget's error */
  const char *src, *src_end, *pat_end;
  int depth; /* nested matches left */
  long steps;
  int level; /* captures begun */
  struct {
    const char *at;
    ptrdiff_t len; /* or CAP_OPEN, CAP_POSITION */
  } cap[MAX_CAPTURES];
} Match;

static void match_init(Match *m, lua_State *L, const char *what, const char *s, size_t ls,
                       const char *p, size_t lp)
{
  m->L = L;
  m->what = what;
  m->src = s;
  m->src_end = s + ls;
  m->pat_end = p + lp;
  m->steps = 0;
}

static void match_reset(Match *m)
{
  m->level = 0;
  m->depth = MAX_DEPTH;
}

/* n steps of matching; every CHARGE_EVERY, the budget hears of them. */
static void charge(Match *m, long n)
{
  if ((m->steps += n) >= CHARGE_EVERY) {
    long k = m->steps;
    m->steps = 0;
    script_charge(m->L, k, m->what);
  }
}

static void step(Match *m)
{
  charge(m, 1);
}

/* --- Single characters ---------------------------------------------------- */

/* Past the class that starts at p: "%x", "[set]" or one character. */
static const char *class_end(Match *m, const char *p)
{
  if (*p == '%') {
    if (p + 1 >= m->pat_end)
      luaL_error(m->L, "malformed pattern (ends with '%%')");
    return p + 2;
  }
  if (*p == '[') {
    p++;
    if (p < m->pat_end && *p == '^')
      p++;
    do { /* the first ']' of a set is one of its characters */
      if (p >= m->pat_end)
        luaL_error(m->L, "malformed pattern (missing ']')");
      if (*p++ == '%' && p < m->pat_end)
        p++;
    } while (p >= m->pat_end || *p != ']');
    return p + 1;
  }
  return p + 1;
}

/* Is c in the class %cl (cl a letter of the classes, else cl itself)? */
static bool in_class(int c, int cl)
{
  bool yes;
  switch (tolower(cl)) {
  case 'a': yes = isalpha(c); break;
  case 'c': yes = iscntrl(c); break;
  case 'd': yes = isdigit(c); break;
  case 'g': yes = isgraph(c); break;
  case 'l': yes = islower(c); break;
  case 'p': yes = ispunct(c); break;
  case 's': yes = isspace(c); break;
  case 'u': yes = isupper(c); break;
  case 'w': yes = isalnum(c); break;
  case 'x': yes = isxdigit(c); break;
  case 'z': yes = c == 0; break; /* deprecated in Lua, still there */
  default: return cl == c;
  }
  return isupper(cl) ? !yes : yes;
}

/* Is c in the set from p ('[') to end (its ']')? */
static bool in_set(int c, const char *p, const char *end)
{
  bool yes = true;
  if (*++p == '^') {
    yes = false;
    p++;
  }
  for (; p < end; p++) {
    if (*p == '%' && p + 1 < end) {
      p++;
      if (in_class(c, (unsigned char)*p))
        return yes;
    } else if (p + 2 < end && p[1] == '-') {
      if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2])
        return yes;
      p += 2;
    } else if ((unsigned char)*p == c) {
      return yes;
    }
  }
  return !yes;
}

/* Does the character at s match the class from p to ep? */
static bool single(Match *m, const char *s, const char *p, const char *ep)
{
  int c;
  if (s >= m->src_end)
    return false;
  c = (unsigned char)*s;
  switch (*p) {
  case '.': return true;
  case '%': return in_class(c, (unsigned char)p[1]);
  case '[': return in_set(c, p, ep - 1);
  default: return (unsigned char)*p == c;
  }
}

/* --- The matcher ------------------------------------------------------------ */

static const char *match(Match *m, const char *s, const char *p);

/* p*: as many as match, then fewer until the rest matches. */
static const char *max_expand(Match *m, const char *s, const char *p, const char *ep)
{
  ptrdiff_t i = 0;
  while (single(m, s + i, p, ep)) {
    step(m);
    i++;
  }
  for (; i >= 0; i--) {
    const char *r = match(m, s + i, ep + 1);
    if (r)
      return r;
    step(m);
  }
  return NULL;
}

/* p-: as few as let the rest match. */
static const char *min_expand(Match *m, const char *s, const char *p, const char *ep)
{
  for (;;) {
    const char *r = match(m, s, ep + 1);
    if (r)
      return r;
    if (!single(m, s, p, ep))
      return NULL;
    step(m);
    s++;
  }
}

static const char *start_capture(Match *m, const char *s, const char *p, ptrdiff_t what)
{
  const char *r;
  if (m->level >= MAX_CAPTURES)
    luaL_error(m->L, "too many captures");
  m->cap[m->level].at = s;
  m->cap[m->level].len = what;
  m->level++;
  if (!(r = match(m, s, p)))
    m->level--;
  return r;
}

static const char *end_capture(Match *m, const char *s, const char *p)
{
  int l = m->level - 1;
  const char *r;
  while (l >= 0 && m->cap[l].len != CAP_OPEN)
    l--;
  if (l < 0)
    luaL_error(m->L, "invalid pattern capture");
  m->cap[l].len = s - m->cap[l].at;
  if (!(r = match(m, s, p)))
    m->cap[l].len = CAP_OPEN;
  return r;
}

/* %bxy at s: from an x to its balancing y. */
static const char *balance(Match *m, const char *s, const char *p)
{
  int open = 1;
  if (p + 1 >= m->pat_end)
    luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
  if (s >= m->src_end || *s != p[0])
    return NULL;
  while (++s < m->src_end) {
    step(m);
    if (*s == p[1]) {
      if (--open == 0)
        return s + 1;
    } else if (*s == p[0]) {
      open++;
    }
  }
  return NULL;
}

/* The capture a back reference "%l" names, as an index; an error if none. */
static int capture_index(Match *m, int l)
{
  l -= '1';
  if (l < 0 || l >= m->level || m->cap[l].len == CAP_OPEN)
    luaL_error(m->L, "invalid capture index %%%d", l + 1);
  return l;
}

/* %1-%9 at s: the same text as that capture. */
static const char *back_reference(Match *m, const char *s, int l)
{
  ptrdiff_t len;
  l = capture_index(m, l);
  len = m->cap[l].len;
  if (len >= 0 && m->src_end - s >= len && memcmp(m->cap[l].at, s, (size_t)len) == 0) {
    charge(m, 1 + len / 64); /* a long comparison is more than one step */
    return s + len;
  }
  return NULL;
}

/* Matches p against the subject from s: the end of the match, or NULL. */
static const char *match(Match *m, const char *s, const char *p)
{
  if (m->depth-- == 0)
    luaL_error(m->L, "pattern too complex");
  for (;;) {
    const char *ep;
    step(m);
    if (p == m->pat_end)
      break;
    if (*p == '(') {
      s = p + 1 < m->pat_end && p[1] == ')' ? start_capture(m, s, p + 2, CAP_POSITION)
                                            : start_capture(m, s, p + 1, CAP_OPEN);
      break;
    }
    if (*p == ')') {
      s = end_capture(m, s, p + 1);
      break;
    }
    if (*p == '$' && p + 1 == m->pat_end) {
      s = s == m->src_end ? s : NULL;
      break;
    }
    if (*p == '%' && p + 1 < m->pat_end && p[1] == 'b') {
      if (!(s = balance(m, s, p + 2)))
        break;
      p += 4;
      continue;
    }
    if (*p == '%' && p + 1 < m->pat_end && p[1] == 'f') {
      int before, here;
      p += 2;
      if (p >= m->pat_end || *p != '[')
        luaL_error(m->L, "missing '[' after '%%f' in pattern");
      ep = class_end(m, p);
      before = s == m->src ? '\0' : (unsigned char)s[-1];
      here = s < m->src_end ? (unsigned char)*s : '\0';
      if (in_set(before, p, ep - 1) || !in_set(here, p, ep - 1)) {
        s = NULL;
        break;
      }
      p = ep;
      continue;
    }
    if (*p == '%' && p + 1 < m->pat_end && isdigit((unsigned char)p[1])) {
      if (!(s = back_reference(m, s, (unsigned char)p[1])))
        break;
      p += 2;
      continue;
    }
    /* A single class, perhaps with a quantifier after it. */
    ep = class_end(m, p);
    {
      int q = ep < m->pat_end ? *ep : '\0';
      if (!single(m, s, p, ep)) {
        if (q == '*' || q == '?' || q == '-') { /* none is a match */
          p = ep + 1;
          continue;
        }
        s = NULL;
        break;
      }
      if (q == '?') {
        const char *r = match(m, s + 1, ep + 1);
        if (r) {
          s = r;
          break;
        }
        p = ep + 1;
        continue;
      }
      if (q == '+' || q == '*') {
        s = max_expand(m, q == '+' ? s + 1 : s, p, ep);
        break;
      }
      if (q == '-') {
        s = min_expand(m, s, p, ep);
        break;
      }
      s++;
      p = ep;
    }
  }
  m->depth++;
  return s;
}

/* --- Captures ----------------------------------------------------------------- */

/* Pushes capture i; with no capture, i = 0 is the whole match s..e. */
static void push_capture(Match *m, int i, const char *s, const char *e)
{
  if (i >= m->level) {
    if (i != 0)
      luaL_error(m->L, "invalid capture index %%%d", i + 1);
    lua_pushlstring(m->L, s, (size_t)(e - s));
    return;
  }
  if (m->cap[i].len == CAP_OPEN)
    luaL_error(m->L, "unfinished capture");
  if (m->cap[i].len == CAP_POSITION)
    lua_pushinteger(m->L, (lua_Integer)(m->cap[i].at - m->src) + 1);
  else
    lua_pushlstring(m->L, m->cap[i].at, (size_t)m->cap[i].len);
}

/* Pushes the captures (or the whole match, if s and there are none). */
static int push_captures(Match *m, const char *s, const char *e)
{
  int n = m->level == 0 && s ? 1 : m->level;
  luaL_checkstack(m->L, n, "too many captures");
  for (int i = 0; i < n; i++)
    push_capture(m, i, s, e);
  return n;
}

/* --- The functions -------------------------------------------------------------- */

/* string.find's init as a 0-based offset (Lua's rules for negative ones). */
static size_t start_at(lua_Integer pos, size_t len)
{
  if (pos > 0)
    return (size_t)pos - 1;
  if (pos == 0 || pos < -(lua_Integer)len)
    return 0;
  return len + (size_t)pos;
}

static bool has_specials(const char *p, size_t lp)
{
  for (const char *c = "^$*+?.([%-"; *c; c++)
    if (memchr(p, *c, lp))
      return true;
  return false;
}

/* A plain search, its comparisons counted too. */
static const char *find_plain(Match *m, const char *s, size_t ls, const char *p, size_t lp)
{
  if (lp == 0)
    return s;
  for (const char *end = s + ls; (size_t)(end - s) >= lp; s++) {
    const char *at = memchr(s, *p, (size_t)(end - s) - lp + 1);
    if (!at)
      return NULL;
    s = at;
    charge(m, 1 + (long)(lp / 64));
    if (memcmp(s + 1, p + 1, lp - 1) == 0)
      return s;
  }
  return NULL;
}

static int find_aux(lua_State *L, bool find)
{
  size_t ls, lp;
  const char *s = luaL_checklstring(L, 1, &ls), *p = luaL_checklstring(L, 2, &lp);
  size_t init = start_at(luaL_optinteger(L, 3, 1), ls);
  const char *what = find ? "string.find" : "string.match";
  Match m;
  if (init > ls) {
    luaL_pushfail(L);
    return 1;
  }
  match_init(&m, L, what, s, ls, p, lp);
  if (find && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
    const char *at = find_plain(&m, s + init, ls - init, p, lp);
    if (at) {
      lua_pushinteger(L, (lua_Integer)(at - s) + 1);
      lua_pushinteger(L, (lua_Integer)(at - s + (ptrdiff_t)lp));
      return 2;
    }
  } else {
    const char *s1 = s + init;
    bool anchor = lp > 0 && *p == '^';
    if (anchor)
      p++;
    do {
      const char *e;
      match_reset(&m);
      if ((e = match(&m, s1, p))) {
        if (!find)
          return push_captures(&m, s1, e);
        lua_pushinteger(L, (lua_Integer)(s1 - s) + 1);
        lua_pushinteger(L, (lua_Integer)(e - s));
        return push_captures(&m, NULL, NULL) + 2;
      }
    } while (s1++ < m.src_end && !anchor);
  }
  luaL_pushfail(L);
  return 1;
}

static int pattern_find(lua_State *L)
{
  return find_aux(L, true);
}

static int pattern_match(lua_State *L)
{
  return find_aux(L, false);
}

/* gmatch's state: a full userdata with no metatable (nothing to release); the
** closure's upvalues keep the subject and the pattern alive. */
typedef struct Gmatch {
  const char *src, *p, *last;
  Match m;
} Gmatch;

static int gmatch_next(lua_State *L)
{
  Gmatch *g = lua_touserdata(L, lua_upvalueindex(3));
  g->m.L = L; /* the loop may run in another coroutine than gmatch did */
  for (const char *src = g->src; src <= g->m.src_end; src++) {
    const char *e;
    match_reset(&g->m);
    if ((e = match(&g->m, src, g->p)) && e != g->last) {
      g->src = g->last = e;
      return push_captures(&g->m, src, e);
    }
  }
  return 0;
}

static int pattern_gmatch(lua_State *L)
{
  size_t ls, lp;
  const char *s = luaL_checklstring(L, 1, &ls), *p = luaL_checklstring(L, 2, &lp);
  size_t init = start_at(luaL_optinteger(L, 3, 1), ls);
  Gmatch *g;
  lua_settop(L, 2);
  g = lua_newuserdatauv(L, sizeof *g, 0); /* s p g */
  if (init > ls)
    init = ls + 1; /* no match: src past the end */
  match_init(&g->m, L, "string.gmatch", s, ls, p, lp);
  g->src = s + init;
  g->p = p;
  g->last = NULL;
  lua_pushcclosure(L, gmatch_next, 3);
  return 1;
}

/* Appends a replacement string, its %0-%9 and %% expanded. */
static void add_string(Match *m, luaL_Buffer *b, const char *s, const char *e)
{
  lua_State *L = m->L;
  size_t l;
  const char *news = lua_tolstring(L, 3, &l), *end = news + l, *p;
  while ((p = memchr(news, '%', (size_t)(end - news)))) {
    luaL_addlstring(b, news, (size_t)(p - news));
    p++;
    if (p < end && *p == '%') {
      luaL_addchar(b, '%');
    } else if (p < end && *p == '0') {
      luaL_addlstring(b, s, (size_t)(e - s));
    } else if (p < end && isdigit((unsigned char)*p)) {
      push_capture(m, *p - '1', s, e);
      luaL_tolstring(L, -1, NULL);
      lua_remove(L, -2);
      luaL_addvalue(b);
    } else {
      luaL_error(L, "invalid use of '%c' in replacement string", '%');
    }
    news = p + 1;
  }
  luaL_addlstring(b, news, (size_t)(end - news));
}

/* Appends what replaces the match s..e: from a string, a table or a function
** (whose false or nil keeps the match as it was). */
static void add_value(Match *m, luaL_Buffer *b, const char *s, const char *e, int tr)
{
  lua_State *L = m->L;
  if (tr == LUA_TFUNCTION) {
    int n;
    lua_pushvalue(L, 3);
    n = push_captures(m, s, e);
    lua_call(L, n, 1);
  } else if (tr == LUA_TTABLE) {
    push_capture(m, 0, s, e);
    lua_gettable(L, 3);
  } else {
    add_string(m, b, s, e);
    return;
  }
  if (!lua_toboolean(L, -1)) {
    lua_pop(L, 1);
    luaL_addlstring(b, s, (size_t)(e - s));
  } else if (!lua_isstring(L, -1)) {
    luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
  } else {
    luaL_addvalue(b);
  }
}

static int pattern_gsub(lua_State *L)
{
  size_t ls, lp;
  const char *src = luaL_checklstring(L, 1, &ls), *p = luaL_checklstring(L, 2, &lp);
  const char *last = NULL;
  int tr = lua_type(L, 3);
  lua_Integer most = luaL_optinteger(L, 4, (lua_Integer)ls + 1), n = 0;
  bool anchor = lp > 0 && *p == '^';
  Match m;
  luaL_Buffer b;
  luaL_argexpected(
      L, tr == LUA_TNUMBER || tr == LUA_TSTRING || tr == LUA_TFUNCTION || tr == LUA_TTABLE, 3,
      "string/function/table");
  luaL_buffinit(L, &b);
  match_init(&m, L, "string.gsub", src, ls, p, lp);
  if (anchor)
    p++;
  while (n < most) {
    const char *e;
    match_reset(&m);
    if ((e = match(&m, src, p)) && e != last) {
      n++;
      add_value(&m, &b, src, e, tr);
      src = last = e;
    } else if (src < m.src_end) {
      luaL_addchar(&b, *src++);
    } else {
      break;
    }
    if (anchor)
      break;
  }
  luaL_addlstring(&b, src, (size_t)(m.src_end - src));
  luaL_pushresult(&b);
  lua_pushinteger(L, n);
  return 2;
}

void pattern_open(lua_State *L)
{
  static const luaL_Reg funcs[] = { { "find", pattern_find },
                                    { "match", pattern_match },
                                    { "gmatch", pattern_gmatch },
                                    { "gsub", pattern_gsub },
                                    { NULL, NULL } };
  lua_getglobal(L, "string");
  luaL_setfuncs(L, funcs, 0);
  lua_pop(L, 1);
}
