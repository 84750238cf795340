"""The error summary above the public forms: errors in the order of the fields, label and message without
doubled punctuation, and the script that moves the focus to it (the browser side is tests/browser/test_form_errors.py)."""

import html
import re

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from programs.followup.tokens import make_participant_token
from programs.models import Feedback
from programs.templatetags.form_errors import label_with_message
from tests.factories.applications import apply_url, valid_data

pytestmark = pytest.mark.django_db

SUMMARY = re.compile(r'<div class="error-summary"[^>]*>(.*?)</div>', re.S)
ITEM = re.compile(r'<li>(?:<a href="#([^"]+)">)?(.*?)(?:</a>)?</li>', re.S)
SCRIPT = '<script src="/static/js/error-summary.js" defer></script>'


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def summary_items(page: str) -> list[tuple[str, str]]:
    """(anchor, text) of each line of the error summary, as rendered."""
    found = SUMMARY.search(page)
    assert found, "no error summary on the page"
    return [(anchor, html.unescape(re.sub(r"<[^>]+>", "", text)).strip()) for anchor, text in ITEM.findall(found.group(1))]


def form_position(page: str, anchor: str) -> int:
    form_start = page.index("<form")
    position = page.find(f'id="{anchor}"', form_start)
    assert position > 0, f"#{anchor} is not in the form"
    return position


def bad_application(call) -> dict:
    """Errors in every section: about you, the application, the call's own questions, documents and consent."""
    data = valid_data(call, name="", phone="call me", description="", data_consent=None, languages=[])
    for question in call.questions.all():
        if question.required:
            data["q_" + question.clean_name] = "" if question.field_type != "checkboxes" else []
            if question.field_type == "checkbox":
                data.pop("q_" + question.clean_name)
    data["attachments"] = [SimpleUploadedFile("cv.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf")]
    return data


@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_summary_lists_the_errors_in_the_order_of_the_fields(open_call, client, language):
    call = open_call(language)
    questions = [q for q in call.questions.all() if q.required]
    assert questions, "the call has required questions of its own"
    response = client.post(apply_url(call), bad_application(call))
    assert response.status_code == 400
    page = response.content.decode()
    anchors = [anchor for anchor, _text in summary_items(page)]

    expected = {"id_name", "id_phone", "id_description", "id_languages_0", "id_attachments", "id_data_consent"}
    expected |= {"id_q_" + q.clean_name + ("_0" if q.field_type in ("radio", "checkboxes") else "") for q in questions}
    assert set(anchors) == expected
    positions = [form_position(page, anchor) for anchor in anchors]
    assert positions == sorted(positions), anchors
    # The call's own questions come between the application section and the documents, as on the form.
    question_places = [anchors.index("id_q_" + q.clean_name) for q in questions if q.field_type not in ("radio", "checkboxes")]
    assert anchors.index("id_languages_0") < min(question_places) < max(question_places) < anchors.index("id_attachments")
    assert anchors[-1] == "id_data_consent"
    assert SCRIPT in page


@pytest.mark.parametrize(
    "language,expected",
    [
        ("tr", ["Birim amirim bu başvurudan haberdardır: Bu alan zorunludur.", "Ad soyad: Bu alan zorunludur."]),
        ("en", [
            "My line manager knows about this application: This field is required.",
            "I agree to the processing of my personal data for this call: This field is required.",
            "Full name: This field is required.",
        ]),
    ],
)
def test_labels_ending_in_punctuation_are_not_followed_by_a_second_mark(open_call, client, language, expected):
    call = open_call(language)
    page = client.post(apply_url(call), bad_application(call)).content.decode()
    texts = [text for _anchor, text in summary_items(page)]
    for line in expected:
        assert line in texts, texts
    doubled = [text for text in texts if re.search(r"[.?!:;…]\s*:", text)]
    assert doubled == []


def test_a_question_label_keeps_its_question_mark_without_a_colon(confirmed_match, client):
    match = confirmed_match
    item = Feedback.objects.create(match=match, respondent="mentee", stage="midpoint")
    with translation.override("tr"):
        url = reverse("matching_public:feedback", args=[make_participant_token(match, "mentee"), item.pk])
    page = client.post(url, {"rating": "", "went_well": "x"}).content.decode()
    assert summary_items(page) == [("id_rating_0", "Genel olarak mentorluk sizin için ne kadar yararlı? Bu alan zorunludur.")]
    assert 'id="id_rating_0"' in page
    assert SCRIPT in page


def test_the_meeting_form_summary_links_to_its_prefixed_fields_in_order(confirmed_match, client):
    match = confirmed_match
    with translation.override("en"):
        url = reverse("matching_public:participant", args=[make_participant_token(match, "mentee")])
    response = client.post(url, {"mt-held_on": "", "mt-format": "", "mt-duration_minutes": "", "mt-topic": ""})
    assert response.status_code == 400
    page = response.content.decode()
    anchors = [anchor for anchor, _text in summary_items(page)]
    assert anchors[:3] == ["id_mt-held_on", "id_mt-format_0", "id_mt-duration_minutes"]
    positions = [form_position(page, anchor) for anchor in anchors]
    assert positions == sorted(positions)


def test_a_form_without_errors_has_no_summary_and_no_script(open_call, client):
    page = client.get(apply_url(open_call())).content.decode()
    assert "error-summary" not in page and SCRIPT not in page


def test_the_honeypot_error_is_still_reported_last(open_call, client):
    call = open_call()
    page = client.post(apply_url(call), valid_data(call, name="", website="http://spam.example")).content.decode()
    texts = [text for _anchor, text in summary_items(page)]
    assert texts[0] == "Full name: This field is required."
    assert texts[-1] == "Leave this field empty: Leave this field empty."


def test_the_withdraw_error_takes_the_focus_too(confirmed_match, client):
    from programs.models import Application

    application = Application.objects.filter(status="matched").first()
    with translation.override("en"):
        token = application.status_token()
    response = client.post(f"/en/applications/{token}/withdraw/")
    assert response.status_code == 409
    page = response.content.decode()
    assert re.search(r'<p class="error-summary" role="alert" tabindex="-1" data-error-summary>', page)
    assert SCRIPT in page


@pytest.mark.parametrize(
    "label,message,expected",
    [
        ("Full name", "Required.", "Full name: Required."),
        ("I agree.", "Required.", "I agree: Required."),
        ("Which one?", "Required.", "Which one? Required."),
        ("Note:", "Required.", "Note: Required."),
        ("Wait…", "Required.", "Wait: Required."),
        ("", "Required.", "Required."),
    ],
)
def test_label_with_message(label, message, expected):
    assert label_with_message(label, message) == expected
