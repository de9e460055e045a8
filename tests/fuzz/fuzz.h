/*
** fuzz.h: what the fuzz targets share. Each target is a libFuzzer entry point
** (LLVMFuzzerTestOneInput) over one way bytes reach the engine from outside:
** a save file, a catalog, a data file (layout, image), a scene's body. The
** inputs that need files are written into a scratch story folder mounted once.
*/
#ifndef FICELLE_FUZZ_H
#define FICELLE_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "vfs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A story folder of the fuzz run's own, with the engine's story API, mounted
** with a write dir; made once. Returns the folder. */
static inline const char *fuzz_story_dir(void)
{
  static char root[256];
  char path[512], buf[1 << 16];
  const char *src = getenv("SOURCE_ROOT");
  FILE *in, *out;
  size_t n;
  VfsOptions vo = { 0 };
  static const char *const dirs[] = { "lua",        "lua/ficelle",   "lua/layouts", "story",
                                      "story/i18n", "story/i18n/en", NULL };
  if (root[0])
    return root;
  snprintf(root, sizeof root, "%s/ficelle-fuzz-XXXXXX",
           getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(root))
    abort();
  for (const char *const *d = dirs; *d; d++) {
    snprintf(path, sizeof path, "%s/%s", root, *d);
    mkdir(path, 0755);
  }
  snprintf(path, sizeof path, "%s/lua/ficelle/story.lua", src ? src : "../..");
  if (!(in = fopen(path, "rb")))
    abort();
  snprintf(path, sizeof path, "%s/lua/ficelle/story.lua", root);
  if (!(out = fopen(path, "wb")))
    abort();
  while ((n = fread(buf, 1, sizeof buf, in)) > 0)
    fwrite(buf, 1, n, out);
  fclose(in);
  fclose(out);
  snprintf(path, sizeof path, "%s/user", root);
  vo.argv0 = "fuzz";
  vo.base[0] = root;
  vo.write_dir = path;
  if (!vfs_open(&vo))
    abort();
  return root;
}

/* Writes data as the file `name` of the fuzz story. */
static inline void fuzz_put(const char *name, const uint8_t *data, size_t size)
{
  char path[512];
  FILE *f;
  snprintf(path, sizeof path, "%s/%s", fuzz_story_dir(), name);
  if (!(f = fopen(path, "wb")))
    abort();
  fwrite(data, 1, size, f);
  fclose(f);
}

#endif
