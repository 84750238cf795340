"""The shared rules for typed text, e-mail domains and dates (portal/cleaning.py)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from portal.cleaning import check_date_window, clean_line, clean_text, is_blank, validate_email_domain, without_controls


@pytest.mark.parametrize("typed,kept", [
    ("Ayşe\r\nYılmaz", "Ayşe Yılmaz"),
    ("Ay\x00şe\x1b\x07\x7f", "Ayşe"),
    ("\u202eAyşe\u202c \u2066Yılmaz\u2069", "Ayşe Yılmaz"),
    ("\ufeffAyşe\x85Yılmaz", "Ayşe Yılmaz"),
    ("Ay\u200dşe", "Ay\u200dşe"),  # joiners stay inside text: some scripts and emoji need them
])
def test_a_line_keeps_no_controls(typed, kept):
    assert clean_line(typed) == kept


def test_a_text_keeps_lines_and_tabs_only():
    assert clean_text("a\r\nb\rc\u2028d\te\x00\x1b\u202e") == "a\nb\nc\nd\te"


def test_query_values_are_not_trimmed():
    assert without_controls(" men\x00 ") == " men "


@pytest.mark.parametrize("text,blank", [
    ("\u200b\u200c\u200d\u2060\ufeff\u00ad", True), ("\u3164\u2800\u034f\ufe0f", True), ("\u00a0\u3000", True),
    ("a\u200b", False), ("🙂", False), ("ı", False),
])
def test_what_counts_as_blank(text, blank):
    assert is_blank(text) is blank


@pytest.mark.parametrize("email", ["a@localhost", "a@x.localhost", "a@[127.0.0.1]", "a@[::1]", "a@belediye", "a@10.0.0.10",
                                   "a@belediye.local", "a@belediye.invalid", "a@belediye.123"])
def test_non_internet_domains_are_refused(email):
    with pytest.raises(ValidationError):
        validate_email_domain(email)


@pytest.mark.parametrize("email", ["ayse@example.org", "ayse@belediye.gov.tr", "ayse@xn--bcher-kva.example", "a@kuzeysehir.bel.tr."])
def test_real_domains_pass(email):
    validate_email_domain(email)


@translation.override("en")
def test_dates_outside_the_window_are_refused():
    today = datetime.date(2026, 12, 4)
    check_date_window(datetime.date(2021, 12, 5), years_back=5, years_ahead=None, today=today)
    for day in (datetime.date(1, 1, 1), datetime.date(2021, 12, 3)):
        with pytest.raises(ValidationError, match="years ago"):
            check_date_window(day, years_back=5, years_ahead=None, today=today)
    with pytest.raises(ValidationError, match="from today"):
        check_date_window(datetime.date(9999, 12, 31), years_back=None, years_ahead=3, today=today)


def test_a_leap_day_moves_to_the_28th():
    check_date_window(datetime.date(2023, 2, 28), years_back=1, years_ahead=None, today=datetime.date(2024, 2, 29))
