/*
** shown: the reads that only choose text (see shown.h). The source is cut into
** tokens, then read by a small recursive descent that accepts only the forms
** shown.h lists; any other form leaves its reads to the caller as reads that
** may decide (the check is strict: when in doubt, a read decides).
*/
#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "head.h"
#include "mem.h"
#include "tools/shown.h"

typedef struct Tok {
  size_t at, len;
  char kind; /* 'w' a word, 's' a string, 'n' a number, 'p' punctuation */
} Tok;

typedef struct Parse {
  const char *src;
  Tok *t;
  size_t n, cap;
  size_t *out; /* the offsets of the reads found (see Shown) */
  size_t nout, outcap;
  size_t (*spans)[2]; /* the statements they are in */
  size_t nspans, spancap;
} Parse;

static bool word_char(char c)
{
  return isalnum((unsigned char)c) || c == '_' || (unsigned char)c >= 0x80;
}

static void push(Parse *p, size_t at, size_t len, char kind)
{
  if (p->n == p->cap) {
    p->cap = p->cap ? 2 * p->cap : 256;
    p->t = mem_realloc(p->t, p->cap * sizeof *p->t);
  }
  p->t[p->n++] = (Tok){ at, len, kind };
}

/* Cuts src[from, to) into tokens; comments and spaces are left out. */
static void lex(Parse *p, size_t from, size_t to)
{
  static const char *const longer[] = {
    "...", "==", "~=", "<=", ">=", "..", "//", "::", "<<", ">>"
  };
  const char *s = p->src;
  size_t i = from;
  while (i < to) {
    size_t start = i;
    char c = s[i], kind;
    int level;
    if (isspace((unsigned char)c)) {
      i++;
      continue;
    }
    if (c == '-' && i + 1 < to && s[i + 1] == '-') {
      if (i + 2 < to && s[i + 2] == '[' && (level = head_long_open(s, to, i + 2)) >= 0)
        i = head_long_skip(s, to, i + 2, level);
      else
        while (i < to && s[i] != '\n')
          i++;
      continue;
    }
    if (c == '"' || c == '\'') {
      for (i++; i < to && s[i] != c && s[i] != '\n'; i++)
        if (s[i] == '\\')
          i++;
      i++;
      kind = 's';
    } else if (c == '[' && (level = head_long_open(s, to, i)) >= 0) {
      i = head_long_skip(s, to, i, level);
      kind = 's';
    } else if (isdigit((unsigned char)c)) {
      while (i < to
             && (isalnum((unsigned char)s[i]) || s[i] == '.'
                 || ((s[i] == '+' || s[i] == '-') && strchr("eEpP", s[i - 1]))))
        i++;
      kind = 'n';
    } else if (word_char(c)) {
      while (i < to && word_char(s[i]))
        i++;
      kind = 'w';
    } else {
      size_t len = 1;
      for (size_t k = 0; k < sizeof longer / sizeof *longer; k++)
        if (i + strlen(longer[k]) <= to && strncmp(s + i, longer[k], strlen(longer[k])) == 0) {
          len = strlen(longer[k]);
          break;
        }
      i += len;
      kind = 'p';
    }
    push(p, start, (i > to ? to : i) - start, kind);
  }
}

/* Is token i the text `text`? */
static bool is(const Parse *p, size_t i, const char *text)
{
  return i < p->n && p->t[i].len == strlen(text)
      && memcmp(p->src + p->t[i].at, text, p->t[i].len) == 0;
}

static bool kind(const Parse *p, size_t i, char k)
{
  return i < p->n && p->t[i].kind == k;
}

static bool keyword(const Parse *p, size_t i)
{
  static const char *const words[] = { "and",   "break", "do",       "else", "elseif", "end",
                                       "false", "for",   "function", "goto", "if",     "in",
                                       "local", "nil",   "not",      "or",   "repeat", "return",
                                       "then",  "true",  "until",    "while" };
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (is(p, i, words[k]))
      return true;
  return false;
}

