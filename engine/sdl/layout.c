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

static void clear_answered(Layout *L)
{
  json_decref(L->answered);
  json_decref(L->answered_binds);
  L->answered = NULL;
  L->answered_binds = NULL;
  L->answered_picked = 0;
}

void layout_reset(Layout *L)
{
  clear_log(L);
  clear_choice(L);
  clear_answered(L);
  L->delta_key[0] = '\0';
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
  /* The time the screen showed when the line came: a chat's timestamp, as
  ** the story kept it (after a rollback too), else the clock shown now. */
  const char *clock =
      line->stamp ? line->stamp : json_string_value(json_object_get(L->binds, "clock"));
  snprintf(e->stamp, sizeof e->stamp, "%s", clock ? clock : "");
}

static void drop_first(Layout *L)
{
  entry_free(&L->log[0]);
  memmove(L->log, L->log + 1, sizeof *L->log * (size_t)(L->nlog - 1));
  L->nlog--;
  if (L->page_start > 0)
    L->page_start--;
}

static void offer(Layout *L, const Event *ev, Uint32 now)
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
  if (json_is_object(ev->data)) {
    L->task = json_deep_copy(ev->data);
    clear_answered(L); /* the next task takes the card */
    L->task_t0 = now;
    L->picked = 0;
  }
}

/* The targets answer i of a task ticks (its `pick`), as bits. */
static unsigned picks_of(const json_t *task, int i)
{
  const json_t *x;
  size_t k;
  unsigned bits = 0;
  json_array_foreach(json_array_get(json_object_get(task, "picks"), (size_t)i), k, x)
    if (json_is_integer(x) && json_integer_value(x) >= 1 && json_integer_value(x) <= 32)
      bits |= 1u << (json_integer_value(x) - 1);
  return bits;
}

/* A task answered, from the event's {task, answer, bindings}. */
static void keep_answered(Layout *L, const json_t *a)
{
  const json_t *task = json_object_get(a, "task");
  if (!json_is_object(task) || !json_is_integer(json_object_get(a, "answer")))
    return;
  clear_answered(L);
  L->answered = json_deep_copy(task);
  L->answered_binds = json_deep_copy(json_object_get(a, "bindings"));
  L->answered_choice = (int)json_integer_value(json_object_get(a, "answer"));
  L->answered_picked = picks_of(task, L->answered_choice);
}

/* A figure of the same screen changed (a task paid): remember by how much. */
static void note_delta(Layout *L, const json_t *binds, Uint32 now)
{
  const char *key;
  json_t *old;
  json_object_foreach(L->binds, key, old) {
    const json_t *nv = json_object_get(binds, key);
    if (json_is_number(old) && json_is_number(nv) && strlen(key) < sizeof L->delta_key
        && json_number_value(nv) != json_number_value(old)) {
      snprintf(L->delta_key, sizeof L->delta_key, "%s", key);
      L->delta = json_number_value(nv) - json_number_value(old);
      L->delta_t = now;
    }
  }
}

void layout_sync(Layout *L, const Event *ev, const LayoutPage *page, Uint32 now)
{
  bool same_screen = L->synced && ev->page == L->page
      && (!ev->layout || !*ev->layout || strcmp(ev->layout, L->name) == 0);
  if (ev->layout && *ev->layout)
    snprintf(L->name, sizeof L->name, "%s", ev->layout);
  if (same_screen && json_is_object(ev->bindings)) {
    note_delta(L, ev->bindings, now);
  } else {
    L->delta_key[0] = '\0';
    clear_answered(L); /* another screen: the task answered goes with the old */
  }
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
  /* The task answered on this page, as the story kept it: after a rollback
  ** or a restore too, the card shows it as it was left. */
  if (!L->answered && json_is_object(ev->answered))
    keep_answered(L, ev->answered);
  if (ev->kind == EVENT_CHOICE)
    offer(L, ev, now);
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
  if (L->task) { /* the task stays on its card, answered */
    clear_answered(L);
    L->answered = json_incref(L->task);
    L->answered_binds = json_deep_copy(L->binds);
    L->answered_choice = choice;
    /* The ticks of the answer given (« Valider » takes the nearest): what a
    ** rollback or a load shows again, for the story keeps the answer only. */
    L->answered_picked = picks_of(L->task, choice);
  }
  clear_choice(L); /* the option taken comes back as a line of the page */
}

