"""Fixtures shared by the integration tests: each test builds just the pages and records it needs.

``site_tree`` gives the root's home pages in Turkish and English and the default
Site; ``themes``, ``programmes``, ``calls``/``open_call``, ``applicant``… add
what a test asks for, through the factories in ``tests/factories``.

The full bilingual demo is for the tests that are about the demo itself (the
smoke suite, roles, media, search relevance on realistic content): they ask for
it with the ``demo`` fixture (``pytestmark = pytest.mark.usefixtures("demo")``).
It is loaded once per test database, committed, and only when such a test runs;
those tests are put last so that the others never see its records (under xdist
each worker takes its tests in collection order).
"""

import datetime
import os

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.factories import calls as call_factories
from tests.factories import site as site_factories
from programs.results.pages import OpenDataPage, ResultsPage
from tests.factories.applications import ApplicationFactory
from tests.factories.pages import both, translated_page
from tests.factories.site import about_page, build_site_tree
from tests.factories.taxonomy import THEMES, InstitutionFactory, theme


def pytest_collection_modifyitems(config, items):
    """Tests on the demo run after all others (stable order otherwise)."""
    items[:] = sorted(items, key=lambda item: "demo" in getattr(item, "fixturenames", ()))


COMMITTED_SNAPSHOT = pytest.StashKey[str]()


def _writes_committed_rows(request) -> bool:
    """A transactional test with ``serialized_rollback`` (threads or a worker process need committed rows),
    outside the browser suite (which restores its demo itself)."""
    marker = request.node.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("serialized_rollback") and not request.node.get_closest_marker("browser"))


def _unblocked_database(request):
    from pytest_django.plugin import blocking_manager_key  # only needed once Django is set up

    return request.config.stash[blocking_manager_key].unblock()


def pytest_fixture_setup(fixturedef, request):
    """Before such a test, keep the database as the tests before left it (what migrations made: locales, the
    Wagtail root page, the staff groups…). Read with no language active: workflow names are shown translated
    when loaded (``home.workflow_names``) and must be written back as stored."""
    if fixturedef.argname == "_django_db_helper" and _writes_committed_rows(request):
        from django.db import connection
        from django.utils import translation

        with _unblocked_database(request), translation.override(None):
            request.node.stash[COMMITTED_SNAPSHOT] = connection.creation.serialize_db_to_string()


def pytest_fixture_post_finalizer(fixturedef, request):
    """pytest-django empties every table after such a test; write the kept content back at once, so the tests
    that follow find the database as they expect."""
    snapshot = request.node.stash.get(COMMITTED_SNAPSHOT, None) if fixturedef.argname == "_django_db_helper" else None
    if snapshot is None:
        return
    del request.node.stash[COMMITTED_SNAPSHOT]
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    with _unblocked_database(request):
        if not ContentType.objects.exists():  # emptied (a test skipped before it started was not)
            connection.creation.deserialize_db_from_string(snapshot)


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    """Load the bilingual demo once per test database; each test still runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=open(os.devnull, "w"))


@pytest.fixture
def site_tree(db):
    return build_site_tree()


@pytest.fixture
def about(site_tree):
    """/tr/hakkinda/ and /en/about/."""
    return about_page(site_tree)


@pytest.fixture
def themes(db):
    """{key: Turkish theme}, each with its English translation: the portal's ten themes."""
    return {key: theme(tr, en) for key, tr, en in THEMES}


@pytest.fixture
def institutions(db):
    return {
        "kuzeysehir_bb": InstitutionFactory(name="Kuzeyşehir Büyükşehir Belediyesi", kind="metropolitan"),
        "yaylakent": InstitutionFactory(name="Yaylakent Belediyesi", kind="provincial", city="Yaylakent"),
        "limanici": InstitutionFactory(name="Limaniçi Belediyesi"),
    }


@pytest.fixture
def programme_index(site_tree):
    return call_factories.programme_index(site_tree)


@pytest.fixture
def expert_programme(programme_index, themes):
    return call_factories.programme(
        programme_index, {"tr": "Belediyeler Arası Uzman Mentor Programı", "en": "Inter-Municipal Expert Mentor Programme"},
        {"tr": "uzman-mentor-programi", "en": "expert-mentor-programme"}, themes=[themes["digital"], themes["urban_planning"]],
    )


@pytest.fixture
def group_programme(programme_index, themes):
    return call_factories.programme(
        programme_index, {"tr": "Bakım Personeli İçin Grup Mentorluğu", "en": "Group Mentoring for Care Staff"},
        {"tr": "bakim-personeli-grup-mentorlugu", "en": "group-mentoring-for-care-staff"},
        program_type="group", themes=[themes["social_services"]], format="face_to_face", duration_weeks=24,
        group_mentors_min=2, group_mentors_max=3, group_mentees_min=4, group_mentees_max=6,
    )


