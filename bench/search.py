"""Benchmark site search on the current database (DATABASE_URL).

    DATABASE_URL=sqlite:////tmp/search_bench.sqlite3 python bench/search.py [--pages 10000] [--queries 200] [--seed 7]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench python bench/search.py

Use a scratch database: it is migrated, gets the demo, then ``--pages``
bilingual pages (half Turkish, half English, written from municipal
themes) under a "bench" page in each language. Times (a) indexing every
page with ``update_index`` and (b) the search the results page runs
(query, fallback, facets over the best 200, count, first page of 10) and
(c) the autocomplete titles for 2-, 4- and 8-letter prefixes of the queries and
(d) the whole results page for 100 of the queries (Django's test client), for a mix
of Turkish and English queries: with and without Turkish letters,
inflected, misspelt, one to three words. Re-running reuses the pages.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import argparse  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

import django  # noqa: E402
from django.conf import settings  # noqa: E402

# Pages are indexed once, by update_index, so that its time is measured.
settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from home.models import HomePage, StandardPage  # noqa: E402
from search import service  # noqa: E402

# (Turkish, English) sentences per municipal theme; pages combine them.
THEMES = {
    "digital": (
        ["Belediyemiz e-belediye hizmetlerini dijital dönüşüm ile yeniledi.", "Vatandaş başvuruları artık çevrim içi alınıyor.",
         "Bilgi işlem müdürlüğü veri güvenliği eğitimi düzenledi.", "Açık veri portalı şeffaflığı artırıyor."],
        ["Our municipality renewed its e-services through digital transformation.", "Citizens' applications are now taken online.",
         "The IT department held a data security training.", "The open data portal increases transparency."],
    ),
    "disaster": (
        ["Afet yönetimi planı deprem tatbikatı ile sınandı.", "Acil durum koordinasyon merkezi gönüllüleri eğitiyor.",
         "Tahliye rotaları mahalle muhtarlarıyla belirlendi."],
        ["The disaster management plan was tested with an earthquake drill.", "The emergency coordination centre trains volunteers.",
         "Evacuation routes were set with neighbourhood heads."],
    ),
    "climate": (
        ["İklim değişikliğine uyum eylem planı hazırlandı.", "Şehir içi bisiklet yolları ve yeşil alanlar genişliyor.",
         "Sera gazı envanteri her yıl güncelleniyor."],
        ["A climate change adaptation action plan was prepared.", "Cycle lanes and green spaces are growing across the city.",
         "The greenhouse gas inventory is updated every year."],
    ),
    "social": (
        ["Sosyal hizmetler müdürlüğü yaşlı bakım personeline grup mentorluğu sunuyor.", "Engelli vatandaşlar için erişilebilirlik rehberi yayımlandı.",
         "Aşevi ve evde bakım hizmetleri birlikte planlanıyor."],
        ["The social services department offers group mentoring to elderly care staff.", "An accessibility guide for disabled citizens was published.",
         "Soup kitchen and home care services are planned together."],
    ),
    "mentoring": (
        ["Mentorluk programı kurumlar arası bilgi paylaşımını güçlendiriyor.", "Tersine mentorlukta genç çalışanlar yöneticilere mentorluk yapıyor.",
         "Mentorların ve mentilerin ilk görüşmesi hedef belirlemeyle başlıyor."],
        ["The mentoring programme strengthens knowledge sharing between institutions.", "In reverse mentoring young staff mentor managers.",
         "The first meeting of mentors and mentees starts with setting goals."],
    ),
    "finance": (
        ["Mali yönetimde katılımcı bütçe uygulaması başladı.", "Belediye borç yönetimi ve iç denetim raporu yayımlandı."],
        ["Participatory budgeting started in financial management.", "The municipal debt management and internal audit report was published."],
    ),
}
TITLES = {
    "tr": ["{city} Belediyesi {topic} deneyimi", "{topic}: {city} için iyi uygulama", "{city} kentinde {topic} eğitimi"],
    "en": ["{topic} in {city} Municipality", "{topic}: a good practice from {city}", "{topic} training in {city}"],
}
TOPICS = {
    "digital": ("Dijital dönüşüm", "Digital transformation"), "disaster": ("Afet yönetimi", "Disaster management"),
    "climate": ("İklim uyumu", "Climate adaptation"), "social": ("Sosyal hizmetler", "Social services"),
    "mentoring": ("Mentorluk", "Mentoring"), "finance": ("Mali yönetim", "Financial management"),
}
CITIES = ["Kuzeyşehir", "Güneyşehir", "Yaylakent", "Limaniçi", "Çınarlı", "Sahilkent", "Kayalıdere", "Bağlarönü", "Yeşilyamaç", "Işıklı"]
QUERIES = {
    "tr": ["egitim", "dijital donusum", "afet yonetimi", "deprem tatbikatı", "iklim", "bisiklet yollari", "mentorluk",
           "mentorların", "tersine mentorluk", "sosyal hizmetler", "yasli bakim", "katilimci butce", "ISIKLI", "kuzeysehir",
           "acik veri", "gonulluler", "mentorlk programi", "sehir ici", "erisilebilirlik rehberi", "ic denetim"],
    "en": ["training", "digital transformation", "disaster", "earthquake drill", "climate adaptation", "cycle lanes",
           "mentoring", "mentors", "reverse mentoring", "social services", "elderly care", "participatory budgeting",
           "open data", "volunteers", "accessibility guide", "internal audit", "green spaces", "mentoring programme",
           "evacuation routes", "knowledge sharing"],
}


def page_text(rng: random.Random, language: int) -> tuple[str, str, str]:
    theme = rng.choice(list(THEMES))
    others = rng.sample(list(THEMES), 2)
    code = ("tr", "en")[language]
    title = rng.choice(TITLES[code]).format(city=rng.choice(CITIES), topic=TOPICS[theme][language])
    sentences = THEMES[theme][language] * 2 + [rng.choice(THEMES[other][language]) for other in others]
    rng.shuffle(sentences)
    intro = " ".join(sentences[:2])
    body = " ".join(sentences * 3)
    return title, intro, body


def build_pages(total: int, seed: int) -> int:
    """Create the bench pages that are missing; return how many exist."""
    rng = random.Random(seed)
    created = 0
    for language, code in enumerate(("tr", "en")):
        home = HomePage.objects.get(locale=Locale.objects.get(language_code=code))
        parent = StandardPage.objects.child_of(home).filter(slug="bench").first()
        if parent is None:
            parent = home.add_child(instance=StandardPage(title="Bench", slug="bench"))
        existing = parent.get_children().count()
        with transaction.atomic():
            for number in range(existing, total // 2):
                title, intro, body = page_text(rng, language)
                paragraph = [{"type": "paragraph", "value": f"<p>{body}</p>"}]
                parent.add_child(instance=StandardPage(title=title, slug=f"b{number}", intro=intro[:500], body=paragraph))
                created += 1
    return created


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return result, (time.perf_counter() - start) * 1000


def run_search(query: str, locale: Locale) -> int:
    outcome = service.search(query, locale)
    list(outcome.results[: service.PAGE_SIZE])
    return outcome.results.count()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    quiet = open(os.devnull, "w")
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=quiet)
    created, build_ms = timed(build_pages, args.pages, args.seed)
    print(f"database: {connection.vendor}; built {created} new pages in {build_ms / 1000:.1f} s")

    _, index_ms = timed(lambda: call_command("update_index", verbosity=0, stdout=quiet))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # what autovacuum does after a bulk load
            cursor.execute("VACUUM ANALYZE")
    indexed = StandardPage.objects.filter(slug__startswith="b").count()
    print(f"update_index over {indexed} bench pages + demo: {index_ms / 1000:.1f} s")

    rng = random.Random(args.seed)
    locales = {code: Locale.objects.get(language_code=code) for code in QUERIES}
    mix = [(code, rng.choice(QUERIES[code])) for code in rng.choices(list(QUERIES), k=args.queries)]
    for code, query in mix[:10]:  # warm caches and connections
        run_search(query, locales[code])
    timings, hits = [], []
    for code, query in mix:
        count, ms = timed(run_search, query, locales[code])
        timings.append(ms)
        hits.append(count)
    print(f"{len(timings)} queries: {summary(timings)}; median hits {statistics.median(hits):.0f}")

    # The enhanced box asks for titles as the visitor types: 2 to 8 letters of each query.
    prefixes = [(code, query[:length]) for code, query in mix for length in (2, 4, 8) if len(query) >= length]
    completions = [timed(service.suggestions, prefix, locales[code])[1] for code, prefix in prefixes]
    print(f"{len(completions)} autocomplete prefixes: {summary(completions)}")

    # The whole results page as a visitor gets it (in process: view, template, query log; no network).
    client = Client(HTTP_HOST="127.0.0.1")
    pages = [timed(client.get, f"/{code}/search/", {"q": query})[1] for code, query in mix[:100]]
    print(f"{len(pages)} results pages: {summary(pages)}")


def summary(timings: list[float]) -> str:
    timings = sorted(timings)
    p95 = timings[int(0.95 * (len(timings) - 1))]
    return f"median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, max {timings[-1]:.1f} ms"


if __name__ == "__main__":
    main()
