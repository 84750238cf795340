"""Uploads are judged by their whole structure, not their first bytes: each file below passed the old sniff."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from programs.uploads import check_file
from tests.factories.applications import PDF, PNG

CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
DOCUMENT = '<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>'


def docx(extra=(), *, document=DOCUMENT, compression=zipfile.ZIP_DEFLATED, first="word/document.xml") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        archive.writestr(first, document)
        if first != "[Content_Types].xml":
            archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        for name, data in extra:
            archive.writestr(name, data)
    return out.getvalue()


def odt(mimetype=b"application/vnd.oasis.opendocument.text") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", "<manifest/>", zipfile.ZIP_DEFLATED)
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 200)).save(out, format="JPEG")
    return out.getvalue()


def check(name, data):
    with translation.override("en"):
        return check_file(SimpleUploadedFile(name, data))


@pytest.mark.parametrize("name,data,extension", [
    ("cv.pdf", PDF, "pdf"),
    ("logo.png", PNG, "png"),
    ("foto.jpg", jpeg(), "jpg"),
    ("özgeçmiş.docx", docx(), "docx"),
    ("mektup.odt", odt(), "odt"),
])
def test_sound_files_of_every_allowed_type_pass(name, data, extension):
    assert check(name, data).extension == extension


BOMB = docx([("word/media/padding.xml", b"0" * (60 * 1024 * 1024))])

BAD = [
    ("exe inside a docx", docx([("word/setup.exe", b"MZ\x90\x00" + b"\x00" * 100)])),
    ("program bytes under an innocent name", docx([("word/media/image1.png", b"MZ\x90\x00" + b"\x00" * 100)])),
    ("path out of the root", docx([("../../etc/cron.d/x", b"* * * * * root sh")])),
    ("absolute path", docx([("/tmp/x.xml", b"x")])),
    ("windows drive path", docx([("C:/Windows/x.xml", b"x")])),
    ("first entry word/ but no document", docx(first="word/styles.xml")),
    ("inflates to 60 MB", BOMB),
    ("odt with another mimetype", odt(b"application/x-msdownload")),
    ("zip cut short", docx()[:-40]),
    ("pdf that pypdf cannot read", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    ("pdf with javascript", PDF.replace(b"%%EOF", b"1 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj\n%%EOF")),
    ("pdf/html polyglot", PDF + b"<html><script>alert(document.cookie)</script></html>"),
    ("png/html polyglot after IEND", PNG + b"<html><script>alert(1)</script>"),
    ("png with only a header", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64),
    ("png with bytes after IEND", PNG + b"\x00" * 32),
    ("jpeg cut in half", jpeg()[:60]),
    ("html in an image comment", PNG[:33] + b"\x00\x00\x00\x1ftEXtComment\x00<svg onload=alert(1)>" + PNG[33:]),
]


@pytest.mark.parametrize("case,data", BAD, ids=[case for case, _ in BAD])
def test_unsound_or_unsafe_files_are_refused_with_a_clear_message(case, data):
    with pytest.raises(ValidationError) as refused, translation.override("en"):
        check("belge.docx", data)
    with translation.override("en"):
        message = " ".join(refused.value.messages)
    assert "“belge.docx”" in message
    assert "could not be opened as the file it claims to be" in message or "is not a PDF, DOCX, ODT, PNG or JPEG" in message


def test_the_bomb_is_small_on_the_wire():
    assert len(BOMB) < 200 * 1024  # it passed the 5 MB limit: only reading it shows what it holds
