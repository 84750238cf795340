"""Every admin URL of applications, matches, consents, meetings, feedback, travel claims and the matching screens, walked
with every role: who may do what.

The URLs are discovered from the registered view sets, the programmes' admin URL hooks and bulk actions, so a
new admin URL without a row in ``EXPECTED`` fails ``test_every_admin_url_has_a_rule``. Every other role than
the secretariat (and superusers) is refused — a redirect to the login page or to the admin home with the
permission message, or a 403 — never sees an applicant's name or e-mail, and changes nothing, even by POST.
"""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import ModelLogEntry

from home import roles
from programs import wagtail_hooks
from programs.applications.viewsets import application_viewset
from programs.claims import rules as claim_rules
from programs.claims.models import Claim, DailyRate
from programs.followup import plans
from programs.followup.meetings import log_meeting
from programs.matching import detail, screen
from programs.models import (
    Application,
    ApplicationAttachment,
    ApplicationEvent,
    Consent,
    EventRegistration,
    Feedback,
    Goal,
    GoodPracticeProposal,
    Match,
    Meeting,
    PreparationRecord,
    ReminderPreference,
)
from programs.reminders.viewsets import ReminderPreferenceViewSet
from programs.uploads import check_file
from tests.factories import matching as match_factories
from tests.factories.applications import PDF, ApplicationFactory
from tests.factories.site import event_index, event_page

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "no_admin", "communications", "moderator", "secretariat", "superuser"]
SECRETARIAT_ROLES = {"secretariat", "superuser"}
MODELS_IN_SCOPE = {"application", "match", "consent", "meeting", "feedback", "applicationattachment", "claim", "dailyrate"}
MODELS_IN_SCOPE = {"application", "match", "consent", "meeting", "feedback", "applicationattachment", "goal"}

# What the secretariat gets for a GET: 200, or a redirect to the workflow's own screen (name of the URL it goes to).
OK = 200
TO_MATCH_PAGE = "matching:match"
TO_MATCHING = "matching:index"
TO_DECISION = "programs_claim_decide"
REFUSED = "refused"  # a documented refusal for the secretariat too (the permission is not theirs)
POST_ONLY = 405  # a GET is not allowed; the POST is walked below

