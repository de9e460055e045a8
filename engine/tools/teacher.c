/*
** teacher: `ficelle teacher --chapter N` writes the teacher's pack for a
** chapter, a printable HTML page: what the chapter's notes for teachers say
** (story/teacher/<id>.lua: summary, content note, objectives, subjects, the
** questions for a lesson and the points to expect, a worksheet, references),
** what the engine measures (the reading time of the main path, from its
** words), the worksheet's figures taken from the story's own variables at the
** end of that path (change a rate in the story and the worksheet follows), and
** the map of the chapter's choices as the explorer plays them: for each
** option, what follows it and what it changes that later chapters read.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "i18n.h"
#include "text.h"
#include "html.h"
#include "tools/tools.h"

static const char style[] =
    "<style>\n"
    "@page { size: A4; margin: 16mm 18mm;\n"
    "        @bottom-center { content: counter(page) \" / \" counter(pages);\n"
    "                         font: 9pt Inter, Helvetica, sans-serif; color: #555; } }\n"
    "body { font-family: 'EB Garamond', Garamond, Georgia, serif; font-size: 12pt;\n"
    "       line-height: 1.4; max-width: 46em; margin: 1.5em auto; color: #111; }\n"
    "h1 { font-size: 20pt; margin-bottom: 0; } .side { color: #555; margin-top: .2em; }\n"
    "h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.3em; }\n"
    ".figures { font-family: Inter, Helvetica, sans-serif; font-size: 10.5pt; }\n"
    ".note { border: 1px solid #b55; padding: .3em .8em; }\n"
    "table { border-collapse: collapse; width: 100%; font-size: 10pt;\n"
    "        font-family: Inter, Helvetica, sans-serif; }\n"
    "th, td { border: 1px solid #bbb; padding: .25em .4em; vertical-align: top; text-align: left; "
    "}\n"
    "th { background: #eee; } tr { page-break-inside: avoid; }\n"
    "td.q { font-family: 'EB Garamond', Georgia, serif; font-size: 11pt; }\n"
    "code { font-size: 9pt; }\n"
    ".worksheet li { margin-bottom: .8em; } .answer { color: #333; font-size: 10.5pt; }\n"
    "</style>\n";

/* --- The map of choices ------------------------------------------------------ */

/* What the explorer met of the chapter's choices: "file:line" -> {scene,
** question, options: {"n": {label, follows: {text: true}, changes: {name:
** {value: true}}}}}, in the order first met (order). */
typedef struct Map {
  Story *story;
  int chapter;
  json_t *choices, *order;
  json_t *before; /* the variables at the choice just met or resumed */
  char at[300];   /* its "file:line" */
  const json_t *defs;
} Map;

/* Is name read (in its defaults) by a chapter after number? Their ids in out. */
static bool read_later(const json_t *defs, const char *name, int number, char *out, size_t size)
{
  const json_t *c;
  size_t i, n;
  out[0] = '\0';
  json_array_foreach(defs, i, c)
    if (json_integer_value(json_object_get(c, "number")) > number
        && json_object_get(json_object_get(c, "defaults"), name)) {
      n = strlen(out);
      snprintf(out + n, size - n, "%s%s", n ? ", " : "",
               json_string_value(json_object_get(c, "id")));
    }
  return out[0] != '\0';
}

static void met_choice(Map *m, const Event *ev)
{
  json_t *c, *options;
  json_decref(m->before);
  m->before = story_vars(m->story);
  snprintf(m->at, sizeof m->at, "%s:%d", ev->file ? ev->file : "", ev->line);
  if (!(c = json_object_get(m->choices, m->at))) {
    const char *q = ev->data ? json_string_value(json_object_get(ev->data, "question")) : ev->text;
    c = json_pack("{s:s, s:s, s:{}}", "scene", ev->scene ? ev->scene : "", "question", q ? q : "",
                  "options");
    json_object_set_new(m->choices, m->at, c);
    json_array_append_new(m->order, json_string(m->at));
  }
  options = json_object_get(c, "options");
  for (int i = 0; i < ev->noptions; i++) {
    char n[16];
    snprintf(n, sizeof n, "%d", ev->options[i].index);
    if (!json_object_get(options, n))
      json_object_set_new(
          options, n,
          json_pack("{s:s, s:{}, s:{}}", "label", ev->options[i].text, "follows", "changes"));
  }
}

