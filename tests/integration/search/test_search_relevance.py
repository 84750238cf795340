"""Relevance table: what a visitor types and the page that must come first
(or in the top three). Runs on the database the suite runs on, so CI checks
it on SQLite and on PostgreSQL (.ci/run).

Queries are typed the way people type on phones: without Turkish letters,
in capitals, inflected, sometimes misspelt, or by a theme's name.
"""

import pytest
from wagtail.models import Locale

from search import service

# (language, query, title of the page expected, it must be within the first N)
RELEVANCE = [
    # Turkish: programmes
    ("tr", "genc mentor tersine mentorluk programi", "Genç Mentor: Tersine Mentorluk Programı", 3),
    ("tr", "uzman mentor programı", "Belediyeler Arası Uzman Mentor Programı", 3),
    # Its call and the call's match announcement (titled with the call's name) share these words: on
    # SQLite (bm25) both come before the programme, and so does the news of its first term.
    ("tr", "BAKIM PERSONELİ GRUP MENTORLUĞU", "Bakım Personeli için Grup Mentorluğu", 4),
    # Turkish: calls
    ("tr", "dijital donusum cagrisi", "Dijital Dönüşüm Tematik Çağrısı: Mentor ve Menti Başvuruları", 3),
    ("tr", "surekli cagri", "Sürekli Çağrı: Kurumsal İhtiyaç ve Uzmanlık Bildirimi", 1),
    ("tr", "genc mentor basvurulari", "Genç Mentor Programı: Genç Mentor ve Yönetici Başvuruları", 3),
    # Turkish: good practices
    ("tr", "nar taneleri", "Nar Taneleri: bakım elemanları için grup mentorluğu", 1),
    ("tr", "iklim ortakliklari", "Belediyeler arası iklim ortaklıkları", 1),
    ("tr", "egitmen egitimi", "Grup mentorluğunu kuruma kalıcı kılmak: eğitmen eğitimi", 1),
    ("tr", "mentorluğunu kalıcı kılmak", "Grup mentorluğunu kuruma kalıcı kılmak: eğitmen eğitimi", 1),
    # Turkish: training materials
    ("tr", "menti kontrol listesi", "Menti kontrol listesi: hedef belirleme", 1),
    ("tr", "gorusme notu sablonu", "Form şablonu: görüşme notu", 1),
    ("tr", "video ders", "Video ders: grup mentorluğu nasıl yürütülür?", 1),
    # Turkish: news, events, standard pages
    ("tr", "portal yayinda", "Mentor portalı yayında", 1),
    ("tr", "oryantasyon egitimi", "Çevrim içi mentor oryantasyon eğitimi", 1),
    ("tr", "acilis toplantisi", "Tersine mentorluk açılış toplantısı", 1),
    ("tr", "KİŞİSEL VERİLERİN KORUNMASI", "Kişisel Verilerin Korunması Aydınlatma Metni", 1),
    # Turkish: misspelt (the stem survives a slip after the fifth letter)
    ("tr", "oryantasyn egitm", "Çevrim içi mentor oryantasyon eğitimi", 1),
    # English
    ("en", "young mentor reverse mentoring programme", "Young Mentor: Reverse Mentoring Programme", 3),
    ("en", "expert mentor programme", "Inter-Municipal Expert Mentor Programme", 3),
    ("en", "digital transformation call", "Digital Transformation Thematic Call: Mentors and Mentees", 3),
    ("en", "standing call", "Standing Call: Institutional Needs and Offers of Expertise", 1),
    ("en", "climate partnerships", "Municipal climate partnerships", 1),
    ("en", "training the trainers", "Making group mentoring last: training the trainers", 3),
    ("en", "mentee checklist", "Mentee checklist: setting goals", 1),
    ("en", "first meeting guide", "Mentor's guide: the first meeting", 1),
    ("en", "feedback form", "Form template: mid-term and final feedback", 1),
    ("en", "portal is live", "The mentor portal is live", 1),
    ("en", "orientation trainings", "Online mentor orientation training", 1),
    ("en", "kick-off", "Reverse mentoring kick-off meeting", 1),
    ("en", "PRIVACY", "Privacy Notice", 1),
]


@pytest.mark.django_db
@pytest.mark.usefixtures("demo")
@pytest.mark.parametrize(("language", "query", "title", "within"), RELEVANCE, ids=[f"{r[0]}:{r[1]}" for r in RELEVANCE])
def test_the_expected_page_comes_first(language, query, title, within):
    results = service.search(query, Locale.objects.get(language_code=language)).results
    titles = [page.title for page in results[:within]]
    assert title in titles, f"{query!r}: expected {title!r} within the first {within}, got {[p.title for p in results[:5]]}"


def test_the_table_covers_every_content_type():
    assert len(RELEVANCE) >= 20
    assert {language for language, *_ in RELEVANCE} == {"tr", "en"}
