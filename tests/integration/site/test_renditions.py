"""Issue 14: image renditions are read once per request, and from the cache after the first visitor.

Wagtail keeps renditions in the ``renditions`` cache, or the default one (Redis in production). With the page cache
off, a news article with an image in its header reads its renditions in one query when Django's cache is cold, and in
none once a visitor has seen it; a page's social image (``og:image``) counts the same way.
"""

import io

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.images import get_image_model

from home.models import NewsPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("news_and_events")]


def _image():
    out = io.BytesIO()
    PILImage.new("RGB", (1600, 900), (30, 90, 160)).save(out, format="PNG")
    return get_image_model().objects.create(title="Mentor meeting", file=ImageFile(out, name="meeting.png"))


def _rendition_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return sum("wagtailimages_rendition" in query["sql"] for query in ctx.captured_queries)


@override_settings(PAGE_CACHE_SECONDS=0)
def test_renditions_one_query_cold_and_none_warm(client):
    page = NewsPage.objects.live().filter(locale__language_code="en").first()
    page.image, page.image_alt = _image(), "Two people at a table with a laptop"
    page.save_revision().publish()
    first = client.get(page.url)  # makes the renditions
    assert first.status_code == 200 and b"Two people at a table with a laptop" in first.content
    assert b"/images/" in first.content  # the picture and the social image point at renditions

    cache.clear()
    cold = _rendition_queries(client, page.url)
    assert cold <= 2  # header picture (all sizes at once) and social image
    assert _rendition_queries(client, page.url) == 0  # the next visitor: every rendition from the cache


@override_settings(PAGE_CACHE_SECONDS=0)
def test_the_articles_picture_is_read_with_the_article(client):
    """``NewsPage.routed_with``: the routing joins the image row to the page's own query (home/routing.py)."""
    page = NewsPage.objects.live().filter(locale__language_code="en").first()
    page.image, page.image_alt = _image(), "Two people at a table with a laptop"
    page.save_revision().publish()
    client.get(page.url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(page.url).status_code == 200
    image_queries = [q["sql"] for q in ctx.captured_queries if 'FROM "wagtailimages_image"' in q["sql"]]
    assert image_queries == []
    assert any('"wagtailimages_image"' in q["sql"] and '"home_newspage"' in q["sql"] for q in ctx.captured_queries)
