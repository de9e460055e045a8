/*
** textui: the terminal frontend (see textui.h). It only prints what events say,
** in order, wrapped at the terminal's width by the core's line breaker.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "classlog.h"
#include "err.h"
#include "saves.h"
#include "i18n.h"
#include "text.h"
#include "text/textui.h"
#include "vfs.h"

#define SAVE_SLOT "text"

/* --trace: what the story did, for tests; owned by textui_run. */
typedef struct Trace {
  bool on;
  unsigned long serial; /* the checkpoint last traced */
  json_t *vars;         /* the variables then (a copy), or NULL */
  int lines;            /* lines read from the input */
} Trace;

typedef struct Term {
  Story *s;
  int width;
  char status[1024]; /* the screen's figures, last printed */
  char lists[4096];  /* the screen's lists (a history, a queue), last printed */
  json_t *figures;   /* the screen's bindings last printed (for "+0,03 €") */
  bool error;
  bool wait;
  Trace *trace;
  ClassLog *log; /* classroom mode: the class's path and votes; else NULL */
  char *before;  /* classroom mode: the story saved at the last choice shown */
  size_t before_len;
  int pending; /* votes kept while a tie waits for the teacher (-1: none) */
  int votes[64];
} Term;

/* Writes s[0..n) to f as text that a terminal cannot take for commands: the
** C0 and C1 controls (ESC, CSI, BEL, ...) and DEL a story's text may hold are
** left out, a tab is a space, a byte that is not UTF-8 is U+FFFD. */
static void put(FILE *f, const char *s, size_t n)
{
  const char *p = s, *end = s + n;
  while (p < end) {
    const char *at = p;
    unsigned c = text_utf8_next(&p);
    if (c == '\n')
      fputc('\n', f);
    else if (c == '\t')
      fputc(' ', f);
    else if (c < 0x20 || (c >= 0x7F && c < 0xA0))
      continue;
    else if (c == 0xFFFD)
      fputs("\xEF\xBF\xBD", f);
    else
      fwrite(at, 1, (size_t)(p - at), f);
  }
}

/* printf to standard output, through put(): everything the terminal
** frontend prints may hold a story's text. */
ERR_PRINTF(1, 2)
static void out(const char *fmt, ...)
{
  char small[1024], *buf = small;
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0)
    return;
  if ((size_t)n >= sizeof small) {
    if (!(buf = malloc((size_t)n + 1)))
      return;
    va_start(ap, fmt);
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  put(stdout, buf, (size_t)n);
  if (buf != small)
    free(buf);
}

static void wrapped(Term *t, const char *prefix, const char *text)
{
  TextLine *lines;
  size_t plen = text_utf8_len(prefix, strlen(prefix));
  char indent[64];
  int w = t->width - (int)plen, n;
  if (!text)
    return;
  /* As many lines as the text takes (a long one was cut at 256 lines). */
  w = w > 20 ? w : 20;
  n = text_wrap(text, w, text_measure_columns, NULL, NULL, 0);
  if (!(lines = malloc((size_t)(n > 0 ? n : 1) * sizeof *lines)))
    return;
  n = text_wrap(text, w, text_measure_columns, NULL, lines, n);
  /* continuation lines align with the first, inside a task's frame if any */
  memset(indent, ' ', sizeof indent);
  indent[plen < sizeof indent - 4 ? plen + 2 : sizeof indent - 1] = '\0';
  if (strncmp(prefix, "│", strlen("│")) == 0)
    memcpy(indent, "│", strlen("│"));
  else
    indent[plen < sizeof indent ? plen : sizeof indent - 1] = '\0';
  for (int i = 0; i < n; i++) {
    out("%s", i == 0 ? prefix : indent);
    put(stdout, text + lines[i].start, lines[i].len);
    fputc('\n', stdout);
  }
  if (n == 0)
    out("%s\n", prefix);
  free(lines);
}

/* Reads the reader's next line; at a choice, after "> " and, without --wait,
** past blank lines. False at the end of the input. */
static bool read_line(Term *t, char *buf, size_t size, bool choice)
{
  do {
    if (choice)
      out("> ");
    fflush(stdout);
    if (!fgets(buf, (int)size, stdin))
      return false;
    if (!strchr(buf, '\n')) { /* a longer line is one answer, not several */
      int c;
      while ((c = getchar()) != EOF && c != '\n')
        ;
    }
    buf[strcspn(buf, "\r\n")] = '\0';
    t->trace->lines++;
  } while (choice && !t->wait && buf[0] == '\0');
  if (t->trace->on) /* the line's number in the input: a test finds the unread */
    out("%s@ input %d\n", choice ? "\n" : "", t->trace->lines);
  return true;
}

