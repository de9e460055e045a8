/*
** layout: the page's model (the lines said on a screen, its bindings, the
** pending choice, the typewriter) and the whole screen, drawn from the layout
** table the core hands over as JSON, each panel by its kind's painter (panel.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_impl.h"
#include "panel.h"

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
  free(e->other);
  draw_para_free(&e->para);
  draw_para_free(&e->name);
  draw_para_free(&e->opara);
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

static void add_entry(Layout *L, const StoryLine *line, char *other)
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
  e->other = other;
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
      add_entry(L, line, page->other ? page->other(page->src, i) : NULL);
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
    draw_para_free(&L->log[i].opara);
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

size_t layout_revealed(const Layout *L, Uint32 now)
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

Uint32 layout_read_ms(const Layout *L, int pace)
{
  return 1200 + (Uint32)newest_chars(L) * (Uint32)pace;
}

/* ---- the whole screen ----------------------------------------------------- */

void layout_draw(Layout *L, Ui *ui, Uint32 now)
{
  const json_t *lay = ui->story ? story_data(ui->story, "layouts", L->name) : NULL;
  if (!lay && ui->story)
    lay = story_data(ui->story, "layouts", "page");
  const char *mood = lay ? panel_str(lay, "mood") : NULL;
  ui_set_mood(ui, !mood || strcmp(mood, "side") == 0 ? L->side : mood);
  draw_rect(ui->r, (SDL_Rect){ 0, 0, ui->w, ui->h }, ui->pal.bg);
  const json_t *panels = lay ? json_object_get(lay, "panels") : NULL;
  /* Which panel takes the choices: a task goes to the task card, a plain choice
  ** to the panel marked `choices`, and either to the other if that is all. */
  const json_t *task_panel = NULL, *choice_panel = NULL, *panel;
  size_t i;
  json_array_foreach(panels, i, panel) {
    const char *kind = panel_str(panel, "kind");
    if (kind && strcmp(kind, "task") == 0)
      task_panel = panel;
    if (json_is_true(json_object_get(panel, "choices")))
      choice_panel = panel;
  }
  const json_t *takes = L->task ? (task_panel ? task_panel : choice_panel)
                                : (choice_panel ? choice_panel : task_panel);
  bool narrow = layout_narrow(ui);
  if (!json_array_size(panels)) {
    json_t *dflt = json_pack("{s:s, s:b, s:f}", "kind", "lines", "choices", 1, "column", 30.0);
    if (!ui->hide)
      panel_lines(L, ui, dflt, true, now);
    json_decref(dflt);
    return;
  }
  json_array_foreach(panels, i, panel) {
    const PanelKind *kind = panel_kind(panel_str(panel, "kind"));
    if (!kind || (ui->hide && !kind->when_hidden))
      continue;
    /* In a narrow window, the panel at its `narrow` place: a copy of it
    ** (its keys shared) whose rect is that one. */
    json_t *stacked = NULL, *place = json_object_get(panel, "narrow");
    if (narrow && json_array_size(place) == 4 && (stacked = json_copy((json_t *)panel)))
      json_object_set(stacked, "rect", place);
    kind->paint(L, ui, stacked ? stacked : panel, panel == takes, now);
    json_decref(stacked);
  }
}

bool layout_narrow(const Ui *ui)
{
  return ui->w * 3 <= ui->h * 4;
}
