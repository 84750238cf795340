"""Public URLs of programmes that are not pages (inside i18n_patterns): the applicant's private links and the calls feed."""

from django.urls import path

from programs.applications import status
from programs.applications import views as apply
from programs.calls import feeds
from programs.privacy import fresh_links
from programs.reminders import views as reminders

app_name = "programs"
urlpatterns = [
    path("applications/new-link/", fresh_links.fresh_link, name="fresh_link"),
    path("applications/draft/<str:token>/", apply.resume_draft, name="application_draft"),
    path("applications/draft/<str:token>/delete/", apply.delete_draft, name="application_draft_delete"),
    path("applications/<str:token>/", status.status, name="application_status"),
    path("applications/<str:token>/withdraw/", status.withdraw, name="application_withdraw"),
    path("applications/<str:token>/my-data/", status.ask_about_data, name="application_data_request"),
    path("applications/<str:token>/files/<int:attachment_id>/", status.attachment, name="application_attachment"),
    path("reminders/<str:token>/", reminders.preference, name="reminder_preference"),
    path("feeds/open-calls/", feeds.OpenCallsFeed(), name="open_calls_feed"),
]
