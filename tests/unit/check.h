/*
** check.h: the unit tests' harness, plain C in one header. A test is a
** function run by RUN(test_x) and reported as a TAP line ("ok 3 - test_x"), so
** Meson counts and names the tests; a failure prints its file, line, test and
** expression as a TAP diagnostic ("# ..."). CHECK goes on after a failure,
** REQUIRE ends the test. fixture_story() writes a fresh story folder per call
** under one temporary directory per process, removed at exit.
*/
#ifndef FICELLE_TEST_CHECK_H
#define FICELLE_TEST_CHECK_H

#include <ftw.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "vfs.h"

static int check_failures;     /* failed checks, all tests together */
static int check_count;        /* checks made */
static int check_tests;        /* tests run through RUN */
static const char *check_test; /* the test running; NULL outside RUN */
static bool check_test_failed;
static jmp_buf check_escape; /* where a failed REQUIRE leaves its test */
static char check_tmp[256];  /* this process's temporary directory */

#define CHECK_HERE __FILE__, __LINE__, __func__

#define CHECK(cond) ((void)check_result(CHECK_HERE, (cond) != 0, "CHECK(%s) failed", #cond))
#define REQUIRE(cond)                                                                              \
  (check_result(CHECK_HERE, (cond) != 0, "REQUIRE(%s) failed", #cond) ? (void)0 : check_abort())
#define CHECK_STR(a, b) ((void)check_str(CHECK_HERE, "CHECK_STR", #a, (a), (b)))
#define REQUIRE_STR(a, b)                                                                          \
  (check_str(CHECK_HERE, "REQUIRE_STR", #a, (a), (b)) ? (void)0 : check_abort())
#define CHECK_HAS(a, b) ((void)check_has(CHECK_HERE, #a, (a), (b)))
#define RUN(test) check_run(#test, test)

/* Counts a check; a failed one is printed as TAP diagnostics: where, in which
** test (or function, outside RUN), and what. Returns ok. */
ERR_PRINTF(5, 6)
static inline bool check_result(const char *file, int line, const char *func, bool ok,
                                const char *fmt, ...)
{
  va_list ap;
  check_count++;
  if (ok)
    return true;
  check_failures++;
  check_test_failed = true;
  printf("# %s:%d: in %s: ", file, line, check_test ? check_test : func);
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
  putchar('\n');
  fflush(stdout); /* seen even if the test then crashes */
  return false;
}

static inline bool check_str(const char *file, int line, const char *func, const char *macro,
                             const char *expr, const char *got, const char *want)
{
  return check_result(file, line, func, got && want && strcmp(got, want) == 0,
                      "%s(%s) failed\n#   got:      \"%s\"\n#   expected: \"%s\"", macro, expr,
                      got ? got : "(null)", want ? want : "(null)");
}

static inline bool check_has(const char *file, int line, const char *func, const char *expr,
                             const char *got, const char *part)
{
  return check_result(file, line, func, got && strstr(got, part),
                      "CHECK_HAS(%s) failed: \"%s\" does not contain \"%s\"", expr,
                      got ? got : "(null)", part);
}

/* A failed REQUIRE: the rest of the test would only cascade, so it ends here
** (what it allocated leaks; the next fixture_story() unmounts its folder). */
_Noreturn static inline void check_abort(void)
{
  if (check_test)
    longjmp(check_escape, 1);
  printf("Bail out! a REQUIRE failed outside a test\n");
  exit(1);
}

static inline void check_run(const char *name, void (*test)(void))
{
  check_test = name;
  check_test_failed = false;
  if (!setjmp(check_escape))
    test();
  /* check_test, not name: a static is safe to read after a longjmp */
  printf("%s %d - %s\n", check_test_failed ? "not ok" : "ok", ++check_tests, check_test);
  fflush(stdout);
  check_test = NULL;
}

/* Ends the TAP stream: a file without RUN counts as one test named name.
** Returns main's exit code (1 if any check failed). */
static inline int check_done(const char *name)
{
  if (!check_tests)
    printf("%s %d - %s\n", check_failures ? "not ok" : "ok", ++check_tests, name);
  printf("1..%d\n# %s: %d checks, %d failed\n", check_tests, name, check_count, check_failures);
  return check_failures ? 1 : 0;
}

/* A fixture that cannot be made: a hard error (99), not a failed test. */
_Noreturn static inline void check_die(const char *what)
{
  perror(what);
  exit(99);
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
  if (!(f = fopen(path, "wb")))
    check_die(path);
  fputs(text, f);
  fclose(f);
}

static inline char *slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if (!f)
    check_die(path);
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)n + 1);
  if (fread(buf, 1, (size_t)n, f) != (size_t)n)
    check_die(path);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

static inline int check_remove(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
  (void)st, (void)flag, (void)ftw;
  return remove(path);
}

static inline void check_cleanup(void)
{
  vfs_close(); /* PhysicsFS may still hold the last fixture's files */
  if (check_tmp[0])
    nftw(check_tmp, check_remove, 16, FTW_DEPTH | FTW_PHYS);
}

/* The process's temporary directory, made on first use and removed with
** everything in it at exit (a crash leaves it behind). */
static inline const char *check_tmpdir(void)
{
  const char *t = getenv("TMPDIR");
  if (check_tmp[0])
    return check_tmp;
  snprintf(check_tmp, sizeof check_tmp, "%s/ficelle-test-XXXXXX", t && t[0] ? t : "/tmp");
  if (!mkdtemp(check_tmp))
    check_die(check_tmp);
  atexit(check_cleanup);
  return check_tmp;
}

/* Makes a fresh story folder from pairs of (path, text), NULL-ended, with the
** engine's lua/ficelle/story.lua, and mounts it with a write dir of its own
** (unmounting the last one). Returns the folder (static, until the next call).
** Call vfs_close() when done. */
static inline const char *fixture_story(const char *const *files)
{
  static int serial;
  static char root[288];
  char path[512], wd[300];
  const char *src = getenv("SOURCE_ROOT");
  char *api;
  VfsOptions vo = { 0 };
  vfs_close();
  snprintf(root, sizeof root, "%s/%d", check_tmpdir(), serial++);
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
    printf("Bail out! fixture: %s\n", err_get());
    exit(99);
  }
  return root;
}

#endif
