"""Retention: exactly what is due is anonymised, files leave storage, statistics stay, a second run does nothing."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from programs.followup.dashboard import dashboard_data
from programs.models import Application, ApplicationAttachment, ApplicationDraft, DataSubjectRequest, Match, RetentionRule
from programs.privacy import retention
from programs.privacy.anonymise import PLACEHOLDER
from tests.integration.matching.matching_support import app, closed_call_pool, secretariat  # noqa: F401
from tests.integration.privacy.privacy_support import AYLIN, GUL, SERKAN, attach, completed_year, where_found

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


@pytest.fixture
def year(calls):
    return completed_year(calls["expert_digital"]("tr"), calls["expert_standing"]("tr"))


def months_from_now(months, days=0):
    return timezone.now() + relativedelta(months=months) + datetime.timedelta(days=days)


def figures():
    data = dashboard_data()
    return {key: data[key] for key in ("per_call", "states", "meetings", "meeting_hours", "feedback")}


def test_nothing_personal_is_due_while_the_year_runs(year):
    plan = retention.due()
    drafts = ApplicationDraft.objects.filter(pk__in=plan.drafts).values_list("email", flat=True)
    assert sorted(drafts) == ["taslak.eski@example.org", "taslak.kapali@example.org"]
    assert plan.unmatched == plan.matched == plan.matches == []


def test_unmatched_applications_go_a_year_after_the_call_closed_the_matched_after_their_match(year):
    closed_pool = set(Application.objects.filter(call=app(GUL).call).values_list("pk", flat=True))
    matched = {app(GUL).pk, app(AYLIN).pk}
    withdrawn_standing = Application.objects.get(email="surekli.cekilen@example.org").pk

    after_a_year = retention.due(months_from_now(12, days=1))
    assert set(after_a_year.unmatched) == (closed_pool - matched) | {withdrawn_standing}
    assert after_a_year.matched == [] and after_a_year.matches == []

    # The match ends in 170 days; the matched people are kept 24 months after that.
    assert retention.due(months_from_now(24, days=169)).matched == []
    late = retention.due(months_from_now(24, days=172))
    assert set(late.matched) == matched and late.matches == [year.pk]
    # The open call's applicant (closes in 30 days) and the undecided standing applicant are never in a plan.
    keep = set(Application.objects.filter(email__in=["acik@example.org", "surekli.bekleyen@example.org"]).values_list("pk", flat=True))
    assert keep.isdisjoint(set(after_a_year.unmatched) | set(late.matched))
    assert Application.objects.get(email="acik@example.org").pk in retention.due(months_from_now(13, days=2)).unmatched


def test_a_call_rule_overrides_the_programme_rule_which_overrides_the_default(year):
    call, programme = app(GUL).call, app(GUL).call.get_parent().specific
    RetentionRule.objects.create(programme=programme, unmatched_months=6, matched_months=12)
    assert app(SERKAN).pk in retention.due(months_from_now(6, days=1)).unmatched
    RetentionRule.objects.create(call=call, unmatched_months=36, matched_months=36)
    assert app(SERKAN).pk not in retention.due(months_from_now(24)).unmatched


def test_the_run_anonymises_exactly_what_is_due_keeps_figures_and_a_second_run_changes_nothing(
    year, client, secretariat, django_capture_on_commit_callbacks
):
    serkan = app(SERKAN)
    files = [a.file for a in ApplicationAttachment.objects.all()]
    consent_file = year.consents.first().document
    storage = files[0].storage
    assert all(storage.exists(f.name) for f in files) and storage.exists(consent_file.name)
    before, csv_before = figures(), client.get(reverse("matching_dashboard:index") + "?export=csv").content

    with django_capture_on_commit_callbacks(execute=True):
        plan = retention.due(months_from_now(24, days=172))
        done = retention.apply(plan)
    assert done == {"drafts": 4, "applications": len(plan.unmatched) + 2, "matches": 1, "requests": 0}

    assert figures() == before
    assert client.get(reverse("matching_dashboard:index") + "?export=csv").content == csv_before
    assert not any(storage.exists(f.name) for f in files) and not storage.exists(consent_file.name)
    assert ApplicationAttachment.objects.count() == 0
    # No name, address, phone or typed text of the retired people is left in any column.
    assert where_found("Gül Taslak", GUL, "Aylin Kurgusal", AYLIN, "Serkan Örnekoğlu", SERKAN, "+90 500 000 00 11",
                       "Aylin Hanım çok yardımcı", "Tanışma ve gelişim planı", "Kapalı Taslak", "Eski Taslak") == []
    after = Application.objects.get(pk=serkan.pk)
    assert (after.name, after.phone, after.description, after.answers) == (PLACEHOLDER, "", "", {})
    assert (after.status, after.role, after.call_id, after.institution_id) == (serkan.status, serkan.role, serkan.call_id, serkan.institution_id)
    assert after.anonymised_reason == retention.REASON_UNMATCHED
    # What was not due is untouched.
    assert Application.objects.get(email="surekli.bekleyen@example.org").anonymised_at is None

    snapshot = list(Application.objects.order_by("pk").values()) + list(Match.objects.order_by("pk").values())
    assert retention.due(months_from_now(24, days=172)).is_empty()
    assert retention.apply(retention.due(months_from_now(24, days=172))) == {"drafts": 0, "applications": 0, "matches": 0, "requests": 0}
    assert list(Application.objects.order_by("pk").values()) + list(Match.objects.order_by("pk").values()) == snapshot


def test_the_command_dry_run_lists_what_is_due_and_changes_nothing(year, capsys):
    target = (timezone.localdate() + relativedelta(months=12, days=2)).isoformat()
    plan = retention.due(months_from_now(12, days=2))
    call_command("apply_retention", "--dry-run", "--date", target)
    out = capsys.readouterr().out
    references = Application.objects.filter(pk__in=plan.unmatched).values_list("reference", flat=True)
    assert f"applications never matched to anonymise: {len(references)}" in out
    assert all(reference in out for reference in references) and "Dry run" in out
    assert "@" not in out and "Serkan" not in out  # ids and references only
    assert Application.objects.filter(anonymised_at__isnull=False).count() == 0
    assert ApplicationDraft.objects.count() == 4

    call_command("apply_retention", "--date", target)
    assert set(Application.objects.filter(anonymised_at__isnull=False).values_list("pk", flat=True)) == set(plan.unmatched)
    call_command("apply_retention", "--date", target)
    assert "Done: 0 draft(s) deleted, 0 application(s), 0 match(es) and 0 answered request(s) anonymised." in capsys.readouterr().out


def test_deleting_an_application_or_an_attachment_deletes_its_files(year, django_capture_on_commit_callbacks):
    mentee = Application.objects.get(email="acik@example.org")
    kept, dropped = attach(mentee, "a.pdf"), attach(mentee, "b.pdf")
    storage = kept.file.storage
    with django_capture_on_commit_callbacks(execute=True):
        dropped.delete()
    assert not storage.exists(dropped.file.name) and storage.exists(kept.file.name)
    with django_capture_on_commit_callbacks(execute=True):
        mentee.delete()
    assert not storage.exists(kept.file.name)


def test_answered_requests_keep_the_address_a_year_after_they_were_handled(year):
    answered = DataSubjectRequest.objects.create(email="soran@example.org", kind="copy", message="Kopya lütfen.",
                                                 status="done", handled_at=timezone.now())
    still_open = DataSubjectRequest.objects.create(email="bekleyen@example.org", kind="copy")
    assert retention.due(months_from_now(11)).requests == []
    plan = retention.due(months_from_now(12, days=1))
    assert plan.requests == [answered.pk]
    retention.apply(plan)
    answered.refresh_from_db()
    still_open.refresh_from_db()
    assert "soran" not in answered.email and answered.message == "" and (answered.kind, answered.status) == ("copy", "done")
    assert still_open.email == "bekleyen@example.org"
    assert retention.due(months_from_now(12, days=1)).requests == []
