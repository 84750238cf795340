"""Bar charts drawn on the server as SVG: no script, no font and no request to another host.

Each chart is an image with a title and a description (``role="img"``, ``aria-labelledby``);
each bar carries its label above and its value beside it, so nothing is told by colour alone;
the data table next to the chart gives the same numbers to screen readers and keyboard users.
The drawing is 400 units wide and scales with its box: at 320 px its text is still 13 px.
"""

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

WIDTH = 400
BAR_SPACE = 330  # what the longest bar may take; the rest holds its value
ROW = 46
LABEL_CHARS = 46


def format_value(value, kind: str = "count") -> str:
    """A number as the visitor's language writes it ("4,2" in Turkish); a suppressed cell says so."""
    if value is None:
        return gettext("fewer than 5")
    if kind in ("average", "measure"):
        return number_format(value, decimal_pos=1, force_grouping=True)
    if kind in ("year", "label"):
        return str(value)
    return number_format(value, force_grouping=True)


def display_rows(table) -> list[list[tuple[str, bool]]]:
    """The table's cells as text, each with whether it is a number (right-aligned)."""
    kinds = [column.kind for column in table.columns]
    return [[(format_value(value, kind), kind not in ("label", "year")) for value, kind in zip(row, kinds)] for row in table.rows]


def row_label(table, row) -> str:
    labels = [str(value) for column, value in zip(table.columns, row) if column.kind in ("label", "year")]
    return " · ".join(labels)


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def bar_chart(table, dom_id: str) -> str:
    """The table's chart column as horizontal bars, one row per table row."""
    column = table.columns[table.chart_column]
    values = [row[table.chart_column] for row in table.rows]
    largest = max((value for value in values if value), default=1)
    bars = []
    for position, (row, value) in enumerate(zip(table.rows, values)):
        top = 8 + position * ROW
        length = round(BAR_SPACE * value / largest) if value else 0
        bar = (
            format_html('<rect class="chart__bar" x="0" y="{}" width="{}" height="18" rx="2"></rect>', top + 22, max(length, 2))
            if value is not None else mark_safe("")
        )
        bars.append(format_html(
            '<g><text class="chart__label" x="0" y="{}">{}</text>{}<text class="chart__value" x="{}" y="{}">{}</text></g>',
            top + 15, _short(row_label(table, row)), bar, length + 6 if value is not None else 0, top + 36,
            format_value(value, column.kind),
        ))
    description = gettext("Bar chart: %(column)s. The table below gives the same numbers.") % {"column": column.title}
    return format_html(
        '<svg class="chart" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc"'
        ' xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{bars}</svg>',
        w=WIDTH, h=16 + ROW * max(len(table.rows), 1), id=dom_id, title=table.title, desc=description,
        bars=format_html_join("", "{}", ((bar,) for bar in bars)),
    )