/* Does token i go on with a call or an index of what is before it? */
static bool goes_on(const Parse *p, size_t i)
{
  return is(p, i, "(") || is(p, i, "{") || is(p, i, "[") || is(p, i, ".") || is(p, i, ":")
      || kind(p, i, 's');
}

static void found(Parse *p, size_t at)
{
  if (p->nout == p->outcap) {
    p->outcap = p->outcap ? 2 * p->outcap : 16;
    p->out = mem_realloc(p->out, p->outcap * sizeof *p->out);
  }
  p->out[p->nout++] = at;
}

/* `v.NAME` at i, read as it is (not called, indexed or a field of something):
** the index after it, 0 if not. */
static size_t var(Parse *p, size_t i)
{
  if (!is(p, i, "v") || !is(p, i + 1, ".") || !kind(p, i + 2, 'w') || keyword(p, i + 2)
      || goes_on(p, i + 3) || (i > 0 && (is(p, i - 1, ".") || is(p, i - 1, ":"))))
    return 0;
  found(p, p->t[i].at);
  return i + 3;
}

/* A constant at i: a string, a number, true, false, nil, or a name or a field
** of one not called (`nuee.WITHDRAW_MIN`, a local), but not v's. */
static size_t constant(const Parse *p, size_t i)
{
  if (kind(p, i, 's') || kind(p, i, 'n') || is(p, i, "true") || is(p, i, "false")
      || is(p, i, "nil"))
    return i + 1;
  if (!kind(p, i, 'w') || keyword(p, i) || is(p, i, "v"))
    return 0;
  for (i++; is(p, i, ".") && kind(p, i + 1, 'w') && !keyword(p, i + 1); i += 2)
    ;
  return goes_on(p, i) ? 0 : i;
}

/* A test of one variable at i: `v.X`, `not v.X`, `v.X OP constant`: the index
** after it, 0 if not. */
static size_t test(Parse *p, size_t i)
{
  static const char *const ops[] = { "==", "~=", "<", "<=", ">", ">=" };
  size_t j;
  if (is(p, i, "not"))
    return var(p, i + 1);
  if (!(j = var(p, i)))
    return 0;
  for (size_t k = 0; k < sizeof ops / sizeof *ops; k++)
    if (is(p, j, ops[k]))
      return constant(p, j + 1);
  return j;
}

static size_t table(Parse *p, size_t i);

/* Can a test start at i? */
static bool test_at(const Parse *p, size_t i)
{
  return is(p, i, "v") || is(p, i, "not") || is(p, i, "(");
}

/* A condition at i: tests of variables (see test), joined by and, or, not and
** brackets; the index after it, 0 if not one. It stops before an `and` or an
** `or` that no test follows (`v.x and "…" or "…"`). */
static size_t condition(Parse *p, size_t i)
{
  for (;;) {
    if (is(p, i, "not") && is(p, i + 1, "(")) /* not (…) */
      i++;
    if (is(p, i, "(")) {
      if (!(i = condition(p, i + 1)) || !is(p, i, ")"))
        return 0;
      i++;
    } else if (!(i = test(p, i)))
      return 0;
    if (!(is(p, i, "and") || is(p, i, "or")) || !test_at(p, i + 1))
      return i;
    i++;
  }
}

/* A value shown at i: a constant, v.X, a table of such values, or a choice
** between strings by conditions (`c and "…" or c2 and "…" or "…"`); 0 if not. */
static size_t value(Parse *p, size_t i)
{
  size_t j;
  if (is(p, i, "{"))
    return table(p, i);
  if (!test_at(p, i))
    return constant(p, i);
  if (!(j = condition(p, i)))
    return 0;
  if (!is(p, j, "and")) /* a condition alone: only v.X, shown as it is */
    return is(p, i, "v") && j == i + 3
            && (is(p, j, ",") || is(p, j, ")") || is(p, j, "}") || is(p, j, ";"))
        ? j
        : 0;
  while (kind(p, j + 1, 's') && is(p, j + 2, "or")) {
    size_t k = condition(p, j + 3);
    if (!k || !is(p, k, "and"))
      return kind(p, j + 3, 's') && !goes_on(p, j + 4) ? j + 4 : 0;
    j = k;
  }
  return 0;
}

