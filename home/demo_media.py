"""Demo pictures and documents (idempotent): drawn here, nothing downloaded.

The pictures are simple illustrations made with Pillow (a network of
member municipalities, two overlapping circles for a mentoring pair, a
bar chart for a practice's results), so that the demo shows the responsive
``<picture>`` output, alternative texts and link-preview images; the
document is a meeting-log template in each language for a training
material. Each item is created once, found again by its title.
"""

from __future__ import annotations

import io
import random

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.demo import key_uuid, languages, locale
from home.models import HomePage, NewsPage

SIZE = (1600, 900)
NAVY, TEAL, SAND, CORAL, WHITE = (24, 54, 92), (27, 134, 102), (238, 226, 200), (214, 95, 74), (255, 255, 255)

HERO_ALT = {
    "tr": "Çizgilerle birbirine bağlanmış renkli dairelerden oluşan bir ağ: mentor programında buluşan belediyeleri simgeleyen çizim.",
    "en": "A network of coloured circles joined by lines: a drawing of the municipalities that meet in the mentor programme.",
}
NEWS_ALT = {
    "tr": "Ortası kesişen iki büyük daire: bilgisini paylaşan mentor ile öğrenen mentiyi simgeleyen çizim.",
    "en": "Two large circles that overlap in the middle: a drawing of a mentor who shares knowledge and a mentee who learns.",
}
CHART_ALT = {
    "tr": "Dört dönemde sürekli yükselen sütunlardan oluşan grafik: programa katılan personel sayısının artışını gösteren çizim.",
    "en": "A chart of four columns that rise period by period: a drawing of the growing number of staff taking part.",
}
CHART_CAPTION = {"tr": "Katılımın dönemlere göre artışı (çizim)", "en": "Participation growing period by period (drawing)"}

MEETING_LOG = {
    "tr": ("mentorluk-gorusme-kaydi.csv", "Tarih;Süre (dakika);Biçim;Konu;Kararlar;Sonraki adım\n"
           "GG.AA.YYYY;60;Yüz yüze;Hedeflerin belirlenmesi;;\n"),
    "en": ("mentoring-meeting-log.csv", "Date;Duration (minutes);Format;Topic;Decisions;Next step\n"
           "DD.MM.YYYY;60;Face to face;Setting goals;;\n"),
}
MEETING_LOG_TITLE = {"tr": "Mentorluk görüşme kaydı şablonu (CSV)", "en": "Mentoring meeting log template (CSV)"}


def _png(draw_picture) -> bytes:
    picture = PILImage.new("RGB", SIZE, SAND)
    draw_picture(ImageDraw.Draw(picture))
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return out.getvalue()


def _network(draw) -> None:
    rng = random.Random(7)
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


def _publish(page, **fields) -> None:
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


@transaction.atomic
def load(stdout) -> None:
    hero = ensure_image("Demo: belediyeler ağı / network of municipalities", _network)
    pair = ensure_image("Demo: mentor ve menti / mentor and mentee", _pair)
    chart = ensure_image("Demo: katılım grafiği / participation chart", _chart)
    for code in languages():
        loc = locale(code)
        home = HomePage.objects.get(translation_key=key_uuid("home"), locale=loc)
        if not home.hero_image_id:
            _publish(home, hero_image=hero, hero_image_alt=HERO_ALT[code])
        news = NewsPage.objects.filter(translation_key=key_uuid("news:portal-opens"), locale=loc).first()
        if news is not None and not news.image_id:
            _publish(news, image=pair, image_alt=NEWS_ALT[code])
        _attach_chart(code, loc, chart)
        _attach_meeting_log(code, loc)
    stdout.write("Media: 3 pictures, 2 documents.")


def _attach_chart(code, loc, chart) -> None:
    from resources.models import GoodPracticePage

    practice = GoodPracticePage.objects.filter(translation_key=key_uuid("good-practice:aspb-care-staff-group-mentoring"), locale=loc).first()
    if practice is None or any(block.block_type == "image" for block in practice.attachments):
        return
    practice.attachments.append(("image", {"image": chart, "alt_text": CHART_ALT[code], "caption": CHART_CAPTION[code]}))
    _publish(practice)


def _attach_meeting_log(code, loc) -> None:
    from resources.models import TrainingMaterialPage

    material = TrainingMaterialPage.objects.filter(translation_key=key_uuid("training-material:meeting-notes-form-template"), locale=loc).first()
    if material is None or len(material.documents):
        return
    filename, text = MEETING_LOG[code]
    document = ensure_document(MEETING_LOG_TITLE[code], filename, text)
    material.documents.append(("document", {"document": document, "label": MEETING_LOG_TITLE[code]}))
    _publish(material)
