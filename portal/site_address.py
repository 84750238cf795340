"""The site's one public address, e.g. ``https://mentor.example.org``.

It lives in ``WAGTAILADMIN_BASE_URL`` (Wagtail builds its own admin e-mail
links from it too) and everything that writes an absolute link follows it:
e-mails (no request in a background task), and through the default Wagtail
``Site`` record, which is kept equal to it, the sitemap, calendar files,
feeds and canonical links.

- development: ``http://HOST:PORT``, the address ``make run`` serves on
  (the Makefile exports ``HOST`` and ``PORT``); ``WAGTAILADMIN_BASE_URL``
  overrides it;
- production: ``WAGTAILADMIN_BASE_URL`` is required.

``migrate``, ``load_demo`` and ``manage.py set_site_address`` write it to the
default Site record; a system check warns when the two differ.

The top half of this module is plain Python, imported by the settings.
"""

from __future__ import annotations

import sys
from typing import NamedTuple
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

VARIABLE = "WAGTAILADMIN_BASE_URL"
DEFAULT_PORTS = {"http": 80, "https": 443}
# Binding to every interface is not an address a browser can be sent to.
WILDCARD_HOSTS = {"0.0.0.0", "::", "[::]"}


class SiteAddress(NamedTuple):
    scheme: str
    hostname: str
    port: int

    @property
    def url(self) -> str:
        """``scheme://host[:port]``, the port only when it is not the scheme's default."""
        port = "" if DEFAULT_PORTS[self.scheme] == self.port else f":{self.port}"
        return f"{self.scheme}://{self.hostname}{port}"


def parse(value: str) -> SiteAddress:
    """The address in ``value``; ValueError says what is wrong with it.

    Only what a Wagtail Site record can hold is accepted: it derives the scheme
    from the port (443 is https, anything else http), and serves from ``/``.
    """
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError as error:
        raise ValueError(f"{value!r} is not a URL ({error})") from None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"{value!r} must look like https://portal.example.org or http://127.0.0.1:8000")
    if parts.path.strip("/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{value!r} must be only scheme, host and port: the portal is served from / of its host")
    port = port or DEFAULT_PORTS[parts.scheme]
    if parts.scheme == "https" and port != 443:
        raise ValueError(f"{value!r}: https is supported on port 443 only (Wagtail's Site record takes http for any other port)")
    if parts.scheme == "http" and port == 443:
        raise ValueError(f"{value!r}: port 443 means https")
    return SiteAddress(parts.scheme, parts.hostname, port)


def dev_server_url(env) -> str:
    """Where `make run` serves: ``http://HOST:PORT`` (127.0.0.1:8000 unless the Makefile says otherwise)."""
    host = env.str("HOST", default="") or "127.0.0.1"
    if host in WILDCARD_HOSTS:
        host = "127.0.0.1"
    return f"http://{host}:{env.str('PORT', default='') or '8000'}"


def setting(env, default: str | None = None) -> str:
    """``WAGTAILADMIN_BASE_URL`` from the environment, checked and normalised.

    Without ``default`` the variable is required. Either way a malformed
    value stops the process with ImproperlyConfigured naming the variable.
    """
    value = env.str(VARIABLE, default="") or default
    if not value:
        raise ImproperlyConfigured(
            f"Set the {VARIABLE} environment variable to the site's public address, e.g. https://mentor.example.org: "
            "links in e-mails, the sitemap and calendar files are built from it."
        )
    try:
        return parse(value).url
    except ValueError as error:
        raise ImproperlyConfigured(f"{VARIABLE}: {error}") from None


# --- Django side: the configured address, absolute links, the Site record ---


def configured() -> SiteAddress:
    # The settings import this module: Django and Wagtail are imported only when this runs.
    from django.conf import settings

    return parse(settings.WAGTAILADMIN_BASE_URL)


def absolute(path: str = "/") -> str:
    """``path`` on the configured address, for places with no request (e-mails, the console)."""
    return configured().url + path


def site_address(site) -> SiteAddress:
    """The address a Wagtail Site record gives its pages (see ``Site.root_url``)."""
    return SiteAddress("https" if site.port == 443 else "http", site.hostname, site.port)


def default_site(using: str = "default"):
    # The settings import this module: Django and Wagtail are imported only when this runs.
    from wagtail.models import Site

    return Site.objects.using(using).filter(is_default_site=True).first()


def apply_to_default_site(using: str = "default"):
    """Write the configured host and port to the default Site record.

    Returns ``(site, previous_root_url)``; ``previous_root_url`` is None when
    nothing had to change (or there is no default site yet).
    """
    # The settings import this module: Django and Wagtail are imported only when this runs.
    from wagtail.models import Site

    site = default_site(using)
    wanted = configured()
    if site is None or site_address(site) == wanted:
        return site, None
    clash = Site.objects.using(using).filter(hostname=wanted.hostname, port=wanted.port).exclude(pk=site.pk).first()
    if clash is not None:
        raise ValueError(f"another Site record ({clash}) already has {wanted.hostname}:{wanted.port}; change or delete it first")
    previous = site.root_url
    site.hostname, site.port = wanted.hostname, wanted.port
    site.save(using=using, update_fields=["hostname", "port"])
    return site, previous


def sync_after_migrate(using="default", verbosity=1, **kwargs) -> None:
    """post_migrate: every deployment's ``migrate`` brings the Site record in line."""
    stdout = kwargs.get("stdout") or sys.stdout
    try:
        site, previous = apply_to_default_site(using)
    except ValueError as error:
        stdout.write(f"Site address not applied: {error}\n")
        return
    if previous is not None and verbosity >= 1:
        stdout.write(f"Default site address set to {site.root_url} (was {previous}), from {VARIABLE}.\n")


def check_site_address(app_configs=None, databases=None, **kwargs) -> list:
    """System check: links in e-mails must reach the site, and pages must agree with e-mails.

    The Site record is read only when the command names a database (``migrate``,
    ``check --database default``), like Django's own database checks.
    """
    # The settings import this module: Django and Wagtail are imported only when this runs.
    from django.conf import settings
    from django.core import checks
    from django.db import DatabaseError
    from django.http.request import validate_host

    try:
        wanted = configured()
    except (AttributeError, ValueError) as error:
        return [checks.Error(f"{VARIABLE} is not a usable site address: {error}", id="portal.E001")]
    problems = []
    allowed = settings.ALLOWED_HOSTS or (["localhost", "127.0.0.1", "[::1]"] if settings.DEBUG else [])
    if not validate_host(wanted.hostname, allowed):
        problems.append(checks.Warning(
            f"{VARIABLE} ({wanted.url}) names a host that ALLOWED_HOSTS does not allow: links in e-mails will get 400 Bad Request.",
            hint=f"Add {wanted.hostname} to ALLOWED_HOSTS or correct {VARIABLE}.",
            id="portal.W001",
        ))
    for alias in databases or ():
        try:
            site = default_site(alias)
        except DatabaseError:  # not migrated yet: migrate itself will set it
            continue
        if site is not None and site_address(site) != wanted:
            problems.append(checks.Warning(
                f"The default Wagtail site record ({site.root_url}) differs from {VARIABLE} ({wanted.url}): "
                "the sitemap, calendar files, feeds and canonical links would name a different address than e-mails.",
                hint="Run `manage.py set_site_address` (migrate and load_demo also do it), "
                f"or set {VARIABLE} to the address the site is served on.",
                id="portal.W002",
            ))
    return problems