#: url name -> (secretariat GET, superuser GET). Other roles are always refused.
EXPECTED = {
    "programs_application:index": (OK, OK),
    "programs_application:index?export=csv": (OK, OK),
    "programs_application:index?export=xlsx": (OK, OK),
    "programs_application:index_results": (OK, OK),
    "programs_application:add": (OK, OK),
    "programs_application:edit": (OK, OK),
    "programs_application:delete": (OK, OK),
    "programs_application:history": (OK, OK),
    "programs_application:history_results": (OK, OK),
    "programs_application:usage": (OK, OK),
    "programs_application:inspect": (OK, OK),
    "programs_application_status_change": (POST_ONLY, POST_ONLY),
    "programs_attachment": (OK, OK),
    "wagtail_bulk_action:programs.application.change_status": (OK, OK),
    # Matches are made, edited and ended on the workflow's screens; the generic views send there.
    "match:index": (OK, OK),
    "match:index?export=csv": (OK, OK),
    "match:index?export=xlsx": (OK, OK),
    "match:index_results": (OK, OK),
    "match:add": (TO_MATCHING, TO_MATCHING),
    "match:edit": (TO_MATCH_PAGE, TO_MATCH_PAGE),
    "match:delete": (TO_MATCH_PAGE, TO_MATCH_PAGE),
    "match:history": (OK, OK),
    "match:history_results": (OK, OK),
    "match:usage": (OK, OK),
    # The matching screens: suggestions, one match (consents, states, meetings, feedback), letters, documents.
    "matching:index": (OK, OK),
    "matching:screen": (OK, OK),
    "matching:match": (OK, OK),
    "matching:letter": (OK, OK),
    "matching:consent_document": (OK, OK),
    "matching_dashboard:index": (OK, OK),
    "matching_dashboard:index?export=csv": (OK, OK),
    # Meetings: the secretariat logs and corrects them but never deletes one (no delete permission, roles.py).
    "meeting:index": (OK, OK),
    "meeting:index?export=csv": (OK, OK),
    "meeting:index?export=xlsx": (OK, OK),
    "meeting:index_results": (OK, OK),
    "meeting:add": (OK, OK),
    "meeting:edit": (OK, OK),
    "meeting:delete": (REFUSED, OK),
    "meeting:history": (OK, OK),
    "meeting:history_results": (OK, OK),
    "meeting:usage": (OK, OK),
    # Good-practice proposals: read only for everyone (the answers are the participant's, the draft the editors').
    "goodpracticeproposal:index": (OK, OK),
    "goodpracticeproposal:index_results": (OK, OK),
    "goodpracticeproposal:index?export=csv": (OK, OK),
    "goodpracticeproposal:index?export=xlsx": (OK, OK),
    "goodpracticeproposal:inspect": (OK, OK),
    "goodpracticeproposal:add": (REFUSED, REFUSED),
    "goodpracticeproposal:edit": (REFUSED, REFUSED),
    "goodpracticeproposal:delete": (REFUSED, REFUSED),
    "goodpracticeproposal:history": (REFUSED, REFUSED),  # Wagtail asks for the change permission, which nobody has
    "goodpracticeproposal:history_results": (REFUSED, REFUSED),
    "goodpracticeproposal:usage": (REFUSED, REFUSED),
    # Preparation records (personal data): the secretariat lists, exports, adds (one or several), edits and deletes.
    "preparation:index": (OK, OK),
    "preparation:index?export=csv": (OK, OK),
    "preparation:index?export=xlsx": (OK, OK),
    "preparation:index_results": (OK, OK),
    "preparation:add": (OK, OK),
    "preparation:bulk_add": (OK, OK),
    "preparation:edit": (OK, OK),
    "preparation:delete": (OK, OK),
    "preparation:history": (OK, OK),
    "preparation:history_results": (OK, OK),
    "preparation:usage": (OK, OK),
    # Travel claims: read and decided on their own screen; never added or deleted in the admin, superusers included.
    "claim:index": (OK, OK),
    "claim:index?export=csv": (OK, OK),
    "claim:index?export=xlsx": (OK, OK),
    "claim:index_results": (OK, OK),
    "claim:add": (REFUSED, REFUSED),
    "claim:edit": (TO_DECISION, TO_DECISION),
    "claim:delete": (REFUSED, REFUSED),
    "claim:history": (OK, OK),
    "claim:history_results": (OK, OK),
    "claim:usage": (OK, OK),
    "programs_claim_decide": (OK, OK),
    "programs_claim_receipt": (OK, OK),
    # The year's rates: the secretariat keeps them.
    "dailyrate:index": (OK, OK),
    "dailyrate:index_results": (OK, OK),
    "dailyrate:index?export=csv": (OK, OK),
    "dailyrate:index?export=xlsx": (OK, OK),
    "dailyrate:add": (OK, OK),
    "dailyrate:edit": (OK, OK),
    "dailyrate:delete": (OK, OK),
    "dailyrate:history": (OK, OK),
    "dailyrate:history_results": (OK, OK),
    "dailyrate:usage": (OK, OK),
    # Development goals: read only here (plans are written on the match page or the mentee's link, 2–5 goals).
    "goal:index": (OK, OK),
    "goal:index_results": (OK, OK),
    "goal:index?export=csv": (OK, OK),
    "goal:index?export=xlsx": (OK, OK),
    "goal:inspect": (OK, OK),
    "goal:add": (REFUSED, REFUSED),
    "goal:edit": (REFUSED, REFUSED),
    "goal:delete": (REFUSED, REFUSED),
    "goal:history": (REFUSED, REFUSED),
    "goal:history_results": (REFUSED, REFUSED),
    "goal:usage": (REFUSED, REFUSED),
    # Reminder preferences (Personal data): the secretariat sees and changes a person's choice, never deletes it.
    "reminder_preferences:index": (OK, OK),
    "reminder_preferences:index_results": (OK, OK),
    "reminder_preferences:index?export=csv": (OK, OK),
    "reminder_preferences:index?export=xlsx": (OK, OK),
    "reminder_preferences:add": (OK, OK),
    "reminder_preferences:edit": (OK, OK),
    "reminder_preferences:delete": (REFUSED, OK),
    "reminder_preferences:history": (OK, OK),
    "reminder_preferences:history_results": (OK, OK),
    "reminder_preferences:usage": (OK, OK),
    # Event registrations: read, exported and attendance marked; places change only through the rules.
    "event_registrations:index": (OK, OK),
    "event_registrations:index_results": (OK, OK),
    "event_registrations:index?export=csv": (OK, OK),
    "event_registrations:index?export=xlsx": (OK, OK),
    "event_registrations:inspect": (OK, OK),
    "event_registrations:edit": (OK, OK),
    "event_registrations:history": (OK, OK),
    "event_registrations:history_results": (OK, OK),
    "event_registrations:usage": (OK, OK),
    "event_registrations:add": (REFUSED, OK),
    "event_registrations:delete": (REFUSED, OK),
}

