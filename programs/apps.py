from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = _("Mentor programmes")

    def ready(self):
        # Imported here because views may import models only once the app registry is ready.
        from programs.applications.views import apply_view, sent_view
        from programs.calls.models import CallPage
        from programs.matching import workflow  # noqa: F401  connects its receiver of `application_left`
        from programs.privacy import files

        files.connect()

        from portal import page_cache

        page_cache.clock(CallPage, "opens_at", "closes_at", "results_announced_at")
        # The results pages' figures count these records (programs.results.data).
        from programs.applications.models import Application
        from programs.followup.models import Feedback, Meeting
        from programs.matching.models import Match

        page_cache.watch(Application, Match, Meeting, Feedback)

        # The event page shows its seats left, and its "register/" route serves the form (see EventPage.register_view).
        from home.models import EventPage
        from programs.events.models import EventRegistration
        from programs.events.views import register_view

        page_cache.watch(EventRegistration)
        EventPage.register_view = staticmethod(register_view)

        # The call page's "apply/" route serves the application form (see CallPage.apply_view).
        CallPage.apply_view = staticmethod(apply_view)
        CallPage.sent_view = staticmethod(sent_view)

        from programs.reminders import kinds  # noqa: F401  registers every reminder kind for send_reminders
