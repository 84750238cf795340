"""Bad input through the real URLs: every row gets its message or status (never a 500) and writes nothing.

Each row goes through the Django test client to the page a browser or an attacker would use: the public
application form of an open call, drafts, the private status and withdraw links, the participants' meeting
and feedback pages, the site search and its autocomplete, and the list filters (calls, library, news,
events). "Nothing written" is checked by counting the rows an input could create (applications, drafts,
files, history, meetings, answered feedback) and by the mail outbox; an edit that is refused must leave the
previous value in place. Rows marked "cleaned" are accepted once their control characters are removed:
what is stored must hold none.

Messages are compared in English (the /en/ pages), built through gettext so that they hold after translation.
"""

import datetime
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from portal.cleaning import EMAIL_DOMAIN_MESSAGE, VISIBLE_MESSAGE
from programs.applications.tokens import make_draft_token
from programs.calls.models import CallQuestion
from programs.followup.tokens import make_participant_token
from programs.models import Application, ApplicationAttachment, ApplicationDraft, ApplicationEvent, Feedback, Meeting
from programs.uploads import MAX_FILE_SIZE
from tests.factories.applications import PDF, ApplicationFactory, apply_url, close, pdf, valid_data
from tests.integration.matching.matching_support import user_in

pytestmark = pytest.mark.django_db

REQUIRED = "This field is required."
BAD_EMAIL = "Enter a valid email address."
BAD_DATE = "Enter a valid date."
INVISIBLE = {
    "zero-width": "\u200b\u200b\u200b",
    "bom-zwj-soft-hyphen": "\ufeff\u200d\u00ad",
    "word-joiner-lrm": "\u2060\u200e\u200f",
    "hangul-filler": "\u3164\u3164",
    "braille-blank": "\u2800",
}
DATE_QUESTION = "Project start date"


def message(text) -> str:
    """The user-visible text as the English page shows it (HTML-escaped)."""
    with translation.override("en"):
        return escape(str(text))


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()  # the application form counts attempts per address
    yield
    cache.clear()


def written() -> dict:
    return {
        "applications": Application.objects.count(),
        "drafts": ApplicationDraft.objects.count(),
        "attachments": ApplicationAttachment.objects.count(),
        "history": ApplicationEvent.objects.count(),
        "meetings": Meeting.objects.count(),
        "answered feedback": Feedback.objects.filter(submitted_at__isnull=False).count(),
    }


def has_controls(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for ch in text)


@pytest.fixture
def confirmed_match(confirmed_match):
    """The shared confirmed match, with the e-mails of its making already sent (the rows count their own)."""
    mail.outbox.clear()
    return confirmed_match


# -- the public application form -------------------------------------------------------------------------

@pytest.fixture
def english_call(open_call):
    """The open call's English page, with an optional date question besides the three required ones."""
    call = open_call("en")
    CallQuestion.objects.create(call=call, label=DATE_QUESTION, field_type="date", required=False, sort_order=10)
    return call


def q(call, label_start: str) -> str:
    return "q_" + next(question.clean_name for question in call.questions.all() if question.label.startswith(label_start))


@dataclass
class Row:
    id: str
    data: dict = field(default_factory=dict)  # field -> value; a callable gets the call
    expected: str | Callable = ""
    status: int = 400
    files: Callable | None = None


def _date_in(days: int) -> str:
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


