/*
** panel_task: Nuée's task card: the kind of task, its pay and its running
** timer, the question, a picture (whose tiles or boxes the reader ticks, then
** « Valider »), a text or two to rank, the answers as pills; once answered, the
** task stays, its answer marked, while the narration speaks of it; between two
** tasks, the card that waits.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "layout_impl.h"
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

/* Registers a place to click without drawing it (a tile of a picture). */
static int hotspot(Ui *ui, SDL_Rect rc, Action act)
{
  if (ui->nbuttons == UI_MAX_BUTTONS)
    return -1;
  ui->buttons[ui->nbuttons].rc = rc;
  ui->buttons[ui->nbuttons].act = act;
  return ui->nbuttons++;
}

/* A tick in a disc, centred at (cx, cy). */
static void tick(Ui *ui, float cx, float cy, float r)
{
  draw_circle(ui->r, cx, cy, r, ui->pal.accent);
  draw_line(ui->r, cx - r * 0.45f, cy, cx - r * 0.1f, cy + r * 0.38f, r * 0.28f, ui->pal.on_accent);
  draw_line(ui->r, cx - r * 0.1f, cy + r * 0.38f, cx + r * 0.5f, cy - r * 0.35f, r * 0.28f,
            ui->pal.on_accent);
}

/* The picture in `box` and, over it, its targets: ticked ones tinted with a
** tick, the one under the pointer or the keyboard framed. live: the reader can
** click them. */
static void picture(Layout *L, Ui *ui, const json_t *t, SDL_Rect box, bool live, unsigned picked)
{
  const json_t *data = ui->story ? story_data(ui->story, "images", panel_str(t, "image")) : NULL;
  if (!draw_image(ui->r, data, box)) {
    draw_round_rect(ui->r, box, ui_px(ui, 8), ui->pal.raised);
    draw_wrapped(ui->r, FONT_SERIF_ITALIC, ui_font_px(ui, 18), ui->pal.dim, box.x + ui_px(ui, 20),
                 box.y + ui_px(ui, 20), box.w - ui_px(ui, 40), panel_str(t, "alt"));
    return;
  }
  (void)L;
  SDL_FRect tg[32];
  int n = layout_targets(t, tg, 32);
  float iw = (float)panel_num(data, "width", 1), ih = (float)panel_num(data, "height", 1);
  float k = fminf(box.w / iw, box.h / ih);
  float ox = box.x + (box.w - iw * k) / 2, oy = box.y + (box.h - ih * k) / 2;
  float inset = (float)ui_px(ui, 3);
  for (int i = 0; i < n; i++) {
    SDL_Rect rc = { (int)lroundf(ox + tg[i].x * k + inset), (int)lroundf(oy + tg[i].y * k + inset),
                    (int)lroundf(tg[i].w * k - 2 * inset), (int)lroundf(tg[i].h * k - 2 * inset) };
    bool on = picked & (1u << i);
    int index = live ? hotspot(ui, rc, (Action){ ACT_TOGGLE, i }) : -1;
    if (on) {
      draw_rect(ui->r, rc, draw_fade(ui->pal.accent, 80));
      draw_frame(ui->r, rc, 0, ui_px(ui, 3), ui->pal.accent);
      tick(ui, (float)(rc.x + ui_px(ui, 14)), (float)(rc.y + ui_px(ui, 14)), (float)ui_px(ui, 11));
    } else if (data && json_object_get(t, "boxes")) {
      draw_frame(ui->r, rc, ui_px(ui, 4), ui_px(ui, 2), draw_fade(ui->pal.accent, 200));
    }
    if (index >= 0 && index == ui->focus)
      draw_frame(ui->r,
                 (SDL_Rect){ rc.x - (int)inset, rc.y - (int)inset, rc.w + 2 * (int)inset,
                             rc.h + 2 * (int)inset },
                 0, ui_px(ui, 3), ui->pal.focus);
  }
}

