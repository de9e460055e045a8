/*
** vfs: every file the engine reads or writes, through PhysicsFS.
** The read path is the base (the centimes.zip archive, or the source folders in
** development), then each mod of <write dir>/mods over it; the write dir (the
** user's data directory) holds saves and settings, and shadows nothing else.
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
} VfsOptions;

/* The user's files (saves, settings, screenshots) are read and written under
** "user/": vfs_read("user/saves/auto.sav") reads what vfs_write() wrote there. */
#define VFS_USER "user/"

/* Mounts the base, the mods and the write dir. False and err_get() on failure. */
bool vfs_open(const VfsOptions *opt);
void vfs_close(void);

/* The first base mounted, and the real path of the write dir. */
const char *vfs_base(void);
const char *vfs_write_dir(void);
/* The mods mounted, as a NULL-ended list of names (borrowed). */
const char *const *vfs_mods(void);

/* Reads a whole file. Returns a malloc'd buffer with a NUL after the data (the
** caller frees it) and its length in *len (len may be NULL); NULL if it cannot. */
char *vfs_read(const char *path, size_t *len);
bool vfs_exists(const char *path);

/* Lists a folder, sorted by name, merged over every mount. Returns a NULL-ended
** array of malloc'd names; free it with vfs_free_list(). NULL if it cannot. */
char **vfs_list(const char *dir);
void vfs_free_list(char **list);

/* Writes a user file ("user/...") atomically: to "<path>.tmp", synced, then
** renamed over <path>, so a crash leaves the old file or the new one, never half
** of one. Missing folders are made. */
bool vfs_write(const char *path, const void *data, size_t len);
/* Renames or removes a user file (a damaged save is set aside by renaming). */
bool vfs_rename(const char *from, const char *to);
bool vfs_remove(const char *path);

#endif
