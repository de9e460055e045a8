/*
** html: escaping for the tools' HTML pages (see html.h).
*/
#include "tools/html.h"

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
