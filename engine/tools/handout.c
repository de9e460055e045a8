/*
** handout: `ficelle handout --chapter N` writes a chapter as a printable page
** for a class (HTML on stdout, for a browser's Print): its text along the path
** that takes the first option of every choice, every choice with all its
** options, and the discussion card with its questions, facts and words.
*/
#include <stdio.h>
#include <string.h>

#include "tools/html.h"
#include "tools/tools.h"

static void tag(FILE *out, const char *open, const char *text, const char *close)
{
  fputs(open, out);
  html_escape(out, text);
  fputs(close, out);
}

static const char style[] =
    "<style>\n"
    "@page { size: A4; margin: 18mm 20mm; }\n"
    "body { font-family: 'EB Garamond', Garamond, Georgia, serif; font-size: 13pt;\n"
    "       line-height: 1.45; max-width: 42em; margin: 2em auto; color: #111; }\n"
    "h1 { font-size: 22pt; margin-bottom: 0; } .side { color: #555; margin-top: .2em; }\n"
    "p { margin: .35em 0; } p.note { font-style: italic; color: #444; }\n"
    "b.who { font-variant: small-caps; }\n"
    ".choice { border-left: 3px solid #999; margin: .8em 0; padding: .2em .8em; }\n"
    ".choice ol { margin: .2em 0; } .choice li.taken { font-weight: bold; }\n"
    ".task { font-family: Inter, Helvetica, sans-serif; font-size: 11pt; }\n"
    ".card { border: 2px solid #222; padding: .6em 1.2em; margin-top: 2em;\n"
    "        page-break-inside: avoid; }\n"
    ".source { color: #444; font-size: 11pt; }\n"
    "</style>\n";

/* The card: questions, facts with sources, words. */
static void put_card(FILE *out, const Story *s, const json_t *card)
{
  size_t i;
  const json_t *x;
  (void)s;
  fputs("<section class=\"card\">\n", out);
  tag(out, "<h2>", story_ui((Story *)s, "text.card"), "</h2>\n");
  tag(out, "<h3>", story_ui((Story *)s, "text.questions"), "</h3>\n<ol>\n");
  json_array_foreach(json_object_get(card, "questions"), i, x)
    tag(out, "<li>", json_string_value(x), "</li>\n");
  tag(out, "</ol>\n<h3>", story_ui((Story *)s, "text.facts"), "</h3>\n<ul>\n");
  json_array_foreach(json_object_get(card, "facts"), i, x) {
    tag(out, "<li>", json_string_value(json_object_get(x, "text")), "");
    tag(out, " <span class=\"source\">(", json_string_value(json_object_get(x, "source")),
        ")</span></li>\n");
  }
  tag(out, "</ul>\n<h3>", story_ui((Story *)s, "text.vocabulary"), "</h3>\n<dl>\n");
  json_array_foreach(json_object_get(card, "vocabulary"), i, x) {
    tag(out, "<dt>", json_string_value(json_object_get(x, "word")), "</dt>");
    tag(out, "<dd>", json_string_value(json_object_get(x, "definition")), "</dd>\n");
  }
  fputs("</dl>\n</section>\n", out);
}

static void put_task(FILE *out, const json_t *task)
{
  static const char *const fields[] = { "alt", "text", "a", "b", "question", NULL };
  fputs("<div class=\"task\">", out);
  for (const char *const *f = fields; *f; f++) {
    const char *v = json_string_value(json_object_get(task, *f));
    if (v)
      tag(out, "<p>", v, "</p>");
  }
  fputs("</div>\n", out);
}

int handout_run(Story *s, int chapter, FILE *out)
{
  const Event *ev = story_begin(s, chapter > 0 ? chapter : 1);
  const char *lang = story_language(s);
  int guard = 0;
  if (ev->kind != EVENT_CHAPTER) {
    fprintf(stderr, "handout: %s\n", ev->text ? ev->text : "the chapter does not begin");
    return 1;
  }
  fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", lang);
  tag(out, "<title>", ev->text, "</title>\n");
  fputs(style, out);
  fputs("</head>\n<body>\n", out);
  fprintf(out, "<h1>%s %d — ", story_ui(s, "text.chapter"), ev->chapter);
  tag(out, "", ev->text, "</h1>\n");
  {
    char key[64];
    snprintf(key, sizeof key, "text.side_%s", json_string_value(json_object_get(ev->data, "side")));
    tag(out, "<p class=\"side\">", story_ui(s, key), "</p>\n");
  }
  for (ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL }); guard < 100000; guard++) {
    switch (ev->kind) {
    case EVENT_LINE:
      if (strcmp(ev->style, "note") == 0)
        tag(out, "<p class=\"note\">", ev->text, "</p>\n");
      else if (ev->speaker)
        tag(out, "<p><b class=\"who\">", ev->speaker, "</b> — "), tag(out, "", ev->text, "</p>\n");
      else
        tag(out, "<p>", ev->text, "</p>\n");
      break;
    case EVENT_CHOICE:
      fputs("<div class=\"choice\">\n", out);
      if (ev->data)
        put_task(out, ev->data);
      if (ev->text)
        tag(out, "<p>", ev->text, "</p>\n");
      fputs("<ol>\n", out);
      for (int i = 0; i < ev->noptions; i++)
        tag(out, i == 0 ? "<li class=\"taken\">" : "<li>", ev->options[i].text, "</li>\n");
      fputs("</ol>\n</div>\n", out);
      ev = story_step(s, &(Input){ INPUT_CHOICE, 0, NULL });
      continue;
    case EVENT_CARD:
      put_card(out, s, ev->data);
      fputs("</body>\n</html>\n", out);
      return 0;
    case EVENT_ENDING: tag(out, "<h2>", ev->text, "</h2>\n"); break;
    case EVENT_ERROR: fprintf(stderr, "handout: %s\n", ev->text); return 1;
    case EVENT_END:
    case EVENT_CHAPTER: fputs("</body>\n</html>\n", out); return 0;
    default: break;
    }
    ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
  }
  fprintf(stderr, "handout: the chapter does not end\n");
  return 1;
}
