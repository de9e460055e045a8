/* Fuzz target: a data file (a layout, an image), run in the bare sandbox and
** turned into plain data, as a mod's lua/layouts/x.lua reaches the engine. */
#include "fuzz.h"
#include "script.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  json_t *j;
  fuzz_put("lua/layouts/f.lua", data, size);
  j = script_eval_data("lua/layouts/f.lua");
  json_decref(j);
  return 0;
}
