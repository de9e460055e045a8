/*
** ui: the shared drawing context, the palettes of the moods and the buttons.
** Buttons are registered while they are drawn, so what the reader sees is
** exactly what a click or a key reaches; the focus is an index into that list.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"
#include "vfs.h"

typedef struct MoodEntry {
  char name[32];
  Palette pal;
  json_t *speakers; /* owned: name -> "#rrggbb" */
} MoodEntry;

static MoodEntry moods[8];
static int nmoods;

/* Used when a palette file is missing: the title's ink and paper. */
static Palette builtin_palette(void)
{
  Palette p;
  SDL_Color z = { 0, 0, 0, 255 };
  p.bg = draw_color("#15171c", z);
  p.panel = draw_color("#1e2128", z);
  p.raised = draw_color("#2a2e37", z);
  p.text = draw_color("#ece6da", z);
  p.dim = draw_color("#a39d92", z);
  p.accent = draw_color("#d9a05b", z);
  p.on_accent = draw_color("#15171c", z);
  p.focus = draw_color("#f0c27f", z);
  p.rule = draw_color("#343845", z);
  p.error = draw_color("#f06a62", z);
  p.brand = p.accent;
  p.ok = draw_color("#3fb27f", z);
  p.warn = draw_color("#f2c94c", z);
  return p;
}

static Palette load_palette(const char *mood, json_t **speakers)
{
  Palette p = builtin_palette();
  *speakers = NULL;
  char path[96];
  snprintf(path, sizeof path, "assets/palettes/%s.json", mood);
  char *src = vfs_read(path, NULL);
  json_t *o = src ? json_loads(src, 0, NULL) : NULL;
  free(src);
  if (!o)
    return p;
#define FIELD(name) p.name = draw_color(json_string_value(json_object_get(o, #name)), p.name)
  FIELD(bg);
  FIELD(panel);
  FIELD(raised);
  FIELD(text);
  FIELD(dim);
  FIELD(accent);
  FIELD(on_accent);
  FIELD(focus);
  FIELD(rule);
  FIELD(error);
  p.brand = p.accent;
  FIELD(brand);
  FIELD(ok);
  FIELD(warn);
#undef FIELD
  if (json_is_object(json_object_get(o, "speakers")))
    *speakers = json_incref(json_object_get(o, "speakers"));
  json_decref(o);
  return p;
}

void ui_init(Ui *ui, SDL_Renderer *r, Story *story)
{
  memset(ui, 0, sizeof *ui);
  ui->r = r;
  ui->story = story;
  ui->text_scale = 1.0f;
  ui->focus = -1;
  ui->pal = builtin_palette();
  for (int i = 0; i < nmoods; i++)
    json_decref(moods[i].speakers);
  nmoods = 0;
  ui_resize(ui, 1280, 720);
}

void ui_resize(Ui *ui, int w, int h)
{
  ui->w = w > 1 ? w : 1;
  ui->h = h > 1 ? h : 1;
  /* Fit the 1280x720 design in the window; a tall, narrow window keeps a
  ** readable size (its page is a narrower column, not smaller letters). */
  float s = fminf(ui->w / 1280.0f, ui->h / 720.0f);
  float floor_s = fminf(ui->w / 640.0f, ui->h / 720.0f) * 0.8f;
  ui->s = fmaxf(s, fminf(floor_s, 1.0f));
  if (ui->s < 0.35f)
    ui->s = 0.35f;
}

int ui_px(const Ui *ui, float units)
{
  return (int)lroundf(units * ui->s);
}

int ui_font_px(const Ui *ui, float units)
{
  /* Never under UI_MIN_TEXT_PX, however small the window: a label that the
  ** window's scale would set at 8 px stays readable. */
  int px = (int)lroundf(units * ui->s * ui->text_scale);
  return px > UI_MIN_TEXT_PX ? px : UI_MIN_TEXT_PX;
}

