/*
** panel_data: the panels that show the bindings a scene sets: `bar` (brand,
** title, figures), `header` (a mail's fields), `rows` (a dashboard's figures),
** `notice` (a boxed message) and `sidebar` (a channel and its people).
*/
#include <stdio.h>
#include <string.h>

#include "panel.h"

/* A strip across the screen (a bar, an e-mail's header): its ground and the
** rule under it. Returns its rectangle. */
static SDL_Rect strip(Ui *ui, const json_t *panel)
{
  SDL_Rect rc = panel_rect(ui, panel);
  SDL_Rect rule = { rc.x, rc.y + rc.h - 1, rc.w, 1 };
  draw_rect(ui->r, rc, ui->pal.panel);
  draw_rect(ui->r, rule, ui->pal.rule);
  return rc;
}

void panel_bar(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)choices;
  SDL_Rect rc = strip(ui, panel);
  int pad = ui_px(ui, 24), small = ui_font_px(ui, 12), big = ui_font_px(ui, 19);
  int left = rc.x + pad;
  /* Texts (brand, title, slogan) from the left; figures on the right, in the
  ** order listed: first pass measures them, second draws. */
  char values[8][128], deltas[8][112];
  bool gains[8] = { false };
  const char *labels[8];
  int widths[8], nvals = 0, total = 0;
  size_t i;
  const json_t *item;
  json_array_foreach(json_object_get(panel, "items"), i, item) {
    const char *style = panel_str(item, "style");
    char value[128];
    const char *bind = panel_str(item, "bind");
    if (bind && !json_object_get(L->binds, bind) && json_is_true(json_object_get(item, "optional")))
      continue;
    if (bind)
      panel_format(ui, json_object_get(L->binds, bind), panel_str(item, "format"), value,
                   sizeof value);
    else if (panel_str(item, "ui"))
      snprintf(value, sizeof value, "%s", ui_text(ui, panel_str(item, "ui")));
    else
      snprintf(value, sizeof value, "%s", panel_str(item, "text") ? panel_str(item, "text") : "");
    if (style && (strcmp(style, "brand") == 0 || strcmp(style, "title") == 0)) {
      int px = ui_font_px(ui, strcmp(style, "brand") == 0 ? 22 : 19);
      int y = rc.y + (rc.h - font_line_height(FONT_SANS_BOLD, px)) / 2;
      left += draw_text(ui->r, FONT_SANS_BOLD, px,
                        strcmp(style, "brand") == 0 ? ui->pal.brand : ui->pal.text, left, y, value)
          + pad;
      continue;
    }
    if (style && strcmp(style, "slogan") == 0) {
      int px = ui_font_px(ui, 16);
      left += draw_text(ui->r, FONT_SERIF_ITALIC, px, ui->pal.dim, left,
                        rc.y + (rc.h - font_line_height(FONT_SERIF_ITALIC, px)) / 2, value)
          + pad;
      continue;
    }
    if (nvals == 8)
      continue;
    /* A figure that just changed shows by how much: "+0,03 €" when a task is paid. */
    deltas[nvals][0] = '\0';
    if (bind && strcmp(bind, L->delta_key) == 0 && now - L->delta_t < LAYOUT_DELTA_MS) {
      json_t *d = json_real(L->delta < 0 ? -L->delta : L->delta);
      char mag[96];
      panel_format(ui, d, panel_str(item, "format"), mag, sizeof mag);
      snprintf(deltas[nvals], sizeof deltas[nvals], "%s%s", L->delta < 0 ? "−" : "+", mag);
      json_decref(d);
      gains[nvals] = L->delta > 0;
    }
    const char *label = panel_str(item, "label");
    labels[nvals] = label ? ui_text(ui, label) : NULL;
    snprintf(values[nvals], sizeof values[nvals], "%s", value);
    int vw = font_width(FONT_MONO, big, value, strlen(value));
    int lw = labels[nvals] ? font_width(FONT_SANS, small, labels[nvals], strlen(labels[nvals])) : 0;
    widths[nvals] = vw > lw ? vw : lw;
    total += widths[nvals] + (nvals ? 2 * pad : 0);
    nvals++;
  }
  int lh = font_line_height(FONT_SANS, small), vh = font_line_height(FONT_MONO, big);
  int top = rc.y + (rc.h - lh - vh) / 2;
  int x = rc.x + rc.w - pad - total;
  for (int k = 0; k < nvals; k++) {
    int right = x + widths[k];
    if (labels[k])
      draw_text_right(ui->r, FONT_SANS, small, ui->pal.dim, right, top, labels[k]);
    draw_text_right(ui->r, FONT_MONO, big, ui->pal.text, right, top + lh, values[k]);
    if (deltas[k][0]) { /* left of the label, in green (red if it fell) */
      int lw = labels[k] ? font_width(FONT_SANS, small, labels[k], strlen(labels[k])) : 0;
      draw_text_right(ui->r, FONT_SANS_BOLD, small, gains[k] ? ui->pal.ok : ui->pal.error,
                      right - lw - ui_px(ui, 8), top, deltas[k]);
    }
    x = right + 2 * pad;
  }
}

