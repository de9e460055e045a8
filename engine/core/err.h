/*
** err: the last error of the core, as one message.
** A failing core function sets it with err_set() and returns false or NULL, so the
** failure site is one line: `return err_set("vfs: '%s': %s", path, why);`.
*/
#ifndef FICELLE_ERR_H
#define FICELLE_ERR_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#if defined(__GNUC__)
#define ERR_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define ERR_PRINTF(f, a)
#endif

/* The longest message kept, NUL included. A caller that copies err_get()
** before adding a prefix to it copies it into a buffer of this size. */
#define ERR_MAX 4096

/* Sets the last error (formatted, as err_format does) and returns false. */
bool err_set(const char *fmt, ...) ERR_PRINTF(1, 2);

/* The last error; "" when none was set. The string is owned by err. */
const char *err_get(void);

/* Formats into out (size bytes, at least 64). A message longer than that is
** cut in its middle, at a character's boundary, with " […] ": its beginning
** says where (the prefixes of each level) and its end why (the root cause). */
char *err_vformat(char *out, size_t size, const char *fmt, va_list ap) ERR_PRINTF(3, 0);

#endif
