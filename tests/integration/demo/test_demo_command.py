"""load_demo is a development tool: under production settings it asks for an explicit
flag and never leaves an account with a known password; production code never imports it."""

import ast
import io
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from demo.loader.accounts import DEV_PASSWORD, USERNAME

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[3]
PRODUCTION_PACKAGES = ("home", "programs", "resources", "search", "portal")


def counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in ("wagtailcore", "home", "programs", "resources", "auth", "wagtailusers", "wagtailimages", "wagtaildocs")
        and model._meta.label not in ("wagtailcore.ReferenceIndex", "wagtailimages.Rendition")
    }


def test_production_settings_refuse_without_the_flag(settings):
    settings.IS_PRODUCTION = True
    before = counts()
    with pytest.raises(CommandError, match="--allow-production"):
        call_command("load_demo", stdout=io.StringIO())
    assert counts() == before


@pytest.mark.usefixtures("demo")
def test_production_run_gives_the_admin_a_random_password_shown_once(settings):
    settings.IS_PRODUCTION = True
    User = get_user_model()
    User.objects.filter(username=USERNAME).update(username="dev-admin")  # as if the database had no demo admin yet
    before = counts()
    out = io.StringIO()
    call_command("load_demo", "--allow-production", stdout=out)
    admin = User.objects.get(username=USERNAME)
    assert admin.is_superuser and not admin.check_password(DEV_PASSWORD)
    printed = re.search(r"password: (\S+)", out.getvalue().splitlines()[-1]).group(1)
    assert printed != DEV_PASSWORD and admin.check_password(printed)
    # Idempotent here too: only the account is new.
    after = counts()
    assert {label: after[label] - before[label] for label in after if after[label] != before[label]} == {
        "auth.User": 1, "wagtailusers.UserProfile": 1,
    }
    again = io.StringIO()
    call_command("load_demo", "--allow-production", stdout=again)
    assert "password:" not in again.getvalue().splitlines()[-1]
    assert counts() == after


def test_development_run_keeps_the_known_login():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert out.getvalue().splitlines()[-1].endswith(f"user: {USERNAME}  password: {DEV_PASSWORD}")


def test_no_production_module_imports_the_demo():
    offenders = []
    for package in PRODUCTION_PACKAGES:
        assert (ROOT / package / "__init__.py").exists(), package  # the scan looks where the code is
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom) and node.level == 0:
                    names = [node.module or ""]
                if any(name == "demo" or name.startswith("demo.") for name in names):
                    offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
