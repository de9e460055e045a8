/*
** panel_task: Nuée's task card: the kind of task and its pay, the question, a
** picture, a text or two to rank, the answers as pills; between two tasks, the
** card that waits.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "panel.h"

/* The answers, in a row of pills if they fit, else one under the other, from
** (x, y) in a width w; returns the height they take. */
static int answers(Layout *L, Ui *ui, int x, int y, int w)
{
  int px = ui_font_px(ui, 20), pad = ui_px(ui, 28), bh = ui_px(ui, 50), gap = ui_px(ui, 12);
  int total = 0;
  for (int i = 0; i < L->noptions; i++)
    total += font_width(FONT_SANS, px, L->options[i], strlen(L->options[i])) + 2 * pad + gap;
  bool row = total - gap <= w && L->noptions <= 4;
  int bx = x;
  for (int i = 0; i < L->noptions; i++) {
    int bw = row ? (w - gap * (L->noptions - 1)) / L->noptions : w;
    SDL_Rect rc = { bx, y, bw, bh };
    Action act = { ACT_CHOICE, i };
    ui_button(ui, rc, L->options[i], act, BUTTON_ANSWER);
    if (row)
      bx += bw + gap;
    else
      y += bh + gap;
  }
  return row ? bh : L->noptions * (bh + gap) - gap;
}

