/*
** graph: `ficelle graph` draws the story's map as the explorer played it:
** each chapter's scenes in the order first reached, their choices and what
** each option led to (another scene, the chapter's end, an ending, an error),
** and the scenes declared but never reached; one HTML page, each chapter's
** map drawn by graph_svg.c.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "tools/graph.h"
#include "html.h"

/* The scene of that id, made if the explorer meets one it was not told of. */
static json_t *scene_of(Graph *g, const char *id)
{
  json_t *sc = json_object_get(g->scenes, id);
  if (!sc) {
    sc = json_pack("{s:s, s:s, s:i, s:i, s:b, s:b, s:[], s:{}}", "id", id, "file", "", "line", 0,
                   "chapter", 0, "reached", 0, "start", 0, "choices", "out");
    json_object_set_new(g->scenes, id, sc);
  }
  return sc;
}

/* Records that a path in scene `from` came to outcome after option taken. */
static void add_outcome(Graph *g, const char *from, const char *outcome, const char *taken)
{
  json_t *out = json_object_get(scene_of(g, from), "out");
  json_t *takens = json_object_get(out, outcome);
  if (!takens) {
    takens = json_object();
    json_object_set_new(out, outcome, takens);
  }
  json_object_set_new(takens, taken, json_true());
}

static void on_scene(void *ud, const char *from, const char *to, const char *taken, int chapter)
{
  Graph *g = ud;
  json_t *sc = scene_of(g, to);
  char outcome[160];
  if (!json_is_true(json_object_get(sc, "reached"))) {
    json_object_set_new(sc, "reached", json_true());
    json_object_set_new(sc, "chapter", json_integer(chapter));
    json_array_append_new(g->order, json_string(to));
  }
  if (from[0]) {
    snprintf(outcome, sizeof outcome, "scene:%s", to);
    add_outcome(g, from, outcome, taken);
  }
}

/* A choice of a scene, keyed "scene|file:line" (a helper's choice can be met
** in several scenes); its options are kept as first seen, by number. */
static void add_choice(Graph *g, const Event *ev)
{
  char key[400], n[16];
  json_t *c;
  snprintf(key, sizeof key, "%s|%s:%d", ev->scene, ev->file, ev->line);
  if (!(c = json_object_get(g->choices, key))) {
    const char *prompt = ev->text;
    if (!prompt && ev->data)
      prompt = json_string_value(json_object_get(ev->data, "question"));
    c = json_pack("{s:s, s:i, s:b, s:s, s:{}}", "file", ev->file, "line", ev->line, "task",
                  ev->data != NULL, "prompt", prompt ? prompt : "", "options");
    json_object_set_new(g->choices, key, c);
    json_array_append_new(json_object_get(scene_of(g, ev->scene), "choices"), json_string(key));
  }
  for (int i = 0; i < ev->noptions; i++) {
    snprintf(n, sizeof n, "%d", ev->options[i].index);
    if (!json_object_get(json_object_get(c, "options"), n))
      json_object_set_new(json_object_get(c, "options"), n, json_string(ev->options[i].text));
  }
}

static void on_event(void *ud, const Event *ev, const char *taken)
{
  Graph *g = ud;
  char outcome[600];
  switch (ev->kind) {
  case EVENT_CHOICE: add_choice(g, ev); break;
  case EVENT_CARD: add_outcome(g, ev->scene, "card", taken); break;
  case EVENT_ENDING:
    snprintf(outcome, sizeof outcome, "ending:%s",
             json_string_value(json_object_get(ev->data, "id")));
    json_object_set_new(g->titles, outcome, json_string(ev->text ? ev->text : ""));
    add_outcome(g, ev->scene, outcome, taken);
    break;
  case EVENT_ERROR:
    /* The message names its file, as check prints it, so that it can be found. */
    if (ev->file[0] && !strstr(ev->text, ev->file))
      snprintf(outcome, sizeof outcome, "error:%s:%d: %s", ev->file, ev->line, ev->text);
    else
      snprintf(outcome, sizeof outcome, "error:%s", ev->text);
    if (ev->scene[0])
      add_outcome(g, ev->scene, outcome, taken);
    else if (!json_object_get(g->errors, outcome + 6))
      json_object_set_new(g->errors, outcome + 6, json_true());
    break;
  default: break;
  }
}