int layout_targets(const json_t *task, SDL_FRect *out, int max)
{
  const json_t *grid = json_object_get(task, "grid"), *box;
  int n = 0;
  size_t i;
  if (json_array_size(grid) >= 6) {
    double g[6];
    for (i = 0; i < 6; i++)
      g[i] = json_number_value(json_array_get(grid, i));
    int cols = (int)g[4], rows = (int)g[5];
    for (int r = 0; r < rows; r++)
      for (int c = 0; c < cols && n < max; c++)
        out[n++] = (SDL_FRect){ (float)(g[0] + c * g[2] / cols), (float)(g[1] + r * g[3] / rows),
                                (float)(g[2] / cols), (float)(g[3] / rows) };
    return n;
  }
  json_array_foreach(json_object_get(task, "boxes"), i, box) {
    if (n == max || json_array_size(box) < 4)
      break;
    out[n++] = (SDL_FRect){ (float)json_number_value(json_array_get(box, 0)),
                            (float)json_number_value(json_array_get(box, 1)),
                            (float)json_number_value(json_array_get(box, 2)),
                            (float)json_number_value(json_array_get(box, 3)) };
  }
  return n;
}

void layout_toggle(Layout *L, int target)
{
  SDL_FRect t[32];
  if (L->choosing && L->task && target >= 0 && target < layout_targets(L->task, t, 32))
    L->picked ^= 1u << target;
}

int layout_pick(const Layout *L)
{
  const json_t *picks = L->task ? json_object_get(L->task, "picks") : NULL, *p;
  size_t i;
  int best = -1, best_d = 0;
  json_array_foreach(picks, i, p) {
    unsigned want = picks_of(L->task, (int)i);
    int d = 0;
    for (unsigned diff = want ^ L->picked; diff; diff &= diff - 1)
      d++;
    if ((int)i < L->noptions && (best < 0 || d < best_d)) {
      best = (int)i;
      best_d = d;
    }
  }
  return best;
}

int layout_next_ms(const Layout *L, Uint32 now)
{
  int t = -1;
  if (L->delta_key[0] && now - L->delta_t < LAYOUT_DELTA_MS)
    t = (int)(LAYOUT_DELTA_MS - (now - L->delta_t));
  if (L->choosing && L->task && json_is_number(json_object_get(L->task, "seconds"))) {
    Uint32 total = (Uint32)(json_number_value(json_object_get(L->task, "seconds")) * 1000);
    if (now - L->task_t0 < total) {
      int next = 1000 - (int)((now - L->task_t0) % 1000); /* the clock's next second */
      if (t < 0 || next < t)
        t = next;
    }
  }
  return t;
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
  /* A panel may have its own mood: Nuée's bright app inside Yacine's room. */
  char room[32];
  snprintf(room, sizeof room, "%s", ui->mood);
  json_array_foreach(panels, i, panel) {
    const PanelKind *kind = panel_kind(panel_str(panel, "kind"));
    if (!kind || (ui->hide && !kind->when_hidden))
      continue;
    /* In a narrow window, the panel at its `narrow` place: a copy of it
    ** (its keys shared) whose rect is that one. */
    json_t *stacked = NULL, *place = json_object_get(panel, "narrow");
    if (narrow && json_array_size(place) == 4 && (stacked = json_copy((json_t *)panel)))
      json_object_set(stacked, "rect", place);
    ui_set_mood(ui, panel_str(panel, "mood") ? panel_str(panel, "mood") : room);
    kind->paint(L, ui, stacked ? stacked : panel, panel == takes, now);
    json_decref(stacked);
  }
  ui_set_mood(ui, room);
}

/* Narrow or portrait: 4:3 or taller, the window's shape (a strip under the
** page, which takes some of its height, does not make it wider). */
bool layout_narrow(const Ui *ui)
{
  return ui->w * 3 <= (ui->h + ui->strip) * 4;
}