#: Pages that show the mentee's name to the secretariat (so the check that others never see it means something).
SHOWS_PEOPLE = {"programs_application:index", "programs_application:inspect", "match:index", "matching:match", "matching:screen",
                "programs_application:index?export=csv", "preparation:index", "preparation:edit", "goal:index", "goal:inspect",
                "event_registrations:index", "event_registrations:index?export=csv"}

#: POSTs that change data when allowed: url name -> (data, what the secretariat's request leaves behind).
POSTS = {
    "programs_application_status_change": {"to_status": "under_review", "note": "walk"},
    "wagtail_bulk_action:programs.application.change_status": {"to_status": "under_review", "note": "walk"},
    "programs_application:delete": {},
    "matching:screen": {"action": "close", "c-outcome": "not_selected"},
    "matching:match": {"action": "transition", "target": "cancelled", "reason": "walk"},
    "match:edit": {"start_date": "2030-01-01", "end_date": "2031-01-01", "format": "online", "conditions": "changed"},
    "match:delete": {},
    "meeting:delete": {},
    "preparation:delete": {},
    "preparation:bulk_add": {"people": "walk@example.org, Walk", "kind": "mentor_training", "source": "other", "note": "walk",
                             "completed_on": "2026-01-05"},
    "programs_claim_decide": {"outcome": "reject", "note": "walk"},
    "claim:edit": {"state": "approved"},
    "dailyrate:edit": {"year": "2030", "kind": "daily_allowance", "amount": "1", "note": "walk"},
    "dailyrate:delete": {},
}


# -- discovery ---------------------------------------------------------------------------------------------
def viewsets_in_scope() -> list:
    return [application_viewset, *wagtail_hooks.MatchingGroup().registerables, *wagtail_hooks.ClaimsGroup().registerables,
            ReminderPreferenceViewSet(), wagtail_hooks.register_event_registrations()]


def in_scope_namespaces() -> set[str]:
    viewsets = viewsets_in_scope()
    return {viewset.url_namespace for viewset in viewsets}


def _names(resolver, namespace=None):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace if pattern.namespace else namespace
            yield from _names(pattern, inner if not (namespace and pattern.namespace) else f"{namespace}:{pattern.namespace}")
        elif pattern.name:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


def discovered_url_names() -> set[str]:
    namespaces = in_scope_namespaces()
    names = {name for name in _names(get_resolver()) if name.split(":")[0] in namespaces}
    for hook in hooks.get_hooks("register_admin_urls"):
        if hook.__module__.startswith("programs"):
            names |= {pattern.name for pattern in hook()}
    bulk_action_registry.get_bulk_actions_for_model("programs", "application")  # scan the hooks once
    for model_name, actions in bulk_action_registry.actions.get("programs", {}).items():
        if model_name in MODELS_IN_SCOPE:
            names |= {f"wagtail_bulk_action:programs.{model_name}.{action}" for action in actions}
    for viewset in viewsets_in_scope():
        for kind in ("csv", "xlsx") if getattr(viewset, "list_export", None) else ():
            names.add(f"{viewset.url_namespace}:index?export={kind}")
    names.add("matching_dashboard:index?export=csv")
    return names


def test_every_admin_url_has_a_rule():
    discovered = discovered_url_names()
    assert discovered - set(EXPECTED) == set(), "an admin URL without a rule in EXPECTED"
    assert set(EXPECTED) - discovered == set(), "a rule for an admin URL that no longer exists"


