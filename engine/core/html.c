/*
** html: escaping and drawings for the tools' HTML pages (see html.h).
*/
#include <string.h>

#include "html.h"

void html_escape(FILE *out, const char *s)
{
  for (; s && *s; s++) {
    switch (*s) {
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '&': fputs("&amp;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\'': fputs("&#39;", out); break;
    default: fputc(*s, out);
    }
  }
}

void html_tagged(FILE *out, const char *open, const char *s, const char *close)
{
  fputs(open, out);
  html_escape(out, s);
  fputs(close, out);
}

/* A colour as the drawing gives it ("#rgb", "#rrggbb", "#rrggbbaa"), or grey. */
static const char *colour(const json_t *shape)
{
  const char *c = json_string_value(json_object_get(shape, "color"));
  size_t n = c ? strlen(c) : 0;
  if (c && c[0] == '#' && (n == 4 || n == 7 || n == 9)
      && strspn(c + 1, "0123456789abcdefABCDEF") == n - 1)
    return c;
  return "#808080";
}

static void numbers(FILE *out, const json_t *a, size_t from, size_t n, const char *sep)
{
  for (size_t i = from; i < from + n && i < json_array_size(a); i++)
    fprintf(out, "%s%g", i > from ? sep : "", json_number_value(json_array_get(a, i)));
}

void html_image(FILE *out, const json_t *img, const char *alt)
{
  double w = json_number_value(json_object_get(img, "width"));
  double h = json_number_value(json_object_get(img, "height"));
  const char *bg = json_string_value(json_object_get(img, "background"));
  const json_t *sh, *a;
  size_t i;
  if (!json_is_object(img) || w <= 0 || h <= 0)
    return;
  fprintf(out, "<svg class=\"drawing\" viewBox=\"0 0 %g %g\" role=\"img\" aria-label=\"", w, h);
  html_escape(out, alt ? alt : "");
  fputs("\">", out);
  if (bg) {
    fprintf(out, "<rect width=\"%g\" height=\"%g\" fill=\"", w, h);
    html_escape(out, bg);
    fputs("\"/>", out);
  }
  json_array_foreach(json_object_get(img, "shapes"), i, sh) {
    const json_t *alpha = json_object_get(sh, "alpha");
    char opacity[48] = "";
    if (json_is_number(alpha))
      snprintf(opacity, sizeof opacity, " opacity=\"%g\"", json_number_value(alpha));
    if ((a = json_object_get(sh, "rect")) && json_array_size(a) >= 4) {
      fputs("<rect x=\"", out), numbers(out, a, 0, 1, "");
      fputs("\" y=\"", out), numbers(out, a, 1, 1, "");
      fputs("\" width=\"", out), numbers(out, a, 2, 1, "");
      fputs("\" height=\"", out), numbers(out, a, 3, 1, "");
      fprintf(out, "\" fill=\"%s\"%s/>", colour(sh), opacity);
    } else if ((a = json_object_get(sh, "poly")) && json_array_size(a) >= 6) {
      fputs("<polygon points=\"", out), numbers(out, a, 0, json_array_size(a) & ~(size_t)1, " ");
      fprintf(out, "\" fill=\"%s\"%s/>", colour(sh), opacity);
    } else if ((a = json_object_get(sh, "circle")) && json_array_size(a) >= 3) {
      fputs("<circle cx=\"", out), numbers(out, a, 0, 1, "");
      fputs("\" cy=\"", out), numbers(out, a, 1, 1, "");
      fputs("\" r=\"", out), numbers(out, a, 2, 1, "");
      fprintf(out, "\" fill=\"%s\"%s/>", colour(sh), opacity);
    } else if ((a = json_object_get(sh, "line")) && json_array_size(a) >= 4) {
      double lw = json_number_value(json_object_get(sh, "width"));
      fputs("<line x1=\"", out), numbers(out, a, 0, 1, "");
      fputs("\" y1=\"", out), numbers(out, a, 1, 1, "");
      fputs("\" x2=\"", out), numbers(out, a, 2, 1, "");
      fputs("\" y2=\"", out), numbers(out, a, 3, 1, "");
      fprintf(out, "\" stroke=\"%s\" stroke-width=\"%g\" stroke-linecap=\"round\"%s/>", colour(sh),
              lw > 0 ? lw : 2, opacity);
    }
  }
  fputs("</svg>\n", out);
}
