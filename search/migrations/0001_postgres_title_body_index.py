"""A GIN index on the expression modelsearch's PostgreSQL backend matches.

The backend searches ``(title || body) @@ query``; the separate GIN
indexes on title and on body cannot serve that expression, so PostgreSQL
scanned every index entry and, misjudging how many match, joined them to
pages in a nested loop (seconds at 10,000 pages). With this index a
search takes milliseconds. Other databases need nothing.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]
    operations = [migrations.RunPython(create, drop)]
