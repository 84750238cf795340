"""Fixtures of the travel-claim tests."""

import os

import pytest
from django.core.files.storage import storages

from tests.integration.claims.claim_support import set_rates


@pytest.fixture
def claim_match(confirmed_match):
    """The open call's confirmed match (Zeynep with Hakan, from today for 90 days), with rates for its years."""
    match = confirmed_match
    set_rates(*range(match.start_date.year, match.end_date.year + 1))
    return match


@pytest.fixture(autouse=True)
def no_receipt_left_behind():
    """Receipts a test stored leave with it (the rolled-back transaction never runs the file removal)."""
    before = private_files()
    yield
    storage = storages["private"]
    for path in private_files() - before:
        storage.delete(os.path.relpath(path, storage.location))


def private_files() -> set:
    root = storages["private"].path("claims")
    return {os.path.join(path, name) for path, _dirs, names in os.walk(root) for name in names}
