/*
** variables: `ficelle variables` writes what each chapter declares it reads
** (its defaults) and sets, and which later chapters read what it sets, as a
** Markdown page (lua/VARIABLES.md is its output, kept true by a test). The
** same declarations let variables_problems() find a chapter that reads what
** no chapter before it sets: its default would always stand.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/tools.h"

/* Does chapter c list name in its sets? */
static bool sets(const json_t *c, const char *name)
{
  const json_t *x;
  size_t i;
  json_array_foreach(json_object_get(c, "sets"), i, x)
    if (json_string_value(x) && strcmp(json_string_value(x), name) == 0)
      return true;
  return false;
}

static int number(const json_t *c)
{
  return (int)json_integer_value(json_object_get(c, "number"));
}

/* The ids of the chapters, other than c, whose `field` ("sets" or
** "defaults") holds name, comma-separated, before c (when: -1) or after it
** (+1), into out ("—" if none). */
static void chapters_with(const json_t *defs, const json_t *c, const char *name, int when,
                          char *out, size_t size)
{
  const json_t *d;
  size_t i, n = 0;
  out[0] = '\0';
  json_array_foreach(defs, i, d) {
    bool has =
        when < 0 ? sets(d, name) : json_object_get(json_object_get(d, "defaults"), name) != NULL;
    if (has && (when < 0 ? number(d) < number(c) : number(d) > number(c))) {
      n = strlen(out);
      snprintf(out + n, size - n, "%s%s", n ? ", " : "",
               json_string_value(json_object_get(d, "id")));
    }
  }
  if (!out[0])
    snprintf(out, size, "—");
}

static int by_name(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The names c declares (defaults and sets), sorted: a malloc'd array of
** *n names borrowed from c. */
static const char **declared(const json_t *c, size_t *n)
{
  const json_t *dflts = json_object_get(c, "defaults"), *all = json_object_get(c, "sets"), *x;
  const char **names = malloc((json_object_size(dflts) + json_array_size(all) + 1) * sizeof *names);
  const char *k;
  size_t i;
  *n = 0;
  json_object_foreach((json_t *)dflts, k, x)
    names[(*n)++] = k;
  json_array_foreach(all, i, x)
    if (json_string_value(x) && !json_object_get(dflts, json_string_value(x)))
      names[(*n)++] = json_string_value(x);
  qsort(names, *n, sizeof *names, by_name);
  return names;
}

int variables_run(Story *s, FILE *out)
{
  const json_t *defs = story_declarations(s), *c;
  size_t i;
  fputs("# The story's variables\n\n"
        "Written by `ficelle variables` from the chapters' declarations (`defaults`: what a\n"
        "chapter reads from earlier ones, with the value used when it is opened on its own;\n"
        "`sets`: what its scenes set). A scene reads only what its chapter declares and\n"
        "sets only what it lists in `sets`. Do not edit: `ficelle variables --dev >\n"
        "lua/VARIABLES.md` writes it anew, and a test compares.\n",
        out);
  json_array_foreach(defs, i, c) {
    size_t n;
    const char **names = declared(c, &n);
    fprintf(out, "\n## %d. %s (`%s`, %s)\n\n", number(c),
            json_string_value(json_object_get(c, "title")),
            json_string_value(json_object_get(c, "id")),
            json_string_value(json_object_get(c, "file")));
    if (n == 0)
      fputs("It declares no variable.\n", out);
    else
      fputs("| variable | read, with its default | set here | set before by | read after by |\n"
            "|---|---|---|---|---|\n",
            out);
    for (size_t k = 0; k < n; k++) {
      const json_t *dflt = json_object_get(json_object_get(c, "defaults"), names[k]);
      char *shown = dflt ? json_dumps(dflt, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
      char before[512], after[512];
      chapters_with(defs, c, names[k], -1, before, sizeof before);
      chapters_with(defs, c, names[k], +1, after, sizeof after);
      fprintf(out, "| `%s` | %s%s%s | %s | %s | %s |\n", names[k], shown ? "`" : "",
              shown ? shown : "—", shown ? "`" : "", sets(c, names[k]) ? "yes" : "—", before,
              after);
      free(shown);
    }
    free(names);
  }
  return ferror(out) ? 1 : 0;
}

int variables_problems(Story *s, void (*report)(void *ud, const char *msg), void *ud)
{
  const json_t *defs = story_declarations(s), *c, *val;
  json_t *first = json_object(); /* name -> the lowest number of a chapter setting it */
  const char *name;
  size_t i, k;
  int found = 0;
  /* Made once: a look through every chapter's sets for each default cost
  ** the square of the chapters. */
  json_array_foreach(defs, i, c)
    json_array_foreach(json_object_get(c, "sets"), k, val) {
      const json_t *at =
          json_string_value(val) ? json_object_get(first, json_string_value(val)) : NULL;
      if (json_string_value(val) && (!at || json_integer_value(at) > number(c)))
        json_object_set_new(first, json_string_value(val), json_integer(number(c)));
    }
  json_array_foreach(defs, i, c) {
    json_object_foreach(json_object_get(c, "defaults"), name, val) {
      const json_t *at = json_object_get(first, name);
      char msg[1024];
      if (sets(c, name))
        continue; /* its own starting value: chapter 1's balance */
      if (at && json_integer_value(at) < number(c))
        continue;
      snprintf(msg, sizeof msg,
               "%s: chapter %s reads '%s' (its defaults), which no chapter before it sets: "
               "its default always stands (a misspelt name?)",
               json_string_value(json_object_get(c, "file")),
               json_string_value(json_object_get(c, "id")), name);
      report(ud, msg);
      found++;
    }
  }
  json_decref(first);
  return found;
}
