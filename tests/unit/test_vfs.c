/* Unit tests of vfs: the reader's files (user/) come from the write dir only,
** whatever a mod carries (a regression: a mod's user/saves/ shadowed the
** reader's save, which was then set aside as damaged). */
#include <utime.h>
#include <physfs.h>
#include <zlib.h>

#include "check.h"
#include "saves.h"
#include "ziplist.h"

/* A story, a reader's save and settings, and a mod that carries a user/ folder
** of its own (saves, settings, and a mod inside). */
static void hostile_mod(void)
{
  static const char *const files[] = { "story/a.lua",
                                       "-- nothing\n",
                                       "user/saves/slot1.sav",
                                       "the reader's save\n",
                                       "user/settings.json",
                                       "{\"lang\": \"fr\"}\n",
                                       "user/mods/evil/user/saves/slot1.sav",
                                       "FICELLE-SAVE 1 0\nnot the reader's\n",
                                       "user/mods/evil/user/saves/planted.sav",
                                       "a save the reader never made\n",
                                       "user/mods/evil/user/settings.json",
                                       "{\"width\": 99999}\n",
                                       "user/mods/evil/user/mods/inner/story/x.lua",
                                       "-- a mod smuggled in\n",
                                       "user/mods/evil/story/b.lua",
                                       "-- the mod's scene\n",
                                       NULL };
  fixture_story(files);
}

static void test_user_files_from_the_write_dir(void)
{
  char *text;
  hostile_mod();
  REQUIRE(vfs_mods()[0] != NULL);
  CHECK_STR(vfs_mods()[0], "evil");
  CHECK(vfs_mods()[1] == NULL); /* no mod from the mod's own user/mods */
  text = vfs_read(VFS_USER "saves/slot1.sav", NULL);
  CHECK_STR(text, "the reader's save\n");
  free(text);
  text = vfs_read(VFS_USER "settings.json", NULL);
  CHECK_STR(text, "{\"lang\": \"fr\"}\n");
  free(text);
  CHECK(!vfs_exists(VFS_USER "saves/planted.sav"));
  CHECK(vfs_read(VFS_USER "saves/planted.sav", NULL) == NULL);
  CHECK(vfs_exists("story/b.lua")); /* the mod's story files are mounted */
  vfs_close();
}