@pytest.fixture
def programmes(programme_index, expert_programme, group_programme, themes):
    """The three demo-like programmes under a programme index: {key: Translations}."""
    reverse = call_factories.programme(
        programme_index, {"tr": "Tersine Mentorluk", "en": "Reverse Mentoring"},
        {"tr": "genc-mentor-tersine-mentorluk", "en": "young-mentor-reverse-mentoring"},
        program_type="reverse", themes=[themes["leadership"], themes["digital"]],
    )
    return {"index": programme_index, "expert": expert_programme, "reverse": reverse, "group": group_programme}


@pytest.fixture
def open_call(site_tree, expert_programme, themes, institutions):
    """The open thematic call with its own required questions; ``open_call("tr")`` is the Turkish page.

    Institutions exist so that the form's list has choices; the call index lists the calls."""
    call_factories.call_index(site_tree)
    return call_factories.call(
        expert_programme, {"tr": "Dijital Dönüşüm Tematik Çağrısı", "en": "Digital Transformation Thematic Call"},
        {"tr": "dijital-donusum-cagrisi", "en": "digital-transformation-call"},
        themes=[themes["digital"], themes["social_media"]], questions=True,
    )


@pytest.fixture
def closed_group_call(site_tree, group_programme, themes):
    """The group call for care staff, closed twenty days ago; results in five days."""
    call_factories.call_index(site_tree)
    return call_factories.call(
        group_programme, {"tr": "Bakım Personeli Grup Çağrısı", "en": "Care Staff Group Call"},
        {"tr": "bakim-personeli-grup-cagrisi", "en": "care-staff-group-call"}, themes=[themes["social_services"]],
        opens_in_days=-60, closes_in_days=-20, results_in_days=5,
    )


@pytest.fixture
def calls(open_call, closed_group_call, programmes, themes):
    """Calls in every state, as in the demo: {key: Translations}; the call index page lists them."""
    return {
        "expert_digital": open_call,
        "expert_standing": call_factories.call(
            programmes["expert"], {"tr": "Sürekli Çağrı: İhtiyaç ve Uzmanlık Bildirimi", "en": "Standing Call: Needs and Expertise"},
            {"tr": "surekli-cagri", "en": "standing-call"}, themes=[themes["digital"]], opens_in_days=-90,
            closes_in_days=None, results_in_days=None, places=None,
        ),
        "reverse_young_mentor": call_factories.call(
            programmes["reverse"], {"tr": "Genç Mentor Çağrısı", "en": "Young Mentor Call"},
            {"tr": "genc-mentor-cagrisi", "en": "young-mentor-call"}, themes=[themes["leadership"]],
            opens_in_days=10, closes_in_days=40, results_in_days=55,
        ),
        "group_care_staff": closed_group_call,
    }


@pytest.fixture
def applicant(open_call, institutions, themes):
    """A submitted mentee application to the open call (Turkish)."""
    return ApplicationFactory(call=open_call["tr"], institution=institutions["kuzeysehir_bb"], themes=[themes["digital"]])


@pytest.fixture
def match_pair(open_call, institutions, themes):
    """A shortlisted mentee and a shortlisted mentor of the open call, from different institutions (Turkish)."""
    call = open_call("tr")
    shortlisted = ["under_review", "eligible", "shortlisted"]
    mentee = ApplicationFactory(call=call, role="mentee", name="Zeynep Kurgu", email="zeynep.kurgu@example.org",
                                institution=institutions["kuzeysehir_bb"], themes=[themes["digital"]], statuses=shortlisted)
    mentor = ApplicationFactory(call=call, role="mentor", name="Hakan Deneme", email="hakan.deneme@example.org",
                                institution=institutions["yaylakent"], themes=[themes["digital"]], statuses=shortlisted)
    return mentee, mentor


@pytest.fixture
def confirmed_match(match_pair):
    """The pair matched, every party's consent recorded, and the match confirmed (both applications "matched")."""
    from programs.matching import states as match_states
    from programs.matching import workflow as match_workflow
    from tests.factories.matching import match, with_consents

    confirmed = with_consents(match(*match_pair))
    return match_workflow.transition(confirmed, match_states.CONFIRMED)


