"""The secretariat's application search folds Turkish case and letters like the site search, on every database."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection

from home import roles
from programs.applications import states
from programs.models import Application, Institution

pytestmark = pytest.mark.django_db

URL = "/admin/programs_application/"


@pytest.fixture
def secretariat(client):
    user = get_user_model().objects.create_user("arayan_sekreter", "arayan@example.org", "x")
    user.groups.add(Group.objects.get(name=roles.SECRETARIAT))
    client.force_login(user)
    return user


def new_application(call, email, **fields):
    values = {"call": call, "role": "mentee", "name": "Deneme Başvuran", "email": email,
              "phone": "+90 312 000 00 00", "institution_other": "Deneme Kurumu", "description": "Bir ihtiyaç."}
    return Application.objects.create(**{**values, **fields})


@pytest.fixture
def applications(open_call):
    call = open_call("tr")
    return {
        "geographer": new_application(call, "cografya@example.org", position="Coğrafyacı", description="Harita işleri."),
        "capital": new_application(call, "buyuk@example.org", institution_other="Örnek Belediyesi"),
        "small": new_application(call, "kucuk@example.org", description="Bu örnek bir ihtiyaç."),
        "neither": new_application(call, "hicbiri@example.org", name="Işıl Yıldız", description="Başka bir konu."),
    }


def found(client, query) -> set[str]:
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    references = {application.reference for application in response.context["object_list"]}
    page = response.content.decode()
    assert all(reference in page for reference in references)
    return references


def test_the_folded_text_is_what_the_migration_and_save_write(applications):
    assert "cografyaci" in applications["geographer"].search_text
    assert "ornek belediyesi" in applications["capital"].search_text


@pytest.mark.parametrize(
    "query,expected",
    [
        ("cografyaci", {"geographer"}),
        ("COĞRAFYACI", {"geographer"}),
        ("örnek", {"capital", "small"}),
        ("Örnek", {"capital", "small"}),
        ("ORNEK", {"capital", "small"}),
        ("isil yildiz", {"neither"}),
        ("IŞIL", {"neither"}),
        ("örnek belediyesi", {"capital"}),
        ("zzqxv-yok", set()),
    ],
)
def test_the_admin_search_folds_turkish_case_and_letters(client, secretariat, applications, query, expected):
    references = {key: application.reference for key, application in applications.items()}
    result = found(client, query) & set(references.values())
    assert result == {references[key] for key in expected}, (connection.vendor, query)


def test_a_query_that_matches_nothing_lists_nothing(client, secretariat, applications):
    response = client.get(URL, {"q": "zzqxv-yok"})
    assert list(response.context["object_list"]) == []


def test_the_institution_chosen_from_the_list_is_found_by_its_folded_name(open_call, client, secretariat):
    call = open_call("tr")
    institution = Institution.objects.create(name="Çanakkale İl Özel İdaresi", kind="provincial")
    application = new_application(call, "il.kurumu@example.org", institution=institution, institution_other="")
    assert application.reference in found(client, "canakkale il ozel")
    institution.name = "Gökçeada Belediyesi"
    institution.save()
    assert application.reference in found(client, "GOKCEADA")  # renamed: nothing stored to rewrite
    assert application.reference not in found(client, "canakkale")


def test_a_status_change_keeps_and_an_edit_refreshes_the_folded_text(applications):
    application = applications["geographer"]
    states.change_status(application, "under_review", note="")
    application.refresh_from_db()
    assert "cografyaci" in application.search_text
    application.position = "Şehir plancısı"
    application.save(update_fields=["position"])
    application.refresh_from_db()
    assert "sehir plancisi" in application.search_text and "cografyaci" not in application.search_text


def test_the_migration_fills_the_folded_text_of_existing_applications(applications):
    Application.objects.update(search_text="")
    migration = importlib.import_module("programs.migrations.0007_application_search_text")
    migration.fill_search_text(django_apps, None)
    assert "cografyaci" in Application.objects.get(pk=applications["geographer"].pk).search_text
    assert Application.objects.filter(search_text="").count() == 0
