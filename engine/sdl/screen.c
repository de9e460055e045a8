/*
** screen: the engine's own screens. They are drawn in the mood of the side being
** played (cards, endings) or in the title's ink and paper (title, menus, errors),
** with their words from the interface catalogs (lua/i18n/<lang>/window.json).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "screen.h"

static const char *str(const json_t *o, const char *key)
{
  return json_string_value(json_object_get(o, key));
}

static void fill(Ui *ui)
{
  draw_rect(ui->r, (SDL_Rect){ 0, 0, ui->w, ui->h }, ui->pal.bg);
}

/* A size for the text of the reader's own screens (Preferences, chapter
** select, quick menu, history's chapters): never under 12 pixels, however
** small the window. */
static int readable_px(const Ui *ui, float units)
{
  int px = ui_font_px(ui, units);
  return px < 12 ? 12 : px;
}

/* A column of menu buttons at (x, y), each `w` wide; returns the y below it. */
static int menu_item(Ui *ui, int x, int y, int w, const char *label, ActionKind kind, int arg)
{
  int h = ui_px(ui, 48);
  Action act = { kind, arg };
  ui_button(ui, (SDL_Rect){ x, y, w, h }, label, act, BUTTON_MENU);
  return y + h + ui_px(ui, 6);
}

/* "Langue : Français": an interface template, typeset by the core. */
static const char *setting(Ui *ui, const char *label_key, const char *value_key)
{
  static char buf[160];
  json_t *args =
      json_pack("{s:s, s:s}", "label", ui_text(ui, label_key), "value", ui_text(ui, value_key));
  char *t = story_ui_format(ui->story, "menu.setting", args);
  snprintf(buf, sizeof buf, "%s", t ? t : "");
  free(t);
  json_decref(args);
  return buf;
}

static const char *language_name(Ui *ui)
{
  char key[32];
  snprintf(key, sizeof key, "lang.%s", story_language(ui->story));
  return setting(ui, "menu.language", key);
}

void screen_title(Ui *ui, const char *resume, const char *when, bool classroom)
{
  ui_set_mood(ui, "title");
  fill(ui);
  /* The picture on the right (story/images/title_laptop.lua), when there is room. */
  if (ui->w > ui->h) {
    SDL_Rect pic = { ui->w / 2, ui->h / 8, ui->w / 2 - ui_px(ui, 40), ui->h * 3 / 4 };
    draw_image(ui->r, story_data(ui->story, "images", "title_laptop"), pic);
  }
  int x = ui_px(ui, 120), top = ui->h / 2 - ui_px(ui, 230);
  if (top < ui_px(ui, 30))
    top = ui_px(ui, 30);
  int big = ui_font_px(ui, 104);
  draw_text(ui->r, FONT_SERIF, big, ui->pal.text, x - ui_px(ui, 4), top, ui_text(ui, "title.name"));
  int y = top + font_line_height(FONT_SERIF, big);
  int sub = ui_font_px(ui, 24);
  draw_text(ui->r, FONT_SERIF_ITALIC, sub, ui->pal.dim, x, y, ui_text(ui, "title.subtitle"));
  y += font_line_height(FONT_SERIF_ITALIC, sub) + ui_px(ui, 26);
  /* A day of tasks: forty small squares, the done ones lit. Chaque clic compte. */
  int sq = ui_px(ui, 9), gap = ui_px(ui, 5);
  for (int i = 0; i < 40; i++) {
    SDL_Rect rc = { x + i * (sq + gap), y, sq, sq };
    bool done = (i * 7 + 3) % 11 < 6 && i < 31;
    draw_rect(ui->r, rc, done ? ui->pal.accent : ui->pal.rule);
  }
  y += sq + ui_px(ui, 40);
  int w = ui_px(ui, 380);
  x -= ui_px(ui, 24);
  if (resume && when && *when) {
    /* Where Continue goes, and since when: a taller, wider item. */
    int h = ui_px(ui, 66), px = ui_font_px(ui, 20), small = ui_font_px(ui, 14);
    Action act = { ACT_RESUME_GAME, 0 };
    int index = ui_button(ui, (SDL_Rect){ x, y, ui_px(ui, 520), h }, NULL, act, BUTTON_MENU);
    ui_label(ui, index, resume, when);
    SDL_Color fg = index == ui->focus ? ui->pal.focus : ui->pal.text;
    int lh = font_line_height(FONT_SANS, px) + font_line_height(FONT_SANS, small);
    int ty = y + (h - lh) / 2;
    draw_text(ui->r, FONT_SANS, px, fg, x + ui_px(ui, 24), ty, resume);
    draw_text(ui->r, FONT_SANS, small, ui->pal.dim, x + ui_px(ui, 24),
              ty + font_line_height(FONT_SANS, px), when);
    y += h + ui_px(ui, 6);
  } else if (resume) {
    y = menu_item(ui, x, y, w, resume, ACT_RESUME_GAME, 0);
  }
  y = menu_item(ui, x, y, w, ui_text(ui, "menu.new_game"), ACT_NEW_GAME, 0);
  if (story_chapter_count(ui->story) > 1) /* (no catalog read for it) */
    y = menu_item(ui, x, y, w, ui_text(ui, "menu.chapters"), ACT_CHAPTERS, 0);
  y = menu_item(ui, x, y, w, ui_text(ui, classroom ? "menu.classroom_leave" : "menu.classroom"),
                ACT_CLASSROOM, 0);
  y = menu_item(ui, x, y, w, language_name(ui), ACT_LANGUAGE, -1);
  y = menu_item(ui, x, y, w, ui_text(ui, "menu.prefs"), ACT_PREFS, 0);
  menu_item(ui, x, y, w, ui_text(ui, "menu.quit"), ACT_QUIT, 0);
  int small = ui_font_px(ui, 14);
  draw_text(ui->r, FONT_SANS, small, ui->pal.dim, x + ui_px(ui, 24),
            ui->h - ui_px(ui, 28) - font_line_height(FONT_SANS, small),
            ui_text(ui, "title.credit"));
}

/* An interface template with one number ("{percent} %"), typeset by the core. */
static const char *format_int(Ui *ui, const char *key, const char *name, int value)
{
  static char buf[160];
  json_t *args = json_pack("{s:i}", name, value);
  char *t = args ? story_ui_format(ui->story, key, args) : NULL;
  snprintf(buf, sizeof buf, "%s", t ? t : "");
  free(t);
  json_decref(args);
  return buf;
}

/* A chapter's teacher's notes' field in the story's language (French if it
** has none), or NULL. */
static const char *notes_text(Ui *ui, const json_t *notes, const char *field)
{
  const json_t *f = json_object_get(notes, field);
  const char *t = json_string_value(json_object_get(f, story_language(ui->story)));
  return t ? t : json_string_value(json_object_get(f, "fr"));
}

/* The chapter looked at in the chapter select, by its number: the pane shows
** it. It follows the focus (keys or mouse) on a chapter or on one of its
** presets, and stays when the focus leaves every button. 0: none yet. */
static int chosen;

static int chapter_number(const json_t *c)
{
  return (int)lround(json_number_value(json_object_get(c, "number")));
}

