"""The secretariat runs suggestions, accepts one, records three consents, confirms and drafts the announcement."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from home import roles
from home.models import PrivacyNoticeVersion
from programs.models import Match

pytestmark = pytest.mark.browser


def secretariat_login(page, base_url, username="sekreter", groups=(roles.SECRETARIAT,)):
    """A new staff member of ``groups`` (English admin) signs in; returns the user."""
    user = get_user_model().objects.create_user(username=username, password="guclu-parola-2026", email=f"{username}@example.org")
    user.groups.add(*Group.objects.filter(name__in=groups))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    page.context.clear_cookies()  # whoever was signed in before
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("guclu-parola-2026")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base_url}/admin/")
    return user


def test_secretariat_matches_end_to_end(demo_site, page, axe_check):
    secretariat_login(page, demo_site.url)
    page.goto(f"{demo_site.url}/admin/matching/")
    page.get_by_role("link", name="Bakım Personeli Grup Mentorluğu").first.click()
    expect_heading = page.get_by_role("heading", name="Proposed matches")
    expect_heading.wait_for()
    assert "What optimisation bought" in page.locator("#matching-totals").inner_text()
    axe_check(page, "matching screen")

    # Keyboard: focus the decision and press Enter.
    page.get_by_role("button", name="Accept (Zeynep Kurgu)").focus()
    page.keyboard.press("Enter")
    page.get_by_text("Match proposed: Zeynep Kurgu ↔ Hakan Deneme").wait_for()
    page.get_by_role("link", name="Zeynep Kurgu ↔ Hakan Deneme").click()
    page.locator("#match-state").wait_for()
    axe_check(page, "match page")

    today = timezone.localdate()
    page.get_by_label("Start date").fill(today.isoformat())
    page.get_by_label("End date").fill((today + datetime.timedelta(days=90)).isoformat())
    page.get_by_role("button", name="Save the assignment").click()
    page.get_by_text("Assignment saved.").wait_for()

    # Each consent records the privacy-notice version the party read: the current one unless another is chosen.
    proposed = Match.objects.get(mentee__email="zeynep.kurgu@example.org")
    notice = proposed.call.specific.privacy_notice()
    current = notice.current_version
    other = PrivacyNoticeVersion.objects.filter(translation_key=notice.translation_key).exclude(pk=current.pk).first()
    notices = {"expert": current, "mentor_institution": None, "mentee_institution": other}
    for party, label, version in (
        ("expert", "Expert (mentor)", ""), ("mentor_institution", "Mentor's institution", "0"),
        ("mentee_institution", "Mentee's institution", str(other.pk)),
    ):
        page.get_by_label("Whose consent").select_option(label=label)
        page.get_by_label("Date of consent").fill(today.isoformat())
        page.get_by_label("Method").select_option(label="Official letter")
        notice_field = page.get_by_label("Privacy notice agreed to")
        assert notice_field.input_value() == str(current.pk)
        if version == "0":
            notice_field.select_option(label="Not known (no version recorded)")
        elif version:
            notice_field.select_option(value=version)
        page.get_by_role("button", name="Record the consent").click()
        page.get_by_text("Consent recorded.").wait_for()
    assert page.locator("#match-state").text_content().strip() == "Awaiting consent"
    recorded = {c.party: c.privacy_notice for c in proposed.consents.all()}
    assert recorded == notices
    assert all(c.privacy_agreed_at for c in proposed.consents.all() if c.privacy_notice)

    page.get_by_role("button", name="Move to “Confirmed”").click()
    page.get_by_text("The match is now “Confirmed”.").wait_for()
    assert page.locator("#match-state").text_content().strip() == "Confirmed"
    match = Match.objects.get(mentee__email="zeynep.kurgu@example.org")
    assert match.state == "confirmed" and match.consents.count() == 3

    page.get_by_role("link", name="Back to matching").click()
    page.get_by_role("button", name="Create the match announcement draft (2 confirmed matches)").click()
    call = match.call.specific
    english_call = call.get_translation(Locale.objects.get(language_code="en"))
    page.get_by_text(f"Draft announcement “{call.title}: eşleşme sonuçları” created in 2 languages").wait_for()
    from home.models import NewsPage

    drafts = NewsPage.objects.filter(live=False)
    assert sorted(p.title for p in drafts) == sorted([f"{call.title}: eşleşme sonuçları", f"{english_call.title}: matching results"])
    assert all("Aylin Kurgusal" in str(p.body) and "Zeynep" not in str(p.body) for p in drafts)
