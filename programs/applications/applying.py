"""What happens when someone applies: plain functions that views and tests call."""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from home.notices import acceptable_version
from portal.client_ip import client_ip as portal_client_ip
from programs.applications import emails
from programs.applications.drafts import bounded_data
from programs.applications.forms import ApplicationForm
from programs.applications.states import change_status, record_submission
from programs.models import Application, ApplicationAttachment, ApplicationDraft

# Attempts (sent forms, drafts included) per client address per window.
RATE_LIMIT = getattr(settings, "APPLICATION_RATE_LIMIT", (20, 3600))


class CallNotOpen(Exception):
    """The call closed (or has not opened) between showing the form and sending it."""


class DuplicateApplication(Exception):
    """The e-mail has already applied to this call, in this or another language."""


class NotSaved(Exception):
    """The database refused the application for another reason (a race); nothing was written."""


def client_ip(request) -> str:
    # Behind proxies, TRUSTED_PROXY_COUNT says how far to read X-Forwarded-For (portal/client_ip.py).
    return portal_client_ip(request) or "unknown"


def _rate_key(ip: str) -> str:
    return f"programs:apply-rate:{ip}"


def is_rate_limited(ip: str) -> bool:
    limit, _window = RATE_LIMIT
    return cache.get(_rate_key(ip), 0) >= limit


def count_attempt(ip: str) -> None:
    limit, window = RATE_LIMIT
    key = _rate_key(ip)
    if cache.add(key, 1, window):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, window)


def submit(call, form, language: str, *, now=None, user=None, manual_note: str = "") -> Application:
    """Save a valid form as an application, with its files and first history line.

    Nothing is written unless everything is: files are saved inside the same
    transaction and removed again if it fails.
    """
    now = now or timezone.now()
    if user is None and not call.is_open(now):
        raise CallNotOpen
    data = form.cleaned_data
    saved_files = []
    try:
        with transaction.atomic():
            application = Application.objects.create(
                call=call,
                role=data["role"],
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                institution=data.get("institution"),
                institution_other=data.get("institution_other", "") if not data.get("institution") else "",
                unit=data.get("unit", ""),
                position=data.get("position", ""),
                description=data["description"],
                preferred_format=data["preferred_format"],
                languages=list(data.get("languages") or []),
                availability=data.get("availability", ""),
                answers=form.answers(),
                data_consent=bool(data["data_consent"]),
                publication_consent=bool(data.get("publication_consent")),
                privacy_notice=data.get("privacy_notice_version"),
                privacy_agreed_at=now,
                language=language,
                is_manual=user is not None,
                created_at=now,
            )
            application.themes.set(data.get("themes") or [])
            for checked in data.get("attachments") or []:
                attachment = ApplicationAttachment(
                    application=application,
                    original_name=checked.upload.name[:255],
                    content_type=checked.content_type,
                    size=checked.upload.size,
                )
                attachment.file.save(f"{uuid.uuid4().hex}.{checked.extension}", checked.upload, save=True)
                saved_files.append(attachment.file)
            record_submission(application, user=user, note=manual_note)
    except IntegrityError as exc:
        _remove(saved_files)
        if Application.of_call(call).filter(email__iexact=data["email"]).exists():
            raise DuplicateApplication from exc
        raise NotSaved from exc
    except Exception:
        _remove(saved_files)
        raise
    ApplicationDraft.objects.filter(call__translation_key=call.translation_key, email__iexact=application.email).delete()
    if user is None:
        emails.enqueue_confirmation(application)
    return application


def _remove(files) -> None:
    for file in files:
        file.storage.delete(file.name)


def save_draft(call, data, email: str, language: str, draft: ApplicationDraft | None = None, *, now=None) -> ApplicationDraft:
    """Keep what was typed in the form's own fields (never files); e-mail the private link to resume."""
    now = now or timezone.now()
    form = ApplicationForm(call=call)
    values = bounded_data(form.fields, data)
    notice = form.notice
    version = (acceptable_version(notice, data.get("privacy_notice_version")) or notice.current_version) if notice else None
    if draft is None:
        draft = ApplicationDraft(call=call)
    draft.email, draft.data, draft.language = email, values, language
    draft.privacy_notice, draft.privacy_agreed_at = version, now
    draft.save()
    emails.enqueue_draft_link(draft)
    return draft


def withdraw(application: Application, note: str = "") -> None:
    """Raises `TransitionError` when the application can no longer be withdrawn (even if it could a moment ago)."""
    change_status(application, Application.Status.WITHDRAWN, user=None, note=note)