APPLY_ROWS = [
    # invisible text, refused
    *[Row(f"name {kind} only", {"name": text}, VISIBLE_MESSAGE) for kind, text in INVISIBLE.items()],
    Row("name RTL override only", {"name": "\u202e"}, REQUIRED),
    Row("name NUL only", {"name": "\x00"}, REQUIRED),
    Row("name ESC BEL DEL only", {"name": "\x1b\x07\x7f"}, REQUIRED),
    Row("name CR LF only", {"name": "\r\n"}, REQUIRED),
    Row("description invisible only", {"description": "\u200b\u2060\u00ad\u200d\ufeff"}, VISIBLE_MESSAGE),
    Row("description zero-width lines", {"description": "\u200b\n\u200b\r\n\u200c"}, VISIBLE_MESSAGE),
    Row("description no-break spaces only", {"description": "\u00a0\u3000\u2007"}, REQUIRED),
    Row("description NUL only", {"description": "\x00\x00"}, REQUIRED),
    Row("unit zero-width only", {"unit": "\u200b"}, VISIBLE_MESSAGE),
    Row("position soft hyphen only", {"position": "\u00ad\u00ad"}, VISIBLE_MESSAGE),
    Row("availability hangul filler only", {"availability": "\u3164"}, VISIBLE_MESSAGE),
    Row("other institution invisible only", {"institution": "", "institution_other": "\u200b\u200d"}, VISIBLE_MESSAGE),
    Row("call's question invisible only", {lambda call: q(call, "The digital project"): "\u200b\u2060"}, VISIBLE_MESSAGE),
    # e-mail addresses that never reach the applicant
    Row("e-mail at localhost", {"email": "ayse@localhost"}, EMAIL_DOMAIN_MESSAGE),
    Row("e-mail at sub.localhost", {"email": "ayse@mail.localhost"}, EMAIL_DOMAIN_MESSAGE),
    Row("e-mail at IPv4 literal", {"email": "ayse@[127.0.0.1]"}, EMAIL_DOMAIN_MESSAGE),
    Row("e-mail at IPv6 literal", {"email": "ayse@[IPv6:::1]"}, BAD_EMAIL),
    Row("e-mail at bare IP 10.0.0.10", {"email": "ayse@10.0.0.10"}, BAD_EMAIL),
    Row("e-mail at IPv6 address literal", {"email": "ayse@[::1]"}, EMAIL_DOMAIN_MESSAGE),
    Row("e-mail at bare IP 127.0.0.1", {"email": "ayse@127.0.0.1"}, BAD_EMAIL),
    Row("e-mail without a dot", {"email": "ayse@belediye"}, BAD_EMAIL),
    Row("e-mail at .local", {"email": "ayse@belediye.local"}, EMAIL_DOMAIN_MESSAGE),
    Row("e-mail at .invalid", {"email": "ayse@belediye.invalid"}, EMAIL_DOMAIN_MESSAGE),
    Row("e-mail with CR LF header", {"email": "ayse@example.org\r\nBcc: x@example.org"}, BAD_EMAIL),
    # dates
    Row("question date 0001-01-01", {DATE_QUESTION: "0001-01-01"}, "Enter a date less than 100 years ago."),
    Row("question date 9999-12-31", {DATE_QUESTION: "9999-12-31"}, "Enter a date less than 50 years from today."),
    Row("question date 31 February", {DATE_QUESTION: "2026-02-31"}, BAD_DATE),
    Row("question date with NUL", {DATE_QUESTION: "2026-01-01\x00"}, BAD_DATE),
    # lengths, choices, consent
    Row("name over-long", {"name": "A" * 151}, "Ensure this value has at most 150 characters (it has 151)."),
    Row("phone over-long", {"phone": "1" * 31}, "Ensure this value has at most 30 characters (it has 31)."),
    Row("availability over-long", {"availability": "x" * 301}, "Ensure this value has at most 300 characters (it has 301)."),
    Row("wrong format choice", {"preferred_format": "teleport"}, "Select a valid choice. teleport is not one of the available choices."),
    Row("wrong language choice", {"languages": ["xx"]}, "Select a valid choice. xx is not one of the available choices."),
    Row("wrong role with NUL", {"role": "mentee\x00"}, "is not one of the available choices."),
    Row("unknown institution", {"institution": "999999"}, "Select a valid choice. That choice is not one of the available choices."),
    Row("institution id with NUL", {"institution": "1\x00"}, "Null characters are not allowed."),
    Row("theme id with NUL", {"themes": ["1\x00"]}, "Null characters are not allowed."),
    Row("theme id not a number", {"themes": ["abc"]}, "is not a valid value."),
    Row("wrong dropdown answer", {lambda call: q(call, "Which field"): "Anything"}, "is not one of the available choices."),
    Row("missing data consent", {"data_consent": None}, REQUIRED),
    # files
    Row("exe renamed pdf", files=lambda: [SimpleUploadedFile("cv.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf")],
        expected="is not a PDF, DOCX, ODT, PNG or JPEG file"),
    Row("oversized file", files=lambda: [pdf("big.pdf", PDF + b"0" * MAX_FILE_SIZE)], expected="the limit is 5.0"),
    Row("wrong file type (.txt)", files=lambda: [SimpleUploadedFile("notes.txt", b"plain text", "text/plain")],
        expected="is not a PDF, DOCX, ODT, PNG or JPEG file"),
]


