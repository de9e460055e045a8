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
**     "Il l'a refusé.")`, or with a chain of the same variable's tests
**     (`v.way == "formation" and "…" or v.way == "comptoir" and "…" or "…"`);
**   - the condition of an `if` whose branches only show text, each condition
**     of it testing that one variable (alone, with `not`, or compared with a
**     constant): `if v.noise == "raised" then say "…" elseif v.noise ==
**     "patched" then say "…" else say "…" end`.
** Text is shown by say, note, bind and recap, with their arguments, and by
** `layout "NAME"` with its bindings. Inside them nothing is called and nothing
** assigned: two values of such a variable play the same scenes, choices and
** assignments, and differ only in the lines and figures shown.
*/
#ifndef FICELLE_SHOWN_H
#define FICELLE_SHOWN_H

#include <stddef.h>

/* The reads in src[from, to) that only choose text: the offsets of their `v`,
** in order, in a malloc'd array (NULL if none), their count into *n. */
size_t *shown_reads(const char *src, size_t from, size_t to, size_t *n);

#endif