/* The timer: seconds left, and a bar that drains. */
static void timer(Ui *ui, const json_t *t, Uint32 elapsed, int x, int y, int w, int small)
{
  double total = panel_num(t, "seconds", 0);
  long left = lround(total - elapsed / 1000.0 + 0.499);
  if (left < 0)
    left = 0;
  char secs[32];
  snprintf(secs, sizeof secs, "%ld s", left);
  draw_text_right(ui->r, FONT_MONO, small, left <= 5 ? ui->pal.error : ui->pal.dim, x + w, y, secs);
  double f = total > 0 ? 1 - elapsed / (total * 1000.0) : 0;
  f = f < 0 ? 0 : f;
  int by = y + font_line_height(FONT_MONO, small) + ui_px(ui, 4), bh = ui_px(ui, 3);
  draw_rect(ui->r, (SDL_Rect){ x, by, w, bh }, ui->pal.raised);
  draw_rect(ui->r, (SDL_Rect){ x, by, (int)lround(w * f), bh },
            left <= 5 ? ui->pal.error : ui->pal.accent);
}

void panel_task(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  SDL_Rect rc = panel_rect(ui, panel);
  int pad = ui_px(ui, 28);
  draw_round_rect(ui->r, rc, ui_px(ui, 14), ui->pal.panel);
  int x = rc.x + pad, y = rc.y + pad, w = rc.w - 2 * pad;
  int small = ui_font_px(ui, 15), qpx = ui_font_px(ui, 21);
  bool live = choices && L->choosing;
  const json_t *t = live ? L->task : L->answered;
  /* An answer stays until the next task, or until the binding the panel names
  ** in `hold` changes (the banner of the next lot). */
  const char *until = panel_str(panel, "hold");
  if (!live && t && until
      && !json_equal(json_object_get(L->answered_binds, until), json_object_get(L->binds, until)))
    t = NULL;
  if (!live && !t) {
    /* Between two tasks, or while the choice is elsewhere: the card waits, as
    ** the platform makes him wait, with Nuée's drifting dots, still (a still
    ** screen costs no CPU). */
    SDL_Rect area = { rc.x + pad, rc.y + pad, rc.w - 2 * pad, rc.h - 2 * pad };
    panel_dots(ui, area, 46, 12345, 4, 30, 50);
    draw_text_center(ui->r, FONT_SANS, small, ui->pal.dim, rc.x + rc.w / 2, rc.y + rc.h / 2 - small,
                     ui_text(ui, "platform.waiting"));
    return;
  }
  const char *kind = t ? panel_str(t, "kind") : NULL;
  char label[160], key[64];
  snprintf(key, sizeof key, "task.%s", kind ? kind : "choice");
  snprintf(label, sizeof label, "%s", ui_text(ui, key));
  draw_text(ui->r, FONT_SANS_BOLD, small, ui->pal.accent, x, y, label);
  /* Right of the kind: the pay, and the timer running (or, answered, « Envoyé »). */
  int right = x + w;
  if (t && json_is_number(json_object_get(t, "seconds")) && live) {
    timer(ui, t, now - L->task_t0, x + w - ui_px(ui, 90), y, ui_px(ui, 90), small);
    right -= ui_px(ui, 90) + ui_px(ui, 16);
  } else if (!live) {
    const char *sent = ui_text(ui, "task.sent");
    draw_text_right(ui->r, FONT_SANS_BOLD, small, ui->pal.ok, right, y, sent);
    right -= font_width(FONT_SANS_BOLD, small, sent, strlen(sent)) + ui_px(ui, 16);
  }
  if (t && json_is_number(json_object_get(t, "pay"))) {
    char pay[96], money[48];
    panel_format(ui, json_object_get(t, "pay"), "int", money, sizeof money);
    snprintf(pay, sizeof pay, "%s %s", money, ui_text(ui, "platform.centimes"));
    draw_text_right(ui->r, FONT_MONO, small, ui->pal.dim, right, y, pay);
  }
  y += font_line_height(FONT_SANS_BOLD, small) + ui_px(ui, 16);
  /* The question first, as a platform asks it; then what it is about. */
  const char *question = t ? panel_str(t, "question") : L->prompt;
  DrawPara q = { 0 };
  draw_para_layout(&q, question, FONT_SANS_BOLD, qpx, w);
  draw_para(ui->r, &q, live ? ui->pal.text : ui->pal.dim, x, y, (size_t)-1);
  y += draw_para_height(&q) + ui_px(ui, 14);
  draw_para_free(&q);
  SDL_FRect tg[32];
  bool clicks = t && layout_targets(t, tg, 32) > 0 && json_array_size(json_object_get(t, "picks"));
  int nopts = live ? L->noptions : (int)json_array_size(json_object_get(t, "answers"));
  int answers_h = ui_px(ui, 50);
  if (!clicks) {
    int px = ui_font_px(ui, 20), bpad = ui_px(ui, 28), total = 0;
    for (int i = 0; i < nopts; i++) {
      const char *o = live ? L->options[i]
                           : json_string_value(json_array_get(json_object_get(t, "answers"), i));
      total += font_width(FONT_SANS, px, o ? o : "", o ? strlen(o) : 0) + 2 * bpad + ui_px(ui, 12);
    }
    if (!(total <= w && nopts <= 4))
      answers_h = nopts * ui_px(ui, 62) - ui_px(ui, 12);
  }
  int bottom = rc.y + rc.h - pad - answers_h;
  int media_h = bottom - y - ui_px(ui, 20);
  if (kind && strcmp(kind, "image") == 0 && media_h > ui_px(ui, 40)) {
    picture(L, ui, t, (SDL_Rect){ x, y, w, media_h }, live, live ? L->picked : L->answered_picked);
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
  /* Without a picture the answers follow what they are about, not the card's foot. */
  if (!(kind && strcmp(kind, "image") == 0) && y < bottom)
    bottom = y;
  if (clicks) {
    /* « Valider », once something is ticked; the answers stay keys (1, 2...). */
    int bw = ui_px(ui, 180);
    SDL_Rect b = { x + w - bw, bottom, bw, answers_h };
    const char *go = ui_text(ui, live ? "task.submit" : "task.sent");
    if (live && L->picked)
      ui_button(ui, b, go, (Action){ ACT_SUBMIT, 0 }, BUTTON_ANSWER);
    else {
      draw_round_rect(ui->r, b, b.h / 2, ui->pal.raised);
      draw_text_center(ui->r, FONT_SANS, ui_font_px(ui, 20), ui->pal.dim, b.x + b.w / 2,
                       b.y + (b.h - font_line_height(FONT_SANS, ui_font_px(ui, 20))) / 2, go);
    }
    /* Beside it: how to answer; once answered, the answer the ticks gave. */
    const char *said = live ? ui_text(ui, "task.tick")
                            : json_string_value(json_array_get(json_object_get(t, "answers"),
                                                               (size_t)L->answered_choice));
    int spx = ui_font_px(ui, live ? 14 : 17);
    draw_wrapped(ui->r, live ? FONT_SANS : FONT_SANS_BOLD, spx, live ? ui->pal.dim : ui->pal.accent,
                 x, bottom + (answers_h - font_line_height(FONT_SANS, spx)) / 2, w - bw - pad,
                 said ? said : "");
    return;
  }
  if (live) {
    answers(L, ui, x, bottom, w);
    return;
  }
  /* Answered: the answer given, marked; the others faded. */
  int px = ui_font_px(ui, 20), gap = ui_px(ui, 12), bh = ui_px(ui, 50);
  bool row = answers_h == bh;
  int bx = x, by = bottom;
  for (int i = 0; i < nopts; i++) {
    const char *o = json_string_value(json_array_get(json_object_get(t, "answers"), i));
    int bw = row ? (w - gap * (nopts - 1)) / nopts : w;
    SDL_Rect b = { bx, by, bw, bh };
    bool took = i == L->answered_choice;
    draw_round_rect(ui->r, b, bh / 2, took ? ui->pal.accent : draw_fade(ui->pal.raised, 150));
    draw_text_center(ui->r, FONT_SANS, px, took ? ui->pal.on_accent : ui->pal.dim, b.x + bw / 2,
                     by + (bh - font_line_height(FONT_SANS, px)) / 2, o ? o : "");
    if (row)
      bx += bw + gap;
    else
      by += bh + gap;
  }
}
