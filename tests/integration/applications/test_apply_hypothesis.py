"""Arbitrary Unicode in every text field never causes a server error."""

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from programs.models import Application
from tests.factories.applications import apply_url, valid_data

pytestmark = pytest.mark.django_db

TEXT = st.text(max_size=300)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(name=TEXT, phone=st.text(max_size=40), description=st.text(max_size=600), availability=TEXT, other=TEXT, email=st.text(max_size=60))
def test_arbitrary_text_never_raises_a_server_error(open_call, name, phone, description, availability, other, email):
    cache.clear()
    call = open_call()
    client = Client()
    data = valid_data(call, name=name, phone=phone, description=description, availability=availability,
                      institution="", institution_other=other, email=email or "x@example.org")
    response = client.post(apply_url(call), data)
    assert response.status_code in (302, 400)
    if response.status_code == 302:
        saved = Application.objects.get(email=(email or "x@example.org").strip().lower())
        assert saved.description == description.strip()
        saved.delete()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(description=st.text(max_size=400), email=st.text(max_size=40))
def test_arbitrary_text_in_a_draft_never_raises_a_server_error(open_call, description, email):
    cache.clear()
    call = open_call()
    response = Client().post(apply_url(call), {"email": email, "description": description, "save_draft": "1"})
    assert response.status_code in (200, 400)
