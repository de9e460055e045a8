/*
** panel_app: the panels of an application drawn inside the story's room (Nuée
** on Yacine's laptop): `frame` (the app's window), `list` (lines of a history,
** a queue: each with its tone, a figure and a link), `button` (an action that
** works from a floor: grey under it, green from it) and `progress` (a bar).
** Each shows the bindings its layout names; a panel's `mood` gives it the
** app's palette (layout.c).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "panel.h"

/* A binding named by the panel's `key` (dflt if it names none). */
static const json_t *bound(const Layout *L, const json_t *panel, const char *key, const char *dflt)
{
  const char *name = panel_str(panel, key);
  return name || dflt ? json_object_get(L->binds, name ? name : dflt) : NULL;
}

void panel_frame(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)L;
  (void)choices;
  (void)now;
  SDL_Rect rc = panel_rect(ui, panel);
  int radius = ui_px(ui, 10), strip = ui_px(ui, 30);
  /* The room's dark around a bright screen: a soft shadow, then the app. */
  for (int k = 4; k >= 1; k--) {
    SDL_Rect sh = { rc.x - k * ui_px(ui, 3), rc.y - k * ui_px(ui, 2), rc.w + 2 * k * ui_px(ui, 3),
                    rc.h + k * ui_px(ui, 5) };
    draw_round_rect(ui->r, sh, radius + k * ui_px(ui, 3), draw_fade(ui->pal.brand, 10));
  }
  draw_round_rect(ui->r, rc, radius, ui->pal.bg);
  /* Still blue dots on the white, as the story says Nuée opens. */
  if (json_is_true(json_object_get(panel, "dots"))) {
    SDL_Rect area = { rc.x, rc.y + strip, rc.w, rc.h - strip };
    panel_dots(ui, area, 40, 777, 3, 28, 40);
  }
  /* The browser's strip: three dots and the address, if the layout gives one. */
  const char *address = panel_str(panel, "address");
  if (address) {
    SDL_Rect top = { rc.x, rc.y, rc.w, strip };
    draw_round_rect(ui->r, top, radius, ui->pal.raised);
    draw_rect(ui->r, (SDL_Rect){ rc.x, rc.y + strip - radius, rc.w, radius }, ui->pal.raised);
    for (int i = 0; i < 3; i++)
      draw_circle(ui->r, (float)(rc.x + ui_px(ui, 16) + i * ui_px(ui, 14)),
                  (float)(rc.y + strip / 2), (float)ui_px(ui, 4), draw_fade(ui->pal.dim, 110));
    int px = ui_font_px(ui, 12);
    SDL_Rect field = { rc.x + ui_px(ui, 70), rc.y + ui_px(ui, 6), rc.w / 2, strip - ui_px(ui, 12) };
    draw_round_rect(ui->r, field, field.h / 2, ui->pal.bg);
    draw_text(ui->r, FONT_SANS, px, ui->pal.dim, field.x + ui_px(ui, 12),
              field.y + (field.h - font_line_height(FONT_SANS, px)) / 2, address);
  }
}

/* An item's colour from its `style`: "bad" red, "warn" the banner's ink,
** "good" green, "dim" grey, else the text's. */
static SDL_Color tone(const Ui *ui, const char *style)
{
  if (!style)
    return ui->pal.text;
  if (strcmp(style, "bad") == 0)
    return ui->pal.error;
  if (strcmp(style, "good") == 0)
    return ui->pal.ok;
  if (strcmp(style, "dim") == 0)
    return ui->pal.dim;
  if (strcmp(style, "warn") == 0)
    return draw_mix(ui->pal.warn, ui->pal.text, 0.55f);
  return ui->pal.text;
}

