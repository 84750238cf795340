"""Workflow and task names shown in each staff member's admin language.

Wagtail stores a workflow's and a task's name as plain text in the database; the data migration
(home/migrations/0002) names both "Moderators approval". Renaming the rows to Turkish would show
Turkish to an English-admin user too, so the rows keep the English name and it is used as a gettext
message id: when a Workflow or Task row is loaded, a known name is replaced by its translation in
the active language (the admin activates each user's language), so the editor's "Submit to …" button,
the status panel, the dashboard, the workflow screens and e-mails all show it translated. Before
saving, an untouched translated name is put back, so the row never changes language; a name an
administrator types themselves is kept as typed.
"""

from django.apps import apps
from django.db.models.signals import post_init, post_save, pre_save
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Task, Workflow

TRANSLATABLE_NAMES = frozenset({gettext_noop("Moderators approval")})


def show_translated_name(sender, instance, **kwargs):
    name = instance.__dict__.get("name")  # absent when the field is deferred
    if name in TRANSLATABLE_NAMES:
        instance.name = gettext(name)
        instance._portal_stored_name = (name, instance.name)


def keep_stored_name(sender, instance, **kwargs):
    stored = getattr(instance, "_portal_stored_name", None)
    if stored and instance.name == stored[1]:
        instance.name = stored[0]


def show_translated_name_again(sender, instance, **kwargs):
    stored = getattr(instance, "_portal_stored_name", None)
    if stored and instance.name == stored[0]:
        instance.name = stored[1]


def connect():
    """Connect the handlers to Wagtail's task and workflow models (from HomeConfig.ready())."""
    for model in apps.get_models():
        if issubclass(model, (Task, Workflow)):
            post_init.connect(show_translated_name, sender=model, dispatch_uid=f"portal_workflow_name_{model._meta.label}")
            pre_save.connect(keep_stored_name, sender=model, dispatch_uid=f"portal_workflow_name_save_{model._meta.label}")
            post_save.connect(
                show_translated_name_again, sender=model, dispatch_uid=f"portal_workflow_name_saved_{model._meta.label}"
            )
