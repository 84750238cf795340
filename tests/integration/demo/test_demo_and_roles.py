"""The demo loader is idempotent and the staff groups have the intended rights."""

import io

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Page, Workflow

from home import roles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def snapshot():
    counts = {m._meta.label: m.objects.count() for m in apps.get_models() if m._meta.app_label in ("wagtailcore", "home", "programs", "resources", "auth", "wagtailimages", "wagtaildocs")}
    counts.pop("wagtailcore.ReferenceIndex", None)
    counts.pop("wagtailimages.Rendition", None)  # made when a page is first shown, not by the loader
    return counts


def test_load_demo_twice_changes_nothing():
    before = snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    # last, not buried; on the configured address (tests: the test client's host)
    assert out.getvalue().rstrip().splitlines()[-1].startswith("Demo admin: http://testserver/admin/  user: admin")


def test_demo_pages_exist_in_both_languages():
    for slug_tr, slug_en in (("hakkinda", "about"), ("iletisim", "contact")):
        tr = Page.objects.get(slug=slug_tr, locale__language_code="tr")
        en = Page.objects.get(slug=slug_en, locale__language_code="en")
        assert tr.translation_key == en.translation_key
        assert tr.live and en.live


def codenames(group_name):
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def page_codenames(group_name):
    return set(GroupPagePermission.objects.filter(group__name=group_name).values_list("permission__codename", flat=True))


def test_editors_group_is_replaced_by_communications():
    assert set(Group.objects.values_list("name", flat=True)) >= {roles.COMMUNICATIONS, roles.MODERATORS, roles.SECRETARIAT}
    assert not Group.objects.filter(name="Editors").exists()


@pytest.mark.parametrize(
    ("group", "allowed", "denied"),
    [
        (roles.COMMUNICATIONS, {"add_page", "change_page"}, {"publish_page"}),
        (roles.MODERATORS, {"change_page", "publish_page"}, set()),
        (roles.SECRETARIAT, set(), {"add_page", "change_page", "publish_page"}),
    ],
)
def test_page_permission_matrix(group, allowed, denied):
    granted = page_codenames(group)
    assert allowed <= granted
    assert not denied & granted


def test_every_group_can_enter_the_admin():
    for name in (roles.COMMUNICATIONS, roles.MODERATORS, roles.SECRETARIAT):
        assert "wagtailadmin.access_admin" in codenames(name)


def test_only_the_secretariat_holds_applicant_and_matching_permissions():
    personal = {"programs.view_application", "programs.change_application", "programs.view_match", "programs.view_consent", "programs.view_meeting"}
    assert personal <= codenames(roles.SECRETARIAT)
    for name in (roles.COMMUNICATIONS, roles.MODERATORS):
        assert not personal & codenames(name), name


def test_communications_edits_snippets_but_secretariat_does_not_edit_content():
    assert {"programs.change_theme", "home.change_sitetext"} <= codenames(roles.COMMUNICATIONS)
    assert not {"programs.change_theme", "home.change_sitetext"} & codenames(roles.SECRETARIAT)


def test_moderation_workflow_covers_the_whole_tree():
    workflow = Workflow.objects.get(name="Moderators approval")
    assert workflow.active
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [roles.MODERATORS]
    for page in Page.objects.filter(depth__gte=2):
        assert page.get_workflow() == workflow


def test_permission_table_names_only_real_permissions():
    tables = [value for name, value in vars(roles).items() if name.endswith("_PERMISSIONS") and name != "PAGE_PERMISSIONS"]
    assert len(tables) >= 4
    for table in tables:
        for entries in table.values():
            for app_label, codename in entries:
                assert Permission.objects.filter(content_type__app_label=app_label, codename=codename).exists(), codename
