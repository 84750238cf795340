"""Forms on pages reached by a private link work in a real browser (issue 10, item 1).

Those pages keep their token out of the Referer sent to other sites. With
``Referrer-Policy: no-referrer`` Chromium also sent ``Origin: null`` with their
own form posts, and Django's CSRF check answered 403 to every one of them. Each
test below opens a private link, sends its form in Chromium and checks what the
user sees and what the database holds.
"""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from programs.followup.tokens import make_participant_token
from programs.models import Application, ApplicationDraft, Feedback, Match
from tests.browser.application_form import answer_call_questions, choose_mentee_options
from tests.integration.calls_support import apply_url, demo_call

pytestmark = pytest.mark.browser


def open_private(page, url):
    """Open a private link as from the e-mail; the page must load (not 403/404)."""
    response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    return response


def send(page, button, site):
    """Click a submit button of a private page and return the answer to the POST.

    The POST must carry the site's real origin and must not be refused: a 403 is
    the CSRF failure this module guards against."""
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        button.click()
    response = posted.value
    origin = response.request.all_headers().get("origin")
    assert response.status != 403, f"{response.url} refused the form (403), posted with Origin {origin!r}"
    assert origin == site.url, f"the form was posted with Origin {origin!r}"
    page.wait_for_load_state()
    return response


def participant_url(site, match, role, language):
    with translation.override(language):
        return site.url + reverse("matching_public:participant", args=[make_participant_token(match, role)])


def demo_match():
    """The demo's active match: Gül Taslak (mentee) with Aylin Kurgusal (mentor)."""
    return Match.objects.get(mentee__email="gul.taslak@example.org")


def test_applicant_withdraws_from_the_status_page_in_turkish(demo_site, page, axe_check):
    application = Application.objects.filter(status=Application.Status.SUBMITTED).order_by("pk").first()
    status_url = f"{demo_site.url}/tr/applications/{application.status_token()}/"

    open_private(page, status_url)
    assert page.get_by_role("heading", level=1).inner_text() == f"{application.reference} numaralı başvuru"
    assert page.locator("#application-status").inner_text() == "Gönderildi"
    axe_check(page, "status page (tr)")

    answer = send(page, page.get_by_role("button", name="Başvurumu geri çek"), demo_site)
    assert answer.status == 302
    page.wait_for_url(status_url + "?withdrawn=1")
    assert page.get_by_role("status").inner_text() == "Başvurunuz geri çekildi. Bize bildirdiğiniz için teşekkür ederiz."
    assert page.locator("#application-status").inner_text() == "Geri çekildi"
    assert page.get_by_role("button", name="Başvurumu geri çek").count() == 0
    axe_check(page, "status page after withdrawing (tr)")

    application.refresh_from_db()
    assert application.status == Application.Status.WITHDRAWN
    assert application.events.order_by("pk").last().to_status == Application.Status.WITHDRAWN

    # The token still stays on this site: leaving for another origin sends no Referer carrying it.
    elsewhere = demo_site.url.replace("localhost", "127.0.0.1") + "/robots.txt"
    assert elsewhere != demo_site.url + "/robots.txt"
    with page.expect_request(elsewhere) as leaving:
        page.evaluate("url => { window.location.href = url; }", elsewhere)
    referer = leaving.value.all_headers().get("referer", "")
    assert application.status_token() not in referer and "/applications/" not in referer