void panel_list(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)choices;
  (void)now;
  const json_t *items = bound(L, panel, "bind", "list");
  SDL_Rect rc = panel_rect(ui, panel);
  int pad = ui_px(ui, 14), px = ui_font_px(ui, (float)panel_num(panel, "size", 16));
  int small = ui_font_px(ui, 13), n = (int)json_array_size(items), bullet = ui_px(ui, 14),
      gap = ui_px(ui, 8);
  if (n == 0)
    return;
  if (n > 32)
    n = 32;
  /* Laid out first, so that the panel is as tall as its lines (up to its rect;
  ** all of it with fill = true). */
  DrawPara para[32];
  char figs[32][64];
  int heights[32], total = 0, shown = 0;
  const char *title = panel_str(panel, "ui") ? ui_text(ui, panel_str(panel, "ui")) : NULL;
  int head = title ? font_line_height(FONT_SANS_BOLD, small) + gap : 0;
  for (int i = 0; i < n; i++) {
    const json_t *it = json_array_get(items, (size_t)i), *nv = json_object_get(it, "note");
    const char *text = json_is_string(it) ? json_string_value(it) : panel_str(it, "text");
    /* A figure: a text as it is, a number in the panel's `format` (euros: centimes). */
    figs[i][0] = '\0';
    if (json_is_string(nv) || json_is_number(nv))
      panel_format(ui, nv, json_is_number(nv) ? panel_str(panel, "format") : NULL, figs[i],
                   sizeof figs[i]);
    int nw = figs[i][0] ? font_width(FONT_MONO, small, figs[i], strlen(figs[i])) + pad : 0;
    memset(&para[i], 0, sizeof para[i]);
    draw_para_layout(&para[i], text ? text : "", FONT_SANS, px, rc.w - 2 * pad - bullet - nw);
    heights[i] = draw_para_height(&para[i])
        + (panel_str(it, "link") ? font_line_height(FONT_SANS, small) : 0) + gap;
    if (2 * pad + head + total + heights[i] <= rc.h) {
      total += heights[i];
      shown = i + 1;
    }
  }
  SDL_Rect box = { rc.x, rc.y, rc.w, 2 * pad + head + total };
  if (json_is_true(json_object_get(panel, "fill")))
    box.h = rc.h; /* over what is under it (the waiting card) */
  draw_round_rect(ui->r, box, ui_px(ui, 10), ui->pal.panel);
  int y = rc.y + pad;
  if (title) {
    draw_text(ui->r, FONT_SANS_BOLD, small, ui->pal.dim, rc.x + pad, y, title);
    y += head;
  }
  for (int i = 0; i < n; i++) {
    const json_t *it = json_array_get(items, (size_t)i);
    if (i < shown) {
      const char *link = panel_str(it, "link");
      SDL_Color ink = tone(ui, panel_str(it, "style"));
      int lh = font_line_height(FONT_SANS, px), th = draw_para_height(&para[i]);
      draw_rect(ui->r,
                (SDL_Rect){ rc.x + pad, y + lh / 2 - ui_px(ui, 3), ui_px(ui, 6), ui_px(ui, 6) },
                ink);
      draw_para(ui->r, &para[i], ink, rc.x + pad + bullet, y, (size_t)-1);
      if (figs[i][0]) /* in the mono face: the columns of figures line up */
        draw_text_right(ui->r, FONT_MONO, small, ui->pal.dim, rc.x + rc.w - pad,
                        y + (lh - font_line_height(FONT_MONO, small)) / 2, figs[i]);
      if (link) { /* grey and underlined: the platform's way of offering little */
        int lw = draw_text(ui->r, FONT_SANS, small, ui->pal.dim, rc.x + pad + bullet, y + th, link);
        draw_rect(ui->r,
                  (SDL_Rect){ rc.x + pad + bullet,
                              y + th + font_line_height(FONT_SANS, small) - ui_px(ui, 3), lw, 1 },
                  ui->pal.dim);
      }
      y += heights[i];
      if (i + 1 < shown)
        draw_rect(ui->r, (SDL_Rect){ rc.x + pad, y - gap / 2, rc.w - 2 * pad, 1 }, ui->pal.rule);
    }
    draw_para_free(&para[i]);
  }
}