# -- the records every URL is walked with ---------------------------------------------------------------------
@pytest.fixture
def records(confirmed_match, open_call, site_tree):
    match = confirmed_match
    mentee, mentor = match.mentee, match.mentor
    applicant = ApplicationFactory(call=open_call("en"), name="Ayşe Gizlibaşvuru", email="ayse.gizli@example.org", role="mentee")
    attachment = ApplicationAttachment(application=mentee, original_name="cv.pdf", content_type="application/pdf", size=len(PDF))
    attachment.file.save("walk-test.pdf", ContentFile(PDF), save=True)
    consent = match.consents.first()
    consent.document.save("walk-consent.pdf", ContentFile(PDF), save=True)
    meeting = log_meeting(match, held_on=timezone.localdate(), format="online", duration_minutes=60, topic="Tanışma",
                          notes="Zeynep ile ilk görüşme")
    Feedback.objects.create(match=match, respondent="mentee", stage="midpoint", rating=4, went_well="Hakan çok yardımcı oldu",
                            submitted_at=timezone.now())
    # Straight into the table: the walk is about who may open it, not the rule that only completed matches propose.
    proposal = GoodPracticeProposal.objects.create(
        match=match, respondent="mentee", problem="Sorun", what_was_done="Yapılan", result="Sonuç", to_repeat="Gerekenler",
        consent_to_be_named=False, language="tr",
    )
    registration = EventRegistration.objects.create(
        event=event_page(event_index(site_tree), "Buluşma", "bulusma")["tr"], event_key=uuid.uuid4(), name=mentee.name, email=mentee.email, role="mentee",
    )
    # The mentee's name on the record: what the other roles must never see on the Preparation screens either.
    preparation = PreparationRecord.objects.create(email=mentee.email, name=mentee.name, kind="mentee_preparation", source="other",
                                                   note="Hazırlık", completed_on=timezone.localdate())
    claim, rate = travel_claim(match)
    goal = plans.set_goals(match, [{"title": "Zeynep'in ilk hedefi"}, {"title": "İkinci hedef"}], by="mentee")[0]
    yield {"match": match, "mentee": mentee, "mentor": mentor, "applicant": applicant, "attachment": attachment,
           "consent": consent, "meeting": meeting, "proposal": proposal, "preparation": preparation, "claim": claim, "rate": rate,
           "goal": goal, "preference": ReminderPreference.objects.create(email=mentee.email, optional_reminders=False),
           "registration": registration}
    attachment.file.delete(save=False)
    consent.document.delete(save=False)
    for receipt in claim.receipts.all():
        receipt.file.delete(save=False)


def travel_claim(match):
    """A waiting claim of the match's expert, with a receipt, and the year's daily allowance rate."""
    rate = DailyRate.objects.create(year=match.start_date.year, kind="daily_allowance", amount="600.00")
    line = {"kind": "travel", "date_from": match.start_date, "route_from": "Ankara", "route_to": "İzmir", "transport": "bus",
            "amount": "350.00"}
    receipt = check_file(SimpleUploadedFile("bilet.pdf", PDF, content_type="application/pdf"))
    return claim_rules.submit_claim(match, match.mentor, [line], [receipt]), rate


def personal_data(records) -> list[str]:
    people = [records["mentee"], records["mentor"], records["applicant"]]
    return [p.name for p in people] + [p.email for p in people] + [p.reference for p in people]


def target(name: str, records) -> str:
    """The URL of ``name`` for the walk's records (the applicant still "submitted" for changes)."""
    match, applicant = records["match"], records["applicant"]
    base, _sep, query = name.partition("?")
    if base.startswith("wagtail_bulk_action:"):
        app_label, model_name, action = base.split(":", 1)[1].split(".")
        return reverse("wagtail_bulk_action", args=[app_label, model_name, action]) + f"?id={applicant.pk}"
    namespace, _sep, view = base.rpartition(":")
    args = {
        "programs_application": [records["mentee"].pk],
        "match": [match.pk],
        "meeting": [records["meeting"].pk],
        "goodpracticeproposal": [records["proposal"].pk],
        "preparation": [records["preparation"].pk],
        "claim": [records["claim"].pk],
        "dailyrate": [records["rate"].pk],
        "goal": [records["goal"].pk],
        "reminder_preferences": [records["preference"].pk],
        "event_registrations": [records["registration"].pk],
    }.get(namespace, [])
    if base == "programs_application:delete":
        args = [applicant.pk]
    elif base == "programs_application_status_change":
        args = [applicant.pk]
    elif base == "programs_attachment":
        args = [records["attachment"].pk]
    elif base == "matching:screen":
        args = [match.call_id]
    elif base in ("matching:match",):
        args = [match.pk]
    elif base == "matching:letter":
        args = [match.pk, "mentee_institution"]
    elif base == "programs_claim_decide":
        args = [records["claim"].pk]
    elif base == "programs_claim_receipt":
        args = [records["claim"].receipts.get().pk]
    elif base == "matching:consent_document":
        args = [match.pk, records["consent"].pk]
    if view in ("index", "index_results", "add", "bulk_add") or namespace in ("matching_dashboard",) or base == "matching:index":
        args = []
    url = reverse(base, args=args)
    return f"{url}?{query}" if query else url


