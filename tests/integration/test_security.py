"""Security headers, the Content-Security-Policy and production settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-check-0123456789abcdef",
    "ALLOWED_HOSTS": "mentor.example.org",
    "DATABASE_URL": "postgres://portal:secret@db.example.org:5432/portal",
    "EMAIL_URL": "smtp+tls://mailer:secret@mail.example.org:587",
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


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "EMAIL_URL"])
def test_production_refuses_to_start_without_required_settings(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    expected = "EMAIL" if missing == "EMAIL_URL" else missing
    assert "ImproperlyConfigured" in result.stderr and expected in result.stderr


def test_production_refuses_sqlite():
    result = run_manage("check", env={**PRODUCTION_ENV, "DATABASE_URL": "sqlite:////tmp/x.sqlite3"})
    assert result.returncode != 0 and "PostgreSQL" in result.stderr
