from tests.demo_fixture import django_db_setup  # noqa: F401
