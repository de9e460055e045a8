/*
** slots: the Save and Load screens, their slots' sidecars and thumbnails, and
** the confirmation dialog. Reads and writes only beside the saves, through the
** vfs; what a slot holds is read again each time it is drawn, so what the
** reader sees is what is on disk.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "err.h"
#include "saves.h"
#include "shot.h"
#include "slots.h"
#include "vfs.h"

/* What a slot's sidecars may weigh: the JSON is a few dozen bytes, the
** thumbnail (320 pixels wide) some tens of KiB. */
#define SLOTS_META_MAX_BYTES ((size_t)64 << 10)
#define SLOTS_THUMB_MAX_BYTES ((size_t)4 << 20)

const char *slots_name(int id, char *buf, size_t size)
{
  if (id == SLOTS_AUTO)
    snprintf(buf, size, "auto");
  else if (id == SLOTS_QUICK)
    snprintf(buf, size, "quick");
  else
    snprintf(buf, size, "slot%d", id + 1);
  return buf;
}

void slots_path(int id, const char *ext, char *buf, size_t size)
{
  char name[16];
  snprintf(buf, size, "%ssaves/%s.%s", VFS_USER, slots_name(id, name, sizeof name), ext);
}

/* The chapter's title in the story's current language, or NULL. */
static const char *chapter_title(Story *s, int chapter)
{
  return json_string_value(json_object_get(story_chapter(s, chapter), "title"));
}

void slots_info(Story *s, int id, bool thumb, SlotInfo *out)
{
  char name[16], path[256];
  memset(out, 0, sizeof *out);
  out->id = id;
  out->used = saves_exists(slots_name(id, name, sizeof name));
  if (!out->used)
    return;
  slots_path(id, "json", path, sizeof path);
  char *src = vfs_read_max(path, SLOTS_META_MAX_BYTES, NULL);
  json_t *meta = src ? json_loads(src, 0, NULL) : NULL;
  free(src);
  if (meta) {
    const char *saved = json_string_value(json_object_get(meta, "saved"));
    const char *title = json_string_value(json_object_get(meta, "title"));
    out->chapter = (int)json_integer_value(json_object_get(meta, "chapter"));
    snprintf(out->saved, sizeof out->saved, "%s", saved ? saved : "");
    snprintf(out->title, sizeof out->title, "%s", title ? title : "");
    json_decref(meta);
  }
  const char *now = out->chapter ? chapter_title(s, out->chapter) : NULL;
  if (now)
    snprintf(out->title, sizeof out->title, "%s", now);
  if (!thumb)
    return;
  size_t len = 0;
  slots_path(id, "png", path, sizeof path);
  char *png = vfs_read_max(path, SLOTS_THUMB_MAX_BYTES, &len);
  if (png)
    out->thumb = shot_png_decode(png, len); /* NULL: drawn as a slot without one */
  free(png);
}

void slots_info_free(SlotInfo *si)
{
  SDL_FreeSurface(si->thumb);
  si->thumb = NULL;
}

void slots_view_read(SlotsView *v, Story *s)
{
  if (v->page < (v->load ? 0 : 1) || v->page > SLOTS_PAGES)
    v->page = 1;
  v->nslots = v->page == 0 ? 2 : SLOTS_PER_PAGE;
  for (int i = 0; i < v->nslots; i++) {
    int id = v->page == 0 ? SLOTS_AUTO + i : (v->page - 1) * SLOTS_PER_PAGE + i;
    slots_info(s, id, true, &v->slot[i]);
  }
}

void slots_view_free(SlotsView *v)
{
  for (int i = 0; i < v->nslots; i++)
    slots_info_free(&v->slot[i]);
  v->nslots = 0;
}

bool slots_write_meta(int id, int chapter, const char *title)
{
  char path[256], saved[64];
  time_t t = time(NULL);
  struct tm tm;
  localtime_r(&t, &tm);
  snprintf(saved, sizeof saved, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
           tm.tm_mday, tm.tm_hour, tm.tm_min);
  json_t *meta =
      json_pack("{s:s, s:i, s:s}", "saved", saved, "chapter", chapter, "title", title ? title : "");
  char *text = meta ? json_dumps(meta, JSON_INDENT(2)) : NULL;
  json_decref(meta);
  if (!text)
    return err_set("slots: out of memory");
  slots_path(id, "json", path, sizeof path);
  bool ok = vfs_write(path, text, strlen(text));
  free(text);
  return ok;
}

