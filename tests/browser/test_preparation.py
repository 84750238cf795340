"""Preparation before matching in the browser: on the demo's digital call (which requires it of both sides) the
secretariat cannot match Elif Örnek, records her completed mentee preparation in the admin form, sees it on the
matching screen, and then makes the match."""

import pytest
from django.utils import timezone

from programs.models import Application, Match, PreparationRecord
from tests.browser.test_matching_flow import secretariat_login

pytestmark = pytest.mark.browser

CALL = "Dijital Dönüşüm Tematik Çağrısı"


def _row(page, name):
    return page.locator("#preparation tr", has_text=name)


def _match_by_hand(page, mentee, mentor):
    page.locator("#id_m-mentee").select_option(str(mentee.pk))
    page.locator("#id_m-mentor").select_option(str(mentor.pk))
    page.get_by_role("button", name="Propose this match").click()


def test_secretariat_records_a_completion_and_then_matches(demo_site, page, axe_check):
    elif_, arda = (Application.objects.get(email=e) for e in ("elif.ornek@example.org", "arda.kurgulu@example.org"))
    user = secretariat_login(page, demo_site.url)
    page.goto(f"{demo_site.url}/admin/matching/")
    page.get_by_role("link", name=CALL).first.click()
    page.get_by_role("heading", name="Preparation before matching").wait_for()
    assert "Preparation missing" in _row(page, "Elif Örnek").text_content()
    assert "Preparation completed" in _row(page, "Arda Kurgulu").text_content()
    axe_check(page, "matching screen with preparation")

    _match_by_hand(page, elif_, arda)
    page.get_by_text("Elif Örnek cannot be matched: this call requires mentee preparation").wait_for()
    assert not Match.objects.filter(mentee=elif_).exists()

    page.get_by_role("link", name="Record a completion for Elif Örnek").click()
    page.get_by_role("button", name="Create").wait_for()
    assert page.locator("#id_email").input_value() == "elif.ornek@example.org"
    page.locator("#id_source").select_option(label="Completed a training material")
    page.locator("#id_material").select_option(label="Menti kontrol listesi: hedef belirleme")
    page.locator("#id_completed_on").fill(timezone.localdate().isoformat())
    axe_check(page, "preparation form")
    page.get_by_role("button", name="Create").click()
    page.get_by_role("heading", name="Preparation records").wait_for()
    record = PreparationRecord.objects.get(email="elif.ornek@example.org")
    assert (record.kind, record.source, record.material.title, record.recorded_by) == (
        "mentee_preparation", "material", "Menti kontrol listesi: hedef belirleme", user)
    axe_check(page, "preparation list")

    page.goto(f"{demo_site.url}/admin/matching/call/{elif_.call.specific.original.pk}/")
    assert "Preparation completed" in _row(page, "Elif Örnek").text_content()
    _match_by_hand(page, elif_, arda)
    page.get_by_text("Match proposed: Elif Örnek ↔ Arda Kurgulu").wait_for()
    assert Match.objects.get(mentee=elif_).mentor == arda
