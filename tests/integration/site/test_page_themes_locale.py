"""The page editor offers only the themes written in the page's language.

wagtail-localize copies a page's themes to its translations as they are,
so an English translation points at Turkish theme rows; the editor shows
them as the same themes in English and keeps them when it saves.
"""

import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from home.models import EventPage, NewsPage
from programs.models import CallPage, ProgramPage, Theme
from resources.models import GoodPracticePage, TrainingMaterialPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library", "calls")]  # a themed page of every kind

THEMED = [ProgramPage, CallPage, NewsPage, EventPage, GoodPracticePage, TrainingMaterialPage]
IDS = [model.__name__ for model in THEMED]
CHECKBOX = re.compile(r'<input type="checkbox" name="themes" value="(\d+)"([^>]*)>\s*([^<]+?)\s*</label>')


def theme_boxes(html: str) -> dict[int, tuple[str, bool]]:
    """{theme pk: (label, checked)} of the editor's theme checkboxes."""
    return {int(pk): (label, "checked" in attrs) for pk, attrs, label in CHECKBOX.findall(html)}


def demo_page(model, language):
    return model.objects.filter(locale__language_code=language, themes__isnull=False).distinct().order_by("pk").first()


def themes_of(language):
    return {theme.pk: theme.name for theme in Theme.objects.filter(locale__language_code=language)}


@pytest.mark.parametrize("model", THEMED, ids=IDS)
@pytest.mark.parametrize("language", ["tr", "en"])
def test_a_new_page_is_offered_the_themes_of_its_language_only(admin_client, model, language):
    parent = demo_page(model, language).get_parent()
    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    boxes = theme_boxes(admin_client.get(url).content.decode())
    assert {pk: label for pk, (label, _checked) in boxes.items()} == themes_of(language)
    assert not any(checked for _label, checked in boxes.values())


def test_turkish_themes_are_listed_in_turkish_alphabetical_order(admin_client):
    parent = demo_page(NewsPage, "tr").get_parent()
    labels = [label for _pk, _attrs, label in CHECKBOX.findall(admin_client.get(f"/admin/pages/add/home/newspage/{parent.pk}/").content.decode())]
    assert labels == [  # Ç before D and İ before K, not after Z as code points would have them
        "Afet yönetimi", "Çevre ve iklim", "Dijital dönüşüm", "İnsan kaynakları", "Katılımcılık ve halkla ilişkiler",
        "Kentsel planlama", "Liderlik ve yönetim", "Mali yönetim", "Sosyal hizmetler", "Sosyal medya ve iletişim",
    ]


@pytest.mark.parametrize("model", THEMED, ids=IDS)
def test_an_english_translation_shows_its_themes_in_english(admin_client, model):
    english = demo_page(model, "en")
    stored = list(english.themes.all())
    assert {theme.locale.language_code for theme in stored} == {"tr"}  # wagtail-localize's copy of the source's rows
    boxes = theme_boxes(admin_client.get(f"/admin/pages/{english.pk}/edit/").content.decode())
    expected = {Theme.objects.get(translation_key=theme.translation_key, locale__language_code="en").pk for theme in stored}
    assert {pk for pk, (_label, checked) in boxes.items() if checked} == expected
    assert set(boxes) == set(themes_of("en"))


def test_a_theme_of_the_other_language_is_refused():
    page = demo_page(NewsPage, "tr")
    form_class = NewsPage.get_edit_handler().get_form_class()
    form = form_class(instance=page, parent_page=page.get_parent(), for_user=None)
    english_theme = Theme.objects.filter(locale__language_code="en").first()
    turkish_theme = Theme.objects.get(translation_key=english_theme.translation_key, locale__language_code="tr")
    with pytest.raises(ValidationError):
        form.fields["themes"].clean([english_theme.pk])
    assert list(form.fields["themes"].clean([turkish_theme.pk])) == [turkish_theme]


def test_a_chosen_theme_without_translation_stays_offered_so_saving_keeps_it():
    english = demo_page(NewsPage, "en")
    untranslated = Theme.objects.create(locale=Locale.objects.get(language_code="tr"), name="Yalnız Türkçe", slug="yalniz-turkce")
    english.themes.add(untranslated)
    form_class = NewsPage.get_edit_handler().get_form_class()
    form = form_class(instance=english, parent_page=english.get_parent(), for_user=None)
    assert untranslated in form.fields["themes"].queryset
    assert untranslated.pk in form["themes"].value()
