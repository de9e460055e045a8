/*
** err: the core's last error message (see err.h).
*/
#include <stdarg.h>
#include <stdio.h>

#include "err.h"

/* One per thread: the window opens the story on a thread of its own. */
static _Thread_local char err_buf[1024];

bool err_set(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err_buf, sizeof err_buf, fmt, ap);
  va_end(ap);
  return false;
}

const char *err_get(void)
{
  return err_buf;
}
