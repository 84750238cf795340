"""Background tasks (django-tasks). In production run the worker: ``manage.py db_worker``."""

from django_tasks import task

from programs import emails


@task()
def send_email(kind: str, object_id: int) -> None:
    emails.send(kind, object_id)