/* Its reading time and whether it was read: "12 min de lecture · lu". */
static const char *chapter_meta(Ui *ui, const json_t *c, ChapterRead read)
{
  static const char *const status[] = { "chapters.unread", "chapters.begun", "chapters.read" };
  static char meta[200];
  const char *id = str(c, "id") ? str(c, "id") : "";
  const json_t *words = story_data(ui->story, "reading", "words");
  const json_t *minutes = json_object_get(json_object_get(json_object_get(words, id), "minutes"),
                                          story_language(ui->story));
  if (json_is_integer(minutes)) {
    char t[96];
    snprintf(t, sizeof t, "%s",
             format_int(ui, "chapters.minutes", "minutes", (int)json_integer_value(minutes)));
    snprintf(meta, sizeof meta, "%s · %s", t, ui_text(ui, status[read]));
  } else {
    snprintf(meta, sizeof meta, "%s", ui_text(ui, status[read]));
  }
  return meta;
}

#define MAX_PRESETS 16 /* ACT_PRESET's arg keeps 4 bits for the preset */

/* The pane of the chapter looked at, in `pane`: its number and side, its
** title, reading time and status, then its presets (what earlier chapters
** might have decided) as buttons as wide as their text, flowed in rows, a
** label longer than the pane wrapped in its button; its blurb between, if
** there is room for it after every preset. */
static void chapter_pane(Ui *ui, const Progress *progress, const json_t *c, SDL_Rect pane)
{
  int n = chapter_number(c);
  ChapterRead read = progress ? progress_chapter_read(progress, n) : CHAPTER_UNREAD;
  char head[160], side[48];
  snprintf(side, sizeof side, "side.%s", str(c, "side") ? str(c, "side") : "");
  snprintf(head, sizeof head, "%s %d · %s", ui_text(ui, "card.chapter"), n, ui_text(ui, side));
  const char *meta = chapter_meta(ui, c, read);
  const char *id = str(c, "id") ? str(c, "id") : "";
  const json_t *notes = id[0] ? story_data(ui->story, "teacher", id) : NULL;
  const char *blurb = notes ? notes_text(ui, notes, "blurb") : NULL;
  const json_t *presets = json_object_get(c, "presets");
  int hpx = readable_px(ui, 14), tpx = readable_px(ui, 32), spx = readable_px(ui, 15);
  int gap = ui_px(ui, 8), pad = ui_px(ui, 16), vpad = ui_px(ui, 7);
  int bpx = ui_font_px(ui, 16); /* ui_button's size for BUTTON_SMALL */

  /* Measured first: the title, the presets' heading and buttons. */
  DrawPara title = { 0 }, heading = { 0 }, about = { 0 }, labels[MAX_PRESETS] = { 0 };
  SDL_Rect rc[MAX_PRESETS];
  int np = (int)json_array_size(presets);
  if (np > MAX_PRESETS)
    np = MAX_PRESETS;
  draw_para_layout(&title, str(c, "title") ? str(c, "title") : "", FONT_SERIF, tpx, pane.w);
  int need = font_line_height(FONT_SANS_BOLD, hpx) + ui_px(ui, 4) + draw_para_height(&title)
      + ui_px(ui, 6) + font_line_height(FONT_SANS, spx);
  int flow = 0; /* the presets' height */
  if (np > 0) {
    draw_para_layout(&heading, ui_text(ui, "menu.presets"), FONT_SANS, spx, pane.w);
    int x = 0, y = draw_para_height(&heading) + gap, row = 0;
    for (int k = 0; k < np; k++) {
      const char *t = json_string_value(json_array_get(presets, (size_t)k));
      t = t ? t : "";
      int tw = font_width(FONT_SANS, bpx, t, strlen(t)) + 1;
      int w = tw + 2 * pad < pane.w ? tw + 2 * pad : pane.w;
      draw_para_layout(&labels[k], t, FONT_SANS, bpx, w - 2 * pad);
      int h = draw_para_height(&labels[k]) + 2 * vpad;
      if (x > 0 && x + w > pane.w) { /* on the next row */
        x = 0;
        y += row + gap;
        row = 0;
      }
      rc[k] = (SDL_Rect){ x, y, w, h };
      x += w + gap;
      row = h > row ? h : row;
    }
    flow = ui_px(ui, 22) + y + row;
  }
  if (blurb)
    draw_para_layout(&about, blurb, FONT_SANS, spx, pane.w);
  bool with_blurb = blurb && need + flow + ui_px(ui, 14) + draw_para_height(&about) <= pane.h;

  int y = pane.y;
  draw_text(ui->r, FONT_SANS_BOLD, hpx, ui->pal.accent, pane.x, y, head);
  y += font_line_height(FONT_SANS_BOLD, hpx) + ui_px(ui, 4);
  draw_para(ui->r, &title, ui->pal.text, pane.x, y, (size_t)-1);
  y += draw_para_height(&title) + ui_px(ui, 6);
  draw_text(ui->r, FONT_SANS, spx, read == CHAPTER_READ ? ui->pal.accent : ui->pal.dim, pane.x, y,
            meta);
  y += font_line_height(FONT_SANS, spx);
  if (with_blurb) {
    y += ui_px(ui, 14);
    draw_para(ui->r, &about, ui->pal.dim, pane.x, y, (size_t)-1);
    y += draw_para_height(&about);
  }
  if (np > 0) {
    y += ui_px(ui, 22);
    draw_para(ui->r, &heading, ui->pal.dim, pane.x, y, (size_t)-1);
    for (int k = 0; k < np; k++) {
      SDL_Rect b = { pane.x + rc[k].x, y + rc[k].y, rc[k].w, rc[k].h };
      ui_button_para(ui, b, &labels[k], (Action){ ACT_PRESET, n * 16 + k }, BUTTON_SMALL);
    }
  }
  draw_para_free(&title);
  draw_para_free(&heading);
  draw_para_free(&about);
  for (int k = 0; k < np; k++)
    draw_para_free(&labels[k]);
}

/* The chapter looked at: the one the focus was on when the frame began, or
** one of whose presets it was on; else the one looked at before; else the
** first chapter not read yet. Returns its position in the list. */
static size_t chapter_chosen(Ui *ui, const Progress *progress, const json_t *chapters)
{
  size_t i, first_unread = 0;
  const json_t *c;
  int n = ui->was.kind == ACT_CHAPTER ? ui->was.arg
      : ui->was.kind == ACT_PRESET    ? ui->was.arg / 16
                                      : chosen;
  json_array_foreach(chapters, i, c) {
    if (chapter_number(c) == n) {
      chosen = n;
      return i;
    }
  }
  json_array_foreach(chapters, i, c) {
    if (!progress || progress_chapter_read(progress, chapter_number(c)) != CHAPTER_READ) {
      first_unread = i;
      break;
    }
  }
  chosen = chapter_number(json_array_get(chapters, first_unread));
  return first_unread;
}

/* A row of the list: the chapter's number and title, a dot when read (a dash
** when begun); the one looked at stays marked when the focus is elsewhere. */
static void chapter_row(Ui *ui, const Progress *progress, const json_t *c, SDL_Rect rc,
                        const DrawPara *label, bool looked)
{
  int n = chapter_number(c);
  ChapterRead read = progress ? progress_chapter_read(progress, n) : CHAPTER_UNREAD;
  char side[48];
  snprintf(side, sizeof side, "side.%s", str(c, "side") ? str(c, "side") : "");
  if (looked)
    draw_round_rect(ui->r, rc, ui_px(ui, 6), ui->pal.raised);
  int index = ui_button(ui, rc, NULL, (Action){ ACT_CHAPTER, n }, BUTTON_MENU);
  char said[300];
  snprintf(said, sizeof said, "%s — %s", label->text, ui_text(ui, side));
  ui_label(ui, index, said, chapter_meta(ui, c, read));
  SDL_Color fg = index == ui->focus ? ui->pal.focus : ui->pal.text;
  draw_para(ui->r, label, fg, rc.x + ui_px(ui, 24), rc.y + (rc.h - draw_para_height(label)) / 2,
            (size_t)-1);
  int r = ui_px(ui, 5) > 4 ? ui_px(ui, 5) : 4, cx = rc.x + rc.w - ui_px(ui, 20),
      cy = rc.y + rc.h / 2;
  if (read == CHAPTER_READ)
    draw_round_rect(ui->r, (SDL_Rect){ cx - r, cy - r, 2 * r, 2 * r }, r, ui->pal.accent);
  else if (read == CHAPTER_BEGUN) /* a dash: half-way */
    draw_rect(ui->r, (SDL_Rect){ cx - r, cy - r / 3, 2 * r, r / 3 * 2 > 2 ? r / 3 * 2 : 2 },
              ui->pal.accent);
}