/* --- The trace (--trace): "@ " lines a test reads ------------------------ */

static void trace_var(const char *name, const json_t *value)
{
  char *j = value ? json_dumps(value, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
  out("@ set %s = %s\n", name, j ? j : "null");
  free(j);
}

static int by_name(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The variables that changed since the last call, by name, then keeps them. */
static void trace_vars(Term *t)
{
  json_t *v = story_vars(t->s), *old = t->trace->vars, *x; /* v is ours */
  size_t n = 0, most = json_object_size(v) + json_object_size(old) + 1;
  const char *name, **names = malloc(most * sizeof *names);
  if (!names) {
    json_decref(v);
    return;
  }
  json_object_foreach(v, name, x)
    if (!json_equal(x, json_object_get(old, name)))
      names[n++] = name;
  json_object_foreach(old, name, x)
    if (!json_object_get(v, name))
      names[n++] = name;
  qsort(names, n, sizeof *names, by_name);
  for (size_t i = 0; i < n; i++)
    trace_var(names[i], json_object_get(v, names[i]));
  free(names);
  json_decref(old);
  t->trace->vars = v;
}

/* A scene entered (a checkpoint taken since the last event shown) and what the
** variables became; the end. */
static void trace_event(Term *t, const Event *ev)
{
  Trace *tr = t->trace;
  if (!tr->on)
    return;
  /* a chapter's title is a checkpoint of its own, taken before its first
  ** scene is entered: that scene's first event says it */
  if (ev->kind != EVENT_CHAPTER && story_checkpoint_serial(t->s) != tr->serial) {
    tr->serial = story_checkpoint_serial(t->s);
    out("@ scene %s\n", ev->scene);
    trace_vars(t);
  }
  if (ev->kind == EVENT_END) {
    trace_vars(t);
    out("@ end\n");
  }
}

static void trace_choice(Term *t, const Event *ev, int i)
{
  if (t->trace->on)
    out("@ chose %d %s\n", i + 1, ev->options[i].text);
}

/* --- Answers ---------------------------------------------------------------- */

/* A code point as answers are compared: no-break and narrow spaces as spaces,
** typographic apostrophes as ', capitals (Latin-1, Œ, Ÿ) as small letters. */
static unsigned fold(unsigned c)
{
  if (c == 0xA0 || c == 0x2007 || c == 0x2009 || c == 0x202F)
    return ' ';
  if (c == 0x2018 || c == 0x2019)
    return '\'';
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
    return c + 0x20;
  if (c == 0x152)
    return 0x153;
  if (c == 0x178)
    return 0xFF;
  return c;
}

/* 2 if the len bytes of answer say label, 1 if they begin it, else 0. */
static int label_match(const char *answer, size_t len, const char *label)
{
  const char *a = answer, *l = label;
  while (a < answer + len) {
    unsigned ca, cl;
    if (!*l)
      return 0;
    ca = fold(text_utf8_next(&a));
    cl = fold(text_utf8_next(&l));
    if (ca != cl)
      return 0;
  }
  return *l ? 1 : 2;
}

/* The option an answer names (0-based): its number; else the label it says,
** else the one label it begins. -1 if none, or if it begins several. */
static int answer_choice(const Event *ev, const char *answer)
{
  char *end;
  long k = strtol(answer, &end, 10);
  size_t len;
  int found = -1, begun = 0;
  if (answer[0] && !*end)
    return k >= 1 && k <= ev->noptions ? (int)k - 1 : -1;
  answer += strspn(answer, " \t");
  for (len = strlen(answer); len && (answer[len - 1] == ' ' || answer[len - 1] == '\t'); len--)
    ;
  for (int i = 0; len && i < ev->noptions; i++) {
    int m = label_match(answer, len, ev->options[i].text);
    if (m == 2)
      return i;
    if (m == 1)
      found = i, begun++;
  }
  return begun == 1 ? found : -1;
}

static void ui(Term *t, const char *key)
{
  out("%s", story_ui(t->s, key));
}

/* The bindings of the screen the event is shown on. */
static const json_t *screen_bindings(const Event *ev)
{
  return ev->bindings;
}

static const char *str(const json_t *o, const char *key)
{
  return json_string_value(json_object_get(o, key));
}

/* A status line being made: its text and the bindings already in it. */
typedef struct Status {
  char line[1024];
  char lists[4096]; /* a list panel's lines, each under the status line */
  const char *shown[16];
  int nshown;
  const json_t *before; /* the bindings last printed, on the same screen; or NULL */
} Status;

/* Adds a line to the lists printed under the status line. */
static void status_list_line(Status *st, const char *prefix, const char *text, const char *fig,
                             const char *link)
{
  size_t n = strlen(st->lists);
  if (n + 1 < sizeof st->lists)
    snprintf(st->lists + n, sizeof st->lists - n, "%s%s%s%s%s%s%s\n", prefix, text,
             fig && *fig ? " (" : "", fig ? fig : "", fig && *fig ? ")" : "",
             link && *link ? " — " : "", link ? link : "");
}

static void status_add(Status *st, const char *label, const char *value)
{
  size_t n = strlen(st->line);
  if (!value || !*value || n + 1 >= sizeof st->line)
    return;
  snprintf(st->line + n, sizeof st->line - n, "%s%s%s%s", n ? " · " : "", label ? label : "",
           label && *label ? " " : "", value);
}

/* A binding shown once, in the first panel that names it. */
static bool status_once(Status *st, const char *bind)
{
  for (int i = 0; i < st->nshown; i++)
    if (strcmp(st->shown[i], bind) == 0)
      return false;
  if (st->nshown < 16)
    st->shown[st->nshown++] = bind;
  return true;
}

/* What a panel draws besides the text: a bar's items and a header's fields
** (label and value), a table's rows, a notice when set, a sidebar's bindings. */
static void status_panel(Term *t, const json_t *panel, const json_t *b, Status *st)
{
  const char *kind = str(panel, "kind"), *lang = story_language(t->s);
  char value[512];
  size_t i;
  const json_t *x;
  if (!kind)
    return;
  if (strcmp(kind, "bar") == 0 || strcmp(kind, "header") == 0) {
    const char *list = strcmp(kind, "bar") == 0 ? "items" : "fields";
    json_array_foreach(json_object_get(panel, list), i, x) {
      const char *bind = str(x, "bind"), *label = str(x, "label");
      if (bind && !json_object_get(b, bind) && json_is_true(json_object_get(x, "optional")))
        continue;
      if (bind && !status_once(st, bind))
        continue;
      if (bind)
        i18n_format_value(json_object_get(b, bind), str(x, "format"), lang, value, sizeof value);
      else if (str(x, "ui"))
        snprintf(value, sizeof value, "%s", story_ui(t->s, str(x, "ui")));
      else
        snprintf(value, sizeof value, "%s", str(x, "text") ? str(x, "text") : "");
      if (bind && st->before && json_is_number(json_object_get(b, bind))
          && json_is_number(json_object_get(st->before, bind))) {
        /* A figure that changed says by how much, as the window's "+0,03 €". */
        double d = json_number_value(json_object_get(b, bind))
            - json_number_value(json_object_get(st->before, bind));
        if (d != 0) {
          char mag[128];
          json_t *m = json_real(d < 0 ? -d : d);
          i18n_format_value(m, str(x, "format"), lang, mag, sizeof mag);
          json_decref(m);
          size_t n = strlen(value);
          snprintf(value + n, sizeof value - n, " (%s%s)", d < 0 ? "−" : "+", mag);
        }
      }
      status_add(st, label ? story_ui(t->s, label) : NULL, value);
    }
  } else if (strcmp(kind, "notice") == 0) {
    const char *bind = str(panel, "bind") ? str(panel, "bind") : "notice";
    if (status_once(st, bind))
      status_add(st, NULL, json_string_value(json_object_get(b, bind)));
  } else if (strcmp(kind, "rows") == 0) {
    const char *bind = str(panel, "bind") ? str(panel, "bind") : "rows";
    if (!status_once(st, bind))
      return;
    json_array_foreach(json_object_get(b, bind), i, x) {
      bool pair = json_is_array(x);
      const json_t *label = pair ? json_array_get(x, 0) : json_object_get(x, "label");
      i18n_format_value(pair ? json_array_get(x, 1) : json_object_get(x, "value"), NULL, lang,
                        value, sizeof value);
      status_add(st, json_string_value(label), value);
    }
  } else if (strcmp(kind, "list") == 0) {
    const char *bind = str(panel, "bind") ? str(panel, "bind") : "list";
    if (!json_array_size(json_object_get(b, bind)) || !status_once(st, bind))
      return;
    if (str(panel, "ui"))
      status_list_line(st, "", story_ui(t->s, str(panel, "ui")), NULL, NULL);
    json_array_foreach(json_object_get(b, bind), i, x) {
      const json_t *note = json_object_get(x, "note");
      value[0] = '\0';
      if (note)
        i18n_format_value(note, json_is_number(note) ? str(panel, "format") : NULL, lang, value,
                          sizeof value);
      status_list_line(st, "  • ", json_is_string(x) ? json_string_value(x) : str(x, "text"), value,
                       str(x, "link"));
    }
  } else if (strcmp(kind, "table") == 0) {
    /* A table: its head and its rows, a line each, the cells between bars. */
    const char *bind = str(panel, "bind") ? str(panel, "bind") : "table";
    const json_t *tab = json_object_get(b, bind), *row, *cell;
    if (!json_array_size(json_object_get(tab, "rows")) || !status_once(st, bind))
      return;
    row = json_object_get(tab, "head");
    for (size_t r = 0;; r++) {
      size_t n = 0, k;
      value[0] = '\0';
      json_array_foreach(row, k, cell) {
        char v[128];
        i18n_format_value(cell, NULL, lang, v, sizeof v);
        if (n + 1 < sizeof value)
          n += (size_t)snprintf(value + n, sizeof value - n, "%s%s", k ? " | " : "", v);
      }
      status_list_line(st, r ? "  " : "", value, NULL, NULL);
      if (r >= json_array_size(json_object_get(tab, "rows")))
        break;
      row = json_array_get(json_object_get(tab, "rows"), r);
    }
  } else if (strcmp(kind, "button") == 0) {
    const json_t *v = str(panel, "bind") ? json_object_get(b, str(panel, "bind")) : NULL;
    const json_t *floor = str(panel, "from") ? json_object_get(b, str(panel, "from")) : NULL;
    if (!json_is_number(v) || !json_is_number(floor))
      return;
    if (json_number_value(v) >= json_number_value(floor)) {
      status_add(st, NULL, story_ui(t->s, str(panel, "ui") ? str(panel, "ui") : ""));
    } else { /* under its floor: why it does not work yet */
      char from[128];
      i18n_format_value(floor, "euros", lang, from, sizeof from);
      json_t *args = json_pack("{s:s}", "amount", from);
      char *why = story_ui_format(t->s, "platform.withdraw_from", args);
      snprintf(value, sizeof value, "(%s)", why ? why : from);
      status_add(st, story_ui(t->s, str(panel, "ui") ? str(panel, "ui") : ""), value);
      free(why);
      json_decref(args);
    }
  } else if (strcmp(kind, "progress") == 0) {
    const char *bind = str(panel, "bind") ? str(panel, "bind") : "progress";
    const json_t *v = json_object_get(b, bind);
    if (json_array_size(v) != 2 || !status_once(st, bind))
      return;
    snprintf(value, sizeof value, "%.0f / %.0f", json_number_value(json_array_get(v, 0)),
             json_number_value(json_array_get(v, 1)));
    status_add(st, str(panel, "ui") ? story_ui(t->s, str(panel, "ui")) : NULL, value);
  } else if (strcmp(kind, "sidebar") == 0) {
    static const char *const named[] = { "channel", "people", NULL };
    for (const char *const *k = named; *k; k++) {
      const char *bind = str(panel, *k);
      const json_t *v = bind ? json_object_get(b, bind) : NULL;
      size_t n = 0;
      if (!v || !status_once(st, bind))
        continue;
      value[0] = '\0';
      json_array_foreach(v, i, x) /* a list of names */
        if (json_is_string(x) && n + 1 < sizeof value)
          n += (size_t)snprintf(value + n, sizeof value - n, "%s%s", n ? ", " : "",
                                json_string_value(x));
      if (!json_is_array(v))
        i18n_format_value(v, NULL, lang, value, sizeof value);
      status_add(st, NULL, value);
    }
  }
}

/* What the screen shows around the text, as one line, printed when it changes. */
static void print_status(Term *t, const Event *ev)
{
  const json_t *layout = ev->layout ? story_data(t->s, "layouts", ev->layout) : NULL;
  const json_t *panel;
  Status st;
  size_t i;
  memset(&st, 0, sizeof st);
  /* (the same screen: its figures' changes are shown) */
  if (t->figures && ev->layout && json_is_string(json_object_get(t->figures, "\x01layout"))
      && strcmp(json_string_value(json_object_get(t->figures, "\x01layout")), ev->layout) == 0)
    st.before = t->figures;
  json_array_foreach(json_object_get(layout, "panels"), i, panel)
    status_panel(t, panel, screen_bindings(ev), &st);
  if (strcmp(st.line, t->status) != 0) {
    if (st.line[0])
      out("[%s]\n", st.line);
    snprintf(t->status, sizeof t->status, "%s", st.line);
  }
  if (strcmp(st.lists, t->lists) != 0) {
    if (st.lists[0])
      out("%s", st.lists);
    snprintf(t->lists, sizeof t->lists, "%s", st.lists);
  }
  json_decref(t->figures);
  t->figures = json_is_object(screen_bindings(ev)) ? json_copy((json_t *)screen_bindings(ev))
                                                   : json_object();
  json_object_set_new(t->figures, "\x01layout", json_string(ev->layout ? ev->layout : ""));
}

static void print_task(Term *t, const json_t *task)
{
  const char *kind = json_string_value(json_object_get(task, "kind"));
  const json_t *pay = json_object_get(task, "pay"), *secs = json_object_get(task, "seconds");
  char head[256];
  snprintf(head, sizeof head, "%s", story_ui(t->s, "text.task"));
  if (json_is_integer(pay))
    snprintf(head + strlen(head), sizeof head - strlen(head), " · %lld %s",
             (long long)json_integer_value(pay), story_ui(t->s, "text.cents"));
  if (json_is_integer(secs))
    snprintf(head + strlen(head), sizeof head - strlen(head), " · %lld s",
             (long long)json_integer_value(secs));
  out("┌ %s\n", head);
  if (kind && strcmp(kind, "image") == 0 && json_object_get(task, "alt")) {
    char p[64];
    snprintf(p, sizeof p, "│ %s ", story_ui(t->s, "text.image"));
    wrapped(t, p, json_string_value(json_object_get(task, "alt")));
  }
  if (json_is_string(json_object_get(task, "text"))) {
    char quoted[2048];
    snprintf(quoted, sizeof quoted, "%s%s%s", story_ui(t->s, "text.quote_open"),
             json_string_value(json_object_get(task, "text")), story_ui(t->s, "text.quote_close"));
    wrapped(t, "│ ", quoted);
  }
  if (json_is_string(json_object_get(task, "a")))
    wrapped(t, "│ A. ", json_string_value(json_object_get(task, "a")));
  if (json_is_string(json_object_get(task, "b")))
    wrapped(t, "│ B. ", json_string_value(json_object_get(task, "b")));
  wrapped(t, "│ ", json_string_value(json_object_get(task, "question")));
  if (json_array_size(json_object_get(task, "picks"))) {
    /* What the window's tiles or boxes say: which each answer ticks. */
    char line[1024];
    size_t n = (size_t)snprintf(line, sizeof line, "%s", story_ui(t->s, "text.picks"));
    const json_t *p, *x;
    size_t i, k;
    json_array_foreach(json_object_get(task, "picks"), i, p) {
      if (n + 1 >= sizeof line)
        break;
      n += (size_t)snprintf(line + n, sizeof line - n, "%s%zu) ", i ? " · " : " ", i + 1);
      if (!json_array_size(p) && n + 1 < sizeof line)
        n += (size_t)snprintf(line + n, sizeof line - n, "%s", story_ui(t->s, "text.picks_none"));
      json_array_foreach(p, k, x)
        if (n + 1 < sizeof line)
          n += (size_t)snprintf(line + n, sizeof line - n, "%s%lld", k ? ", " : "",
                                (long long)json_integer_value(x));
    }
    wrapped(t, "│ ", line);
  }
}

static void print_card(Term *t, const json_t *card)
{
  size_t i;
  const json_t *x;
  out("\n══ %s — %s ══\n", story_ui(t->s, "text.card"),
      json_string_value(json_object_get(card, "title")));
  ui(t, "text.questions");
  putchar('\n');
  json_array_foreach(json_object_get(card, "questions"), i, x) {
    char p[32];
    snprintf(p, sizeof p, "  %d. ", (int)i + 1);
    wrapped(t, p, json_string_value(x));
  }
  ui(t, "text.facts");
  putchar('\n');
  json_array_foreach(json_object_get(card, "facts"), i, x) {
    char src[512];
    wrapped(t, "  • ", json_string_value(json_object_get(x, "text")));
    snprintf(src, sizeof src, "(%s)", json_string_value(json_object_get(x, "source")));
    wrapped(t, "    ", src);
  }
  ui(t, "text.vocabulary");
  putchar('\n');
  json_array_foreach(json_object_get(card, "vocabulary"), i, x) {
    char line[1024];
    snprintf(line, sizeof line, "%s — %s", json_string_value(json_object_get(x, "word")),
             json_string_value(json_object_get(x, "definition")));
    wrapped(t, "  ", line);
  }
}

/* An ending: its title, the reader's decisions as the story sums them up, and
** the credits. */
static void print_ending(Term *t, const Event *ev)
{
  size_t i;
  const json_t *x, *summary = json_object_get(ev->data, "summary"),
                   *credits = json_object_get(ev->data, "credits");
  out("\n══ %s — %s ══\n", story_ui(t->s, "text.ending"), ev->text);
  if (json_array_size(summary) > 0) {
    ui(t, "text.ending_summary");
    putchar('\n');
    json_array_foreach(summary, i, x)
      wrapped(t, "  • ", json_string_value(x));
  }
  if (json_array_size(credits) > 0) {
    ui(t, "text.ending_credits");
    putchar('\n');
    json_array_foreach(credits, i, x)
      wrapped(t, "  ", json_string_value(x));
  }
}

static void print_options(Term *t, const Event *ev)
{
  char prefix[32];
  for (int i = 0; i < ev->noptions; i++) {
    snprintf(prefix, sizeof prefix, "  %d) ", i + 1);
    wrapped(t, prefix, ev->options[i].text);
  }
}

/* An answer that names no option: how to answer, and the options again. */
static void ask_again(Term *t, const Event *ev)
{
  out("%s (1–%d)\n", story_ui(t->s, "text.pick"), ev->noptions);
  print_options(t, ev);
}

static void print_line(Term *t, const char *speaker, const char *text, const char *style)
{
  char prefix[128];
  if (strcmp(style, "discuss") == 0) {
    out("\n");
    wrapped(t, "⏸ ", text);
  } else if (strcmp(style, "summary") == 0) { /* what it is, then the summary */
    wrapped(t, "※ ", story_ui(t->s, "classroom.summary"));
    wrapped(t, "※ ", text);
  } else if (strcmp(style, "note") == 0) {
    wrapped(t, "※ ", text);
  } else if (strcmp(style, "choice") == 0) {
    wrapped(t, "→ ", text);
  } else if (speaker) {
    snprintf(prefix, sizeof prefix, "%s — ", speaker);
    wrapped(t, prefix, text);
  } else {
    wrapped(t, "", text);
  }
}

/* After a rollback, a load or a change of language: the page as it is now, up
** to the current event (which show() prints), as the window shows it. */
static void print_page(Term *t, const Event *ev)
{
  int n = story_page_count(t->s);
  if (ev->kind == EVENT_LINE && n > 0)
    n--; /* the current line: show() prints it */
  t->status[0] = '\0';
  if (n > 0) {
    out("\n");
    print_status(t, ev);
  }
  for (int i = 0; i < n; i++) {
    const StoryLine *l = story_page(t->s, i);
    print_line(t, l->speaker, l->text, l->style);
  }
}

/* Shows an event; returns false if there is nothing more to show. */
static bool show(Term *t, const Event *ev)
{
  trace_event(t, ev);
  switch (ev->kind) {
  case EVENT_LINE:
    print_status(t, ev);
    print_line(t, ev->speaker, ev->text, ev->style);
    if (t->log && strcmp(ev->style, "discuss") == 0) {
      /* the chapter card's facts at hand, then how long, and how to go on */
      const json_t *fact;
      size_t i;
      json_t *args;
      char *said;
      json_array_foreach(json_object_get(ev->data, "facts"), i, fact) {
        char text[1200];
        snprintf(text, sizeof text, "%s (%s)", json_string_value(json_object_get(fact, "text")),
                 json_string_value(json_object_get(fact, "source")));
        wrapped(t, "  • ", text);
      }
      args =
          json_pack("{s:I}", "minutes", json_integer_value(json_object_get(ev->data, "minutes")));
      said = story_ui_format(t->s, "classroom.minutes", args);
      wrapped(t, "  ", said);
      free(said);
      json_decref(args);
      classlog_stop(t->log, ev, story_history_count(t->s));
    }
    return true;
  case EVENT_CHOICE:
    print_status(t, ev);
    if (ev->data)
      print_task(t, ev->data);
    if (ev->text)
      wrapped(t, "", ev->text);
    print_options(t, ev);
    if (t->log) {
      wrapped(t, "", story_ui(t->s, "classroom.vote_help"));
      free(t->before); /* for :other N, once the class has chosen */
      t->before = story_save(t->s, &t->before_len);
      t->pending = -1;
    }
    return true;
  case EVENT_CHAPTER:
    out("\n══ %s %d — %s ══\n\n", story_ui(t->s, "text.chapter"), ev->chapter, ev->text);
    return true;
  case EVENT_CARD: print_card(t, ev->data); return true;
  case EVENT_ENDING: print_ending(t, ev); return true;
  case EVENT_ERROR: {
    char msg[2048];
    story_error_text(ev, msg, sizeof msg);
    t->error = true;
    out("\n!! %s\n", story_ui(t->s, "text.error"));
    wrapped(t, "!! ", msg);
    ui(t, "text.error_help");
    putchar('\n');
    put(stderr, "ficelle: ", 9);
    put(stderr, msg, strlen(msg));
    fputc('\n', stderr);
    return true;
  }
  case EVENT_END: out("\n%s\n", story_ui(t->s, "text.the_end")); return false;
  default: return true;
  }
}

/* --- Classroom mode --------------------------------------------------------- */

/* The votes in an answer ("14 9 2": one count per option), into t->votes;
** false if the answer is not that. */
static bool read_votes(Term *t, const Event *ev, const char *answer)
{
  int n = 0;
  const char *p = answer;
  while (*p) {
    char *end;
    long v = strtol(p, &end, 10);
    if (end == p || v < 0 || v > 100000 || n >= ev->noptions || n >= 64)
      return false;
    t->votes[n++] = (int)v;
    p = end + strspn(end, " \t");
  }
  return n == ev->noptions && n > 1;
}

/* The option the class took by its votes: the most voted, or -1 on a tie
** (the teacher says which). */
static int most_voted(const Term *t, int n)
{
  int best = 0;
  bool tie = false;
  for (int i = 1; i < n; i++) {
    if (t->votes[i] > t->votes[best])
      best = i, tie = false;
    else if (t->votes[i] == t->votes[best])
      tie = true;
  }
  return tie ? -1 : best;
}

/* :other N: reads what option N of the last choice would have led to, up to
** the next choice or the chapter's end, then comes back to where the class is. */
static const Event *other_branch(Term *t, int option)
{
  Story *s = t->s;
  size_t len;
  char *now = story_save(s, &len);
  bool diverged = false;
  const Event *ev = t->before ? story_restore(s, t->before, t->before_len, &diverged) : NULL;
  if (!now || !ev || ev->kind != EVENT_CHOICE || option < 1 || option > ev->noptions) {
    out("%s\n", story_ui(t->s, "classroom.other_none"));
    if (ev && now)
      story_restore(s, now, len, &diverged);
    free(now);
    return story_event(s);
  }
  {
    json_t *args = json_pack("{s:s}", "option", ev->options[option - 1].text);
    char *said = story_ui_format(s, "classroom.other_begin", args);
    out("\n");
    wrapped(t, "", said);
    free(said);
    json_decref(args);
  }
  ev = story_step(s, &(Input){ INPUT_CHOICE, option - 1, NULL });
  for (int lines = 0; lines < 40 && ev->kind == EVENT_LINE; lines++) {
    print_line(t, ev->speaker, ev->text, ev->style);
    ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
  }
  out("%s\n", story_ui(t->s, "classroom.other_end"));
  ev = story_restore(s, now, len, &diverged);
  free(now);
  print_page(t, ev);
  return ev;
}

/* Writes the class's path and votes (classroom/ in the data dir). */
static void class_page(Term *t)
{
  char name[64], path[1400];
  time_t now = time(NULL);
  struct tm tm;
  if (!t->log || classlog_count(t->log) == 0)
    return;
  localtime_r(&now, &tm);
  strftime(name, sizeof name, "classe-%Y%m%d-%H%M%S", &tm);
  if (classlog_save(t->log, t->s, name, path, sizeof path)) {
    json_t *args = json_pack("{s:s}", "path", path);
    char *said = story_ui_format(t->s, "classroom.saved", args);
    out("\n");
    wrapped(t, "", said);
    free(said);
    json_decref(args);
  } else {
    fprintf(stderr, "ficelle: %s\n", err_get());
  }
}

/* A ":command"; returns the event to show, or NULL to stop. */
static const Event *command(Term *t, const char *cmd, bool *shown_again)
{
  Story *s = t->s;
  *shown_again = true;
  if (strcmp(cmd, ":quit") == 0 || strcmp(cmd, ":q") == 0)
    return NULL;
  if (strcmp(cmd, ":back") == 0) {
    const Event *ev = story_rollback(s);
    print_page(t, ev);
    return ev;
  }
  if (t->log && strncmp(cmd, ":other", 6) == 0)
    return other_branch(t, atoi(cmd + 6)); /* and the class's event again */
  if (t->log && (strcmp(cmd, ":save") == 0 || strcmp(cmd, ":load") == 0)) {
    out("%s\n",
        story_ui(s, "classroom.no_saves")); /* a class's session never touches a reader's game */
    *shown_again = false;
    return story_event(s);
  }
  if (strcmp(cmd, ":back") == 0 && t->log) {
    const Event *ev = story_rollback(s);
    classlog_back(t->log, story_history_count(s));
    print_page(t, ev);
    return ev;
  }
  if (strcmp(cmd, ":save") == 0) {
    if (!saves_write(s, SAVE_SLOT))
      out("%s %s\n", story_ui(s, "text.save_failed"), err_get());
    else
      out("%s\n", story_ui(s, "text.saved"));
    *shown_again = false;
    return story_event(s);
  }
  if (strcmp(cmd, ":load") == 0) {
    bool diverged = false, missing = false;
    const Event *ev = saves_load(s, SAVE_SLOT, &diverged, &missing);
    if (!ev) { /* none, or damaged and set aside: the game goes on */
      out("%s %s\n", story_ui(s, "text.load_failed"), missing ? "" : err_get());
      *shown_again = false;
      return story_event(s);
    }
    if (story_restore_chapter(s)) { /* the save's scene is gone */
      json_t *args = json_pack("{s:i}", "chapter", story_restore_chapter(s));
      char *said = story_ui_format(s, "text.resumed_chapter", args);
      out("%s\n", said);
      free(said);
      json_decref(args);
    } else if (diverged) {
      out("%s\n", story_ui(s, "text.diverged"));
    }
    print_page(t, ev);
    return ev;
  }
  if (strncmp(cmd, ":lang ", 6) == 0) {
    if (!story_set_language(s, cmd + 6))
      out("%s\n", err_get());
    print_page(t, story_event(s));
    return story_event(s);
  }
  out("%s\n", story_ui(s, "text.commands"));
  *shown_again = false;
  return story_event(s);
}

static int play(Term *t, const TextOptions *opt)
{
  Story *s = t->s;
  const Event *ev = story_begin(s, opt->chapter);
  char buf[256];
  for (;;) {
    bool again;
    t->error = false;
    if (!show(t, ev))
      return 0;
    for (again = true; again;) {
      /* a discussion stop waits for the class, whatever --no-wait says */
      bool waits = ev->kind == EVENT_CHOICE || ev->kind == EVENT_ERROR || opt->wait
          || (ev->kind == EVENT_LINE && strcmp(ev->style, "discuss") == 0);
      if (!waits) { /* --no-wait: only choices (and errors) read a line */
        ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
        break;
      }
      if (!read_line(t, buf, sizeof buf, ev->kind == EVENT_CHOICE))
        return t->error ? 3 : 0;
      again = false;
      if (buf[0] == ':') {
        bool shown;
        if (!(ev = command(t, buf, &shown)))
          return 0;
        again = !shown;
      } else if (ev->kind == EVENT_CHOICE) {
        int k = -1;
        if (t->log && t->pending >= 0) { /* a tie: the teacher names the option */
          k = answer_choice(ev, buf);
          if (k >= 0)
            classlog_choice(t->log, s, ev, t->votes, k, story_history_count(s)), t->pending = -1;
        } else if (t->log && read_votes(t, ev, buf)) {
          if ((k = most_voted(t, ev->noptions)) < 0) {
            out("%s\n", story_ui(s, "classroom.tie"));
            t->pending = 1;
            again = true;
            continue;
          }
          classlog_choice(t->log, s, ev, t->votes, k, story_history_count(s));
        } else if ((k = answer_choice(ev, buf)) >= 0 && t->log) {
          classlog_choice(t->log, s, ev, NULL, k, story_history_count(s));
        }
        if (k >= 0) {
          trace_choice(t, ev, k);
          ev = story_step(s, &(Input){ INPUT_CHOICE, k, NULL });
        } else {
          ask_again(t, ev);
          again = true;
        }
      } else if (ev->kind == EVENT_ERROR) {
        ev = story_recover(s);
      } else {
        ev = story_step(s, &(Input){ INPUT_CONTINUE, 0, NULL });
      }
    }
  }
}

int textui_run(Story *s, const TextOptions *opt)
{
  Trace trace = { opt->trace, 0, NULL, 0 };
  Term t;
  int status;
  memset(&t, 0, sizeof t);
  t.s = s;
  t.width = opt->width > 20 ? opt->width : 72;
  t.wait = opt->wait;
  t.trace = &trace;
  t.log = opt->classroom ? classlog_open() : NULL;
  t.pending = -1;
  story_set_classroom(s, opt->classroom);
  status = play(&t, opt);
  class_page(&t);
  free(t.before);
  json_decref(t.figures);
  json_decref(trace.vars);
  classlog_close(t.log);
  return status;
}