/* What follows an option, in a few words: the next line, or where it goes. */
static void follows(const Map *m, const Event *ev, char *out, size_t size)
{
  const char *t = ev->text ? ev->text : "";
  switch (ev->kind) {
  case EVENT_LINE:
    if (strlen(t) > 90) {
      size_t n = 80;
      while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
        n--;
      snprintf(out, size, "%s%.*s…", ev->speaker ? "— " : "", (int)n, t);
    } else {
      snprintf(out, size, "%s%s", ev->speaker ? "— " : "", t);
    }
    break;
  case EVENT_CHOICE: snprintf(out, size, "%s", story_ui(m->story, "teacher.next_choice")); break;
  case EVENT_CARD: snprintf(out, size, "%s", story_ui(m->story, "teacher.chapter_end")); break;
  case EVENT_ENDING: snprintf(out, size, "%s", t); break;
  default: out[0] = '\0';
  }
}

static void on_event(void *ud, const Event *ev, const char *taken)
{
  Map *m = ud;
  const char *hash = strrchr(taken, '#');
  if (ev->chapter != m->chapter)
    return;
  if (m->at[0] && hash && (size_t)(hash - taken) == strlen(m->at)
      && strncmp(taken, m->at, strlen(m->at)) == 0) {
    /* the first event after one of the choice's options */
    json_t *opt =
        json_object_get(json_object_get(json_object_get(m->choices, m->at), "options"), hash + 1);
    json_t *after = story_vars(m->story), *val;
    const char *name;
    char text[400], later[200];
    follows(m, ev, text, sizeof text);
    if (opt && text[0])
      json_object_set_new(json_object_get(opt, "follows"), text, json_true());
    json_object_foreach(after, name, val) {
      const json_t *was = json_object_get(m->before, name);
      if (opt && (!was || !json_equal(was, val))
          && read_later(m->defs, name, m->chapter, later, sizeof later)) {
        char *v = json_dumps(val, JSON_ENCODE_ANY | JSON_COMPACT);
        json_t *vals = json_object_get(json_object_get(opt, "changes"), name);
        if (!vals)
          json_object_set_new(json_object_get(opt, "changes"), name, vals = json_object());
        json_object_set_new(vals, v ? v : "?", json_string(later));
        free(v);
      }
    }
    json_decref(after);
    m->at[0] = '\0';
  }
  if (ev->kind == EVENT_CHOICE)
    met_choice(m, ev);
}

static void on_resume(void *ud, const Event *ev)
{
  Map *m = ud;
  if (ev->chapter == m->chapter)
    met_choice(m, ev);
}

static void put_map(FILE *out, Story *s, const Map *m)
{
  const json_t *k, *c, *o, *x;
  const char *n, *name;
  size_t i;
  fputs("<table class=\"map\">\n<colgroup><col style=\"width:32%\"><col style=\"width:20%\">"
        "<col style=\"width:28%\"><col style=\"width:20%\"></colgroup>\n",
        out);
  html_tagged(out, "<tr><th>", story_ui(s, "teacher.map_question"), "</th>");
  html_tagged(out, "<th>", story_ui(s, "teacher.map_option"), "</th>");
  html_tagged(out, "<th>", story_ui(s, "teacher.map_follows"), "</th>");
  html_tagged(out, "<th>", story_ui(s, "teacher.map_changes"), "</th></tr>\n");
  json_array_foreach(m->order, i, k) {
    size_t nopt, row = 0;
    c = json_object_get(m->choices, json_string_value(k));
    nopt = json_object_size(json_object_get(c, "options"));
    json_object_foreach((json_t *)json_object_get(c, "options"), n, o) {
      const char *text;
      fputs("<tr>", out);
      if (row++ == 0) {
        fprintf(out, "<td class=\"q\" rowspan=\"%zu\">", nopt);
        html_escape(out, json_string_value(json_object_get(c, "question")));
        html_tagged(out, "<br><code>", json_string_value(k), "</code></td>");
      }
      fprintf(out, "<td>%s. ", n);
      html_escape(out, json_string_value(json_object_get(o, "label")));
      fputs("</td><td>", out);
      json_object_foreach((json_t *)json_object_get(o, "follows"), text, x) {
        html_tagged(out, "<div>", text, "</div>");
        break; /* the first met: the others differ only by earlier choices */
      }
      fputs("</td><td>", out);
      if (json_object_size(json_object_get(o, "changes")) == 0)
        fputs("—", out);
      json_object_foreach((json_t *)json_object_get(o, "changes"), name, x) {
        const char *value, *later = "";
        const json_t *y;
        html_tagged(out, "<div><code>", name, "</code> =");
        json_object_foreach((json_t *)x, value, y) {
          html_tagged(out, " <code>", value, "</code>");
          later = json_string_value(y);
        }
        html_tagged(out, " (", later, ")</div>");
      }
      fputs("</td></tr>\n", out);
    }
  }
  fputs("</table>\n", out);
}