def _post_data(call, row: Row) -> dict:
    overrides = {}
    for key, value in row.data.items():
        name = key(call) if callable(key) else (q(call, key) if key == DATE_QUESTION else key)
        overrides[name] = value
    data = valid_data(call, **overrides)
    if row.files:
        data["attachments"] = row.files()
    return data


@pytest.mark.parametrize("row", APPLY_ROWS, ids=[row.id for row in APPLY_ROWS])
def test_the_application_form_refuses_bad_input_and_writes_nothing(english_call, client, row):
    before = written()
    response = client.post(apply_url(english_call), _post_data(english_call, row))
    assert response.status_code == row.status
    assert message(row.expected) in response.content.decode()
    assert written() == before
    assert mail.outbox == []


CLEANED_ROWS = [  # (id, field, typed, stored)
    ("name ESC BEL DEL inside", "name", "Ayşe\x1b[31m\x07 Yıl\x7fmaz", "Ayşe[31m Yılmaz"),
    ("name CR LF inside", "name", "Ayşe\r\nYılmaz", "Ayşe Yılmaz"),
    ("name RTL override inside", "name", "Ayşe \u202eYılmaz\u202c", "Ayşe Yılmaz"),
    ("name NUL inside", "name", "Ay\x00şe Yılmaz", "Ayşe Yılmaz"),
    ("name C1 control inside", "name", "Ayşe\x9b Yılmaz", "Ayşe Yılmaz"),
    ("unit with tab and isolate", "unit", "Bilgi\tİşlem\u2066", "Bilgi İşlem"),
    ("description keeps lines, loses controls", "description", "Birinci satır\r\nİkinci\tsatır\x00\x1b\rÜçüncü",
     "Birinci satır\nİkinci\tsatır\nÜçüncü"),
    ("e-mail with NUL and spaces", "email", " ayse.yilmaz@example.org\x00 ", "ayse.yilmaz@example.org"),
]


@pytest.mark.parametrize("case,name,typed,stored", CLEANED_ROWS, ids=[row[0] for row in CLEANED_ROWS])
def test_control_characters_are_removed_and_the_application_is_kept_clean(english_call, client, case, name, typed, stored):
    response = client.post(apply_url(english_call), valid_data(english_call, **{name: typed}))
    assert response.status_code == 302
    application = Application.objects.get()
    assert getattr(application, name) == stored
    texts = [application.name, application.email, application.phone, application.unit, application.position,
             application.availability, application.description, *map(str, application.answers.values())]
    assert not any(has_controls(text) for text in texts)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ayse.yilmaz@example.org"]


# -- drafts --------------------------------------------------------------------------------------------

def draft_url(draft) -> str:
    with translation.override("en"):
        return reverse("programs:application_draft", args=[make_draft_token(draft)])


