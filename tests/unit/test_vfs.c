/* Unit tests of vfs: the reader's files (user/) come from the write dir only,
** whatever a mod carries (a regression: a mod's user/saves/ shadowed the
** reader's save, which was then set aside as damaged). */
#include "check.h"

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

int main(void)
{
  RUN(test_user_files_from_the_write_dir);
  RUN(test_user_lists_from_the_write_dir);
  return check_done("vfs");
}
