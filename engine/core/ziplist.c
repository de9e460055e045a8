/*
** ziplist: a zip archive's central directory (see ziplist.h). The format is
** PKWARE's APPNOTE: the end-of-central-directory record at the end of the file
** says where the directory is; each of its entries gives a file's name and CRC.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "err.h"
#include "mem.h"
#include "ziplist.h"

#define EOCD_SIG 0x06054b50u
#define ENTRY_SIG 0x02014b50u
#define EOCD_MIN 22
#define EOCD_MAX (EOCD_MIN + 0xffff) /* the record and the longest comment */

static uint32_t le32(const unsigned char *p)
{
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static unsigned le16(const unsigned char *p)
{
  return (unsigned)p[0] | (unsigned)p[1] << 8;
}

/* Reads len bytes at offset into a malloc'd buffer, or NULL. */
static unsigned char *read_at(FILE *f, long offset, size_t len)
{
  unsigned char *buf = mem_realloc(NULL, len ? len : 1);
  if (fseek(f, offset, SEEK_SET) != 0 || fread(buf, 1, len, f) != len) {
    free(buf);
    return NULL;
  }
  return buf;
}

json_t *ziplist_crcs(const char *path)
{
  FILE *f = fopen(path, "rb");
  unsigned char *tail = NULL, *dir = NULL, *eocd = NULL, *p, *end;
  long size;
  size_t n;
  json_t *crcs = NULL;
  if (!f)
    return err_set("ziplist: '%s': cannot open it", path), NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < EOCD_MIN) {
    fclose(f);
    return err_set("ziplist: '%s': not a zip archive", path), NULL;
  }
  n = (size_t)(size < EOCD_MAX ? size : EOCD_MAX);
  if (!(tail = read_at(f, size - (long)n, n)))
    goto bad;
  for (p = tail + n - EOCD_MIN; p >= tail; p--) /* the last record is the real one */
    if (le32(p) == EOCD_SIG) {
      eocd = p;
      break;
    }
  if (!eocd)
    goto bad;
  {
    uint32_t dir_size = le32(eocd + 12), dir_at = le32(eocd + 16);
    unsigned entries = le16(eocd + 10);
    if (dir_size == 0xffffffffu || dir_at == 0xffffffffu || (long)dir_at + (long)dir_size > size)
      goto bad; /* zip64, or a directory past the end */
    if (!(dir = read_at(f, (long)dir_at, dir_size)))
      goto bad;
    crcs = json_object();
    for (p = dir, end = dir + dir_size; entries > 0; entries--) {
      char name[1024];
      unsigned len, extra, comment;
      if (end - p < 46 || le32(p) != ENTRY_SIG)
        goto bad;
      len = le16(p + 28), extra = le16(p + 30), comment = le16(p + 32);
      if ((size_t)(end - p) < 46u + len + extra + comment || len >= sizeof name)
        goto bad;
      memcpy(name, p + 46, len);
      name[len] = '\0';
      if (len > 0 && name[len - 1] != '/') /* not a folder */
        json_object_set_new(crcs, name, json_integer(le32(p + 16)));
      p += 46 + len + extra + comment;
    }
  }
  free(tail);
  free(dir);
  fclose(f);
  return crcs;
bad:
  free(tail);
  free(dir);
  json_decref(crcs);
  fclose(f);
  return err_set("ziplist: '%s': not a zip archive this engine reads", path), NULL;
}

uint32_t ziplist_crc(const void *data, size_t len)
{
  uLong crc = crc32(0L, Z_NULL, 0);
  const Bytef *p = data;
  while (len > 0) { /* crc32 takes an unsigned int length */
    uInt chunk = len > 0x40000000u ? 0x40000000u : (uInt)len;
    crc = crc32(crc, p, chunk);
    p += chunk;
    len -= chunk;
  }
  return (uint32_t)crc;
}
