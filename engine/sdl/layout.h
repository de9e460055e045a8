/*
** layout: the story's screens (the novel page, Nuée's task screen, the office's
** chat, mail and dashboard), drawn from the layout tables of lua/layouts/ that the
** core hands over as JSON. Keeps what those screens accumulate between events:
** the lines said on them, the bindings, the pending choice, the typewriter.
*/
#ifndef FICELLE_LAYOUT_H
#define FICELLE_LAYOUT_H

#include <stdbool.h>
#include <SDL.h>

#include "story.h"
#include "ui.h"

typedef struct Layout Layout;

Layout *layout_create(void);
void layout_destroy(Layout *L);
/* Forgets every line, binding and choice (a new game, a load, a rollback). */
void layout_reset(Layout *L);

/* The page the core keeps (story_page()), or any list of lines (the tests'). */
typedef struct LayoutPage {
  int n;
  const StoryLine *(*line)(const void *src, int i);
  const void *src;
  /* Line i in the other language (malloc'd), shown under it; NULL: none. */
  char *(*other)(const void *src, int i);
} LayoutPage;

/* Shows what an event says the screen is: its layout and bindings, the page's
** lines (the ones not seen yet are added, the newest typed from `now` (ms) if
** the event is a LINE; a new page is shown whole, untyped), and the CHOICE's
** options. Everything is copied: the event and the page may go away after. */
void layout_sync(Layout *L, const Event *ev, const LayoutPage *page, Uint32 now);
/* Forgets how the lines were broken (the font or its size changed). */
void layout_invalidate(Layout *L);
/* The reader took an option: the choice goes (the core puts the option on the
** page, and the next layout_sync() shows it). */
void layout_chosen(Layout *L, int choice);
/* The task shown: ticks or unticks target i of its picture (a captcha's tile,
** a box on a photo). */
void layout_toggle(Layout *L, int target);
/* The option the ticked targets answer: the answer whose `picks` they match,
** else the nearest (fewest targets apart; the first of equals); -1 if the
** task has no picks. */
int layout_pick(const Layout *L);
/* Milliseconds until the screen changes by itself at `now` (a task's timer,
** a figure's "+0,03 €" fading), -1 if it will not. */
int layout_next_ms(const Layout *L, Uint32 now);

/* The side of the chapter ("yacine" or "office"): the page's mood. */
void layout_set_side(Layout *L, const char *side);
/* The chapter being read, for the page's running head ("Chapitre 1 · Lundi"). */
void layout_set_chapter(Layout *L, int number, const char *title);

/* Typewriter speed in characters a second; 0 shows lines at once. */
void layout_set_speed(Layout *L, int cps);
/* True while the newest line is still being typed at `now`. */
bool layout_typing(const Layout *L, Uint32 now);
/* Shows the newest line whole; true if it was still being typed. */
bool layout_finish(Layout *L);
/* How long the newest line takes to read (auto mode), in ms: 1.2 s, and
** pace ms a character. */
Uint32 layout_read_ms(const Layout *L, int pace);

/* A narrow or portrait window (4:3 or taller): panels that have a `narrow`
** place are drawn there, stacked, instead of side by side. */
bool layout_narrow(const Ui *ui);

/* Draws the current layout (mood, panels, text, choices; buttons registered in
** ui), each panel by the painter of its kind (panel.h); a kind it does not know
** is not drawn. Does not clear or present. */
void layout_draw(Layout *L, Ui *ui, Uint32 now);

#endif