void slots_when(Ui *ui, const SlotInfo *si, bool whole, char *buf, size_t size)
{
  char y[8], mo[4], d[4], h[4], mi[4];
  buf[0] = '\0';
  if (sscanf(si->saved, "%4[0-9]-%2[0-9]-%2[0-9] %2[0-9]:%2[0-9]", y, mo, d, h, mi) != 5)
    return;
  json_t *args = json_pack("{s:s, s:s, s:s, s:s, s:s}", "y", y, "m", mo, "d", d, "H", h, "M", mi);
  char *t = args ? story_ui_format(ui->story, whole ? "slots.when" : "slots.time", args) : NULL;
  snprintf(buf, size, "%s", t ? t : "");
  free(t);
  json_decref(args);
}

/* "Chapitre 2 · Lundi": the slot's first line. */
static void slot_heading(Ui *ui, const SlotInfo *si, char *buf, size_t size)
{
  json_t *args = json_pack("{s:i, s:s}", "chapter", si->chapter, "title", si->title);
  char *t = args ? story_ui_format(ui->story, "slots.chapter", args) : NULL;
  snprintf(buf, size, "%s", t ? t : "");
  free(t);
  json_decref(args);
}

/* One slot: a button over its cell, the thumbnail, the chapter, the date. */
static void draw_slot(Ui *ui, const SlotInfo *si, SDL_Rect cell)
{
  Action act = { ACT_SLOT, si->id };
  int index = ui_button(ui, cell, NULL, act, BUTTON_SMALL);
  bool focused = index == ui->focus;
  SDL_Color fg = focused ? ui->pal.on_accent : ui->pal.text;
  SDL_Color dim = focused ? ui->pal.on_accent : ui->pal.dim;
  int pad = ui_px(ui, 10), small = ui_font_px(ui, 14), px = ui_font_px(ui, 16);
  int text_h = font_line_height(FONT_SANS_BOLD, px) + font_line_height(FONT_SANS, small);
  /* The thumbnail: as large as the cell allows, in the page's proportions. */
  int tw = cell.w - 2 * pad, th = cell.h - 3 * pad - text_h;
  if (tw * 9 > th * 16)
    tw = th * 16 / 9;
  else
    th = tw * 9 / 16;
  SDL_Rect pic = { cell.x + (cell.w - tw) / 2, cell.y + pad, tw, th };
  SDL_RenderSetClipRect(ui->r, &cell);
  if (si->thumb) {
    SDL_Texture *t = SDL_CreateTextureFromSurface(ui->r, si->thumb);
    if (t) {
      SDL_RenderCopy(ui->r, t, NULL, &pic);
      SDL_DestroyTexture(t);
    }
  } else {
    draw_rect(ui->r, pic, ui->pal.bg);
    if (!si->used)
      draw_text_center(ui->r, FONT_SANS, small, ui->pal.dim, pic.x + pic.w / 2,
                       pic.y + (pic.h - font_line_height(FONT_SANS, small)) / 2,
                       ui_text(ui, "slots.empty"));
  }
  if (si->id >= SLOTS_AUTO) { /* which of the two it is, on its picture */
    const char *tag = ui_text(ui, si->id == SLOTS_AUTO ? "slots.auto" : "slots.quick");
    int tpx = ui_font_px(ui, 13), tpad = ui_px(ui, 6);
    SDL_Rect rc = { pic.x + tpad, pic.y + tpad,
                    font_width(FONT_SANS_BOLD, tpx, tag, strlen(tag)) + 2 * tpad,
                    font_line_height(FONT_SANS_BOLD, tpx) + tpad };
    draw_round_rect(ui->r, rc, ui_px(ui, 4), ui->pal.accent);
    draw_text(ui->r, FONT_SANS_BOLD, tpx, ui->pal.on_accent, rc.x + tpad, rc.y + tpad / 2, tag);
  }
  int x = cell.x + pad, y = pic.y + pic.h + pad;
  if (si->used) {
    char line[192], when[64];
    if (si->chapter > 0)
      slot_heading(ui, si, line, sizeof line);
    else
      snprintf(line, sizeof line, "%s", ui_text(ui, "slots.unknown"));
    draw_text(ui->r, FONT_SANS_BOLD, px, fg, x, y, line);
    y += font_line_height(FONT_SANS_BOLD, px);
    slots_when(ui, si, true, when, sizeof when);
    draw_text(ui->r, FONT_SANS, small, dim, x, y, when);
    ui_label(ui, index, line, when);
  } else {
    ui_label(ui, index, ui_text(ui, "slots.empty"), NULL);
  }
  SDL_RenderSetClipRect(ui->r, NULL);
}

