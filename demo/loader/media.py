"""Demo pictures and documents: drawn here with Pillow, nothing downloaded.

The pictures (a network of member municipalities, two overlapping circles
for a mentoring pair, a bar chart for a practice's results) let the demo
show the responsive ``<picture>`` output, alternative texts and link-preview
images; the document is a meeting-log template in each language. Each item
is created once, found again by its title.
"""

import io
import random

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from demo.loader.common import data, key_uuid, languages
from demo.loader.pages import find_page, home_page
from home.models import NewsPage
from resources.models import GoodPracticePage, TrainingMaterialPage

SIZE = (1600, 900)
NAVY, TEAL, SAND, CORAL, WHITE = (24, 54, 92), (27, 134, 102), (238, 226, 200), (214, 95, 74), (255, 255, 255)


def _network(draw) -> None:
    rng = random.Random(7)  # the same picture on every run
    nodes = [(rng.randint(120, SIZE[0] - 120), rng.randint(120, SIZE[1] - 120)) for _ in range(14)]
    for index, (x, y) in enumerate(nodes):
        for other in nodes[index + 1 : index + 3]:
            draw.line([(x, y), other], fill=NAVY, width=6)
    for index, (x, y) in enumerate(nodes):
        radius = 38 if index % 3 else 58
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(TEAL, CORAL, NAVY)[index % 3], outline=WHITE, width=8)


def _pair(draw) -> None:
    draw.ellipse([300, 150, 900, 750], fill=TEAL)
    draw.ellipse([700, 150, 1300, 750], fill=CORAL)
    draw.ellipse([700, 250, 900, 650], fill=NAVY)


def _chart(draw) -> None:
    draw.line([(200, 780), (1400, 780)], fill=NAVY, width=8)
    for index, height in enumerate((180, 300, 430, 590)):
        left = 300 + index * 270
        draw.rectangle([left, 780 - height, left + 170, 776], fill=(TEAL, TEAL, CORAL, NAVY)[index])


DRAWINGS = {"network": _network, "pair": _pair, "chart": _chart}


def load(stdout) -> None:
    media = data("media")
    pictures = {name: ensure_image(title, DRAWINGS[name]) for name, title in media["pictures"].items()}
    for code in languages():
        _picture_on(home_page(code), "hero_image", media["home_hero"], pictures, code)
        _picture_on(find_page(NewsPage, media["news_image"]["page"], code), "image", media["news_image"], pictures, code)
        _attach_chart(code, media["practice_chart"], pictures)
        _attach_meeting_log(code, media["meeting_log"])
    stdout.write("Media: 3 pictures, 2 documents.")


def ensure_image(title: str, draw_picture):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, file=ImageFile(io.BytesIO(_png(draw_picture)), name=f"{key_uuid(title).hex[:12]}.png"))
        image.save()
    return image


def ensure_document(title: str, filename: str, text: str):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(text.encode("utf-8-sig")), save=False)  # BOM: spreadsheets read it as UTF-8
        document.save()
    return document


def _png(draw_picture) -> bytes:
    picture = PILImage.new("RGB", SIZE, SAND)
    draw_picture(ImageDraw.Draw(picture))
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()


def _publish(page, **fields) -> None:
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def _picture_on(page, field: str, spec: dict, pictures: dict, code: str) -> None:
    """Give a page its picture and alternative text, unless it has one already."""
    if page is not None and not getattr(page, f"{field}_id"):
        _publish(page, **{field: pictures[spec["picture"]], f"{field}_alt": spec["alt"][code]})


def _attach_chart(code: str, spec: dict, pictures: dict) -> None:
    practice = find_page(GoodPracticePage, spec["page"], code)
    if practice is None or any(block.block_type == "image" for block in practice.attachments):
        return
    chart = {"image": pictures[spec["picture"]], "alt_text": spec["alt"][code], "caption": spec["caption"][code]}
    practice.attachments.append(("image", chart))
    _publish(practice)


def _attach_meeting_log(code: str, spec: dict) -> None:
    material = find_page(TrainingMaterialPage, spec["page"], code)
    if material is None or len(material.documents):
        return
    document = ensure_document(spec["title"][code], spec["file"][code]["name"], spec["file"][code]["text"])
    material.documents.append(("document", {"document": document, "label": spec["title"][code]}))
    _publish(material)
