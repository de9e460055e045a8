/*
** lines: the history and the page, with their lines' sources (see lines.h).
*/
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "lines.h"
#include "mem.h"

json_t *lines_source(const char *text, const char *ctx, const char *pin, const char *who,
                     const json_t *args, const char *style)
{
  /* Every line played makes one: its strings come from the scene's request,
  ** which Jansson checked as UTF-8 already, and are not checked again. */
  json_t *src = json_object();
  json_object_set_new_nocheck(src, "text", json_string_nocheck(text ? text : ""));
  json_object_set_new_nocheck(src, "ctx", json_string_nocheck(ctx ? ctx : ""));
  json_object_set_new_nocheck(src, "style", json_string_nocheck(style ? style : "narration"));
  if (pin)
    json_object_set_new_nocheck(src, "id", json_string_nocheck(pin));
  if (who)
    json_object_set_new_nocheck(src, "who", json_string_nocheck(who));
  if (args && json_object_size(args) > 0)
    json_object_set(src, "args", (json_t *)args);
  return src;
}

void lines_clock(json_t *src, const json_t *clock, const char *ctx)
{
  if (!json_is_string(clock))
    return;
  json_object_set(src, "clock", (json_t *)clock);
  if (ctx && *ctx)
    json_object_set_new(src, "clock_ctx", json_string(ctx));
}

static void line_free(Line *x)
{
  free((char *)x->shown.speaker);
  free((char *)x->shown.text);
  free((char *)x->shown.stamp);
  json_decref(x->src);
}

/* The style's name, as the constant StoryLine promises (not the JSON's copy). */
static const char *style_name(const json_t *src)
{
  static const char *const styles[] = { "narration", "speech",  "note", "choice",
                                        "discuss",   "summary", NULL };
  const char *s = json_string_value(json_object_get(src, "style"));
  for (const char *const *k = styles; *k; k++)
    if (s && strcmp(s, *k) == 0)
      return *k;
  return styles[0];
}

/* Room for one line more at the end: the oldest goes when the history is
** full. Returns the slot, counted in l->n. */
static Line *lines_slot(Lines *l)
{
  if (l->max > 0 && l->n == l->max) {
    line_free(&l->items[0]);
    memmove(l->items, l->items + 1, (size_t)(l->n - 1) * sizeof *l->items);
    l->n--;
  }
  if (l->n == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 64;
    l->items = mem_realloc(l->items, (size_t)l->cap * sizeof *l->items);
  }
  return &l->items[l->n++];
}

void lines_add(Lines *l, json_t *src, const char *speaker, const char *text, const char *stamp)
{
  Line *x = lines_slot(l);
  x->src = src;
  x->shown.speaker = mem_strdup(speaker);
  x->shown.text = mem_strdup(text ? text : "");
  x->shown.stamp = stamp ? mem_strdup(stamp) : NULL;
  x->shown.style = style_name(src);
  x->shown.seq = ++l->next_seq;
  x->shown.chapter = l->chapter;
  x->paged = false;
}

void lines_paged(Lines *l)
{
  if (l->n > 0)
    l->items[l->n - 1].paged = true;
}

/* A line of history put on page, before its item at (an empty slot). */
static void page_put(Lines *page, int at, const Line *x)
{
  Line *y = &page->items[at];
  y->src = json_incref(x->src);
  y->shown.speaker = mem_strdup(x->shown.speaker);
  y->shown.text = mem_strdup(x->shown.text);
  y->shown.stamp = x->shown.stamp ? mem_strdup(x->shown.stamp) : NULL;
  y->shown.style = x->shown.style;
  y->shown.chapter = x->shown.chapter;
  y->paged = false;
}

void lines_page(Lines *page, const Lines *history, int n)
{
  int from = history->n, first, keep = 0, lead = 0, j, total;
  if (page->max > 0 && n > page->max)
    n = page->max;
  for (int k = 0; k < n && from > 0;)
    if (history->items[--from].paged)
      k++;
  /* A step back is mostly the same page, a line shorter at its end (and one
  ** older back at its start if it was full): the lines still there are kept,
  ** found by their source, which the page shares with the history. */
  for (first = from; page->n > 0 && first < history->n; first++) {
    if (!history->items[first].paged)
      continue;
    if (history->items[first].src == page->items[0].src)
      break;
    lead++;
  }
  if (page->n > 0 && first < history->n) {
    for (j = first; j < history->n && keep < page->n; j++) {
      if (!history->items[j].paged)
        continue;
      if (history->items[j].src != page->items[keep].src)
        break;
      keep++;
    }
  } else {
    lead = 0;
  }
  if (keep == 0)
    lead = 0;
  while (page->n > keep)
    line_free(&page->items[--page->n]);
  for (j = from, total = 0; j < history->n; j++) /* the window's lines */
    total += history->items[j].paged;
  if (page->cap < total) {
    page->cap = total > 64 ? total : 64;
    page->items = mem_realloc(page->items, (size_t)page->cap * sizeof *page->items);
  }
  if (lead > 0) {
    memmove(page->items + lead, page->items, (size_t)page->n * sizeof *page->items);
    for (j = from, n = 0; n < lead; j++)
      if (history->items[j].paged)
        page_put(page, n++, &history->items[j]);
    page->n += lead;
  }
  /* Then what follows the kept lines (all of the window if none was kept). */
  for (j = from, n = 0; j < history->n; j++) {
    if (!history->items[j].paged)
      continue;
    if (n++ >= page->n)
      page_put(page, page->n++, &history->items[j]);
  }
  for (j = 0; j < page->n; j++) /* numbered anew, in order */
    page->items[j].shown.seq = ++page->next_seq;
}

