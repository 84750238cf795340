"""Where applicants' private files live, chosen by environment variables (used by settings/production.py).

`PRIVATE_STORAGE_BACKEND=s3` puts them in an S3-compatible bucket so that app servers keep nothing on
disk. The objects are private (no public ACL); the site never hands out their URL, presigned or not:
every download streams the file through a view that checks who asks (programs/applications/status.py,
viewsets.py, matching/detail.py). Credentials are not settings: boto3 reads AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY (or an instance role) itself.
"""

from django.core.exceptions import ImproperlyConfigured

S3_BACKEND = "storages.backends.s3.S3Storage"


def private_storage(env, filesystem: dict) -> dict:
    """STORAGES["private"]: ``filesystem`` (the default) or an S3 bucket."""
    choice = env.str("PRIVATE_STORAGE_BACKEND", default="filesystem").strip().lower()
    if choice == "filesystem":
        return filesystem
    if choice != "s3":
        raise ImproperlyConfigured(f"PRIVATE_STORAGE_BACKEND must be 'filesystem' or 's3', not {choice!r}.")
    return {
        "BACKEND": S3_BACKEND,
        "OPTIONS": {
            "bucket_name": env.str("PRIVATE_S3_BUCKET"),
            "endpoint_url": env.str("PRIVATE_S3_ENDPOINT_URL", default=env.str("S3_ENDPOINT_URL", default="")) or None,
            "region_name": env.str("PRIVATE_S3_REGION", default="") or None,
            "location": env.str("PRIVATE_S3_PREFIX", default="private"),
            "default_acl": "private",
            "querystring_auth": True,  # should anything ever ask for a URL, it is signed and short-lived, never public
            "querystring_expire": 60,
            "file_overwrite": False,
            "custom_domain": None,
        },
    }
