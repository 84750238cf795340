"""The match announcement: a draft news page, in every language, from a call's agreed matches.

Communications edit and publish it through the moderation workflow, so
this only creates drafts. A person is named only with the publication
consent they gave in their application; otherwise the announcement shows
their role and institution. Proposed, unconfirmed or cancelled matches
never appear.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Locale

from home.blocks import stream
from home.models import NewsIndexPage, NewsPage
from home.slugs import ascii_slug
from programs.matching import states as match_states
from programs.models import Match

LOG_ANNOUNCED = "programs.match_announcement"


def announced_matches(call):
    return (
        Match.objects.filter(call=call.original, state__in=match_states.AGREED_STATES)
        .select_related("mentee__institution", "mentor__institution", "group")
        .order_by("confirmed_at", "pk")
    )


def public_name(application) -> str:
    """"Name, position (institution)" with consent; "Position (institution)" without."""
    role = application.position or (_("Mentor") if application.role == "mentor" else _("Mentee"))
    if application.publication_consent:
        return f"{application.name}, {role} ({application.institution_name})"
    return f"{role} ({application.institution_name})"


def mentor_side(match) -> str:
    if match.mentor_id:
        return public_name(match.mentor)
    return ", ".join(public_name(m) for m in match.group.mentors.order_by("pk"))


def call_title(call, language: str) -> str:
    """The call's title in ``language`` (its translation's), else as written."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = call.get_translation_or_none(locale) if locale is not None else None
    return (translated or call).title


def content(call, matches, language: str) -> dict:
    """Title, intro and body of the announcement of ``call`` in ``language``."""
    with translation.override(language):
        items = "".join(
            "<li>" + escape(_("%(mentee)s, with %(mentor)s") % {"mentee": public_name(m.mentee), "mentor": mentor_side(m)}) + "</li>"
            for m in matches
        )
        count = len(matches)
        return {
            # Names the call: an editor finds the draft by it, a reader knows which call it concludes.
            "title": _("%(call)s: matching results") % {"call": call_title(call, language)},
            "intro": ngettext(
                "The secretariat has matched %(count)s mentee with an expert of another institution, with the written consent of every party.",
                "The secretariat has matched %(count)s mentees with experts of other institutions, with the written consent of every party.",
                count,
            ) % {"count": count},
            "body": stream([
                ("heading", _("Who works with whom")),
                ("paragraph", f"<ul>{items}</ul>"),
                ("paragraph", "<p>" + escape(_("Names appear only with the person's consent; otherwise we give the role and the institution.")) + "</p>"),
            ]),
        }


def _unique_slug(parent, base: str) -> str:
    slug, n = base, 1
    while parent.get_children().filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def create_announcement(call, user=None) -> dict:
    """Draft news pages {language: page}, the first language's page being the source."""
    matches = list(announced_matches(call))
    if not matches:
        raise ValidationError(_("There is no confirmed match to announce yet."))
    codes = [code for code, _name in settings.LANGUAGES]
    source_locale = Locale.objects.get(language_code=codes[0])
    index = NewsIndexPage.objects.filter(locale=source_locale).first()
    if index is None:
        raise ValidationError(_("Create the news index page first."))
    programme = call.programme if call.programme.locale_id == source_locale.pk else call.programme.get_translation_or_none(source_locale)
    pages = {}
    fields = content(call, matches, codes[0])
    page = NewsPage(
        locale=source_locale, live=False, date=timezone.localdate(), programme=programme,
        slug=_unique_slug(index, ascii_slug(fields["title"])[:60].strip("-") or "eslesmeler"), **fields,
    )
    index.add_child(instance=page)
    page.themes.set(call.themes.all())
    page.save_revision(user=user)
    pages[codes[0]] = page
    for code in codes[1:]:
        target = Locale.objects.filter(language_code=code).first()
        if target is None or index.get_translation_or_none(target) is None:
            continue
        translated = page.copy_for_translation(target).specific
        for name, value in content(call, matches, code).items():
            setattr(translated, name, value)
        translated.slug = _unique_slug(translated.get_parent(), ascii_slug(translated.title)[:60].strip("-") or "matches")
        if programme is not None:
            translated.programme = programme.get_translation_or_none(target) or programme
        translated.save()  # a draft's own row, not only its revision, carries the translated text
        translated.save_revision(user=user)
        pages[code] = translated
    log(instance=page, action=LOG_ANNOUNCED, user=user, data={"call": call.pk, "matches": [m.pk for m in matches]})
    return pages
