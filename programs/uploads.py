"""Attachments are recognised by their content, never by their name."""

from dataclasses import dataclass

import filetype
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_FILES = 3

# MIME type (as filetype sees the bytes) -> the extension we store it under.
ALLOWED_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "image/png": "png",
    "image/jpeg": "jpg",
}
ALLOWED_LABEL = "PDF, DOCX, ODT, PNG, JPEG"


@dataclass
class CheckedFile:
    upload: object
    content_type: str
    extension: str


def sniff(upload) -> str | None:
    """The MIME type of the file's first bytes, or None when unknown."""
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    return kind.mime if kind else None


def check_file(upload) -> CheckedFile:
    name = getattr(upload, "name", "")
    if not upload.size:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": name}, code="empty")
    if upload.size > MAX_FILE_SIZE:
        raise ValidationError(
            _("“%(name)s” is %(size)s; the limit is %(limit)s per file.")
            % {"name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(MAX_FILE_SIZE)},
            code="too_big",
        )
    mime = sniff(upload)
    if mime not in ALLOWED_TYPES:
        raise ValidationError(
            _("“%(name)s” is not a PDF, DOCX, ODT, PNG or JPEG file (we check the content, not the name).") % {"name": name},
            code="type",
        )
    return CheckedFile(upload=upload, content_type=mime, extension=ALLOWED_TYPES[mime])


def check_files(uploads) -> list[CheckedFile]:
    uploads = [u for u in uploads if u]
    if len(uploads) > MAX_FILES:
        raise ValidationError(_("Attach at most %(count)d files.") % {"count": MAX_FILES}, code="too_many")
    errors, checked = [], []
    for upload in uploads:
        try:
            checked.append(check_file(upload))
        except ValidationError as exc:
            errors.extend(exc.error_list)
    if errors:
        raise ValidationError(errors)
    return checked
