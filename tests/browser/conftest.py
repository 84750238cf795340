"""Browser tests: Playwright driving Debian's Chromium, checked with axe-core.

They run in their own pytest process (see Makefile) because ``live_server``
needs a transactional database, which empties the tables after each test.

The bilingual demo is loaded once per session (``django_db_setup`` below) and
serialized; every test then starts from exactly that state through Django's
serialized rollback: the tables are flushed after each test and the demo is
written back before the next one (a second or two, instead of fifteen to
twenty-five for ``load_demo``). Wagtail's search index is restored with the
rest: on SQLite its FTS5 table is a model (``wagtailsearch.sqliteftsindexentry``),
on PostgreSQL the vectors are columns of ``wagtailsearch.indexentry``.

Files go to a temporary media and private-media root for the session; what a
test adds there is removed after it, what it removes is put back.
"""

import filecmp
import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    """Every browser test gets a transactional database restored to the demo
    (see ``django_db_setup``) before it starts."""
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail(
            "Chromium was not found. Install Debian's package (`sudo apt-get install chromium`, or `make test` as root), "
            "or set CHROMIUM=/path/to/chromium. Browser tests are never skipped.",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": chromium_path(), "args": CHROMIUM_FLAGS, "headless": True}


def _files(root: Path) -> set[Path]:
    return {path.relative_to(root) for path in root.rglob("*") if path.is_file()}


@pytest.fixture(scope="session")
def media_roots(tmp_path_factory):
    """Public and private media in a temporary directory for the whole session, removed at its end."""
    from django.apps import apps
    from django.conf import settings
    from django.core.files.storage import storages
    from django.db.models import FileField
    from django.test import override_settings

    root = tmp_path_factory.mktemp("browser-media")
    media, private = root / "media", root / "private"
    old_private = storages["private"]
    new_storages = {**settings.STORAGES, "private": {**settings.STORAGES["private"]}}
    new_storages["private"]["OPTIONS"] = {**new_storages["private"].get("OPTIONS", {}), "location": private}
    override = override_settings(MEDIA_ROOT=media, STORAGES=new_storages)
    override.enable()
    # File fields built with storage=<callable> keep the instance made at import: point them at the new one.
    swapped = [
        field
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, FileField) and field.storage is old_private
    ]
    for field in swapped:
        field.storage = storages["private"]
    assert storages["private"].location == str(private)
    yield media, private
    for field in swapped:
        field.storage = old_private
    override.disable()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, media_roots, playwright):
    """Load the demo once; it becomes the state serialized rollback restores before each test.

    ``playwright`` first: once it has started, the sync API marks an event loop
    as running in this thread, and Django then hands out another connection
    object (connections are "thread critical" asgiref locals, per context when
    a loop runs). The snapshot must sit on the object the tests use.
    """
    from django.db import connection

    with django_db_blocker.unblock():
        call_command("load_demo", stdout=open(os.devnull, "w"))
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()
        # Every test starts from the same restore, the first one included (demo_site resets the sequences).
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    pristine = media_roots[0].parent / "pristine"  # the demo's own files, as they were
    for root, name in zip(media_roots, ("media", "private")):
        root.mkdir(parents=True, exist_ok=True)
        shutil.copytree(root, pristine / name)
    yield pristine


@pytest.fixture(autouse=True)
def _restore_media_and_caches(django_db_setup, media_roots):
    """After each browser test: remove the files it added, put back those it changed or removed, empty the caches."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for root, name in zip(media_roots, ("media", "private")):
        pristine = django_db_setup / name
        kept = _files(pristine)
        for extra in _files(root) - kept:
            (root / extra).unlink()
        for path in kept:
            if not (root / path).exists() or not filecmp.cmp(pristine / path, root / path, shallow=False):
                (root / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(pristine / path, root / path)


def _reset_sequences():
    """Start each id sequence after the largest restored id, so that every test gets the same new ids.

    PostgreSQL's sequences do not follow the explicit ids of restored rows (the
    first insert would collide with a demo row); SQLite's AUTOINCREMENT keeps the
    high-water mark of earlier tests unless its counter is set to 0."""
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db import connection

    if connection.vendor == "sqlite":
        statements = connection.ops.sequence_reset_by_name_sql(no_style(), connection.introspection.sequence_list())
    else:
        tables = set(connection.introspection.table_names())
        models = [model for model in apps.get_models(include_auto_created=True) if model._meta.db_table in tables]
        statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


@pytest.fixture
def demo_site(live_server):
    """The demo on a live server (the database holds it: see ``django_db_setup``)."""
    from django.db import connection
    from wagtail.models import Locale

    assert hasattr(connection, "_test_serialized_contents") and Locale.objects.filter(language_code="en").exists(), (
        "the demo was not restored before this test: see django_db_setup in tests/browser/conftest.py"
    )
    _reset_sequences()
    return live_server


#: The rules axe-core runs: every WCAG 2.0–2.2 A and AA success criterion it can test (its best-practice rules are
#: advice, not conformance).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.fixture
def axe_check():
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page, label=""):
        # Colours are measured when transitions (Wagtail's messages fade in) are over.
        page.evaluate(
            "() => Promise.race([new Promise(done => setTimeout(done, 2000)), Promise.all(document.getAnimations()"
            ".filter(a => a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity)"
            ".map(a => a.finished.catch(() => null)))])"
        )
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        bad = results.response["violations"]  # any impact: WCAG 2.2 AA has no minor failures
        report = "\n".join(
            f"{v['id']} ({v['impact']}): {v['help']} — {[(n['target'], n.get('failureSummary', '')[:300]) for n in v['nodes']][:5]}" for v in bad
        )
        assert not bad, f"axe-core found WCAG 2.2 AA violations on {label or page.url}:\n{report}"

    return check