/*
** The chapter select: the list of chapters (in columns when it is longer
** than the window), and beside it, or under it in a tall window, the pane of
** the chapter looked at, with all its presets. Focus order: the chapters,
** the one looked at followed by its presets, then Back; the focus is carried
** to where its button went when the presets shown change.
*/
void screen_chapters(Ui *ui, const Progress *progress)
{
  ui_set_mood(ui, "title");
  fill(ui);
  const json_t *chapters = story_chapters(ui->story);
  size_t count = json_array_size(chapters), i;
  const json_t *c;
  bool wide = ui->w * 10 >= ui->h * 12;
  int m = ui_px(ui, wide ? 60 : 40), y = ui_px(ui, 40);
  int px = ui_font_px(ui, 44);
  draw_text(ui->r, FONT_SERIF, px, ui->pal.text, m, y, ui_text(ui, "menu.chapters"));
  y += font_line_height(FONT_SERIF, px) + ui_px(ui, 20);
  int back_h = ui_px(ui, 48), gap = ui_px(ui, 4);
  int list_w = ui->w - 2 * m;
  if (wide) {
    list_w = (ui->w - 2 * m) * 42 / 100;
    if (list_w > ui_px(ui, 460))
      list_w = ui_px(ui, 460);
  }
  /* The rows: as tall as the longest title's lines, in as many columns as
  ** the room under the title needs (half the window's height when the pane
  ** goes under the list). */
  int room = wide ? ui->h - m - back_h - ui_px(ui, 12) - y : (ui->h - y) / 2;
  int lpx = readable_px(ui, 18), cols = 1, col_w = list_w, row_h = 0;
  struct Row {
    char text[256];
    DrawPara label;
  } *list = calloc(count ? count : 1, sizeof *list);
  if (!list)
    return;
  json_array_foreach(chapters, i, c)
    snprintf(list[i].text, sizeof list[i].text, "%d. %s", chapter_number(c),
             str(c, "title") ? str(c, "title") : "");
  /* The fewest columns (none narrower than 200 units) whose rows fit; if
  ** none do, the rows closer together; past that, the last ones below. */
  int colgap = ui_px(ui, 12), most = (list_w + colgap) / (ui_px(ui, 200) + colgap);
  most = most < 1 ? 1 : most;
  bool fits = false;
  for (int pad = 14; pad >= 6 && !fits; pad -= 8) {
    for (cols = 1; cols <= most && !fits; cols++) {
      col_w = (list_w - (cols - 1) * colgap) / cols;
      row_h = pad > 6 ? ui_px(ui, 40) : 0;
      for (i = 0; i < count; i++) {
        draw_para_layout(&list[i].label, list[i].text, FONT_SANS, lpx,
                         col_w - ui_px(ui, 24) - ui_px(ui, 40));
        int h = draw_para_height(&list[i].label) + ui_px(ui, (float)pad);
        row_h = h > row_h ? h : row_h;
      }
      fits = (room / (row_h + gap)) * cols >= (int)count;
    }
  }
  cols--; /* the loop went one past */
  int rows = ((int)count + cols - 1) / cols;
  size_t look = count ? chapter_chosen(ui, progress, chapters) : 0;
  int np = (int)json_array_size(json_object_get(json_array_get(chapters, look), "presets"));
  np = np > MAX_PRESETS ? MAX_PRESETS : np;
  /* The focus where its button is drawn this frame. */
  if (ui->was.kind == ACT_CHAPTER || ui->was.kind == ACT_PRESET || ui->was.kind == ACT_TITLE) {
    int at = ui->was.kind == ACT_TITLE ? (int)count + np
        : ui->was.kind == ACT_PRESET   ? (int)look + 1 + ui->was.arg % 16
                                       : -1;
    json_array_foreach(chapters, i, c)
      if (ui->was.kind == ACT_CHAPTER && chapter_number(c) == ui->was.arg)
        at = (int)i + (i > look ? np : 0);
    if (at >= 0)
      ui->focus = at;
  }
  int list_x = m - ui_px(ui, 24) > 0 ? m - ui_px(ui, 24) : 0;
  SDL_Rect pane;
  if (wide) {
    pane.x = m + list_w + ui_px(ui, 48);
    pane.y = y + ui_px(ui, 6);
    pane.w = ui->w - m - pane.x;
    pane.h = ui->h - m - pane.y;
    draw_rect(ui->r,
              (SDL_Rect){ pane.x - ui_px(ui, 24), y, 1 > ui_px(ui, 1) ? 1 : ui_px(ui, 1), pane.h },
              ui->pal.rule);
  } else {
    int below = y + rows * (row_h + gap) + ui_px(ui, 16);
    draw_rect(ui->r, (SDL_Rect){ m, below, ui->w - 2 * m, 1 > ui_px(ui, 1) ? 1 : ui_px(ui, 1) },
              ui->pal.rule);
    pane = (SDL_Rect){ m, below + ui_px(ui, 20), ui->w - 2 * m, 0 };
    pane.h = ui->h - m - back_h - ui_px(ui, 12) - pane.y;
  }
  json_array_foreach(chapters, i, c) {
    int col = (int)i / rows, row = (int)i % rows;
    SDL_Rect rc = { list_x + col * (col_w + colgap), y + row * (row_h + gap), col_w, row_h };
    chapter_row(ui, progress, c, rc, &list[i].label, i == look);
    if (i == look)
      chapter_pane(ui, progress, c, pane);
  }
  int back_y = wide ? y + rows * (row_h + gap) + ui_px(ui, 12) : ui->h - m - back_h;
  menu_item(ui, list_x, back_y, wide ? list_w : ui_px(ui, 300), ui_text(ui, "menu.back"), ACT_TITLE,
            0);
  for (i = 0; i < count; i++)
    draw_para_free(&list[i].label);
  free(list);
}

static int continue_button(Ui *ui, int cx, int y)
{
  int w = ui_px(ui, 240), h = ui_px(ui, 50);
  Action act = { ACT_CONTINUE, 0 };
  ui_button(ui, (SDL_Rect){ cx - w / 2, y, w, h }, ui_text(ui, "card.continue"), act,
            BUTTON_ANSWER);
  return y + h;
}

