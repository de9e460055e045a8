/*
** layout: the story's screens drawn from data. A layout table (lua/layouts/<name>.lua,
** format documented in lua/layouts/page.lua) lists panels, each a kind the C knows
** how to draw (lines, messages, task, bar, header, rows, notice, sidebar) in a
** rectangle given as fractions of the window, with the bindings it shows.
** No Lua runs here: the core turned the table into JSON once.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "layout.h"

typedef struct Entry {
  unsigned long seq; /* the page line it shows (StoryLine.seq) */
  char *speaker;     /* NULL for narration */
  char *text;
  char style[16]; /* narration, speech, note, choice */
  DrawPara para;
  DrawPara name;
} Entry;

struct Layout {
  char name[32];
  char side[16];
  int chapter; /* the running head: number and title */
  char chapter_title[96];
  json_t *binds; /* owned: the bindings of the screen shown */
  unsigned page; /* the page serial of the lines in log */
  bool synced;   /* log shows a page (false after a reset) */
  Entry *log;
  int nlog, cap, page_start;
  unsigned long turned; /* the newest line when the page last turned or was fitted */
  bool choosing;
  char *prompt;
  char **options;
  int noptions;
  json_t *task;       /* owned copy of the CHOICE's task, or NULL */
  DrawPara *opt_para; /* the options laid out (once per change of size) */
  DrawPara prompt_para;
  Uint32 t0; /* when the newest line began to be typed */
  bool done; /* the newest line is shown whole */
  int cps;
};

static char *dup(const char *s)
{
  if (!s)
    return NULL;
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d)
    memcpy(d, s, n);
  return d;
}

Layout *layout_create(void)
{
  Layout *L = calloc(1, sizeof *L);
  if (!L)
    return NULL;
  snprintf(L->name, sizeof L->name, "page");
  snprintf(L->side, sizeof L->side, "title"); /* the engine's own colours */
  L->binds = json_object();
  L->cps = 45;
  L->done = true;
  return L;
}

static void entry_free(Entry *e)
{
  free(e->speaker);
  free(e->text);
  draw_para_free(&e->para);
  draw_para_free(&e->name);
}

static void clear_choice(Layout *L)
{
  for (int i = 0; i < L->noptions; i++) {
    free(L->options[i]);
    if (L->opt_para)
      draw_para_free(&L->opt_para[i]);
  }
  free(L->opt_para);
  L->opt_para = NULL;
  draw_para_free(&L->prompt_para);
  free(L->options);
  free(L->prompt);
  json_decref(L->task);
  L->options = NULL;
  L->prompt = NULL;
  L->task = NULL;
  L->noptions = 0;
  L->choosing = false;
}

static void clear_log(Layout *L)
{
  for (int i = 0; i < L->nlog; i++)
    entry_free(&L->log[i]);
  L->nlog = 0;
  L->page_start = 0;
  L->turned = 0;
  L->done = true;
  L->synced = false;
}

void layout_reset(Layout *L)
{
  clear_log(L);
  clear_choice(L);
  json_object_clear(L->binds);
  snprintf(L->name, sizeof L->name, "page");
}

void layout_destroy(Layout *L)
{
  if (!L)
    return;
  layout_reset(L);
  free(L->log);
  json_decref(L->binds);
  free(L);
}

static void add_entry(Layout *L, const StoryLine *line)
{
  if (L->nlog == L->cap) {
    int cap = L->cap ? 2 * L->cap : 32;
    Entry *log = realloc(L->log, sizeof *log * (size_t)cap);
    if (!log)
      return;
    L->log = log;
    L->cap = cap;
  }
  Entry *e = &L->log[L->nlog++];
  memset(e, 0, sizeof *e);
  e->seq = line->seq;
  e->speaker = dup(line->speaker);
  e->text = dup(line->text ? line->text : "");
  snprintf(e->style, sizeof e->style, "%s", line->style ? line->style : "narration");
}

static void drop_first(Layout *L)
{
  entry_free(&L->log[0]);
  memmove(L->log, L->log + 1, sizeof *L->log * (size_t)(L->nlog - 1));
  L->nlog--;
  if (L->page_start > 0)
    L->page_start--;
}