static void test_user_lists_from_the_write_dir(void)
{
  char **list;
  int n = 0;
  hostile_mod();
  list = vfs_list(VFS_USER "saves");
  REQUIRE(list != NULL);
  for (char **p = list; *p; p++, n++)
    CHECK(strcmp(*p, "planted.sav") != 0);
  CHECK(n == 1);
  vfs_free_list(list);
  vfs_close();
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A zip archive of one file, stored (not deflated), as pack.py stores fonts. */
static void put16(FILE *f, unsigned v)
{
  fputc((int)(v & 0xff), f), fputc((int)(v >> 8 & 0xff), f);
}

static void put32(FILE *f, uint32_t v)
{
  put16(f, v & 0xffff), put16(f, v >> 16);
}

static void write_zip(const char *path, const char *name, const char *text)
{
  FILE *f = fopen(path, "wb");
  uint32_t crc = ziplist_crc(text, strlen(text)), n = (uint32_t)strlen(text);
  unsigned len = (unsigned)strlen(name);
  long dir;
  REQUIRE(f != NULL);
  put32(f, 0x04034b50), put16(f, 20), put16(f, 0), put16(f, 0), put16(f, 0), put16(f, 0x21);
  put32(f, crc), put32(f, n), put32(f, n), put16(f, len), put16(f, 0);
  fputs(name, f), fputs(text, f);
  dir = ftell(f);
  put32(f, 0x02014b50), put16(f, 20), put16(f, 20), put16(f, 0), put16(f, 0), put16(f, 0);
  put16(f, 0x21), put32(f, crc), put32(f, n), put32(f, n), put16(f, len), put16(f, 0);
  put16(f, 0), put16(f, 0), put16(f, 0), put32(f, 0), put32(f, 0);
  fputs(name, f);
  put32(f, 0x06054b50), put16(f, 0), put16(f, 0), put16(f, 1), put16(f, 1);
  put32(f, (uint32_t)(46 + len)), put32(f, (uint32_t)dir), put16(f, 0);
  fclose(f);
}

/* A zip archive of one deflated file: `size` zero bytes (a few KiB once
** deflated), its local and central headers declaring `declared` bytes. */
static void write_bomb(const char *path, const char *name, size_t size, uint32_t declared)
{
  static unsigned char zeros[1 << 16], out[1 << 16];
  FILE *f = fopen(path, "wb");
  z_stream z = { 0 };
  uint32_t crc = 0, packed = 0;
  unsigned len = (unsigned)strlen(name);
  long data, dir;
  REQUIRE(f != NULL);
  put32(f, 0x04034b50), put16(f, 20), put16(f, 0), put16(f, 8), put16(f, 0), put16(f, 0x21);
  put32(f, 0), put32(f, 0), put32(f, 0), put16(f, len), put16(f, 0); /* filled in below */
  fputs(name, f);
  data = ftell(f);
  REQUIRE(deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) == Z_OK);
  for (size_t done = 0; done <= size;) {
    size_t n = size - done < sizeof zeros ? size - done : sizeof zeros;
    int flush = done + n == size ? Z_FINISH : Z_NO_FLUSH, status;
    crc = (uint32_t)crc32(crc, zeros, (uInt)n);
    z.next_in = zeros;
    z.avail_in = (uInt)n;
    do {
      z.next_out = out;
      z.avail_out = sizeof out;
      status = deflate(&z, flush);
      fwrite(out, 1, sizeof out - z.avail_out, f);
    } while (z.avail_out == 0);
    done += n;
    if (flush == Z_FINISH) {
      REQUIRE(status == Z_STREAM_END);
      break;
    }
  }
  deflateEnd(&z);
  packed = (uint32_t)(ftell(f) - data);
  dir = ftell(f);
  put32(f, 0x02014b50), put16(f, 20), put16(f, 20), put16(f, 0), put16(f, 8), put16(f, 0);
  put16(f, 0x21), put32(f, crc), put32(f, packed), put32(f, declared), put16(f, len);
  put16(f, 0), put16(f, 0), put16(f, 0), put16(f, 0), put32(f, 0), put32(f, 0);
  fputs(name, f);
  put32(f, 0x06054b50), put16(f, 0), put16(f, 0), put16(f, 1), put16(f, 1);
  put32(f, (uint32_t)(46 + len)), put32(f, (uint32_t)dir), put16(f, 0);
  fseek(f, 14, SEEK_SET);
  put32(f, crc), put32(f, packed), put32(f, declared);
  fclose(f);
}

static void mount_zip(const char *zip, const char *wd)
{
  VfsOptions vo = { 0 };
  vo.argv0 = "test";
  vo.base[0] = zip;
  vo.write_dir = wd;
  REQUIRE(vfs_open(&vo));
}

/* One flipped bit in an archive: PhysicsFS hands it over as it is (a stored
** file is not inflated, nothing checks it); the engine checks the CRC-32 the
** archive holds and refuses the file rather than show a changed sentence. */
static void test_archive_crc(void)
{
  char zip[512], wd[512], *text;
  const char *line = "say 'Il coche. La case reflechit.'\n";
  FILE *f;
  snprintf(zip, sizeof zip, "%s/crc.zip", check_tmpdir());
  snprintf(wd, sizeof wd, "%s/crc-user", check_tmpdir());
  write_zip(zip, "story/a.lua", line);
  mount_zip(zip, wd);
  text = vfs_read("story/a.lua", NULL);
  CHECK_STR(text, line);
  free(text);
  vfs_close();
  f = fopen(zip, "r+b"); /* one bit of the sentence: "coche" becomes "cochd" */
  REQUIRE(f != NULL);
  fseek(f, 30 + (long)strlen("story/a.lua") + 12, SEEK_SET);
  fputc('d', f);
  fclose(f);
  mount_zip(zip, wd);
  CHECK(vfs_read("story/a.lua", NULL) == NULL);
  CHECK_HAS(err_get(), "CRC-32 does not match");
  vfs_close();
}

