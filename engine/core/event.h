/*
** event: builds what the reader sees (story.h's Event) from a scene's request
** or a chapter's declaration, every shown string translated through tr. The
** strings and data an event points into live in its buffer until the next
** event is built there. Knows nothing of the step machine.
*/
#ifndef FICELLE_EVENT_H
#define FICELLE_EVENT_H

#include <stdbool.h>
#include <jansson.h>

#include "story.h"
#include "tr.h"

typedef struct EventBuf {
  Event ev;
  json_t *pool; /* the strings and data ev points into */
  EventOption *opts;
  int opts_cap;
} EventBuf;

void event_free(EventBuf *b);
/* Forgets the event and starts one of this kind (everything else zero). */
void event_reset(EventBuf *b, EventKind kind);
/* An error event with this message. */
void event_error(EventBuf *b, const char *msg);

/* A line from a request {text, who?, args?, id?, style}; ctx is the scene.
** *source (may be NULL) gets the line's source form (see lines.h), a new
** reference. False and err if a unit fails. */
bool event_line(EventBuf *b, const Tr *tr, const char *ctx, const json_t *req, const json_t *vars,
                json_t **source);
/* A choice from a request {options[{text, index, id?}], prompt?, task?}. */
bool event_choice(EventBuf *b, const Tr *tr, const char *ctx, const json_t *req,
                  const json_t *vars);
/* A chapter's title card, from its declaration. */
bool event_chapter(EventBuf *b, const Tr *tr, const json_t *def);
/* A chapter's discussion card, from its declaration. */
bool event_card(EventBuf *b, const Tr *tr, const json_t *def);
/* An ending, from a request {id, title, summary, credits}: its data holds the
** id, the title and the summary's and credits' lines, translated. */
bool event_ending(EventBuf *b, const Tr *tr, const json_t *req);

#endif