void screen_chapter(Ui *ui, const Event *ev)
{
  const char *side = str(ev->data, "side");
  ui_set_mood(ui, side ? side : "title");
  fill(ui);
  int cx = ui->w / 2, y = ui->h / 2 - ui_px(ui, 120);
  char label[128];
  long n = lround(json_number_value(json_object_get(ev->data, "number")));
  snprintf(label, sizeof label, "%s %ld", ui_text(ui, "card.chapter"), n ? n : ev->chapter);
  int small = ui_font_px(ui, 18), big = ui_font_px(ui, 72);
  draw_text_center(ui->r, FONT_SANS_BOLD, small, ui->pal.accent, cx, y, label);
  y += font_line_height(FONT_SANS_BOLD, small) + ui_px(ui, 14);
  const char *title = ev->text ? ev->text : str(ev->data, "title");
  draw_text_center(ui->r, FONT_SERIF, big, ui->pal.text, cx, y, title);
  y += font_line_height(FONT_SERIF, big) + ui_px(ui, 10);
  char sidekey[48];
  snprintf(sidekey, sizeof sidekey, "side.%s", side ? side : "");
  draw_text_center(ui->r, FONT_SERIF_ITALIC, ui_font_px(ui, 24), ui->pal.dim, cx, y,
                   ui_text(ui, sidekey));
  SDL_Rect rule = { cx - ui_px(ui, 40), y + ui_px(ui, 56), ui_px(ui, 80), ui_px(ui, 2) };
  draw_rect(ui->r, rule, ui->pal.accent);
  continue_button(ui, cx, ui->h - ui_px(ui, 120));
}

/* A list under a heading; returns the y below it. */
static int card_list(Ui *ui, int x, int y, int w, const char *heading, const json_t *items,
                     int kind)
{
  int hpx = ui_font_px(ui, 14), px = ui_font_px(ui, kind == 0 ? 21 : 18);
  if (!json_array_size(items))
    return y;
  draw_text(ui->r, FONT_SANS_BOLD, hpx, ui->pal.accent, x, y, heading);
  y += font_line_height(FONT_SANS_BOLD, hpx) + ui_px(ui, 10);
  size_t i;
  const json_t *it;
  json_array_foreach(items, i, it) {
    if (y > ui->h - ui_px(ui, 130))
      break;
    if (kind == 0) { /* questions, numbered */
      char num[24];
      snprintf(num, sizeof num, "%zu.", i + 1);
      draw_text(ui->r, FONT_SERIF, px, ui->pal.dim, x, y, num);
      y += draw_wrapped(ui->r, FONT_SERIF, px, ui->pal.text, x + ui_px(ui, 30), y,
                        w - ui_px(ui, 30), json_string_value(it))
          + ui_px(ui, 10);
    } else if (kind == 1) { /* facts with their source */
      const char *text = json_is_string(it) ? json_string_value(it) : str(it, "text");
      y += draw_wrapped(ui->r, FONT_SERIF, px, ui->pal.text, x, y, w, text) + ui_px(ui, 2);
      if (str(it, "source"))
        y += draw_wrapped(ui->r, FONT_SANS, ui_font_px(ui, 14), ui->pal.dim, x, y, w,
                          str(it, "source"));
      y += ui_px(ui, 12);
    } else { /* vocabulary: word, definition */
      const char *word =
          json_is_array(it) ? json_string_value(json_array_get(it, 0)) : str(it, "word");
      const char *def =
          json_is_array(it) ? json_string_value(json_array_get(it, 1)) : str(it, "definition");
      /* Regular, not bold: Debian's EB Garamond 12 Bold lacks letters such as â. */
      int ww = draw_text(ui->r, FONT_SERIF, px, ui->pal.text, x, y, word);
      char rest[512];
      snprintf(rest, sizeof rest, "%s", def ? def : "");
      y += draw_wrapped(ui->r, FONT_SERIF_ITALIC, px, ui->pal.dim, x + ww + ui_px(ui, 10), y,
                        w - ww - ui_px(ui, 10), rest)
          + ui_px(ui, 8);
    }
  }
  return y + ui_px(ui, 16);
}

void screen_card(Ui *ui, const Event *ev)
{
  const char *side = str(story_chapter(ui->story, ev->chapter), "side");
  ui_set_mood(ui, side ? side : "title");
  fill(ui);
  const json_t *d = ev->data;
  int pad = ui_px(ui, 44);
  SDL_Rect rc = { ui_px(ui, 60), ui_px(ui, 40), ui->w - ui_px(ui, 120), ui->h - ui_px(ui, 80) };
  const json_t *lay = story_data(ui->story, "layouts", "card");
  const json_t *r = lay ? json_object_get(lay, "rect") : NULL;
  if (json_array_size(r) == 4) {
    rc.x = (int)(json_number_value(json_array_get(r, 0)) * ui->w);
    rc.y = (int)(json_number_value(json_array_get(r, 1)) * ui->h);
    rc.w = (int)(json_number_value(json_array_get(r, 2)) * ui->w);
    rc.h = (int)(json_number_value(json_array_get(r, 3)) * ui->h);
  }
  draw_round_rect(ui->r, rc, ui_px(ui, 16), ui->pal.panel);
  int x = rc.x + pad, y = rc.y + pad;
  char head[256];
  snprintf(head, sizeof head, "%s — %s", ui_text(ui, "card.discuss"),
           str(d, "title") ? str(d, "title") : "");
  int hpx = ui_font_px(ui, 34);
  draw_text(ui->r, FONT_SERIF, hpx, ui->pal.text, x, y, head);
  y += font_line_height(FONT_SERIF, hpx) + ui_px(ui, 18);
  bool two = rc.w > ui_px(ui, 900);
  int colw = two ? (rc.w - 3 * pad) / 2 : rc.w - 2 * pad;
  int y2 =
      card_list(ui, x, y, colw, ui_text(ui, "card.questions"), json_object_get(d, "questions"), 0);
  int x2 = two ? x + colw + pad : x;
  int yb = two ? y : y2;
  yb = card_list(ui, x2, yb, colw, ui_text(ui, "card.facts"), json_object_get(d, "facts"), 1);
  card_list(ui, x2, yb, colw, ui_text(ui, "card.vocabulary"), json_object_get(d, "vocabulary"), 2);
  continue_button(ui, rc.x + rc.w / 2, rc.y + rc.h - pad / 2 - ui_px(ui, 50));
}

/* A column of the end screen: a heading, then lines (bullets for the
** summary); cut at the bottom margin. Returns y after it. */
static int ending_column(Ui *ui, int x, int y, int w, const char *heading, const json_t *lines,
                         bool bullets)
{
  int hpx = ui_font_px(ui, 14), px = ui_font_px(ui, 18), indent = bullets ? ui_px(ui, 22) : 0;
  size_t i;
  const json_t *it;
  if (!json_array_size(lines))
    return y;
  draw_text(ui->r, FONT_SANS_BOLD, hpx, ui->pal.accent, x, y, heading);
  y += font_line_height(FONT_SANS_BOLD, hpx) + ui_px(ui, 10);
  json_array_foreach(lines, i, it) {
    if (y > ui->h - ui_px(ui, 150))
      break;
    if (bullets)
      draw_text(ui->r, FONT_SERIF, px, ui->pal.dim, x, y, "•");
    y += draw_wrapped(ui->r, FONT_SERIF, px, bullets ? ui->pal.text : ui->pal.dim, x + indent, y,
                      w - indent, json_string_value(it))
        + ui_px(ui, 6);
  }
  return y;
}

