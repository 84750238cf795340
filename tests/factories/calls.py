"""Programme index, programme and call pages in both languages, with the call's own questions."""

import datetime

from django.utils import timezone

from home.blocks import stream
from programs.models import CallIndexPage, CallPage, CallQuestion, ProgramIndexPage, ProgramPage
from tests.factories.pages import Translations, both, section, translated_page

QUESTIONS = {  # the demo's digital transformation call asks these
    "tr": [
        ("Başvurunuz en çok hangi alanla ilgili?", "dropdown", "E-belediye hizmetleri,Veri yönetimi ve açık veri,Sosyal medya,Diğer"),
        ("Üzerinde çalıştığınız ya da tamamladığınız dijital proje", "multiline", ""),
        ("Birim amirim bu başvurudan haberdardır.", "checkbox", ""),
    ],
    "en": [
        ("Which field is your application most about?", "dropdown", "E-government services,Data management and open data,Social media,Other"),
        ("The digital project you are working on or have completed", "multiline", ""),
        ("My line manager knows about this application.", "checkbox", ""),
    ],
}


def at_day(offset, hour=17):
    """Offset days from today at a fixed Istanbul hour, as the demo dates calls (None stays None)."""
    if offset is None:
        return None
    today = timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(today + datetime.timedelta(days=offset), datetime.time(hour, 0)))


def programme_index(tree) -> Translations:
    return section(tree.tr, ProgramIndexPage, both({"tr": "Programlar", "en": "Programmes"},
                                                            {"tr": "programlar", "en": "programmes"}, show_in_menus=True))


def call_index(tree) -> Translations:
    return section(tree.tr, CallIndexPage, both({"tr": "Çağrılar", "en": "Calls"}, {"tr": "cagrilar", "en": "calls"},
                                                         show_in_menus=True))


def programme(index: Translations, title, slug=None, *, program_type="expert_exchange", themes=(), **fields) -> Translations:
    texts = both(title, slug, summary=fields.pop("summary", "A programme summary."), objectives="<p>Objectives.</p>",
                 steps=stream([("step", {"title": "Apply", "text": "Send the form."})]), body=stream([]))
    return translated_page(index["tr"], ProgramPage, texts, {"program_type": program_type, "format": "hybrid", **fields},
                           m2m={"themes": list(themes)})


def call(programme: Translations, title, slug=None, *, themes=(), roles="both", opens_in_days=-10, closes_in_days=30,
         results_in_days=45, questions=False, places=20, **fields) -> Translations:
    """A call under ``programme``; ``questions=True`` adds the demo's three required questions in each language."""
    texts = both(title, slug, intro=fields.pop("intro", "A call for mentors and mentees."), **fields)
    if questions:
        for code in texts:
            texts[code]["questions"] = [
                CallQuestion(label=label, field_type=kind, required=True, choices=choices) for label, kind, choices in QUESTIONS[code]
            ]
    common = {
        "called_roles": roles, "opens_at": at_day(opens_in_days, 9), "closes_at": at_day(closes_in_days),
        "results_announced_at": at_day(results_in_days), "places": places,
    }
    return translated_page(programme["tr"], CallPage, texts, common, m2m={"themes": list(themes)})
