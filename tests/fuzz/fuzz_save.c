/* Fuzz target: a save file, as a damaged or hostile one reaches the loader. */
#include "fuzz.h"
#include "state.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  Checkpoint cp = { 0 };
  InputLog log = { 0 };
  json_t *meta = NULL;
  if (state_save_read((const char *)data, size, &cp, &log, &meta)) {
    size_t len;
    char *again = state_save_write(&cp, &log, meta, &len);
    /* What was read is written back, and reads again */
    Checkpoint cp2 = { 0 };
    InputLog log2 = { 0 };
    if (!again || !state_save_read(again, len, &cp2, &log2, NULL))
      abort();
    state_checkpoint_clear(&cp2);
    state_log_clear(&log2);
    free(again);
  }
  state_checkpoint_clear(&cp);
  state_log_clear(&log);
  json_decref(meta);
  return 0;
}
