"""Participants' private links (inside i18n_patterns, so in their language)."""

from django.urls import path

from programs.followup import views as participant_views

app_name = "matching_public"
urlpatterns = [
    path("matches/<str:token>/", participant_views.participant, name="participant"),
    path("matches/<str:token>/plan/", participant_views.plan, name="plan"),
    path("matches/<str:token>/feedback/<int:feedback_id>/", participant_views.feedback, name="feedback"),
    path("matches/<str:token>/good-practice/", participant_views.good_practice, name="good_practice"),
]
