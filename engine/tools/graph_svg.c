/*
** graph_svg: one chapter of the story's map (see graph.h): a section with one
** SVG, its scenes as boxes stacked in the order first reached, each listing
** its choices and where each option led; jumps are arcs on the right (forward)
** or on the left (back), in lanes where they overlap no other, the short
** ones nearest the boxes.
*/
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "tools/graph.h"
#include "html.h"

/* Sizes in pixels: the box, its header, a row, the gap between boxes, the
** space between two arcs' lanes, the margin. */
enum { BOX_W = 640, HEAD = 23, ROW = 15, GAP = 14, LANE = 9, MARGIN = 12 };

typedef enum RowKind {
  R_HEAD,
  R_NOTE,
  R_CHOICE,
  R_TASK,
  R_OPTION,
  R_JUMP,
  R_CARD,
  R_ENDING,
  R_ERROR
} RowKind;
static const char *const row_class[] = { "head", "note", "choice", "task", "option",
                                         "jump", "card", "ending", "error" };

typedef struct Row {
  RowKind kind;
  int scene; /* its box: the scene's index in the chapter */
  int y;     /* its baseline */
  char left[300], right[200], tip[1200];
} Row;

typedef struct Arc {
  int from, to; /* scene indexes */
  int y1, y2;   /* the row it leaves, the header it reaches */
  int lane;     /* counted outwards from the box, on its side */
  char label[12];
  char tip[1200];
} Arc;

/* One chapter being drawn. */
typedef struct Map {
  const Graph *g;
  const char **ids; /* its scenes, in order */
  int n;
  int *top, *bottom; /* each box's extent */
  Row *rows;
  size_t nrows, rowcap;
  Arc *arcs;
  size_t narcs, arccap;
  int y;          /* the next row's top */
  long jumps;     /* from a scene to another, each pair once */
  long choices;   /* choices and tasks */
  long unreached; /* boxes never reached */
} Map;

/* s cut to at most max characters (UTF-8), with "…" if cut. */
static void clip(char *out, size_t size, const char *s, int max)
{
  const char *p = s;
  int n = 0;
  while (*p && n < max) {
    p++;
    while ((*p & 0xC0) == 0x80)
      p++;
    n++;
  }
  snprintf(out, size, "%.*s%s", (int)(p - s), s, *p ? "…" : "");
}

static Row *add_row(Map *m, int scene, RowKind kind)
{
  Row *r;
  if (m->nrows == m->rowcap) {
    m->rowcap = m->rowcap ? m->rowcap * 2 : 128;
    m->rows = mem_realloc(m->rows, m->rowcap * sizeof *m->rows);
  }
  r = &m->rows[m->nrows++];
  memset(r, 0, sizeof *r);
  r->kind = kind;
  r->scene = scene;
  r->y = m->y + (kind == R_HEAD ? 16 : 11);
  m->y += kind == R_HEAD ? HEAD : ROW;
  return r;
}

static int index_of(const Map *m, const char *id)
{
  for (int i = 0; i < m->n; i++)
    if (strcmp(m->ids[i], id) == 0)
      return i;
  return -1;
}

/* An arc from a row to the scene of an outcome, if it is in this chapter. */
static void add_arc(Map *m, const Row *r, const char *to, const char *label, const char *why)
{
  int t = index_of(m, to);
  Arc *a;
  if (t < 0)
    return;
  if (m->narcs == m->arccap) {
    m->arccap = m->arccap ? m->arccap * 2 : 64;
    m->arcs = mem_realloc(m->arcs, m->arccap * sizeof *m->arcs);
  }
  a = &m->arcs[m->narcs++];
  *a = (Arc){ r->scene, t, r->y - 4, 0, 0, "", "" };
  snprintf(a->label, sizeof a->label, "%s", label);
  snprintf(a->tip, sizeof a->tip, "%s → %s%s%s", m->ids[r->scene], to, why[0] ? ": " : "", why);
}

