"""Fold the page slugs written with Turkish letters to ASCII ("kent-bahçeleri" → "kent-bahceleri"),
with a permanent redirect from every old address (home/slugs.py)."""

from django.db import migrations


def fold(apps, schema_editor):
    from home.slugs import fold_unicode_slugs

    fold_unicode_slugs(apps)


class Migration(migrations.Migration):

    dependencies = [
        ("home", "0003_news_and_events"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(fold, migrations.RunPython.noop)]
