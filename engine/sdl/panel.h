/*
** panel: the kinds of panel a layout table lists (lua/layouts/page.lua says how
** they are written), each drawn by a painter: lines and messages (panel_text.c),
** the task card (panel_task.c), bars, headers, rows, notices and sidebars
** (panel_data.c), an app's frame, lists, buttons and progress bars
** (panel_app.c), found by name in one table (panel.c).
*/
#ifndef FICELLE_PANEL_H
#define FICELLE_PANEL_H

#include <stdbool.h>
#include <stddef.h>
#include <SDL.h>
#include <jansson.h>

#include "layout_impl.h"
#include "ui.h"

/* Draws `panel` (its JSON from the layout table) from L into ui, registering its
** buttons. choices: this panel takes the pending choice (the lines, the chat's
** answers, the task card); if false, a task card shows the waiting card. */
typedef void PanelPaint(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now);

typedef struct PanelKind {
  const char *name; /* the panel's `kind` */
  PanelPaint *paint;
  bool when_hidden; /* drawn even while the reader hides the interface (H) */
} PanelKind;

/* The kind named `name`, or NULL if there is none of that name (or name is NULL). */
const PanelKind *panel_kind(const char *name);

PanelPaint panel_lines;    /* the novel page: lines in a column, the choice below */
PanelPaint panel_messages; /* a chat or a feed: the newest at the bottom, answers under */
PanelPaint panel_task;     /* Nuée's task card, or its waiting card */
PanelPaint panel_bar;      /* a top bar: brand, title, slogan, figures on the right */
PanelPaint panel_header;   /* a mail's header: labelled fields, a title */
PanelPaint panel_rows;     /* a dashboard: figures in a grid */
PanelPaint panel_notice;   /* a boxed message, if its binding says something */
PanelPaint panel_sidebar;  /* a title, the channel selected, a list of people */
PanelPaint panel_frame;    /* an app's window inside the room: shadow, strip, address */
PanelPaint panel_list;     /* lines with a tone, a figure, a grey link (a history, a queue) */
PanelPaint panel_button;   /* an action from a floor: grey under it, green from it */
PanelPaint panel_progress; /* a bar and its figure (done / total) */
PanelPaint panel_table;    /* a table of figures and a chart of one of its columns */

/* Helpers the painters share. */
/* The panel's `rect` (fractions of the window, default all of it) in pixels. */
SDL_Rect panel_rect(const Ui *ui, const json_t *panel);
/* Nuée's still blue dots over area: n of them, placed by a fixed seed (the
** same every frame), of 2 to 1 + sizes pixels, their ink the brand's faded to
** fade .. fade + range - 1 (of 255). */
void panel_dots(Ui *ui, SDL_Rect area, int n, unsigned seed, int sizes, int fade, int range);
/* The panel's `font` ("serif", "mono", else sans), dflt if it has none. */
FontFace panel_face(const json_t *panel, FontFace dflt);
/* o[key] as a string (NULL if it is not one) or a number (dflt if not one). */
const char *panel_str(const json_t *o, const char *key);
double panel_num(const json_t *o, const char *key, double dflt);
/* A binding's value for display: "euros" (centimes as money in the story's
** language), "percent", "int", else the value as text (i18n_format_value). */
void panel_format(const Ui *ui, const json_t *value, const char *format, char *buf, size_t size);

#endif
