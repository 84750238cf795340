"""The site address setting: what is accepted, how it is written, and the development default."""

import environ
import pytest
from django.core.exceptions import ImproperlyConfigured

from portal import site_address


@pytest.mark.parametrize(
    ("value", "normalised", "port"),
    [
        ("https://mentor.example.org", "https://mentor.example.org", 443),
        ("https://Mentor.Example.org/", "https://mentor.example.org", 443),
        ("https://mentor.example.org:443", "https://mentor.example.org", 443),
        ("http://127.0.0.1:8300", "http://127.0.0.1:8300", 8300),
        ("http://localhost", "http://localhost", 80),
    ],
)
def test_accepted_addresses_are_normalised(value, normalised, port):
    address = site_address.parse(value)
    assert address.url == normalised and address.port == port


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("mentor.example.org", "must look like"),
        ("ftp://mentor.example.org", "must look like"),
        ("https://mentor.example.org/portal", "served from /"),
        ("https://mentor.example.org/?next=1", "served from /"),
        ("https://mentor.example.org:8443", "port 443 only"),
        ("http://mentor.example.org:443", "port 443 means https"),
        ("http://mentor.example.org:99999", "not a URL"),
    ],
)
def test_addresses_a_site_record_cannot_hold_are_refused(value, reason):
    with pytest.raises(ValueError, match=reason):
        site_address.parse(value)


def test_the_setting_names_the_variable_when_missing_or_wrong(monkeypatch):
    monkeypatch.delenv("WAGTAILADMIN_BASE_URL", raising=False)
    with pytest.raises(ImproperlyConfigured, match="Set the WAGTAILADMIN_BASE_URL environment variable"):
        site_address.setting(environ.Env())
    monkeypatch.setenv("WAGTAILADMIN_BASE_URL", "https://mentor.example.org/portal")
    with pytest.raises(ImproperlyConfigured, match="^WAGTAILADMIN_BASE_URL: "):
        site_address.setting(environ.Env())
    monkeypatch.setenv("WAGTAILADMIN_BASE_URL", "https://mentor.example.org/")
    assert site_address.setting(environ.Env()) == "https://mentor.example.org"


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        (None, None, "http://127.0.0.1:8000"),
        ("127.0.0.1", "8300", "http://127.0.0.1:8300"),
        ("localhost", "9000", "http://localhost:9000"),
        ("0.0.0.0", "8300", "http://127.0.0.1:8300"),  # listening everywhere: link to this machine
    ],
)
def test_development_follows_make_run_host_and_port(monkeypatch, host, port, expected):
    for name, value in (("HOST", host), ("PORT", port)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("WAGTAILADMIN_BASE_URL", raising=False)
    env = environ.Env()
    assert site_address.setting(env, default=site_address.dev_server_url(env)) == expected
    monkeypatch.setenv("WAGTAILADMIN_BASE_URL", "http://portal.example.test:8300")
    assert site_address.setting(env, default=site_address.dev_server_url(env)) == "http://portal.example.test:8300"
