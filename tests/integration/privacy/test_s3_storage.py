"""Private files in an S3 bucket (PRIVATE_STORAGE_BACKEND=s3), end to end against moto's in-memory S3.

The same settings function as production builds the storage; the app servers then keep no file on disk:
the application's file goes to the bucket, privately; the applicant and the secretariat download it through
the permission-checked views; deleting the application removes the object.
"""

import environ
import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import storages
from django.test import override_settings
from django.urls import reverse
from moto import mock_aws

from home import roles
from portal.storage_settings import private_storage
from programs.models import Application, ApplicationAttachment
from tests.factories.applications import PDF, apply_url, pdf, valid_data
from tests.integration.matching.matching_support import user_in

pytestmark = pytest.mark.django_db

BUCKET = "mentor-private"


@pytest.fixture
def bucket(monkeypatch, tmp_path):
    """A private bucket in moto, the private storage pointed at it, and nothing else where files used to go."""
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "eu-central-1",
        "PRIVATE_STORAGE_BACKEND": "s3", "PRIVATE_S3_BUCKET": BUCKET, "PRIVATE_S3_REGION": "eu-central-1",
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("PRIVATE_S3_ENDPOINT_URL", "S3_ENDPOINT_URL", "PRIVATE_S3_PREFIX"):
        monkeypatch.delenv(name, raising=False)
    with mock_aws():
        import boto3

        client = boto3.client("s3", region_name="eu-central-1")
        client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
        disk = {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}}
        with override_settings(STORAGES={**settings.STORAGES, "private": private_storage(environ.Env(), disk)}):
            assert storages["private"].__class__.__name__ == "S3Storage"
            # A FileField calls its storage callable once, when the model class is built: point it again.
            field = ApplicationAttachment._meta.get_field("file")
            monkeypatch.setattr(field, "storage", storages["private"])
            yield client, tmp_path


def keys(client) -> list[str]:
    return [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def test_an_applicants_file_lives_privately_in_the_bucket_and_goes_with_the_application(
    bucket, open_call, client, django_capture_on_commit_callbacks,
):
    s3, disk = bucket
    cache.clear()
    call = open_call("en")
    data = valid_data(call, email="bulut.dosya@example.org")
    data["attachments"] = [pdf("özgeçmiş.pdf")]
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(apply_url(call), data).status_code == 302
    application = Application.objects.get(email="bulut.dosya@example.org")
    attachment = application.attachments.get()

    [key] = keys(s3)
    assert key.startswith("private/applications/") and key == "private/" + attachment.file.name
    assert s3.get_object(Bucket=BUCKET, Key=key)["Body"].read() == PDF
    grants = s3.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    assert not [g for g in grants if "AllUsers" in g["Grantee"].get("URI", "") or "AuthenticatedUsers" in g["Grantee"].get("URI", "")]
    assert not any(disk.iterdir()), "nothing is written to the app server's disk"

    # The applicant, through the private status link, and the secretariat, in the admin, get the same bytes.
    own = client.get(f"/en/applications/{application.status_token()}/files/{attachment.pk}/")
    assert own.status_code == 200 and b"".join(own.streaming_content) == PDF
    assert own["Content-Disposition"].startswith("attachment;")
    client.force_login(user_in(roles.SECRETARIAT, "sekreterya"))
    staff = client.get(reverse("programs_attachment", args=[attachment.pk]))
    assert staff.status_code == 200 and b"".join(staff.streaming_content) == PDF

    with django_capture_on_commit_callbacks(execute=True):
        application.delete()
    assert keys(s3) == [], "deleting the application deletes its object from the bucket"
