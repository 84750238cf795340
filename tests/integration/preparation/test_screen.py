"""The matching screen beside each applicant: "Preparation completed" / "Preparation missing" when the call requires
it, a link to record a completion, and the same number of queries however many applicants there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.applications import ApplicationFactory
from tests.integration.matching.matching_support import secretariat  # noqa: F401
from tests.integration.preparation.conftest import prepare, require

pytestmark = pytest.mark.django_db


def screen(client, call):
    response = client.get(reverse("matching:screen", args=[call.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_without_a_rule_the_screen_says_nothing_about_preparation(client, secretariat, match_pair):  # noqa: F811
    html = screen(client, match_pair[0].call.specific)
    assert "Preparation before matching" not in html and "Preparation missing" not in html


def test_the_screen_shows_who_is_prepared_and_links_to_record_the_others(client, secretariat, pair):  # noqa: F811
    mentee, mentor = pair
    prepare(mentor)
    html = screen(client, mentee.call.specific)
    section = html.split('id="preparation-heading"')[1].split("</section>")[0]
    assert "This call requires: Mentors and mentees." in section
    zeynep_row = section.split("Zeynep Kurgu")[1].split("</tr>")[0]
    hakan_row = section.split("Hakan Deneme")[1].split("</tr>")[0]
    assert "Preparation missing" in zeynep_row and f"{reverse('preparation:add')}?application={mentee.pk}" in zeynep_row
    assert "Preparation completed" in hakan_row and "Record a completion" not in hakan_row
    prepare(mentee)
    html = screen(client, mentee.call.specific)
    suggestion = html.split("matching-suggestions")[1].split("</table>")[0]
    assert suggestion.count("Preparation completed") == 2  # beside the mentee and the mentor of the suggestion


def _pool(call, size):
    people = []
    for n in range(size):
        for role in ("mentee", "mentor"):
            people.append(ApplicationFactory(call=call, role=role, name=f"{role} {n}", email=f"{role}{n}@example.org",
                                             statuses=["under_review", "eligible"]))
    for person in people[::3]:
        prepare(person)
    return people


def _queries(client, call) -> int:
    with CaptureQueriesContext(connection) as queries:
        screen(client, call)
    return len(queries)


def test_the_screen_reads_everyone_s_preparation_in_one_query(client, secretariat, open_call):  # noqa: F811
    call = open_call("tr")
    require(call, "both")
    _pool(call, 2)
    screen(client, call)  # the first admin request of a session reads more (the user's profile, the menu)
    small = _queries(client, call)
    _pool_more = [ApplicationFactory(call=call, role=role, name=f"Ek {role} {n}", email=f"ek-{role}{n}@example.org",
                                     statuses=["under_review", "eligible"]) for n in range(6) for role in ("mentee", "mentor")]
    for person in _pool_more[::3]:
        prepare(person)
    assert _queries(client, call) == small
    with CaptureQueriesContext(connection) as queries:
        screen(client, call)
    assert sum('"programs_preparationrecord"' in q["sql"] for q in queries.captured_queries) == 1