/* A 64 KiB mod inflating to 64 MiB was read whole, as any file: a file that
** declares more than VFS_MAX_READ is refused before anything is read, one that
** declares less gives no more than it declares (and then fails its CRC), and
** a save larger than a save may be is refused, each with the file's name. */
static void test_zip_bomb(void)
{
  char zip[512], wd[512], big[600];
  FILE *f;
  snprintf(zip, sizeof zip, "%s/bomb.zip", check_tmpdir());
  snprintf(wd, sizeof wd, "%s/bomb-user", check_tmpdir());
  write_bomb(zip, "story/bomb.lua", (size_t)64 << 20, (uint32_t)64 << 20);
  mount_zip(zip, wd);
  CHECK(vfs_read("story/bomb.lua", NULL) == NULL);
  CHECK_HAS(err_get(), "'story/bomb.lua' is 67108864 bytes, more than the 32 MiB a file may be");
  vfs_close();
  write_bomb(zip, "story/bomb.lua", (size_t)64 << 20, 1000); /* a header that lies */
  mount_zip(zip, wd);
  CHECK(vfs_read("story/bomb.lua", NULL) == NULL);
  CHECK_HAS(err_get(), "story/bomb.lua");
  vfs_close();
  /* A save of 20 MiB (a sparse file) in the reader's folder. */
  mount_zip(zip, wd);
  snprintf(big, sizeof big, "%s/saves/big.sav", wd);
  write_file(big, "FICELLE-SAVE 1 0\n");
  REQUIRE((f = fopen(big, "r+b")) != NULL);
  REQUIRE(ftruncate(fileno(f), (off_t)20 << 20) == 0);
  fclose(f);
  CHECK(vfs_read_max(VFS_USER "saves/big.sav", SAVES_MAX_BYTES, NULL) == NULL);
  CHECK_HAS(err_get(), "'user/saves/big.sav' is 20971520 bytes, more than the 16 MiB");
  vfs_close();
}

/* What says a file changed (the heads' cache trusts it): a folder's file by
** its folder, size and time, the mod that shadows it first; a zip's by the
** archive's size and time and the file's CRC-32; each one changes with it. */
static void test_stamp(void)
{
  static const char *const files[] = {
    "story/a.lua",      "-- a\n", "story/c.lua", "-- c\n", "user/mods/m/story/a.lua",
    "-- the mod's a\n", NULL
  };
  const char *root = fixture_story(files);
  char stamp[1200], was[1200], want[1200], path[600], zip[512], wd[512];
  struct stat st;
  snprintf(path, sizeof path, "%s/story/c.lua", root);
  REQUIRE(stat(path, &st) == 0);
  snprintf(want, sizeof want, "%s|%lld|%lld|-1", root, (long long)st.st_size,
           (long long)st.st_mtime);
  REQUIRE(vfs_stamp("story/c.lua", stamp, sizeof stamp));
  CHECK_STR(stamp, want);
  REQUIRE(vfs_stamp("story/a.lua", stamp, sizeof stamp));
  CHECK_HAS(stamp, "/user/mods/m|");
  CHECK(!vfs_stamp("story/none.lua", stamp, sizeof stamp));
  CHECK_HAS(err_get(), "'story/none.lua': not found");
  CHECK(!vfs_stamp("user/settings.json", stamp, sizeof stamp)); /* not the game's */
  /* Another size; then the same size at another time. */
  REQUIRE(vfs_stamp("story/c.lua", was, sizeof was));
  write_file(path, "-- cc\n");
  REQUIRE(vfs_stamp("story/c.lua", stamp, sizeof stamp));
  CHECK(strcmp(stamp, was) != 0);
  REQUIRE(vfs_stamp("story/c.lua", was, sizeof was));
  utime(path, &(struct utimbuf){ 1000000000, 1000000000 });
  REQUIRE(vfs_stamp("story/c.lua", stamp, sizeof stamp));
  CHECK(strcmp(stamp, was) != 0 && strstr(stamp, "|1000000000|"));
  vfs_close();
  snprintf(zip, sizeof zip, "%s/stamp.zip", check_tmpdir());
  snprintf(wd, sizeof wd, "%s/stamp-user", check_tmpdir());
  write_zip(zip, "story/a.lua", "say 'un'\n");
  mount_zip(zip, wd);
  REQUIRE(stat(zip, &st) == 0);
  snprintf(want, sizeof want, "%s|%lld|%lld|%lld", zip, (long long)st.st_size,
           (long long)st.st_mtime, (long long)ziplist_crc("say 'un'\n", 9));
  REQUIRE(vfs_stamp("story/a.lua", stamp, sizeof stamp));
  CHECK_STR(stamp, want);
  vfs_close();
  write_zip(zip, "story/a.lua", "say 'deux'\n");
  utime(zip, &(struct utimbuf){ st.st_atime, st.st_mtime }); /* its time put back */
  mount_zip(zip, wd);
  REQUIRE(vfs_stamp("story/a.lua", stamp, sizeof stamp));
  CHECK(strcmp(stamp, want) != 0);
  vfs_close();
}