/* The chapter a scene never reached belongs to: the one declared in its
** file, else the one its id begins with ("ch02." for ch02); 0 if none. */
static int chapter_of(const json_t *defs, const char *id, const char *file)
{
  const json_t *c;
  size_t i;
  json_array_foreach(defs, i, c) {
    const char *f = json_string_value(json_object_get(c, "file"));
    if (f && strcmp(f, file) == 0)
      return (int)json_integer_value(json_object_get(c, "number"));
  }
  json_array_foreach(defs, i, c) {
    const char *cid = json_string_value(json_object_get(c, "id"));
    size_t n = cid ? strlen(cid) : 0;
    if (n && strncmp(id, cid, n) == 0 && id[n] == '.')
      return (int)json_integer_value(json_object_get(c, "number"));
  }
  return 0;
}

/* After the exploration: every declared scene with its file and line, the
** chapters' first scenes marked, the unreached appended in their order. */
static void add_declared(Graph *g)
{
  const json_t *defs = story_declarations(g->story), *d;
  size_t i;
  json_array_foreach(story_scenes(g->story), i, d) {
    const char *id = json_string_value(json_object_get(d, "id"));
    json_t *sc = scene_of(g, id);
    json_object_set(sc, "file", json_object_get(d, "file"));
    json_object_set(sc, "line", json_object_get(d, "line"));
    if (!json_is_true(json_object_get(sc, "reached"))) {
      const char *file = json_string_value(json_object_get(d, "file"));
      json_object_set_new(sc, "chapter", json_integer(chapter_of(defs, id, file ? file : "")));
      json_array_append_new(g->order, json_string(id));
    }
  }
  json_array_foreach(defs, i, d) {
    const char *start = json_string_value(json_object_get(d, "start"));
    if (start && json_object_get(g->scenes, start))
      json_object_set_new(scene_of(g, start), "start", json_true());
  }
}

/* The choice of "file:line#n" in a scene, and the number n. */
static const char *choice_key(const char *scene, const char *taken, char *key, size_t size)
{
  const char *hash = strrchr(taken, '#');
  if (!hash)
    return NULL;
  snprintf(key, size, "%s|%.*s", scene, (int)(hash - taken), taken);
  return hash + 1;
}

/* Marks the choices of a scene whose options led to different outcomes
** ("decides": true): those are the ones the map draws the jumps from. A
** choice whose every option leads to the same place is only flavour. */
static void find_decisions(Graph *g, const char *id, json_t *sc)
{
  json_t *by = json_object(), *takens, *t, *c;
  const char *outcome, *taken, *n, *key;
  char ck[400];
  json_object_foreach(json_object_get(sc, "out"), outcome, takens) {
    json_object_foreach(takens, taken, t) {
      const char *num = choice_key(id, taken, ck, sizeof ck);
      json_t *opts, *set;
      if (!num)
        continue;
      if (!(opts = json_object_get(by, ck)))
        json_object_set_new(by, ck, opts = json_object());
      if (!(set = json_object_get(opts, num)))
        json_object_set_new(opts, num, set = json_object());
      json_object_set_new(set, outcome, json_true());
    }
  }
  json_object_foreach(by, key, t) {
    json_t *first = NULL, *set;
    bool differ = false;
    json_object_foreach(t, n, set) {
      if (first && !json_equal(first, set))
        differ = true;
      first = first ? first : set;
    }
    if ((c = json_object_get(g->choices, key)) && differ)
      json_object_set_new(c, "decides", json_true());
  }
  json_decref(by);
}

