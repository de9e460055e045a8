/*
** vfs: PhysicsFS mounts and the user's write dir (see vfs.h).
** Reads go through PhysicsFS; writes of user files use stdio on the real path of
** the write dir, because PhysicsFS can neither sync nor rename.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <physfs.h>

#include "err.h"
#include "mem.h"
#include "vfs.h"

#define MAX_MODS 32

static char vfs_base_path[1024];
static char vfs_write_path[1024];
static char *vfs_mod_names[MAX_MODS + 1];

static const char *physfs_error(void)
{
  return PHYSFS_getErrorByCode(PHYSFS_getLastErrorCode());
}

static int cmp_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void mount_mods(void)
{
  char **list = vfs_list(VFS_USER "mods");
  int n = 0;
  if (!list)
    return;
  for (char **p = list; *p && n < MAX_MODS; p++) {
    char path[1200];
    snprintf(path, sizeof path, "%s/mods/%s", vfs_write_path, *p);
    /* Prepended: a later mod (by name) is searched before an earlier one,
    ** and every mod before the base. */
    if (!PHYSFS_mount(path, NULL, 0)) {
      fprintf(stderr, "ficelle: mod '%s' left out: %s\n", *p, physfs_error());
      continue;
    }
    vfs_mod_names[n++] = mem_strdup(*p);
  }
  vfs_mod_names[n] = NULL;
  vfs_free_list(list);
}

bool vfs_open(const VfsOptions *opt)
{
  const char *wd;
  if (!PHYSFS_init(opt->argv0))
    return err_set("vfs: cannot start PhysicsFS: %s", physfs_error());
  PHYSFS_permitSymbolicLinks(0);
  if (!opt->base[0]) {
    vfs_close();
    return err_set("vfs: no story to mount");
  }
  for (int i = 0; i < 4 && opt->base[i]; i++) {
    if (!PHYSFS_mount(opt->base[i], NULL, 1)) {
      err_set("vfs: cannot mount '%s': %s", opt->base[i], physfs_error());
      vfs_close();
      return false;
    }
  }
  snprintf(vfs_base_path, sizeof vfs_base_path, "%s", opt->base[0]);
  wd = opt->write_dir ? opt->write_dir : PHYSFS_getPrefDir("ficelle", "centimes");
  if (!wd) {
    err_set("vfs: no user data directory: %s", physfs_error());
    vfs_close();
    return false;
  }
  if (opt->write_dir)
    mkdir(wd, 0755);
  snprintf(vfs_write_path, sizeof vfs_write_path, "%s", wd);
  {
    size_t n = strlen(vfs_write_path);
    if (n > 1 && vfs_write_path[n - 1] == '/')
      vfs_write_path[n - 1] = '\0';
  }
  if (!PHYSFS_mount(vfs_write_path, VFS_USER, 0)) { /* first: see reachable() */
    err_set("vfs: cannot mount the write dir '%s': %s", vfs_write_path, physfs_error());
    vfs_close();
    return false;
  }
  vfs_mod_names[0] = NULL;
  if (opt->mods) {
    mount_mods();
    /* The mods went before everything: the write dir goes before them, so
    ** that the reader's own files are the ones found under user/. */
    if (!PHYSFS_unmount(vfs_write_path) || !PHYSFS_mount(vfs_write_path, VFS_USER, 0)) {
      err_set("vfs: cannot mount the write dir '%s': %s", vfs_write_path, physfs_error());
      vfs_close();
      return false;
    }
  }
  return true;
}

void vfs_close(void)
{
  for (int i = 0; vfs_mod_names[i]; i++) {
    free(vfs_mod_names[i]);
    vfs_mod_names[i] = NULL;
  }
  if (PHYSFS_isInit())
    PHYSFS_deinit();
}

const char *vfs_base(void)
{
  return vfs_base_path;
}

const char *vfs_write_dir(void)
{
  return vfs_write_path;
}

const char *const *vfs_mods(void)
{
  return (const char *const *)vfs_mod_names;
}

/* Is path one of the reader's files ("user/...")? They are read from the write
** dir only: a mod or the base that carries a user/ folder must not shadow the
** reader's saves and settings, or add saves and mods of its own. */
static bool is_user(const char *path)
{
  return strncmp(path, VFS_USER, strlen(VFS_USER)) == 0 || strcmp(path, "user") == 0;
}