static void offer(Layout *L, const Event *ev)
{
  L->choosing = true;
  L->prompt = dup(ev->text);
  L->noptions = ev->noptions;
  L->options = calloc((size_t)(ev->noptions > 0 ? ev->noptions : 1), sizeof *L->options);
  L->opt_para = calloc((size_t)(ev->noptions > 0 ? ev->noptions : 1), sizeof *L->opt_para);
  for (int i = 0; L->options && i < ev->noptions; i++)
    L->options[i] = dup(ev->options[i].text);
  if (!L->options || !L->opt_para) {
    free(L->options);
    free(L->opt_para);
    L->options = NULL;
    L->opt_para = NULL;
    L->noptions = 0;
  }
  if (json_is_object(ev->data))
    L->task = json_deep_copy(ev->data);
}

void layout_sync(Layout *L, const Event *ev, const LayoutPage *page, Uint32 now)
{
  if (ev->layout && *ev->layout)
    snprintf(L->name, sizeof L->name, "%s", ev->layout);
  json_object_clear(L->binds);
  if (json_is_object(ev->bindings))
    json_object_update(L->binds, (json_t *)ev->bindings);
  clear_choice(L);
  /* A new page (another layout, a restore, a rollback, a language) is shown
  ** whole, as it was; on the same page, only the lines added are new. */
  bool fresh = !L->synced || ev->page != L->page;
  if (fresh)
    clear_log(L);
  L->synced = true;
  L->page = ev->page;
  unsigned long last = L->nlog ? L->log[L->nlog - 1].seq : 0;
  int added = 0;
  for (int i = 0; i < page->n; i++) {
    const StoryLine *line = page->line(page->src, i);
    if (line && line->seq > last) {
      add_entry(L, line);
      added++;
    }
  }
  /* The page keeps its newest lines: what it dropped goes here too. */
  while (L->nlog > page->n && L->nlog > 0)
    drop_first(L);
  if (!fresh && added > 0 && ev->kind == EVENT_LINE) {
    L->t0 = now; /* the newest line is typed */
    L->done = L->cps <= 0;
  } else {
    L->done = true;
  }
  if (ev->kind == EVENT_CHOICE)
    offer(L, ev);
}

void layout_invalidate(Layout *L)
{
  for (int i = 0; i < L->nlog; i++) {
    draw_para_free(&L->log[i].para);
    draw_para_free(&L->log[i].name);
  }
  for (int i = 0; L->opt_para && i < L->noptions; i++)
    draw_para_free(&L->opt_para[i]);
  draw_para_free(&L->prompt_para);
}

void layout_chosen(Layout *L, int choice)
{
  if (!L->choosing || choice < 0 || choice >= L->noptions)
    return;
  clear_choice(L); /* the option taken comes back as a line of the page */
}

void layout_set_side(Layout *L, const char *side)
{
  if (side && *side)
    snprintf(L->side, sizeof L->side, "%s", side);
}

void layout_set_chapter(Layout *L, int number, const char *title)
{
  L->chapter = number;
  snprintf(L->chapter_title, sizeof L->chapter_title, "%s", title ? title : "");
}

void layout_set_speed(Layout *L, int cps)
{
  L->cps = cps;
}

static size_t newest_chars(const Layout *L)
{
  return L->nlog ? text_utf8_len(L->log[L->nlog - 1].text, strlen(L->log[L->nlog - 1].text)) : 0;
}

/* Bytes of the newest line shown at `now`. */
static size_t revealed_bytes(const Layout *L, Uint32 now)
{
  if (L->done || L->nlog == 0 || L->cps <= 0)
    return (size_t)-1;
  size_t chars = (size_t)((now - L->t0) * (Uint64)L->cps / 1000) + 1;
  const char *s = L->log[L->nlog - 1].text, *p = s;
  for (size_t i = 0; i < chars && *p; i++)
    text_utf8_next(&p);
  return *p ? (size_t)(p - s) : (size_t)-1;
}

bool layout_typing(const Layout *L, Uint32 now)
{
  if (L->done || L->nlog == 0)
    return false;
  return (now - L->t0) * (Uint64)L->cps / 1000 + 1 < newest_chars(L);
}

bool layout_finish(Layout *L)
{
  bool was = !L->done && L->nlog > 0;
  L->done = true;
  return was;
}

Uint32 layout_read_ms(const Layout *L)
{
  return 1200 + (Uint32)newest_chars(L) * 45;
}

/* ---- formatting ---------------------------------------------------------- */

void layout_format(const Ui *ui, const json_t *value, const char *format, char *buf, size_t size)
{
  /* The core writes figures the one way, for the terminal as for the window. */
  i18n_format_value(value, format, ui->story ? story_language(ui->story) : NULL, buf, size);
}

