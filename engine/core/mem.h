/*
** mem: allocation that does not fail quietly. The core's own allocations (not
** the scripts', which the sandbox caps and turns into script errors) abort with
** a message when memory runs out: a reader gains nothing from a half-handled
** out-of-memory, and every call site stays one line.
*/
#ifndef FICELLE_MEM_H
#define FICELLE_MEM_H

#include <stddef.h>

/* realloc(p, n); aborts with a message if it fails. n = 0 frees and returns NULL. */
void *mem_realloc(void *p, size_t n);
/* calloc(n, size); aborts with a message if it fails. */
void *mem_calloc(size_t n, size_t size);
/* A malloc'd copy of s; NULL for NULL. */
char *mem_strdup(const char *s);

/* A string that grows: s[0..n) and a NUL after it (s NULL until the first
** add); the caller frees s. */
typedef struct MemBuf {
  char *s;
  size_t n, cap;
} MemBuf;
/* Appends s[0..n). */
void mem_buf_add(MemBuf *b, const char *s, size_t n);

#endif
