"""Shared helpers for the calls and applications tests: the demo calls and a valid application."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from demo.loader.common import key_uuid
from programs.models import CallPage, Institution

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64


def demo_call(key: str, language: str = "en") -> CallPage:
    return CallPage.objects.get(translation_key=key_uuid(f"call:{key}"), locale__language_code=language)


def open_call(language="en") -> CallPage:
    return demo_call("expert_digital", language)


def apply_url(call) -> str:
    return call.url + "apply/"


def pdf(name="cv.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def valid_data(call, **overrides) -> dict:
    """A complete, valid application to ``call`` as POST data."""
    data = {
        "name": "Ayşe Yılmaz",
        "email": "ayse.yilmaz@example.org",
        "phone": "+90 312 000 00 00",
        "institution": str(Institution.objects.order_by("name").first().pk),
        "institution_other": "",
        "unit": "Bilgi İşlem",
        "position": "Uzman",
        "role": call.fixed_role() or "mentee",
        "themes": [str(t.pk) for t in call.themes.all()[:1]],
        "description": "We need help moving paper petitions to an e-government workflow.",
        "preferred_format": "either",
        "languages": ["tr", "en"],
        "availability": "Tuesdays",
        "data_consent": "on",
    }
    for question in call.questions.all():
        name = "q_" + question.clean_name
        if question.field_type in ("dropdown", "radio"):
            data[name] = [c.strip() for c in question.choices.split(",")][0]
        elif question.field_type == "checkboxes":
            data[name] = [c.strip() for c in question.choices.split(",")][:1]
        elif question.field_type == "checkbox":
            data[name] = "on"
        elif question.field_type == "date":
            data[name] = "2030-01-15"
        else:
            data[name] = "An answer"
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def close(call, days_ago=1):
    call.closes_at = timezone.now() - datetime.timedelta(days=days_ago)
    call.results_announced_at = None
    call.save(update_fields=["closes_at", "results_announced_at"])
