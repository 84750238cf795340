"""The private storage is chosen by environment variables: the disk by default, or a private S3 bucket."""

import environ
import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.storage_settings import S3_BACKEND, private_storage

FILESYSTEM = {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": "/srv/private", "base_url": None}}


def choose(monkeypatch, **variables):
    for name in ("PRIVATE_STORAGE_BACKEND", "PRIVATE_S3_BUCKET", "PRIVATE_S3_ENDPOINT_URL", "S3_ENDPOINT_URL",
                 "PRIVATE_S3_REGION", "PRIVATE_S3_PREFIX"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return private_storage(environ.Env(), FILESYSTEM)


def test_without_variables_files_stay_on_the_private_disk(monkeypatch):
    assert choose(monkeypatch) == FILESYSTEM
    assert choose(monkeypatch, PRIVATE_STORAGE_BACKEND="filesystem") == FILESYSTEM


def test_s3_gives_a_private_bucket_whose_objects_are_never_public(monkeypatch):
    storage = choose(monkeypatch, PRIVATE_STORAGE_BACKEND="S3", PRIVATE_S3_BUCKET="mentor-private",
                     S3_ENDPOINT_URL="https://s3.example.org", PRIVATE_S3_REGION="eu-central-1")
    options = storage["OPTIONS"]
    assert storage["BACKEND"] == S3_BACKEND
    assert options["bucket_name"] == "mentor-private" and options["endpoint_url"] == "https://s3.example.org"
    assert options["default_acl"] == "private" and options["querystring_auth"] is True and options["custom_domain"] is None
    assert options["location"] == "private" and options["file_overwrite"] is False and options["region_name"] == "eu-central-1"


def test_the_private_bucket_may_have_its_own_endpoint(monkeypatch):
    storage = choose(monkeypatch, PRIVATE_STORAGE_BACKEND="s3", PRIVATE_S3_BUCKET="b", S3_ENDPOINT_URL="https://public.example.org",
                     PRIVATE_S3_ENDPOINT_URL="https://private.example.org")
    assert storage["OPTIONS"]["endpoint_url"] == "https://private.example.org"


def test_s3_without_a_bucket_stops_with_the_variables_name(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="PRIVATE_S3_BUCKET"):
        choose(monkeypatch, PRIVATE_STORAGE_BACKEND="s3")


def test_an_unknown_backend_is_refused(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="PRIVATE_STORAGE_BACKEND must be 'filesystem' or 's3'"):
        choose(monkeypatch, PRIVATE_STORAGE_BACKEND="ftp")