/* What an outcome says, short (on an option's row) or whole (on its own). */
static void outcome_text(const Map *m, const char *outcome, bool whole, char *out, size_t size)
{
  const json_t *sc;
  if (strncmp(outcome, "scene:", 6) == 0) {
    sc = json_object_get(m->g->scenes, outcome + 6);
    if (index_of(m, outcome + 6) < 0 && sc)
      snprintf(out, size, "→ %s (chapter %d)", outcome + 6,
               (int)json_integer_value(json_object_get(sc, "chapter")));
    else
      snprintf(out, size, "→ %s", outcome + 6);
  } else if (strcmp(outcome, "card") == 0) {
    snprintf(out, size, "■ end of the chapter");
  } else if (strncmp(outcome, "ending:", 7) == 0) {
    const char *title = json_string_value(json_object_get(m->g->titles, outcome));
    snprintf(out, size, "★ ending: %s", title && title[0] ? title : outcome + 7);
  } else if (whole) {
    snprintf(out, size, "✖ %s", outcome + 6);
  } else {
    snprintf(out, size, "✖ error");
  }
}

static RowKind outcome_kind(const char *outcome)
{
  if (strncmp(outcome, "scene:", 6) == 0)
    return R_JUMP;
  if (strncmp(outcome, "ending:", 7) == 0)
    return R_ENDING;
  return strcmp(outcome, "card") == 0 ? R_CARD : R_ERROR;
}

/* The option rows of a choice, each with the outcomes it led to (for a
** choice that decides them). */
static void add_options(Map *m, int i, const json_t *sc, const char *key, const json_t *c)
{
  const char *n, *outcome;
  const json_t *label, *takens;
  bool decides = json_is_true(json_object_get(c, "decides"));
  json_object_foreach(json_object_get((json_t *)c, "options"), n, label) {
    char taken[400], full[600], part[200], cut[120];
    Row *r = add_row(m, i, R_OPTION);
    snprintf(taken, sizeof taken, "%s#%s", strchr(key, '|') + 1, n);
    snprintf(full, sizeof full, "%s. %s", n, json_string_value(label));
    clip(r->left, sizeof r->left, full, 58);
    snprintf(r->tip, sizeof r->tip, "%s", full);
    if (!decides)
      continue;
    json_object_foreach(json_object_get((json_t *)sc, "out"), outcome, takens) {
      if (!json_object_get(takens, taken))
        continue;
      outcome_text(m, outcome, false, part, sizeof part);
      clip(cut, sizeof cut, part, 28);
      if (strlen(r->right) + strlen(cut) + 3 < sizeof r->right)
        snprintf(r->right + strlen(r->right), sizeof r->right - strlen(r->right), "%s%s",
                 r->right[0] ? ", " : "", cut);
      if (outcome[0] == 's')
        add_arc(m, r, outcome + 6, n, full);
    }
  }
}

/* Is an outcome reached without a deciding option (a plain jump, an end)? */
static bool plain(const Map *m, const char *id, const json_t *takens)
{
  const char *taken;
  const json_t *t;
  json_object_foreach((json_t *)takens, taken, t) {
    char key[400];
    const char *hash = strrchr(taken, '#');
    if (!hash)
      return true;
    snprintf(key, sizeof key, "%s|%.*s", id, (int)(hash - taken), taken);
    if (!json_is_true(json_object_get(json_object_get(m->g->choices, key), "decides")))
      return true;
  }
  return false;
}

/* The rows of scene i: its header, its choices, and what it led to. */
static void add_box(Map *m, int i)
{
  const json_t *sc = json_object_get(m->g->scenes, m->ids[i]), *k, *takens;
  const char *file = json_string_value(json_object_get(sc, "file")), *outcome;
  int line = (int)json_integer_value(json_object_get(sc, "line"));
  bool reached = json_is_true(json_object_get(sc, "reached"));
  size_t j;
  Row *r;
  m->top[i] = m->y;
  r = add_row(m, i, R_HEAD);
  snprintf(r->left, sizeof r->left, "%s%s", json_is_true(json_object_get(sc, "start")) ? "▶ " : "",
           m->ids[i]);
  snprintf(r->right, sizeof r->right, "%s:%d", file, line);
  snprintf(r->tip, sizeof r->tip, "%s — %s:%d — %s", m->ids[i], file, line,
           reached ? "reached" : "never reached");
  if (!reached) {
    r = add_row(m, i, R_NOTE);
    snprintf(r->left, sizeof r->left, "never reached by any path");
    m->unreached++;
  }
  json_array_foreach(json_object_get(sc, "choices"), j, k) {
    const char *key = json_string_value(k);
    const json_t *c = json_object_get(m->g->choices, key);
    const char *prompt = json_string_value(json_object_get(c, "prompt"));
    bool task = json_is_true(json_object_get(c, "task"));
    bool detail = !task || json_is_true(json_object_get(c, "decides"));
    char text[400];
    r = add_row(m, i, task ? R_TASK : R_CHOICE);
    if (task && !detail)
      snprintf(text, sizeof text, "▣ task (%zu answers): %s",
               json_object_size(json_object_get(c, "options")), prompt);
    else
      snprintf(text, sizeof text, "%s %s", task ? "▣ task:" : "?", prompt[0] ? prompt : "choice");
    clip(r->left, sizeof r->left, text, 58);
    snprintf(r->right, sizeof r->right, "%s:%lld", json_string_value(json_object_get(c, "file")),
             (long long)json_integer_value(json_object_get(c, "line")));
    snprintf(r->tip, sizeof r->tip, "%s", text);
    if (detail)
      add_options(m, i, sc, key, c);
  }
  json_object_foreach(json_object_get((json_t *)sc, "out"), outcome, takens) {
    char text[1200];
    if (!plain(m, m->ids[i], takens))
      continue;
    r = add_row(m, i, outcome_kind(outcome));
    outcome_text(m, outcome, true, text, sizeof text);
    clip(r->left, sizeof r->left, text, 84);
    snprintf(r->tip, sizeof r->tip, "%s", text);
    if (outcome[0] == 's')
      add_arc(m, r, outcome + 6, "", "");
  }
  json_object_foreach(json_object_get((json_t *)sc, "out"), outcome, takens)
    m->jumps += outcome[0] == 's';
  m->choices += (long)json_array_size(json_object_get(sc, "choices"));
  m->y += 5;
  m->bottom[i] = m->y;
  m->y += GAP;
}

