"""The demo site, built once per test database for the non-browser tests."""

import os

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the bilingual demo once; each test runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=open(os.devnull, "w"))