void screen_ending(Ui *ui, const Event *ev)
{
  const json_t *summary = json_object_get(ev->data, "summary"),
               *credits = json_object_get(ev->data, "credits");
  bool more = json_array_size(summary) > 0 || json_array_size(credits) > 0;
  ui_set_mood(ui, "title");
  fill(ui);
  int cx = ui->w / 2, y = more ? ui_px(ui, 56) : ui->h / 2 - ui_px(ui, 110);
  int small = ui_font_px(ui, 18), big = ui_font_px(ui, more ? 48 : 60);
  draw_text_center(ui->r, FONT_SANS_BOLD, small, ui->pal.accent, cx, y,
                   ui_text(ui, "ending.label"));
  y += font_line_height(FONT_SANS_BOLD, small) + ui_px(ui, 16);
  const char *title = ev->text ? ev->text : str(ev->data, "title");
  DrawPara p = { 0 };
  draw_para_layout(&p, title, FONT_SERIF_ITALIC, big, ui_px(ui, 960));
  for (int i = 0; i < p.nlines; i++) {
    int lw = font_width(FONT_SERIF_ITALIC, big, title + p.lines[i].start, p.lines[i].len);
    draw_text_n(ui->r, FONT_SERIF_ITALIC, big, ui->pal.text, cx - lw / 2, y + i * p.line_h,
                title + p.lines[i].start, p.lines[i].len);
  }
  y += draw_para_height(&p);
  draw_para_free(&p);
  SDL_Rect rule = { cx - ui_px(ui, 40), y + ui_px(ui, more ? 18 : 30), ui_px(ui, 80),
                    ui_px(ui, 2) };
  draw_rect(ui->r, rule, ui->pal.accent);
  if (more) { /* the reader's decisions on the left, the credits on the right */
    int margin = ui_px(ui, 90), gap = ui_px(ui, 60), top = rule.y + ui_px(ui, 40);
    int colw = (ui->w - 2 * margin - gap) / 2;
    ending_column(ui, margin, top, colw, ui_text(ui, "ending.summary"), summary, true);
    ending_column(ui, margin + colw + gap, top, colw, ui_text(ui, "ending.credits"), credits,
                  false);
  }
  continue_button(ui, cx, ui->h - ui_px(ui, more ? 100 : 140));
}

void screen_error(Ui *ui, const Event *ev)
{
  ui_set_mood(ui, "title");
  fill(ui);
  SDL_Rect band = { 0, 0, ui_px(ui, 8), ui->h };
  draw_rect(ui->r, band, ui->pal.error);
  int x = ui_px(ui, 90), y = ui_px(ui, 70), w = ui->w - 2 * x;
  int hpx = ui_font_px(ui, 34), mono = ui_font_px(ui, 18);
  draw_text(ui->r, FONT_SANS_BOLD, hpx, ui->pal.text, x, y, ui_text(ui, "error.title"));
  y += font_line_height(FONT_SANS_BOLD, hpx) + ui_px(ui, 10);
  y += draw_wrapped(ui->r, FONT_SANS, ui_font_px(ui, 18), ui->pal.dim, x, y, w,
                    ui_text(ui, "error.explain"));
  y += ui_px(ui, 24);
  char where[700], file[600], msg[2048];
  story_file_where(ev->file, file, sizeof file);
  if (ev->file && *ev->file && ev->line > 0)
    snprintf(where, sizeof where, "%s:%d", file, ev->line);
  else
    snprintf(where, sizeof where, "%s", ev->file && *ev->file ? file : "?");
  if (ev->scene && *ev->scene) {
    size_t n = strlen(where);
    snprintf(where + n, sizeof where - n, "  (%s)", ev->scene);
  }
  draw_text(ui->r, FONT_MONO, mono, ui->pal.error, x, y, where);
  y += font_line_height(FONT_MONO, mono) + ui_px(ui, 12);
  SDL_Rect box = { x, y, w, 0 };
  DrawPara p = { 0 };
  draw_para_layout(&p, ev->text ? story_error_text(ev, msg, sizeof msg) : "", FONT_MONO, mono,
                   w - ui_px(ui, 40));
  int maxh = ui->h - y - ui_px(ui, 200);
  box.h = draw_para_height(&p) + ui_px(ui, 40);
  if (box.h > maxh)
    box.h = maxh > 0 ? maxh : 0;
  draw_round_rect(ui->r, box, ui_px(ui, 8), ui->pal.panel);
  SDL_RenderSetClipRect(ui->r, &box);
  draw_para(ui->r, &p, ui->pal.text, x + ui_px(ui, 20), y + ui_px(ui, 20), (size_t)-1);
  SDL_RenderSetClipRect(ui->r, NULL);
  draw_para_free(&p);
  y += box.h + ui_px(ui, 30);
  int bw = ui_px(ui, 420);
  x -= ui_px(ui, 24);
  y = menu_item(ui, x, y, bw, ui_text(ui, "error.recover"), ACT_RECOVER, 0);
  y = menu_item(ui, x, y, bw, ui_text(ui, "error.reload"), ACT_RELOAD, 0);
  menu_item(ui, x, y, bw, ui_text(ui, "menu.title"), ACT_TITLE, 0);
}

void screen_end(Ui *ui)
{
  ui_set_mood(ui, "title");
  fill(ui);
  int cx = ui->w / 2, big = ui_font_px(ui, 64);
  draw_text_center(ui->r, FONT_SERIF_ITALIC, big, ui->pal.text, cx, ui->h / 2 - big,
                   ui_text(ui, "end.title"));
  continue_button(ui, cx, ui->h - ui_px(ui, 140));
}

void screen_menu(Ui *ui, bool in_game)
{
  draw_rect(ui->r, (SDL_Rect){ 0, 0, ui->w, ui->h },
            draw_fade(draw_color("#000000", ui->pal.bg), 150));
  ui_set_mood(ui, "title");
  int w = ui_px(ui, 440), items = in_game ? 8 : 4;
  int h = items * ui_px(ui, 54) + ui_px(ui, 100);
  SDL_Rect rc = { (ui->w - w) / 2, (ui->h - h) / 2, w, h };
  draw_round_rect(ui->r, rc, ui_px(ui, 16), ui->pal.panel);
  int x = rc.x + ui_px(ui, 20), y = rc.y + ui_px(ui, 30), bw = w - ui_px(ui, 40);
  int px = ui_font_px(ui, 28);
  draw_text(ui->r, FONT_SERIF, px, ui->pal.text, x + ui_px(ui, 24), y,
            ui_text(ui, "menu.title_menu"));
  y += font_line_height(FONT_SERIF, px) + ui_px(ui, 14);
  y = menu_item(ui, x, y, bw, ui_text(ui, "menu.resume"), ACT_RETURN, 0);
  if (in_game) {
    y = menu_item(ui, x, y, bw, ui_text(ui, "menu.save"), ACT_SAVE, 0);
    y = menu_item(ui, x, y, bw, ui_text(ui, "menu.load"), ACT_LOAD, 0);
    y = menu_item(ui, x, y, bw, ui_text(ui, "menu.history"), ACT_HISTORY, 0);
  }
  y = menu_item(ui, x, y, bw, language_name(ui), ACT_LANGUAGE, -1);
  y = menu_item(ui, x, y, bw, ui_text(ui, "menu.prefs"), ACT_PREFS, 0);
  if (in_game)
    y = menu_item(ui, x, y, bw, ui_text(ui, "menu.title"), ACT_TITLE, 0);
  menu_item(ui, x, y, bw, ui_text(ui, "menu.quit"), ACT_QUIT, 0);
}

