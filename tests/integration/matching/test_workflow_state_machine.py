"""Applications, decisions, suggestions, matches, consents and feedback in random order, through the real
service functions: whatever the order, the rules of issue 12 hold after every step.

A refused operation (ValidationError, a match TransitionError, a duplicate application) is an allowed
answer; anything else (an IntegrityError, a crash) fails the test. Each example runs in a savepoint that
is rolled back, so every example starts from the same call with no applications.
"""

import datetime
from collections import Counter
from types import SimpleNamespace

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from wagtail.models import ModelLogEntry

from home import roles
from programs.applications import applying
from programs.applications import states as application_states
from programs.followup.feedback import send_due_feedback_requests, submit_feedback
from programs.matching import states as match_states
from programs.matching import suggestions
from programs.matching import workflow as match_workflow
from programs.models import Application, Consent, ConsentMethod, Feedback, Match, Party
from tests.integration.matching.matching_support import user_in

pytestmark = pytest.mark.django_db

S = Application.Status
REFUSED = (ValidationError, match_states.TransitionError, applying.DuplicateApplication)
LIVE = [s for s, _label in match_states.STATE_CHOICES if s != match_states.CANCELLED]
AGREED = (match_states.CONFIRMED, match_states.ACTIVE, match_states.COMPLETED)
IN_THE_RUNNING = set(application_states.MATCHABLE_STATUSES)

DESCRIPTIONS = [
    "Belediyemizde e-belediye hizmetlerini dijitalleştirmek için destek arıyoruz.",
    "Açık veri portalı ve veri yönetimi konusunda deneyimimi paylaşabilirim.",
    "We want to move paper petitions to an e-government workflow.",
    "I have led open data and digital service projects for ten years.",
]


def attempt(label, operation):
    """Run ``operation``; a refusal is an allowed answer (counted in Hypothesis's statistics), anything else fails."""
    try:
        result = operation()
    except REFUSED:
        event(f"{label}: refused")
        return None
    event(f"{label}: done")
    return result


def today():
    return timezone.localdate()


