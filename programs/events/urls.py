"""The registrant's private link (inside i18n_patterns, so in their language)."""

from django.urls import path

from programs.events import views

app_name = "events_public"
urlpatterns = [
    path("events/registrations/<str:token>/", views.registration, name="registration"),
]
