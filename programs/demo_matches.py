"""Demo matching for the closed call (idempotent): one active match with its three
consents and two meetings, and its published announcement. The other
shortlisted mentee is left for the secretariat to match in the admin.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from programs.followup.meetings import log_meeting
from programs.matching import announcements, suggestions
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Application, ConsentMethod, Match, MeetingFormat, Party

MENTEE_EMAIL = "gul.taslak@example.org"
MENTOR_EMAIL = "aylin.kurgusal@example.org"


@transaction.atomic
def load(stdout) -> None:
    mentee = Application.objects.filter(email=MENTEE_EMAIL).select_related("call").first()
    mentor = Application.objects.filter(email=MENTOR_EMAIL, call_id=getattr(mentee, "call_id", None)).first()
    if mentee is None or mentor is None or Match.objects.filter(mentee=mentee).exists():
        stdout.write("Matches: nothing to add.")
        return
    user = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    call = mentee.call.specific
    today = timezone.localdate()
    score, lines, _blocked = suggestions.explain_pair(call, mentee, mentor)
    match = match_workflow.create_match(
        call, mentee, mentor=mentor, user=user, score=score, explanation=lines,
        start_date=today - datetime.timedelta(days=12), end_date=today + datetime.timedelta(days=170), format="face_to_face",
        conditions="Ayda iki yüz yüze görüşme; yol giderleri kurumlarca karşılanır.",
    )
    for offset, party in enumerate(Party.values):
        match_workflow.record_consent(
            match, party, today - datetime.timedelta(days=20 - offset), ConsentMethod.SIGNED_FORM if party == Party.EXPERT else ConsentMethod.LETTER, user=user
        )
    match_workflow.transition(match, match_states.CONFIRMED, user=user)
    match_workflow.transition(match, match_states.ACTIVE, user=user)
    for days, topic in ((10, "Tanışma ve gelişim planı"), (3, "Ergenlik döneminde iletişim")):
        log_meeting(
            match, held_on=today - datetime.timedelta(days=days), format=MeetingFormat.FACE_TO_FACE, duration_minutes=90,
            topic=topic, notes="Demo kaydı.",
        )
    pages = announcements.create_announcement(call, user=user)
    for page in pages.values():
        page.get_latest_revision().publish(user=user)
    stdout.write(f"Matches: 1 active match with consents and meetings; announcement published in {len(pages)} languages.")
