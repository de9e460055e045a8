/*
** view: the screen and the page the story shows (see view.h).
*/
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "story.h"
#include "view.h"

void view_init(View *v)
{
  memset(v, 0, sizeof *v);
  v->layout = mem_strdup("page");
  v->bindings = json_object();
  v->bindctx = json_object();
  v->shown = json_object();
  v->page.max = STORY_PAGE_MAX;
}

void view_free(View *v)
{
  free(v->layout);
  json_decref(v->bindings);
  json_decref(v->bindctx);
  json_decref(v->shown);
  json_decref(v->task);
  json_decref(v->task_shown);
  lines_truncate(&v->page, 0);
  memset(v, 0, sizeof *v);
}

void view_new_page(View *v)
{
  lines_truncate(&v->page, 0);
  view_set_task(v, NULL, NULL);
  v->page_serial++;
}

void view_set(View *v, const char *name, const json_t *bindings, const json_t *ctx, bool merge,
              const char *scene)
{
  const char *key;
  json_t *val;
  if (name && strcmp(name, v->layout) != 0) {
    free(v->layout);
    v->layout = mem_strdup(name);
    view_new_page(v);
    merge = false; /* another screen: the old one's bindings go with it */
  }
  if (!merge) {
    json_object_clear(v->bindings);
    json_object_clear(v->bindctx);
  }
  json_object_foreach((json_t *)bindings, key, val) {
    const json_t *by = json_object_get(ctx, key);
    json_object_set(v->bindings, key, val);
    json_object_set_new(v->bindctx, key,
                        json_string(json_is_string(by) ? json_string_value(by) : scene));
  }
}

/* Bindings translated, each in the context of the scene that set it (else
** scene's): a new reference, or NULL and err. */
static json_t *translated(const json_t *bindings, const json_t *bindctx, const Tr *tr,
                          const json_t *vars, const char *scene)
{
  size_t n;
  const char **keys = tr_sorted_keys(bindings, &n);
  json_t *t = json_object(), *one;
  for (size_t i = 0; i < n; i++) {
    const char *ctx = json_string_value(json_object_get(bindctx, keys[i]));
    if (!ctx || !*ctx)
      ctx = scene && *scene ? scene : "screen";
    if (!(one = tr_tree(tr, ctx, json_object_get(bindings, keys[i]), keys[i], vars))) {
      free(keys);
      return json_decref(t), NULL;
    }
    json_object_set_new(t, keys[i], one);
  }
  free(keys);
  return t;
}

/* The task answered, shown through tr. It was shown once in the same
** context with the same values, so it cannot fail but with a save's task
** damaged by hand: then none is shown (the card waits), and nothing else is
** lost. */
static bool translate_task(View *v, const Tr *shown_by)
{
  Tr q = *shown_by, *tr = &q;
  q.collect = NULL; /* its units were collected where the scene showed them */
  const json_t *src = v->task;
  const char *ctx = json_string_value(json_object_get(src, "ctx"));
  const json_t *vars = json_object_get(src, "vars");
  json_t *task, *binds;
  json_decref(v->task_shown);
  v->task_shown = NULL;
  if (!src)
    return true;
  if (!ctx || !json_is_object(json_object_get(src, "task"))
      || !json_is_integer(json_object_get(src, "answer"))
      || !json_is_object(json_object_get(src, "bindings")))
    return false;
  if (!(task = tr_tree(tr, ctx, json_object_get(src, "task"), NULL, vars)))
    return false;
  if (!(binds = translated(json_object_get(src, "bindings"), json_object_get(src, "bindctx"), tr,
                           vars, ctx))) {
    json_decref(task);
    return false;
  }
  v->task_shown = json_pack("{s:o, s:O, s:o}", "task", task, "answer",
                            json_object_get(src, "answer"), "bindings", binds);
  return true;
}

bool view_translate(View *v, const Tr *tr, const json_t *vars, const char *scene)
{
  json_t *t = translated(v->bindings, v->bindctx, tr, vars, scene);
  if (!t)
    return false;
  translate_task(v, tr);
  json_decref(v->shown);
  v->shown = t;
  v->screen++;
  return true;
}

void view_answer(View *v, const Tr *tr, const json_t *task, const char *ctx, const json_t *vars,
                 int answer)
{
  json_t *src =
      json_pack("{s:O, s:s, s:i, s:o, s:o}", "task", task, "ctx", ctx ? ctx : "", "answer", answer,
                "bindings", json_deep_copy(v->bindings), "bindctx", json_deep_copy(v->bindctx));
  if (vars)
    json_object_set(src, "vars", (json_t *)vars);
  json_decref(v->task);
  v->task = src;
  translate_task(v, tr);
}

void view_set_task(View *v, json_t *task, const Tr *tr)
{
  json_incref(task);
  json_decref(v->task);
  v->task = task;
  if (!task || !tr || !translate_task(v, tr)) {
    json_decref(v->task_shown);
    v->task_shown = NULL;
  }
}

void view_save(const View *v, Checkpoint *cp)
{
  cp->layout = mem_strdup(v->layout);
  cp->bindings = json_deep_copy(v->bindings);
  cp->bindctx = json_deep_copy(v->bindctx);
  cp->page = lines_sources(&v->page);
  cp->task = json_incref(v->task);
}

bool view_load(View *v, const Checkpoint *cp, const Tr *tr, const char *scene)
{
  free(v->layout);
  v->layout = mem_strdup(cp->layout ? cp->layout : "page");
  json_object_clear(v->bindings);
  json_object_clear(v->bindctx);
  view_set(v, NULL, cp->bindings, cp->bindctx, true, scene);
  view_new_page(v);
  view_set_task(v, cp->task, tr);
  return !cp->page || lines_add_sources(&v->page, cp->page, tr);
}
