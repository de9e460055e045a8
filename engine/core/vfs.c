/*
** vfs: PhysicsFS mounts and the user's write dir (see vfs.h).
** Reads go through PhysicsFS; writes of user files use stdio on the real path of
** the write dir, because PhysicsFS can neither sync nor rename.
*/
#define _DEFAULT_SOURCE /* the DT_ types of a folder's entries */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <physfs.h>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

#include "err.h"
#include "mem.h"
#include "vfs.h"
#include "ziplist.h"

#define MAX_MODS 32

static char vfs_base_path[1024];
static json_t *vfs_crcs; /* archive as mounted -> { file -> CRC-32 } */
static char vfs_write_path[1024];
static char *vfs_mod_names[MAX_MODS + 1];
static char *vfs_mod_paths[MAX_MODS + 1];
static char *vfs_mod_left_out[MAX_MODS + 1];
static int vfs_nmods, vfs_nleft_out;

/* What is mounted at the root, first searched first, as vfs_stamp and
** vfs_list walk it without PhysicsFS (listed by vfs_open, until vfs_close). */
typedef struct Mount {
  char *dir;            /* as mounted: the string PHYSFS_getRealDir gives back */
  const json_t *crcs;   /* a zip's files -> CRC-32 (vfs_crcs'), NULL for a folder */
  long long size, time; /* a zip's own */
  bool opaque;          /* neither a folder nor a zip listed: PhysicsFS is asked */
} Mount;
static Mount *vfs_mounts;
static int vfs_nmounts = -1;

static void list_mounts(void);

static const char *physfs_error(void)
{
  return PHYSFS_getErrorByCode(PHYSFS_getLastErrorCode());
}

static int cmp_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Mounts a mod at its real path, searched before everything mounted so far. */
/* Keeps the CRCs of an archive about to be mounted (a folder has none), for
** vfs_read to check what PhysicsFS gives. */
static void note_crcs(const char *path)
{
  struct stat sb;
  json_t *crcs;
  if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
    return;
  if (!(crcs = ziplist_crcs(path))) {
    fprintf(stderr, "ficelle: %s (its files are read unchecked)\n", err_get());
    return;
  }
  if (!vfs_crcs)
    vfs_crcs = json_object();
  json_object_set_new(vfs_crcs, path, crcs);
}

static bool mount_mod(const char *name, const char *path)
{
  if (vfs_nmods == MAX_MODS)
    return err_set("more than %d mods", MAX_MODS);
  if (!PHYSFS_mount(path, NULL, 0))
    return err_set("%s", physfs_error());
  note_crcs(path);
  vfs_mod_names[vfs_nmods] = mem_strdup(name);
  vfs_mod_paths[vfs_nmods++] = mem_strdup(path);
  return true;
}

/* Every folder and .zip of <write dir>/mods, by name. Other files (a README)
** are not mods. */
static void mount_mods(void)
{
  char **list = vfs_list(VFS_USER "mods");
  if (!list)
    return;
  for (char **p = list; *p; p++) {
    char path[1200], name[1200];
    size_t n = strlen(*p);
    PHYSFS_Stat st;
    snprintf(name, sizeof name, VFS_USER "mods/%s", *p);
    if (!PHYSFS_stat(name, &st)
        || (st.filetype != PHYSFS_FILETYPE_DIRECTORY && (n < 4 || strcmp(*p + n - 4, ".zip") != 0)))
      continue;
    snprintf(path, sizeof path, "%s/mods/%s", vfs_write_path, *p);
    if (!mount_mod(*p, path) && vfs_nleft_out < MAX_MODS) {
      snprintf(name, sizeof name, "%s: %s", *p, err_get());
      vfs_mod_left_out[vfs_nleft_out++] = mem_strdup(name);
    }
  }
  vfs_free_list(list);
}

