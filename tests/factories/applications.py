"""Applications recorded as production records them: created, then ``states.record_submission``, then allowed status changes."""

import datetime
import io

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from pypdf import PdfWriter

from programs.applications import states
from programs.models import Application, Institution
from tests.factories.taxonomy import InstitutionFactory


class ApplicationFactory(factory.django.DjangoModelFactory):
    """``statuses=[...]`` lists the statuses to go through after submission (allowed transitions only)."""

    class Meta:
        model = Application
        skip_postgeneration_save = True

    call = None  # required: a CallPage
    role = "mentee"
    name = factory.Sequence(lambda n: f"Başvuran {n}")
    email = factory.Sequence(lambda n: f"basvuran{n}@example.org")
    phone = "+90 312 000 00 00"
    institution = factory.SubFactory(InstitutionFactory)
    unit = "Bilgi İşlem"
    position = "Uzman"
    description = "Belediyemizde dijital dönüşüm için destek arıyoruz."
    preferred_format = "either"
    languages = factory.LazyFunction(lambda: ["tr"])
    availability = "Salı günleri"
    data_consent = True
    language = factory.LazyAttribute(lambda o: o.call.locale.language_code)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def submitted(self, create, extracted, **kwargs):
        states.record_submission(self)

    @factory.post_generation
    def statuses(self, create, extracted, **kwargs):
        for status in extracted or ():
            states.change_status(self, status, note="Test", notify=False)


# Form data for the public application form (what a browser would post).

def _pdf() -> bytes:
    """A real one-page PDF: uploads are opened by pypdf, so a header alone would be refused."""
    writer, out = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=595, height=842)
    writer.write(out)
    return out.getvalue()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 3), (200, 30, 40)).save(out, format="PNG")
    return out.getvalue()


PDF = _pdf()
PNG = _png()


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
