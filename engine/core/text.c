/*
** text: French typography and line breaking over UTF-8 (see text.h).
*/
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "mem.h"

#define NNBSP "\xE2\x80\xAF" /* U+202F NARROW NO-BREAK SPACE */

unsigned text_utf8_next(const char **p)
{
  const unsigned char *s = (const unsigned char *)*p;
  unsigned c = s[0];
  int n;
  if (c < 0x80) {
    *p += 1;
    return c;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    n = 1;
    c &= 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 2;
    c &= 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 3;
    c &= 0x07;
  } else {
    *p += 1;
    return 0xFFFD;
  }
  for (int i = 1; i <= n; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *p += 1;
      return 0xFFFD;
    }
    c = (c << 6) | (s[i] & 0x3F);
  }
  *p += n + 1;
  return c;
}

size_t text_utf8_len(const char *s, size_t bytes)
{
  const char *p = s, *end = s + bytes;
  size_t n = 0;
  while (p < end) {
    text_utf8_next(&p);
    n++;
  }
  return n;
}

int text_measure_columns(void *ud, const char *s, size_t len)
{
  (void)ud;
  return (int)text_utf8_len(s, len);
}

/* --- French typography ------------------------------------------------------ */

static bool is_high_mark(char c) /* the marks that take a space before them */
{
  return c == '?' || c == '!' || c == ';' || c == ':';
}

static bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

static bool is_letter_ascii(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Does the output so far end with a space that a mark should replace? */
static bool ends_with_space(const char *out, size_t n, size_t *width)
{
  if (n >= 1 && out[n - 1] == ' ') {
    *width = 1;
    return true;
  }
  if (n >= 2 && memcmp(out + n - 2, "\xC2\xA0", 2) == 0) {
    *width = 2;
    return true;
  }
  if (n >= 3 && memcmp(out + n - 3, NNBSP, 3) == 0) {
    *width = 3;
    return true;
  }
  return false;
}

/* Does s[i - k .. i) spell word, as a whole word (not the end of a longer one)? */
static bool word_before(const char *s, size_t i, const char *word)
{
  size_t k = strlen(word);
  return i >= k && memcmp(s + i - k, word, k) == 0 && (i == k || !is_letter_ascii(s[i - k - 1]));
}

/* The space at s[i] where a line must not break: 0 if it may. A thousands
** separator ("6 410") becomes a narrow no-break space (2); the spaces of a time
** ("11 h", "6 h 12") and the one after an abbreviation that must not end a
** line ("Mme Lefebvre", "M. D.", "n° 4") a full no-break space (1). */
static int glued_space(const char *s, size_t i, size_t len)
{
  bool digit_before = i > 0 && is_digit(s[i - 1]);
  if (digit_before && i + 3 < len + 1 && is_digit(s[i + 1]) && is_digit(s[i + 2])
      && is_digit(s[i + 3]) && !is_digit(s[i + 4]))
    return 2; /* 6 410, 1 104 000 */
  if (digit_before && s[i + 1] == 'h' && !is_letter_ascii(s[i + 2]))
    return 1; /* 11 h, 6 h 12 */
  if (i >= 2 && s[i - 1] == 'h' && s[i - 2] == ' ' && i >= 3 && is_digit(s[i - 3])
      && is_digit(s[i + 1]))
    return 1; /* the second space of 6 h 12 */
  if (i == 0 || !strchr("er.\xB0", s[i - 1]))
    return 0; /* (what the words below end with: most spaces are not after them) */
  if (word_before(s, i, "Mme") || word_before(s, i, "Mlle") || word_before(s, i, "Dr")
      || word_before(s, i, "n\xC2\xB0"))
    return 1; /* Mme Lefebvre, n° 4 */
  if (word_before(s, i, "M.") && s[i + 1] >= 'A' && s[i + 1] <= 'Z')
    return 1; /* M. Delaunay */
  return 0;
}

char *text_french(const char *s)
{
  size_t len = strlen(s);
  char *out = mem_realloc(NULL, len * 4 + 1); /* each byte grows to at most 4 */
  size_t n = 0, w;
  if (!out)
    return NULL;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    int glue = c == ' ' ? glued_space(s, i, len) : 0;
    if (glue == 2) {
      memcpy(out + n, NNBSP, 3), n += 3;
      continue;
    }
    if (glue == 1) {
      memcpy(out + n, "\xC2\xA0", 2), n += 2; /* U+00A0 NO-BREAK SPACE */
      continue;
    }
    bool mark = is_high_mark(c) || (c == '%') || (strncmp(s + i, "\xC2\xBB", 2) == 0) || /* » */
        (strncmp(s + i, "\xE2\x82\xAC", 3) == 0);                                        /* € */
    if (mark && n > 0) {
      char prev = out[n - 1];
      if (c == ':' && is_digit(prev) && is_digit(s[i + 1])) {
        /* a time or a ratio written 10:30: no space */
      } else if (c == '%' || (unsigned char)c == 0xE2) { /* % or € */
        /* % and € take a narrow space only where the writer put a space */
        if (ends_with_space(out, n, &w)) {
          n -= w;
          memcpy(out + n, NNBSP, 3), n += 3;
        }
      } else if (ends_with_space(out, n, &w)) {
        n -= w;
        memcpy(out + n, NNBSP, 3), n += 3;
      } else if (prev != '\n' && prev != '(' && prev != '[' && !is_high_mark(prev)
                 && !(n >= 3 && memcmp(out + n - 3, "\xE2\x80\x94", 3) == 0)) {
        memcpy(out + n, NNBSP, 3), n += 3;
      }
    }
    out[n++] = c;
    if (strncmp(s + i, "\xC2\xAB", 2) == 0) { /* « : the space after it */
      out[n++] = s[++i];
      size_t j = i + 1;
      while (s[j] == ' ')
        j++;
      if (strncmp(s + j, "\xC2\xA0", 2) == 0)
        j += 2;
      else if (strncmp(s + j, NNBSP, 3) == 0)
        j += 3;
      memcpy(out + n, NNBSP, 3), n += 3;
      i = j - 1;
    }
  }
  out[n] = '\0';
  return out;
}

