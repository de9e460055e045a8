/*
** err: the last error of the core, as one message.
** A failing core function sets it with err_set() and returns false or NULL, so the
** failure site is one line: `return err_set("vfs: '%s': %s", path, why);`.
*/
#ifndef FICELLE_ERR_H
#define FICELLE_ERR_H

#include <stdbool.h>

#if defined(__GNUC__)
#define ERR_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define ERR_PRINTF(f, a)
#endif

/* Sets the last error (formatted, truncated to 1 KiB) and returns false. */
bool err_set(const char *fmt, ...) ERR_PRINTF(1, 2);

/* The last error; "" when none was set. The string is owned by err. */
const char *err_get(void);

#endif
