/*
** handout: `ficelle handout --chapter N` writes a chapter as a printable page
** for a class (HTML on stdout, for a browser's Print): a line for the pupil's
** name, the text along the path that takes the first option of every choice
** (reading.c), its paragraphs numbered to cite them, every choice with all its
** options, the task drawings as SVG, and the discussion card with room for the
** answers. --short keeps the summary and the key passages the chapter's notes
** for teachers name (four A4 pages at most); --parallel sets the other
** language beside each paragraph, for language classes.
*/
#include <stdio.h>
#include <string.h>

#include "html.h"
#include "tools/tools.h"

static const char style[] =
    "<style>\n"
    "@page { size: A4; margin: 16mm 18mm 18mm 22mm;\n"
    "        @bottom-center { content: counter(page) \" / \" counter(pages);\n"
    "                         font: 9pt Inter, Helvetica, sans-serif; color: #555; } }\n"
    "body { font-family: 'EB Garamond', Garamond, Georgia, serif; font-size: 12.5pt;\n"
    "       line-height: 1.4; max-width: 42em; margin: 1.5em auto; color: #111;\n"
    "       padding-left: 2.8em; }\n"
    "body.parallel { max-width: 60em; font-size: 11pt; }\n"
    "h1 { font-size: 21pt; margin: .2em 0 0; } .side { color: #555; margin-top: .2em; }\n"
    "h2 { font-size: 14pt; margin: 1em 0 .3em; }\n"
    ".student { font: 10.5pt Inter, Helvetica, sans-serif; display: flex; gap: 1.5em;\n"
    "           border-bottom: 1px solid #999; padding-bottom: .4em; }\n"
    ".student span { flex: 1; border-bottom: 1px dotted #777; }\n"
    ".n { position: relative; margin: .3em 0; }\n"
    ".n::before { content: attr(data-n); position: absolute; left: -2.6em; width: 2em;\n"
    "             text-align: right; font: 8pt Inter, Helvetica, sans-serif; color: #777;\n"
    "             top: .35em; }\n"
    ".pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.6em; }\n"
    ".pair > div > p:first-child { margin-top: 0; }\n"
    "p { margin: .3em 0; } p.note { font-style: italic; color: #444; }\n"
    "b.who { font-variant: small-caps; }\n"
    ".cut { text-align: center; color: #666; margin: .6em 0; }\n"
    ".stop { border-left: 3px solid #333; padding: .1em .8em; font-weight: bold; }\n"
    ".warning { border: 1px solid #999; padding: .3em .8em; font-size: 11pt; }\n"
    ".summary { border-left: 3px solid #999; padding: .1em .9em; }\n"
    ".choice { border-left: 3px solid #999; padding: .1em .8em; page-break-inside: avoid; }\n"
    ".choice ol { margin: .2em 0; } .choice li.taken { font-weight: bold; }\n"
    ".task { font-family: Inter, Helvetica, sans-serif; font-size: 10pt; }\n"
    "svg.drawing { display: block; width: 100%; max-width: 11cm; max-height: 6.5cm;\n"
    "              margin: .3em 0; border: 1px solid #bbb; }\n"
    ".card { border: 2px solid #222; padding: .5em 1.1em; margin-top: 1.5em; }\n"
    ".card li { page-break-inside: avoid; }\n"
    ".answer { height: 4.2em; margin: .2em 0 .6em;\n"
    "          background: repeating-linear-gradient(transparent 0 1.37em, #aaa 1.37em 1.4em);\n"
    "          -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
    "h2, h3 { break-after: avoid; }\n"
    ".source { color: #444; font-size: 10pt; }\n"
    "</style>\n";