/* A row of the Preferences: its label, its value, and either - and + (step:
** at, out of n) or one button that changes it (n 0). The ends' buttons stay,
** dimmed and doing nothing, so that the focus never jumps to another row. */
static int pref_row(Ui *ui, int x, int y, int w, int h, const char *label, const char *value,
                    ActionKind kind, int at, int n)
{
  int px = readable_px(ui, 19), lw = w * 2 / 5, lh = font_line_height(FONT_SANS, px);
  int ty = y + (h - lh) / 2 - (n > 0 ? ui_px(ui, 4) : 0);
  draw_text(ui->r, FONT_SANS, px, ui->pal.dim, x, ty, label);
  int vx = x + lw, vw = w - lw;
  if (n > 0) {
    int b = h, mid = vx + b + (vw - 2 * b) / 2;
    const char *signs[2] = { "−", "+" };
    bool end[2] = { at <= 0, at >= n - 1 };
    for (int k = 0; k < 2; k++) {
      SDL_Rect rc = { k ? vx + vw - b : vx, y, b, h };
      int index =
          ui_button(ui, rc, NULL, (Action){ kind, end[k] ? 0 : (k ? 1 : -1) }, BUTTON_SMALL);
      SDL_Color fg = end[k] ? ui->pal.rule : index == ui->focus ? ui->pal.focus : ui->pal.text;
      int spx = readable_px(ui, 22);
      draw_text_center(ui->r, FONT_SANS_BOLD, spx, fg, rc.x + b / 2,
                       y + (h - font_line_height(FONT_SANS_BOLD, spx)) / 2, signs[k]);
    }
    draw_text_center(ui->r, FONT_SANS_BOLD, px, ui->pal.text, mid, ty, value);
    /* how far along: n small marks under the value */
    int mark = ui_px(ui, 14), gap = ui_px(ui, 4), mw = n * mark + (n - 1) * gap;
    for (int i = 0; i < n; i++)
      draw_rect(
          ui->r,
          (SDL_Rect){ mid - mw / 2 + i * (mark + gap), y + h - ui_px(ui, 5), mark, ui_px(ui, 3) },
          i <= at ? ui->pal.accent : ui->pal.rule);
  } else {
    ui_button(ui, (SDL_Rect){ vx, y, vw, h }, value, (Action){ kind, -1 }, BUTTON_SMALL);
  }
  return y + h + ui_px(ui, 6);
}

void screen_prefs(Ui *ui, const Settings *set)
{
  char lang[32], auto_value[96];
  ui_set_mood(ui, "title");
  fill(ui);
  int w = ui_px(ui, 820);
  if (w > ui->w - ui_px(ui, 40))
    w = ui->w - ui_px(ui, 40);
  int x = (ui->w - w) / 2, y = ui_px(ui, 34);
  int px = readable_px(ui, 36);
  draw_text(ui->r, FONT_SERIF, px, ui->pal.text, x, y, ui_text(ui, "prefs.title"));
  y += font_line_height(FONT_SERIF, px) + ui_px(ui, 18);
  static const char *const speeds[SETTINGS_SPEEDS] = { "speed.slow", "speed.normal", "speed.fast",
                                                       "speed.instant" };
  int size = settings_size_at(set->text_scale), speed = settings_speed_at(set->speed);
  int pace = settings_pace_at(set->auto_pace);
  /* auto-forward's wait for a line of 100 characters, in tenths of a second */
  int tenths = (1200 + 100 * settings_pace_step(set->auto_pace, 0) + 50) / 100;
  json_t *args = json_pack("{s:i, s:i}", "whole", tenths / 10, "tenth", tenths % 10);
  char *t = args ? story_ui_format(ui->story, "prefs.auto_value", args) : NULL;
  snprintf(auto_value, sizeof auto_value, "%s", t ? t : "");
  free(t);
  json_decref(args);
  snprintf(lang, sizeof lang, "lang.%s", story_language(ui->story));
  /* Rows tall enough for their text, and all eleven above Back in the window
  ** (large text in a small window: closer rows). */
  int lh = font_line_height(FONT_SANS, readable_px(ui, 19)), rh = lh + ui_px(ui, 18);
  int room = (ui->h - y - ui_px(ui, 60)) / 11 - ui_px(ui, 6);
  if (rh < ui_px(ui, 44))
    rh = ui_px(ui, 44);
  if (rh > room)
    rh = room > lh + ui_px(ui, 4) ? room : lh + ui_px(ui, 4);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.size"),
               format_int(ui, "prefs.size_value", "percent",
                          (int)lroundf(settings_size_step(set->text_scale, 0) * 100)),
               ACT_TEXT_SIZE, size, SETTINGS_SIZES);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.speed"), ui_text(ui, speeds[speed]), ACT_SPEED,
               speed, SETTINGS_SPEEDS);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.auto"), auto_value, ACT_AUTO_PACE, pace,
               SETTINGS_PACES);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.skip"),
               ui_text(ui, set->skip_all ? "prefs.skip_all" : "prefs.skip_seen"), ACT_SKIP_MODE, 0,
               0);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.font"),
               ui_text(ui, set->dyslexic ? "prefs.font_dyslexic" : "prefs.font_book"), ACT_DYSLEXIC,
               0, 0);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.contrast"),
               ui_text(ui, set->contrast ? "prefs.on" : "prefs.off"), ACT_CONTRAST, 0, 0);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.fullscreen"),
               ui_text(ui, set->fullscreen ? "prefs.on" : "prefs.off"), ACT_FULLSCREEN, 0, 0);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.language"), ui_text(ui, lang), ACT_LANGUAGE, 0,
               0);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.bilingual"),
               ui_text(ui, set->bilingual ? "prefs.on" : "prefs.off"), ACT_BILINGUAL, 0, 0);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.quick"),
               ui_text(ui, set->quick ? "prefs.on" : "prefs.off"), ACT_QUICK, 0, 0);
  y = pref_row(ui, x, y, w, rh, ui_text(ui, "prefs.voice"),
               ui_text(ui, set->voice ? "prefs.on" : "prefs.off"), ACT_VOICE, 0, 0);
  y += ui_px(ui, 6);
  y = menu_item(ui, x - ui_px(ui, 24), y, ui_px(ui, 300), ui_text(ui, "menu.back"), ACT_RETURN, 0);
  if (y + ui_px(ui, 44) < ui->h) /* (not at the largest text in a small window) */
    draw_wrapped(ui->r, FONT_SANS, readable_px(ui, 14), ui->pal.dim, x, y + ui_px(ui, 4), w,
                 ui_text(ui, "prefs.hint"));
}

/* Above the first line a chapter's reader read in the history: a rule and
** "Chapitre 2 · Non conforme". Returns the y above it. */
static int history_chapter(Ui *ui, int x, int y, int w, int number)
{
  char label[256];
  const json_t *c = story_chapter(ui->story, number);
  const char *title = str(c, "title") ? str(c, "title") : "";
  snprintf(label, sizeof label, "%s %d · %s", ui_text(ui, "card.chapter"), number, title);
  int px = readable_px(ui, 14), lh = font_line_height(FONT_SANS_BOLD, px);
  y -= lh + ui_px(ui, 26);
  draw_rect(ui->r, (SDL_Rect){ x, y + lh / 2, ui_px(ui, 28), ui_px(ui, 2) }, ui->pal.accent);
  int tw = draw_text(ui->r, FONT_SANS_BOLD, px, ui->pal.accent, x + ui_px(ui, 40), y, label);
  int rx = x + ui_px(ui, 52) + tw;
  if (rx < x + w)
    draw_rect(ui->r, (SDL_Rect){ rx, y + lh / 2, x + w - rx, ui_px(ui, 1) }, ui->pal.rule);
  return y - ui_px(ui, 4);
}