DRAFT_ROWS = [  # (id, e-mail, expected)
    ("draft e-mail at localhost", "ayse@localhost", EMAIL_DOMAIN_MESSAGE),
    ("draft e-mail at [127.0.0.1]", "ayse@[127.0.0.1]", EMAIL_DOMAIN_MESSAGE),
    ("draft e-mail at a .localhost name", "ayse@belediye.localhost", EMAIL_DOMAIN_MESSAGE),
    ("draft e-mail missing", "", "Enter your e-mail address so that we can send you the link to your draft."),
    ("draft e-mail only NUL", "\x00", "Enter your e-mail address so that we can send you the link to your draft."),
    ("draft e-mail without a dot", "ayse@belediye", "Enter your e-mail address so that we can send you the link to your draft."),
]


@pytest.mark.parametrize("case,email,expected", DRAFT_ROWS, ids=[row[0] for row in DRAFT_ROWS])
def test_a_draft_needs_a_real_address_and_writes_nothing_otherwise(english_call, client, case, email, expected):
    before = written()
    data = {"name": "Ayşe", "email": email, "save_draft": "1"}
    response = client.post(apply_url(english_call), data)
    assert response.status_code == 400
    assert message(expected) in response.content.decode()
    assert written() == before and mail.outbox == []


@pytest.mark.parametrize("email", ["ayse@localhost", "ayse@[127.0.0.1]"], ids=["localhost", "IP literal"])
def test_resaving_a_draft_with_a_bad_address_keeps_the_saved_one(english_call, client, email):
    draft = ApplicationDraft.objects.create(call=english_call, email="ayse.yilmaz@example.org", data={"name": ["Ayşe Yılmaz"]})
    response = client.post(draft_url(draft), {"name": "Başka", "email": email, "save_draft": "1"})
    assert response.status_code == 400 and message(EMAIL_DOMAIN_MESSAGE) in response.content.decode()
    draft.refresh_from_db()
    assert draft.email == "ayse.yilmaz@example.org" and draft.data == {"name": ["Ayşe Yılmaz"]}
    assert mail.outbox == []


def test_a_draft_keeps_typed_text_without_control_characters(english_call, client):
    data = {"name": "Ay\x00şe\x1b Yılmaz", "description": "satır\r\nsatır\x07", "email": "ayse.yilmaz@example.org", "save_draft": "1"}
    assert client.post(apply_url(english_call), data).status_code == 200
    draft = ApplicationDraft.objects.get()
    assert draft.data["name"] == ["Ayşe Yılmaz"] and draft.data["description"] == ["satır\nsatır"]


# -- private links: status, withdraw, drafts, participants -------------------------------------------------

def _tampered(token: str) -> str:
    return token[:-2] + ("AA" if not token.endswith("AA") else "BB")


LINK_ROWS = [  # (id, method, url builder given (application, draft, match), status)
    ("status: invented token", "get", lambda a, d, m: "/en/applications/nonsense/", 404),
    ("status: tampered token", "get", lambda a, d, m: f"/en/applications/{_tampered(a.status_token())}/", 404),
    ("status: NUL token", "get", lambda a, d, m: "/en/applications/%00/", 404),
    ("status: a draft's token", "get", lambda a, d, m: f"/en/applications/{make_draft_token(d)}/", 404),
    ("status: withdrawn=NUL", "get", lambda a, d, m: f"/en/applications/{a.status_token()}/?withdrawn=%00", 200),
    ("withdraw: GET", "get", lambda a, d, m: f"/en/applications/{a.status_token()}/withdraw/", 405),
    ("withdraw: tampered token", "post", lambda a, d, m: f"/en/applications/{_tampered(a.status_token())}/withdraw/", 404),
    ("withdraw: a participant's token", "post", lambda a, d, m: f"/en/applications/{make_participant_token(m, 'mentee')}/withdraw/", 404),
    ("draft: tampered token", "get", lambda a, d, m: _tampered(draft_url(d).rstrip("/")) + "/", 404),
    ("draft: an application's token", "get", lambda a, d, m: f"/en/applications/draft/{a.status_token()}/", 404),
    ("participant: invented token", "get", lambda a, d, m: "/en/matches/WzEsImJhZCJd:forged/", 404),
    ("participant: an application's token", "get", lambda a, d, m: f"/en/matches/{a.status_token()}/", 404),
    ("participant: logged=NUL", "get", lambda a, d, m: f"/en/matches/{make_participant_token(m, 'mentee')}/?logged=%00", 200),
    ("feedback: unknown id", "post", lambda a, d, m: f"/en/matches/{make_participant_token(m, 'mentee')}/feedback/999999/", 404),
]