def snapshot():
    """Everything a refused request must leave as it was."""
    return (
        list(Application.objects.order_by("pk").values_list("pk", "status", "name", "email")),
        list(Match.objects.order_by("pk").values_list("pk", "state", "start_date", "end_date", "format", "conditions")),
        list(Consent.objects.order_by("pk").values_list("pk", "withdrawn_on")),
        list(Meeting.objects.order_by("pk").values_list("pk", "held_on", "topic")),
        list(Feedback.objects.order_by("pk").values_list("pk", "rating")),
        list(Goal.objects.order_by("pk").values_list("pk", "title", "status")),
        ApplicationEvent.objects.count(),
        list(ReminderPreference.objects.order_by("pk").values_list("pk", "email", "optional_reminders")),
        ModelLogEntry.objects.count(),
        list(PreparationRecord.objects.order_by("pk").values_list("pk", "email", "name", "kind", "note")),
        list(Claim.objects.order_by("pk").values_list("pk", "state", "decision_note")),
        list(DailyRate.objects.order_by("pk").values_list("pk", "year", "amount")),
    )


def make_user(role):
    User = get_user_model()
    if role == "anonymous":
        return None
    if role == "superuser":
        return User.objects.create_superuser("walk_su", "su@example.org", "pw")
    user = User.objects.create_user(f"walk_{role}", f"{role}@example.org", "pw")
    group = {"communications": roles.COMMUNICATIONS, "moderator": roles.MODERATORS, "secretariat": roles.SECRETARIAT}.get(role)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def request(client, method, url, data):
    """Every request in a savepoint that is rolled back: each URL sees the same records."""
    with transaction.atomic():
        response = getattr(client, method)(url, data)
        content = body(response)
        after = snapshot()
        transaction.set_rollback(True)
    return response, content, after


def assert_refused(role, name, response, content, secrets):
    where = (role, name, response.status_code)
    if response.status_code == 405 and EXPECTED[name][0] == POST_ONLY and response.wsgi_request.method == "GET":
        pass  # refused before anyone is asked who they are; nothing shown
    elif role in ("anonymous", "no_admin"):
        assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login")), where
    else:
        assert response.status_code in (302, 403), where
        if response.status_code == 302:
            assert response.url == reverse("wagtailadmin_home"), where
            shown = [str(m) for m in get_messages(response.wsgi_request)]
            assert any("permission" in m or "yetki" in m for m in shown), (where, shown)
    leaked = [secret for secret in secrets if secret in content]
    assert not leaked, (where, leaked)


def assert_allowed(role, name, expected, response, content):
    where = (role, name, response.status_code)
    if expected in (OK, POST_ONLY):
        assert response.status_code == expected, where
    elif expected == REFUSED:
        assert response.status_code in (302, 403), where
        if response.status_code == 302:
            assert response.url == reverse("wagtailadmin_home"), where
    else:
        assert response.status_code == 302, where
        assert response.url.split("?")[0] == reverse(expected, args=[] if expected == TO_MATCHING else [_pk_of(response)]), where


def _pk_of(response):
    """The last number in the redirect's path (".../match/7/", ".../claims/7/decide/")."""
    return int([part for part in response.url.split("?")[0].split("/") if part.isdigit()][-1])


@pytest.mark.parametrize("role", ROLES)
def test_role_walk(client, records, role):
    """One test per role, every URL inside it (GET, then a POST with data that would change something)."""
    user = make_user(role)
    if user:
        client.force_login(user)
    secrets = personal_data(records)
    before = snapshot()
    for name in sorted(EXPECTED):
        url = target(name, records)
        secretariat_get, superuser_get = EXPECTED[name]
        expected = {"secretariat": secretariat_get, "superuser": superuser_get}.get(role)
        response, content, after = request(client, "get", url, {})
        assert after == before, (role, name, "a GET changed data")
        if role in SECRETARIAT_ROLES:
            assert_allowed(role, name, expected, response, content)
            if name in SHOWS_PEOPLE:
                assert records["mentee"].name in content, (role, name)  # what the other roles must not see is there
        else:
            assert_refused(role, name, response, content, secrets)
        if role not in SECRETARIAT_ROLES:
            for data in refused_posts(name, records):
                response, content, after = request(client, "post", url, data)
                assert_refused(role, name, response, content, secrets)
                assert after == before, (role, name, data.get("action"), "a refused POST changed data")


