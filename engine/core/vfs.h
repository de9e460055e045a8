/*
** vfs: every file the engine reads or writes, through PhysicsFS.
** The read path is the base (the centimes.zip archive, or the source folders in
** development), then each mod of <write dir>/mods over it (or the one mod
** asked for); the write dir (the user's data directory) holds saves and
** settings, and shadows nothing else.
*/
#ifndef FICELLE_VFS_H
#define FICELLE_VFS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct VfsOptions {
  const char *argv0;     /* the program's argv[0], as PhysicsFS wants it */
  const char *base[4];   /* .zip archives or folders holding story/ lua/ assets/,
                             NULL-ended, the first searched first (development
                             mounts the source tree, then the built archive for
                             the fonts) */
  const char *write_dir; /* NULL: the PhysicsFS pref dir ("ficelle", "centimes") */
  bool mods;             /* mount <write dir>/mods/ (folders and .zip, by name) */
  const char *mod;       /* not NULL: mount this one mod instead (and whatever
                             mods says): a folder or NAME.zip in <write dir>/mods/,
                             or a path (it has a '/') to a mod's folder or .zip */
} VfsOptions;

/* The user's files (saves, settings, screenshots) are read and written under
** "user/": vfs_read("user/saves/auto.sav") reads what vfs_write() wrote there. */
#define VFS_USER "user/"

/* Mounts the base, the mods and the write dir. False and err_get() on failure,
** a mod asked for by name that cannot be mounted included; a mod of mods/ that
** cannot be mounted is left out (see vfs_mod_problems()). */
bool vfs_open(const VfsOptions *opt);
void vfs_close(void);

/* The first base mounted, and the real path of the write dir. */
const char *vfs_base(void);
const char *vfs_write_dir(void);
/* The mods mounted, as a NULL-ended list of names (borrowed), earliest first:
** a later one is searched before an earlier one. */
const char *const *vfs_mods(void);
/* The real path of the i-th mod of vfs_mods(): a folder or a .zip (borrowed). */
const char *vfs_mod_path(int i);
/* The mods of mods/ left out because they could not be mounted, each as
** "NAME: why", NULL-ended (borrowed). */
const char *const *vfs_mod_problems(void);

/* Which mod holds a file, the one searched first (PHYSFS_getRealDir): its
** index in vfs_mods(), or -1 if the base holds it or nothing does. */
int vfs_mod_of(const char *path);
/* Where a writer finds a file read through the vfs, for messages: written into
** out (size bytes), which is returned. "mods/NAME/story/x.lua" when a mod of
** the write dir's mods/ holds story/x.lua (NAME as it is there: a folder or
** NAME.zip), "<the mod's real path>/story/x.lua" for a mod given by its path,
** and the path itself when the base holds it. */
const char *vfs_describe(const char *path, char *out, size_t size);

/* The most vfs_read() reads of one file: more is refused, whatever an
** archive's entry says of its size (a 1 MB zip inflating to 1 GiB). */
#define VFS_MAX_READ ((size_t)32 << 20)

/* Reads a whole file. Returns a malloc'd buffer with a NUL after the data (the
** caller frees it) and its length in *len (len may be NULL); NULL if it cannot,
** or if it is larger than VFS_MAX_READ (err names the file and the limit). */
char *vfs_read(const char *path, size_t *len);
/* The same with a limit of max bytes (saves, settings: smaller). */
char *vfs_read_max(const char *path, size_t max, size_t *len);
/* The first max bytes of a file at most (all of it if shorter), for a look at
** its head: malloc'd, NUL after the data, its length in *len, and *whole says
** whether that is the whole file. Not checked against the archive's CRC (a
** part cannot be): vfs_read() of the file checks it. NULL and err if it
** cannot be read. */
char *vfs_read_head(const char *path, size_t max, size_t *len, bool *whole);
/* What says a file changed without reading it, written into out: where it is
** mounted from, then for a folder's file its size and time, for a zip's the
** archive's size and time (stat once at the opening) and the file's CRC-32
** from the archive's listing. One lstat at most, not PhysicsFS's walk of the
** search path (which it falls back on for what it does not judge: a link, a
** path with "." or "..", an archive it could not list). False and err if there
** is no such file. */
bool vfs_stamp(const char *path, char *out, size_t size);
bool vfs_exists(const char *path);

/* Lists a folder, sorted by name, merged over every mount, links left out (as
** PhysicsFS, told not to follow them, does). Returns a NULL-ended array of
** malloc'd names; free it with vfs_free_list(). NULL if it cannot. */
char **vfs_list(const char *dir);
void vfs_free_list(char **list);

/* Writes a user file ("user/...") atomically: to "<path>.tmp", synced, then
** renamed over <path>, so a crash leaves the old file or the new one, never half
** of one. Missing folders are made. */
bool vfs_write(const char *path, const void *data, size_t len);
/* The same for a file given by its real path, inside the write dir or out of
** it (a catalog in a mod's folder, or in the source tree under --dev). */
bool vfs_write_real(const char *real, const void *data, size_t len);
/* Renames or removes a user file (a damaged save is set aside by renaming). */
bool vfs_rename(const char *from, const char *to);
bool vfs_remove(const char *path);

#endif