@pytest.mark.parametrize("case,method,url,status", LINK_ROWS, ids=[row[0] for row in LINK_ROWS])
def test_private_links_refuse_what_they_do_not_know(confirmed_match, client, case, method, url, status):
    application = confirmed_match.mentee
    draft = ApplicationDraft.objects.create(call=application.call, email="taslak@example.org", data={})
    before, state = written(), application.status
    response = getattr(client, method)(url(application, draft, confirmed_match))
    assert response.status_code == status
    assert written() == before and mail.outbox == []
    application.refresh_from_db()
    assert application.status == state


def test_withdrawing_a_decided_application_is_refused_and_changes_nothing(open_call, client):
    application = ApplicationFactory(call=open_call("en"), statuses=["under_review", "ineligible"])
    before = written()
    response = client.post(f"/en/applications/{application.status_token()}/withdraw/")
    assert response.status_code == 409
    assert message("This application can no longer be withdrawn.") in response.content.decode()
    application.refresh_from_db()
    assert application.status == "ineligible" and written() == before and mail.outbox == []


def test_a_draft_of_a_closed_call_cannot_be_resumed(english_call, client):
    draft = ApplicationDraft.objects.create(call=english_call, email="ayse.yilmaz@example.org", data={"name": ["Ayşe"]})
    close(english_call)
    before = written()
    response = client.post(draft_url(draft), valid_data(english_call))
    assert response.status_code == 410 and written() == before  # the link has ended (programs.privacy.links)


# -- participants: meetings and feedback through the private link ---------------------------------------

def participant_url(match, role="mentee") -> str:
    with translation.override("en"):
        return reverse("matching_public:participant", args=[make_participant_token(match, role)])


def meeting(**changes) -> dict:
    data = {"mt-held_on": timezone.localdate().isoformat(), "mt-format": "online", "mt-duration_minutes": "45", "mt-topic": "Hedefler"}
    data.update({f"mt-{key}": value for key, value in changes.items()})
    return data


MEETING_ROWS = [  # (id, changes, expected)
    ("topic zero-width only", {"topic": "\u200b\u200b"}, VISIBLE_MESSAGE),
    ("topic RTL override only", {"topic": "\u202e\u202c"}, REQUIRED),
    ("topic NUL only", {"topic": "\x00"}, REQUIRED),
    ("topic over-long", {"topic": "x" * 201}, "Ensure this value has at most 200 characters (it has 201)."),
    ("notes invisible only", {"notes": "\u2060\u200b\ufeff"}, VISIBLE_MESSAGE),
    ("notes over-long", {"notes": "x" * 2001}, "Ensure this value has at most 2000 characters (it has 2001)."),
    ("date 0001-01-01", {"held_on": "0001-01-01"}, "Enter a date less than 5 years ago."),
    ("date 9999-12-31", {"held_on": "9999-12-31"}, "The date cannot be in the future."),
    ("date tomorrow", {"held_on": _date_in(1)}, "The date cannot be in the future."),
    ("date 30 February", {"held_on": "2026-02-30"}, BAD_DATE),
    ("date with NUL", {"held_on": "\x00"}, BAD_DATE),
    ("format unknown", {"format": "telepathy"}, "Select a valid choice. telepathy is not one of the available choices."),
    ("duration too short", {"duration_minutes": "1"}, "Enter a duration from 5 to 600 minutes."),
    ("duration too long", {"duration_minutes": "601"}, "Enter a duration from 5 to 600 minutes."),
    ("duration negative", {"duration_minutes": "-5"}, "Ensure this value is greater than or equal to 0."),
    ("duration not a number", {"duration_minutes": "45\x00"}, "Enter a whole number."),
]