/* The names PhysicsFS gives for dir, sorted, joined by spaces (malloc'd). */
static char *physfs_names(const char *dir)
{
  char **found = PHYSFS_enumerateFiles(dir), *out = calloc(1, 4096);
  size_t n = 0;
  while (found && found[n])
    n++;
  qsort(found, n, sizeof *found, cmp_str);
  for (size_t i = 0; i < n; i++)
    snprintf(out + strlen(out), 4096 - strlen(out), "%s%s", i ? " " : "", found[i]);
  PHYSFS_freeList(found);
  return out;
}

static char *vfs_names(const char *dir)
{
  char **list = vfs_list(dir), *out = calloc(1, 4096);
  for (char **p = list; p && *p; p++)
    snprintf(out + strlen(out), 4096 - strlen(out), "%s%s", p == list ? "" : " ", *p);
  vfs_free_list(list);
  return out;
}

/* vfs_list of dir gives want, and the same names as PhysicsFS (if physfs). */
static void check_names(const char *dir, const char *want, bool physfs)
{
  char *a = vfs_names(dir), *b = physfs ? physfs_names(dir) : NULL;
  CHECK_STR(a, want);
  if (physfs)
    CHECK_STR(a, b);
  free(a);
  free(b);
}

/* vfs_list reads folders and zips itself (PhysicsFS stats every name): the
** same names as PhysicsFS gives, merged over the mounts, each once, without
** links (which PhysicsFS is told not to follow). */
static void test_list(void)
{
  static const char *const files[] = { "story/a.lua",
                                       "-- a\n",
                                       "story/c.lua",
                                       "-- c\n",
                                       "story/i18n/en/a.json",
                                       "{}",
                                       "user/mods/m/story/a.lua",
                                       "-- the mod's a\n",
                                       "user/mods/m/story/m.lua",
                                       "-- the mod's own\n",
                                       NULL };
  const char *root = fixture_story(files);
  char path[600], target[600], zip[512], wd[512];
  snprintf(path, sizeof path, "%s/story/l.lua", root);
  snprintf(target, sizeof target, "%s/story/c.lua", root);
  REQUIRE(symlink(target, path) == 0);
  check_names("story", "a.lua c.lua i18n m.lua", true);
  check_names("story/i18n/en", "a.json", false);
  vfs_close();
  snprintf(zip, sizeof zip, "%s/list.zip", check_tmpdir());
  snprintf(wd, sizeof wd, "%s/list-user", check_tmpdir());
  write_zip(zip, "story/x/y.lua", "-- y\n");
  mount_zip(zip, wd);
  check_names("story", "x", true);
  check_names("story/x", "y.lua", false);
  vfs_close();
}

int main(void)
{
  RUN(test_user_files_from_the_write_dir);
  RUN(test_user_lists_from_the_write_dir);
  RUN(test_archive_crc);
  RUN(test_zip_bomb);
  RUN(test_stamp);
  RUN(test_list);
  return check_done("vfs");
}