void ui_set_mood(Ui *ui, const char *mood)
{
  if (!mood || !*mood)
    mood = "title";
  if (ui->contrast)
    mood = "contrast";
  if (strcmp(ui->mood, mood) == 0)
    return;
  snprintf(ui->mood, sizeof ui->mood, "%s", mood);
  for (int i = 0; i < nmoods; i++) {
    if (strcmp(moods[i].name, mood) == 0) {
      ui->pal = moods[i].pal;
      ui->speakers = moods[i].speakers;
      return;
    }
  }
  json_t *speakers;
  ui->pal = load_palette(mood, &speakers);
  ui->speakers = NULL;
  if (nmoods < (int)(sizeof moods / sizeof moods[0])) {
    snprintf(moods[nmoods].name, sizeof moods[nmoods].name, "%s", mood);
    moods[nmoods].pal = ui->pal;
    moods[nmoods++].speakers = speakers;
    ui->speakers = speakers;
  } else {
    json_decref(speakers);
  }
}

void ui_set_contrast(Ui *ui, bool on)
{
  ui->contrast = on;
  ui->mood[0] = '\0'; /* the next ui_set_mood() loads it */
}

SDL_Color ui_speaker_color(const Ui *ui, const char *who, SDL_Color dflt)
{
  const char *c =
      who && ui->speakers ? json_string_value(json_object_get(ui->speakers, who)) : NULL;
  return c ? draw_color(c, dflt) : dflt;
}

void ui_begin(Ui *ui)
{
  /* What the focus was on, for a screen whose buttons move (the chapter
  ** select): ui_begin() twice in a frame keeps it. */
  if (ui->nbuttons > 0 || ui->focus < 0)
    ui->was = ui_focused(ui);
  ui->nbuttons = 0;
}

/* Registers a button and draws its body; returns its index, and in *fg the
** colour its label takes (focused or not). */
static int button_body(Ui *ui, SDL_Rect rc, const char *label, Action act, ButtonStyle style,
                       SDL_Color *fg)
{
  int index = ui->nbuttons;
  if (index < UI_MAX_BUTTONS) {
    UiButton *b = &ui->buttons[index];
    b->rc = rc;
    b->act = act;
    ui->nbuttons++;
    ui_label(ui, index, label, NULL);
  }
  draw_trace_box(rc);
  bool focused = index == ui->focus;
  const Palette *p = &ui->pal;
  *fg = p->text;
  switch (style) {
  case BUTTON_MENU:
    if (focused) {
      draw_round_rect(ui->r, rc, ui_px(ui, 6), draw_fade(p->accent, 40));
      SDL_Rect bar = { rc.x, rc.y + ui_px(ui, 6), ui_px(ui, 4), rc.h - ui_px(ui, 12) };
      draw_rect(ui->r, bar, p->accent);
      *fg = p->focus;
    }
    break;
  case BUTTON_CHOICE:
    draw_round_rect(ui->r, rc, ui_px(ui, 8), focused ? p->accent : p->raised);
    if (focused)
      *fg = p->on_accent;
    break;
  case BUTTON_ANSWER:
    draw_round_rect(ui->r, rc, rc.h / 2, focused ? p->accent : p->raised);
    if (!focused)
      draw_frame(ui->r, rc, rc.h / 2, ui_px(ui, 1) > 0 ? ui_px(ui, 1) : 1, p->rule);
    if (focused)
      *fg = p->on_accent;
    break;
  case BUTTON_SMALL:
    draw_round_rect(ui->r, rc, ui_px(ui, 6), focused ? p->accent : p->raised);
    if (focused)
      *fg = p->on_accent;
    break;
  case BUTTON_QUIET:
    if (focused)
      draw_round_rect(ui->r, rc, ui_px(ui, 6), p->raised);
    break;
  }
  if (focused && ui->keyboard) {
    int t = ui_px(ui, 2) > 1 ? ui_px(ui, 2) : 1;
    SDL_Rect ring = { rc.x - 2 * t, rc.y - 2 * t, rc.w + 4 * t, rc.h + 4 * t };
    draw_frame(ui->r, ring, style == BUTTON_ANSWER ? ring.h / 2 : ui_px(ui, 10), t, p->focus);
  }
  return index;
}

