"""The demo's pictures and documents: responsive pictures with alternative
text, link-preview images, and a document that downloads as it was made."""

import re

import pytest

from demo.loader.common import key_uuid
from home.models import NewsPage
from resources.models import GoodPracticePage, TrainingMaterialPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def _page(model, key, language):
    return model.objects.get(translation_key=key_uuid(key), locale__language_code=language)


@pytest.mark.parametrize(("language", "alt"), [("tr", "mentor programında buluşan belediyeleri"), ("en", "municipalities that meet in the mentor programme")])
def test_home_hero_is_a_responsive_picture_with_alt_text_and_a_link_preview(client, language, alt):
    html = client.get(f"/{language}/").content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/webp"' in picture and ".webp 960w" in picture and ".jpg 480w" in picture
    assert re.search(r'<img alt="[^"]*' + re.escape(alt), picture)
    assert re.search(r'width="\d+"', picture) and re.search(r'height="\d+"', picture)
    assert re.search(r'<meta property="og:image" content="http://testserver/media/images/[^"]+\.fill-1200x630\.png">', html)
    assert '<meta property="og:image:width" content="1200">' in html


@pytest.mark.parametrize(("model", "key", "alt"), [
    (NewsPage, "news:portal-opens", "Two large circles that overlap"),
    (GoodPracticePage, "good-practice:aspb-care-staff-group-mentoring", "A chart of four columns"),
])
def test_pages_with_a_picture_show_it_with_alt_text_and_use_it_for_link_previews(client, model, key, alt):
    html = client.get(_page(model, key, "en").url).content.decode()
    assert re.search(r'<img alt="' + re.escape(alt), html)
    assert 'property="og:image"' in html


def test_every_image_on_demo_pages_has_alt_text(client):
    for model, key in ((NewsPage, "news:portal-opens"), (GoodPracticePage, "good-practice:aspb-care-staff-group-mentoring")):
        for language in ("tr", "en"):
            html = client.get(_page(model, key, language).url).content.decode()
            for img in re.findall(r"<img\b[^>]*>", html):
                assert re.search(r'\balt="', img), img


@pytest.mark.parametrize(("language", "name", "header"), [
    ("tr", "mentorluk-gorusme-kaydi.csv", "Tarih;Süre (dakika);Biçim;Konu"),
    ("en", "mentoring-meeting-log.csv", "Date;Duration (minutes);Format;Topic"),
])
def test_training_material_document_downloads_in_its_language(client, language, name, header):
    html = client.get(_page(TrainingMaterialPage, "training-material:meeting-notes-form-template", language).url).content.decode()
    stem = name.removesuffix(".csv")  # storage adds a suffix when the name is taken on disk
    link = re.search(r'href="(/documents/\d+/' + re.escape(stem) + r'[^"/]*\.csv)"', html).group(1)
    response = client.get(link)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert b"".join(response.streaming_content).decode("utf-8-sig").startswith(header)