/* The one mod asked for: NAME or NAME.zip in <write dir>/mods, or a path. */
static bool mount_named_mod(const char *spec)
{
  char path[1200], real[PATH_MAX];
  struct stat sb;
  const char *slash;
  if (!strchr(spec, '/')) {
    snprintf(path, sizeof path, "%s/mods/%s", vfs_write_path, spec);
    if (stat(path, &sb) != 0)
      snprintf(path, sizeof path, "%s/mods/%s.zip", vfs_write_path, spec);
    if (stat(path, &sb) != 0)
      return err_set("vfs: no mod '%s' in %s/mods/ (a folder %s or %s.zip there; "
                     "a mod elsewhere is given by its path, as ./%s)",
                     spec, vfs_write_path, spec, spec, spec);
  } else {
    snprintf(path, sizeof path, "%s", spec);
  }
  if (!realpath(path, real))
    return err_set("vfs: mod '%s': %s", path, strerror(errno));
  slash = strrchr(real, '/');
  if (!mount_mod(slash && slash[1] ? slash + 1 : real, real)) {
    char why[ERR_MAX];
    snprintf(why, sizeof why, "%s", err_get());
    return err_set("vfs: cannot mount the mod '%s': %s", real, why);
  }
  return true;
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
    note_crcs(opt->base[i]);
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
  {
    /* Its real path: a mod's path is compared with it (vfs_describe). */
    char real[PATH_MAX];
    const char *dir = realpath(wd, real) ? real : wd;
    size_t n = strlen(dir);
    if (n >= sizeof vfs_write_path) {
      err_set("vfs: the write dir's path is too long: %s", dir);
      vfs_close();
      return false;
    }
    memcpy(vfs_write_path, dir, n + 1);
    if (n > 1 && vfs_write_path[n - 1] == '/')
      vfs_write_path[n - 1] = '\0';
  }
  if (!PHYSFS_mount(vfs_write_path, VFS_USER, 0)) { /* first: see reachable() */
    err_set("vfs: cannot mount the write dir '%s': %s", vfs_write_path, physfs_error());
    vfs_close();
    return false;
  }
  if (opt->mod && !mount_named_mod(opt->mod)) {
    vfs_close();
    return false;
  }
  if (opt->mods || opt->mod) {
    if (opt->mods && !opt->mod)
      mount_mods();
    /* The mods went before everything: the write dir goes before them, so
    ** that the reader's own files are the ones found under user/. */
    if (!PHYSFS_unmount(vfs_write_path) || !PHYSFS_mount(vfs_write_path, VFS_USER, 0)) {
      err_set("vfs: cannot mount the write dir '%s': %s", vfs_write_path, physfs_error());
      vfs_close();
      return false;
    }
  }
  list_mounts(); /* here, before any thread reads through the vfs */
  return true;
}

