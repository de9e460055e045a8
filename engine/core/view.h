/*
** view: what the reader sees now, owned by the story: the layout shown, its
** bindings (as the scenes gave them, and translated, each in the context of
** the scene that set it), the page (the lines said since the layout
** changed or the chapter began) and the task last answered on it. Serials
** tell a frontend when to draw anew.
*/
#ifndef FICELLE_VIEW_H
#define FICELLE_VIEW_H

#include <stdbool.h>
#include <jansson.h>

#include "lines.h"
#include "state.h"
#include "tr.h"

typedef struct View {
  char *layout;
  json_t *bindings;     /* as the scenes gave them */
  json_t *bindctx;      /* binding -> the scene that set it: its translation
                            context, kept when the screen outlives the scene */
  json_t *shown;        /* translated */
  unsigned screen;      /* changes with the layout and the bindings */
  unsigned page_serial; /* changes when the page starts anew */
  Lines page;
  json_t *task;       /* the task last answered on the page, as its source:
                            {task, ctx, vars?, answer, bindings, bindctx}, the
                            screen's when it was answered (NULL: none). Never
                            changed in place: marks and checkpoints share it */
  json_t *task_shown; /* ... translated: {task, answer (0-based), bindings} */
} View;

void view_init(View *v);
void view_free(View *v);

/* Shows layout `name` (NULL: the one shown) with these bindings (NULL: none),
** set by the scenes in ctx (NULL: all by `scene`), or merged over the ones
** shown (merge). Another layout starts a new page. Translate afterwards. */
void view_set(View *v, const char *name, const json_t *bindings, const json_t *ctx, bool merge,
              const char *scene);
/* Translates the bindings (vars: the placeholders' values, may be NULL), and
** the task answered; the screen's serial moves. False and err if a binding's
** unit fails. */
bool view_translate(View *v, const Tr *tr, const json_t *vars, const char *scene);
/* The task of a choice (ctx: the scene, vars: its placeholders' values, may
** be NULL) was answered with the option at position answer: it is kept, with
** the screen's bindings, until the page ends. */
void view_answer(View *v, const Tr *tr, const json_t *task, const char *ctx, const json_t *vars,
                 int answer);
/* Puts back a task answered, as view_answer kept it (NULL: none; a reference
** is taken), shown through tr. */
void view_set_task(View *v, json_t *task, const Tr *tr);
/* A page break: the page starts empty. */
void view_new_page(View *v);
/* Copies the screen and the page's sources into a checkpoint. */
void view_save(const View *v, Checkpoint *cp);
/* The screen and page of a checkpoint, the page shown through tr. */
bool view_load(View *v, const Checkpoint *cp, const Tr *tr, const char *scene);

#endif