int lines_count(const Lines *l)
{
  return l->gone + l->n;
}

const Line *lines_at(const Lines *l, int i)
{
  i -= l->gone;
  return i >= 0 && i < l->n ? &l->items[i] : NULL;
}

void lines_truncate(Lines *l, int n)
{
  int keep = n - l->gone;
  while (l->n > (keep > 0 ? keep : 0))
    line_free(&l->items[--l->n]);
  if (keep <= 0) {
    free(l->items);
    l->items = NULL;
    l->cap = 0;
    l->gone = n > 0 ? n : 0;
  }
}

void lines_forget(Lines *l, int n)
{
  int k = n - l->gone;
  if (k <= 0)
    return;
  if (k > l->n)
    k = l->n;
  for (int i = 0; i < k; i++)
    line_free(&l->items[i]);
  memmove(l->items, l->items + k, (size_t)(l->n - k) * sizeof *l->items);
  l->n -= k;
  l->gone += k;
}

void lines_split(Lines *l, int n, Lines *tail)
{
  memset(tail, 0, sizeof *tail);
  n -= l->gone;
  if (n < 0)
    n = 0;
  if (n >= l->n)
    return;
  tail->n = tail->cap = l->n - n;
  tail->items = mem_realloc(NULL, (size_t)tail->cap * sizeof *tail->items);
  memcpy(tail->items, l->items + n, (size_t)tail->n * sizeof *tail->items);
  l->n = n;
}

void lines_join(Lines *l, Lines *tail)
{
  for (int i = 0; i < tail->n; i++)
    *lines_slot(l) = tail->items[i];
  free(tail->items);
  memset(tail, 0, sizeof *tail);
}

json_t *lines_sources(const Lines *l)
{
  json_t *a = json_array();
  for (int i = 0; i < l->n; i++)
    json_array_append(a, l->items[i].src);
  return a;
}

/* The stamp of a source through tr (malloc'd), NULL if it has none, or if
** it cannot be shown (a save edited by hand): the line is kept without. */
static char *stamp_of(const json_t *src, const Tr *tr)
{
  const char *clock = json_string_value(json_object_get(src, "clock"));
  const char *ctx = json_string_value(json_object_get(src, "clock_ctx"));
  if (!clock)
    return NULL;
  return tr_unit(tr, ctx ? ctx : json_string_value(json_object_get(src, "ctx")), clock, NULL, NULL,
                 NULL);
}

/* Shows a source through tr: speaker and text, malloc'd. */
static bool show(const json_t *src, const Tr *tr, char **speaker, char **text)
{
  const char *who = json_string_value(json_object_get(src, "who"));
  *speaker = NULL;
  if (who && !(*speaker = tr_unit(tr, "who", who, NULL, NULL, NULL)))
    return false;
  *text =
      tr_unit(tr, json_string_value(json_object_get(src, "ctx")),
              json_string_value(json_object_get(src, "text")),
              json_string_value(json_object_get(src, "id")), json_object_get(src, "args"), NULL);
  if (!*text) {
    free(*speaker);
    return false;
  }
  return true;
}

char *lines_text_in(const Lines *l, int i, const Tr *tr)
{
  char *speaker, *text;
  if (i < 0 || i >= l->n)
    return err_set("no line %d on the page", i), NULL;
  if (!show(l->items[i].src, tr, &speaker, &text))
    return NULL;
  free(speaker);
  return text;
}

bool lines_add_sources(Lines *l, const json_t *sources, const Tr *tr)
{
  const json_t *src;
  size_t i;
  json_array_foreach(sources, i, src) {
    char *speaker, *text, *stamp;
    if (!show(src, tr, &speaker, &text))
      return false;
    stamp = stamp_of(src, tr);
    lines_add(l, json_incref((json_t *)src), speaker, text, stamp);
    lines_paged(l);
    free(speaker);
    free(text);
    free(stamp);
  }
  return true;
}

bool lines_translate(Lines *l, const Tr *tr)
{
  for (int i = 0; i < l->n; i++) {
    Line *x = &l->items[i];
    char *speaker, *text;
    if (!show(x->src, tr, &speaker, &text))
      return false;
    free((char *)x->shown.speaker);
    free((char *)x->shown.text);
    free((char *)x->shown.stamp);
    x->shown.speaker = speaker;
    x->shown.text = text;
    x->shown.stamp = stamp_of(x->src, tr);
  }
  return true;
}