@pytest.mark.parametrize("case,changes,expected", MEETING_ROWS, ids=[row[0] for row in MEETING_ROWS])
def test_a_participant_meeting_with_bad_input_is_refused_and_not_saved(confirmed_match, client, case, changes, expected):
    before = written()
    response = client.post(participant_url(confirmed_match), meeting(**changes))
    assert response.status_code == 400
    assert message(expected) in response.content.decode()
    assert written() == before and mail.outbox == []


def test_a_meeting_typed_with_control_characters_is_stored_without_them(confirmed_match, client):
    response = client.post(participant_url(confirmed_match), meeting(topic="Hedef\r\nbelirleme\x1b\u202e", notes="a\r\nb\x00\x07\tc"))
    assert response.status_code == 302
    logged = confirmed_match.meetings.get()
    assert (logged.topic, logged.notes) == ("Hedef belirleme", "a\nb\tc")


def feedback_url(match, item, role="mentee") -> str:
    with translation.override("en"):
        return reverse("matching_public:feedback", args=[make_participant_token(match, role), item.pk])


FEEDBACK_ROWS = [  # (id, data, expected)
    ("rating out of range", {"rating": "9"}, "Select a valid choice. 9 is not one of the available choices."),
    ("rating missing", {"went_well": "İyi"}, REQUIRED),
    ("rating NUL", {"rating": "\x00"}, "is not one of the available choices."),
    ("went well invisible only", {"rating": "4", "went_well": "\u200b\u200d\u2060"}, VISIBLE_MESSAGE),
    ("to improve invisible only", {"rating": "4", "to_improve": "\u3164\u00ad"}, VISIBLE_MESSAGE),
    ("went well over-long", {"rating": "4", "went_well": "x" * 3001}, "Ensure this value has at most 3000 characters (it has 3001)."),
]


@pytest.mark.parametrize("case,data,expected", FEEDBACK_ROWS, ids=[row[0] for row in FEEDBACK_ROWS])
def test_a_feedback_answer_with_bad_input_is_refused_and_the_request_stays_open(confirmed_match, client, case, data, expected):
    item = Feedback.objects.create(match=confirmed_match, respondent="mentee", stage="midpoint")
    before = written()
    response = client.post(feedback_url(confirmed_match, item), data)
    assert response.status_code == 400
    assert message(expected) in response.content.decode()
    item.refresh_from_db()
    assert (item.submitted_at, item.rating, item.went_well, item.to_improve) == (None, None, "", "")
    assert written() == before


def test_a_second_answer_changes_nothing_of_the_first(confirmed_match, client):
    item = Feedback.objects.create(match=confirmed_match, respondent="mentee", stage="midpoint")
    assert client.post(feedback_url(confirmed_match, item), {"rating": "4", "went_well": "Çok\r\nfaydalı\x00"}).status_code == 302
    item.refresh_from_db()
    assert item.went_well == "Çok\nfaydalı"
    response = client.post(feedback_url(confirmed_match, item), {"rating": "1", "went_well": "\u200b"})
    assert response.status_code == 200
    item.refresh_from_db()
    assert (item.rating, item.went_well) == (4, "Çok\nfaydalı")


def test_the_other_sides_link_cannot_answer(confirmed_match, client):
    item = Feedback.objects.create(match=confirmed_match, respondent="mentee", stage="midpoint")
    assert client.post(feedback_url(confirmed_match, item, role="mentor"), {"rating": "5"}).status_code == 404
    item.refresh_from_db()
    assert item.submitted_at is None


# -- search, autocomplete and the list filters ------------------------------------------------------------

