"""Numbering the privacy notice's versions when it is published (Wagtail's `page_published` signal)."""

from django.db import transaction
from django.utils import timezone
from wagtail.signals import page_published

from home.models import PrivacyNoticePage, PrivacyNoticeVersion

# How long a version stays acceptable on a form someone opened before the notice changed.
RECENT_DAYS = 2


def record_version(page: PrivacyNoticePage, revision=None, when=None) -> PrivacyNoticeVersion | None:
    """A new version when the published text differs from the last one; None when nothing changed.

    The row lock on the current version keeps two simultaneous publishes from taking the same number
    (the unique constraint catches the first version of a notice).
    """
    digest = page.text_hash()
    with transaction.atomic():
        versions = PrivacyNoticeVersion.objects.select_for_update().filter(
            translation_key=page.translation_key, locale_id=page.locale_id
        )
        last = versions.order_by("-number").first()
        if last is not None and last.text_hash == digest:
            return None
        return PrivacyNoticeVersion.objects.create(
            translation_key=page.translation_key, locale_id=page.locale_id, number=(last.number + 1) if last else 1,
            page=page, revision_id=getattr(revision, "pk", None), published_at=when or timezone.now(), text_hash=digest,
        )


def on_publish(sender, instance, revision=None, **kwargs):
    record_version(instance, revision)


def acceptable_version(page: PrivacyNoticePage, version_id, now=None) -> PrivacyNoticeVersion | None:
    """The version a form showed, if it is this notice's current one or was replaced only recently."""
    try:
        version_id = int(version_id)
    except (TypeError, ValueError):
        return None
    now = now or timezone.now()
    versions = PrivacyNoticeVersion.objects.filter(translation_key=page.translation_key, locale_id=page.locale_id)
    version = versions.filter(pk=version_id).first()
    if version is None:
        return None
    newer = versions.filter(number=version.number + 1).first()
    if newer is None or (now - newer.published_at).days < RECENT_DAYS:
        return version
    return None


def connect():
    page_published.connect(on_publish, sender=PrivacyNoticePage, dispatch_uid="home_privacy_notice_version")