static const char *str(const json_t *o, const char *key)
{
  return json_string_value(json_object_get(o, key));
}

static double numf(const json_t *o, const char *key, double dflt)
{
  const json_t *v = json_object_get(o, key);
  return json_is_number(v) ? json_number_value(v) : dflt;
}

static SDL_Rect panel_rect(const Ui *ui, const json_t *panel)
{
  const json_t *a = json_object_get(panel, "rect");
  double f[4] = { 0, 0, 1, 1 };
  for (size_t i = 0; i < 4 && i < json_array_size(a); i++)
    f[i] = json_number_value(json_array_get(a, i));
  SDL_Rect rc = { (int)lround(f[0] * ui->w), (int)lround(f[1] * ui->h), (int)lround(f[2] * ui->w),
                  (int)lround(f[3] * ui->h) };
  return rc;
}

static FontFace panel_face(const json_t *panel, FontFace dflt)
{
  const char *f = str(panel, "font");
  if (!f)
    return dflt;
  if (strcmp(f, "serif") == 0)
    return FONT_SERIF;
  if (strcmp(f, "mono") == 0)
    return FONT_MONO;
  return FONT_SANS;
}

/* ---- choices -------------------------------------------------------------- */

/* Lays out the prompt and the options for a column of width w (a no-op while
** nothing changed) and returns the height they take. */
static int choices_layout(Layout *L, Ui *ui, int w, ButtonStyle style)
{
  if (!L->choosing)
    return 0;
  FontFace face = style == BUTTON_CHOICE ? ui->choice_face : FONT_SANS;
  int px = ui_font_px(ui, face == FONT_SERIF ? 24 : 20), pad = ui_px(ui, 16);
  int h = 0;
  if (L->prompt) {
    draw_para_layout(&L->prompt_para, L->prompt, FONT_SERIF_ITALIC, px, w);
    h += draw_para_height(&L->prompt_para) + ui_px(ui, 12);
  }
  for (int i = 0; i < L->noptions; i++) {
    draw_para_layout(&L->opt_para[i], L->options[i], face, px, w - 2 * pad);
    h += draw_para_height(&L->opt_para[i]) + 2 * ui_px(ui, 12) + ui_px(ui, 10);
  }
  return h;
}

static void draw_choices(Layout *L, Ui *ui, int x, int y, int w, ButtonStyle style)
{
  choices_layout(L, ui, w, style);
  if (L->prompt) {
    draw_para(ui->r, &L->prompt_para, ui->pal.dim, x, y, (size_t)-1);
    y += draw_para_height(&L->prompt_para) + ui_px(ui, 12);
  }
  for (int i = 0; i < L->noptions; i++) {
    int bh = draw_para_height(&L->opt_para[i]) + 2 * ui_px(ui, 12);
    SDL_Rect rc = { x, y, w, bh };
    Action act = { ACT_CHOICE, i };
    if (style == BUTTON_CHOICE)
      ui_button_para(ui, rc, &L->opt_para[i], act, style);
    else
      ui_button(ui, rc, L->options[i], act, style);
    /* The key that picks it, 1 to 9, in the margin. */
    if (i < 9) {
      char key[16];
      int kpx = ui_font_px(ui, 14);
      snprintf(key, sizeof key, "%d", i + 1);
      draw_text_right(ui->r, FONT_SANS, kpx, ui->pal.dim, x - ui_px(ui, 10),
                      y + (bh - font_line_height(FONT_SANS, kpx)) / 2, key);
    }
    y += bh + ui_px(ui, 10);
  }
}

/* ---- the novel page ------------------------------------------------------- */

static void entry_layout(Entry *e, Ui *ui, FontFace body, int px, int w)
{
  FontFace face = body;
  if (strcmp(e->style, "note") == 0 || strcmp(e->style, "choice") == 0)
    face = body == FONT_SERIF ? FONT_SERIF_ITALIC : body;
  draw_para_layout(&e->para, e->text, face, px, w);
  if (e->speaker)
    draw_para_layout(&e->name, e->speaker, FONT_SANS_BOLD, ui_font_px(ui, 15), w);
}

static int entry_height(const Entry *e, Ui *ui)
{
  int h = draw_para_height(&e->para);
  if (e->speaker)
    h += draw_para_height(&e->name) + ui_px(ui, 2);
  return h + ui_px(ui, 14);
}