@pytest.fixture
def library(site_tree, programmes, themes):
    """The knowledge library with one page of each kind, a news section with a page and an events section with an event."""
    from tests.factories import resources, site

    index = resources.library_index(site_tree)
    news, events = site.news_index(site_tree), site.event_index(site_tree)
    return {
        "index": index,
        "good_practice": resources.good_practice(
            index, {"tr": "URBACT Transfer Ağları", "en": "URBACT Transfer Networks"},
            {"tr": "urbact-transfer-aglari", "en": "urbact-transfer-networks"}, themes=[themes["urban_planning"]],
            programme=programmes["expert"],
        ),
        "training_material": resources.training_material(
            index, {"tr": "Geri Bildirim Formu Şablonu", "en": "Feedback Form Template"},
            {"tr": "geri-bildirim-formu-sablonu", "en": "feedback-form-template"}, themes=[themes["hr"]], material_type="form_template",
        ),
        "news_index": news,
        "news": site.news_page(news, {"tr": "Portal açıldı", "en": "The portal opens"}, {"tr": "portal-acildi", "en": "portal-opens"},
                               themes=[themes["digital"]]),
        "events_index": events,
        "event": site.event_page(events, {"tr": "Tersine Mentorluk Başlangıç Toplantısı", "en": "Reverse Mentoring Kick-off"},
                                 {"tr": "tersine-mentorluk-tanisma", "en": "reverse-mentoring-get-together"}, themes=[themes["leadership"]]),
    }


def istanbul(days, hour):
    """``days`` from today at ``hour`` o'clock, Istanbul time."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


@pytest.fixture
def news_and_events(site_tree, themes):
    """Five news pages (newest first: the group programme's end; oldest: the portal's launch) and three events."""
    news = site_factories.news_index(site_tree)
    for days, title, slug, keys in [
        (40, {"tr": "Mentor portalı yayında", "en": "The mentor portal is live"}, {"tr": "portal-yayinda", "en": "portal-is-live"}, []),
        (30, {"tr": "Tersine mentorluk programı başladı", "en": "Reverse mentoring programme launched"},
         {"tr": "tersine-mentorluk-programi-basladi", "en": "reverse-mentoring-programme-launched"}, ["digital"]),
        (20, {"tr": "Uzman mentor çağrısı açıldı", "en": "Expert mentor call opens"}, {"tr": "cagri-acildi", "en": "call-opens"}, []),
        (10, {"tr": "İyi uygulamalar kütüphanede", "en": "Good practices in the library"}, {"tr": "iyi-uygulamalar", "en": "good-practices"}, []),
        (2, {"tr": "Bakım personeli grup mentorluğu tamamlandı", "en": "Group mentoring for care staff completes"},
         {"tr": "grup-mentorlugu-tamamlandi", "en": "group-mentoring-completes"}, []),
    ]:
        site_factories.news_page(news, title, slug, days_ago=days, themes=[themes[key] for key in keys])
    events = site_factories.event_index(site_tree)
    return {
        "orientation": site_factories.event_page(events, {"tr": "Çevrim içi mentor oryantasyon eğitimi", "en": "Online mentor orientation training"},
                                       {"tr": "cevrim-ici-mentor-oryantasyonu", "en": "online-mentor-orientation"},
                                       starts_at=istanbul(5, 14), online_url="https://meet.example.org/mentor-oryantasyon"),
        "networking": site_factories.event_page(events, {"tr": "Üye belediyeler buluşması", "en": "Member municipalities networking meeting"},
                                      {"tr": "uye-belediyeler-bulusmasi", "en": "member-networking-meeting"},
                                      starts_at=istanbul(20, 10), hours=5),
        "kickoff": site_factories.event_page(events, {"tr": "Tersine mentorluk başlangıç toplantısı", "en": "Reverse mentoring kick-off meeting"},
                                   {"tr": "tersine-mentorluk-baslangic", "en": "reverse-mentoring-kickoff"}, starts_at=istanbul(-15, 10)),
    }


@pytest.fixture
def results_page(site_tree):
    """The whole programme's results page under the home page (``programme_results``: one programme's)."""
    return translated_page(site_tree.tr, ResultsPage, both({"tr": "Sonuçlar", "en": "Results"}, {"tr": "sonuclar", "en": "results"},
                                                           intro="<p>Programın sonuçları.</p>"))


@pytest.fixture
def programme_results(expert_programme):
    return translated_page(expert_programme["tr"], ResultsPage, both({"tr": "Programın Sonuçları", "en": "Programme Results"},
                                                                     {"tr": "sonuclar", "en": "results"}))


@pytest.fixture
def open_data_page(site_tree):
    return translated_page(site_tree.tr, OpenDataPage, both({"tr": "Açık Veri", "en": "Open Data"}, {"tr": "acik-veri", "en": "open-data"}))
