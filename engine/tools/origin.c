/*
** origin: where a translation unit belongs. A unit's home is the story file
** that declares its context (the scene or the chapter of its id), whoever said
** it: the lines of a mod's scene belong to the mod, helpers of the base game
** it calls included.
*/
#include <stdio.h>
#include <string.h>

#include "tools/tools.h"
#include "vfs.h"

json_t *origin_contexts(Story *s)
{
  json_t *map = json_object(), *x;
  size_t i;
  json_array_foreach(story_declarations(s), i, x)
    json_object_set(map, json_string_value(json_object_get(x, "id")), json_object_get(x, "file"));
  json_array_foreach(story_scenes(s), i, x)
    json_object_set(map, json_string_value(json_object_get(x, "id")), json_object_get(x, "file"));
  return map;
}

const char *origin_home(const json_t *contexts, const char *id, const char *said)
{
  char context[256];
  const char *colon = strchr(id, ':'), *file;
  size_t n = colon ? (size_t)(colon - id) : strlen(id);
  if (n >= sizeof context)
    return said;
  memcpy(context, id, n);
  context[n] = '\0';
  file = json_string_value(json_object_get(contexts, context));
  return file && *file ? file : said;
}
