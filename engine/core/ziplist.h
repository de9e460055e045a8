/*
** ziplist: what a zip archive says of its files, read from its central
** directory: each file's CRC-32, so that what PhysicsFS inflates can be checked
** (PhysicsFS does not check it: one flipped bit would change a sentence).
*/
#ifndef FICELLE_ZIPLIST_H
#define FICELLE_ZIPLIST_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

/* The CRC-32 of each file of the zip archive at path (a real file), as an
** object: name -> integer. A new reference; NULL and err if path is not a zip
** archive this can read (a folder, a zip64 archive). */
json_t *ziplist_crcs(const char *path);

/* The CRC-32 of data, as zip computes it. */
uint32_t ziplist_crc(const void *data, size_t len);

#endif
