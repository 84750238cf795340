"""The admin's CSP (script-src 'self') blocks inline code, so no admin form may rely on it.

Wagtail renders inline scripts for choosers, inline panels and date/time widgets; we replace
them (home/admin_csp.py, templates/wagtailadmin/). This scan catches any that come back,
e.g. after a Wagtail upgrade or with a new widget.
"""

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page, get_page_models

from programs.models import Application, DataSubjectRequest, Institution, Match, Meeting, ProgramPage, RetentionRule, Theme
from tests.factories import site as site_factories
from tests.integration.matching.matching_support import closed_call_pool  # noqa: F401

NON_EXECUTABLE = {"application/json", "application/ld+json", "text/template"}
PAGE_MODELS = sorted(m._meta.label for m in get_page_models() if m is not Page)
MODEL_VIEWS = {
    "programs.Application": "programs_application",
    "programs.Match": "match",
    "programs.Meeting": "meeting",
    "programs.Theme": "wagtailsnippets_programs_theme",
    "programs.Institution": "wagtailsnippets_programs_institution",
    "programs.RetentionRule": "retention_rules",
    "programs.DataSubjectRequest": "data_requests",
}
MODELS = {m._meta.label: m for m in (Application, Match, Meeting, Theme, Institution, RetentionRule, DataSubjectRequest)}


class InlineCodeFinder(HTMLParser):
    """Collects inline scripts a browser would execute and inline event handlers."""

    def __init__(self):
        super().__init__()
        self.found, self._in_inline_script = [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        handlers = [name for name in attrs if name.startswith("on")]
        if handlers:
            self.found.append(f"<{tag} {' '.join(handlers)}>")
        if tag == "script" and "src" not in attrs and (attrs.get("type") or "").lower() not in NON_EXECUTABLE:
            self._in_inline_script = True

    def handle_endtag(self, tag):
        self._in_inline_script = False if tag == "script" else self._in_inline_script

    def handle_data(self, data):
        if self._in_inline_script and data.strip():
            self.found.append(f"<script>{data.strip()[:120]}")


def inline_code(html):
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.found


def page_urls(label):
    model = next(m for m in get_page_models() if m._meta.label == label)
    page = Page.objects.exact_type(model).order_by("pk").first()
    assert page is not None, f"no {label} to edit"
    urls = [reverse("wagtailadmin_pages:edit", args=[page.pk])]
    parent = page.get_parent()
    if model.can_create_at(parent):  # singletons (max_count) have no add form
        urls.append(reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]))
    return urls


def model_urls(label):
    instance = MODELS[label].objects.order_by("pk").first()
    assert instance is not None, f"no {label} to edit"
    if label == "programs.Match":  # made on the suggestion screen, edited on its own page (generic views redirect)
        return [reverse("matching:match", args=[instance.pk])]
    return [reverse(f"{MODEL_VIEWS[label]}:edit", args=[instance.pk]), reverse(f"{MODEL_VIEWS[label]}:add")]


@pytest.fixture
def notice(site_tree):
    return site_factories.privacy_notice(site_tree)


@pytest.fixture
def personal_data_rows(closed_call_pool):
    RetentionRule.objects.create(programme=ProgramPage.objects.first(), unmatched_months=6, matched_months=12)
    DataSubjectRequest.objects.create(email="soran@example.org", kind="copy")


@pytest.mark.django_db
@pytest.mark.usefixtures("about", "library", "closed_call_pool", "notice", "personal_data_rows", "results_page", "open_data_page")  # one page of every type, applications, a match and meetings
@pytest.mark.parametrize("label", PAGE_MODELS + list(MODEL_VIEWS))
def test_admin_forms_carry_no_inline_code(client, label):
    client.force_login(get_user_model().objects.create_superuser("csp_scan", "csp@example.org", "pw"))
    urls = model_urls(label) if label in MODEL_VIEWS else page_urls(label)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "<form" in html, url
        assert inline_code(html) == [], url
