/*
** check.h: the unit tests' assertions and fixtures. A failed CHECK prints the
** file, line and expression and counts; main returns the count of failures.
** fixture_story() writes a tiny story folder (the engine's lua/ and the given
** story files) and mounts it, so each test plays real scripts.
*/
#ifndef FICELLE_TEST_CHECK_H
#define FICELLE_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "vfs.h"

static int check_failures;
static int check_count;

#define CHECK(cond) do { check_count++; if (!(cond)) { check_failures++; \
  fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); check_count++; \
  if (!a_ || !b_ || strcmp(a_, b_) != 0) { check_failures++; \
    fprintf(stderr, "%s:%d: CHECK_STR failed: %s\n  got:      \"%s\"\n  expected: \"%s\"\n", \
            __FILE__, __LINE__, #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } } while (0)
#define CHECK_HAS(a, b) do { const char *a_ = (a), *b_ = (b); check_count++; \
  if (!a_ || !strstr(a_, b_)) { check_failures++; \
    fprintf(stderr, "%s:%d: CHECK_HAS failed: \"%s\" does not contain \"%s\"\n", \
            __FILE__, __LINE__, a_ ? a_ : "(null)", b_); } } while (0)

static inline int check_done(const char *name)
{
  printf("%s: %d checks, %d failed\n", name, check_count, check_failures);
  return check_failures ? 1 : 0;
}

static inline void write_file(const char *path, const char *text)
{
  FILE *f;
  char dir[1024], *slash;
  snprintf(dir, sizeof dir, "%s", path);
  for (slash = dir + 1; (slash = strchr(slash, '/')); slash++) {
    *slash = '\0';
    mkdir(dir, 0755);
    *slash = '/';
  }
  f = fopen(path, "wb");
  if (!f) {
    perror(path);
    exit(99);
  }
  fputs(text, f);
  fclose(f);
}

static inline char *slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if (!f) {
    perror(path);
    exit(99);
  }
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)n + 1);
  if (fread(buf, 1, (size_t)n, f) != (size_t)n)
    exit(99);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

/* Makes a story folder from pairs of (path, text), NULL-ended, and mounts it
** with a fresh write dir. Returns the folder (static). Call vfs_close() when
** done. */
static inline const char *fixture_story(const char *const *files)
{
  static int serial;
  static char root[256];
  char path[512], wd[300];
  const char *src = getenv("SOURCE_ROOT");
  char *api;
  VfsOptions vo = { 0 };
  snprintf(root, sizeof root, "/tmp/ficelle-test-%d-%d", (int)getpid(), serial++);
  snprintf(path, sizeof path, "%s/lua/ficelle/story.lua", src ? src : "../..");
  api = slurp(path);
  snprintf(path, sizeof path, "%s/lua/ficelle/story.lua", root);
  write_file(path, api);
  free(api);
  for (const char *const *f = files; f && f[0]; f += 2) {
    snprintf(path, sizeof path, "%s/%s", root, f[0]);
    write_file(path, f[1]);
  }
  snprintf(wd, sizeof wd, "%s/user", root);
  vo.argv0 = "test";
  vo.base[0] = root;
  vo.write_dir = wd;
  vo.mods = true;
  if (!vfs_open(&vo)) {
    fprintf(stderr, "fixture: %s\n", err_get());
    exit(99);
  }
  return root;
}

#endif
