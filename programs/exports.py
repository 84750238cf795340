"""The secretariat's CSV and XLSX exports, readable in a spreadsheet in the list's language.

Wagtail's ``SpreadsheetExportMixin`` (wagtail/admin/views/mixins.py) writes
values as Python gives them: CSV without a byte-order mark (Excel then reads
UTF-8 as Windows-1254 and breaks ğ, ş, ı…), booleans as True/False,
timestamps in UTC with microseconds, and choice fields as their stored codes.
``LocalizedExportMixin`` goes on an admin ``IndexView`` and changes only how
values and headings are written:

* CSV starts with the UTF-8 byte-order mark and says ``charset=utf-8``; its rows are written in the
  user's language and time zone although they are streamed after the view has returned;
* booleans are "Evet"/"Hayır" ("Yes"/"No" in English) in both formats;
* timestamps are in the current time zone (Europe/Istanbul, or the user's own
  admin time-zone preference), to the minute: "01.12.2026 14:05" in Turkish,
  "2026-12-01 14:05" in English; XLSX gets naive local datetimes (Excel has no
  time zones) with the same display format; dates likewise;
* floats (match scores) to two decimals, with a decimal comma in Turkish CSV;
* fields with choices show their label; headings get a Turkish-aware capital;
* text that a spreadsheet would run as a formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return: OWASP's list) is neutralised, whoever typed it: in CSV behind an apostrophe, in XLSX as
  a text cell with Excel's hidden "quote prefix", so "+90 312 000 00 00" still reads as a phone number.
  Numbers and dates the code writes itself are left alone; characters XLSX cannot hold are dropped.

The language is the one the admin runs in for that user, like the list itself.
"""

from __future__ import annotations

import datetime
import decimal
import re
from collections import OrderedDict

from django.contrib.admin.utils import label_for_field
from django.core.exceptions import FieldDoesNotExist
from django.http import StreamingHttpResponse
from django.utils import dateformat, timezone, translation
from django.utils.encoding import force_str
from django.utils.translation import gettext
from wagtail.admin.views.mixins import SpreadsheetExportMixin, list_to_str
from wagtail.coreutils import multigetattr

from portal.text import capfirst
from programs.privacy.access_log import AccessRecord, record_access
from programs.templatetags.scores import SCORE_DECIMALS, format_score

BOM = "\ufeff"