void screen_history(Ui *ui, int *scroll)
{
  draw_rect(ui->r, (SDL_Rect){ 0, 0, ui->w, ui->h }, draw_fade(ui->pal.bg, 242));
  int n = story_history_count(ui->story), first = story_history_first(ui->story);
  if (*scroll > n - 1 - first)
    *scroll = n - first > 0 ? n - 1 - first : 0;
  if (*scroll < 0)
    *scroll = 0;
  int colw = ui_px(ui, 760);
  if (colw > ui->w - ui_px(ui, 80))
    colw = ui->w - ui_px(ui, 80);
  int x = (ui->w - colw) / 2, px = ui_font_px(ui, 21), small = ui_font_px(ui, 14);
  int hpx = ui_font_px(ui, 15);
  draw_text(ui->r, FONT_SANS_BOLD, hpx, ui->pal.accent, x, ui_px(ui, 24),
            ui_text(ui, "history.title"));
  int top = ui_px(ui, 60), y = ui->h - ui_px(ui, 40);
  SDL_Rect clip = { 0, top, ui->w, y - top };
  SDL_RenderSetClipRect(ui->r, &clip);
  for (int i = n - 1 - *scroll; i >= first && y > top; i--) {
    const StoryLine *h = story_history(ui->story, i);
    if (!h)
      continue;
    bool choice = h->style && strcmp(h->style, "choice") == 0;
    bool note = h->style && strcmp(h->style, "note") == 0;
    FontFace face = choice || note ? FONT_SERIF_ITALIC : FONT_SERIF;
    DrawPara p = { 0 };
    draw_para_layout(&p, h->text, face, px, colw);
    int ph = draw_para_height(&p) + (h->speaker ? font_line_height(FONT_SANS_BOLD, small) : 0);
    y -= ph + ui_px(ui, 12);
    int ty = y;
    if (h->speaker) {
      draw_text(ui->r, FONT_SANS_BOLD, small, ui->pal.accent, x, ty, h->speaker);
      ty += font_line_height(FONT_SANS_BOLD, small);
    }
    draw_para(ui->r, &p,
              choice     ? ui->pal.accent
                  : note ? ui->pal.dim
                         : ui->pal.text,
              x, ty, (size_t)-1);
    draw_para_free(&p);
    const StoryLine *before = i > 0 ? story_history(ui->story, i - 1) : NULL;
    if (h->chapter > 0 && (!before || before->chapter != h->chapter))
      y = history_chapter(ui, x, y, colw, h->chapter); /* where a chapter begins */
  }
  SDL_RenderSetClipRect(ui->r, NULL);
  draw_text_center(ui->r, FONT_SANS, small, ui->pal.dim, ui->w / 2, ui->h - ui_px(ui, 30),
                   ui_text(ui, "history.hint"));
}

void screen_notice(Ui *ui, const char *text)
{
  if (!text || !*text)
    return;
  int px = ui_font_px(ui, 17), pad = ui_px(ui, 16);
  int w = font_width(FONT_SANS, px, text, strlen(text)) + 2 * pad;
  SDL_Rect rc = { (ui->w - w) / 2, ui_px(ui, 24), w, font_line_height(FONT_SANS, px) + pad };
  draw_round_rect(ui->r, rc, rc.h / 2, draw_fade(ui->pal.text, 235));
  draw_text(ui->r, FONT_SANS, px, ui->pal.bg, rc.x + pad, rc.y + pad / 2, text);
}

/* ---- a class reading together (lesson.c) ------------------------------------ */

/* A panel on the right of the page, under a heading; returns the y inside. */
static int side_panel(Ui *ui, SDL_Rect rc, const char *heading)
{
  int px = ui_font_px(ui, 15);
  draw_round_rect(ui->r, rc, ui_px(ui, 12), draw_fade(ui->pal.panel, 245));
  draw_text(ui->r, FONT_SANS_BOLD, px, ui->pal.dim, rc.x + ui_px(ui, 16), rc.y + ui_px(ui, 12),
            heading);
  return rc.y + ui_px(ui, 16) + font_line_height(FONT_SANS_BOLD, px);
}

void screen_votes(Ui *ui, const Event *ev, const int *votes, int majority)
{
  /* On each option the page drew (its ACT_CHOICE button), at its right end:
  ** its votes between - and +; then the majority's button under the last. */
  SDL_Rect rcs[UI_MAX_BUTTONS], last = { 0, 0, 0, 0 };
  int idx[UI_MAX_BUTTONS], n = 0, px = ui_font_px(ui, 18);
  for (int i = 0; i < ui->nbuttons; i++)
    if (ui->buttons[i].act.kind == ACT_CHOICE && ui->buttons[i].act.arg < ev->noptions) {
      rcs[n] = ui->buttons[i].rc;
      idx[n++] = ui->buttons[i].act.arg;
    }
  for (int k = 0; k < n; k++) {
    SDL_Rect rc = rcs[k];
    int b = rc.h - ui_px(ui, 12), x = rc.x + rc.w - 3 * b - ui_px(ui, 20), y = rc.y + ui_px(ui, 6);
    char count[16];
    SDL_Rect box = { x - ui_px(ui, 8), rc.y + ui_px(ui, 3), 3 * b + ui_px(ui, 22),
                     rc.h - ui_px(ui, 6) };
    snprintf(count, sizeof count, "%d", votes[idx[k]]);
    draw_round_rect(ui->r, box, ui_px(ui, 8), draw_fade(ui->pal.bg, 200));
    ui_button(ui, (SDL_Rect){ x, y, b, b }, "−", (Action){ ACT_UNVOTE, idx[k] }, BUTTON_SMALL);
    draw_text_center(ui->r, FONT_SANS_BOLD, px, idx[k] == majority ? ui->pal.accent : ui->pal.text,
                     x + b + b / 2 + ui_px(ui, 2),
                     y + (b - font_line_height(FONT_SANS_BOLD, px)) / 2, count);
    ui_button(ui, (SDL_Rect){ x + 2 * b + ui_px(ui, 4), y, b, b }, "+",
              (Action){ ACT_VOTE, idx[k] }, BUTTON_SMALL);
    if (rc.y + rc.h > last.y + last.h)
      last = rc;
  }
  if (n == 0)
    return;
  {
    int w = ui_px(ui, 260), h = ui_px(ui, 36), y = last.y + last.h + ui_px(ui, 10);
    SDL_Rect take = { last.x + last.w - w, y, w, h };
    if (majority >= 0)
      ui_button(ui, take, ui_text(ui, "classroom.take_majority"), (Action){ ACT_MAJORITY, 0 },
                BUTTON_SMALL);
    else
      draw_wrapped(ui->r, FONT_SANS, ui_font_px(ui, 14), ui->pal.dim, last.x, y + ui_px(ui, 6),
                   last.w, ui_text(ui, "classroom.votes_help"));
  }
}