static void entry_draw(Entry *e, Ui *ui, int x, int y, size_t reveal)
{
  SDL_Color c = ui->pal.text;
  if (strcmp(e->style, "note") == 0)
    c = ui->pal.dim;
  if (strcmp(e->style, "choice") == 0)
    c = ui->pal.accent;
  if (e->speaker) {
    draw_para(ui->r, &e->name, ui->pal.accent, x, y, (size_t)-1);
    y += draw_para_height(&e->name) + ui_px(ui, 2);
  }
  if (strcmp(e->style, "choice") == 0) {
    /* The reader's own choice: a rule in the margin, like a pencil mark. */
    SDL_Rect bar = { x - ui_px(ui, 14), y + ui_px(ui, 4), ui_px(ui, 3),
                     draw_para_height(&e->para) - ui_px(ui, 8) };
    draw_rect(ui->r, bar, draw_fade(ui->pal.accent, 160));
  }
  draw_para(ui->r, &e->para, c, x, y, reveal);
}

static void draw_lines(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  SDL_Rect rc = panel_rect(ui, panel);
  FontFace face = panel_face(panel, FONT_SERIF);
  int px = ui_font_px(ui, (float)numf(panel, "size", 26));
  int margin = ui_px(ui, (float)numf(panel, "margin", 48));
  int colw = rc.w - 2 * margin;
  double column = numf(panel, "column", 0);
  if (column > 0 && colw > (int)(column * px))
    colw = (int)(column * px);
  if (colw < 40)
    colw = 40;
  int x = rc.x + (rc.w - colw) / 2, top = rc.y + margin, avail = rc.h - 2 * margin;
  if (json_is_true(json_object_get(panel, "box"))) {
    SDL_Rect box = { rc.x + margin / 2, rc.y + margin / 2, rc.w - margin, rc.h - margin };
    draw_round_rect(ui->r, box, ui_px(ui, 10), ui->pal.panel);
  }
  for (int i = 0; i < L->nlog; i++)
    entry_layout(&L->log[i], ui, face, px, colw);
  ui->choice_face = face == FONT_SERIF ? FONT_SERIF : FONT_SANS;
  bool typing = layout_typing(L, now);
  int ch = choices && !typing ? choices_layout(L, ui, colw, BUTTON_CHOICE) : 0;
  if (L->page_start >= L->nlog)
    L->page_start = L->nlog > 0 ? L->nlog - 1 : 0;
  int total = ch;
  for (int i = L->page_start; i < L->nlog; i++)
    total += entry_height(&L->log[i], ui);
  if (total > avail && L->nlog > 0) {
    unsigned long newest = L->log[L->nlog - 1].seq;
    if (L->turned != 0 && newest != L->turned) {
      /* A new line does not fit: turn the page, the newest line at the top. */
      L->page_start = L->nlog - 1;
      total = ch + entry_height(&L->log[L->nlog - 1], ui);
    } else {
      /* The same lines laid out anew (a page given back whole, a larger text,
      ** another font, a smaller window): keep as many of the last as fit. */
      while (L->page_start < L->nlog - 1 && total > avail)
        total -= entry_height(&L->log[L->page_start++], ui);
    }
    /* Still too long (a narrow window): keep the end of the text visible. */
    if (total > avail)
      top -= total - avail;
  }
  if (L->nlog > 0)
    L->turned = L->log[L->nlog - 1].seq;
  if (json_is_true(json_object_get(panel, "head")) && L->chapter > 0 && top > rc.y + margin / 2) {
    /* The running head of a book: which chapter this is, small and quiet. */
    char head[160];
    snprintf(head, sizeof head, "%s %d · %s", ui_text(ui, "card.chapter"), L->chapter,
             L->chapter_title);
    int hpx = ui_font_px(ui, 13);
    draw_text_center(ui->r, FONT_SANS, hpx, draw_fade(ui->pal.dim, 170), rc.x + rc.w / 2,
                     rc.y + (margin - font_line_height(FONT_SANS, hpx)) / 2, head);
  }
  SDL_Rect clip = { rc.x, rc.y, rc.w, rc.h };
  SDL_RenderSetClipRect(ui->r, &clip);
  int y = top;
  for (int i = L->page_start; i < L->nlog; i++) {
    Entry *e = &L->log[i];
    size_t reveal = i == L->nlog - 1 ? revealed_bytes(L, now) : (size_t)-1;
    entry_draw(e, ui, x, y, reveal);
    y += entry_height(e, ui);
  }
  if (ch) {
    draw_choices(L, ui, x, y + ui_px(ui, 6), colw, BUTTON_CHOICE);
  } else if (!typing && !L->choosing && L->nlog > 0) {
    /* The quiet sign that a click goes on, after the last word. */
    const DrawPara *p = &L->log[L->nlog - 1].para;
    float s = (float)ui_px(ui, 6);
    float cx = (float)(x + colw - s), cy = (float)(y - ui_px(ui, 14) - p->line_h / 2);
    if (p->nlines > 0) {
      const TextLine *last = &p->lines[p->nlines - 1];
      int lw = font_width(p->face, p->px, p->text + last->start, last->len);
      cx = (float)(x + lw) + 2.5f * s;
      cy = (float)(y - ui_px(ui, 14) - p->line_h) + p->line_h * 0.55f;
    }
    float tri[6] = { cx - s, cy - s / 2, cx + s, cy - s / 2, cx, cy + s / 2 };
    draw_poly(ui->r, tri, 3, draw_fade(ui->pal.accent, 200));
  }
  SDL_RenderSetClipRect(ui->r, NULL);
  ui->choice_face = FONT_SERIF;
}

