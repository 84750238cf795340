"""The admin's application search looks in a folded copy of each application's texts; fill it for existing rows."""

from django.db import migrations, models


def fill_search_text(apps, schema_editor):
    from programs.applications.models import search_text_for

    Application = apps.get_model("programs", "Application")
    batch = []
    for application in Application.objects.only(
        "pk", "reference", "name", "email", "institution_other", "unit", "position", "description", "answers"
    ).iterator(chunk_size=500):
        application.search_text = search_text_for(application)
        batch.append(application)
        if len(batch) >= 500:
            Application.objects.bulk_update(batch, ["search_text"])
            batch = []
    if batch:
        Application.objects.bulk_update(batch, ["search_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0006_matching_permissions"),
    ]

    operations = [
        migrations.AddField(
            model_name="application",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
    ]
