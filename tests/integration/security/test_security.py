"""Security headers, the Content-Security-Policy and production settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("about")]
ROOT = Path(__file__).resolve().parents[3]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-check-0123456789abcdef",
    "ALLOWED_HOSTS": "mentor.example.org",
    "DATABASE_URL": "postgres://portal:secret@db.example.org:5432/portal",
    "EMAIL_URL": "smtp+tls://mailer:secret@mail.example.org:587",
    "WAGTAILADMIN_BASE_URL": "https://mentor.example.org",
}


def run_manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and not k.endswith("_URL")}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True)


def test_public_pages_allow_only_our_origin(client):
    response = client.get("/tr/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_admin_gets_its_own_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp


def test_admin_previews_may_be_framed_by_the_admin_and_nothing_else(admin_client, client):
    """Wagtail renders a preview through the page's public path and middleware: it must not get the public
    'never frame me' headers, or the editor's side panel shows "refused to connect"."""
    about = Page.objects.get(slug="hakkinda", locale__language_code="tr")
    preview_url = f"/admin/pages/{about.pk}/edit/preview/"
    form = nested_form_data({"title": "Önizlenen başlık", "slug": about.slug, "intro": "", "body": streamfield([])})
    assert admin_client.post(preview_url, form).json() == {"is_valid": True, "is_available": True}
    panel = admin_client.get(preview_url + "?in_preview_panel=true")  # what the side panel's iframe loads
    new_tab = admin_client.get(f"/admin/pages/{about.pk}/view_draft/")
    for response in (panel, new_tab):
        assert response.status_code == 200
        csp = response["Content-Security-Policy"]
        assert "frame-ancestors 'self'" in csp and "'none'" not in csp.split("frame-ancestors")[1].split(";")[0]
        assert response["X-Frame-Options"] == "SAMEORIGIN"
        # otherwise the public policy: what the visitor's browser will allow
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<h1>Önizlenen başlık</h1>" in panel.content.decode()  # the unsaved title, rendered as the public page

    public = client.get(about.url)
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"] and public["X-Frame-Options"] == "DENY"


def test_templates_have_no_inline_code_or_remote_assets(client):
    html = client.get("/tr/").content.decode()
    assert "<script>" not in html and " style=" not in html and "<style" not in html
    for remote in ("http://", "https://"):
        for tag in ('src="' + remote, 'href="' + remote):
            assert tag not in html.replace('href="http://testserver', "")


def test_django_admin_is_not_exposed(client):
    assert client.get("/django-admin/", follow=True).status_code == 404
    assert client.get("/tr/django-admin/").status_code == 404
    assert client.get("/tr/admin/").status_code == 404


def test_check_deploy_has_no_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "EMAIL_URL", "WAGTAILADMIN_BASE_URL"])
def test_production_refuses_to_start_without_required_settings(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    expected = "EMAIL" if missing == "EMAIL_URL" else missing
    assert "ImproperlyConfigured" in result.stderr and expected in result.stderr


@pytest.mark.parametrize("address", ["mentor.example.org", "https://mentor.example.org/portal/", "https://mentor.example.org:8443"])
def test_production_refuses_a_site_address_links_cannot_be_built_from(address):
    result = run_manage("check", env={**PRODUCTION_ENV, "WAGTAILADMIN_BASE_URL": address})
    assert result.returncode != 0
    assert "ImproperlyConfigured: WAGTAILADMIN_BASE_URL" in result.stderr and address in result.stderr


def test_production_refuses_sqlite():
    result = run_manage("check", env={**PRODUCTION_ENV, "DATABASE_URL": "sqlite:////tmp/x.sqlite3"})
    assert result.returncode != 0 and "PostgreSQL" in result.stderr