/* ---- messages: the chat, the platform's feed ------------------------------ */

static void draw_messages(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  SDL_Rect rc = panel_rect(ui, panel);
  int px = ui_font_px(ui, (float)numf(panel, "size", 19));
  int pad = ui_px(ui, 24), avatar = ui_px(ui, 36), gap = ui_px(ui, 12);
  bool compact = json_is_true(json_object_get(panel, "compact"));
  if (compact)
    avatar = 0;
  int textx = rc.x + pad + (avatar ? avatar + gap : 0);
  int textw = rc.w - 2 * pad - (avatar ? avatar + gap : 0);
  if (textw < 40)
    textw = 40;
  bool typing = layout_typing(L, now);
  int ch = choices && !typing ? choices_layout(L, ui, rc.w - 2 * pad, BUTTON_ANSWER) : 0;
  int bottom = rc.y + rc.h - pad - ch;
  int y = bottom, first = L->nlog;
  /* From the newest message up, as many as the panel holds. */
  while (first > 0) {
    Entry *e = &L->log[first - 1];
    bool aside = !e->speaker;
    FontFace nface = compact && strcmp(e->style, "note") != 0 ? FONT_SERIF : FONT_SERIF_ITALIC;
    draw_para_layout(&e->para, e->text, aside ? nface : FONT_SANS,
                     aside && compact ? px + px / 8 : px, aside ? rc.w - 2 * pad : textw);
    if (e->speaker)
      draw_para_layout(&e->name, e->speaker, FONT_SANS_BOLD, px, textw);
    int h = draw_para_height(&e->para) + (e->speaker ? draw_para_height(&e->name) : 0) + 2 * gap;
    if (y - h < rc.y + pad && first < L->nlog)
      break;
    y -= h;
    first--;
  }
  SDL_RenderSetClipRect(ui->r, &rc);
  for (int i = first; i < L->nlog; i++) {
    Entry *e = &L->log[i];
    size_t reveal = i == L->nlog - 1 ? revealed_bytes(L, now) : (size_t)-1;
    int h = draw_para_height(&e->para) + (e->speaker ? draw_para_height(&e->name) : 0) + 2 * gap;
    if (!e->speaker) {
      SDL_Color c = strcmp(e->style, "choice") == 0  ? ui->pal.accent
          : compact && strcmp(e->style, "note") != 0 ? ui->pal.text
                                                     : ui->pal.dim;
      draw_para(ui->r, &e->para, c, rc.x + pad, y + gap, reveal);
    } else {
      if (avatar) {
        /* An initial in a disc whose hue comes from the name: people stay apart. */
        unsigned hsh = 0;
        for (const char *p = e->speaker; *p; p++)
          hsh = hsh * 31 + (unsigned char)*p;
        SDL_Color tint = draw_mix(ui->pal.accent, ui->pal.raised, (float)(hsh % 5) / 6.0f);
        if (hsh % 3 == 1)
          tint = draw_mix(ui->pal.dim, ui->pal.raised, 0.2f);
        float r = avatar / 2.0f;
        draw_circle(ui->r, rc.x + pad + r, y + gap + r, r, tint);
        char initial[8] = { 0 };
        const char *p = e->speaker;
        text_utf8_next(&p);
        memcpy(initial, e->speaker, (size_t)(p - e->speaker) < 7 ? (size_t)(p - e->speaker) : 7);
        int ipx = ui_font_px(ui, 17);
        draw_text_center(ui->r, FONT_SANS_BOLD, ipx, ui->pal.on_accent, rc.x + pad + (int)r,
                         y + gap + (int)r - font_line_height(FONT_SANS_BOLD, ipx) / 2, initial);
      }
      draw_para(ui->r, &e->name, ui->pal.text, textx, y + gap, (size_t)-1);
      SDL_Color c = ui->pal.text;
      draw_para(ui->r, &e->para, draw_mix(c, ui->pal.dim, 0.25f), textx,
                y + gap + draw_para_height(&e->name), reveal);
    }
    y += h;
  }
  SDL_RenderSetClipRect(ui->r, NULL);
  if (ch)
    draw_choices(L, ui, rc.x + pad, rc.y + rc.h - pad - ch, rc.w - 2 * pad, BUTTON_ANSWER);
}

