"""Search finds every demo page by its title, typed with or without Turkish letters, in its own language."""

import pytest
from wagtail.models import Locale

from search import service

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

#: Letters a phone keyboard without Turkish layout gives instead.
ASCII = str.maketrans("çğıöşüÇĞİÖŞÜâîû", "cgiosuCGIOSUaiu")


def _first_page_titles(query, locale):
    return [hit.pk for hit in service.search(query, locale).results[: service.PAGE_SIZE]]


@pytest.mark.parametrize("language", ["tr", "en"])
def test_every_demo_page_is_found_by_its_title_with_and_without_turkish_letters(language):
    locale = Locale.objects.get(language_code=language)
    pages = list(service.readable_pages(locale))
    assert len(pages) > 30
    missing = []
    for page in pages:
        for query in {page.title, page.title.translate(ASCII)}:
            if page.pk not in _first_page_titles(query, locale):
                missing.append(query)
    assert not missing, f"not on the first results page: {missing}"


def test_wagtails_root_page_is_never_a_result():
    for language in ("tr", "en"):
        results = service.search("Root", Locale.objects.get(language_code=language)).results
        assert all(hit.title != "Root" for hit in results)
