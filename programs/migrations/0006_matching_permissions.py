"""Give the Secretariat (and only it) the matching permissions (home/roles.py MATCHING_PERMISSIONS)."""

from django.db import migrations

from home import roles


def grant(apps, schema_editor):
    roles.grant_model_permissions(apps, roles.MATCHING_PERMISSIONS)


def revoke(apps, schema_editor):
    roles.revoke_model_permissions(apps, roles.MATCHING_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0005_application_permissions"),
        ("home", "0002_groups_and_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