/* ---- the task card -------------------------------------------------------- */

static int layout_answers(Layout *L, Ui *ui, int x, int y, int w)
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

static void draw_task(Layout *L, Ui *ui, const json_t *panel)
{
  SDL_Rect rc = panel_rect(ui, panel);
  int pad = ui_px(ui, 28);
  draw_round_rect(ui->r, rc, ui_px(ui, 14), ui->pal.panel);
  int x = rc.x + pad, y = rc.y + pad, w = rc.w - 2 * pad;
  int small = ui_font_px(ui, 15), qpx = ui_font_px(ui, 23);
  if (!L->choosing) {
    /* Between two tasks: the card waits, as the platform makes him wait, with
    ** Nuée's drifting dots, still (a still screen costs no CPU). */
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
  const char *kind = t ? str(t, "kind") : NULL;
  char label[160], key[64];
  snprintf(key, sizeof key, "task.%s", kind ? kind : "choice");
  snprintf(label, sizeof label, "%s", ui_text(ui, key));
  draw_text(ui->r, FONT_SANS_BOLD, small, ui->pal.accent, x, y, label);
  if (t && json_is_number(json_object_get(t, "pay"))) {
    char pay[96], money[48], secs[32] = "";
    layout_format(ui, json_object_get(t, "pay"), "int", money, sizeof money);
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
  const char *question = t ? str(t, "question") : L->prompt;
  DrawPara q = { 0 };
  draw_para_layout(&q, question, FONT_SANS_BOLD, qpx, w);
  int qh = draw_para_height(&q);
  int bottom = rc.y + rc.h - pad - answers_h;
  int media_h = bottom - y - qh - ui_px(ui, 40);
  if (kind && strcmp(kind, "image") == 0 && media_h > ui_px(ui, 40)) {
    SDL_Rect img = { x, y, w, media_h };
    const json_t *data = ui->story ? story_data(ui->story, "images", str(t, "image")) : NULL;
    if (!draw_image(ui->r, data, img)) {
      draw_round_rect(ui->r, img, ui_px(ui, 8), ui->pal.raised);
      draw_wrapped(ui->r, FONT_SERIF_ITALIC, ui_font_px(ui, 18), ui->pal.dim, x + pad, y + pad,
                   w - 2 * pad, str(t, "alt"));
    }
    y += media_h + ui_px(ui, 20);
  } else if (kind && strcmp(kind, "text") == 0) {
    SDL_Rect box = { x, y, w, 0 };
    DrawPara p = { 0 };
    draw_para_layout(&p, str(t, "text"), FONT_SERIF_ITALIC, ui_font_px(ui, 22), w - 2 * pad);
    box.h = draw_para_height(&p) + pad;
    draw_round_rect(ui->r, box, ui_px(ui, 8), ui->pal.raised);
    draw_para(ui->r, &p, ui->pal.text, x + pad, y + pad / 2, (size_t)-1);
    draw_para_free(&p);
    y += box.h + ui_px(ui, 20);
  } else if (kind && strcmp(kind, "rank") == 0) {
    int gap = ui_px(ui, 14), bw = (w - gap) / 2, bh = 0;
    const char *ab[2] = { str(t, "a"), str(t, "b") };
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
  layout_answers(L, ui, x, bottom, w);
}

/* ---- bars, headers, tables, notices -------------------------------------- */

static void draw_bar(Layout *L, Ui *ui, const json_t *panel)
{
  SDL_Rect rc = panel_rect(ui, panel);
  draw_rect(ui->r, rc, ui->pal.panel);
  SDL_Rect rule = { rc.x, rc.y + rc.h - 1, rc.w, 1 };
  draw_rect(ui->r, rule, ui->pal.rule);
  int pad = ui_px(ui, 24), small = ui_font_px(ui, 12), big = ui_font_px(ui, 19);
  int left = rc.x + pad;
  /* Texts (brand, title, slogan) from the left; figures on the right, in the
  ** order listed: first pass measures them, second draws. */
  char values[8][128];
  const char *labels[8];
  int widths[8], nvals = 0, total = 0;
  size_t i;
  const json_t *item;
  json_array_foreach(json_object_get(panel, "items"), i, item) {
    const char *style = str(item, "style");
    char value[128];
    const char *bind = str(item, "bind");
    if (bind && !json_object_get(L->binds, bind) && json_is_true(json_object_get(item, "optional")))
      continue;
    if (bind)
      layout_format(ui, json_object_get(L->binds, bind), str(item, "format"), value, sizeof value);
    else if (str(item, "ui"))
      snprintf(value, sizeof value, "%s", ui_text(ui, str(item, "ui")));
    else
      snprintf(value, sizeof value, "%s", str(item, "text") ? str(item, "text") : "");
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
    const char *label = str(item, "label");
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
    x = right + 2 * pad;
  }
}

static void draw_header(Layout *L, Ui *ui, const json_t *panel)
{
  SDL_Rect rc = panel_rect(ui, panel);
  draw_rect(ui->r, rc, ui->pal.panel);
  SDL_Rect rule = { rc.x, rc.y + rc.h - 1, rc.w, 1 };
  draw_rect(ui->r, rule, ui->pal.rule);
  int pad = ui_px(ui, 28), px = ui_font_px(ui, 17), y = rc.y + pad;
  size_t i;
  const json_t *f;
  json_array_foreach(json_object_get(panel, "fields"), i, f) {
    char value[256];
    layout_format(ui, json_object_get(L->binds, str(f, "bind") ? str(f, "bind") : ""), NULL, value,
                  sizeof value);
    bool title = str(f, "style") && strcmp(str(f, "style"), "title") == 0;
    if (title) {
      y += ui_px(ui, 6);
      y += draw_wrapped(ui->r, FONT_SANS_BOLD, ui_font_px(ui, 24), ui->pal.text, rc.x + pad, y,
                        rc.w - 2 * pad, value);
      continue;
    }
    int lw = draw_text(ui->r, FONT_SANS, px, ui->pal.dim, rc.x + pad, y,
                       ui_text(ui, str(f, "label") ? str(f, "label") : ""));
    draw_text(ui->r, FONT_SANS, px, ui->pal.text, rc.x + pad + lw + ui_px(ui, 10), y, value);
    y += font_line_height(FONT_SANS, px) + ui_px(ui, 4);
  }
}

static void draw_rows(Layout *L, Ui *ui, const json_t *panel)
{
  SDL_Rect rc = panel_rect(ui, panel);
  draw_round_rect(ui->r, rc, ui_px(ui, 12), ui->pal.panel);
  int pad = ui_px(ui, 24), px = ui_font_px(ui, 18), big = ui_font_px(ui, 30);
  const json_t *rows = json_object_get(L->binds, str(panel, "bind") ? str(panel, "bind") : "rows");
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
    layout_format(ui, value, NULL, v, sizeof v);
    int vw = font_width(FONT_MONO, big, v, strlen(v));
    if (vw > widest)
      widest = vw;
  }
  int cols = n >= 4 ? 2 : (int)n;
  while (cols > 1 && widest > (rc.w - pad) / cols - pad)
    cols--;
  int cw = (rc.w - pad) / cols;
  while (big > ui_font_px(ui, 14) && widest > cw - pad) {
    widest = widest * (big - 2) / big;
    big -= 2;
  }
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
    layout_format(ui, value, NULL, v, sizeof v);
    draw_text(ui->r, FONT_SANS, px, ui->pal.dim, cx, cy, json_string_value(label));
    draw_text(ui->r, FONT_MONO, big, ui->pal.text, cx, cy + font_line_height(FONT_SANS, px), v);
  }
}

static void draw_notice(Layout *L, Ui *ui, const json_t *panel)
{
  const json_t *v = json_object_get(L->binds, str(panel, "bind") ? str(panel, "bind") : "notice");
  if (!json_is_string(v) || !*json_string_value(v))
    return;
  SDL_Rect rc = panel_rect(ui, panel);
  bool alert = str(panel, "style") && strcmp(str(panel, "style"), "alert") == 0;
  SDL_Color edge = alert ? ui->pal.error : ui->pal.accent;
  int pad = ui_px(ui, 18);
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

static void draw_sidebar(Layout *L, Ui *ui, const json_t *panel)
{
  SDL_Rect rc = panel_rect(ui, panel);
  draw_rect(ui->r, rc, ui->pal.raised);
  int pad = ui_px(ui, 22), px = ui_font_px(ui, 17), y = rc.y + pad;
  /* The title is an interface key (translated), or a name as it is. */
  const char *title = str(panel, "ui") ? ui_text(ui, str(panel, "ui")) : str(panel, "title");
  if (title) {
    draw_text(ui->r, FONT_SANS_BOLD, ui_font_px(ui, 20), ui->pal.accent, rc.x + pad, y, title);
    y += font_line_height(FONT_SANS_BOLD, ui_font_px(ui, 20)) + pad;
  }
  /* What it shows is what the layout names: the bindings `channel` (the one
  ** selected) and `people` (a list) say which. */
  const json_t *chan =
      str(panel, "channel") ? json_object_get(L->binds, str(panel, "channel")) : NULL;
  char channel[128];
  layout_format(ui, chan, NULL, channel, sizeof channel);
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
      str(panel, "people") ? json_object_get(L->binds, str(panel, "people")) : NULL;
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

/* ---- the whole screen ----------------------------------------------------- */

void layout_draw(Layout *L, Ui *ui, Uint32 now)
{
  const json_t *lay = ui->story ? story_data(ui->story, "layouts", L->name) : NULL;
  if (!lay && ui->story)
    lay = story_data(ui->story, "layouts", "page");
  const char *mood = lay ? str(lay, "mood") : NULL;
  ui_set_mood(ui, !mood || strcmp(mood, "side") == 0 ? L->side : mood);
  draw_rect(ui->r, (SDL_Rect){ 0, 0, ui->w, ui->h }, ui->pal.bg);
  const json_t *panels = lay ? json_object_get(lay, "panels") : NULL;
  /* Which panel takes the choices: a task goes to the task card, a plain choice
  ** to the panel marked `choices`, and either to the other if that is all. */
  const json_t *task_panel = NULL, *choice_panel = NULL, *panel;
  size_t i;
  json_array_foreach(panels, i, panel) {
    const char *kind = str(panel, "kind");
    if (kind && strcmp(kind, "task") == 0)
      task_panel = panel;
    if (json_is_true(json_object_get(panel, "choices")))
      choice_panel = panel;
  }
  const json_t *takes = L->task ? (task_panel ? task_panel : choice_panel)
                                : (choice_panel ? choice_panel : task_panel);
  if (!json_array_size(panels)) {
    json_t *dflt = json_pack("{s:s, s:b, s:f}", "kind", "lines", "choices", 1, "column", 30.0);
    if (!ui->hide)
      draw_lines(L, ui, dflt, true, now);
    json_decref(dflt);
    return;
  }
  json_array_foreach(panels, i, panel) {
    const char *kind = str(panel, "kind");
    if (!kind)
      continue;
    bool here = panel == takes;
    if (ui->hide && strcmp(kind, "bar") != 0 && strcmp(kind, "sidebar") != 0)
      continue;
    if (strcmp(kind, "lines") == 0)
      draw_lines(L, ui, panel, here, now);
    else if (strcmp(kind, "messages") == 0)
      draw_messages(L, ui, panel, here, now);
    else if (strcmp(kind, "task") == 0) {
      if (here)
        draw_task(L, ui, panel);
      else {
        bool was = L->choosing;
        L->choosing = false; /* draw the waiting card */
        draw_task(L, ui, panel);
        L->choosing = was;
      }
    } else if (strcmp(kind, "bar") == 0)
      draw_bar(L, ui, panel);
    else if (strcmp(kind, "header") == 0)
      draw_header(L, ui, panel);
    else if (strcmp(kind, "rows") == 0)
      draw_rows(L, ui, panel);
    else if (strcmp(kind, "notice") == 0)
      draw_notice(L, ui, panel);
    else if (strcmp(kind, "sidebar") == 0)
      draw_sidebar(L, ui, panel);
  }
}