@pytest.fixture
def listed(calls, library):
    """Calls in every state, the library with one page of each kind, news and events."""
    return {
        "library": library["index"]["en"].url,
        "library_tr": library["index"]["tr"].url,
        "news": library["news_index"]["en"].url,
        "events": library["events_index"]["en"].url,
    }


QUERY_ROWS = [  # (id, url or (key, query), status)
    ("search q=NUL", "/tr/search/?q=%00", 200),
    ("search q=men NUL", "/tr/search/?q=men%00", 200),
    ("search q=ANSI escape", "/en/search/?q=%1b%5b31mmentor", 200),
    ("search q=RTL override", "/en/search/?q=%E2%80%AEmentor", 200),
    ("search q=zero-width only", "/en/search/?q=%E2%80%8B", 200),
    ("search q=10,000 characters", "/en/search/?q=" + "a" * 10_000, 200),
    ("search type=NUL", "/en/search/?q=mentor&type=%00", 200),
    ("search programme=NUL", "/en/search/?q=mentor&programme=%00", 200),
    ("search theme=NUL", "/en/search/?q=mentor&theme=%00", 200),
    ("search page=NUL", "/en/search/?q=mentor&page=%00", 200),
    ("search key with NUL", "/en/search/?q%00=mentor", 200),
    ("search POST", "/en/search/?q=mentor", 405),
    ("autocomplete q=men NUL", "/tr/search/autocomplete/?q=men%00", 200),
    ("autocomplete q=NUL", "/en/search/autocomplete/?q=%00", 200),
    ("autocomplete q=BEL DEL", "/en/search/autocomplete/?q=me%07%7Fn", 200),
    ("calls programme=NUL", "/tr/cagrilar/?programme=%00", 200),
    ("calls theme=NUL", "/en/calls/?theme=%00", 200),
    ("calls state=NUL", "/en/calls/?state=%00", 200),
    ("calls state=open NUL", "/en/calls/?state=open%00", 200),
    ("calls programme=unknown", "/en/calls/?programme=no-such-programme", 200),
    ("calls theme=markup", "/en/calls/?theme=%3Cscript%3Ealert(1)%3C/script%3E", 200),
    ("calls CR LF in value", "/en/calls/?programme=%0d%0aSet-Cookie:x", 200),
    ("library theme=NUL", ("library", "?theme=%00"), 200),
    ("library type=NUL", ("library", "?type=%00"), 200),
    ("library audience=NUL", ("library", "?audience=%00"), 200),
    ("library scope=NUL", ("library", "?scope=%00"), 200),
    ("library programme=NUL", ("library_tr", "?programme=%00"), 200),
    ("library page=NUL", ("library", "?page=%00"), 200),
    ("library theme=unknown", ("library", "?theme=nope"), 200),
    ("news page=NUL", ("news", "?page=%00"), 200),
    ("events page=NUL", ("events", "?page=%00"), 200),
    ("unknown path with NUL", "/en/calls/%00/", 404),
]


@pytest.mark.parametrize("case,url,status", QUERY_ROWS, ids=[row[0] for row in QUERY_ROWS])
def test_query_strings_with_control_characters_get_a_clean_page(listed, client, case, url, status):
    if isinstance(url, tuple):
        url = listed[url[0]] + url[1]
    client.raise_request_exception = False  # a 500 is an answer here, and the assertion says so
    before = written()
    response = client.post(url) if case.endswith("POST") else client.get(url)
    assert response.status_code == status, response.content[:500]
    body = response.content.decode()
    assert "\x00" not in body and "<script>alert(1)</script>" not in body
    assert written() == before and mail.outbox == []


def test_a_cleaned_search_query_still_finds_what_was_meant(listed, client):
    response = client.get("/tr/search/autocomplete/?q=Dijital%00")
    assert response.status_code == 200
    assert any("Dijital" in item["title"] for item in response.json()["results"])


# -- the secretariat's add and edit forms: the same rules -----------------------------------------------