def refused_posts(name, records) -> list[dict]:
    """What a refused role tries: on the matching screens every action they offer, elsewhere one POST that would
    change something."""
    consent = records["consent"]
    if name == "matching:screen":
        mentee, mentor = records["applicant"].pk, records["mentor"].pk
        return [{"action": action, "mentee": mentee, "mentor": mentor, "c-outcome": "not_selected", "m-mentee": mentee,
                 "m-mentor": mentor, "w-mode": "capacity"} for action in screen.SCREEN_ACTIONS]
    if name == "matching:match":
        common = {"consent": consent.pk, "target": "cancelled", "reason": "x", "wd-withdrawn_on": "2025-01-01", "wd-reason": "x",
                  "wd-then": "cancel", "a-conditions": "changed", "mt-topic": "x", "goals-TOTAL_FORMS": "2",
                  "goals-INITIAL_FORMS": "0", "goals-0-title": "Yeni", "goals-1-title": "Hedef"}
        return [{"action": action, **common} for action in detail.DETAIL_ACTIONS]
    return [POSTS.get(name, {"action": "close", "c-outcome": "not_selected", "name": "X", "to_status": "under_review"})]


def _changes_of(client, name, records):
    response, _content, after = request(client, "post", target(name, records), POSTS[name])
    return response, after


@pytest.mark.parametrize("role", sorted(SECRETARIAT_ROLES))
def test_what_the_secretariat_changes_by_post(client, records, role):
    """Allowed POSTs do what they say; the generic match views and a meeting's deletion by the secretariat do not."""
    client.force_login(make_user(role))
    applicant, match = records["applicant"], records["match"]
    before = snapshot()

    for name in ("programs_application_status_change", "wagtail_bulk_action:programs.application.change_status"):
        response, after = _changes_of(client, name, records)
        assert response.status_code == 302, name
        statuses = dict((pk, status) for pk, status, *_rest in after[0])
        assert statuses[applicant.pk] == "under_review", name

    response, after = _changes_of(client, "programs_application:delete", records)
    assert response.status_code == 302
    assert applicant.pk not in [row[0] for row in after[0]]

    response, after = _changes_of(client, "matching:match", records)
    assert response.status_code == 302 and dict((row[0], row[1]) for row in after[1])[match.pk] == "cancelled"

    response, after = _changes_of(client, "matching:screen", records)
    assert response.status_code == 302
    assert dict((row[0], row[1]) for row in after[0])[applicant.pk] == "submitted"  # not in the pool: left alone

    for name in ("match:edit", "match:delete"):
        response, after = _changes_of(client, name, records)
        assert response.status_code == 302 and response.url == reverse("matching:match", args=[match.pk]), name
        assert after == before, (name, "a generic match view changed the match")

    response, after = _changes_of(client, "meeting:delete", records)
    if role == "secretariat":
        assert after == before, "the secretariat deleted a meeting"
    else:
        assert records["meeting"].pk not in [row[0] for row in after[3]]


def test_a_matched_application_cannot_be_deleted_and_the_refusal_is_not_a_server_error(client, records):
    """Its match protects it (the history of the match needs it): refused, not a 500."""
    client.force_login(make_user("secretariat"))
    mentee = records["mentee"]
    before = snapshot()
    response, content, after = request(client, "post", reverse("programs_application:delete", args=[mentee.pk]), {})
    # Wagtail's delete view finds the protecting match and refuses, with its permission message.
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert [str(m) for m in get_messages(response.wsgi_request)]
    assert after == before


def test_a_meeting_cannot_be_moved_to_a_match_that_is_not_followed(client, records, open_call):
    """The generic meeting edit offers the match: moving a meeting there is checked like logging it there."""
    client.force_login(make_user("secretariat"))
    meeting = records["meeting"]
    mentee = ApplicationFactory(call=open_call("tr"), role="mentee", statuses=["under_review", "eligible", "shortlisted"])
    proposed = match_factories.match(mentee, records["mentor"])
    data = {"match": proposed.pk, "held_on": meeting.held_on.isoformat(), "format": meeting.format, "duration_minutes": 60,
            "topic": meeting.topic, "notes": meeting.notes, "logged_by": meeting.logged_by}
    response = client.post(reverse("meeting:edit", args=[meeting.pk]), data)
    assert response.status_code == 200  # the form again, with the error
    meeting.refresh_from_db()
    assert meeting.match_id == records["match"].pk
