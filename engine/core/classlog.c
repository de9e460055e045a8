/*
** classlog: a class's path and votes (see classlog.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classlog.h"
#include "err.h"
#include "html.h"
#include "mem.h"
#include "vfs.h"

#define CLASSLOG_FORMAT 1

struct ClassLog {
  json_t *steps; /* each as in classlog_json, with "history" (dropped there) */
};

ClassLog *classlog_open(void)
{
  ClassLog *c = mem_calloc(1, sizeof *c);
  c->steps = json_array();
  return c;
}

void classlog_close(ClassLog *c)
{
  if (!c)
    return;
  json_decref(c->steps);
  free(c);
}

static json_t *where(const Event *ev)
{
  char w[600];
  snprintf(w, sizeof w, "%s:%d", ev->file ? ev->file : "", ev->line);
  return json_string(w);
}

void classlog_choice(ClassLog *c, Story *s, const Event *ev, const int *votes, int taken,
                     int history)
{
  json_t *options = json_array();
  const char *prompt = ev->data ? json_string_value(json_object_get(ev->data, "question")) : NULL;
  int n = story_page_count(s);
  if (!prompt && !ev->text && n > 0) /* the line the class had just read */
    prompt = story_page(s, n - 1)->text;
  for (int i = 0; i < ev->noptions; i++) {
    json_t *o = json_pack("{s:s}", "text", ev->options[i].text);
    if (votes)
      json_object_set_new(o, "votes", json_integer(votes[i]));
    json_array_append_new(options, o);
  }
  json_array_append_new(c->steps,
                        json_pack("{s:s, s:o, s:i, s:s, s:o, s:i, s:i}", "kind", "choice", "where",
                                  where(ev), "chapter", ev->chapter, "prompt",
                                  prompt         ? prompt
                                      : ev->text ? ev->text
                                                 : "",
                                  "options", options, "taken", taken, "history", history));
}

void classlog_stop(ClassLog *c, const Event *ev, int history)
{
  const json_t *last = json_array_get(c->steps, json_array_size(c->steps) - 1);
  json_t *here = where(ev);
  bool again = last && json_equal(json_object_get(last, "where"), here)
      && json_integer_value(json_object_get(last, "history")) == history;
  json_decref(here);
  if (again) /* the same stop shown again (after :other, a language change) */
    return;
  json_array_append_new(c->steps,
                        json_pack("{s:s, s:o, s:i, s:s, s:i}", "kind", "stop", "where", where(ev),
                                  "chapter", ev->chapter, "question", ev->text ? ev->text : "",
                                  "history", history));
}

void classlog_back(ClassLog *c, int history)
{
  size_t n = json_array_size(c->steps);
  while (n > 0
         && json_integer_value(json_object_get(json_array_get(c->steps, n - 1), "history"))
             >= history)
    json_array_remove(c->steps, --n);
}

int classlog_count(const ClassLog *c)
{
  return (int)json_array_size(c->steps);
}

json_t *classlog_json(const ClassLog *c)
{
  json_t *steps = json_deep_copy(c->steps), *step;
  size_t i;
  json_array_foreach(steps, i, step)
    json_object_del(step, "history");
  return json_pack("{s:i, s:o}", "format", CLASSLOG_FORMAT, "steps", steps);
}

/* The earlier class's step at the same place (and of the same kind), or NULL. */
static const json_t *earlier_step(const json_t *earlier, const json_t *step)
{
  const json_t *e;
  size_t i;
  json_array_foreach(json_object_get(earlier, "steps"), i, e)
    if (json_equal(json_object_get(e, "where"), json_object_get(step, "where"))
        && json_equal(json_object_get(e, "kind"), json_object_get(step, "kind")))
      return e;
  return NULL;
}

static int total(const json_t *options)
{
  const json_t *o;
  size_t i;
  int n = 0;
  json_array_foreach(options, i, o)
    n += (int)json_integer_value(json_object_get(o, "votes"));
  return n;
}

/* "12 (60 %)" or "–" for an option's votes in a step of `all` votes. */
static void votes_cell(FILE *out, const json_t *o, int all)
{
  const json_t *v = json_object_get(o, "votes");
  if (!v || all <= 0)
    fputs("–", out);
  else
    fprintf(out, "%lld (%lld %%)", (long long)json_integer_value(v),
            (long long)((json_integer_value(v) * 100 + all / 2) / all));
}

