/*
** text: UTF-8 text as the reader sees it: French typography (narrow no-break
** spaces before ? ! ; : and inside « », none of those marks ever starting a line)
** and line breaking for any measure: pixels in the window, columns in a terminal.
*/
#ifndef FICELLE_TEXT_H
#define FICELLE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Applies French typography to s: the space before ? ! ; : and after « or before »
** becomes U+202F (inserted where there was none), and so does the one before % or
** €; the spaces inside a number ("6 410") or a time ("11 h", "6 h 12") become
** U+00A0, so that no line breaks there; spaces around an em dash in a dialogue
** are left alone. Returns a malloc'd string. */
char *text_french(const char *s);

/* Width of s[0..len) in the caller's unit (pixels, columns). */
typedef int (*TextMeasure)(void *ud, const char *s, size_t len);

typedef struct TextLine {
  size_t start; /* byte offset of the line in the text */
  size_t len;   /* bytes, without the space or newline that ended it */
} TextLine;

/* Breaks s into lines no wider than width. Breaks at ordinary spaces, after a
** hyphen, and at '\n'; never at a no-break space (U+00A0, U+202F), so no line
** starts with a French mark; a word wider than width is cut between characters.
** Writes at most max lines into lines and returns how many lines there are. */
int text_wrap(const char *s, int width, TextMeasure measure, void *ud, TextLine *lines, int max);

/* A TextMeasure counting code points (terminals, tests). */
int text_measure_columns(void *ud, const char *s, size_t len);

/* UTF-8: decodes the code point at *p and advances *p; returns 0xFFFD for a bad
** sequence (and moves one byte on). */
unsigned text_utf8_next(const char **p);
size_t text_utf8_len(const char *s, size_t bytes);

#endif
