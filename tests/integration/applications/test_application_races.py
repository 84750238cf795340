"""Refusals that used to end in a server error (issue 12): each gets a clear message and writes nothing."""

from unittest import mock

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import IntegrityError
from django.urls import reverse

from home import roles
from programs.applications import applying, states
from programs.models import Application, ApplicationAttachment, ApplicationEvent
from tests.factories.applications import ApplicationFactory, apply_url, valid_data
from tests.integration.matching.matching_support import user_in

pytestmark = pytest.mark.django_db


def manual_data(call, email):
    return {
        "call": call.pk, "role": "mentee", "name": "Mektupla Gelen", "email": email, "phone": "+90 312 000 00 00",
        "institution": "", "institution_other": "Örnek Kurum", "unit": "", "position": "", "description": "Posta ile geldi",
        "preferred_format": "either", "availability": "", "data_consent": "on", "language": "tr",
    }


@pytest.mark.parametrize("language", ["tr", "en"])
def test_a_manual_add_with_an_e_mail_differing_only_in_case_is_a_message(open_call, applicant, client, language):
    client.force_login(user_in(roles.SECRETARIAT, "sekreter"))
    response = client.post(reverse("programs_application:add"), manual_data(open_call(language), applicant.email.upper()))
    assert response.status_code == 200
    assert applicant.reference in response.content.decode()  # "this call already has an application …: MP-…"
    assert Application.objects.count() == 1


def test_the_call_of_an_application_is_not_offered_on_its_edit_form(applicant, client):
    client.force_login(user_in(roles.SECRETARIAT, "sekreter"))
    form = client.get(reverse("programs_application:edit", args=[applicant.pk])).context["form"]
    assert "call" not in form.fields and "email" in form.fields


def test_a_withdrawal_racing_a_decision_gets_the_409_message_not_a_500(applicant, client):
    token = applicant.status_token()
    real_withdraw = applying.withdraw

    def decided_meanwhile(application, note=""):
        # The secretariat's change lands between the applicant's click and the withdrawal.
        states.change_status(Application.objects.get(pk=application.pk), Application.Status.UNDER_REVIEW)
        states.change_status(Application.objects.get(pk=application.pk), Application.Status.INELIGIBLE)
        return real_withdraw(application, note)

    with mock.patch.object(applying, "withdraw", decided_meanwhile):
        response = client.post(f"/en/applications/{token}/withdraw/")
    assert response.status_code == 409
    assert "This application can no longer be withdrawn." in response.content.decode()
    assert Application.objects.get(pk=applicant.pk).status == Application.Status.INELIGIBLE
    assert not ApplicationEvent.objects.filter(application=applicant, to_status="withdrawn").exists()


def test_a_database_refusal_that_is_not_a_duplicate_is_not_called_one(open_call, client, settings, tmp_path):
    settings.STORAGES = {**settings.STORAGES, "private": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                                                          "OPTIONS": {"location": str(tmp_path)}}}
    cache.clear()
    call = open_call("tr")
    with mock.patch("programs.applications.applying.record_submission", side_effect=IntegrityError("deadlock")):
        response = client.post(apply_url(call), valid_data(call, email="yaris@example.org"))
    body = response.content.decode()
    assert response.status_code == 400
    assert "could not be saved just now" in body or "şu anda kaydedilemedi" in body
    assert "We already have an application" not in body and "Bu çağrıya bu e-posta" not in body
    assert not Application.objects.exists() and not ApplicationAttachment.objects.exists()
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]  # the uploaded file was removed again
    assert not mail.outbox


def test_a_bulk_change_skips_an_application_changed_meanwhile(open_call, client):
    client.force_login(user_in(roles.SECRETARIAT, "sekreter"))
    first, second = (ApplicationFactory(call=open_call("tr")) for _ in range(2))
    real_change = states.change_status
    calls = []

    def withdrawn_meanwhile(application, to_status, **kwargs):
        if application.pk == second.pk and not calls:
            calls.append(application.pk)
            real_change(Application.objects.get(pk=second.pk), Application.Status.WITHDRAWN)
        return real_change(application, to_status, **kwargs)

    url = reverse("wagtail_bulk_action", args=["programs", "application", "change_status"])
    with mock.patch.object(states, "change_status", withdrawn_meanwhile):
        response = client.post(f"{url}?id={first.pk}&id={second.pk}&next=/admin/", {"to_status": "under_review", "note": ""})
    assert response.status_code == 302 and response.url == "/admin/"
    assert Application.objects.get(pk=first.pk).status == "under_review"
    assert Application.objects.get(pk=second.pk).status == "withdrawn"
