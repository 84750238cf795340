"""The staff roles and what each may do.

Kept as data so the migration that creates the groups and the test that
checks them read the same table.
"""

from django.contrib.auth.management import create_permissions

COMMUNICATIONS = "Communications"
MODERATORS = "Moderators"
SECRETARIAT = "Secretariat"
#: Secretariat members who may also read the access log (members of both groups).
SECRETARIAT_LEAD = "Secretariat lead"

# Page permissions granted on the root page (so on every page).
# Communications drafts and submits; publishing goes through the
# "Moderators approval" workflow.
PAGE_PERMISSIONS = {
    COMMUNICATIONS: ["add_page", "change_page", "lock_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    SECRETARIAT: [],
}

# Collection permissions on the root collection (images and documents).
COLLECTION_PERMISSIONS = {
    COMMUNICATIONS: [
        ("wagtailimages", "add_image"), ("wagtailimages", "change_image"), ("wagtailimages", "choose_image"), ("wagtailimages", "delete_image"),
        ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"), ("wagtaildocs", "choose_document"), ("wagtaildocs", "delete_document"),
    ],
    MODERATORS: [
        ("wagtailimages", "add_image"), ("wagtailimages", "change_image"), ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"), ("wagtaildocs", "choose_document"),
    ],
    SECRETARIAT: [],
}

# Model permissions (app_label, codename).
MODEL_PERMISSIONS = {
    COMMUNICATIONS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("programs", "add_theme"), ("programs", "change_theme"), ("programs", "delete_theme"),
        ("programs", "add_institution"), ("programs", "change_institution"), ("programs", "delete_institution"),
        ("home", "add_sitetext"), ("home", "change_sitetext"),
        ("home", "change_sitesettings"),
        ("wagtailredirects", "add_redirect"), ("wagtailredirects", "change_redirect"), ("wagtailredirects", "delete_redirect"),
        ("wagtailsearchpromotions", "add_searchpromotion"), ("wagtailsearchpromotions", "change_searchpromotion"),
        ("wagtailsearchpromotions", "delete_searchpromotion"),
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
    ],
    SECRETARIAT: [
        ("wagtailadmin", "access_admin"),
        ("programs", "add_institution"), ("programs", "change_institution"),
    ],
}

# Applications to calls (programs app). Kept apart from MODEL_PERMISSIONS
# because home's 0002 migration runs before the Application model exists;
# programs/migrations/0005_application_permissions applies this table.
APPLICATION_PERMISSIONS = {
    COMMUNICATIONS: [],
    MODERATORS: [],
    SECRETARIAT: [
        ("programs", "view_application"), ("programs", "add_application"),
        ("programs", "change_application"), ("programs", "delete_application"),
    ],
}

# Matching, consents and follow-up (programs app): the secretariat's own work.
# Applied by programs/migrations/0006_matching_permissions.
_MATCHING_MODELS = ["match", "consent", "extension", "extensionagreement", "meeting", "matchingsettings", "mentoringgroup", "excludedpair"]
MATCHING_PERMISSIONS = {
    COMMUNICATIONS: [],
    MODERATORS: [],
    SECRETARIAT: [
        ("programs", f"{action}_{model}") for model in _MATCHING_MODELS for action in ("view", "add", "change")
    ] + [("programs", "view_feedback")],
}


# Personal data (programs.privacy): retention rules and data-subject requests are the secretariat's; the
# access log is read by the Secretariat lead (and superusers) only.
PRIVACY_PERMISSIONS = {
    SECRETARIAT: [("programs", f"{action}_retentionrule") for action in ("view", "add", "change", "delete")]
    + [("programs", "view_datasubjectrequest"), ("programs", "change_datasubjectrequest"), ("programs", "handle_personal_data")],
    SECRETARIAT_LEAD: [("wagtailadmin", "access_admin"), ("programs", "view_accessrecord")],
}

# Travel claims (programs.claims, regulation Article 8): the secretariat reads and decides claims and keeps the
# year's rates. Nobody adds or deletes a claim in the admin (the expert sends it; it stays as a finance record).
# Applied by programs/migrations/0017_claims.
CLAIM_PERMISSIONS = {
    SECRETARIAT: [("programs", "view_claim"), ("programs", "change_claim")]
    + [("programs", f"{action}_dailyrate") for action in ("view", "add", "change", "delete")],
}


# Preparation before matching (programs.preparation): who completed mentor training or mentee preparation is
# personal data, recorded and corrected by the secretariat only. Applied by programs/migrations/0017_preparation.
PREPARATION_PERMISSIONS = {
    SECRETARIAT: [("programs", f"{action}_preparationrecord") for action in ("view", "add", "change", "delete")],
}


# Event registrations (programs.events): personal data, the secretariat's. Applied by programs/migrations/0017_events.
EVENT_PERMISSIONS = {
    SECRETARIAT: [("programs", "view_eventregistration"), ("programs", "change_eventregistration")],
}


def grant_model_permissions(apps, table: dict) -> None:
    """For data migrations: add a table's (app_label, codename) entries to its groups."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, entries in table.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in entries:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def revoke_model_permissions(apps, table: dict) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, entries in table.items():
        for group in Group.objects.filter(name=name):
            for app_label, codename in entries:
                group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))
