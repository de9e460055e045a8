/*
** head: where a story file's head ends. The head is what a file says before
** its scenes: its comments, locals and its `chapter { ... }` declaration. The
** story runs only the heads of its chapter files when it opens (the chapter
** menu, the variables each chapter declares), and a file's whole text when the
** reader first needs one of its scenes. A scan of Lua's tokens, not a parse:
** what it finds is only run, and a head that does not run makes the story read
** the whole file instead.
*/
#ifndef FICELLE_HEAD_H
#define FICELLE_HEAD_H

#include <stddef.h>

/* The offset just past the closing brace (or parenthesis) of the last call
** `chapter { ... }` or `chapter(...)` outside any bracket in text (len bytes,
** the whole file), comments and strings skipped; 0 if there is none, or if
** text ends inside one. A call's `card = { ... }` (the discussion card, the
** bulk of a chapter's table, needed only at its end) is blanked in text into
** `card=0` and spaces, line breaks kept: the head runs without it. */
size_t head_end(char *text, size_t len);

/* Lua's long brackets, for the scans of its tokens here and in the tools.
** At text[i] == '[': the level of a long bracket ([[ is 0, [==[ is 2), or -1
** if it is not one. */
int head_long_open(const char *text, size_t len, size_t i);
/* From text[i], the opening bracket of level `level`: the offset past its
** closing one, or len if the text ends first. */
size_t head_long_skip(const char *text, size_t len, size_t i, int level);

#endif