void panel_task(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  (void)now;
  SDL_Rect rc = panel_rect(ui, panel);
  int pad = ui_px(ui, 28);
  draw_round_rect(ui->r, rc, ui_px(ui, 14), ui->pal.panel);
  int x = rc.x + pad, y = rc.y + pad, w = rc.w - 2 * pad;
  int small = ui_font_px(ui, 15), qpx = ui_font_px(ui, 23);
  if (!choices || !L->choosing) {
    /* Between two tasks, or while the choice is elsewhere: the card waits, as
    ** the platform makes him wait, with Nuée's drifting dots, still (a still
    ** screen costs no CPU). */
    unsigned seed = 12345;
    for (int i = 0; i < 46; i++) {
      seed = seed * 1103515245u + 12345u;
      float fx = (float)((seed >> 8) % 1000) / 1000.0f;
      seed = seed * 1103515245u + 12345u;
      float fy = (float)((seed >> 8) % 1000) / 1000.0f;
      float r = (float)ui_px(ui, (float)(2 + (seed >> 4) % 4));
      draw_circle(ui->r, rc.x + pad + fx * (rc.w - 2 * pad), rc.y + pad + fy * (rc.h - 2 * pad), r,
                  draw_fade(ui->pal.brand, 30 + (int)((seed >> 12) % 50)));
    }
    draw_text_center(ui->r, FONT_SANS, small, ui->pal.dim, rc.x + rc.w / 2, rc.y + rc.h / 2 - small,
                     ui_text(ui, "platform.waiting"));
    return;
  }
  const json_t *t = L->task;
  const char *kind = t ? panel_str(t, "kind") : NULL;
  char label[160], key[64];
  snprintf(key, sizeof key, "task.%s", kind ? kind : "choice");
  snprintf(label, sizeof label, "%s", ui_text(ui, key));
  draw_text(ui->r, FONT_SANS_BOLD, small, ui->pal.accent, x, y, label);
  if (t && json_is_number(json_object_get(t, "pay"))) {
    char pay[96], money[48], secs[32] = "";
    panel_format(ui, json_object_get(t, "pay"), "int", money, sizeof money);
    if (json_is_number(json_object_get(t, "seconds")))
      snprintf(secs, sizeof secs, " · %ld s",
               lround(json_number_value(json_object_get(t, "seconds"))));
    snprintf(pay, sizeof pay, "%s %s%s", money, ui_text(ui, "platform.centimes"), secs);
    draw_text_right(ui->r, FONT_MONO, small, ui->pal.dim, x + w, y, pay);
  }
  y += font_line_height(FONT_SANS_BOLD, small) + ui_px(ui, 16);
  int answers_h = 0;
  {
    int px = ui_font_px(ui, 20), bpad = ui_px(ui, 28), total = 0;
    for (int i = 0; i < L->noptions; i++)
      total += font_width(FONT_SANS, px, L->options[i], strlen(L->options[i])) + 2 * bpad
          + ui_px(ui, 12);
    answers_h = (total <= w && L->noptions <= 4) ? ui_px(ui, 50)
                                                 : L->noptions * ui_px(ui, 62) - ui_px(ui, 12);
  }
  const char *question = t ? panel_str(t, "question") : L->prompt;
  DrawPara q = { 0 };
  draw_para_layout(&q, question, FONT_SANS_BOLD, qpx, w);
  int qh = draw_para_height(&q);
  int bottom = rc.y + rc.h - pad - answers_h;
  int media_h = bottom - y - qh - ui_px(ui, 40);
  if (kind && strcmp(kind, "image") == 0 && media_h > ui_px(ui, 40)) {
    SDL_Rect img = { x, y, w, media_h };
    const json_t *data = ui->story ? story_data(ui->story, "images", panel_str(t, "image")) : NULL;
    if (!draw_image(ui->r, data, img)) {
      draw_round_rect(ui->r, img, ui_px(ui, 8), ui->pal.raised);
      draw_wrapped(ui->r, FONT_SERIF_ITALIC, ui_font_px(ui, 18), ui->pal.dim, x + pad, y + pad,
                   w - 2 * pad, panel_str(t, "alt"));
    }
    y += media_h + ui_px(ui, 20);
  } else if (kind && strcmp(kind, "text") == 0) {
    SDL_Rect box = { x, y, w, 0 };
    DrawPara p = { 0 };
    draw_para_layout(&p, panel_str(t, "text"), FONT_SERIF_ITALIC, ui_font_px(ui, 22), w - 2 * pad);
    box.h = draw_para_height(&p) + pad;
    draw_round_rect(ui->r, box, ui_px(ui, 8), ui->pal.raised);
    draw_para(ui->r, &p, ui->pal.text, x + pad, y + pad / 2, (size_t)-1);
    draw_para_free(&p);
    y += box.h + ui_px(ui, 20);
  } else if (kind && strcmp(kind, "rank") == 0) {
    int gap = ui_px(ui, 14), bw = (w - gap) / 2, bh = 0;
    const char *ab[2] = { panel_str(t, "a"), panel_str(t, "b") };
    DrawPara p[2] = { { 0 }, { 0 } };
    for (int i = 0; i < 2; i++) {
      draw_para_layout(&p[i], ab[i], FONT_SANS, ui_font_px(ui, 17), bw - 2 * pad);
      if (draw_para_height(&p[i]) > bh)
        bh = draw_para_height(&p[i]);
    }
    bh += pad + font_line_height(FONT_SANS_BOLD, small) + ui_px(ui, 8);
    if (bh > media_h && media_h > 0)
      bh = media_h;
    for (int i = 0; i < 2; i++) {
      SDL_Rect box = { x + i * (bw + gap), y, bw, bh };
      draw_round_rect(ui->r, box, ui_px(ui, 8), ui->pal.raised);
      draw_text(ui->r, FONT_SANS_BOLD, small, ui->pal.accent, box.x + pad, y + pad / 2,
                i ? "B" : "A");
      SDL_RenderSetClipRect(ui->r, &box);
      draw_para(ui->r, &p[i], ui->pal.text, box.x + pad,
                y + pad / 2 + font_line_height(FONT_SANS_BOLD, small) + ui_px(ui, 8), (size_t)-1);
      SDL_RenderSetClipRect(ui->r, NULL);
      draw_para_free(&p[i]);
    }
    y += bh + ui_px(ui, 20);
  }
  draw_para(ui->r, &q, ui->pal.text, x, y, (size_t)-1);
  draw_para_free(&q);
  /* Without a picture the answers follow the question, not the card's foot. */
  if (!(kind && strcmp(kind, "image") == 0) && y + qh + ui_px(ui, 28) < bottom)
    bottom = y + qh + ui_px(ui, 28);
  answers(L, ui, x, bottom, w);
}
