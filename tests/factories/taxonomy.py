"""Themes (translatable, both languages) and institutions."""

import factory
from anyascii import anyascii
from django.utils.text import slugify

from programs.models import Institution, Theme
from tests.factories.pages import locale

THEMES = [  # (key, Turkish, English): the portal's taxonomy
    ("digital", "Dijital dönüşüm", "Digital transformation"),
    ("social_media", "Sosyal medya ve iletişim", "Social media and communication"),
    ("urban_planning", "Kentsel planlama", "Urban planning"),
    ("social_services", "Sosyal hizmetler", "Social services"),
    ("finance", "Mali yönetim", "Financial management"),
    ("climate", "Çevre ve iklim", "Environment and climate"),
    ("hr", "İnsan kaynakları", "Human resources"),
    ("disaster", "Afet yönetimi", "Disaster management"),
    ("participation", "Katılımcılık ve halkla ilişkiler", "Citizen participation"),
    ("leadership", "Liderlik ve yönetim", "Leadership and management"),
]


def theme(tr: str, en: str) -> Theme:
    """A Turkish theme and its English translation (as the demo loader); returns the Turkish one."""
    source = Theme.objects.create(locale=locale("tr"), name=tr, slug=slugify(anyascii(tr)))
    english = source.copy_for_translation(locale("en"))
    english.name, english.slug = en, slugify(anyascii(en))
    english.save()
    return source


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Örnek {n} Belediyesi")
    kind = Institution.Kind.DISTRICT
    city = "Kuzeyşehir"
    is_member = True
