"""A finished 2025 cycle behind the results pages: its call, applications, completed matches, meetings and
ratings, recorded through the portal's own functions and then anonymised, as the retention rules leave a past
cycle. The results count it like any other; nobody's name or e-mail is left in it."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from demo.loader.common import data, languages
from demo.loader.pages import ensure_page
from demo.loader.programmes import ensure_institutions, ensure_themes, programme_pages
from programs.applications import states
from programs.followup.feedback import submit_feedback
from programs.followup.meetings import log_meeting
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Application, CallPage, ConsentMethod, Feedback, Party
from programs.privacy.anonymise import anonymise_application, anonymise_match

SHORTLISTED = ("under_review", "eligible", "shortlisted")


def load(stdout) -> None:
    spec = data("history")
    call = _ensure_call(spec["call"])
    if Application.objects.filter(call_key=call.translation_key).exists():
        stdout.write("Past cycle: nothing to add.")
        return
    mentees, mentors = _applications(spec, call)
    matches = _matches(spec, call, mentees, mentors)
    for application in mentees + mentors:
        anonymise_application(application, reason=spec["erased_because"])
    for match in matches:
        anonymise_match(match, reason=spec["erased_because"])
    stdout.write(f"Past cycle: {len(mentees) + len(mentors)} applications and {len(matches)} matches, anonymised.")


def _ensure_call(item: dict) -> CallPage:
    themes = ensure_themes()
    fields = {
        code: {"title": item[code]["title"], "slug": item["slug"][code], "intro": item[code]["intro"]} for code in languages()
    }
    common = {
        "called_roles": "both", "places": item["places"], "opens_at": parse_datetime(item["opens_at"]),
        "closes_at": parse_datetime(item["closes_at"]), "results_announced_at": parse_datetime(item["results_announced_at"]),
    }
    parent = programme_pages()[item["programme"]]["tr"]
    pages = ensure_page(parent, CallPage, f"call:{item['key']}", fields, common, m2m={"themes": [themes[k] for k in item["themes"]]})
    return pages["tr"]


def _applications(spec: dict, call: CallPage) -> tuple[list, list]:
    institutions, themes = ensure_institutions(), ensure_themes()
    submitted = call.opens_at + datetime.timedelta(days=10)
    made = {"mentee": [], "mentor": []}
    for group in spec["applicants"]:
        for role in ("mentee", "mentor"):
            for _n in range(group[f"{role}s"]):
                number = len(made["mentee"]) + len(made["mentor"]) + 1
                application = Application.objects.create(
                    call=call, role=role, name=f"Geçmiş dönem katılımcısı {number}", email=f"gecmis-donem-{number}@example.org",
                    phone="+90 312 000 00 00", institution=institutions[group["institution"]], description="2025 dönemi.",
                    data_consent=True, language="tr", created_at=submitted,
                )
                application.themes.set([themes[key] for key in group["themes"]])
                states.record_submission(application)
                for status in SHORTLISTED:
                    states.change_status(application, status, note="2025", notify=False)
                made[role].append(application)
    return made["mentee"], made["mentor"]


def _pairs(mentees, mentors, count):
    """Each mentee with the next free mentor of another institution."""
    free, pairs = list(mentors), []
    for mentee in mentees:
        mentor = next((m for m in free if m.institution_id != mentee.institution_id), None)
        if mentor is not None and len(pairs) < count:
            free.remove(mentor)
            pairs.append((mentee, mentor))
    return pairs


def _matches(spec: dict, call: CallPage, mentees, mentors) -> list:
    plan, user = spec["matches"], get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    start, end = parse_date(plan["start"]), parse_date(plan["end"])
    matches = []
    pairs = _pairs(mentees, mentors, plan["completed"] + plan["cancelled"])
    for number, (mentee, mentor) in enumerate(pairs):
        match = match_workflow.create_match(call, mentee, mentor=mentor, user=user, start_date=start, end_date=end, format="either")
        if number >= plan["completed"]:
            match_workflow.transition(match, match_states.CANCELLED, user=user, reason="2025")
            matches.append(match)
            continue
        for party in Party.values:
            match_workflow.record_consent(match, party, start - datetime.timedelta(days=7), ConsentMethod.LETTER, user=user)
        match_workflow.transition(match, match_states.CONFIRMED, user=user, on=start - datetime.timedelta(days=5))
        match_workflow.transition(match, match_states.ACTIVE, user=user, on=start)
        for meeting in spec["meetings"]:
            log_meeting(match, held_on=start + datetime.timedelta(days=meeting["days_after_start"]), format=meeting["format"],
                        duration_minutes=meeting["duration_minutes"], topic="2025")
        _feedback(match, spec["ratings"], number, start, end)
        match_workflow.transition(match, match_states.COMPLETED, user=user, on=end)
        matches.append(match)
    return matches


def _feedback(match, ratings: dict, number: int, start, end) -> None:
    for stage, day in (("midpoint", start + (end - start) / 2), ("final", end)):
        moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
        feedback = Feedback.objects.create(match=match, respondent="mentee", stage=stage, sent_at=moment)
        submit_feedback(feedback, rating=ratings[stage][number])
        Feedback.objects.filter(pk=feedback.pk).update(submitted_at=moment + datetime.timedelta(days=2))