/* One paragraph's content (a line, a choice or an ending), in one language. */
static void put_item(FILE *out, Story *s, const json_t *it, const char *lang)
{
  const char *kind = json_string_value(json_object_get(it, "kind"));
  const char *text = json_string_value(json_object_get(it, "text"));
  const char *who = json_string_value(json_object_get(it, "who"));
  const json_t *task = json_object_get(it, "task"), *o;
  size_t i;
  (void)lang;
  if (strcmp(kind, "ending") == 0) {
    html_tagged(out, "<p><b>", text, "</b></p>");
  } else if (strcmp(kind, "line") == 0) {
    const char *how = json_string_value(json_object_get(it, "style"));
    if (how && strcmp(how, "note") == 0)
      html_tagged(out, "<p class=\"note\">", text, "</p>");
    else if (how && strcmp(how, "summary") == 0) /* --classroom: a passage in short */
      html_tagged(out, "<p class=\"note\">[…] ", text, " […]</p>");
    else if (how && strcmp(how, "discuss") == 0)
      html_tagged(out, "<p class=\"stop\">", text, "</p><div class=\"answer\"></div>");
    else if (who)
      html_tagged(out, "<p><b class=\"who\">", who, "</b> — "), html_tagged(out, "", text, "</p>");
    else
      html_tagged(out, "<p>", text, "</p>");
  } else {
    fputs("<div class=\"choice\">", out);
    if (task) {
      const char *a = json_string_value(json_object_get(task, "a"));
      const char *b = json_string_value(json_object_get(task, "b"));
      fputs("<div class=\"task\">", out);
      html_tagged(out, "<p><b>", story_ui(s, "text.task"), "</b> · ");
      html_tagged(out, "", json_string_value(json_object_get(task, "question")), "</p>");
      if (json_object_get(it, "drawing"))
        html_image(out, json_object_get(it, "drawing"),
                   json_string_value(json_object_get(task, "alt")));
      else if (json_string_value(json_object_get(task, "alt")))
        html_tagged(out, "<p>", json_string_value(json_object_get(task, "alt")), "</p>");
      if (json_string_value(json_object_get(task, "text")))
        html_tagged(out, "<p><i>", json_string_value(json_object_get(task, "text")), "</i></p>");
      if (a) /* a ranking: the pupils must tell the two answers apart */
        html_tagged(out, "<p><b>A.</b> ", a, "</p>"), html_tagged(out, "<p><b>B.</b> ", b, "</p>");
      fputs("</div>", out);
    }
    if (json_string_value(json_object_get(it, "prompt")))
      html_tagged(out, "<p>", json_string_value(json_object_get(it, "prompt")), "</p>");
    fputs("<ol>", out);
    json_array_foreach(json_object_get(it, "options"), i, o)
      html_tagged(out, i == 0 ? "<li class=\"taken\">" : "<li>", json_string_value(o), "</li>");
    fputs("</ol></div>", out);
  }
}

/* Item i of each path, numbered as in the whole handout (a short one cites
** the same numbers): one column, or two side by side. */
static void put_row(FILE *out, Story *s, const json_t *path, const json_t *other, size_t i,
                    const char *lang, const char *other_lang)
{
  if (!other) {
    fprintf(out, "<div class=\"n\" data-n=\"%zu\">", i + 1);
    put_item(out, s, json_array_get(json_object_get(path, "items"), i), lang);
    fputs("</div>\n", out);
    return;
  }
  fprintf(out, "<div class=\"n pair\" data-n=\"%zu\"><div lang=\"%s\">", i + 1, lang);
  put_item(out, s, json_array_get(json_object_get(path, "items"), i), lang);
  fprintf(out, "</div><div lang=\"%s\">", other_lang);
  put_item(out, s, json_array_get(json_object_get(other, "items"), i), other_lang);
  fputs("</div></div>\n", out);
}

/* The card: questions, each with room for its answer, facts with sources, words. */
static void put_card(FILE *out, Story *s, const json_t *card)
{
  size_t i;
  const json_t *x;
  html_tagged(out, "<h2>", story_ui(s, "text.card"), "</h2>\n");
  html_tagged(out, "<h3>", story_ui(s, "text.questions"), "</h3>\n<ol>\n");
  json_array_foreach(json_object_get(card, "questions"), i, x)
    html_tagged(out, "<li>", json_string_value(x), "<div class=\"answer\"></div></li>\n");
  html_tagged(out, "</ol>\n<h3>", story_ui(s, "text.facts"), "</h3>\n<ul>\n");
  json_array_foreach(json_object_get(card, "facts"), i, x) {
    html_tagged(out, "<li>", json_string_value(json_object_get(x, "text")), "");
    html_tagged(out, " <span class=\"source\">(", json_string_value(json_object_get(x, "source")),
                ")</span></li>\n");
  }
  html_tagged(out, "</ul>\n<h3>", story_ui(s, "text.vocabulary"), "</h3>\n<dl>\n");
  json_array_foreach(json_object_get(card, "vocabulary"), i, x) {
    html_tagged(out, "<dt>", json_string_value(json_object_get(x, "word")), "</dt>");
    html_tagged(out, "<dd>", json_string_value(json_object_get(x, "definition")), "</dd>\n");
  }
  fputs("</dl>\n", out);
}

