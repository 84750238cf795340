"""The public, read-only API (home/api.py): every type and filter, both languages, and nothing that is not public."""

import json

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from tests.factories.applications import ApplicationFactory

pytestmark = pytest.mark.django_db

API = "/api/v2/pages/"


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()


def items(client, **params):
    response = client.get(API, params)
    assert response.status_code == 200, response.content[:500]
    return response.json()["items"]


def titles(client, **params):
    return sorted(item["title"] for item in items(client, **params))


def test_calls_in_each_language_with_dates_and_their_state(client, calls, themes):
    english = items(client, type="programs.CallPage", locale="en", fields="state,opens_at,closes_at,themes,called_roles")
    by_title = {item["title"]: item for item in english}
    assert set(by_title) == {"Digital Transformation Thematic Call", "Standing Call: Needs and Expertise", "Young Mentor Call",
                             "Care Staff Group Call"}
    assert by_title["Young Mentor Call"]["state"] == "upcoming"
    assert by_title["Digital Transformation Thematic Call"]["state"] == "open"
    assert by_title["Standing Call: Needs and Expertise"]["closes_at"] is None
    leadership = themes["leadership"].get_translation(calls["reverse_young_mentor"]("en").locale)
    assert by_title["Young Mentor Call"]["themes"] == [{"slug": leadership.slug, "name": leadership.name}]
    assert leadership.name != themes["leadership"].name  # the English row, not the Turkish one
    assert all(item["meta"]["locale"] == "en" for item in english)
    turkish = titles(client, type="programs.CallPage", locale="tr")
    assert "Genç Mentor Çağrısı" in turkish and "Young Mentor Call" not in turkish


@pytest.mark.parametrize(("state", "expected"), [
    ("open", ["Digital Transformation Thematic Call", "Standing Call: Needs and Expertise"]),
    ("upcoming", ["Young Mentor Call"]),
    ("closed", ["Care Staff Group Call"]),
    ("announced", []),
])
def test_the_state_filter_answers_like_the_pages(client, calls, state, expected):
    assert titles(client, type="programs.CallPage", locale="en", state=state) == expected
    for item in items(client, type="programs.CallPage", locale="en", state=state, fields="state"):
        assert item["state"] == state


def test_theme_and_programme_filters(client, calls, library, programmes, themes):
    for theme in (themes["leadership"], themes["leadership"].get_translation(calls["reverse_young_mentor"]("en").locale)):
        assert titles(client, type="programs.CallPage", locale="en", theme=theme.slug) == ["Young Mentor Call"]  # either slug
    reverse = programmes["reverse"]("en")
    assert titles(client, type="programs.CallPage", programme=reverse.pk) == ["Young Mentor Call"]
    expert = programmes["expert"]("en")
    assert titles(client, type="resources.GoodPracticePage", programme=expert.pk) == ["URBACT Transfer Networks"]
    assert titles(client, type="resources.GoodPracticePage", programme=reverse.pk) == []


def test_every_public_type_is_served_with_its_fields(client, calls, library, programmes):
    cases = {
        "programs.ProgramPage": "program_type,summary,themes,format,duration_weeks",
        "resources.GoodPracticePage": "summary,themes,programme,city,country,scope,year",
        "resources.TrainingMaterialPage": "summary,themes,audience,material_type,minutes,material_language,video_url",
        "home.NewsPage": "date,intro,themes,programme",
        "home.EventPage": "starts_at,ends_at,summary,location,online_url,themes,programme",
    }
    for page_type, fields in cases.items():
        found = items(client, type=page_type, locale="en", fields=fields)
        assert found, page_type
        assert set(fields.split(",")) <= set(found[0]), page_type
        detail = client.get(f"{API}{found[0]['id']}/")
        assert detail.status_code == 200 and detail.json()["meta"]["type"] == page_type


def test_paging(client, calls):
    first = client.get(API, {"type": "programs.CallPage", "limit": 2, "offset": 0}).json()
    second = client.get(API, {"type": "programs.CallPage", "limit": 2, "offset": 2}).json()
    assert first["meta"]["total_count"] == 8 and len(first["items"]) == len(second["items"]) == 2
    assert {i["id"] for i in first["items"]}.isdisjoint({i["id"] for i in second["items"]})


def test_drafts_private_and_expired_pages_never_appear(client, calls, about):
    draft = calls["reverse_young_mentor"]("en")
    draft.unpublish()
    private = StandardPage.objects.get(pk=about["en"].pk)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="gizli")
    expired = calls["group_care_staff"]("en")
    expired.expired = True
    expired.live = False
    expired.save()
    listed = {item["id"] for item in items(client, limit=100)}
    for page in (draft, private, expired):
        assert page.pk not in listed, page
        missing = client.get(f"{API}{page.pk}/")
        assert (missing.status_code, missing["Content-Type"]) == (404, "application/json"), page
    assert not [i for i in items(client, type="programs.CallPage", locale="en") if i["title"] in (draft.title, expired.title)]


def test_no_personal_data_and_no_write(client, calls, applicant):
    ApplicationFactory(call=calls["expert_digital"]["en"], name="Gizli Başvuran", email="gizli.basvuran@example.org")
    body = json.dumps([client.get(f"{API}{i['id']}/").json() for i in items(client, limit=100)])
    assert "@example.org" not in body and "Gizli Başvuran" not in body and applicant.name not in body
    assert client.post(API, {"title": "x"}).status_code == 405
    assert client.get(API, {"fields": "owner"}).status_code == 400  # only the fields each type lists


def test_unknown_filters_and_bad_values_are_refused_clearly(client, calls):
    assert "state filter" in client.get(API, {"type": "home.NewsPage", "state": "open"}).json()["message"]
    assert "state filter" in client.get(API, {"type": "programs.CallPage", "state": "soon"}).json()["message"]
    assert "programme filter" in client.get(API, {"programme": "x"}).json()["message"]
    assert client.get(API, {"colour": "red"}).status_code == 400


@override_settings(REST_FRAMEWORK={"DEFAULT_THROTTLE_RATES": {"api": "3/minute"}})
def test_a_rate_limit_per_client(client, calls):
    from rest_framework.settings import api_settings
    from rest_framework.throttling import SimpleRateThrottle

    SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
    try:
        codes = [client.get(API, {"offset": n}).status_code for n in range(4)]
        assert codes == [200, 200, 200, 429]
        assert client.get(API, REMOTE_ADDR="10.0.0.9").status_code == 200  # another client
    finally:
        SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES


def test_answers_come_from_the_page_cache_and_follow_every_change(client, calls):
    with override_settings(PAGE_CACHE_SECONDS=3600):
        client.get(API, {"type": "programs.CallPage", "locale": "en"})
        assert client.get(API, {"type": "programs.CallPage", "locale": "en"})["X-Page-Cache"] == "hit"
        call = calls["expert_digital"]("en")
        call.title = "Digital Transformation Call, renamed"
        call.save_revision().publish()
        response = client.get(API, {"type": "programs.CallPage", "locale": "en"})
        assert response["X-Page-Cache"] == "miss" and "Digital Transformation Call, renamed" in response.content.decode()
