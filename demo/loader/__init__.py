"""Build the demo site from ``demo/data`` through the portal's own model functions.

Steps run in dependency order, each in its own transaction; every step only
adds what is missing, so running the whole again changes nothing.
"""

from django.db import transaction

from demo.loader import (
    accounts,
    applications,
    claims,
    events,
    history,
    library,
    matches,
    media,
    news,
    plans,
    preparation,
    programmes,
    proposals,
    results,
    site,
)
from demo.loader.common import languages


def load(stdout, *, production: bool = False) -> str:
    """Load everything; returns the line about the administrator's login to print last."""
    with transaction.atomic():
        site.load(stdout)
        login = accounts.ensure_admin(production)
    with transaction.atomic():
        programmes.load_programmes(stdout)
    with transaction.atomic():
        calls = programmes.load_calls(stdout)
        added = applications.load(stdout, calls)
        stdout.write(f"Calls: {len(calls)} in {len(languages())} languages; {added} new demo applications.")
    for step in (library.load, news.load, media.load, events.load, preparation.load, matches.load, plans.load, proposals.load, claims.load,
                 history.load, results.load):
        with transaction.atomic():
            step(stdout)
    site.order_menu()
    return login