def test_applicant_resumes_a_draft_saves_it_again_and_sends_it_in_english(demo_site, page, axe_check):
    call = demo_call("expert_digital", "en")
    email = "draft.resumer@example.org"
    page.goto(demo_site.url + apply_url(call))
    axe_check(page, "application form")

    # Start, save as a draft (the public form), and get the private link by e-mail.
    page.fill("#id_name", "Deniz Taslakçı")
    page.fill("#id_email", email)
    page.fill("#id_description", "We want one workflow for paper petitions.")
    page.get_by_role("button", name="Save as draft and e-mail me a link").click()
    page.get_by_role("heading", name="Your draft is saved").wait_for()
    axe_check(page, "draft saved")
    sent = [message for message in mail.outbox if message.to == [email]]
    assert len(sent) == 1
    draft_url = demo_site.url + re.search(r"/en/applications/draft/\S+/", sent[0].body).group(0)
    draft = ApplicationDraft.objects.get(email=email)

    # Resume through the private link and save again from there.
    open_private(page, draft_url)
    assert page.get_by_role("heading", level=1).inner_text() == "Application form"
    assert "Welcome back" in page.locator(".notice").first.inner_text()
    assert page.input_value("#id_name") == "Deniz Taslakçı"
    axe_check(page, "resumed draft")
    page.fill("#id_phone", "+90 312 111 22 33")
    answer = send(page, page.get_by_role("button", name="Save as draft and e-mail me a link"), demo_site)
    assert answer.status == 200
    page.get_by_role("heading", level=1, name="Your draft is saved").wait_for()
    axe_check(page, "draft saved again")
    draft.refresh_from_db()
    assert draft.data["phone"] == ["+90 312 111 22 33"]

    # Resume once more, complete and send.
    open_private(page, draft_url)
    assert page.input_value("#id_phone") == "+90 312 111 22 33"
    assert page.input_value("#id_description") == "We want one workflow for paper petitions."
    choose_mentee_options(page)
    answer_call_questions(page, call)
    page.check("#id_data_consent")
    answer = send(page, page.get_by_role("button", name="Send application"), demo_site)
    assert answer.status == 302
    page.wait_for_url("**/apply/sent/")
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you, your application is received"
    axe_check(page, "application received")

    application = Application.objects.get(email=email)
    assert (application.call_id, application.email, application.name, application.phone) == (call.pk, email, "Deniz Taslakçı", "+90 312 111 22 33")
    assert application.description == "We want one workflow for paper petitions."
    assert application.language == "en" and application.status == Application.Status.SUBMITTED
    assert application.data_consent and application.institution is not None
    assert not ApplicationDraft.objects.filter(pk=draft.pk).exists(), "the draft must be consumed once sent"


def test_participant_logs_a_meeting_through_the_private_link_in_turkish(demo_site, page, axe_check):
    match = demo_match()
    before = set(match.meetings.values_list("pk", flat=True))
    url = participant_url(demo_site, match, "mentee", "tr")

    open_private(page, url)
    assert page.get_by_role("heading", level=1).inner_text() == "Mentorluk görevlendirmeniz"
    axe_check(page, "participant page (tr)")

    held_on = timezone.localdate() - datetime.timedelta(days=1)
    page.get_by_label("Tarih").fill(held_on.isoformat())
    page.get_by_label("Çevrim içi").check()
    page.get_by_label("Süre (dakika)").fill("50")
    page.get_by_label("Konu").fill("Gençlerle etkinlik planlama")
    page.get_by_label("Kısa notlar").fill("Bir sonraki görüşmede örnek plan incelenecek.")
    answer = send(page, page.get_by_role("button", name="Görüşmeyi kaydet"), demo_site)
    assert answer.status == 302
    page.wait_for_url(url + "?logged=1")
    assert page.get_by_role("status").inner_text() == "Teşekkürler: görüşme kaydedildi."
    assert page.get_by_role("listitem").filter(has_text="Gençlerle etkinlik planlama").count() == 1
    axe_check(page, "participant page after logging (tr)")

    new = match.meetings.exclude(pk__in=before)
    assert new.count() == 1
    meeting = new.get()
    assert (meeting.held_on, meeting.format, meeting.duration_minutes, meeting.topic, meeting.notes, meeting.logged_by) == (
        held_on, "online", 50, "Gençlerle etkinlik planlama", "Bir sonraki görüşmede örnek plan incelenecek.", "mentee",
    )


def test_participant_answers_feedback_through_the_private_link_in_english(demo_site, page, axe_check):
    match = demo_match()
    item = Feedback.objects.create(match=match, respondent=Feedback.Respondent.MENTOR, stage=Feedback.Stage.MIDPOINT)
    url = participant_url(demo_site, match, "mentor", "en")

    open_private(page, url)
    assert page.get_by_role("heading", level=1).inner_text() == "Your mentoring assignment"
    axe_check(page, "participant page with open feedback (en)")

    page.get_by_role("link", name="Midpoint feedback form").click()
    page.wait_for_url(re.compile(rf"/en/matches/[^/]+/feedback/{item.pk}/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Midpoint feedback"
    axe_check(page, "feedback form (en)")

    page.get_by_label("4", exact=True).check()
    page.get_by_label("What went well?").fill("Clear goals from the first meeting.")
    page.get_by_label("What could be better?").fill("More time for site visits.")
    answer = send(page, page.get_by_role("button", name="Send my feedback"), demo_site)
    assert answer.status == 302
    page.get_by_role("status").wait_for()
    assert page.get_by_role("status").inner_text() == "Thank you: your feedback has been received."
    assert page.get_by_role("button", name="Send my feedback").count() == 0
    axe_check(page, "feedback received (en)")

    item.refresh_from_db()
    assert item.submitted_at is not None
    assert (item.rating, item.went_well, item.to_improve) == (4, "Clear goals from the first meeting.", "More time for site visits.")

    page.get_by_role("link", name="Back to your assignment").click()
    page.wait_for_url(url)
    assert page.get_by_role("link", name="Midpoint feedback form").count() == 0