static bool in_write_dir(const char *path)
{
  const char *real = PHYSFS_getRealDir(path);
  return real && strcmp(real, vfs_write_path) == 0;
}

/* PhysicsFS's search path finds path, where the reader's files may come from. */
static bool reachable(const char *path)
{
  return PHYSFS_exists(path) && (!is_user(path) || in_write_dir(path));
}

char *vfs_read(const char *path, size_t *len)
{
  PHYSFS_File *f;
  if (!reachable(path))
    return err_set("'%s': not found", path), NULL;
  f = PHYSFS_openRead(path);
  PHYSFS_sint64 size;
  char *buf;
  if (!f) {
    err_set("'%s': %s", path, physfs_error());
    return NULL;
  }
  size = PHYSFS_fileLength(f);
  if (size < 0 || !(buf = malloc((size_t)size + 1))) {
    PHYSFS_close(f);
    err_set("'%s': cannot read its size or hold it", path);
    return NULL;
  }
  if (PHYSFS_readBytes(f, buf, (PHYSFS_uint64)size) != size) {
    err_set("'%s': %s", path, physfs_error());
    PHYSFS_close(f);
    free(buf);
    return NULL;
  }
  PHYSFS_close(f);
  buf[size] = '\0';
  if (len)
    *len = (size_t)size;
  return buf;
}

bool vfs_exists(const char *path)
{
  return reachable(path);
}

char **vfs_list(const char *dir)
{
  char **found = PHYSFS_enumerateFiles(dir), **out;
  size_t n = 0;
  if (!found) {
    err_set("'%s': %s", dir, physfs_error());
    return NULL;
  }
  while (found[n])
    n++;
  out = mem_calloc(n + 1, sizeof *out);
  n = 0;
  for (char **f = found; *f; f++) {
    char full[1200];
    snprintf(full, sizeof full, "%s/%s", dir, *f);
    if (is_user(dir) && !in_write_dir(full))
      continue; /* a mod's user/ folder: not the reader's */
    out[n++] = mem_strdup(*f);
  }
  PHYSFS_freeList(found);
  qsort(out, n, sizeof *out, cmp_names);
  return out;
}

void vfs_free_list(char **list)
{
  if (!list)
    return;
  for (char **p = list; *p; p++)
    free(*p);
  free(list);
}

/* The real path of a user file, or false if path is not one. */
static bool user_path(const char *path, char *out, size_t size)
{
  size_t k = strlen(VFS_USER);
  if (strncmp(path, VFS_USER, k) != 0 || strstr(path, ".."))
    return err_set("vfs: '%s' is not a user file", path);
  snprintf(out, size, "%s/%s", vfs_write_path, path + k);
  return true;
}

/* mkdir -p for the folders above a file. */
static void make_parents(char *path)
{
  for (char *p = path + 1; *p; p++) {
    if (*p == '/') {
      *p = '\0';
      mkdir(path, 0755);
      *p = '/';
    }
  }
}

bool vfs_write(const char *path, const void *data, size_t len)
{
  char real[1200], tmp[1210];
  FILE *f;
  if (!user_path(path, real, sizeof real))
    return false;
  make_parents(real);
  snprintf(tmp, sizeof tmp, "%s.tmp", real);
  if (!(f = fopen(tmp, "wb")))
    return err_set("vfs: '%s': %s", tmp, strerror(errno));
  if (fwrite(data, 1, len, f) != len || fflush(f) != 0 || fsync(fileno(f)) != 0) {
    int e = errno;
    fclose(f);
    remove(tmp);
    return err_set("vfs: '%s': %s", tmp, strerror(e));
  }
  if (fclose(f) != 0 || rename(tmp, real) != 0) {
    int e = errno;
    remove(tmp);
    return err_set("vfs: '%s': %s", real, strerror(e));
  }
  return true;
}

bool vfs_rename(const char *from, const char *to)
{
  char a[1200], b[1200];
  if (!user_path(from, a, sizeof a) || !user_path(to, b, sizeof b))
    return false;
  make_parents(b);
  if (rename(a, b) != 0)
    return err_set("vfs: '%s': %s", from, strerror(errno));
  return true;
}

bool vfs_remove(const char *path)
{
  char real[1200];
  if (!user_path(path, real, sizeof real))
    return false;
  if (remove(real) != 0)
    return err_set("vfs: '%s': %s", path, strerror(errno));
  return true;
}
