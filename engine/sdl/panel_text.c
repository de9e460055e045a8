/*
** panel_text: the panels of text: `lines`, the novel page (a column that turns
** like a book's page, the choice below the last line), and `messages`, a chat
** or a feed (the newest at the bottom, avatars, the answers under them).
*/
#include <stdio.h>
#include <string.h>

#include "panel.h"

/* ---- choices -------------------------------------------------------------- */

/* Lays out the prompt and the options for a column of width w (a no-op while
** nothing changed) and returns the height they take. The options are set in
** `face` (the panel's, for BUTTON_CHOICE), or in Inter for the other styles. */
static int choices_layout(Layout *L, Ui *ui, int w, ButtonStyle style, FontFace face)
{
  if (!L->choosing)
    return 0;
  if (style != BUTTON_CHOICE)
    face = FONT_SANS;
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

static void draw_choices(Layout *L, Ui *ui, int x, int y, int w, ButtonStyle style, FontFace face)
{
  choices_layout(L, ui, w, style, face);
  if (L->prompt) {
    draw_para(ui->r, &L->prompt_para, ui->pal.dim, x, y, (size_t)-1);
    y += draw_para_height(&L->prompt_para) + ui_px(ui, 12);
  }
  for (int i = 0; i < L->noptions; i++) {
    int bh = draw_para_height(&L->opt_para[i]) + 2 * ui_px(ui, 12);
    SDL_Rect rc = { x, y, w, bh };
    Action act = { ACT_CHOICE, i };
    /* An answer on one line is centred in its pill; one that wraps (a
    ** narrow window, a larger text) is drawn as laid out, not on one line
    ** past the pill's ends. */
    if (style == BUTTON_CHOICE || L->opt_para[i].nlines > 1)
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

/* A note, or in class a discussion stop or a passage's summary: set apart. */
static bool aside(const Entry *e)
{
  return strcmp(e->style, "note") == 0 || strcmp(e->style, "discuss") == 0
      || strcmp(e->style, "summary") == 0;
}

/* body: the face of the lines; narr: the face of narration (the mail's
** narration in the book's serif, its body in Inter). */
static void entry_layout(Entry *e, Ui *ui, FontFace body, FontFace narr, int px, int w)
{
  FontFace face = e->speaker ? body : narr;
  if (aside(e) || strcmp(e->style, "choice") == 0)
    face = face == FONT_SERIF ? FONT_SERIF_ITALIC : face;
  draw_para_layout(&e->para, e->text, face, px, w);
  if (e->other) /* the other language, smaller, under it */
    draw_para_layout(&e->opara, e->other, FONT_SANS, px * 2 / 3, w);
  if (e->speaker)
    draw_para_layout(&e->name, e->speaker, FONT_SANS_BOLD, ui_font_px(ui, 15), w);
}

static int entry_height(const Entry *e, Ui *ui)
{
  int h = draw_para_height(&e->para);
  if (e->other)
    h += draw_para_height(&e->opara) + ui_px(ui, 3);
  if (e->speaker && !e->grouped)
    h += draw_para_height(&e->name) + ui_px(ui, 2);
  return h + ui_px(ui, 14);
}

/* Marks the lines that follow one from the same speaker: a speech goes on
** under one name (a mail's paragraphs, a monologue), as a chat groups them. */
static void group_entries(Layout *L)
{
  for (int i = 0; i < L->nlog; i++) {
    Entry *e = &L->log[i], *b = i > 0 ? &L->log[i - 1] : NULL;
    e->grouped = e->speaker && b && b->speaker && strcmp(e->speaker, b->speaker) == 0;
  }
}

/* Does the panel's `only` ("speech": lines with a speaker; "other": the
** rest) let entry e in? */
static bool shown_here(const json_t *panel, const Entry *e)
{
  const char *only = panel_str(panel, "only");
  if (!only)
    return true;
  return strcmp(only, "speech") == 0 ? e->speaker != NULL : e->speaker == NULL;
}

static void entry_draw(Entry *e, Ui *ui, int x, int y, size_t reveal)
{
  SDL_Color c = ui->pal.text;
  if (aside(e))
    c = ui->pal.dim;
  if (strcmp(e->style, "choice") == 0)
    c = ui->pal.accent;
  if (e->speaker && !e->grouped) {
    draw_para(ui->r, &e->name, ui_speaker_color(ui, e->speaker, ui->pal.accent), x, y, (size_t)-1);
    y += draw_para_height(&e->name) + ui_px(ui, 2);
  }
  if (strcmp(e->style, "choice") == 0) {
    /* The reader's own choice: a rule in the margin, like a pencil mark. */
    SDL_Rect bar = { x - ui_px(ui, 14), y + ui_px(ui, 4), ui_px(ui, 3),
                     draw_para_height(&e->para) - ui_px(ui, 8) };
    draw_rect(ui->r, bar, draw_fade(ui->pal.accent, 160));
  }
  draw_para(ui->r, &e->para, c, x, y, reveal);
  if (e->other && reveal == (size_t)-1)
    draw_para(ui->r, &e->opara, ui->pal.dim, x, y + draw_para_height(&e->para) + ui_px(ui, 3),
              (size_t)-1);
}

/* A lines panel that shows only some lines (`only`): the last of them that
** fit, and under them the choice if it is this panel's; no page to turn, so
** a mail's body stays on screen while its reply is chosen beside it. */
static void lines_only(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now, int x,
                       int top, int colw, int avail, FontFace face)
{
  FontFace option_face = face == FONT_SERIF ? FONT_SERIF : FONT_SANS;
  bool typing = layout_typing(L, now);
  int ch = choices && !typing ? choices_layout(L, ui, colw, BUTTON_CHOICE, option_face) : 0;
  int total = ch, first = L->nlog;
  while (first > 0) {
    const Entry *e = &L->log[first - 1];
    int h = shown_here(panel, e) ? entry_height(e, ui) : 0;
    if (total + h > avail && total > ch)
      break;
    total += h;
    first--;
  }
  int y = top;
  bool quote = json_is_true(json_object_get(panel, "quote"));
  const char *lead = NULL; /* the speaker of the first group: the mail's own text */
  for (int i = first; i < L->nlog; i++) {
    Entry *e = &L->log[i];
    if (!shown_here(panel, e))
      continue;
    size_t reveal = i == L->nlog - 1 ? layout_revealed(L, now) : (size_t)-1;
    if (!lead && e->speaker)
      lead = e->speaker;
    bool quoted = quote && e->speaker && lead && strcmp(e->speaker, lead) != 0;
    int h = entry_height(e, ui);
    if (quoted) { /* an earlier message of the thread, under a rule, as mail quotes it */
      draw_rect(ui->r, (SDL_Rect){ x, y, ui_px(ui, 3), h - ui_px(ui, 10) }, ui->pal.rule);
      entry_draw(e, ui, x + ui_px(ui, 14), y, reveal);
    } else {
      entry_draw(e, ui, x, y, reveal);
    }
    y += h;
  }
  if (ch)
    draw_choices(L, ui, x, y + ui_px(ui, 6), colw, BUTTON_CHOICE, option_face);
}

void panel_lines(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  SDL_Rect rc = panel_rect(ui, panel);
  FontFace face = panel_face(panel, FONT_SERIF);
  int px = ui_font_px(ui, (float)panel_num(panel, "size", 26));
  int margin = ui_px(ui, (float)panel_num(panel, "margin", 48));
  int colw = rc.w - 2 * margin;
  double column = panel_num(panel, "column", 0);
  if (column > 0 && colw > (int)(column * px))
    colw = (int)(column * px);
  if (colw < 40)
    colw = 40;
  int x = rc.x + (rc.w - colw) / 2, top = rc.y + margin, avail = rc.h - 2 * margin;
  if (json_is_true(json_object_get(panel, "box"))) {
    SDL_Rect box = { rc.x + margin / 2, rc.y + margin / 2, rc.w - margin, rc.h - margin };
    draw_round_rect(ui->r, box, ui_px(ui, 10), ui->pal.panel);
  }
  const char *nf = panel_str(panel, "narration");
  FontFace narr = nf ? (strcmp(nf, "serif") == 0 ? FONT_SERIF : FONT_SANS) : face;
  group_entries(L);
  for (int i = 0; i < L->nlog; i++)
    entry_layout(&L->log[i], ui, face, narr, px, colw);
  if (panel_str(panel, "only")) {
    lines_only(L, ui, panel, choices, now, x, top, colw, avail, face);
    return;
  }
  /* The options in the page's serif, or in Inter beside a sans or mono text. */
  FontFace option_face = face == FONT_SERIF ? FONT_SERIF : FONT_SANS;
  bool typing = layout_typing(L, now);
  int ch = choices && !typing ? choices_layout(L, ui, colw, BUTTON_CHOICE, option_face) : 0;
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
    /* The running head of a book: which chapter this is, small and quiet,
    ** in the palette's secondary ink (4.5:1 at least, tests/tools/contrast.py). */
    char head[160];
    snprintf(head, sizeof head, "%s %d · %s", ui_text(ui, "card.chapter"), L->chapter,
             L->chapter_title);
    int hpx = ui_font_px(ui, 13);
    draw_text_center(ui->r, FONT_SANS, hpx, ui->pal.dim, rc.x + rc.w / 2,
                     rc.y + (margin - font_line_height(FONT_SANS, hpx)) / 2, head);
  }
  SDL_Rect clip = { rc.x, rc.y, rc.w, rc.h };
  SDL_RenderSetClipRect(ui->r, &clip);
  int y = top;
  for (int i = L->page_start; i < L->nlog; i++) {
    Entry *e = &L->log[i];
    size_t reveal = i == L->nlog - 1 ? layout_revealed(L, now) : (size_t)-1;
    entry_draw(e, ui, x, y, reveal);
    y += entry_height(e, ui);
  }
  if (ch) {
    draw_choices(L, ui, x, y + ui_px(ui, 6), colw, BUTTON_CHOICE, option_face);
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
}

/* ---- messages: the chat, the platform's feed ------------------------------ */

/* Does message i follow one from the same speaker at the same time (a group,
** in a chat)? A message posted later starts a group of its own, under its time. */
static bool follows(const Layout *L, int i)
{
  const Entry *e = &L->log[i], *b = i > 0 ? &L->log[i - 1] : NULL;
  return e->speaker && b && b->speaker && strcmp(e->speaker, b->speaker) == 0
      && strcmp(e->stamp, b->stamp) == 0;
}

/* The height message i takes (laid out already). */
static int message_height(const Layout *L, int i, int gap)
{
  const Entry *e = &L->log[i];
  if (follows(L, i))
    return draw_para_height(&e->para) + gap / 3 + gap / 2;
  return draw_para_height(&e->para) + (e->speaker ? draw_para_height(&e->name) : 0) + 2 * gap;
}

void panel_messages(Layout *L, Ui *ui, const json_t *panel, bool choices, Uint32 now)
{
  SDL_Rect rc = panel_rect(ui, panel);
  int px = ui_font_px(ui, (float)panel_num(panel, "size", 19));
  int pad = ui_px(ui, 24), avatar = ui_px(ui, 36), gap = ui_px(ui, 12);
  bool compact = json_is_true(json_object_get(panel, "compact"));
  if (compact)
    avatar = 0;
  int textx = rc.x + pad + (avatar ? avatar + gap : 0);
  int textw = rc.w - 2 * pad - (avatar ? avatar + gap : 0);
  if (textw < 40)
    textw = 40;
  bool typing = layout_typing(L, now);
  int ch = choices && !typing ? choices_layout(L, ui, rc.w - 2 * pad, BUTTON_ANSWER, FONT_SANS) : 0;
  /* A chat's composer line at the foot while no answer is offered (the
  ** answers take its place: they are what the reader would type). */
  const char *composer = panel_str(panel, "composer");
  int comp_h = composer && !ch ? font_line_height(FONT_SANS, px) + ui_px(ui, 20) : 0;
  int bottom = rc.y + rc.h - pad - ch - (comp_h ? comp_h + gap : 0);
  int y = bottom, first = L->nlog;
  /* From the newest message up, as many as the panel holds. A message from
  ** the one who spoke just before joins theirs: no name, no avatar again. */
  while (first > 0) {
    Entry *e = &L->log[first - 1];
    bool aside = !e->speaker;
    FontFace nface = compact && strcmp(e->style, "note") != 0 ? FONT_SERIF : FONT_SERIF_ITALIC;
    draw_para_layout(&e->para, e->text, aside ? nface : FONT_SANS,
                     aside && compact ? px + px / 8 : px, aside ? rc.w - 2 * pad : textw);
    if (e->speaker)
      draw_para_layout(&e->name, e->speaker, FONT_SANS_BOLD, px, textw);
    int h = message_height(L, first - 1, gap);
    if (y - h < rc.y + pad && first < L->nlog)
      break;
    y -= h;
    first--;
  }
  SDL_RenderSetClipRect(ui->r, &rc);
  for (int i = first; i < L->nlog; i++) {
    Entry *e = &L->log[i];
    size_t reveal = i == L->nlog - 1 ? layout_revealed(L, now) : (size_t)-1;
    int h = message_height(L, i, gap);
    if (e->speaker && follows(L, i)) {
      draw_para(ui->r, &e->para, draw_mix(ui->pal.text, ui->pal.dim, 0.25f), textx, y + gap / 3,
                reveal);
    } else if (!e->speaker) {
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
        tint = ui_speaker_color(ui, e->speaker, tint); /* the story's colour for them */
        float r = avatar / 2.0f;
        draw_circle(ui->r, rc.x + pad + r, y + gap + r, r, tint);
        char initial[8] = { 0 };
        const char *p = e->speaker;
        text_utf8_next(&p);
        memcpy(initial, e->speaker, (size_t)(p - e->speaker) < 7 ? (size_t)(p - e->speaker) : 7);
        int ipx = ui_font_px(ui, 17);
        /* the initial in whichever ink reads on its disc (a pale disc in
        ** the office takes the dark ink) */
        SDL_Color ink = draw_ink_on(tint, ui->pal.on_accent, ui->pal.text);
        draw_text_center(ui->r, FONT_SANS_BOLD, ipx, ink, rc.x + pad + (int)r,
                         y + gap + (int)r - font_line_height(FONT_SANS_BOLD, ipx) / 2, initial);
      }
      draw_para(ui->r, &e->name, ui_speaker_color(ui, e->speaker, ui->pal.text), textx, y + gap,
                (size_t)-1);
      if (e->stamp[0] && json_is_true(json_object_get(panel, "time"))) {
        /* the time beside the name, small and grey, as a chat shows it */
        int spx = ui_font_px(ui, 13), nw = 0;
        for (int k = 0; k < e->name.nlines; k++) {
          int lw = font_width(FONT_SANS_BOLD, px, e->speaker + e->name.lines[k].start,
                              e->name.lines[k].len);
          nw = lw > nw ? lw : nw;
        }
        draw_text(
            ui->r, FONT_SANS, spx, ui->pal.dim, textx + nw + ui_px(ui, 10),
            y + gap + (font_line_height(FONT_SANS_BOLD, px) - font_line_height(FONT_SANS, spx)) / 2
                + ui_px(ui, 1),
            e->stamp);
      }
      SDL_Color c = ui->pal.text;
      draw_para(ui->r, &e->para, draw_mix(c, ui->pal.dim, 0.25f), textx,
                y + gap + draw_para_height(&e->name), reveal);
    }
    y += h;
  }
  SDL_RenderSetClipRect(ui->r, NULL);
  if (comp_h) {
    SDL_Rect box = { rc.x + pad, rc.y + rc.h - pad - comp_h, rc.w - 2 * pad, comp_h };
    draw_round_rect(ui->r, box, ui_px(ui, 8), ui->pal.panel);
    draw_frame(ui->r, box, ui_px(ui, 8), 1, ui->pal.rule);
    draw_text(ui->r, FONT_SANS, px, ui->pal.dim, box.x + ui_px(ui, 14),
              box.y + (comp_h - font_line_height(FONT_SANS, px)) / 2, ui_text(ui, composer));
  }
  if (ch)
    draw_choices(L, ui, rc.x + pad, rc.y + rc.h - pad - ch, rc.w - 2 * pad, BUTTON_ANSWER,
                 FONT_SANS);
}