void classlog_page(const ClassLog *c, Story *s, const json_t *earlier, FILE *out)
{
  const json_t *step;
  size_t i;
  int choices = 0;
  fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
          story_language(s));
  html_tagged(out, "<title>", story_ui(s, "classroom.page_title"), "</title>\n");
  fputs("<style>\n@page { size: A4; margin: 16mm 18mm; }\n"
        "body { font-family: 'EB Garamond', Georgia, serif; font-size: 12pt; max-width: 44em;\n"
        "       margin: 1.5em auto; color: #111; }\n"
        "table { border-collapse: collapse; width: 100%; margin: .3em 0 1em;\n"
        "        font: 10.5pt Inter, Helvetica, sans-serif; }\n"
        "th, td { border: 1px solid #bbb; padding: .25em .45em; text-align: left; }\n"
        "th { background: #eee; } tr.taken td { font-weight: bold; }\n"
        ".stop { border-left: 3px solid #999; padding: .1em .8em; font-style: italic; }\n"
        "h2 { font-size: 13pt; margin-bottom: .2em; page-break-after: avoid; }\n"
        "table, .stop { page-break-inside: avoid; }\n</style>\n</head>\n<body>\n",
        out);
  html_tagged(out, "<h1>", story_ui(s, "classroom.page_title"), "</h1>\n");
  json_array_foreach(c->steps, i, step) {
    const json_t *o, *before = earlier ? earlier_step(earlier, step) : NULL;
    size_t k;
    int all = total(json_object_get(step, "options"));
    int was = before ? total(json_object_get(before, "options")) : 0;
    if (strcmp(json_string_value(json_object_get(step, "kind")), "stop") == 0) {
      html_tagged(out, "<p class=\"stop\">", story_ui(s, "classroom.stop"), " — ");
      html_tagged(out, "", json_string_value(json_object_get(step, "question")), "</p>\n");
      continue;
    }
    fprintf(out, "<h2>%d. ", ++choices);
    html_escape(out, json_string_value(json_object_get(step, "prompt")));
    fputs("</h2>\n<table>\n<tr><th></th>", out);
    html_tagged(out, "<th>", story_ui(s, "classroom.votes"), "</th>");
    if (earlier)
      html_tagged(out, "<th>", story_ui(s, "classroom.earlier"), "</th>");
    fputs("</tr>\n", out);
    json_array_foreach(json_object_get(step, "options"), k, o) {
      bool taken = (size_t)json_integer_value(json_object_get(step, "taken")) == k;
      fputs(taken ? "<tr class=\"taken\"><td>" : "<tr><td>", out);
      html_escape(out, json_string_value(json_object_get(o, "text")));
      if (taken)
        html_tagged(out, " (", story_ui(s, "classroom.taken"), ")");
      fputs("</td><td>", out);
      votes_cell(out, o, all);
      if (earlier) {
        fputs("</td><td>", out);
        votes_cell(out, before ? json_array_get(json_object_get(before, "options"), k) : NULL, was);
      }
      fputs("</td></tr>\n", out);
    }
    fputs("</table>\n", out);
  }
  if (choices == 0)
    html_tagged(out, "<p>", story_ui(s, "classroom.nothing"), "</p>\n");
  fputs("</body>\n</html>\n", out);
}

/* The latest record of classroom/ other than name's, or NULL. */
static json_t *latest_other(const char *name)
{
  char **files = vfs_list("user/classroom"), own[300];
  json_t *j = NULL;
  size_t n = 0;
  snprintf(own, sizeof own, "%s.json", name);
  while (files && files[n])
    n++;
  while (n-- > 0 && !j) {
    char path[400], *data;
    size_t len = strlen(files[n]);
    if (len < 6 || strcmp(files[n] + len - 5, ".json") != 0 || strcmp(files[n], own) == 0)
      continue;
    snprintf(path, sizeof path, "user/classroom/%s", files[n]);
    if ((data = vfs_read(path, NULL))) {
      j = json_loads(data, 0, NULL);
      if (j && json_integer_value(json_object_get(j, "format")) != CLASSLOG_FORMAT) {
        json_decref(j);
        j = NULL;
      }
      free(data);
    }
  }
  vfs_free_list(files);
  return j;
}

bool classlog_save(const ClassLog *c, Story *s, const char *name, char *path, size_t size)
{
  json_t *j = classlog_json(c), *earlier = latest_other(name);
  char *dump = json_dumps(j, JSON_INDENT(2)), *page = NULL, file[400];
  size_t len = 0;
  FILE *out = open_memstream(&page, &len);
  bool ok = dump && out;
  if (out) {
    classlog_page(c, s, earlier, out);
    fclose(out);
  }
  snprintf(file, sizeof file, "user/classroom/%s.json", name);
  ok = ok && vfs_write(file, dump, strlen(dump));
  snprintf(file, sizeof file, "user/classroom/%s.html", name);
  ok = ok && page && vfs_write(file, page, len);
  if (ok)
    snprintf(path, size, "%s/classroom/%s.html", vfs_write_dir(), name);
  json_decref(j);
  json_decref(earlier);
  free(dump);
  free(page);
  return ok;
}
