"""The staff roles and what each may do.

Kept as data so the migration that creates the groups and the test that
checks them read the same table.
"""

COMMUNICATIONS = "Communications"
MODERATORS = "Moderators"
SECRETARIAT = "Secretariat"

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