static const char style[] =
    "<style>\n"
    "body { font-family: sans-serif; margin: 1.5em; color: #1d2330; background: #f4f5f8; }\n"
    "h1 { font-size: 1.4em; margin: 0 0 .3em; } h2 { font-size: 1.15em; margin: 0; }\n"
    "p { margin: .2em 0 .5em; font-size: .9em; } .errors { color: #c4262e; }\n"
    ".legend span { display: inline-block; margin-right: 1.4em; white-space: nowrap; }\n"
    ".legend i { display: inline-block; width: 1.8em; height: .9em; margin-right: .35em;\n"
    "  vertical-align: -.1em; border: 1.5px solid #3b4760; background: #fff; }\n"
    ".legend i.unreached { border: 1.5px dashed #a86b00; background: #fff1cc; }\n"
    ".legend i.error { border: 2.5px solid #c4262e; background: #fff0f0; }\n"
    ".legend i.edge { border: none; border-top: 2px solid #7b8bb0; height: 0; }\n"
    ".legend i.back { border: none; border-top: 2px dashed #b9770e; height: 0; }\n"
    "section.chapter { margin: 1.6em 0; }\n"
    "svg.map { display: block; max-width: 100%; height: auto; background: #fff;\n"
    "  border: 1px solid #d8dce5; }\n"
    "svg text { font-family: sans-serif; font-size: 11.5px; fill: #1d2330; }\n"
    ".scene rect { fill: #fff; stroke: #3b4760; stroke-width: 1.5; }\n"
    ".scene line { stroke: #d8dce5; }\n"
    ".scene.unreached rect { fill: #fff1cc; stroke: #a86b00; stroke-dasharray: 6 3; }\n"
    ".scene.error rect { fill: #fff0f0; stroke: #c4262e; stroke-width: 2.5; }\n"
    "text.id { font-weight: bold; font-size: 13px; }\n"
    "text.where { font-family: monospace; font-size: 10.5px; fill: #5b6475; }\n"
    ".choice text.l, .task text.l { fill: #2a4d8f; } .option text.r { fill: #3b4760; }\n"
    ".note text { fill: #a86b00; font-style: italic; }\n"
    ".card text { fill: #1f6f43; font-weight: bold; }\n"
    ".ending text { fill: #8a5a00; font-weight: bold; }\n"
    ".error text { fill: #c4262e; font-weight: bold; }\n"
    ".edge path { fill: none; stroke: #7b8bb0; stroke-width: 1.3; }\n"
    ".edge.back path { stroke: #b9770e; stroke-dasharray: 4 2; }\n"
    ".edge path.hit { stroke: transparent; stroke-width: 9; stroke-dasharray: none; }\n"
    ".edge:hover path.line { stroke: #d35400; stroke-width: 2.5; }\n"
    ".edge text { font-size: 9px; fill: #55607a; } .arrow { fill: #7b8bb0; }\n"
    "@media print {\n"
    "  @page { size: A4; margin: 12mm; }\n"
    "  body { background: #fff; color: #000; margin: 0; }\n"
    "  section.chapter { margin: 0; break-inside: avoid; }\n"
    "  section.chapter + section.chapter { break-before: page; }\n"
    "  svg.map { border: none; width: auto; max-height: 21.5cm; }\n"
    "  svg text, .legend, .errors { fill: #000 !important; color: #000; }\n"
    "  .scene rect, .scene.unreached rect, .scene.error rect { fill: #fff; stroke: #000; }\n"
    "  .edge path.line, .edge.back path.line { stroke: #000; } .arrow { fill: #000; }\n"
    "  .legend i, .legend i.unreached, .legend i.error, .legend i.edge, .legend i.back {\n"
    "    border-color: #000; background: #fff; }\n"
    "}\n"
    "</style>\n";

static const char legend[] =
    "<p class=\"legend\"><span><i></i>scene reached</span>"
    "<span><i class=\"unreached\"></i>declared, never reached</span>"
    "<span><i class=\"error\"></i>error or dead end (✖)</span>"
    "<span><i class=\"edge\"></i>jump (the option's number at its start)</span>"
    "<span><i class=\"back\"></i>jump back</span>"
    "<span>▶ a chapter's first scene · ? a choice · ▣ a task · "
    "■ end of the chapter · ★ an ending</span></p>\n";

