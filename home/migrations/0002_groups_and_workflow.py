"""Create the staff groups and the moderation workflow (see home/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from home import roles


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    def perm(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    Group.objects.filter(name="Editors").delete()  # replaced by Communications

    for name in (roles.COMMUNICATIONS, roles.MODERATORS, roles.SECRETARIAT):
        group, _ = Group.objects.get_or_create(name=name)
        GroupPagePermission.objects.filter(group=group).delete()
        for codename in roles.PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.create(group=group, page=root_page, permission=perm("wagtailcore", codename))
        GroupCollectionPermission.objects.filter(group=group).delete()
        for app_label, codename in roles.COLLECTION_PERMISSIONS[name]:
            GroupCollectionPermission.objects.create(group=group, collection=root_collection, permission=perm(app_label, codename))
        group.permissions.set([perm(app_label, codename) for app_label, codename in roles.MODEL_PERMISSIONS[name]])

    moderators = Group.objects.get(name=roles.MODERATORS)
    task_ct, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderators approval", content_type=task_ct, active=True)
    task.groups.set([moderators])
    workflow_ct, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="workflow")
    workflow, _ = Workflow.objects.get_or_create(name="Moderators approval", defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("programs", "0001_initial"),
        ("wagtailcore", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