/* --- The pack ------------------------------------------------------------------ */

/* A text of the notes, in lang, with French typography in French. */
static void put_text(FILE *out, const char *open, const json_t *field, const char *lang,
                     const char *close)
{
  const char *t = reading_text(field, lang);
  char *typeset = t && strcmp(lang, "fr") == 0 ? text_french(t) : NULL;
  if (t)
    html_tagged(out, open, typeset ? typeset : t, close);
  free(typeset);
}

/* A worksheet's text: its placeholders filled from the story's variables at the
** end of the main path ("{day_earned:euros}"). */
static void put_figures(FILE *out, const char *open, const json_t *field, const json_t *vars,
                        const char *lang, const char *close)
{
  const char *t = reading_text(field, lang);
  char *filled = t ? i18n_format(t, NULL, vars, lang) : NULL;
  char *typeset = filled && strcmp(lang, "fr") == 0 ? text_french(filled) : NULL;
  if (t)
    html_tagged(out, open, typeset ? typeset : filled ? filled : t, close);
  free(filled);
  free(typeset);
}

static void put_list(FILE *out, const char *heading, const json_t *list, const char *lang)
{
  const json_t *x;
  size_t i;
  if (!json_array_size(list))
    return;
  html_tagged(out, "<h2>", heading, "</h2>\n<ul>\n");
  json_array_foreach(list, i, x)
    put_text(out, "<li>", x, lang, "</li>\n");
  fputs("</ul>\n", out);
}

