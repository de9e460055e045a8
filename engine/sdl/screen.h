/*
** screen: the screens the engine owns around the story: the title, the chapter
** select, chapter and discussion cards, the ending, the error screen (file, line,
** message, the way back), the Esc menu, the history and short notices.
** Each draws into ui and registers its buttons; none changes the story.
*/
#ifndef FICELLE_SCREEN_H
#define FICELLE_SCREEN_H

#include <stdbool.h>

#include "progress.h"
#include "settings.h"
#include "story.h"
#include "ui.h"

/* resume: the label of Continue ("Continuer — chapitre 3, Non conforme"),
** NULL: no game to continue; when: the date below it, NULL or "": none. */
void screen_title(Ui *ui, const char *resume, const char *when, bool classroom);
/* The chapter select: each chapter with its blurb (its teacher's notes'
** `blurb`), its reading time (story/reading/words.lua, measured by `ficelle
** words`) and how far this reader has read it. */
void screen_chapters(Ui *ui, const Progress *progress);
/* The card of a chapter's beginning (CHAPTER: data {number, side, title}). */
void screen_chapter(Ui *ui, const Event *ev);
/* The discussion card of a chapter's end (CARD). */
void screen_card(Ui *ui, const Event *ev);
void screen_ending(Ui *ui, const Event *ev);
/* A script error: where, what, and the buttons that lead back. */
void screen_error(Ui *ui, const Event *ev);
/* The end of everything there is to play. */
void screen_end(Ui *ui);

/* Overlays, drawn over whatever is below. */
void screen_menu(Ui *ui, bool in_game);
/* Preferences: each setting with its value, and its buttons (- and + for the
** steps, which stop at the ends; one button for the others). */
void screen_prefs(Ui *ui, const Settings *set);
/* The history, newest at the bottom; *scroll is how many entries are hidden below
** (clamped here). */
void screen_history(Ui *ui, int *scroll);
void screen_notice(Ui *ui, const char *text);
/* The quick menu, a row of small buttons under the page as Ren'Py has (back,
** history, skip, auto, save, quick save, menu), in a strip of its own that
** the page is laid out above: it never covers the text. skip and auto light
** their buttons while on. */
int screen_quick_height(const Ui *ui);
void screen_quick(Ui *ui, bool skip, bool auto_mode);

/* A class reading together (lesson.h), each drawn over the page. The votes
** at a choice (majority: the option ahead, or -1); a discussion stop with its
** timer (timer_end 0: not started); where the other options of the last
** choice led, to read (taken: the class's); such a branch being read. */
void screen_votes(Ui *ui, const Event *ev, const int *votes, int majority);
void screen_discuss(Ui *ui, const char *question, const json_t *facts, int minutes,
                    Uint32 timer_end, Uint32 now);
void screen_others(Ui *ui, const char *const *options, int n, int taken);
void screen_peek(Ui *ui, const char *title, const char *const *lines, int n);

#endif