/* --- Line breaking ----------------------------------------------------------- */

static bool is_letter_byte(char c)
{
  unsigned char u = (unsigned char)c;
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

/* The end of the word starting at p: before a space or a newline, or just after
** a hyphen that joins two letters (a break is allowed there). */
static size_t word_end(const char *s, size_t p, size_t len)
{
  while (p < len && s[p] != ' ' && s[p] != '\n') {
    if (s[p] == '-' && p > 0 && is_letter_byte(s[p - 1]) && p + 1 < len && is_letter_byte(s[p + 1]))
      return p + 1;
    p++;
  }
  return p;
}

static void put_line(TextLine *lines, int max, int *n, size_t start, size_t end)
{
  if (*n < max) {
    lines[*n].start = start;
    lines[*n].len = end - start;
  }
  (*n)++;
}

/* May a forced cut fall at byte i (between two characters)? Not before a
** French mark or a no-break space, nor just after a no-break space or «. */
static bool can_cut_at(const char *s, size_t i, size_t start)
{
  const char *c = s + i;
  if (*c == '?' || *c == '!' || *c == ';' || *c == ':' || strncmp(c, "\xC2\xBB", 2) == 0
      || strncmp(c, "\xC2\xA0", 2) == 0 || strncmp(c, NNBSP, 3) == 0)
    return false;
  if (i >= start + 3 && strncmp(c - 3, NNBSP, 3) == 0)
    return false;
  if (i >= start + 2 && (strncmp(c - 2, "\xC2\xA0", 2) == 0 || strncmp(c - 2, "\xC2\xAB", 2) == 0))
    return false;
  return true;
}

/* The longest prefix of s[start..end) narrower than width, at least one code
** point, as a byte offset, cut where can_cut_at allows if it can. */
static size_t cut_word(const char *s, size_t start, size_t end, int width, TextMeasure measure,
                       void *ud)
{
  const char *p = s + start;
  size_t best;
  text_utf8_next(&p);
  best = (size_t)(p - s);
  while ((size_t)(p - s) < end) {
    const char *q = p;
    text_utf8_next(&q);
    if ((size_t)(q - s) > end || measure(ud, s + start, (size_t)(q - s) - start) > width)
      break;
    p = q;
    if (can_cut_at(s, (size_t)(q - s), start) || (size_t)(q - s) == end)
      best = (size_t)(q - s);
  }
  return best;
}

int text_wrap(const char *s, int width, TextMeasure measure, void *ud, TextLine *lines, int max)
{
  size_t len = strlen(s), start = 0;
  int n = 0;
  if (len == 0)
    return 0;
  while (start <= len) {
    size_t pos = start, line_end = start;
    bool content = false;
    for (;;) {
      size_t wend = word_end(s, pos, len);
      if (measure(ud, s + start, wend - start) <= width) {
        line_end = wend;
        content = true;
      } else if (content) { /* the word goes to the next line */
        put_line(lines, max, &n, start, line_end);
        start = pos;
        break;
      } else { /* a word wider than the line: cut it */
        size_t cut = cut_word(s, start, wend, width, measure, ud);
        put_line(lines, max, &n, start, cut);
        start = cut;
        break;
      }
      if (wend == len) {
        put_line(lines, max, &n, start, wend);
        return n;
      }
      if (s[wend] == '\n') {
        put_line(lines, max, &n, start, wend);
        start = wend + 1;
        if (start == len)
          return n;
        break;
      }
      pos = wend;
      while (pos < len && s[pos] == ' ')
        pos++;
      if (pos == len) {
        put_line(lines, max, &n, start, line_end);
        return n;
      }
    }
  }
  return n;
}
