"""A small index on the pages that have an expiry date.

Every search leaves out pages whose expiry time has passed but that
Wagtail's ``publish_scheduled`` has not unpublished yet; without an index
that check read the whole page table on every search. Partial: few pages
expire, so the index stays tiny. SQLite and PostgreSQL both support it.
It runs after Wagtail's latest migration because SQLite rebuilds a table
to alter it and drops indexes Django does not know of.
"""

from django.db import migrations

INDEX = "search_page_expire_at"


def create(apps, schema_editor):
    if schema_editor.connection.vendor in ("postgresql", "sqlite"):
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (expire_at) WHERE expire_at IS NOT NULL")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor in ("postgresql", "sqlite"):
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_postgres_title_body_index"), ("wagtailcore", "0098_apitoken")]
    operations = [migrations.RunPython(create, drop)]
