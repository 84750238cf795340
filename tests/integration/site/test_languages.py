"""Language prefixes, the redirect at /, the switcher and 404 pages."""

import pytest

from portal.text import turkish_sort_key

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("about")]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("en-GB,en;q=0.9", "/en/"), ("tr-TR,tr;q=0.9", "/tr/"), ("de-DE,de;q=0.9", "/tr/"), ("", "/tr/")],
)
def test_root_redirects_to_preferred_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(("url", "lang", "heading"), [("/tr/", "tr", "Bildiğini paylaş"), ("/en/", "en", "Share what you know")])
def test_home_page_in_each_language(client, url, lang, heading):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in html
    assert heading in html
    assert 'hreflang="tr" href="http://testserver/tr/"' in html
    assert 'hreflang="en" href="http://testserver/en/"' in html


def test_switcher_leads_to_the_same_page_in_the_other_language(client):
    html = client.get("/tr/hakkinda/").content.decode()
    assert 'href="/en/about/" hreflang="en"' in html
    html = client.get("/en/about/").content.decode()
    assert 'href="/tr/hakkinda/" hreflang="tr"' in html


def test_switcher_on_a_non_page_view_keeps_the_view(client):
    html = client.get("/en/search/?q=mentor").content.decode()
    assert 'href="/tr/search/?q=mentor" hreflang="tr"' in html


@pytest.mark.parametrize(
    ("url", "lang", "message"),
    [("/tr/yok-boyle-bir-sayfa/", "tr", "Sayfa bulunamadı"), ("/en/no-such-page/", "en", "Page not found")],
)
def test_404_in_both_languages(client, url, lang, message):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert message in html


def test_turkish_characters_render_unchanged(client):
    html = client.get("/tr/").content.decode()
    for word in ("Bildiğini", "paylaş", "öğren", "ihtiyacın"):
        assert word in html


def test_theme_filter_lists_turkish_letters_in_alphabet_order(client, site_tree, themes):
    """Ç and İ sort inside the alphabet, not after Z as byte order would put them."""
    from tests.factories.resources import library_index

    library = library_index(site_tree)("tr")
    names = _theme_options(client.get(library.url).content.decode())
    assert names.index("Çevre ve iklim") < names.index("Dijital dönüşüm")
    assert names.index("İnsan kaynakları") < names.index("Kentsel planlama")
    assert names == sorted(names, key=turkish_sort_key)


def _theme_options(html):
    import re

    select = re.search(r'<select[^>]*name="theme"[^>]*>(.*?)</select>', html, re.S).group(1)
    return [label.strip() for value, label in re.findall(r'<option value="([^"]+)"[^>]*>([^<]+)</option>', select)]
