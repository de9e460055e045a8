/*
** err: the core's last error message (see err.h).
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "mem.h"

#define CUT " […] "

/* One per thread: the window opens the story on a thread of its own. */
static _Thread_local char err_buf[ERR_MAX];

char *err_vformat(char *out, size_t size, const char *fmt, va_list ap)
{
  va_list again;
  int n;
  char *all;
  size_t room, head, tail;
  va_copy(again, ap);
  n = vsnprintf(out, size, fmt, ap);
  if (n < 0 || (size_t)n < size) {
    va_end(again);
    return out;
  }
  all = mem_realloc(NULL, (size_t)n + 1);
  vsnprintf(all, (size_t)n + 1, fmt, again);
  va_end(again);
  /* A third for where it happened, the rest for why. */
  room = size - 1 - strlen(CUT);
  head = room / 3;
  tail = (size_t)n - (room - head);
  while (head > 0 && ((unsigned char)all[head] & 0xC0) == 0x80)
    head--; /* not inside a character */
  while (tail < (size_t)n && ((unsigned char)all[tail] & 0xC0) == 0x80)
    tail++;
  memcpy(out, all, head);
  memcpy(out + head, CUT, strlen(CUT));
  memcpy(out + head + strlen(CUT), all + tail, (size_t)n - tail + 1);
  free(all);
  return out;
}

bool err_set(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  err_vformat(err_buf, sizeof err_buf, fmt, ap);
  va_end(ap);
  return false;
}

const char *err_get(void)
{
  return err_buf;
}
