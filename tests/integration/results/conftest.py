"""A call with known numbers: 7 mentee and 3 mentor applications, one confirmed match with meetings and feedback."""

import datetime

import pytest

from programs.followup.feedback import submit_feedback
from programs.followup.meetings import log_meeting
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Feedback
from tests.factories.applications import ApplicationFactory
from tests.factories.matching import match, with_consents

SHORTLISTED = ["under_review", "eligible", "shortlisted"]


@pytest.fixture
def results_data(open_call, institutions, themes):
    call = open_call("tr")
    mentees = [
        ApplicationFactory(call=call, role="mentee", name=f"Gizli Başvuran {n}", email=f"gizli{n}@example.org",
                           institution=institutions["kuzeysehir_bb"], themes=[themes["digital"]], statuses=SHORTLISTED)
        for n in range(7)
    ]
    mentors = [
        ApplicationFactory(call=call, role="mentor", name=f"Saklı Mentor {n}", email=f"sakli{n}@example.org",
                           institution=institutions["yaylakent"], themes=[themes["digital"]], statuses=SHORTLISTED)
        for n in range(3)
    ]
    confirmed = match_workflow.transition(with_consents(match(mentees[0], mentors[0])), match_states.CONFIRMED)
    today = confirmed.start_date
    for day in range(6):
        log_meeting(confirmed, held_on=today, format="online", duration_minutes=60, topic=f"Gizli konu {day}")
    feedback = Feedback.objects.create(match=confirmed, respondent="mentee", stage="midpoint")
    submit_feedback(feedback, rating=5, went_well="Gizli Başvuran 0 yazdı: harikaydı")
    return {"call": open_call, "mentees": mentees, "mentors": mentors, "match": confirmed, "today": today + datetime.timedelta()}