void panel_header(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)choices;
  (void)now;
  SDL_Rect rc = strip(ui, panel);
  int pad = ui_px(ui, 28), px = ui_font_px(ui, 17), y = rc.y + pad;
  size_t i;
  const json_t *f;
  json_array_foreach(json_object_get(panel, "fields"), i, f) {
    char value[256];
    panel_format(ui, json_object_get(L->binds, panel_str(f, "bind") ? panel_str(f, "bind") : ""),
                 NULL, value, sizeof value);
    bool title = panel_str(f, "style") && strcmp(panel_str(f, "style"), "title") == 0;
    if (title) {
      y += ui_px(ui, 6);
      y += draw_wrapped(ui->r, FONT_SANS_BOLD, ui_font_px(ui, 24), ui->pal.text, rc.x + pad, y,
                        rc.w - 2 * pad, value);
      continue;
    }
    int lw = draw_text(ui->r, FONT_SANS, px, ui->pal.dim, rc.x + pad, y,
                       ui_text(ui, panel_str(f, "label") ? panel_str(f, "label") : ""));
    draw_text(ui->r, FONT_SANS, px, ui->pal.text, rc.x + pad + lw + ui_px(ui, 10), y, value);
    y += font_line_height(FONT_SANS, px) + ui_px(ui, 4);
  }
}

void panel_rows(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)choices;
  (void)now;
  SDL_Rect rc = panel_rect(ui, panel);
  draw_round_rect(ui->r, rc, ui_px(ui, 12), ui->pal.panel);
  int pad = ui_px(ui, 24), px = ui_font_px(ui, 18), big = ui_font_px(ui, 30);
  const json_t *rows =
      json_object_get(L->binds, panel_str(panel, "bind") ? panel_str(panel, "bind") : "rows");
  size_t n = json_array_size(rows), i;
  if (n == 0)
    return;
  /* Short figures in a grid of big numbers; long ones (a sentence of figures)
  ** take whole rows, in a smaller size if they must, never over each other. */
  int widest = 0;
  const json_t *row;
  json_array_foreach(rows, i, row) {
    const json_t *value =
        json_is_array(row) ? json_array_get(row, 1) : json_object_get(row, "value");
    char v[256];
    panel_format(ui, value, NULL, v, sizeof v);
    int vw = font_width(FONT_MONO, big, v, strlen(v));
    if (vw > widest)
      widest = vw;
  }
  /* The grid (two columns from four rows, else one) whose figures can be
  ** the largest: as wide as a column allows, and all the rows in the panel's
  ** height (a short panel, a narrow window): smaller figures, never rows left
  ** out or over each other. */
  int cols = 1, best = 0, top = big, least = ui_font_px(ui, 14);
  for (int c = n >= 4 ? 2 : (int)n; c >= 1; c--) {
    int b = top, w = widest, cwc = (rc.w - pad) / c;
    int lines = (int)((n + (size_t)c - 1) / (size_t)c);
    while (b > least && w > cwc - pad) {
      w = w * (b - 2) / b;
      b -= 2;
    }
    while (b > least
           && pad + lines * (font_line_height(FONT_SANS, px) + font_line_height(FONT_MONO, b) + pad)
               > rc.h)
      b -= 2;
    if (b > best) { /* (two columns first: a tie keeps them) */
      best = b;
      cols = c;
    }
  }
  big = best;
  int cw = (rc.w - pad) / cols;
  int chh = font_line_height(FONT_SANS, px) + font_line_height(FONT_MONO, big) + pad;
  json_array_foreach(rows, i, row) {
    const json_t *label =
        json_is_array(row) ? json_array_get(row, 0) : json_object_get(row, "label");
    const json_t *value =
        json_is_array(row) ? json_array_get(row, 1) : json_object_get(row, "value");
    int cx = rc.x + pad + (int)(i % (size_t)cols) * cw,
        cy = rc.y + pad + (int)(i / (size_t)cols) * chh;
    if (cy + chh > rc.y + rc.h)
      break;
    char v[256];
    panel_format(ui, value, NULL, v, sizeof v);
    draw_text(ui->r, FONT_SANS, px, ui->pal.dim, cx, cy, json_string_value(label));
    draw_text(ui->r, FONT_MONO, big, ui->pal.text, cx, cy + font_line_height(FONT_SANS, px), v);
  }
}