def log_entries(model, action) -> dict[int, list]:
    """{object pk: its log entries of ``action``, oldest first}, in one query."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    entries = {}
    for entry in ModelLogEntry.objects.filter(content_type=content_type, action=action).order_by("timestamp", "pk"):
        entries.setdefault(int(entry.object_id), []).append(entry)
    return entries


class Workflow(RuleBasedStateMachine):
    """One call (its Turkish and English pages), its secretary and the institutions; set by the test."""

    call = None  # Translations of the open call
    institutions = ()

    mentees = Bundle("mentees")
    mentors = Bundle("mentors")
    matches = Bundle("matches")

    def __init__(self):
        super().__init__()
        self._savepoint = transaction.atomic()
        self._savepoint.__enter__()
        self.secretary = user_in(roles.SECRETARIAT, "sekreter")
        self.emails = 0
        self.stale_rows = []  # (mentee pk, mentor pk) shown by an earlier suggestion screen
        self.answers = {}  # feedback pk -> the first answer, which must never change

    def teardown(self):
        transaction.set_rollback(True)
        self._savepoint.__exit__(None, None, None)

    # -- applications ------------------------------------------------------------------------------------
    def _submit(self, role, language, email, institution, description):
        page = self.call(language)
        form = SimpleNamespace(
            cleaned_data={
                "role": role, "name": f"Başvuran {email.split('@')[0]}", "email": email, "phone": "+90 312 000 00 00",
                "institution": institution, "description": description, "preferred_format": "either",
                "languages": ["tr", "en"], "availability": "Salı", "data_consent": True, "themes": list(page.themes.all()),
            },
            answers=dict,
        )
        return applying.submit(page, form, language)

    APPLY = {"language": st.sampled_from(["tr", "en"]), "institution": st.integers(0, 2), "text": st.integers(0, 3),
             "depth": st.integers(0, 4)}

    @rule(target=mentees, **APPLY)
    def apply_as_mentee(self, language, institution, text, depth):
        """Someone applies (in Turkish or English) and the secretariat reviews as far as ``depth`` at once."""
        self.emails += 1
        pk = self._submit("mentee", language, f"danisan{self.emails}@example.org", self.institutions[institution], DESCRIPTIONS[text]).pk
        return self._review(pk, depth)

    @rule(target=mentors, **APPLY)
    def apply_as_mentor(self, language, institution, text, depth):
        self.emails += 1
        pk = self._submit("mentor", language, f"mentor{self.emails}@example.org", self.institutions[institution], DESCRIPTIONS[text]).pk
        return self._review(pk, depth)

    @rule(pk=st.one_of(mentees, mentors), depth=st.integers(1, 4))
    def review(self, pk, depth):
        self._review(pk, depth)

    def _review(self, pk, depth):
        """The secretariat's usual path: under review, eligible, shortlisted, waitlisted (as far as ``depth``)."""
        application = Application.objects.get(pk=pk)
        for status in (S.UNDER_REVIEW, S.ELIGIBLE, S.SHORTLISTED, S.WAITLISTED)[:depth]:
            if application_states.can_change(application.status, status):
                attempt(f"decision {status}", lambda: application_states.change_status(application, status, user=self.secretary))
        return pk

    @rule(pk=st.one_of(mentees, mentors), language=st.sampled_from(["tr", "en"]))
    def apply_again_in_any_language(self, pk, language):
        """The same e-mail, in other letter case and perhaps the other language: one application per call."""
        application = Application.objects.get(pk=pk)
        before = Application.objects.count()
        with pytest.raises(applying.DuplicateApplication):
            self._submit(application.role, language, application.email.upper(), None, DESCRIPTIONS[0])
        assert Application.objects.count() == before

    @rule(pk=st.one_of(mentees, mentors), status=st.sampled_from(S.values))
    def secretariat_decides(self, pk, status):
        application = Application.objects.get(pk=pk)
        attempt(f"decision {status}", lambda: application_states.change_status(application, status, user=self.secretary, note="Karar"))

    @rule(pk=st.one_of(mentees, mentors))
    def applicant_withdraws(self, pk):
        application = Application.objects.get(pk=pk)
        attempt(f"withdrawal when {application.status}", lambda: applying.withdraw(application, note="Vazgeçtim"))

    @rule(pk=matches, side=st.sampled_from(["mentee", "mentor"]), status=st.sampled_from([S.WITHDRAWN, S.INELIGIBLE, S.NOT_SELECTED]))
    def someone_in_a_match_leaves(self, pk, side, status):
        """The applicant withdraws, or the secretariat decides against, while a match of theirs is under way."""
        if pk is None:
            return
        application = getattr(Match.objects.get(pk=pk), side)
        if status == S.WITHDRAWN:
            attempt(f"{side} in a match withdraws", lambda: applying.withdraw(application, note="Vazgeçtim"))
        else:
            attempt(f"{side} in a match becomes {status}", lambda: application_states.change_status(application, status, user=self.secretary))

    @rule(outcome=st.sampled_from([S.WAITLISTED, S.NOT_SELECTED]))
    def close_matching(self, outcome):
        decided = match_workflow.close_matching(self.call("tr"), outcome, user=self.secretary)
        event(f"close matching: {'someone' if decided else 'nobody'} decided")

    # -- suggestions and matches ---------------------------------------------------------------------------
    def _create(self, mentee, mentor, **extra):
        start = today()
        return match_workflow.create_match(
            self.call("en"), mentee, mentor=mentor, user=self.secretary, start_date=start,
            end_date=start + datetime.timedelta(days=90), **extra,
        ).pk

    @rule(target=matches, index=st.integers(0, 5))
    def accept_a_suggestion(self, index):
        rows = suggestions.for_call(self.call("tr")).rows
        self.stale_rows.extend((mentee.pk, mentor.pk) for mentee, mentor, _score, _lines in rows)
        if not rows:
            event("accept a suggestion: none to accept")
            return None
        mentee, mentor, score, lines = rows[index % len(rows)]
        return attempt("accept a suggestion", lambda: self._create(mentee, mentor, score=score, explanation=lines))

    @rule(target=matches, languages=st.tuples(st.sampled_from(["tr", "en"]), st.sampled_from(["tr", "en"])))
    def new_pair_suggested_and_accepted(self, languages):
        """A mentee and a mentor (of other institutions, perhaps in different languages) shortlisted, then their
        suggestion accepted: keeps matches coming whatever else the run did."""
        pks = []
        for role, language, institution in zip(("mentee", "mentor"), languages, self.institutions):
            self.emails += 1
            pks.append(self._review(self._submit(role, language, f"{role}{self.emails}@example.org", institution, DESCRIPTIONS[1]).pk, 3))
        rows = [row for row in suggestions.for_call(self.call("tr")).rows if row[0].pk == pks[0]]
        if not rows:
            event("new pair: not suggested")
            return None
        mentee, mentor, score, lines = rows[0]
        return attempt("accept the new pair's suggestion", lambda: self._create(mentee, mentor, score=score, explanation=lines))

    @rule(target=matches, index=st.integers(0, 20))
    def accept_a_stale_suggestion(self, index):
        """A suggestion screen opened before withdrawals, decisions and other accepts."""
        if not self.stale_rows:
            return None
        mentee, mentor = (Application.objects.get(pk=pk) for pk in self.stale_rows[index % len(self.stale_rows)])
        return attempt("accept a stale suggestion", lambda: self._create(mentee, mentor))

    @rule(target=matches, mentee=st.one_of(mentees, mentors), mentor=st.one_of(mentors, mentees))
    def match_by_hand(self, mentee, mentor):
        mentee, mentor = Application.objects.get(pk=mentee), Application.objects.get(pk=mentor)
        return attempt("match by hand", lambda: self._create(mentee, mentor))

    @rule(pk=matches, party=st.sampled_from(Party.values))
    def record_consent(self, pk, party):
        if pk is None:
            return
        match = Match.objects.get(pk=pk)
        attempt("record a consent", lambda: match_workflow.record_consent(match, party, today(), ConsentMethod.LETTER, user=self.secretary))

    @rule(pk=matches, party=st.sampled_from(Party.values), cancel=st.booleans())
    def withdraw_consent(self, pk, party, cancel):
        consent = Consent.objects.filter(match_id=pk, party=party, withdrawn_on__isnull=True).first()
        if consent is None:
            return
        attempt(f"withdraw a consent of a {consent.match.state} match", lambda: match_workflow.withdraw_consent(
            consent, today(), "Kurum onayını geri çekti", user=self.secretary, cancel=cancel))

    @rule(pk=matches)
    def consent_and_confirm(self, pk):
        """The usual path: every missing consent recorded, then the match confirmed."""
        if pk is None:
            return
        match = Match.objects.get(pk=pk)
        for party in match.missing_parties():
            attempt("record a consent", lambda: match_workflow.record_consent(match, party, today(), ConsentMethod.LETTER, user=self.secretary))
        match = Match.objects.get(pk=pk)
        attempt(f"match {match.state} -> confirmed", lambda: match_workflow.transition(match, match_states.CONFIRMED, user=self.secretary))

    @rule(pk=matches, index=st.integers(0, 3), on=st.sampled_from([0, 100]))
    def move_match_on(self, pk, index, on):
        """An allowed next state (active from the start date, completed, cancelled with a reason, back to consent)."""
        if pk is None:
            return
        match = Match.objects.get(pk=pk)
        targets = sorted(match_states.allowed_targets(match.state))
        if not targets:
            return
        target_state = targets[index % len(targets)]
        attempt(f"match {match.state} -> {target_state}", lambda: match_workflow.transition(
            match, target_state, user=self.secretary, reason="Sekreterya kararı", on=today() + datetime.timedelta(days=on)))

    @rule(pk=matches, target_state=st.sampled_from([s for s, _label in match_states.STATE_CHOICES]), reason=st.sampled_from(["", "Gerekçe"]))
    def move_match(self, pk, target_state, reason):
        if pk is None:
            return
        match = Match.objects.get(pk=pk)
        attempt(f"match {match.state} -> {target_state}",
                lambda: match_workflow.transition(match, target_state, user=self.secretary, reason=reason))

    # -- feedback --------------------------------------------------------------------------------------------
    @rule(days=st.sampled_from([0, 45, 90, 120]))
    def request_due_feedback(self, days):
        sent = send_due_feedback_requests(on=today() + datetime.timedelta(days=days))
        event(f"feedback requests: {'sent' if sent else 'none due'}")

    @rule(index=st.integers(0, 20), rating=st.integers(0, 6))
    def answer_feedback(self, index, rating):
        open_rounds = list(Feedback.objects.order_by("pk"))
        if not open_rounds:
            return
        item = open_rounds[index % len(open_rounds)]
        if attempt("answer feedback", lambda: submit_feedback(item, rating=rating, went_well=f"iyi {rating}")) is None:
            return
        assert item.pk not in self.answers, "a second answer of the same round was accepted"
        self.answers[item.pk] = (rating, f"iyi {rating}")

    # -- invariants ---------------------------------------------------------------------------------------------
    @invariant()
    def live_matches_only_with_applications_in_the_running(self):
        for match in Match.objects.filter(state__in=LIVE).select_related("mentee", "mentor"):
            for application in (match.mentee, match.mentor):
                assert application.status in IN_THE_RUNNING, (match.state, application.status)

    @invariant()
    def agreed_matches_have_matched_applications(self):
        for match in Match.objects.filter(state__in=AGREED).select_related("mentee", "mentor"):
            assert (match.mentee.status, match.mentor.status) == (S.MATCHED, S.MATCHED), match.state

    @invariant()
    def one_live_match_per_mentee(self):
        live = Counter(Match.objects.filter(state__in=LIVE).values_list("mentee_id", flat=True))
        assert not [pk for pk, n in live.items() if n > 1]

    @invariant()
    def matches_pair_a_mentee_and_a_mentor_of_the_call(self):
        key = self.call("tr").translation_key
        for match in Match.objects.select_related("mentee", "mentor", "call"):
            assert match.call.pk == self.call("tr").original.pk
            assert (match.mentee.role, match.mentor.role) == ("mentee", "mentor")
            assert match.mentee.call_key == match.mentor.call_key == key

    @invariant()
    def confirmed_and_active_matches_have_three_current_consents(self):
        for match in Match.objects.filter(state__in=(match_states.CONFIRMED, match_states.ACTIVE)).prefetch_related("consents"):
            assert sorted(match.current_consents()) == sorted(Party.values), match.state
        current = Counter(Consent.objects.filter(withdrawn_on__isnull=True).values_list("match_id", "party"))
        assert all(n == 1 for n in current.values())

    @invariant()
    def one_application_per_email_per_call(self):
        emails = Counter(Application.objects.annotate(low=Lower("email")).values_list("call_key", "low"))
        assert all(n == 1 for n in emails.values())

    @invariant()
    def every_status_change_has_a_history_row_and_a_log_entry(self):
        logs = log_entries(Application, application_states.LOG_ACTION)
        for application in Application.objects.prefetch_related("events"):
            events = sorted(application.events.all(), key=lambda e: (e.created_at, e.pk))
            assert events and events[0].from_status == "" and events[0].to_status == S.SUBMITTED
            for before, after in zip(events, events[1:]):
                assert after.from_status == before.to_status
            assert events[-1].to_status == application.status
            logged = [(e.data["from"], e.data["to"]) for e in logs.get(application.pk, [])]
            assert logged == [(e.from_status, e.to_status) for e in events[1:]]

    @invariant()
    def every_match_transition_has_a_log_entry(self):
        logs = {action: log_entries(Match, action) for action in (
            match_workflow.LOG_CREATED, match_workflow.LOG_STATE, match_workflow.LOG_CONSENT, match_workflow.LOG_CONSENT_WITHDRAWN)}
        for match in Match.objects.prefetch_related("consents"):
            assert len(logs[match_workflow.LOG_CREATED].get(match.pk, [])) == 1
            moves = [(e.data["from"], e.data["to"]) for e in logs[match_workflow.LOG_STATE].get(match.pk, [])]
            state = match_states.PROPOSED
            for source, target in moves:
                assert source == state and target in match_states.allowed_targets(source), moves
                state = target
            assert state == match.state, (moves, match.state)
            consents = list(match.consents.all())
            assert len(logs[match_workflow.LOG_CONSENT].get(match.pk, [])) == len(consents)
            withdrawn = [c for c in consents if c.withdrawn_on is not None]
            assert len(logs[match_workflow.LOG_CONSENT_WITHDRAWN].get(match.pk, [])) == len(withdrawn)

    @invariant()
    def one_feedback_per_person_per_round_and_the_first_answer_stands(self):
        rounds = Counter(Feedback.objects.values_list("match_id", "respondent", "stage"))
        assert all(n == 1 for n in rounds.values())
        for item in Feedback.objects.filter(submitted_at__isnull=False):
            assert (item.rating, item.went_well) == self.answers[item.pk]
        for item in Feedback.objects.select_related("match"):
            assert item.match.state in (match_states.ACTIVE, match_states.COMPLETED, match_states.CANCELLED)


def test_the_workflow_rules_hold_in_any_order(open_call, institutions):
    Workflow.call = open_call
    Workflow.institutions = list(institutions.values())
    run_state_machine_as_test(
        Workflow,
        settings=settings(
            max_examples=12, stateful_step_count=30, deadline=None, derandomize=False,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
