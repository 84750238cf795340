"""Amounts without a database: what a line may hold, and thousands separators as each language types them."""

from decimal import Decimal

import pytest
from django.utils import translation

from programs.claims.forms import AmountField, without_grouping
from programs.claims.rules import amount_error


@pytest.mark.parametrize("value, ok", [
    (Decimal("0.01"), True), (Decimal("1250.5"), True), (Decimal("9999999999.99"), True), ("12.30", True),
    (Decimal("0"), False), (Decimal("-1"), False), (Decimal("1.001"), False), (Decimal("10000000000"), False),
    (Decimal("Infinity"), False), (Decimal("NaN"), False), ("on iki", False), (None, False),
])
def test_amount_error(value, ok):
    with translation.override("en"):
        assert (amount_error(value) is None) is ok


@pytest.mark.parametrize("language, typed, read", [
    ("tr", "1.250,50", "1250,50"), ("tr", "1.250", "1250"), ("tr", "12.50", "12.50"), ("tr", "1250,50", "1250,50"),
    ("en", "1,250.50", "1250.50"), ("en", "1,25", "1,25"), ("en", "12,345,678.9", "12345678.9"),
])
def test_thousands_separators_are_dropped_only_where_they_group(language, typed, read):
    with translation.override(language):
        assert without_grouping(typed) == read


@pytest.mark.parametrize("language, typed, amount", [("tr", "1.250,50", "1250.50"), ("en", "1,250.50", "1250.50"), ("tr", "99,9", "99.9")])
def test_the_amount_field_reads_the_languages_way(language, typed, amount):
    with translation.override(language):
        assert AmountField().clean(typed) == Decimal(amount)
