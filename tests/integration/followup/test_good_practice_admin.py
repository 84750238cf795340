"""What the secretariat sees of good-practice proposals: the read-only list, one proposal, the dashboard's count."""

import html

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from home import roles
from programs.followup.proposals import propose
from programs.models import AccessRecord, GoodPracticeProposal
from tests.integration.followup.proposal_support import ANSWERS, answers, completed, library, log_in  # noqa: F401
from tests.integration.matching.matching_support import closed_call_pool, secretariat  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]

LIST = "/admin/goodpracticeproposal/"


@pytest.fixture
def proposal(completed):
    return propose(completed, "mentee", language="tr", **answers())


def test_the_secretariat_lists_proposals_with_a_link_to_the_draft(client, secretariat, proposal):
    response = client.get(LIST)
    assert response.status_code == 200
    body = html.unescape(response.content.decode())
    assert ANSWERS["problem"][:40] in body and "Gül Taslak ↔ Aylin Kurgusal" in body
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[proposal.page_id])}"' in body
    assert AccessRecord.objects.filter(user=secretariat, kind="match", object_id=proposal.match_id).exists()
    inspect = html.unescape(client.get(f"{LIST}inspect/{proposal.pk}/").content.decode())
    assert ANSWERS["to_repeat"] in inspect and reverse("wagtailadmin_pages:edit", args=[proposal.page_id]) in inspect


def test_the_matching_menu_offers_the_list_to_the_secretariat(client, secretariat):
    assert LIST in client.get("/admin/").content.decode()


def refused(response) -> bool:
    """The admin's "no permission": a redirect to the dashboard with a message (or a 403/404)."""
    return response.status_code in (403, 404) or (response.status_code == 302 and response["Location"] == "/admin/")


@pytest.mark.parametrize("who", ["secretariat", "superuser"])
def test_nobody_adds_edits_or_deletes_a_proposal_in_the_admin(client, proposal, who):
    if who == "superuser":
        client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "x"))
    else:
        log_in(client, roles.SECRETARIAT, "sekreter")
    for url in (f"{LIST}new/", f"{LIST}edit/{proposal.pk}/", f"{LIST}delete/{proposal.pk}/"):
        for response in (client.get(url), client.post(url, {})):
            assert refused(response), url
    assert GoodPracticeProposal.objects.get().problem == ANSWERS["problem"]


@pytest.mark.parametrize("group", [roles.COMMUNICATIONS, roles.MODERATORS])
def test_other_staff_do_not_see_the_proposals(client, proposal, group):
    log_in(client, group, "staff")
    assert refused(client.get(LIST)) and refused(client.get(f"{LIST}inspect/{proposal.pk}/"))
    assert LIST not in client.get("/admin/").content.decode()


def test_the_dashboard_shows_completed_matches_with_a_proposal(client, secretariat, proposal):
    body = html.unescape(client.get(reverse("matching_dashboard:index")).content.decode())
    assert "Completed matches with a good-practice proposal" in body
    assert '<dd id="good-practice-proposals">1 of 1</dd>' in body
    csv = client.get(reverse("matching_dashboard:index") + "?export=csv").content.decode("utf-8-sig")
    assert "Good practices,completed matches with a proposal,1" in csv and "Good practices,completed matches,1" in csv
