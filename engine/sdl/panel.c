/*
** panel: the table of panel kinds, by name, and the helpers every painter
** uses to read its panel's JSON. A kind not in the table is not drawn.
*/
#include <math.h>
#include <string.h>

#include "i18n.h"
#include "panel.h"

/* Every kind a layout may name; `when_hidden`: the bar and the sidebar frame
** the screen even while the reader hides the interface. */
static const PanelKind kinds[] = {
  { "lines", panel_lines, false },       /* panel_text.c */
  { "messages", panel_messages, false }, /* panel_text.c */
  { "task", panel_task, false },         /* panel_task.c */
  { "bar", panel_bar, true },            /* panel_data.c */
  { "header", panel_header, false },     /* panel_data.c */
  { "rows", panel_rows, false },         /* panel_data.c */
  { "notice", panel_notice, false },     /* panel_data.c */
  { "sidebar", panel_sidebar, true },    /* panel_data.c */
  { "frame", panel_frame, true },        /* panel_app.c */
  { "list", panel_list, false },         /* panel_app.c */
  { "button", panel_button, false },     /* panel_app.c */
  { "progress", panel_progress, false }, /* panel_app.c */
  { "table", panel_table, false },       /* panel_app.c */
};

const PanelKind *panel_kind(const char *name)
{
  for (size_t i = 0; name && i < sizeof kinds / sizeof kinds[0]; i++)
    if (strcmp(kinds[i].name, name) == 0)
      return &kinds[i];
  return NULL;
}

void panel_format(const Ui *ui, const json_t *value, const char *format, char *buf, size_t size)
{
  /* The core writes figures the one way, for the terminal as for the window. */
  i18n_format_value(value, format, ui->story ? story_language(ui->story) : NULL, buf, size);
}

void panel_dots(Ui *ui, SDL_Rect area, int n, unsigned seed, int sizes, int fade, int range)
{
  for (int i = 0; i < n; i++) {
    seed = seed * 1103515245u + 12345u;
    float fx = (float)((seed >> 8) % 1000) / 1000.0f;
    seed = seed * 1103515245u + 12345u;
    float fy = (float)((seed >> 8) % 1000) / 1000.0f;
    draw_circle(ui->r, area.x + fx * area.w, area.y + fy * area.h,
                (float)ui_px(ui, (float)(2 + (seed >> 4) % (unsigned)sizes)),
                draw_fade(ui->pal.brand, fade + (int)((seed >> 12) % (unsigned)range)));
  }
}

const char *panel_str(const json_t *o, const char *key)
{
  return json_string_value(json_object_get(o, key));
}

double panel_num(const json_t *o, const char *key, double dflt)
{
  const json_t *v = json_object_get(o, key);
  return json_is_number(v) ? json_number_value(v) : dflt;
}

SDL_Rect panel_rect(const Ui *ui, const json_t *panel)
{
  const json_t *a = json_object_get(panel, "rect");
  double f[4] = { 0, 0, 1, 1 };
  for (size_t i = 0; i < 4 && i < json_array_size(a); i++)
    f[i] = json_number_value(json_array_get(a, i));
  SDL_Rect rc = { (int)lround(f[0] * ui->w), (int)lround(f[1] * ui->h), (int)lround(f[2] * ui->w),
                  (int)lround(f[3] * ui->h) };
  return rc;
}

FontFace panel_face(const json_t *panel, FontFace dflt)
{
  const char *f = panel_str(panel, "font");
  if (!f)
    return dflt;
  if (strcmp(f, "serif") == 0)
    return FONT_SERIF;
  if (strcmp(f, "mono") == 0)
    return FONT_MONO;
  return FONT_SANS;
}
