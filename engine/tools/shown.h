/*
** shown: the reads of the story's variables that only choose what text is
** shown, found by a strict static check of a stretch of Lua source. The
** checker (explore.c) does not split the entry states it plays together on
** such a read: it plays the scene once for them all, and once more for each
** value of the variable not shown yet (each line is then checked once).
**
** A read `v.NAME` only chooses text when it is
**   - a value given to a line's placeholders or a screen's bindings, or the
**     whole text: `say("{b:euros}", { b = v.balance })`, `bind { balance =
**     v.balance }`, `layout "platform" { reliability = v.reliability }`;
**   - a choice between texts there: `say(v.lot7 and "Il a pris le lot 7." or
**     "Il l'a refusé.")`, or with a chain of such conditions (`v.way ==
**     "formation" and "…" or v.way == "comptoir" and "…" or "…"`);
**   - in the conditions of an `if` whose branches only show text, the
**     conditions only testing variables (each alone, with `not`, or compared
**     with a constant, joined by and, or and brackets): `if v.noise ==
**     "raised" then say "…" elseif v.posted and v.withdrew then say "…" else
**     say "…" end`.
** Text is shown by say, note, bind and recap, with their arguments, and by
** `layout "NAME"` with its bindings. Inside them nothing is called and nothing
** assigned: two values of such a variable play the same scenes, choices and
** assignments, and differ only in the lines and figures shown.
*/
#ifndef FICELLE_SHOWN_H
#define FICELLE_SHOWN_H

#include <stddef.h>

/* The reads in a stretch of source that only choose text, and the statements
** they are in (an `if` with its branches, or a call that shows text): the text
** such a statement shows depends on its reads together, and on nothing else
** that the story's variables hold (so every line is checked when each set of
** values they take together is shown once). */
typedef struct Shown {
  size_t *reads; /* the offsets of their `v`, in order */
  size_t nreads;
  size_t (*spans)[2]; /* the statements, [from, to) each, in order */
  size_t nspans;
} Shown;

/* The reads in src[from, to) that only choose text, into out (shown_free). */
void shown_scan(Shown *out, const char *src, size_t from, size_t to);
void shown_free(Shown *s);
/* The statement that the offset at is in: its index, (size_t)-1 if none. */
size_t shown_span(const Shown *s, size_t at);

#endif