void screen_discuss(Ui *ui, const char *question, const json_t *facts, int minutes,
                    Uint32 timer_end, Uint32 now)
{
  int w = ui_px(ui, 440), pad = ui_px(ui, 16), cpx = ui_font_px(ui, 34);
  int left =
      timer_end ? (timer_end > now ? (int)((timer_end - now + 999) / 1000) : 0) : minutes * 60;
  int bw = ui_px(ui, 210), bh = ui_px(ui, 38), clock_h = font_line_height(FONT_SANS_BOLD, cpx);
  char clock[32];
  DrawPara q = { 0 }, f[4] = { { 0 } };
  int nf = 0, fh = 0;
  const json_t *fact;
  size_t i;
  draw_para_layout(&q, question, FONT_SERIF, ui_font_px(ui, 22), w - 2 * pad);
  static char texts[4][1200];          /* (a DrawPara keeps its text's address) */
  json_array_foreach(facts, i, fact) { /* the card's facts, at hand */
    if (nf == 4)
      break;
    snprintf(texts[nf], sizeof texts[nf], "%s (%s)", str(fact, "text") ? str(fact, "text") : "",
             str(fact, "source") ? str(fact, "source") : "");
    draw_para_layout(&f[nf], texts[nf], FONT_SANS, ui_font_px(ui, 13), w - 2 * pad);
    fh += draw_para_height(&f[nf++]) + ui_px(ui, 6);
  }
  if (nf)
    fh += ui_px(ui, 30);
  int h = ui_px(ui, 44) + draw_para_height(&q) + ui_px(ui, 14) + clock_h + pad + fh;
  SDL_Rect rc = { ui->w - w - pad, ui_px(ui, 56), w, h };
  int y = side_panel(ui, rc, ui_text(ui, "classroom.stop")), x = rc.x + pad;
  draw_para(ui->r, &q, ui->pal.text, x, y + ui_px(ui, 4), (size_t)-1);
  y += ui_px(ui, 4) + draw_para_height(&q) + ui_px(ui, 10);
  draw_para_free(&q);
  snprintf(clock, sizeof clock, "%d:%02d", left / 60, left % 60);
  draw_text(ui->r, FONT_SANS_BOLD, cpx, timer_end && left == 0 ? ui->pal.error : ui->pal.accent, x,
            y, clock);
  ui_button(ui, (SDL_Rect){ rc.x + w - bw - pad, y + (clock_h - bh) / 2, bw, bh },
            ui_text(ui, timer_end ? "classroom.timer_stop" : "classroom.timer_start"),
            (Action){ ACT_TIMER, 0 }, BUTTON_SMALL);
  y += clock_h + ui_px(ui, 10);
  if (nf) {
    int hpx = ui_font_px(ui, 14);
    draw_text(ui->r, FONT_SANS_BOLD, hpx, ui->pal.dim, x, y, ui_text(ui, "text.facts"));
    y += font_line_height(FONT_SANS_BOLD, hpx) + ui_px(ui, 4);
  }
  for (int k = 0; k < nf; k++) {
    draw_para(ui->r, &f[k], ui->pal.text, x, y, (size_t)-1);
    y += draw_para_height(&f[k]) + ui_px(ui, 6);
    draw_para_free(&f[k]);
  }
}

void screen_others(Ui *ui, const char *const *options, int n, int taken)
{
  int w = ui_px(ui, 360), bh = ui_px(ui, 34), x, y;
  int h = ui_px(ui, 52) + (n - 1) * (bh + ui_px(ui, 6)) + ui_px(ui, 10);
  SDL_Rect rc = { ui->w - w - ui_px(ui, 16), ui_px(ui, 56), w, h };
  if (n < 2 || taken < 0)
    return;
  y = side_panel(ui, rc, ui_text(ui, "classroom.other_title"));
  x = rc.x + ui_px(ui, 16);
  for (int i = 0; i < n; i++) {
    char label[120];
    if (i == taken)
      continue;
    snprintf(label, sizeof label, "%d. %.90s", i + 1, options[i]);
    ui_button(ui, (SDL_Rect){ x, y, w - ui_px(ui, 32), bh }, label, (Action){ ACT_OTHER, i },
              BUTTON_SMALL);
    y += bh + ui_px(ui, 6);
  }
}

void screen_peek(Ui *ui, const char *title, const char *const *lines, int n)
{
  int w = ui->w * 2 / 3, h = ui->h * 3 / 4;
  SDL_Rect rc = { (ui->w - w) / 2, (ui->h - h) / 2, w, h };
  int x = rc.x + ui_px(ui, 28), y, bottom = rc.y + h - ui_px(ui, 70);
  draw_rect(ui->r, (SDL_Rect){ 0, 0, ui->w, ui->h },
            draw_fade(draw_color("#000000", ui->pal.bg), 150));
  draw_round_rect(ui->r, rc, ui_px(ui, 16), ui->pal.panel);
  y = rc.y + ui_px(ui, 22);
  y += draw_wrapped(ui->r, FONT_SANS_BOLD, ui_font_px(ui, 18), ui->pal.accent, x, y,
                    w - ui_px(ui, 56), title)
      + ui_px(ui, 10);
  for (int i = 0; i < n && y < bottom; i++)
    y += draw_wrapped(ui->r, FONT_SERIF, ui_font_px(ui, 20), ui->pal.text, x, y, w - ui_px(ui, 56),
                      lines[i])
        + ui_px(ui, 8);
  ui_button(ui,
            (SDL_Rect){ rc.x + w - ui_px(ui, 348), rc.y + h - ui_px(ui, 56), ui_px(ui, 320),
                        ui_px(ui, 40) },
            ui_text(ui, "classroom.other_back"), (Action){ ACT_RETURN, 0 }, BUTTON_SMALL);
}

/* ---- the quick menu ------------------------------------------------------------ */

int screen_quick_height(const Ui *ui)
{
  return ui_px(ui, 14) + font_line_height(FONT_SANS, readable_px(ui, 14)) + ui_px(ui, 12);
}

void screen_quick(Ui *ui, bool skip, bool auto_mode)
{
  static const struct {
    const char *key;
    ActionKind kind;
    int arg;
  } items[] = {
    { "quick.back", ACT_ROLLBACK, 0 }, { "quick.history", ACT_HISTORY, 0 },
    { "quick.skip", ACT_SKIP, 2 },     { "quick.auto", ACT_AUTO, 0 },
    { "quick.save", ACT_SAVE, 0 },     { "quick.quick_save", ACT_QUICK_SAVE, 0 },
    { "quick.menu", ACT_MENU, 0 },
  };
  enum { N = sizeof items / sizeof items[0] };
  int h = screen_quick_height(ui), top = ui->h - h, px = readable_px(ui, 14);
  int pad = ui_px(ui, 10), gap = ui_px(ui, 4), widths[N], total = 0;
  draw_rect(ui->r, (SDL_Rect){ 0, top, ui->w, h }, ui->pal.bg);
  for (int i = 0; i < N; i++) {
    const char *label = ui_text(ui, items[i].key);
    widths[i] = font_width(FONT_SANS, px, label, strlen(label)) + 2 * pad;
    total += widths[i] + (i ? gap : 0);
  }
  int x = (ui->w - total) / 2, bh = h - ui_px(ui, 10), y = top + ui_px(ui, 2);
  for (int i = 0; i < N; i++) {
    const char *label = ui_text(ui, items[i].key);
    SDL_Rect rc = { x, y, widths[i], bh };
    bool on = (items[i].kind == ACT_SKIP && skip) || (items[i].kind == ACT_AUTO && auto_mode);
    int index = ui_button(ui, rc, NULL, (Action){ items[i].kind, items[i].arg }, BUTTON_QUIET);
    SDL_Color fg = index == ui->focus ? ui->pal.focus : on ? ui->pal.accent : ui->pal.dim;
    draw_text_center(ui->r, FONT_SANS, px, fg, x + widths[i] / 2,
                     y + (bh - font_line_height(FONT_SANS, px)) / 2, label);
    x += widths[i] + gap;
  }
}
