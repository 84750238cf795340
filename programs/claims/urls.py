"""The expert's claims on the participants' private link (inside i18n_patterns, so in their language)."""

from django.urls import path

from programs.claims import views

app_name = "claims_public"
urlpatterns = [
    path("matches/<str:token>/claims/new/", views.new_claim, name="new"),
    path("matches/<str:token>/claims/receipts/<int:receipt_id>/", views.receipt, name="receipt"),
]
