"""Attachments are recognised by their content, never by their name, and must be what they claim all through.

The first bytes only say what a file pretends to be: a ZIP whose first entry is ``word/…`` looks like DOCX while
carrying an ``.exe`` or a ``../`` path; a tiny DOCX can inflate to gigabytes; a PNG or PDF can carry an HTML page
that a browser would run. So after the sniff each type is opened the way its reader would open it: documents as
ZIP containers with the members their format requires, a bounded inflated size and no unsafe entries; PDFs with
pypdf, images with Pillow (``verify`` and a full decode, within a pixel limit); and no file may hold active HTML.
"""

import io
import re
import zipfile
from dataclasses import dataclass

import filetype
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image
from pypdf import PdfReader
from pypdf.errors import PyPdfError

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

#: The most a document may inflate to, in all, and how many members it may hold.
MAX_UNPACKED_SIZE = 50 * 1024 * 1024
MAX_MEMBERS = 2000
#: Members each container format cannot do without.
REQUIRED_MEMBERS = {
    "docx": ("[Content_Types].xml", "word/document.xml"),
    "odt": ("mimetype", "content.xml"),
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
#: Programs and scripts have no place inside a CV or a consent letter.
EXECUTABLE_SUFFIXES = (
    ".exe", ".dll", ".com", ".bat", ".cmd", ".scr", ".msi", ".ps1", ".vbs", ".js", ".jar", ".sh", ".bin", ".app", ".lnk",
)
#: An image larger than this many pixels is refused rather than decoded (a "decompression bomb").
MAX_PIXELS = 40_000_000
#: Markup a browser would run if the file were ever shown inline: a polyglot, not a document.
ACTIVE_MARKUP = re.compile(rb"<\s*(script|html|body|iframe|object|embed|svg|!doctype\s+html)\b|javascript:", re.IGNORECASE)
#: PDF actions that run code or other programs on opening.
PDF_ACTIONS = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|RichMedia)\b")


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


def _refuse(name: str) -> ValidationError:
    return ValidationError(
        _("“%(name)s” could not be opened as the file it claims to be, or it holds something unsafe (macros, programs, "
          "scripts). Please save it again as a plain PDF, DOCX, ODT, PNG or JPEG file.") % {"name": name},
        code="structure",
    )


def _unsafe_member(member: zipfile.ZipInfo) -> bool:
    path = member.filename.replace("\\", "/")
    parts = path.split("/")
    return (
        path.startswith("/") or re.match(r"^[A-Za-z]:", path) is not None or ".." in parts
        or path.lower().endswith(EXECUTABLE_SUFFIXES) or member.flag_bits & 0x1  # encrypted
    )


def _check_container(data: bytes, extension: str) -> bool:
    """A document is a sound ZIP: required members, safe names, a bounded size proven by reading every member
    (its declared sizes could lie; reading checks each CRC and stops at the limit)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {member.filename for member in members}
            if len(members) > MAX_MEMBERS or not all(name in names for name in REQUIRED_MEMBERS[extension]):
                return False
            if any(_unsafe_member(member) for member in members):
                return False
            if extension == "odt" and archive.read("mimetype").strip() != ODT_MIMETYPE:
                return False
            budget = MAX_UNPACKED_SIZE
            for member in members:
                with archive.open(member) as stream:
                    while chunk := stream.read(min(budget + 1, 1024 * 1024)):
                        budget -= len(chunk)
                        if budget < 0:
                            return False
                        if chunk.startswith(b"MZ\x90") or chunk.startswith(b"\x7fELF"):
                            return False
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        return False
    return True


def _check_pdf(data: bytes) -> bool:
    if not data.startswith(b"%PDF-") or PDF_ACTIONS.search(data):
        return False
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted or len(reader.pages) < 1:
            return False
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError, IndexError):
        return False
    return True


def _check_image(data: bytes) -> bool:
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG") or image.width * image.height > MAX_PIXELS:
                return False
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, EOFError):
        return False
    if data.startswith(b"\x89PNG") and not data.endswith(b"IEND\xaeB`\x82"):
        return False  # bytes after the last chunk: somewhere to hide a second file
    return True


def check_structure(data: bytes, extension: str) -> bool:
    """True when ``data`` is a sound file of the type its first bytes claim, with nothing active inside."""
    if ACTIVE_MARKUP.search(data):
        return False
    if extension in REQUIRED_MEMBERS:
        return _check_container(data, extension)
    if extension == "pdf":
        return _check_pdf(data)
    return _check_image(data)


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
    extension = ALLOWED_TYPES[mime]
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if not check_structure(data, extension):
        raise _refuse(name)
    return CheckedFile(upload=upload, content_type=mime, extension=extension)


def check_files(uploads, limit: int = MAX_FILES) -> list[CheckedFile]:
    """Every upload checked (all their errors together), at most ``limit`` of them (an application's or a claim's)."""
    uploads = [u for u in uploads if u]
    if len(uploads) > limit:
        raise ValidationError(_("Attach at most %(count)d files.") % {"count": limit}, code="too_many")
    errors, checked = [], []
    for upload in uploads:
        try:
            checked.append(check_file(upload))
        except ValidationError as exc:
            errors.extend(exc.error_list)
    if errors:
        raise ValidationError(errors)
    return checked
