"""Group mentoring in the browser: the secretariat switches a call to teams of
mentors, composes a team, and accepts the optimiser's suggestion to place a
mentee in it."""

import pytest

from programs.models import Application, CallPage, Institution, Match, MentoringGroup
from tests.browser.test_matching_flow import secretariat_login

pytestmark = pytest.mark.browser

CALL = "Bakım Personeli Grup Mentorluğu: Mentor ve Menti Başvuruları"


def second_mentor(call) -> Application:
    """The demo call has one free mentor (Hakan Deneme, waitlisted); a team needs two."""
    hakan = Application.objects.get(call=call, email="hakan.deneme@example.org")
    hakan.status = Application.Status.SHORTLISTED
    hakan.save()
    colleague = Application.objects.get(pk=hakan.pk)
    colleague.pk, colleague.reference = None, "MP-2026-09001"
    colleague.name, colleague.email = "Ece Deneme", "ece.deneme@example.org"
    colleague.institution = Institution.objects.create(name="Güneyşehir Sosyal Hizmet Merkezi", city="Güneyşehir")
    colleague.save()
    colleague.themes.set(hakan.themes.all())
    return colleague


def test_secretariat_places_a_mentee_in_a_team_of_mentors(demo_site, page, axe_check):
    call = CallPage.objects.get(title=CALL)
    second_mentor(call)
    secretariat_login(page, demo_site.url)
    page.goto(f"{demo_site.url}/admin/matching/")
    page.get_by_role("link", name="Bakım Personeli Grup Mentorluğu").first.click()
    page.get_by_role("heading", name="Proposed matches").wait_for()

    page.get_by_label("Mode").select_option(label="Group mentoring (teams of mentors)")
    page.get_by_role("button", name="Save and recompute").click()
    page.get_by_role("heading", name="Mentoring groups").wait_for()
    axe_check(page, "matching screen in group mode")

    # A team of one mentor is refused with a clear message, and nothing is created.
    page.get_by_label("Group name").fill("Kuzey Bakım Takımı")
    page.get_by_label("Hakan Deneme").check()
    page.get_by_role("button", name="Create the group").click()
    page.get_by_text("A group has 2 or 3 mentors.").first.wait_for()
    assert not MentoringGroup.objects.filter(call=call).exists()

    page.get_by_label("Group name").fill("Kuzey Bakım Takımı")
    page.get_by_label("Hakan Deneme").check()
    page.get_by_label("Ece Deneme").check()
    page.get_by_label("Mentees, at most").fill("2")
    page.get_by_role("button", name="Create the group").click()
    page.get_by_text("Group “Kuzey Bakım Takımı” created").wait_for()
    suggestions = page.locator("table", has=page.get_by_role("columnheader", name="Group"))
    assert "Kuzey Bakım Takımı" in suggestions.inner_text()

    page.get_by_role("button", name="Accept (Zeynep Kurgu)").focus()
    page.keyboard.press("Enter")
    page.get_by_text("Match proposed: Zeynep Kurgu ↔ Kuzey Bakım Takımı").wait_for()
    page.get_by_role("link", name="Zeynep Kurgu ↔ Kuzey Bakım Takımı").click()
    page.locator("#match-state").wait_for()
    details = page.locator("main").inner_text()
    assert "Group Kuzey Bakım Takımı" in details and "Hakan Deneme" in details and "Ece Deneme" in details
    axe_check(page, "group match page")

    match = Match.objects.get(mentee__email="zeynep.kurgu@example.org")
    assert match.state == "proposed" and match.mentor is None
    assert sorted(m.name for m in match.group.mentors.all()) == ["Ece Deneme", "Hakan Deneme"]