void slots_draw(Ui *ui, const SlotsView *v)
{
  ui_set_mood(ui, "title");
  draw_rect(ui->r, (SDL_Rect){ 0, 0, ui->w, ui->h }, ui->pal.bg);
  int margin = ui_px(ui, 60), gap = ui_px(ui, 20);
  int hpx = ui_font_px(ui, 40);
  int y = ui_px(ui, 36);
  draw_text(ui->r, FONT_SERIF, hpx, ui->pal.text, margin, y,
            ui_text(ui, v->load ? "slots.load" : "slots.save"));
  int top = y + font_line_height(FONT_SERIF, hpx) + ui_px(ui, 16);
  int bh = ui_px(ui, 40), bottom = ui->h - ui_px(ui, 30) - bh;
  /* Six cells, three by two (one column on a tall window). */
  int cols = ui->w > ui->h ? 3 : 2, rows = (SLOTS_PER_PAGE + cols - 1) / cols;
  int cw = (ui->w - 2 * margin - (cols - 1) * gap) / cols;
  int ch = (bottom - gap - top - (rows - 1) * gap) / rows;
  for (int i = 0; i < v->nslots; i++) {
    SDL_Rect cell = { margin + (i % cols) * (cw + gap), top + (i / cols) * (ch + gap), cw, ch };
    draw_slot(ui, &v->slot[i], cell);
  }
  /* The pages, then Back. */
  int x = margin, bw = ui_px(ui, 56);
  for (int p = v->load ? 0 : 1; p <= SLOTS_PAGES; p++) {
    char label[64];
    if (p == 0)
      snprintf(label, sizeof label, "%s", ui_text(ui, "slots.page_auto"));
    else
      snprintf(label, sizeof label, "%d", p);
    int w = p == 0 ? font_width(FONT_SANS, ui_font_px(ui, 16), label, strlen(label)) + ui_px(ui, 32)
                   : bw;
    SDL_Rect rc = { x, bottom, w, bh };
    Action act = { ACT_SLOT_PAGE, p };
    ui_button(ui, rc, label, act, BUTTON_SMALL);
    if (p == v->page) { /* the page shown: underlined */
      SDL_Rect mark = { rc.x + ui_px(ui, 8), rc.y + rc.h + ui_px(ui, 5), rc.w - ui_px(ui, 16),
                        ui_px(ui, 3) };
      draw_rect(ui->r, mark, ui->pal.accent);
    }
    x += w + ui_px(ui, 10);
  }
  int back_w = ui_px(ui, 160);
  Action back = { ACT_BACK, 0 };
  ui_button(ui, (SDL_Rect){ ui->w - margin - back_w, bottom, back_w, bh }, ui_text(ui, "menu.back"),
            back, BUTTON_SMALL);
}

void slots_confirm(Ui *ui, const char *question, const char *yes)
{
  ui_set_mood(ui, "title");
  draw_rect(ui->r, (SDL_Rect){ 0, 0, ui->w, ui->h }, draw_fade(ui->pal.bg, 190));
  int w = ui_px(ui, 560), pad = ui_px(ui, 32), px = ui_font_px(ui, 20);
  if (w > ui->w - ui_px(ui, 40))
    w = ui->w - ui_px(ui, 40);
  int tw = w - 2 * pad;
  DrawPara p = { 0 };
  draw_para_layout(&p, question, FONT_SERIF, px, tw);
  int bh = ui_px(ui, 48), h = pad + draw_para_height(&p) + ui_px(ui, 28) + bh + pad;
  SDL_Rect rc = { (ui->w - w) / 2, (ui->h - h) / 2, w, h };
  draw_round_rect(ui->r, rc, ui_px(ui, 14), ui->pal.panel);
  draw_frame(ui->r, rc, ui_px(ui, 14), ui_px(ui, 1) > 0 ? ui_px(ui, 1) : 1, ui->pal.rule);
  draw_para(ui->r, &p, ui->pal.text, rc.x + pad, rc.y + pad, (size_t)-1);
  int by = rc.y + pad + draw_para_height(&p) + ui_px(ui, 28);
  draw_para_free(&p);
  int bw = (tw - ui_px(ui, 16)) / 2;
  Action no = { ACT_CONFIRM, 0 }, go = { ACT_CONFIRM, 1 };
  ui_button(ui, (SDL_Rect){ rc.x + pad, by, bw, bh }, ui_text(ui, "confirm.cancel"), no,
            BUTTON_ANSWER);
  ui_button(ui, (SDL_Rect){ rc.x + rc.w - pad - bw, by, bw, bh }, yes, go, BUTTON_ANSWER);
}