static bool has_chapter(Story *s, int number)
{
  const json_t *c;
  size_t i;
  json_array_foreach(story_chapters(s), i, c)
    if (json_integer_value(json_object_get(c, "number")) == number)
      return true;
  return false;
}

/* An interface string of the story's, or the fallback if it has none. */
static const char *ui(const Graph *g, const char *key, const char *fallback)
{
  const char *s = story_ui(g->story, key);
  return strcmp(s, key) == 0 ? fallback : s;
}

/* The page: what was played, the legend, each chapter's map. False (and err)
** if out cannot be written. */
static bool write_page(const Graph *g, FILE *out)
{
  const char *name = ui(g, "title.name", "the story"), *msg;
  const json_t *c, *t;
  size_t i;
  bool other = false;
  fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
          story_language(g->story));
  html_escape(out, name);
  fputs(" — map</title>\n", out);
  fputs(style, out);
  fputs("</head>\n<body>\n<h1>The map of ", out);
  html_escape(out, name);
  fprintf(out, "</h1>\n<p>As <code>ficelle graph</code> played it: %ld events, %ld states; ",
          g->stats.events, g->stats.states);
  if (g->stats.untaken)
    fprintf(out, "<b>the budget stopped before %ld options were taken</b> (raise --budget)",
            g->stats.untaken);
  else if (g->stats.budget_hit)
    fputs("every option of every choice taken, then the budget stopped the search", out);
  else
    fputs("every branch played", out);
  fputs(". Each box names its file and line.</p>\n", out);
  fputs(legend, out);
  json_object_foreach(g->errors, msg, t) {
    fputs("<p class=\"errors\">✖ ", out);
    html_escape(out, msg);
    fputs("</p>\n", out);
  }
  json_array_foreach(story_chapters(g->story), i, c) {
    int number = (int)json_integer_value(json_object_get(c, "number"));
    char title[400];
    if (g->chapter && number != g->chapter)
      continue;
    snprintf(title, sizeof title, "%s %d — %s", ui(g, "text.chapter", "Chapter"), number,
             json_string_value(json_object_get(c, "title")));
    graph_chapter(g, out, number, title);
  }
  json_array_foreach(g->order, i, c) {
    const json_t *sc = json_object_get(g->scenes, json_string_value(c));
    other = other || json_integer_value(json_object_get(sc, "chapter")) == 0;
  }
  if (other && !g->chapter && !has_chapter(g->story, 0))
    graph_chapter(g, out, 0, "Scenes of no chapter");
  fputs("</body>\n</html>\n", out);
  fflush(out);
  return ferror(out) ? err_set("cannot write the page") : true;
}

int graph_run(Story *s, int chapter, long budget, FILE *out)
{
  Graph g = { .story = s, .chapter = chapter };
  ExploreObserver obs = { .ud = &g, .on_scene = on_scene, .on_event = on_event };
  json_t *entered, *sc;
  const char *id;
  int status = 0;
  if (chapter > 0 && !has_chapter(s, chapter)) {
    fprintf(stderr, "graph: no chapter %d in the story\n", chapter);
    return 2;
  }
  g.scenes = json_object();
  g.order = json_array();
  g.choices = json_object();
  g.titles = json_object();
  g.errors = json_object();
  entered = json_object();
  explore_run(s, budget, &obs, entered, &g.stats);
  json_decref(entered);
  add_declared(&g);
  json_object_foreach(g.scenes, id, sc)
    find_decisions(&g, id, sc);
  if (!write_page(&g, out)) {
    fprintf(stderr, "graph: %s\n", err_get());
    status = 1;
  }
  json_decref(g.scenes);
  json_decref(g.order);
  json_decref(g.choices);
  json_decref(g.titles);
  json_decref(g.errors);
  return status;
}
