"""From a completed match to a good practice: a participant's proposal becomes a draft library page for the editors.

The participant answers four questions on their private link (``views.good_practice``). `propose` stores the
answers and writes them into a draft `GoodPracticePage` in the proposer's language, under that language's
library, linked to the match's programme and themes, and submits it to the site's moderation workflow as
Wagtail's "Submit for moderation" does, with no user (the proposer has no account). Nothing is published
here: the moderators see the draft under "Awaiting your review" and decide. The proposer's name and
institution reach the page only when they agreed to be named; the page's note for editors says which.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.html import linebreaks
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import Locale

from home.blocks import stream
from home.slugs import ascii_slug
from home.taxonomy import Theme, in_locale
from programs.followup.models import Feedback, GoodPracticeProposal
from programs.followup.tokens import ROLES
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Match
from resources.models import GoodPracticePage, ResourceIndexPage


def can_propose(match: Match) -> bool:
    """Only a finished mentoring has a result to tell."""
    return match.state == match_states.COMPLETED


def proposal_of(match: Match, respondent: str) -> GoodPracticeProposal | None:
    return GoodPracticeProposal.objects.filter(match=match, respondent=respondent).first()


def completed_with_proposal() -> tuple[int, int]:
    """(completed matches with at least one proposal, completed matches), for the dashboard."""
    completed = Match.objects.filter(state=match_states.COMPLETED)
    return completed.filter(good_practice_proposals__isnull=False).distinct().count(), completed.count()


def propose(match: Match, respondent: str, *, language: str, problem: str, what_was_done: str, result: str,
            to_repeat: str, consent_to_be_named: bool) -> GoodPracticeProposal:
    """Store the proposal and its draft page, submitted for moderation; ValidationError when the match is not
    completed or this side has proposed already. The match row is locked, so two answers sent at once
    from both sides' links, or twice from one, are taken one after the other."""
    if respondent not in ROLES:
        raise ValidationError(_("Unknown participant."))
    with transaction.atomic():
        match = Match.objects.select_for_update().get(pk=match.pk)  # no outer join: PostgreSQL locks no nullable side
        if not can_propose(match):
            raise ValidationError(_("A good practice can be proposed once the mentoring is completed."))
        if GoodPracticeProposal.objects.filter(match=match, respondent=respondent).exists():
            raise ValidationError(_("You have already proposed a good practice for this assignment. Thank you!"))
        proposal = GoodPracticeProposal(
            match=match, respondent=respondent, language=_language(language), problem=problem, what_was_done=what_was_done,
            result=result, to_repeat=to_repeat, consent_to_be_named=bool(consent_to_be_named),
        )
        proposal.full_clean(exclude=["match", "page"], validate_constraints=False)
        try:
            with transaction.atomic():
                proposal.save()
        except IntegrityError as exc:  # another database session got there first
            raise ValidationError(_("You have already proposed a good practice for this assignment. Thank you!")) from exc
        proposal.page = submit_draft(proposal, match)
        proposal.save(update_fields=["page"])
    return proposal


def _language(code: str) -> str:
    """The proposer's language as a site locale's code (a form in any other falls back to the default)."""
    code = (code or "").split("-")[0]
    return code if Locale.objects.filter(language_code=code).exists() else Locale.get_default().language_code


def library_for(language: str) -> ResourceIndexPage | None:
    """The library in that language; else the first library there is (its language then wins)."""
    libraries = ResourceIndexPage.objects.order_by("-live", "path")
    return libraries.filter(locale__language_code=language).first() or libraries.first()


def submit_draft(proposal: GoodPracticeProposal, match: Match) -> GoodPracticePage | None:
    """The draft page, under the library, with its first revision, in the moderation workflow."""
    library = library_for(proposal.language)
    if library is None:
        return None  # a site without a library: the secretariat still sees the proposal in the admin
    with translation.override(library.locale.language_code):
        page = draft_page(proposal, match, library)
    page.live = False
    library.add_child(instance=page)
    revision = page.save_revision(user=None, log_action=False)
    log(instance=page, action="wagtail.create", user=None, revision=revision, content_changed=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, None)
    return page


def draft_page(proposal: GoodPracticeProposal, match: Match, library: ResourceIndexPage) -> GoodPracticePage:
    """The page as the editors first see it, in the active language: the answers in the practice's fields."""
    locale = library.locale
    proposer = proposer_application(match, proposal.respondent) if proposal.consent_to_be_named else None
    institution = proposer.institution if proposer is not None and proposer.institution_id else None
    title = Truncator(" ".join(proposal.problem.split())).chars(120)
    page = GoodPracticePage(
        title=title,
        slug=find_available_slug(library, ascii_slug(title)[:80].strip("-") or "good-practice"),
        locale=locale,
        summary=proposal.problem,
        what_was_done=linebreaks(proposal.what_was_done, autoescape=True),
        results=linebreaks(proposal.result, autoescape=True),
        body=stream([
            ("heading", _("What another municipality needs to repeat it")),
            ("paragraph", linebreaks(proposal.to_repeat, autoescape=True)),
        ]),
        institution=institution,
        city=institution.city if institution else "",
        year=match.end_date.year if match.end_date else None,
        programme=match_programme(match, locale),
        editor_note=editor_note(proposal, proposer),
    )
    page.themes.set(match_themes(match, locale))
    return page


def editor_note(proposal: GoodPracticeProposal, proposer) -> str:
    """Who proposed the practice and whether they may be named; without consent, no name at all."""
    facts = {
        "date": formats.date_format(timezone.localdate(proposal.created_at), "j F Y"),
        "side": proposal.get_respondent_display(),
    }
    if proposer is None:
        return _(
            "Proposed on %(date)s by a participant of a completed match (%(side)s). They did not agree to be named: "
            "do not add their name or institution to this page."
        ) % facts
    return _(
        "Proposed on %(date)s by a participant of a completed match (%(side)s): %(name)s, %(institution)s. "
        "They agreed to be named with their institution."
    ) % {**facts, "name": proposer.name, "institution": proposer.institution_name}


def proposer_application(match: Match, respondent: str):
    """The proposer's application; for a group's mentor side, only when the group has a single mentor."""
    if respondent == Feedback.Respondent.MENTEE:
        return match.mentee
    mentors = match_workflow.mentor_applications(match)
    return mentors[0] if len(mentors) == 1 else None


def match_programme(match: Match, locale: Locale):
    """The programme of the match's call, in the page's language when it is translated."""
    programme = match.call.specific.programme
    return programme.get_translation_or_none(locale) or programme


def match_themes(match: Match, locale: Locale) -> list[Theme]:
    """The mentee's themes (what the mentoring was about), else the call's, in the page's language where
    translated (a page may point at rows of another language, as translations do)."""
    chosen = list(match.mentee.themes.all()) or list(match.call.specific.themes.all())
    localized = in_locale(Theme.objects, locale, chosen)
    return [localized.get(theme.translation_key, theme) for theme in chosen]