void vfs_close(void)
{
  for (int i = 0; i < vfs_nmods; i++) {
    free(vfs_mod_names[i]);
    free(vfs_mod_paths[i]);
    vfs_mod_names[i] = vfs_mod_paths[i] = NULL;
  }
  for (int i = 0; i < vfs_nleft_out; i++) {
    free(vfs_mod_left_out[i]);
    vfs_mod_left_out[i] = NULL;
  }
  vfs_nmods = vfs_nleft_out = 0;
  for (int i = 0; i < vfs_nmounts; i++)
    free(vfs_mounts[i].dir);
  free(vfs_mounts);
  vfs_mounts = NULL;
  vfs_nmounts = -1;
  json_decref(vfs_crcs);
  vfs_crcs = NULL;
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

const char *vfs_mod_path(int i)
{
  return i >= 0 && i < vfs_nmods ? vfs_mod_paths[i] : NULL;
}

const char *const *vfs_mod_problems(void)
{
  return (const char *const *)vfs_mod_left_out;
}

int vfs_mod_of(const char *path)
{
  /* PhysicsFS gives back the very string a folder or archive was mounted as. */
  const char *dir = path && *path ? PHYSFS_getRealDir(path) : NULL;
  for (int i = 0; dir && i < vfs_nmods; i++)
    if (strcmp(dir, vfs_mod_paths[i]) == 0)
      return i;
  return -1;
}

const char *vfs_describe(const char *path, char *out, size_t size)
{
  int m = vfs_mod_of(path);
  size_t k = strlen(vfs_write_path);
  if (m < 0)
    snprintf(out, size, "%s", path);
  else if (strncmp(vfs_mod_paths[m], vfs_write_path, k) == 0
           && strncmp(vfs_mod_paths[m] + k, "/mods/", 6) == 0)
    snprintf(out, size, "%s/%s", vfs_mod_paths[m] + k + 1, path);
  else
    snprintf(out, size, "%s/%s", vfs_mod_paths[m], path);
  return out;
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

/* Is what was read from an archive what was packed (its CRC-32)? */
static bool intact(const char *path, const char *data, size_t len)
{
  const char *real = PHYSFS_getRealDir(path);
  const json_t *crc = json_object_get(json_object_get(vfs_crcs, real ? real : ""), path);
  if (!crc || (json_int_t)ziplist_crc(data, len) == json_integer_value(crc))
    return true;
  return err_set("'%s' is damaged in %s (its CRC-32 does not match what was packed): "
                 "the archive is corrupt, install it again",
                 path, real);
}

char *vfs_read(const char *path, size_t *len)
{
  return vfs_read_max(path, VFS_MAX_READ, len);
}

char *vfs_read_head(const char *path, size_t max, size_t *len, bool *whole)
{
  PHYSFS_File *f;
  PHYSFS_sint64 got;
  char *buf;
  size_t n = 0;
  if (!reachable(path))
    return err_set("'%s': not found", path), NULL;
  if (!(f = PHYSFS_openRead(path)))
    return err_set("'%s': %s", path, physfs_error()), NULL;
  buf = mem_realloc(NULL, max + 1);
  while (n < max && (got = PHYSFS_readBytes(f, buf + n, (PHYSFS_uint64)(max - n))) > 0)
    n += (size_t)got;
  *whole = n < max || PHYSFS_eof(f);
  PHYSFS_close(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

static void list_mounts(void)
{
  char **found = PHYSFS_getSearchPath();
  int n = 0;
  for (char **p = found; p && *p; p++)
    n++;
  vfs_mounts = mem_calloc((size_t)n + 1, sizeof *vfs_mounts);
  vfs_nmounts = 0;
  for (char **p = found; p && *p; p++) {
    const char *at = PHYSFS_getMountPoint(*p);
    struct stat sb;
    Mount *m;
    if (!at || strcmp(at, "/") != 0)
      continue; /* the write dir, under user/: no game file there */
    m = &vfs_mounts[vfs_nmounts++];
    m->dir = mem_strdup(*p);
    m->crcs = json_object_get(vfs_crcs, *p);
    if (stat(*p, &sb) != 0 || (!S_ISDIR(sb.st_mode) && !m->crcs)) {
      m->opaque = true;
    } else if (m->crcs) {
      m->size = (long long)sb.st_size;
      m->time = (long long)sb.st_mtime;
    }
  }
  PHYSFS_freeList(found);
}

/* A path as the engine writes them ("story/a.lua"): no empty, "." or ".."
** part, nothing PhysicsFS would refuse. */
static bool plain_path(const char *path)
{
  const char *p = path;
  if (!*p || strpbrk(p, "\\:"))
    return false;
  for (;;) {
    const char *slash = strchr(p, '/');
    size_t n = slash ? (size_t)(slash - p) : strlen(p);
    if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
      return false;
    if (!slash)
      return true;
    p = slash + 1;
  }
}

/* vfs_stamp without PhysicsFS's search-path walk: a folder's file is one
** lstat; a zip's file is its CRC-32 from the archive's listing with the
** archive's own size and time (stat once: an archive that has not changed
** has not changed inside). True if done; false to ask PhysicsFS (a path or
** a mount this does not judge, a symbolic link, nothing found). */
static bool quick_stamp(const char *path, char *out, size_t size)
{
  if (vfs_nmounts < 0 || !plain_path(path))
    return false;
  for (int i = 0; i < vfs_nmounts; i++) {
    const Mount *m = &vfs_mounts[i];
    char real[PATH_MAX];
    struct stat sb;
    if (m->opaque)
      return false;
    if (m->crcs) {
      const json_t *crc = json_object_get(m->crcs, path);
      if (!crc)
        continue;
      snprintf(out, size, "%s|%lld|%lld|%lld", m->dir, m->size, m->time,
               (long long)json_integer_value(crc));
      return true;
    }
    if (snprintf(real, sizeof real, "%s/%s", m->dir, path) >= (int)sizeof real)
      return false;
    if (lstat(real, &sb) != 0) {
      if (errno == ENOENT || errno == ENOTDIR)
        continue;
      return false;
    }
    if (!S_ISREG(sb.st_mode))
      return false; /* (a link, which PhysicsFS is told not to follow) */
    snprintf(out, size, "%s|%lld|%lld|-1", m->dir, (long long)sb.st_size, (long long)sb.st_mtime);
    return true;
  }
  return false;
}

bool vfs_stamp(const char *path, char *out, size_t size)
{
  PHYSFS_Stat st;
  const char *real;
  const json_t *crc;
  if (!is_user(path) && quick_stamp(path, out, size))
    return true;
  if (is_user(path) || !PHYSFS_stat(path, &st) || !(real = PHYSFS_getRealDir(path)))
    return err_set("'%s': not found", path); /* (the game's files, not the reader's) */
  crc = json_object_get(json_object_get(vfs_crcs, real), path);
  snprintf(out, size, "%s|%lld|%lld|%lld", real, (long long)st.filesize, (long long)st.modtime,
           crc ? (long long)json_integer_value(crc) : -1LL);
  return true;
}

/* "32 MiB", "64 KiB": a limit as a writer reads it. */
static const char *size_words(size_t n, char *buf, size_t size)
{
  if (n >= (size_t)1 << 20)
    snprintf(buf, size, "%zu MiB", n >> 20);
  else if (n >= 1024)
    snprintf(buf, size, "%zu KiB", n >> 10);
  else
    snprintf(buf, size, "%zu bytes", n);
  return buf;
}

/* The size an archive's entry declares is not trusted: the data is read in
** chunks into a buffer that grows with what really comes, up to max. */
char *vfs_read_max(const char *path, size_t max, size_t *len)
{
  PHYSFS_File *f;
  PHYSFS_sint64 declared, got;
  char *buf = NULL, limit[32];
  size_t n = 0, cap = 0;
  if (!reachable(path))
    return err_set("'%s': not found", path), NULL;
  if (!(f = PHYSFS_openRead(path)))
    return err_set("'%s': %s", path, physfs_error()), NULL;
  declared = PHYSFS_fileLength(f);
  if (declared >= 0 && (PHYSFS_uint64)declared > max) {
    PHYSFS_close(f);
    return err_set("'%s' is %lld bytes, more than the %s a file may be", path, (long long)declared,
                   size_words(max, limit, sizeof limit)),
           NULL;
  }
  do {
    if (n == cap) {
      cap = cap ? cap * 2 : declared > 0 ? (size_t)declared + 1 : 4096;
      buf = mem_realloc(buf, (cap < max + 2 ? cap : max + 2) + 1);
      cap = cap < max + 2 ? cap : max + 2;
    }
    got = PHYSFS_readBytes(f, buf + n, (PHYSFS_uint64)(cap - n));
    if (got < 0) {
      err_set("'%s': %s", path, physfs_error());
      PHYSFS_close(f);
      free(buf);
      return NULL;
    }
    n += (size_t)got;
  } while (got > 0 && n <= max);
  PHYSFS_close(f);
  if (n > max) {
    free(buf);
    return err_set("'%s' is more than the %s a file may be", path,
                   size_words(max, limit, sizeof limit)),
           NULL;
  }
  buf[n] = '\0';
  if (!intact(path, buf, n)) {
    free(buf);
    return NULL;
  }
  if (len)
    *len = n;
  return buf;
}

bool vfs_exists(const char *path)
{
  return reachable(path);
}

/* Adds name (len bytes) to the list *out holds n of (room for *cap). */
static void add_name(char ***out, size_t *n, size_t *cap, const char *name, size_t len)
{
  char *copy;
  if (*n + 1 >= *cap) {
    *cap = *cap ? 2 * *cap : 64;
    *out = mem_realloc(*out, *cap * sizeof **out);
  }
  copy = mem_realloc(NULL, len + 1);
  memcpy(copy, name, len);
  copy[len] = '\0';
  (*out)[(*n)++] = copy;
}

/* A folder mount's dir/: 1 if it is one (its names added), 0 if the mount
** has no such folder, -1 if PhysicsFS must judge (a link on the way, which
** it is told not to follow; a folder that cannot be read). */
static int list_folder(const char *mount, const char *dir, char ***out, size_t *n, size_t *cap)
{
  char real[PATH_MAX];
  size_t at = (size_t)snprintf(real, sizeof real, "%s/", mount);
  struct stat sb;
  struct dirent *e;
  DIR *d;
  if (at + strlen(dir) >= sizeof real)
    return -1;
  for (const char *p = dir;;) { /* each part of dir: a folder, not a link */
    const char *slash = strchr(p, '/');
    size_t len = slash ? (size_t)(slash - p) : strlen(p);
    memcpy(real + at, p, len);
    at += len;
    real[at] = '\0';
    if (lstat(real, &sb) != 0)
      return errno == ENOENT || errno == ENOTDIR ? 0 : -1;
    if (S_ISLNK(sb.st_mode))
      return -1;
    if (!S_ISDIR(sb.st_mode))
      return 0;
    if (!slash)
      break;
    real[at++] = '/';
    p = slash + 1;
  }
  if (!(d = opendir(real)))
    return -1;
  while ((e = readdir(d))) {
    bool link = e->d_type == DT_LNK;
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
      continue;
    if (e->d_type == DT_UNKNOWN) { /* (a file system that does not say) */
      char full[PATH_MAX + 256];
      snprintf(full, sizeof full, "%s/%s", real, e->d_name);
      link = lstat(full, &sb) != 0 || S_ISLNK(sb.st_mode);
    }
    if (!link)
      add_name(out, n, cap, e->d_name, strlen(e->d_name));
  }
  closedir(d);
  return 1;
}

/* vfs_list without PhysicsFS's walk, which stats every name it finds to
** leave links out: a folder's own listing says which are links, a zip's is
** in memory. Sorted, each name once; NULL to ask PhysicsFS (a mount or path
** this does not judge, or no mount has the folder). */
static char **quick_list(const char *dir)
{
  char **out = NULL;
  size_t n = 0, cap = 0, len = strlen(dir), k = 0;
  bool some = false;
  if (vfs_nmounts < 0 || !plain_path(dir))
    return NULL;
  for (int i = 0; i < vfs_nmounts; i++) {
    const Mount *m = &vfs_mounts[i];
    int got = 0;
    if (!m->opaque && !m->crcs)
      got = list_folder(m->dir, dir, &out, &n, &cap);
    else if (m->opaque)
      got = -1;
    else {
      const char *key;
      const json_t *crc;
      json_object_foreach((json_t *)m->crcs, key, crc) {
        const char *rest = key + len + 1, *slash;
        if (strncmp(key, dir, len) != 0 || key[len] != '/' || !*rest)
          continue;
        slash = strchr(rest, '/'); /* a file of a subfolder: the subfolder */
        add_name(&out, &n, &cap, rest, slash ? (size_t)(slash - rest) : strlen(rest));
        got = 1;
      }
    }
    if (got < 0) {
      while (n > 0)
        free(out[--n]);
      free(out);
      return NULL;
    }
    some = some || got > 0;
  }
  if (!some) {
    while (n > 0)
      free(out[--n]);
    free(out);
    return NULL;
  }
  if (!out)
    out = mem_calloc(1, sizeof *out);
  qsort(out, n, sizeof *out, cmp_names);
  for (size_t i = 0; i < n; i++) { /* the same name in two mounts: once */
    if (k > 0 && strcmp(out[k - 1], out[i]) == 0)
      free(out[i]);
    else
      out[k++] = out[i];
  }
  out[k] = NULL;
  return out;
}

char **vfs_list(const char *dir)
{
  char **found, **out;
  size_t n = 0;
  if (!is_user(dir) && (out = quick_list(dir)))
    return out;
  if (!(found = PHYSFS_enumerateFiles(dir))) {
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

/* In a browser the reader's folder is a copy, in memory, of what IndexedDB
** keeps: after each change the page (tools/web/index.html) writes it back. */
static bool persist(void)
{
#ifdef __EMSCRIPTEN__
  emscripten_run_script("if (Module.ficelleSync) Module.ficelleSync();");
#endif
  return true;
}

bool vfs_write(const char *path, const void *data, size_t len)
{
  char real[1200];
  return user_path(path, real, sizeof real) && vfs_write_real(real, data, len);
}

bool vfs_write_real(const char *real, const void *data, size_t len)
{
  char parents[1200], tmp[1210];
  FILE *f;
  snprintf(parents, sizeof parents, "%s", real);
  make_parents(parents);
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
  return persist();
}

bool vfs_rename(const char *from, const char *to)
{
  char a[1200], b[1200];
  if (!user_path(from, a, sizeof a) || !user_path(to, b, sizeof b))
    return false;
  make_parents(b);
  if (rename(a, b) != 0)
    return err_set("vfs: '%s': %s", from, strerror(errno));
  return persist();
}

bool vfs_remove(const char *path)
{
  char real[1200];
  if (!user_path(path, real, sizeof real))
    return false;
  if (remove(real) != 0)
    return err_set("vfs: '%s': %s", path, strerror(errno));
  return persist();
}