/* Lanes: each arc in the lane nearest its side where it overlaps no other,
** the shortest first, so that short jumps stay close to the boxes. Returns
** the number of lanes used. */
static int place_arcs(Map *m, bool back)
{
  int lanes = 0;
  for (;;) {
    Arc *best = NULL;
    for (size_t i = 0; i < m->narcs; i++) {
      Arc *a = &m->arcs[i];
      if (a->lane == 0 && (a->to <= a->from) == back
          && (!best || abs(a->y2 - a->y1) < abs(best->y2 - best->y1)))
        best = a;
    }
    if (!best)
      return lanes;
    for (int lane = 1;; lane++) {
      bool clear = true;
      for (size_t i = 0; i < m->narcs && clear; i++) {
        const Arc *a = &m->arcs[i];
        int lo = a->y1 < a->y2 ? a->y1 : a->y2, hi = a->y1 < a->y2 ? a->y2 : a->y1;
        int blo = best->y1 < best->y2 ? best->y1 : best->y2;
        int bhi = best->y1 < best->y2 ? best->y2 : best->y1;
        clear = !(a->lane == lane && lo <= bhi + 3 && blo <= hi + 3);
      }
      if (clear) {
        best->lane = lane;
        lanes = lane > lanes ? lane : lanes;
        break;
      }
    }
  }
}

static void put_text(FILE *out, const char *cls, int x, int y, bool end, const char *s)
{
  fprintf(out, "<text class=\"%s\" x=\"%d\" y=\"%d\"%s>", cls, x, y,
          end ? " text-anchor=\"end\"" : "");
  html_escape(out, s);
  fputs("</text>", out);
}

static void put_boxes(const Map *m, FILE *out)
{
  for (size_t i = 0; i < m->nrows; i++) {
    const Row *r = &m->rows[i];
    if (r->kind == R_HEAD) {
      const json_t *sc = json_object_get(m->g->scenes, m->ids[r->scene]);
      bool error = false;
      const char *outcome;
      const json_t *t;
      json_object_foreach(json_object_get((json_t *)sc, "out"), outcome, t)
        error = error || strncmp(outcome, "error:", 6) == 0;
      if (i > 0)
        fputs("</g>\n", out);
      fprintf(out, "<g class=\"scene %s%s\" data-id=\"",
              json_is_true(json_object_get(sc, "reached")) ? "reached" : "unreached",
              error ? " error" : "");
      html_escape(out, m->ids[r->scene]);
      fputs("\"><title>", out);
      html_escape(out, r->tip);
      fprintf(out, "</title><rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\"/>",
              m->top[r->scene], BOX_W, m->bottom[r->scene] - m->top[r->scene]);
      fprintf(out, "<line x1=\"0\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>\n", BOX_W,
              m->top[r->scene] + HEAD - 2, m->top[r->scene] + HEAD - 2);
      put_text(out, "id", 8, r->y, false, r->left);
      put_text(out, "where", BOX_W - 8, r->y, true, r->right);
      fputc('\n', out);
      continue;
    }
    fprintf(out, "<g class=\"row %s\">", row_class[r->kind]);
    if (r->tip[0]) {
      fputs("<title>", out);
      html_escape(out, r->tip);
      fputs("</title>", out);
    }
    put_text(out, "l", r->kind == R_OPTION ? 26 : 12, r->y, false, r->left);
    if (r->right[0])
      put_text(out, r->kind == R_OPTION ? "r" : "where", BOX_W - 8, r->y, true, r->right);
    fputs("</g>\n", out);
  }
  if (m->nrows > 0)
    fputs("</g>\n", out);
}

