"""A draft keeps only the application form's own fields, each within the form's limits, the whole bounded;
its e-mail says who asked and how to delete it."""

import json
import re

import pytest
from django import forms
from django.core import mail
from django.core.cache import cache
from django.http import QueryDict
from django.utils import translation

from programs.applications.drafts import DRAFT_MAX_BYTES, bounded_data
from programs.applications.forms import ApplicationForm
from programs.models import ApplicationDraft, Theme
from tests.factories.applications import apply_url, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def save_draft(client, call, data):
    response = client.post(apply_url(call), {**data, "save_draft": "1"})
    assert response.status_code == 200
    return ApplicationDraft.objects.get()


def test_a_draft_keeps_the_forms_own_fields_and_values(open_call, client):
    call = open_call("tr")
    data = valid_data(call)
    draft = save_draft(client, call, data)
    names = set(ApplicationForm(call=call).fields)
    assert set(draft.data) <= names
    assert draft.data["name"] == ["Ayşe Yılmaz"] and draft.data["languages"] == ["tr", "en"]
    assert draft.email == "ayse.yilmaz@example.org" and "email" not in draft.data
    assert {key for key in draft.data if key.startswith("q_")} == {key for key in data if key.startswith("q_")}


@pytest.mark.parametrize("count", [900, 5000])
def test_a_crafted_post_with_thousands_of_invented_fields_stores_none_of_them(open_call, client, count):
    call = open_call("tr")
    data = {"name": "Ayşe", "email": "ayse@example.org", **{f"invented_{i}": "x" * 40 for i in range(count)}}
    draft = save_draft(client, call, data)
    assert draft.data == {"name": ["Ayşe"]}
    assert len(json.dumps(draft.data)) < 100


BAD_VALUES = [  # (field, value the form would refuse)
    ("name", "A" * 201),
    ("role", "admin"),
    ("preferred_format", "telepathy"),
    ("languages", "xx"),
    ("institution", "999999"),
    ("institution", "not-a-number"),
    ("description", "d" * 5001),
    ("q_basvurunuz_en_cok_hangi_alanla_ilgili", "Uydurma alan"),
    ("data_consent", "maybe"),
]


@pytest.mark.parametrize("field,value", BAD_VALUES)
def test_a_value_the_form_would_refuse_is_dropped_and_the_rest_kept(open_call, client, field, value):
    call = open_call("tr")
    form_fields = ApplicationForm(call=call).fields
    assert field in form_fields
    draft = save_draft(client, call, {"name": "Ayşe", "email": "ayse@example.org", field: value})
    assert field not in draft.data or field == "name"
    if field != "name":
        assert draft.data["name"] == ["Ayşe"]
    else:
        assert "name" not in draft.data


def test_a_theme_of_another_call_is_dropped(open_call, client, themes):
    call = open_call("tr")
    foreign = Theme.objects.exclude(pk__in=call.themes.values("pk")).first()
    own = call.themes.first()
    draft = save_draft(client, call, {"email": "ayse@example.org", "themes": [str(foreign.pk), str(own.pk), str(own.pk)]})
    assert draft.data["themes"] == [str(own.pk)]


def test_the_whole_draft_stays_under_its_bound():
    fields = {f"text_{i}": forms.CharField(max_length=5000) for i in range(20)}
    data = QueryDict(mutable=True)
    for name in fields:
        data[name] = "ş" * 5000
    kept = bounded_data(fields, data)
    assert 0 < len(kept) < 20
    assert len(json.dumps(kept, ensure_ascii=False).encode()) <= DRAFT_MAX_BYTES


def test_the_draft_email_says_who_asked_what_to_do_if_it_was_not_them_and_links_to_resume_and_delete(open_call, client):
    call = open_call("en")
    with translation.override("en"):
        response = client.post(apply_url(call), {"name": "Ayşe", "email": "ayse@example.org", "save_draft": "1"})
    assert response.status_code == 200
    draft = ApplicationDraft.objects.get()
    (message,) = mail.outbox
    body = message.body
    assert message.to == ["ayse@example.org"]
    assert f"Someone saved a draft application to “{call.title}” on the website on" in body
    assert "(ayse@example.org)" in body
    assert "If it was not you, you can ignore this e-mail: the draft is deleted when the call closes" in body
    links = re.findall(r"https?://\S+", body)
    assert len(links) == 2 and links[1] == links[0].rstrip("/") + "/delete/"
    assert "REMOTE_ADDR" not in body and "127.0.0.1" not in body
    assert draft.email == "ayse@example.org"


def test_the_delete_link_asks_first_then_deletes_by_post(open_call, client):
    call = open_call("en")
    with translation.override("en"):
        client.post(apply_url(call), {"name": "Ayşe", "email": "ayse@example.org", "save_draft": "1"})
        resume, delete = re.findall(r"https?://\S+", mail.outbox[0].body)
        path = "/" + delete.split("/", 3)[3]
        page = client.get(path)
        assert page.status_code == 200 and "Delete this draft?" in page.content.decode()
        assert page["Cache-Control"] == "private, no-store"
        assert ApplicationDraft.objects.exists()
        done = client.post(path)
    assert done.status_code == 200 and "The draft is deleted" in done.content.decode()
    assert not ApplicationDraft.objects.exists()
    assert client.get("/" + resume.split("/", 3)[3]).status_code == 404


def test_the_resumed_draft_fills_in_the_address_it_was_saved_for(open_call, client):
    call = open_call("en")
    with translation.override("en"):
        client.post(apply_url(call), {"name": "Ayşe", "email": "ayse@example.org", "save_draft": "1"})
        resume = re.findall(r"https?://\S+", mail.outbox[0].body)[0]
        page = client.get("/" + resume.split("/", 3)[3]).content.decode()
    assert 'value="ayse@example.org"' in page and 'value="Ayşe"' in page