void panel_notice(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)choices;
  (void)now;
  const json_t *v =
      json_object_get(L->binds, panel_str(panel, "bind") ? panel_str(panel, "bind") : "notice");
  if (!json_is_string(v) || !*json_string_value(v))
    return;
  SDL_Rect rc = panel_rect(ui, panel);
  const char *style = panel_str(panel, "style");
  /* The binding named by `tone`, when the story sets it, says how this
  ** notice is drawn instead: a dashboard's line that turns orange, then green. */
  const char *tone = panel_str(panel, "tone");
  const json_t *t = tone ? json_object_get(L->binds, tone) : NULL;
  if (json_is_string(t) && *json_string_value(t))
    style = json_string_value(t);
  /* "alert" for what is wrong (red); "warn" for what should be looked at (the
  ** mood's warning colour); "note" for a plain remark (green), as a dashboard
  ** drawn in grey and green says it. */
  SDL_Color edge = style && strcmp(style, "alert") == 0 ? ui->pal.error
      : style && strcmp(style, "warn") == 0             ? ui->pal.warn
      : style && strcmp(style, "note") == 0             ? ui->pal.ok
                                                        : ui->pal.accent;
  int pad = ui_px(ui, 18);
  if (style && strcmp(style, "banner") == 0) {
    /* The platform's yellow banner across its page: dark words on yellow. */
    DrawPara b = { 0 };
    int px = ui_font_px(ui, 16), bpad = ui_px(ui, 10);
    draw_para_layout(&b, json_string_value(v), FONT_SANS_BOLD, px, rc.w - 2 * pad);
    SDL_Rect box = { rc.x, rc.y, rc.w, draw_para_height(&b) + 2 * bpad };
    if (box.h > rc.h)
      box.h = rc.h;
    draw_round_rect(ui->r, box, ui_px(ui, 6), ui->pal.warn);
    SDL_RenderSetClipRect(ui->r, &box);
    draw_para(ui->r, &b, draw_mix(ui->pal.text, draw_color("#000000", ui->pal.text), 0.5f),
              rc.x + pad, rc.y + bpad, (size_t)-1);
    SDL_RenderSetClipRect(ui->r, NULL);
    draw_para_free(&b);
    return;
  }
  DrawPara p = { 0 };
  draw_para_layout(&p, json_string_value(v), FONT_SANS, ui_font_px(ui, 17),
                   rc.w - 2 * pad - ui_px(ui, 6));
  SDL_Rect box = { rc.x, rc.y, rc.w, draw_para_height(&p) + 2 * pad };
  if (box.h > rc.h)
    box.h = rc.h;
  draw_round_rect(ui->r, box, ui_px(ui, 10), draw_mix(ui->pal.panel, edge, 0.12f));
  SDL_Rect bar = { box.x, box.y + ui_px(ui, 8), ui_px(ui, 4), box.h - ui_px(ui, 16) };
  draw_rect(ui->r, bar, edge);
  draw_para(ui->r, &p, ui->pal.text, rc.x + pad + ui_px(ui, 6), rc.y + pad, (size_t)-1);
  draw_para_free(&p);
}

void panel_sidebar(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)choices;
  (void)now;
  SDL_Rect rc = panel_rect(ui, panel);
  draw_rect(ui->r, rc, ui->pal.raised);
  int pad = ui_px(ui, 22), px = ui_font_px(ui, 17), y = rc.y + pad;
  /* The title is an interface key (translated), or a name as it is. */
  const char *title =
      panel_str(panel, "ui") ? ui_text(ui, panel_str(panel, "ui")) : panel_str(panel, "title");
  if (title) {
    draw_text(ui->r, FONT_SANS_BOLD, ui_font_px(ui, 20), ui->pal.accent, rc.x + pad, y, title);
    y += font_line_height(FONT_SANS_BOLD, ui_font_px(ui, 20)) + pad;
  }
  /* What it shows is what the layout names: the bindings `channel` (the one
  ** selected) and `people` (a list) say which. */
  const json_t *chan =
      panel_str(panel, "channel") ? json_object_get(L->binds, panel_str(panel, "channel")) : NULL;
  char channel[128];
  panel_format(ui, chan, NULL, channel, sizeof channel);
  if (chan) {
    SDL_Rect sel = { rc.x + pad / 2, y - ui_px(ui, 4), rc.w - pad,
                     font_line_height(FONT_SANS, px) + ui_px(ui, 8) };
    draw_round_rect(ui->r, sel, ui_px(ui, 6), draw_fade(ui->pal.accent, 50));
    draw_text(ui->r, FONT_SANS_BOLD, px, ui->pal.text, rc.x + pad, y, channel);
    y += sel.h + pad;
  }
  size_t i;
  const json_t *who;
  const json_t *people =
      panel_str(panel, "people") ? json_object_get(L->binds, panel_str(panel, "people")) : NULL;
  json_array_foreach(people, i, who) {
    if (!json_is_string(who))
      continue;
    int lh = font_line_height(FONT_SANS, px);
    draw_circle(ui->r, (float)(rc.x + pad + ui_px(ui, 5)), (float)(y + lh / 2), (float)ui_px(ui, 5),
                i % 3 == 2 ? ui->pal.dim : draw_color("#3fb27f", ui->pal.accent));
    draw_text(ui->r, FONT_SANS, px, ui->pal.text, rc.x + pad + ui_px(ui, 18), y,
              json_string_value(who));
    y += lh + ui_px(ui, 6);
  }
}