#: What makes a spreadsheet treat a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Values the code writes as numbers or dates: never user text, never neutralised.
_CODE_VALUES = (bool, int, float, decimal.Decimal, datetime.date, datetime.time)
#: Control characters the XLSX format cannot store (openpyxl refuses them with an error).
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_formula_like(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralise(value):
    """A CSV cell that a spreadsheet shows as text: an apostrophe before anything formula-like."""
    return "'" + value if is_formula_like(value) else value

#: (datetime, date) in Django's date-format syntax, then the same for Excel's number formats.
_FORMATS = {
    "tr": ("d.m.Y H:i", "d.m.Y", "dd.mm.yyyy hh:mm", "dd.mm.yyyy"),
}
_DEFAULT_FORMATS = ("Y-m-d H:i", "Y-m-d", "yyyy-mm-dd hh:mm", "yyyy-mm-dd")


def _formats() -> tuple[str, str, str, str]:
    language = (translation.get_language() or "").split("-")[0]
    return _FORMATS.get(language, _DEFAULT_FORMATS)


def yes_no(value: bool) -> str:
    return gettext("Yes") if value else gettext("No")


def local_minute(value: datetime.datetime) -> datetime.datetime:
    """Aware datetimes in the current time zone, naive ones as they are; seconds dropped."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(second=0, microsecond=0)


def xlsx_decimal(value: float) -> float:
    return round(value, SCORE_DECIMALS)


def csv_datetime(value: datetime.datetime) -> str:
    return dateformat.format(local_minute(value), _formats()[0])


def csv_date(value: datetime.date) -> str:
    return dateformat.format(value, _formats()[1])


def xlsx_datetime(value: datetime.datetime) -> datetime.datetime:
    return timezone.make_naive(local_minute(value)) if timezone.is_aware(value) else local_minute(value)


class LocalizedExportMixin:
    """Put before ``IndexView`` (or any ``SpreadsheetExportMixin`` view) in the bases."""

    FORMAT_CSV = SpreadsheetExportMixin.FORMAT_CSV
    FORMAT_XLSX = SpreadsheetExportMixin.FORMAT_XLSX

    # Order matters: bool before anything numeric, datetime before its base class date.
    custom_value_preprocess = {
        bool: {FORMAT_CSV: yes_no, FORMAT_XLSX: yes_no},
        float: {FORMAT_CSV: format_score, FORMAT_XLSX: xlsx_decimal},
        datetime.datetime: {FORMAT_CSV: csv_datetime, FORMAT_XLSX: xlsx_datetime},
        datetime.date: {FORMAT_CSV: csv_date, FORMAT_XLSX: None},
        datetime.time: {FORMAT_XLSX: None},
        (list, tuple): {FORMAT_CSV: list_to_str, FORMAT_XLSX: list_to_str},
    }

    #: The access-log record type of the exported rows (`AccessRecord.Kind`): every export is on record.
    access_kind = None

    def render_to_response(self, context, **response_kwargs):
        """A listing shows names too: the rows on the page (or in the refreshed results) are on record as viewed."""
        if self.access_kind and not self.is_export:
            record_access(self.request, AccessRecord.Action.VIEW, self.access_kind, [obj.pk for obj in context["object_list"]])
        return super().render_to_response(context, **response_kwargs)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if self.access_kind:
            record_access(self.request, AccessRecord.Action.EXPORT, self.access_kind, queryset.values_list("pk", flat=True))
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def _choice_field(self, name: str):
        model = getattr(self, "model", None)
        if model is None or "." in name or "__" in name:
            return None
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            return None
        return field if getattr(field, "choices", None) and not field.is_relation else None

    def export_value(self, item, name):
        """The value of one column for one row: a choice field's label, otherwise what Wagtail would take."""
        if self._choice_field(name):
            return getattr(item, f"get_{name}_display")()
        return multigetattr(item, name)

    def to_row_dict(self, item):
        return OrderedDict((name, self.export_value(item, name)) for name in self.list_export)

    def preprocess_field_value(self, field, value, export_format):
        """Wagtail's value, with user text kept from running as a formula (see the module docstring)."""
        result = super().preprocess_field_value(field, value, export_format)
        if isinstance(value, _CODE_VALUES) or not isinstance(result, str):
            return result
        if export_format == self.FORMAT_XLSX:
            return _XLSX_ILLEGAL.sub("", result)
        return neutralise(result)

    def get_heading(self, queryset, field):
        """Wagtail's heading, capitalised with Turkish rules ("İlgi alanı", not "Ilgi alanı")."""
        if self.export_headings.get(field):
            return force_str(self.export_headings[field])
        try:
            return capfirst(force_str(label_for_field(field, queryset.model)))
        except (AttributeError, FieldDoesNotExist):
            return force_str(field)

    def write_csv_response(self, queryset):
        """Wagtail's streamed CSV, after a UTF-8 byte-order mark. The rows are written while the response is
        sent, after the view has returned and the admin has given up the user's language and time zone, so
        the stream takes them along."""
        language, zone = translation.get_language(), timezone.get_current_timezone()

        def stream():
            with translation.override(language), timezone.override(zone):
                yield BOM.encode("utf-8")
                yield from self.stream_csv(queryset)

        response = StreamingHttpResponse(stream(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        _dt, _d, excel_datetime, excel_date = _formats()
        for cell, value in zip(super().generate_xlsx_row(worksheet, row_dict, date_format=excel_datetime), row_dict.values()):
            if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
                cell.number_format = excel_date
            if cell.data_type == "s" and not isinstance(value, _CODE_VALUES) and is_formula_like(cell.value):
                cell.quotePrefix = True
            yield cell