void panel_button(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)choices;
  (void)now;
  const json_t *value = bound(L, panel, "bind", NULL), *floor = bound(L, panel, "from", NULL);
  if (!json_is_number(value))
    return;
  SDL_Rect rc = panel_rect(ui, panel);
  int px = ui_font_px(ui, 17), small = ui_font_px(ui, 12);
  bool open = !json_is_number(floor) || json_number_value(value) >= json_number_value(floor);
  char money[64], label[160];
  panel_format(ui, value, panel_str(panel, "format") ? panel_str(panel, "format") : "euros", money,
               sizeof money);
  snprintf(label, sizeof label, "%s",
           ui_text(ui, panel_str(panel, "ui") ? panel_str(panel, "ui") : ""));
  int bh = font_line_height(FONT_SANS_BOLD, px) + ui_px(ui, 18);
  SDL_Rect b = { rc.x, rc.y, rc.w, bh };
  draw_round_rect(ui->r, b, ui_px(ui, 8), open ? ui->pal.ok : ui->pal.raised);
  draw_text_center(ui->r, FONT_SANS_BOLD, px, open ? ui->pal.on_accent : ui->pal.dim, b.x + b.w / 2,
                   b.y + (bh - font_line_height(FONT_SANS_BOLD, px)) / 2, label);
  if (!open) { /* under the floor: why it does not work */
    char from[64];
    panel_format(ui, floor, "euros", from, sizeof from);
    json_t *args = json_pack("{s:s}", "amount", from);
    char *why = story_ui_format(ui->story, "platform.withdraw_from", args);
    draw_text_center(ui->r, FONT_SANS, small, ui->pal.dim, b.x + b.w / 2, b.y + bh + ui_px(ui, 4),
                     why ? why : from);
    free(why);
    json_decref(args);
  }
}

void panel_progress(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)choices;
  (void)now;
  const json_t *v = bound(L, panel, "bind", "progress");
  double done, total = 1;
  char figure[64] = "";
  if (json_is_array(v) && json_array_size(v) == 2) {
    done = json_number_value(json_array_get(v, 0));
    total = json_number_value(json_array_get(v, 1));
    snprintf(figure, sizeof figure, "%.0f / %.0f", done, total);
  } else if (json_is_number(v)) {
    done = json_number_value(v);
    snprintf(figure, sizeof figure, "%.0f %%", 100 * done);
  } else {
    return;
  }
  SDL_Rect rc = panel_rect(ui, panel);
  int small = ui_font_px(ui, 13), y = rc.y;
  const char *label = panel_str(panel, "ui") ? ui_text(ui, panel_str(panel, "ui")) : NULL;
  if (label)
    draw_text(ui->r, FONT_SANS, small, ui->pal.dim, rc.x, y, label);
  draw_text_right(ui->r, FONT_MONO, small, ui->pal.dim, rc.x + rc.w, y, figure);
  y += font_line_height(FONT_SANS, small) + ui_px(ui, 4);
  int th = ui_px(ui, 8);
  double f = total > 0 ? done / total : 0;
  f = f < 0 ? 0 : f > 1 ? 1 : f;
  draw_round_rect(ui->r, (SDL_Rect){ rc.x, y, rc.w, th }, th / 2, ui->pal.raised);
  if (f > 0)
    draw_round_rect(
        ui->r, (SDL_Rect){ rc.x, y, (int)lround(rc.w * f) > th ? (int)lround(rc.w * f) : th, th },
        th / 2, ui->pal.accent);
}

