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
  lines_truncate(&v->page, 0);
  memset(v, 0, sizeof *v);
}

void view_new_page(View *v)
{
  lines_truncate(&v->page, 0);
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

bool view_translate(View *v, const Tr *tr, const json_t *vars, const char *scene)
{
  size_t n;
  const char **keys = tr_sorted_keys(v->bindings, &n);
  json_t *t = json_object(), *one;
  for (size_t i = 0; i < n; i++) {
    const char *ctx = json_string_value(json_object_get(v->bindctx, keys[i]));
    if (!ctx || !*ctx)
      ctx = scene && *scene ? scene : "screen";
    if (!(one = tr_tree(tr, ctx, json_object_get(v->bindings, keys[i]), keys[i], vars))) {
      free(keys);
      return json_decref(t), false;
    }
    json_object_set_new(t, keys[i], one);
  }
  free(keys);
  json_decref(v->shown);
  v->shown = t;
  v->screen++;
  return true;
}

void view_save(const View *v, Checkpoint *cp)
{
  cp->layout = mem_strdup(v->layout);
  cp->bindings = json_deep_copy(v->bindings);
  cp->bindctx = json_deep_copy(v->bindctx);
  cp->page = lines_sources(&v->page);
}

bool view_load(View *v, const Checkpoint *cp, const Tr *tr, const char *scene)
{
  free(v->layout);
  v->layout = mem_strdup(cp->layout ? cp->layout : "page");
  json_object_clear(v->bindings);
  json_object_clear(v->bindctx);
  view_set(v, NULL, cp->bindings, cp->bindctx, true, scene);
  view_new_page(v);
  return !cp->page || lines_add_sources(&v->page, cp->page, tr);
}
