"""Admin registration for the programmes app: every domain's view sets, admin URLs and audit-log actions.

Themes are translatable snippets: wagtail-localize adds "Translate" to them.
The view sets themselves live beside their domain (`programs/*/viewsets.py`).
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from programs.applications import states as application_states
from programs.applications import viewsets as application_views
from programs.claims import decision as claim_decision
from programs.claims import rules as claim_rules
from programs.claims.viewsets import ClaimsGroup
from programs.events import registering as event_registering
from programs.events.viewsets import EventRegistrationViewSet
from programs.followup import plans
from programs.followup.viewsets import DashboardViewSet, GoalViewSet, GoodPracticeProposalViewSet, MeetingViewSet
from programs.matching import announcements
from programs.matching import workflow as match_workflow
from programs.matching.viewsets import MatchViewSet, SuggestionsViewSet
from programs.models import Institution, Theme
from programs.preparation.viewsets import PreparationRecordViewSet
from programs.privacy import subjects
from programs.privacy.viewsets import PersonalDataGroup


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "site"
    menu_label = _("Institutions")
    list_display = ["name", "kind", "city", "is_member"]
    list_filter = ["kind", "is_member", "city"]
    search_fields = ["name", "city"]
    ordering = ["name"]


class ProgrammesGroup(SnippetViewSetGroup):
    menu_label = _("Programmes")
    menu_icon = "group"
    menu_order = 250
    items = (ThemeViewSet, InstitutionViewSet)


register_snippet(ProgrammesGroup)


# --- Applications: the secretariat's view set, admin URLs, bulk action, audit log ---


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return application_views.application_viewset


@hooks.register("register_admin_urls")
def register_application_admin_urls():
    return [
        path("programs/applications/<int:pk>/status/", application_views.change_status_view, name="programs_application_status_change"),
        path("programs/attachments/<int:pk>/", application_views.attachment_view, name="programs_attachment"),
    ]


hooks.register("register_bulk_action", application_views.ChangeStatusBulkAction)


@hooks.register("register_log_actions")
def register_application_log_actions(actions):
    actions.register_action(application_states.LOG_ACTION, _("Change application status"), _("Application status changed"))
    actions.register_action(application_states.LOG_ACTION_MANUAL, _("Add application by hand"), _("Application added by hand"))


# -- Matching and follow-up (secretariat) -------------------------------------


class MatchingGroup(ViewSetGroup):
    menu_label = _("Matching")
    menu_icon = "group"
    menu_order = 260
    items = (SuggestionsViewSet, MatchViewSet, PreparationRecordViewSet, MeetingViewSet, GoalViewSet, GoodPracticeProposalViewSet, DashboardViewSet)



@hooks.register("register_admin_viewset")
def register_matching():
    return MatchingGroup()


@hooks.register("register_admin_viewset")
def register_event_registrations():
    return EventRegistrationViewSet("event_registrations")


@hooks.register("register_log_actions")
def register_event_log_actions(actions):
    actions.register_action(event_registering.LOG_ATTENDANCE, _("Mark attendance"), _("Attendance marked"))
    actions.register_action(event_registering.LOG_CANCELLED, _("Cancel event registration"), _("Event registration cancelled"))


@hooks.register("register_admin_viewset")
def register_personal_data():
    return PersonalDataGroup()


@hooks.register("register_log_actions")
def register_matching_log_actions(actions):
    actions.register_action(match_workflow.LOG_CREATED, _("Propose match"), _("Match proposed"))
    actions.register_action(match_workflow.LOG_STATE, _("Change match state"), _("Match state changed"))
    actions.register_action(match_workflow.LOG_CONSENT, _("Record consent"), _("Consent recorded"))
    actions.register_action(match_workflow.LOG_CONSENT_WITHDRAWN, _("Withdraw consent"), _("Consent withdrawn"))
    actions.register_action(match_workflow.LOG_EXTENSION, _("Request extension"), _("Extension requested"))
    actions.register_action(match_workflow.LOG_EXTENSION_APPLIED, _("Apply extension"), _("Extension applied"))
    actions.register_action(plans.LOG_PLAN, _("Write development plan"), _("Development plan written"))
    actions.register_action(subjects.LOG_ERASED, _("Erase a person's data"), _("Personal data erased"))
    actions.register_action(announcements.LOG_ANNOUNCED, _("Create match announcement"), _("Match announcement drafted"))


# -- Travel claims (regulation Article 8): the list, the year's rates, each claim's decision screen ------------


@hooks.register("register_admin_viewset")
def register_claims():
    return ClaimsGroup()


@hooks.register("register_admin_urls")
def register_claim_admin_urls():
    return [
        path("programs/claims/<int:pk>/decide/", claim_decision.decide_view, name=claim_decision.DECIDE_URL),
        path("programs/claims/receipts/<int:pk>/", claim_decision.receipt_view, name="programs_claim_receipt"),
    ]


@hooks.register("register_log_actions")
def register_claim_log_actions(actions):
    actions.register_action(claim_rules.LOG_SUBMITTED, _("Submit travel claim"), _("Travel claim submitted"))
    actions.register_action(claim_rules.LOG_DECIDED, _("Decide travel claim"), _("Travel claim decided"))
