/*
** slots: the reader's save slots as Ren'Py shows them: pages of six, each with
** a thumbnail of the page at the moment of saving, its chapter and the date;
** the autosave and the quick save on a page of their own (Load only); and the
** small dialog that asks before anything discards the reader's progress.
** A slot's save is the core's (saves.c); beside it the window writes
** "<slot>.png" (the thumbnail) and "<slot>.json" ({saved, chapter, title}),
** since the core keeps no clock.
*/
#ifndef FICELLE_SLOTS_H
#define FICELLE_SLOTS_H

#include <stdbool.h>
#include <stddef.h>
#include <SDL.h>

#include "story.h"
#include "ui.h"

#define SLOTS_PER_PAGE 6
#define SLOTS_PAGES 3
/* Slot ids: 0 .. SLOTS_PER_PAGE * SLOTS_PAGES - 1 are "slot1" ..., then these. */
#define SLOTS_AUTO (SLOTS_PER_PAGE * SLOTS_PAGES)
#define SLOTS_QUICK (SLOTS_AUTO + 1)
/* The thumbnails' width in pixels. */
#define SLOTS_THUMB_W 320

typedef struct SlotInfo {
  int id;
  bool used;          /* a save is there */
  int chapter;        /* 0: not known */
  char title[96];     /* the chapter's title, in the current language if known */
  char saved[20];     /* "2026-12-01 10:45", local time; "": not known */
  SDL_Surface *thumb; /* owned; NULL: none */
} SlotInfo;

typedef struct SlotsView {
  bool load; /* the Load screen, else the Save screen */
  int page;  /* 1 .. SLOTS_PAGES; 0: the autosave and the quick save (Load only) */
  SlotInfo slot[SLOTS_PER_PAGE];
  int nslots;
} SlotsView;

/* The slot's name ("slot1", "auto", "quick") in buf; returns buf. */
const char *slots_name(int id, char *buf, size_t size);
/* The vfs path of a slot's file beside its save: ext "png" or "json". */
void slots_path(int id, const char *ext, char *buf, size_t size);

/* What is in a slot: its save, its sidecar and, if `thumb`, its thumbnail
** (read through the vfs). The chapter's title is taken from the story in its
** current language when the chapter is known there. Free with slots_info_free(). */
void slots_info(Story *s, int id, bool thumb, SlotInfo *out);
void slots_info_free(SlotInfo *si);
/* Fills v->slot for v->page and v->load. Free with slots_view_free(). */
void slots_view_read(SlotsView *v, Story *s);
void slots_view_free(SlotsView *v);

/* Writes a slot's sidecar: the local time now, the chapter and its title.
** False, with err_set(), on failure. */
bool slots_write_meta(int id, int chapter, const char *title);

/* "01/12/2026, 10 h 45" / "2026-12-01, 10:45" (whole) or "10 h 45" (time
** only), in the story's language; "" if the date is not known. */
void slots_when(Ui *ui, const SlotInfo *si, bool whole, char *buf, size_t size);

/* The Save or Load screen: the grid of v's page (ACT_SLOT, arg: the slot's id),
** the page buttons (ACT_SLOT_PAGE) and Back (ACT_BACK), in that order. */
void slots_draw(Ui *ui, const SlotsView *v);
/* A modal question over whatever is below: Cancel (ACT_CONFIRM 0) is the first
** button registered, then `yes` (ACT_CONFIRM 1). */
void slots_confirm(Ui *ui, const char *question, const char *yes);

#endif