static void put_pack(FILE *out, Story *s, const json_t *path, const json_t *notes, const Map *m)
{
  const char *lang = story_language(s);
  const json_t *card = json_object_get(path, "card"), *x, *vars = json_object_get(path, "vars");
  int words = reading_path_words(path);
  char key[64], *reading;
  json_t *args;
  size_t i;
  fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", lang);
  html_tagged(out, "<title>", story_ui(s, "teacher.title"), " — ");
  html_tagged(out, "", json_string_value(json_object_get(path, "title")), "</title>\n");
  fputs(style, out);
  fputs("</head>\n<body>\n", out);
  html_tagged(out, "<p class=\"side\">", story_ui(s, "teacher.title"), "</p>\n");
  fprintf(out, "<h1>%s %d — ", story_ui(s, "text.chapter"),
          (int)json_integer_value(json_object_get(path, "number")));
  html_tagged(out, "", json_string_value(json_object_get(path, "title")), "</h1>\n");
  snprintf(key, sizeof key, "text.side_%s", json_string_value(json_object_get(path, "side")));
  html_tagged(out, "<p class=\"side\">", story_ui(s, key), "</p>\n");

  html_tagged(out, "<h2>", story_ui(s, "handout.summary"), "</h2>\n");
  put_text(out, "<p>", json_object_get(notes, "summary"), lang, "</p>\n");
  args = json_pack("{s:i, s:i, s:i, s:i, s:i}", "words", words, "fluent",
                   (words + READING_FLUENT - 1) / READING_FLUENT, "young",
                   (words + READING_YOUNG - 1) / READING_YOUNG, "fluent_rate", READING_FLUENT,
                   "young_rate", READING_YOUNG);
  reading = story_ui_format(s, "teacher.reading", args);
  html_tagged(out, "<p class=\"figures\" id=\"reading\">", reading, "</p>\n");
  free(reading);
  json_decref(args);
  if (json_object_get(notes, "content_note")) {
    html_tagged(out, "<h2>", story_ui(s, "teacher.content_note"), "</h2>\n");
    put_text(out, "<p class=\"note\">", json_object_get(notes, "content_note"), lang, "</p>\n");
  }
  put_list(out, story_ui(s, "teacher.objectives"), json_object_get(notes, "objectives"), lang);
  if (json_array_size(json_object_get(notes, "subjects"))) {
    html_tagged(out, "<h2>", story_ui(s, "teacher.subjects"), "</h2>\n<table>\n");
    json_array_foreach(json_object_get(notes, "subjects"), i, x) {
      put_text(out, "<tr><th>", json_object_get(x, "subject"), lang, "</th>");
      put_text(out, "<td>", json_object_get(x, "link"), lang, "</td></tr>\n");
    }
    fputs("</table>\n", out);
  }
  if (json_array_size(json_object_get(notes, "lesson"))) {
    html_tagged(out, "<h2>", story_ui(s, "teacher.lesson"), "</h2>\n<ol>\n");
    json_array_foreach(json_object_get(notes, "lesson"), i, x) {
      int q = (int)json_integer_value(json_object_get(x, "question"));
      const json_t *text = json_array_get(json_object_get(card, "questions"), (size_t)q - 1);
      html_tagged(out, "<li><b>", json_string_value(text) ? json_string_value(text) : "?", "</b>");
      put_text(out, "<p>", json_object_get(x, "points"), lang, "</p></li>\n");
    }
    fputs("</ol>\n", out);
  }
  if (json_array_size(json_object_get(notes, "worksheet"))) {
    html_tagged(out, "<h2>", story_ui(s, "teacher.worksheet"), "</h2>\n<ol class=\"worksheet\">\n");
    json_array_foreach(json_object_get(notes, "worksheet"), i, x) {
      put_figures(out, "<li>", json_object_get(x, "question"), vars, lang, "");
      put_figures(out, "<div class=\"answer\">", json_object_get(x, "answer"), vars, lang,
                  "</div></li>\n");
    }
    fputs("</ol>\n", out);
  }
  html_tagged(out, "<h2>", story_ui(s, "teacher.map"), "</h2>\n");
  html_tagged(out, "<p class=\"figures\">", story_ui(s, "teacher.map_how"), "</p>\n");
  put_map(out, s, m);
  html_tagged(out, "<h2>", story_ui(s, "teacher.references"), "</h2>\n<ul>\n");
  json_array_foreach(json_object_get(card, "facts"), i, x)
    html_tagged(out, "<li>", json_string_value(json_object_get(x, "source")), "</li>\n");
  json_array_foreach(json_object_get(notes, "references"), i, x)
    put_text(out, "<li>", x, lang, "</li>\n");
  fputs("</ul>\n</body>\n</html>\n", out);
}

int teacher_run(Story *s, int chapter, long budget, FILE *out)
{
  json_t *path = reading_path(s, chapter), *entered;
  const json_t *notes;
  ExploreStats st;
  Map m = { 0 };
  int status = 0;
  if (!path)
    return 1;
  if (!(notes = reading_notes(s, path))) {
    fprintf(stderr, "teacher: chapter %d has no notes for teachers (story/teacher/%s.lua): %s\n",
            (int)json_integer_value(json_object_get(path, "number")),
            json_string_value(json_object_get(path, "id")), err_get());
    json_decref(path);
    return 1;
  }
  m.story = s;
  m.chapter = (int)json_integer_value(json_object_get(path, "number"));
  m.choices = json_object();
  m.order = json_array();
  m.defs = story_declarations(s);
  entered = json_object();
  explore_run(s, budget,
              &(ExploreObserver){ .ud = &m, .on_event = on_event, .on_resume = on_resume }, entered,
              &st);
  if (st.untaken)
    fprintf(stderr,
            "teacher: the budget stopped before %ld options were taken: the map lacks "
            "them (raise --budget)\n",
            st.untaken);
  put_pack(out, s, path, notes, &m);
  fflush(out);
  if (ferror(out)) {
    fprintf(stderr, "teacher: cannot write the page\n");
    status = 1;
  }
  json_decref(entered);
  json_decref(m.choices);
  json_decref(m.order);
  json_decref(m.before);
  json_decref(path);
  return status;
}
