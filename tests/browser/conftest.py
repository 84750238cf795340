"""Browser tests: Playwright driving Debian's Chromium, checked with axe-core.

They run in their own pytest process (see Makefile) because ``live_server``
needs a transactional database, which empties the tables after each test;
each test therefore loads the demo itself.
"""

import os
import shutil

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
    """Every browser test gets a transactional database whose migration data
    (root page, locales, groups, workflow) is restored after each flush."""
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


@pytest.fixture
def demo_site(live_server):
    """The demo on a live server."""
    call_command("load_demo", stdout=open(os.devnull, "w"))
    return live_server


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
        results = axe.run(page)
        bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
        report = "\n".join(
            f"{v['id']} ({v['impact']}): {v['help']} — {[(n['target'], n.get('failureSummary', '')[:300]) for n in v['nodes']][:5]}" for v in bad
        )
        assert not bad, f"axe-core found serious/critical violations on {label or page.url}:\n{report}"

    return check