def admin_data(call, **changes) -> dict:
    data = {
        "call": call.pk, "role": "mentee", "name": "Mektupla Gelen", "email": "mektup@example.org", "phone": "+90 312 000 00 00",
        "institution": "", "institution_other": "Örnek Kurum", "unit": "", "position": "", "description": "Posta ile geldi",
        "preferred_format": "either", "availability": "", "data_consent": "on", "language": "tr",
    }
    data.update(changes)
    return data


ADMIN_ROWS = [  # (id, changes, expected)
    ("admin: name zero-width only", {"name": "\u200b\u200b"}, VISIBLE_MESSAGE),
    ("admin: description invisible only", {"description": "\u2060\u00ad"}, VISIBLE_MESSAGE),
    ("admin: e-mail at localhost", {"email": "mektup@localhost"}, EMAIL_DOMAIN_MESSAGE),
    ("admin: e-mail at IP literal", {"email": "mektup@[10.0.0.1]"}, EMAIL_DOMAIN_MESSAGE),
]


@pytest.mark.parametrize("case,changes,expected", ADMIN_ROWS, ids=[row[0] for row in ADMIN_ROWS])
def test_the_secretariats_add_form_has_the_same_rules(closed_group_call, client, case, changes, expected):
    client.force_login(user_in("Secretariat", "sekreterya"))
    before = written()
    response = client.post(reverse("programs_application:add"), admin_data(closed_group_call("tr"), **changes))
    assert response.status_code == 200
    assert message(expected) in response.content.decode()
    assert written() == before and mail.outbox == []


def test_a_refused_edit_keeps_the_previous_values(applicant, client):
    client.force_login(user_in("Secretariat", "sekreterya"))
    url = reverse("programs_application:edit", args=[applicant.pk])
    name, email = applicant.name, applicant.email
    data = admin_data(applicant.call, name="\u200b", email="x@localhost")
    data.pop("call")
    response = client.post(url, data)
    assert response.status_code == 200 and message(VISIBLE_MESSAGE) in response.content.decode()
    applicant.refresh_from_db()
    assert (applicant.name, applicant.email) == (name, email)


def test_an_edit_stores_the_name_without_control_characters(applicant, client):
    client.force_login(user_in("Secretariat", "sekreterya"))
    data = admin_data(applicant.call, name="Ayşe\r\nYılmaz\x1b\u202e", email=applicant.email)
    data.pop("call")
    response = client.post(reverse("programs_application:edit", args=[applicant.pk]), data)
    assert response.status_code == 302, response.content.decode()[:1000]
    applicant.refresh_from_db()
    assert applicant.name == "Ayşe Yılmaz"


MATCH_PAGE_ROWS = [  # (id, posted): an id that is not a number is a missing object, never a server error
    ("match page: consent id not a number", {"action": "withdraw", "consent": "abc", "wd-withdrawn_on": "2026-01-01", "wd-reason": "x"}),
    ("match page: consent id with NUL", {"action": "withdraw", "consent": "1\x00"}),
    ("match page: extension id not a number", {"action": "agreement", "extension": "1;DROP"}),
    ("match page: extension id missing", {"action": "agreement"}),
]


@pytest.mark.parametrize("case,posted", MATCH_PAGE_ROWS, ids=[row[0] for row in MATCH_PAGE_ROWS])
def test_the_match_page_answers_not_found_for_ids_that_are_not_numbers(confirmed_match, client, case, posted):
    client.force_login(user_in("Secretariat", "sekreterya"))
    consents = list(confirmed_match.consents.values_list("pk", "withdrawn_on"))
    response = client.post(reverse("matching:match", args=[confirmed_match.pk]), posted, follow=True)
    assert response.status_code == 404  # (Django's LocaleMiddleware first tries the /tr/ prefix: a 302, then this 404)
    assert list(confirmed_match.consents.values_list("pk", "withdrawn_on")) == consents
    confirmed_match.refresh_from_db()
    assert confirmed_match.state == "confirmed" and mail.outbox == []