static void put_arcs(const Map *m, FILE *out, int number)
{
  for (size_t i = 0; i < m->narcs; i++) {
    const Arc *a = &m->arcs[i];
    bool back = a->to <= a->from;
    int x0 = back ? 0 : BOX_W, dir = back ? -1 : 1, lx = x0 + dir * (6 + a->lane * LANE);
    int v = a->y2 > a->y1 ? 1 : -1, r = abs(a->y2 - a->y1) / 2 < 5 ? abs(a->y2 - a->y1) / 2 : 5;
    char d[200];
    snprintf(d, sizeof d, "M%d %d H%d Q%d %d %d %d V%d Q%d %d %d %d H%d", x0, a->y1, lx - dir * r,
             lx, a->y1, lx, a->y1 + v * r, a->y2 - v * r, lx, a->y2, lx - dir * r, a->y2,
             x0 + dir * 2);
    fprintf(out, "<g class=\"edge%s\"><title>", back ? " back" : "");
    html_escape(out, a->tip);
    fprintf(out,
            "</title><path class=\"hit\" d=\"%s\"/><path class=\"line\" d=\"%s\" "
            "marker-end=\"url(#arrow%d)\"/>",
            d, d, number);
    if (a->label[0])
      put_text(out, "n", x0 + dir * 3, a->y1 - 2, back, a->label);
    fputs("</g>\n", out);
  }
}

void graph_chapter(const Graph *g, FILE *out, int number, const char *title)
{
  Map m = { .g = g, .y = MARGIN };
  const json_t *id;
  size_t i;
  int right, left, width;
  m.ids = mem_calloc(json_array_size(g->order) + 1, sizeof *m.ids);
  json_array_foreach(g->order, i, id) {
    const json_t *sc = json_object_get(g->scenes, json_string_value(id));
    if (json_integer_value(json_object_get(sc, "chapter")) == number)
      m.ids[m.n++] = json_string_value(id);
  }
  if (m.n == 0) {
    free(m.ids);
    return;
  }
  m.top = mem_calloc((size_t)m.n, sizeof *m.top);
  m.bottom = mem_calloc((size_t)m.n, sizeof *m.bottom);
  for (int k = 0; k < m.n; k++)
    add_box(&m, k);
  for (i = 0; i < m.narcs; i++)
    m.arcs[i].y2 = m.top[m.arcs[i].to] + HEAD / 2;
  right = place_arcs(&m, false);
  left = place_arcs(&m, true);
  width = MARGIN + (left ? 8 + left * LANE : 0) + BOX_W + (right ? 8 + right * LANE : 0) + MARGIN;
  fprintf(out, "<section class=\"chapter\" id=\"chapter-%d\">\n<h2>", number);
  html_escape(out, title);
  fprintf(out,
          "</h2>\n<p class=\"counts\">%d scenes (%ld never reached), %ld choices and tasks, "
          "%ld jumps</p>\n",
          m.n, m.unreached, m.choices, m.jumps);
  fprintf(out,
          "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
          "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"",
          width, m.y, width, m.y);
  html_escape(out, title);
  fprintf(out,
          "\">\n<defs><marker id=\"arrow%d\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" "
          "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path class=\"arrow\" "
          "d=\"M0 0 L8 4 L0 8 z\"/></marker></defs>\n<g transform=\"translate(%d 0)\">\n",
          number, MARGIN + (left ? 8 + left * LANE : 0));
  put_boxes(&m, out);
  put_arcs(&m, out, number);
  fputs("</g>\n</svg>\n</section>\n", out);
  fprintf(stderr,
          "graph: %s: %d scenes (%ld never reached), %ld choices and tasks, %ld jumps, %zu arcs\n",
          title, m.n, m.unreached, m.choices, m.jumps, m.narcs);
  free(m.rows);
  free(m.arcs);
  free(m.ids);
  free(m.top);
  free(m.bottom);
}
