/*
** lesson: the window's classroom mode (see lesson.h).
*/
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lesson.h"
#include "mem.h"

Lesson *lesson_open(void)
{
  Lesson *l = mem_calloc(1, sizeof *l);
  time_t now = time(NULL);
  struct tm tm;
  l->log = classlog_open();
  l->taken = -1;
  localtime_r(&now, &tm);
  strftime(l->name, sizeof l->name, "classe-%Y%m%d-%H%M%S", &tm);
  return l;
}

static void forget_choice(Lesson *l)
{
  free(l->before);
  l->before = NULL;
  for (int i = 0; i < l->noptions; i++)
    free(l->options[i]);
  l->noptions = 0;
  l->taken = -1;
}

void lesson_peek_clear(Lesson *l)
{
  for (int i = 0; i < l->npeek; i++)
    free(l->peek[i]);
  l->npeek = 0;
  l->peek_title[0] = '\0';
}

void lesson_close(Lesson *l)
{
  if (!l)
    return;
  forget_choice(l);
  lesson_peek_clear(l);
  classlog_close(l->log);
  free(l);
}

void lesson_shown(Lesson *l, Story *s, const Event *ev)
{
  if (ev->kind == EVENT_CHOICE) {
    forget_choice(l);
    memset(l->votes, 0, sizeof l->votes);
    l->before = story_save(s, &l->before_len);
    l->noptions = ev->noptions < LESSON_OPTIONS ? ev->noptions : LESSON_OPTIONS;
    for (int i = 0; i < l->noptions; i++)
      l->options[i] = mem_strdup(ev->options[i].text);
  } else if (ev->kind == EVENT_LINE && strcmp(ev->style, "discuss") == 0) {
    classlog_stop(l->log, ev, story_history_count(s));
    l->timer_minutes = (int)json_integer_value(json_object_get(ev->data, "minutes"));
    l->timer_end = 0;
    l->timer_rang = false;
  }
}

void lesson_vote(Lesson *l, int i, int d)
{
  if (i >= 0 && i < LESSON_OPTIONS && l->votes[i] + d >= 0)
    l->votes[i] += d;
}

int lesson_majority(const Lesson *l, int noptions)
{
  int best = 0;
  bool tie = false;
  for (int i = 1; i < noptions && i < LESSON_OPTIONS; i++) {
    if (l->votes[i] > l->votes[best])
      best = i, tie = false;
    else if (l->votes[i] == l->votes[best])
      tie = true;
  }
  return tie || l->votes[best] == 0 ? -1 : best;
}

void lesson_took(Lesson *l, Story *s, const Event *ev, int i, int history)
{
  bool counted = false;
  for (int k = 0; k < ev->noptions && k < LESSON_OPTIONS; k++)
    counted = counted || l->votes[k] > 0;
  classlog_choice(l->log, s, ev, counted && ev->noptions <= LESSON_OPTIONS ? l->votes : NULL, i,
                  history);
  l->taken = i;
}

void lesson_back(Lesson *l, int history)
{
  classlog_back(l->log, history);
}

bool lesson_save(Lesson *l, Story *s)
{
  if (classlog_count(l->log) == 0)
    return false;
  return classlog_save(l->log, s, l->name, l->saved, sizeof l->saved);
}
