"""Consents, confirmation, withdrawal, extension: the regulation's conditions hold, each change is logged."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.matching.states import TransitionError
from programs.models import Application, Consent, ConsentMethod, Party
from tests.factories.applications import PDF
from tests.integration.matching.matching_support import closed_call_pool, TODAY, proposed_match, secretariat, with_consents  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def detail(match):
    return reverse("matching:match", args=[match.pk])


@pytest.mark.parametrize("missing", list(Party.values))
def test_confirmation_is_impossible_with_any_consent_missing(missing):
    match = with_consents(proposed_match(), [p for p in Party.values if p != missing])
    assert match.state == match_states.AWAITING_CONSENT
    with translation.override("en"), pytest.raises(TransitionError, match="written consent"):
        match_workflow.transition(match, match_states.CONFIRMED)
    match.refresh_from_db()
    assert match.state == match_states.AWAITING_CONSENT and not mail.outbox


def test_confirming_moves_applications_to_matched_and_mails_each_party_once_in_their_language():
    match = with_consents(proposed_match())
    mail.outbox.clear()
    match_workflow.transition(match, match_states.CONFIRMED)
    assert {m.to[0] for m in mail.outbox} == {"zeynep.kurgu@example.org", "hakan.deneme@example.org"}
    to_mentee = next(m for m in mail.outbox if m.to == ["zeynep.kurgu@example.org"])
    assert "hakan.deneme@example.org" in to_mentee.body and "+90 500 000 00 10" in to_mentee.body  # the other's contact
    assert "/tr/matches/" in to_mentee.body  # private link, in the mentee's language
    assert match.mentee.__class__.objects.get(pk=match.mentee_id).status == Application.Status.MATCHED
    assert Application.objects.get(pk=match.mentor_id).status == Application.Status.MATCHED
    # Going back and confirming again after a withdrawal sends nothing new.
    consent = match.consents.get(party=Party.EXPERT)
    match_workflow.withdraw_consent(consent, TODAY(), "Yanlışlıkla kaydedildi")
    match_workflow.record_consent(match, Party.EXPERT, TODAY(), ConsentMethod.EMAIL)
    match_workflow.transition(match, match_states.CONFIRMED)
    assert len(mail.outbox) == 2


def test_every_change_is_in_the_audit_log():
    match = with_consents(proposed_match())
    match_workflow.transition(match, match_states.CONFIRMED)
    actions = list(ModelLogEntry.objects.for_instance(match).values_list("action", flat=True))
    assert actions.count("programs.match_consent") == 3
    assert actions.count("programs.match_state") == 2  # proposed -> awaiting -> confirmed
    assert "programs.match_created" in actions


def test_withdrawing_a_consent_sends_a_confirmed_match_back_or_cancels_it():
    match = with_consents(proposed_match())
    match_workflow.transition(match, match_states.CONFIRMED)
    consent = match.consents.get(party=Party.MENTEE_INSTITUTION)
    match_workflow.withdraw_consent(consent, TODAY(), "Kurum görevlendirmeyi geri çekti")
    match.refresh_from_db()
    assert match.state == match_states.AWAITING_CONSENT and match.missing_parties() == [Party.MENTEE_INSTITUTION]
    other = match.consents.get(party=Party.EXPERT)
    match_workflow.withdraw_consent(other, TODAY(), "Uzman ayrıldı", cancel=True)
    match.refresh_from_db()
    assert match.state == match_states.CANCELLED and match.cancel_reason == "Uzman ayrıldı"
    assert Consent.objects.filter(match=match, withdrawn_on__isnull=False).count() == 2  # history kept


def test_an_extension_applies_only_after_both_institutions_agree():
    match = with_consents(proposed_match())
    match_workflow.transition(match, match_states.CONFIRMED)
    old_end = match.end_date
    new_end = old_end + datetime.timedelta(days=60)
    with pytest.raises(ValidationError):
        match_workflow.request_extension(match, old_end, "aynı tarih")
    extension = match_workflow.request_extension(match, new_end, "Proje uzadı")
    match_workflow.record_extension_agreement(extension, Party.MENTOR_INSTITUTION, TODAY(), ConsentMethod.LETTER)
    match.refresh_from_db()
    assert match.end_date == old_end
    match_workflow.record_extension_agreement(extension, Party.MENTEE_INSTITUTION, TODAY(), ConsentMethod.EMAIL)
    match.refresh_from_db()
    assert match.end_date == new_end and extension.previous_end_date == old_end


def test_the_secretariat_records_consents_and_confirms_through_the_match_page(client, secretariat):
    match = proposed_match()
    for party in Party.values:
        response = client.post(detail(match), {"action": "consent", "c-party": party, "c-given_on": TODAY().isoformat(), "c-method": "letter",
                                               "c-document": SimpleUploadedFile("imza.pdf", PDF)})
        assert response.status_code == 302
    response = client.post(detail(match), {"action": "transition", "target": "confirmed", "reason": ""}, follow=True)
    assert "The match is now “Confirmed”." in response.content.decode()
    consent = match.consents.first()
    assert consent.recorded_by == secretariat and consent.document.name.endswith(".pdf") and "imza" not in consent.document.name
    download = client.get(reverse("matching:consent_document", args=[match.pk, consent.pk]))
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(
    "data,message",
    [
        ({"c-party": "expert", "c-given_on": "", "c-method": "letter"}, "This field is required."),
        ({"c-party": "expert", "c-given_on": "2999-01-01", "c-method": "letter"}, "The date cannot be in the future."),
        ({"c-party": "mayor", "c-given_on": "2026-01-01", "c-method": "letter"}, "Select a valid choice."),
        ({"c-party": "expert", "c-given_on": "2026-01-01", "c-method": "pigeon"}, "Select a valid choice."),
        ({"c-party": "expert", "c-given_on": "2026-01-01", "c-method": "letter", "c-document": SimpleUploadedFile("x.pdf", b"MZ\x90\x00fake")},
         "is not a PDF, DOCX, ODT, PNG or JPEG file"),
    ],
)
def test_bad_consent_inputs_get_a_clear_message_and_nothing_is_saved(client, secretariat, data, message):
    match = proposed_match()
    response = client.post(detail(match), {"action": "consent", **data})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not match.consents.exists()


def test_cancelling_needs_a_reason_on_the_page(client, secretariat):
    match = proposed_match()
    response = client.post(detail(match), {"action": "transition", "target": "cancelled", "reason": " "}, follow=True)
    assert "Give a reason for cancelling." in response.content.decode()
    match.refresh_from_db()
    assert match.state == match_states.PROPOSED


def test_consent_letter_names_the_match_the_duration_and_the_addressee(client, secretariat):
    match = proposed_match(conditions="Ayda iki görüşme")
    html = client.get(reverse("matching:letter", args=[match.pk, Party.MENTEE_INSTITUTION])).content.decode()
    assert "Yaylakent Belediyesi" in html and "Zeynep Kurgu" in html and "Hakan Deneme" in html
    assert match.end_date.strftime("%d.%m.%Y") in html and "Ayda iki görüşme" in html
    assert client.get(reverse("matching:letter", args=[match.pk, "mayor"]), follow=True).status_code == 404


def test_close_matching_informs_the_unmatched_once():
    from tests.integration.matching.matching_support import closed_call, zeynep

    mail.outbox.clear()
    decided = match_workflow.close_matching(closed_call(), Application.Status.WAITLISTED)
    assert zeynep() in decided and zeynep().status == Application.Status.WAITLISTED
    sent = len(mail.outbox)
    assert sent >= 1 and any(m.to == ["zeynep.kurgu@example.org"] for m in mail.outbox)
    assert match_workflow.close_matching(closed_call(), Application.Status.WAITLISTED) == []
    assert len(mail.outbox) == sent