void panel_table(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)choices;
  (void)now;
  const json_t *t = bound(L, panel, "bind", "table");
  const json_t *head = json_object_get(t, "head"), *rows = json_object_get(t, "rows");
  const json_t *bars = json_object_get(t, "bars"), *row, *cell;
  size_t ncols = json_array_size(head), i, k;
  if (!json_array_size(rows) || ncols == 0 || ncols > 8)
    return;
  SDL_Rect rc = panel_rect(ui, panel);
  draw_round_rect(ui->r, rc, ui_px(ui, 12), ui->pal.panel);
  int pad = ui_px(ui, 22), px = ui_font_px(ui, 17), small = ui_font_px(ui, 13);
  int x0 = rc.x + pad, w = rc.w - 2 * pad, y = rc.y + pad;
  const char *title = panel_str(panel, "ui") ? ui_text(ui, panel_str(panel, "ui")) : NULL;
  if (title) {
    draw_text(ui->r, FONT_SANS_BOLD, small, ui->pal.dim, x0, y, title);
    y += font_line_height(FONT_SANS_BOLD, small) + ui_px(ui, 10);
  }
  /* Columns: the first (labels) takes what the figures leave; figures are set
  ** right, in the mono face, so that their digits line up (tabular figures). */
  int widths[8] = { 0 }, total = 0;
  for (k = 1; k < ncols; k++) {
    const char *h = json_string_value(json_array_get(head, k));
    widths[k] = h ? font_width(FONT_SANS_BOLD, small, h, strlen(h)) : 0;
    json_array_foreach(rows, i, row) {
      const char *c = json_string_value(json_array_get(row, k));
      int cw = c ? font_width(FONT_MONO, px, c, strlen(c)) : 0;
      if (cw > widths[k])
        widths[k] = cw;
    }
    widths[k] += ui_px(ui, 18);
    total += widths[k];
  }
  widths[0] = w - total;
  int rh = font_line_height(FONT_MONO, px) + ui_px(ui, 10);
  int cx = x0;
  for (k = 0; k < ncols; k++) {
    const char *h = json_string_value(json_array_get(head, k));
    if (k == 0)
      draw_text(ui->r, FONT_SANS_BOLD, small, ui->pal.dim, cx, y, h ? h : "");
    else
      draw_text_right(ui->r, FONT_SANS_BOLD, small, ui->pal.dim, cx + widths[k], y, h ? h : "");
    cx += widths[k];
  }
  y += font_line_height(FONT_SANS_BOLD, small) + ui_px(ui, 6);
  draw_rect(ui->r, (SDL_Rect){ x0, y - ui_px(ui, 3), w, 1 }, ui->pal.rule);
  json_array_foreach(rows, i, row) {
    if (y + rh > rc.y + rc.h - pad)
      break;
    if (i % 2 == 1) /* grey bands, as a spreadsheet's */
      draw_rect(ui->r, (SDL_Rect){ x0 - ui_px(ui, 6), y, w + ui_px(ui, 12), rh }, ui->pal.raised);
    cx = x0;
    json_array_foreach(row, k, cell) {
      if (k >= ncols)
        break;
      char v[128];
      panel_format(ui, cell, NULL, v, sizeof v);
      int ty = y + (rh - font_line_height(FONT_MONO, px)) / 2;
      if (k == 0)
        draw_text(ui->r, FONT_SANS, px, ui->pal.text, cx, ty, v);
      else
        draw_text_right(ui->r, FONT_MONO, px, ui->pal.text, cx + widths[k], ty, v);
      cx += widths[k];
    }
    y += rh;
  }
  /* The chart: a bar per row, in green on grey, the row's label before it and
  ** the charted column's figure after it. */
  size_t nb = json_array_size(bars);
  int col = (int)panel_num(t, "chart", 1);
  double most = 0;
  json_array_foreach(bars, i, cell)
    if (json_number_value(cell) > most)
      most = json_number_value(cell);
  if (nb == 0 || most <= 0 || col < 1 || col >= (int)ncols)
    return;
  y += ui_px(ui, 16);
  const char *ch = json_string_value(json_array_get(head, (size_t)col));
  draw_text(ui->r, FONT_SANS_BOLD, small, ui->pal.dim, x0, y, ch ? ch : "");
  y += font_line_height(FONT_SANS_BOLD, small) + ui_px(ui, 6);
  int lw = 0, bh = ui_px(ui, 22), gap = ui_px(ui, 10);
  json_array_foreach(rows, i, row) {
    const char *l = json_string_value(json_array_get(row, 0));
    int tw = l ? font_width(FONT_SANS, small, l, strlen(l)) : 0;
    lw = tw > lw ? tw : lw;
  }
  lw += ui_px(ui, 12);
  int track = w - lw - ui_px(ui, 90);
  json_array_foreach(bars, i, cell) {
    if (i >= json_array_size(rows) || y + bh > rc.y + rc.h - pad / 2)
      break;
    const json_t *r = json_array_get(rows, i);
    const char *l = json_string_value(json_array_get(r, 0));
    char v[128];
    panel_format(ui, json_array_get(r, (size_t)col), NULL, v, sizeof v);
    int ty = y + (bh - font_line_height(FONT_SANS, small)) / 2;
    draw_text(ui->r, FONT_SANS, small, ui->pal.dim, x0, ty, l ? l : "");
    draw_round_rect(ui->r, (SDL_Rect){ x0 + lw, y, track, bh }, bh / 2, ui->pal.raised);
    int bw = (int)lround(track * json_number_value(cell) / most);
    if (bw > 0)
      draw_round_rect(ui->r, (SDL_Rect){ x0 + lw, y, bw < bh ? bh : bw, bh }, bh / 2, ui->pal.ok);
    draw_text(ui->r, FONT_MONO, small, ui->pal.text, x0 + lw + track + ui_px(ui, 10), ty, v);
    y += bh + gap;
  }
}
