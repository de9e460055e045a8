/*
** mem: allocation that aborts with a message rather than fail quietly (see mem.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

static void out_of_memory(size_t n)
{
  fprintf(stderr, "ficelle: out of memory (%zu bytes)\n", n);
  abort();
}

void *mem_realloc(void *p, size_t n)
{
  void *q;
  if (n == 0) {
    free(p);
    return NULL;
  }
  if (!(q = realloc(p, n)))
    out_of_memory(n);
  return q;
}

void *mem_calloc(size_t n, size_t size)
{
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    out_of_memory(n * size);
  return p;
}

char *mem_strdup(const char *s)
{
  size_t n;
  if (!s)
    return NULL;
  n = strlen(s) + 1;
  return memcpy(mem_realloc(NULL, n), s, n);
}

void mem_buf_add(MemBuf *b, const char *s, size_t n)
{
  if (b->n + n + 1 > b->cap) {
    b->cap = 2 * (b->n + n + 1);
    b->s = mem_realloc(b->s, b->cap);
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}
