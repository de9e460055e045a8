/*
** head: where a story file's head ends (see head.h). Lua's lexical rules for
** what can hide a brace: comments (-- and --[==[ ]==]), quoted strings with
** their escapes, long strings ([==[ ]==]).
*/
#define _GNU_SOURCE /* memmem */
#include <stdbool.h>
#include <string.h>

#include "head.h"

int head_long_open(const char *text, size_t len, size_t i)
{
  size_t k = i + 1;
  while (k < len && text[k] == '=')
    k++;
  return k < len && text[k] == '[' ? (int)(k - i - 1) : -1;
}

size_t head_long_skip(const char *text, size_t len, size_t i, int level)
{
  for (i += (size_t)level + 2; i < len; i++) {
    if (text[i] == ']') {
      size_t k = i + 1;
      while (k < len && text[k] == '=')
        k++;
      if (k < len && text[k] == ']' && (int)(k - i - 1) == level)
        return k + 1;
    }
  }
  return len;
}

static bool is_name(char c)
{
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Blanks text[from, to) (a chapter's card) into "card=0" and spaces, its
** line breaks kept so that the lines after it keep their numbers; left as it
** is if "card = {" is cut by a line break before six bytes. */
static void blank(char *text, size_t from, size_t to)
{
  static const char say[] = "card=0";
  if (to - from < sizeof say || memchr(text + from, '\n', sizeof say - 1))
    return;
  memcpy(text + from, say, sizeof say - 1);
  for (size_t k = from + sizeof say - 1; k < to; k++)
    if (text[k] != '\n')
      text[k] = ' ';
}

/* Is there from text[i] on a "chapter" that could be a call (a name of its
** own, then a brace or a parenthesis), in a string or not? */
static bool maybe_call(const char *text, size_t len, size_t i)
{
  const char *p;
  while (i < len && (p = memmem(text + i, len - i, "chapter", 7))) {
    size_t at = (size_t)(p - text), k = at + 7;
    i = k;
    if (at > 0 && (is_name(text[at - 1]) || text[at - 1] == '.' || text[at - 1] == ':'))
      continue;
    while (k < len && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r'))
      k++;
    if (k < len && (text[k] == '{' || text[k] == '('))
      return true;
  }
  return false;
}

size_t head_end(char *text, size_t len)
{
  size_t card = 0; /* where `card = {` starts in the call, 0 if not in it */
  int depth = 0;
  bool after_dot = false; /* the name is a field (t.chapter, t:chapter) */
  size_t call = 0;        /* the depth is of chapter's call from here on */
  bool in_call = false;
  size_t end = 0; /* past the last call found */
  for (size_t i = 0; i < len;) {
    char c = text[i];
    int level;
    if (c == '-' && i + 1 < len && text[i + 1] == '-') {
      if (i + 2 < len && text[i + 2] == '[' && (level = head_long_open(text, len, i + 2)) >= 0) {
        i = head_long_skip(text, len, i + 2, level);
      } else {
        while (i < len && text[i] != '\n')
          i++;
      }
      continue;
    }
    if (c == '"' || c == '\'') {
      for (i++; i < len && text[i] != c && text[i] != '\n'; i++)
        if (text[i] == '\\')
          i++;
      i++;
      after_dot = false;
      continue;
    }
    if (c == '[' && (level = head_long_open(text, len, i)) >= 0) {
      i = head_long_skip(text, len, i, level);
      after_dot = false;
      continue;
    }
    if (is_name(c)) {
      size_t k = i;
      while (k < len && is_name(text[k]))
        k++;
      if (!in_call && depth == 0 && !after_dot && k - i == 7
          && memcmp(text + i, "chapter", 7) == 0) {
        size_t j = k;
        while (j < len && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r'))
          j++;
        if (j < len && (text[j] == '{' || text[j] == '(')) {
          in_call = true;
          call = j;
          depth = 1;
          i = j + 1;
          continue;
        }
      }
      if (in_call && depth == 1 && !after_dot && k - i == 4 && memcmp(text + i, "card", 4) == 0) {
        size_t j = k;
        while (j < len && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r'))
          j++;
        if (j < len && text[j] == '=') {
          for (j++; j < len
               && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r');)
            j++;
          if (j < len && text[j] == '{')
            card = i;
        }
      }
      after_dot = false;
      i = k;
      continue;
    }
    if (c == '{' || c == '(' || c == '[') {
      depth++;
    } else if (c == '}' || c == ')' || c == ']') {
      if (--depth == 1 && card && in_call) {
        blank(text, card, i + 1);
        card = 0;
      }
      if (depth == 0 && in_call && i > call) {
        end = i + 1;
        in_call = false;
        /* Most files declare one chapter: nothing in the rest that might
        ** be another call, no need to read it token by token. */
        if (!maybe_call(text, len, end))
          return end;
      }
      if (depth < 0)
        return 0; /* not Lua as this scan knows it: the whole file is read */
    }
    if (c == '.' && i + 1 < len && text[i + 1] == '.') { /* .. and ... */
      while (i < len && text[i] == '.')
        i++;
      after_dot = false;
      continue;
    }
    after_dot = c == '.' || c == ':';
    i++;
  }
  return in_call ? 0 : end;
}
