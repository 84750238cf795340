"""Private files leave storage with their record, on every path: a row deleted in the admin, by a queryset,
by a cascade from its application or match, or blanked by anonymisation.

The file goes only once the transaction commits, so a rolled-back deletion keeps both row and file.
"""

from django.db import transaction
from django.db.models.signals import post_delete


def delete_later(field_file) -> None:
    """Remove ``field_file`` from its storage after the current transaction commits (nothing if empty)."""
    if not field_file:
        return
    storage, name = field_file.storage, field_file.name
    transaction.on_commit(lambda: storage.delete(name))


def _delete_files(sender, instance, **kwargs):
    for field in sender._meta.concrete_fields:
        if field.get_internal_type() == "FileField":
            delete_later(getattr(instance, field.name))


def connect() -> None:
    """Called from ProgramsConfig.ready() for every programs model that holds a private file."""
    # called from ready(): models load first
    from programs.models import ApplicationAttachment, ClaimReceipt, Consent, ExtensionAgreement

    for model in (ApplicationAttachment, ClaimReceipt, Consent, ExtensionAgreement):
        post_delete.connect(_delete_files, sender=model, dispatch_uid=f"privacy-files-{model._meta.label_lower}")