/* Is the scene of item it one of the notes' key passages? */
static bool key_passage(const json_t *notes, const json_t *it)
{
  const char *scene = json_string_value(json_object_get(it, "scene")), *p;
  const json_t *x;
  size_t i;
  json_array_foreach(json_object_get(notes, "passages"), i, x)
    if ((p = json_string_value(x)) && scene && strcmp(p, scene) == 0)
      return true;
  return false;
}

static void put_page(FILE *out, Story *s, const HandoutOptions *o, const json_t *path,
                     const json_t *other, const json_t *notes, const char *lang,
                     const char *other_lang)
{
  const json_t *items = json_object_get(path, "items");
  char key[64];
  size_t i;
  bool cut = false;
  fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", lang);
  html_tagged(out, "<title>", json_string_value(json_object_get(path, "title")), "</title>\n");
  fputs(style, out);
  fprintf(out, "</head>\n<body%s>\n", other ? " class=\"parallel\"" : "");
  fprintf(out, "<div class=\"student\">%s <span></span> %s <span></span> %s <span></span></div>\n",
          story_ui(s, "handout.name"), story_ui(s, "handout.class"), story_ui(s, "handout.date"));
  fprintf(out, "<h1>%s %d — ", story_ui(s, "text.chapter"),
          (int)json_integer_value(json_object_get(path, "number")));
  html_tagged(out, "", json_string_value(json_object_get(path, "title")), "</h1>\n");
  snprintf(key, sizeof key, "text.side_%s", json_string_value(json_object_get(path, "side")));
  html_tagged(out, "<p class=\"side\">", story_ui(s, key), "</p>\n");
  if (json_object_get(notes, "content_note")) /* what pupils are told before reading */
    html_tagged(out, "<p class=\"warning\">",
                reading_text(json_object_get(notes, "content_note"), lang), "</p>\n");
  if (o->brief) {
    html_tagged(out, "<h2>", story_ui(s, "handout.summary"), "</h2>\n");
    html_tagged(out, "<div class=\"summary\"><p>",
                reading_text(json_object_get(notes, "summary"), lang), "</p></div>\n");
    if (other)
      html_tagged(out, "<div class=\"summary\"><p>",
                  reading_text(json_object_get(notes, "summary"), other_lang), "</p></div>\n");
    html_tagged(out, "<h2>", story_ui(s, "handout.passages"), "</h2>\n");
  }
  for (i = 0; i < json_array_size(items); i++) {
    if (o->brief && !key_passage(notes, json_array_get(items, i))) {
      cut = true;
      continue;
    }
    if (cut && o->brief)
      fputs("<p class=\"cut\">[…]</p>\n", out);
    cut = false;
    put_row(out, s, path, other, i, lang, other_lang);
  }
  if (json_object_get(path, "card")) {
    fputs("<section class=\"card\">\n", out);
    put_card(out, s, json_object_get(path, "card"));
    fputs("</section>\n", out);
  }
  fputs("</body>\n</html>\n", out);
}

int handout_run(Story *s, const HandoutOptions *o, FILE *out)
{
  char lang[16], other_lang[16] = "";
  json_t *path, *other = NULL;
  const json_t *notes;
  int status = 0;
  snprintf(lang, sizeof lang, "%s", story_language(s));
  if (!(path = reading_path(s, o->chapter)))
    return 1;
  notes = reading_notes(s, path);
  if (o->brief && (!notes || !json_object_get(notes, "passages"))) {
    fprintf(stderr,
            "handout --short: chapter %d has no notes for teachers naming its key passages "
            "(story/teacher/%s.lua: passages = { \"scene id\", ... })\n",
            (int)json_integer_value(json_object_get(path, "number")),
            json_string_value(json_object_get(path, "id")));
    json_decref(path);
    return 1;
  }
  if (o->parallel) {
    /* the same path in the other language: the same events, one to one */
    snprintf(other_lang, sizeof other_lang, "%s", strcmp(lang, "fr") == 0 ? "en" : "fr");
    if (!story_set_language(s, other_lang) || !(other = reading_path(s, o->chapter))
        || json_array_size(json_object_get(other, "items"))
            != json_array_size(json_object_get(path, "items"))) {
      fprintf(stderr, "handout --parallel: the chapter does not read the same in %s\n", other_lang);
      json_decref(other);
      json_decref(path);
      return 1;
    }
    story_set_language(s, lang);
  }
  put_page(out, s, o, path, other, notes, lang, other_lang);
  fflush(out);
  if (ferror(out)) {
    fprintf(stderr, "handout: cannot write the page\n");
    status = 1;
  }
  json_decref(other);
  json_decref(path);
  return status;
}