/* A table of shown values at i, `{ … }`, its fields `NAME = value` or values. */
static size_t table(Parse *p, size_t i)
{
  if (!is(p, i, "{"))
    return 0;
  for (i++; !is(p, i, "}"); i++) {
    if (kind(p, i, 'w') && !keyword(p, i) && is(p, i + 1, "="))
      i += 2;
    if (!(i = value(p, i)))
      return 0;
    if (is(p, i, "}"))
      break;
    if (!is(p, i, ",") && !is(p, i, ";"))
      return 0;
  }
  return i + 1;
}

/* A statement that shows text at i: the index after it, 0 if not one. */
static size_t text(Parse *p, size_t i)
{
  static const char *const calls[] = { "say", "note", "bind", "recap" };
  bool call = false;
  if (i > 0 && (is(p, i - 1, ".") || is(p, i - 1, ":")))
    return 0;
  if (is(p, i, "layout") && kind(p, i + 1, 's'))
    return is(p, i + 2, "{") ? table(p, i + 2) : goes_on(p, i + 2) ? 0 : i + 2;
  for (size_t k = 0; k < sizeof calls / sizeof *calls; k++)
    call = call || is(p, i, calls[k]);
  if (!call)
    return 0;
  i++;
  if (kind(p, i, 's'))
    return i + 1;
  if (is(p, i, "{"))
    return table(p, i);
  if (!is(p, i, "("))
    return 0;
  for (i++; !is(p, i, ")"); i++) {
    if (!(i = value(p, i)))
      return 0;
    if (is(p, i, ")"))
      break;
    if (!is(p, i, ","))
      return 0;
  }
  return i + 1;
}

/* The statements that show text from i to the branch's end: its index. */
static size_t branch(Parse *p, size_t i)
{
  while (!is(p, i, "elseif") && !is(p, i, "else") && !is(p, i, "end")) {
    if (!(i = text(p, i)))
      return 0;
    if (is(p, i, ";"))
      i++;
  }
  return i;
}

/* An `if` at i whose conditions only test variables and whose branches only
** show text: the index after its `end`, 0 if not. */
static size_t choice(Parse *p, size_t i)
{
  if (!is(p, i, "if") || !(i = condition(p, i + 1)) || !is(p, i, "then") || !(i = branch(p, i + 1)))
    return 0;
  while (is(p, i, "elseif"))
    if (!(i = condition(p, i + 1)) || !is(p, i, "then") || !(i = branch(p, i + 1)))
      return 0;
  if (is(p, i, "else") && !(i = branch(p, i + 1)))
    return 0;
  return is(p, i, "end") ? i + 1 : 0;
}

void shown_scan(Shown *out, const char *src, size_t from, size_t to)
{
  Parse p = { .src = src };
  lex(&p, from, to);
  for (size_t i = 0; i < p.n;) {
    size_t kept = p.nout, j = choice(&p, i);
    if (!j) {
      p.nout = kept;
      j = text(&p, i);
    }
    if (!j) {
      p.nout = kept;
      j = i + 1;
    } else {
      if (p.nspans == p.spancap) {
        p.spancap = p.spancap ? 2 * p.spancap : 16;
        p.spans = mem_realloc(p.spans, p.spancap * sizeof *p.spans);
      }
      p.spans[p.nspans][0] = p.t[i].at;
      p.spans[p.nspans][1] = p.t[j - 1].at + p.t[j - 1].len;
      p.nspans++;
    }
    i = j;
  }
  free(p.t);
  *out = (Shown){ p.out, p.nout, p.spans, p.nspans };
}

void shown_free(Shown *s)
{
  free(s->reads);
  free(s->spans);
  memset(s, 0, sizeof *s);
}

size_t shown_span(const Shown *s, size_t at)
{
  size_t lo = 0, hi = s->nspans;
  while (lo < hi) { /* the first span ending after at */
    size_t mid = (lo + hi) / 2;
    if (s->spans[mid][1] <= at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < s->nspans && s->spans[lo][0] <= at ? lo : (size_t)-1;
}
