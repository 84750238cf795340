"""wagtail-localize end to end: a Turkish page or theme is translated and served at its English URL."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.blocks import stream
from home.models import EventPage, NewsPage
from programs.models import ProgramPage, Theme
from resources.library import FilterOptions
from resources.models import GoodPracticePage, TrainingMaterialPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_tree")]


def translate(instance, language, strings: dict, fallback=False, on_commit=None):
    """Run wagtail-localize's flow: extract, translate strings, build and publish the target.

    wagtail-localize publishes on commit; tests run inside a transaction, so
    ``on_commit`` is pytest-django's django_capture_on_commit_callbacks.
    """
    target = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.context.path in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string, locale=target, context=segment.context,
                defaults={"data": strings[segment.context.path]},
            )
    with on_commit(execute=True):
        translated, _created = source.create_or_update_translation(target, fallback=fallback)
    translated.refresh_from_db()
    return translated


def test_new_turkish_good_practice_is_translated_and_served_in_english(client, django_capture_on_commit_callbacks, library,
                                                                       programmes, themes):
    tr_library = library["index"]("tr")
    programme = programmes["expert"]("tr")
    theme = themes["climate"]
    page = GoodPracticePage(
        title="Yağmur suyu hasadı", slug="yagmur-suyu-hasadi", summary="Okul çatılarında yağmur suyu toplandı.",
        what_was_done="<p>Depolar kuruldu.</p>", results="<p>Su faturası düştü.</p>", city="Yaylakent", programme=programme,
    )
    page.themes = [theme]
    tr_library.add_child(instance=page)
    page.save_revision().publish()

    english = translate(page, "en", {
        "title": "Rainwater harvesting", "slug": "rainwater-harvesting",
        "summary": "Rainwater was collected on school roofs.", "what_was_done": "Tanks were installed.",
        "results": "The water bill fell.", "city": "Yaylakent",
    }, on_commit=django_capture_on_commit_callbacks)
    assert english.locale.language_code == "en"
    assert english.translation_key == page.translation_key
    assert english.live
    assert english.programme.translation_key == programme.translation_key
    response = client.get("/en/library/rainwater-harvesting/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Rainwater harvesting" in html and "Tanks were installed." in html
    assert "Environment and climate" in html  # the theme, shown in English
    assert "Inter-Municipal Expert Mentor Programme" in html  # so is the programme
    assert 'href="/tr/kutuphane/yagmur-suyu-hasadi/" hreflang="tr"' in html


@pytest.mark.parametrize(
    ("model", "key"),
    [
        (ProgramPage, "group"),
        (GoodPracticePage, "good_practice"),
        (TrainingMaterialPage, "training_material"),
        (NewsPage, "news"),
        (EventPage, "event"),
    ],
)
def test_every_page_type_goes_through_the_localize_flow(client, django_capture_on_commit_callbacks, library, programmes, model, key):
    original = {**library, **programmes}[key]("tr")
    assert type(original) is model
    copy = original.copy(update_attrs={"slug": f"{original.slug}-kopya", "title": f"{original.title} (kopya)"}, reset_translation_key=True)
    copy.save_revision().publish()
    english = translate(copy, "en", {"title": "Translated copy", "slug": "translated-copy"}, fallback=True,
                        on_commit=django_capture_on_commit_callbacks)
    assert type(english) is model
    assert list(english.themes.all()) == list(copy.themes.all())
    response = client.get(english.url)
    assert response.status_code == 200
    assert english.url.startswith("/en/")
    assert "Translated copy" in response.content.decode()


def test_theme_snippet_is_translated_and_offered_as_an_english_filter(django_capture_on_commit_callbacks):
    theme = Theme.objects.create(locale=Locale.objects.get(language_code="tr"), name="Veri yönetimi", slug="veri-yonetimi")
    english = translate(theme, "en", {"name": "Data management", "slug": "data-management"},
                        on_commit=django_capture_on_commit_callbacks)
    assert (english.name, english.slug, english.translation_key) == ("Data management", "data-management", theme.translation_key)
    options = FilterOptions.for_locale(Locale.objects.get(language_code="en"))
    assert "data-management" in {t.slug for t in options.themes}


def test_home_page_sections_go_through_the_localize_flow(client, django_capture_on_commit_callbacks, site_tree, news_and_events):
    """The sections are translatable: the translation takes the source's sections and order, with its own headings."""
    source = site_tree.tr
    source.sections = stream([("news", {"heading": "Programdan haberler", "count": 2}), ("events", {"heading": "", "count": 1})])
    source.save_revision().publish()
    source_ids = {block.block_type: block.id for block in source.sections}
    english = translate(source, "en", {f"sections.{source_ids['news']}.heading": "News from the programme"}, fallback=True,
                        on_commit=django_capture_on_commit_callbacks)
    assert [(block.block_type, block.value["heading"], block.value["count"]) for block in english.sections] == [
        ("news", "News from the programme", 2), ("events", "", 1),
    ]
    html = client.get("/en/").content.decode()
    assert '<h2 id="home-news-title">News from the programme</h2>' in html and "home-section--good-practices" not in html