int ui_button_para(Ui *ui, SDL_Rect rc, const DrawPara *label, Action act, ButtonStyle style)
{
  SDL_Color fg;
  int index = button_body(ui, rc, label ? label->text : NULL, act, style, &fg);
  if (label) {
    int tx = rc.x + ui_px(ui, 16) + (style == BUTTON_MENU ? ui_px(ui, 8) : 0);
    draw_para(ui->r, label, fg, tx, rc.y + (rc.h - draw_para_height(label)) / 2, (size_t)-1);
  }
  return index;
}

int ui_button(Ui *ui, SDL_Rect rc, const char *label, Action act, ButtonStyle style)
{
  FontFace face = FONT_SANS;
  int px = ui_font_px(ui, style == BUTTON_SMALL ? 16 : 20);
  if (label && (style == BUTTON_ANSWER || style == BUTTON_SMALL)) {
    SDL_Color fg;
    int index = button_body(ui, rc, label, act, style, &fg);
    int lh = font_line_height(face, px);
    draw_text_center(ui->r, face, px, fg, rc.x + rc.w / 2, rc.y + (rc.h - lh) / 2, label);
    return index;
  }
  DrawPara para = { 0 };
  int pad = ui_px(ui, 16) + (style == BUTTON_MENU ? ui_px(ui, 8) : 0);
  if (label)
    draw_para_layout(&para, label, face, px, rc.w - 2 * pad);
  int index = ui_button_para(ui, rc, label ? &para : NULL, act, style);
  draw_para_free(&para);
  return index;
}

/* Cuts s where it is cut at a character's start (snprintf may cut inside one). */
static void utf8_trim(char *s, size_t size)
{
  size_t n = strlen(s);
  if (n + 1 < size)
    return;
  while (n > 0 && ((unsigned char)s[n - 1] & 0xC0) == 0x80)
    n--;
  if (n > 0 && ((unsigned char)s[n - 1] & 0x80))
    n--; /* the cut character's first byte */
  s[n] = '\0';
}

void ui_label(Ui *ui, int index, const char *label, const char *more)
{
  if (index < 0 || index >= ui->nbuttons)
    return;
  UiButton *b = &ui->buttons[index];
  snprintf(b->label, sizeof b->label, "%s%s%s", label ? label : "", more && *more ? ", " : "",
           more && *more ? more : "");
  utf8_trim(b->label, sizeof b->label);
}

void ui_focus_move(Ui *ui, int d)
{
  ui->keyboard = true;
  if (ui->nbuttons == 0) {
    ui->focus = -1;
    return;
  }
  if (ui->focus < 0 || ui->focus >= ui->nbuttons)
    ui->focus = d > 0 ? 0 : ui->nbuttons - 1;
  else
    ui->focus = (ui->focus + d + ui->nbuttons) % ui->nbuttons;
}

static int button_at(const Ui *ui, int x, int y)
{
  SDL_Point pt = { x, y };
  for (int i = ui->nbuttons - 1; i >= 0; i--)
    if (SDL_PointInRect(&pt, &ui->buttons[i].rc))
      return i;
  return -1;
}

bool ui_hover(Ui *ui, int x, int y)
{
  int i = button_at(ui, x, y);
  if (i < 0) {
    /* Off every button: a keyboard focus stays, a hover goes. */
    if (ui->keyboard || ui->focus < 0)
      return false;
    ui->focus = -1;
    return true;
  }
  bool changed = i != ui->focus || ui->keyboard;
  ui->focus = i;
  ui->keyboard = false;
  return changed;
}

Action ui_hit(const Ui *ui, int x, int y)
{
  int i = button_at(ui, x, y);
  Action none = { ACT_NONE, 0 };
  return i >= 0 ? ui->buttons[i].act : none;
}

Action ui_focused(const Ui *ui)
{
  Action none = { ACT_NONE, 0 };
  if (ui->focus < 0 || ui->focus >= ui->nbuttons)
    return none;
  return ui->buttons[ui->focus].act;
}

const char *ui_focused_label(const Ui *ui)
{
  if (ui->focus < 0 || ui->focus >= ui->nbuttons)
    return "";
  return ui->buttons[ui->focus].label;
}

void ui_reset_focus(Ui *ui)
{
  ui->focus = -1;
  ui->keyboard = false;
}

const char *ui_text(const Ui *ui, const char *key)
{
  const char *s = ui->story ? story_ui(ui->story, key) : NULL;
  return s ? s : key;
}
