"""The Secretariat handles retention rules and data-subject requests; the new Secretariat lead group reads the
access log (home/roles.py PRIVACY_PERMISSIONS)."""

from django.db import migrations

from home import roles


def grant(apps, schema_editor):
    roles.grant_model_permissions(apps, roles.PRIVACY_PERMISSIONS)


def revoke(apps, schema_editor):
    roles.revoke_model_permissions(apps, roles.PRIVACY_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0012_personal_data"),
        ("home", "0002_groups_and_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
