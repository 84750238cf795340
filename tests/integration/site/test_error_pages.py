"""The 500 page needs no database and speaks both languages."""

from django.test import RequestFactory

from home.views import robots_txt, server_error


def test_server_error_page_is_bilingual_and_self_contained():
    response = server_error(RequestFactory().get("/tr/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Bir sorun oluştu" in html and "Something went wrong" in html
    assert 'href="/tr/"' in html and 'href="/en/"' in html


def test_robots_txt_points_at_the_sitemap_and_hides_the_admin():
    text = robots_txt(RequestFactory().get("/robots.txt")).content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
